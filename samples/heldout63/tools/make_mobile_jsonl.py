"""Writes pages/mobile_jingzhou.jsonl: three records of a mobile news app's pages (掌上荆州健康) with tabs, share
counts and a 相关推荐 list each, as JSON Lines records {"id", "url", "text"|"html"}.
Run from anywhere: python3 samples/heldout63/tools/make_mobile_jsonl.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl  # noqa: E402

RECORDS = [
    {"id": "heldout63-m-1", "url": "https://m.jzjk.example.com/a/20251015/0830.html",
     "text": "推荐 | 医保 | 健康 | 视频 | 本地\n"
             "2025湖北荆州居民医保门诊报销怎么算?一文看懂\n"
             "掌上荆州健康 2025-10-15 08:30 湖北\n"
             "分享 1.2万 | 收藏 856 | 点赞 3421\n"
             "荆州市城乡居民医保门诊统筹不设起付线,在村卫生室、社区卫生服务站就医报销65%,乡镇卫生院报销60%,"
             "二级医院报销50%,年度限额每人每年300元。高血压、糖尿病\"两病\"患者门诊用药报销比例提高到70%,"
             "年度限额分别为400元、600元。\n"
             "沙市区、荆州区、公安县、监利市四地共有486家村卫生室开通门诊统筹直接结算,全市住院费用"
             "直接结算率达到98.5%。市公安局提醒:谨防以\"医保卡升级\"为名的诈骗电话,遇到可疑情况请拨打110。\n"
             "评论 236 | 转发 98\n"
             "相关推荐\n"
             "荆州门诊慢特病认定改为每月受理\n"
             "荆州市门诊慢特病认定由每季度受理改为每月受理,每月1-10日提交材料,次月起享受待遇,新增病种3种。\n"
             "医保资讯 2025-10-08\n"
             "松滋、石首两地医保服务站正式启用\n"
             "两地共建成村级医保服务站312个,群众在家门口即可办理参保登记等12项业务。\n"
             "本地 2025-09-30\n"},
    {"id": "heldout63-m-2", "url": "https://m.jzjk.example.com/a/20251012/1905.html",
     "text": "医保 > 热门\n"
             "监利县新农合证还能用吗?老人问的问题记者帮你问了\n"
             "掌上荆州健康 2025-10-12 19:05\n"
             "分享 5638 | 收藏 412\n"
             "网友留言称,家里老人还拿着2016年的监利县新农合证,问还能不能用。记者从监利市医疗保障局了解到,"
             "监利县于2020年撤县设市,原新农合已于2017年整合为城乡居民医保,旧证不再使用,参保人凭身份证或"
             "医保电子凭证就医即可。目前监利市居民医保参保人数约112万人,2025年度个人缴费每人每年400元,"
             "住院报销比例最高可达90%。80岁以上老人可到各乡镇(区)便民服务中心代办,一般10分钟内就能办好。"
             "咨询电话:0716-3305126,手机139 7163 5208。\n"
             "相关推荐\n"
             "洪湖市2026年度居民医保开始缴费\n"
             "缴费时间为2025年9月1日至12月31日,个人缴费标准每人400元,特困人员由财政全额资助。\n"
             "医保资讯 2025-09-02\n"},
    {"id": "heldout63-m-3", "url": "https://m.jzjk.example.com/a/20250928/0710.html",
     "html": "<div class=\"m-page\">"
             "<div class=\"tabs\"><span class=\"on\">推荐</span> <span>医保</span> <span>健康</span> <span>本地</span></div>"
             "<h1>荆州职工医保个人账户划入标准调整,退休人员每月多少钱?</h1>"
             "<div class=\"meta\"><span>掌上荆州健康</span> <span>2025-09-28</span> <span>湖北</span></div>"
             "<div class=\"share\">分享 <em>2.3万</em> · 收藏 <em>1,024</em></div>"
             "<div class=\"content\">"
             "<p>自<strong>2025年1月1日</strong>起,荆州市退休人员个人账户按统一定额划入,标准为每人每月"
             "<strong>95元</strong>;在职职工按本人缴费基数的<strong>2%</strong>划入。</p>"
             "<p>职工医保普通门诊统筹起付标准<b>每年200元</b>,在职职工报销<b>60%</b>,退休人员报销<b>70%</b>,"
             "年度最高支付限额<b>5000元</b>。</p>"
             "<p>2025年1-8月,全市职工医保门诊统筹共结算<strong>186.4万人次</strong>,统筹基金支付"
             "<strong>2.36亿元</strong>。</p>"
             "</div>"
             "<div class=\"related\"><h3>相关推荐</h3><ul>"
             "<li><a href=\"/a/20250920/1.html\">公安县医保中心搬迁至新址,办事请看这里</a>"
             "<p>新址位于公安县斗湖堤镇,办公时间为工作日,电话0716-5221018。</p><p>医保资讯 2025-09-20</p></li>"
             "<li><a href=\"/a/20250911/2.html\">荆州大病保险起付线降至1.2万元</a>"
             "<p>报销比例提高至65%,年度最高支付40万元。</p><p>医保资讯 2025-09-11</p></li>"
             "</ul></div></div>"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "mobile_jingzhou.jsonl", RECORDS)
