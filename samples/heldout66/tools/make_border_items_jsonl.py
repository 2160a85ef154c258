"""Writes pages/border_items.jsonl (3 records of short items from 凉山, 德宏 and 阿坝/广西)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl  # noqa: E402

RECORDS = [
    {"id": "heldout66-jsonl-1", "url": "https://news.example.cn/liangshan/2025/0712.html",
     "text": "【凉山】昭觉县医保局近日为支尔莫乡村民阿西木呷办理了大病保险二次报销。阿西木呷今年45岁,2025年3月因肝病在西昌住院21天,"
             "花费9.6万元,基本医保报销5.1万元,大病保险再赔付1.8万元,综合报销比例超过72%。"
             "凉山州医保局介绍,截至2025年6月底,全州已有4.6万名脱贫人口享受医疗救助,救助资金1.37亿元。"
             "昭觉县今年城乡居民医保个人缴费每人400元,脱贫人口由财政资助50%。咨询电话:0834-3226158。"},
    {"id": "heldout66-jsonl-2", "url": "https://www.example.com/dehong/ruili/20251008",
     "html": "<div class=\"news\"><h2>瑞丽市:傣族村寨里的医保明白人</h2>"
             "<p>在德宏傣族景颇族自治州瑞丽市姐相镇,村医<b>岩温</b>每天骑摩托车走村入户。他说,今年全村<strong>1286</strong>人参加了居民医保,"
             "参保率<strong>98.2%</strong>,比去年高出<strong>2</strong>个百分点。</p>"
             "<p>姐告口岸附近的务工人员看病,可在瑞丽市人民医院按规定结算。德宏州2026年度参保缴费期为<span>2025年9月1日</span>至<span>2026年2月28日</span>,"
             "个人缴费标准<strong>400</strong>元/人/年。</p>"
             "<p>联系电话:0692-4146217&nbsp;&nbsp;德宏州医保局</p></div>"},
    {"id": "heldout66-jsonl-3", "url": "https://news.example.cn/aba/2025/1105",
     "text": "阿坝州马尔康市:医保码覆盖全州13个县(市)。据阿坝州医疗保障局消息,截至2025年10月,全州医保电子凭证激活率达到81.5%,"
             "比上年同期提高12个百分点。若尔盖县牧民泽让卓玛用手机完成了异地备案,她说:\"去成都复查不用再跑马尔康了。\""
             "另据广西东兴市医保局消息,东兴口岸已开通边民参保咨询服务,每周一至周五受理,电话0770-7681253。"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "border_items.jsonl", RECORDS)
