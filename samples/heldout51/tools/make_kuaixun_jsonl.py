"""Writes pages/kuaixun.jsonl: three short 快讯 (news flashes) with changes, as JSON Lines
records {"id", "url", "text"}.  Run from anywhere: python3 samples/heldout51/tools/make_kuaixun_jsonl.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl  # noqa: E402

RECORDS = [
    {"id": "heldout51-kx-1", "url": "https://news.example.com/kuaixun/2026/0305/guiyang.html",
     "text": "【快讯】贵阳:1-2月医保基金支出同比增长11.2%\n"
             "贵阳市医疗保障局3月5日消息,2026年1-2月全市医保基金支出28.6亿元,同比增长11.2%,增速比上年同期加快2.4个百分点;"
             "基金收入31.4亿元,同比增长-2.7%。门诊统筹支出占比由18%升至23%,上升5pct。"
             "住院人次同比下降3.5%,次均住院费用8,960元,同比下降5.1%,降幅扩大0.9个百分点。"
             "全市定点医药机构3,108家,较上年末增加约千分之八。"
             "咨询电话0851-85823316。"},
    {"id": "heldout51-kx-2", "url": "https://news.example.com/kuaixun/2026/0311/lanzhou.html",
     "text": "【快讯】兰州:居民医保个人缴费标准上调30元\n"
             "兰州市2026年度城乡居民医保个人缴费标准为每人每年430元,较上年上调30元,涨幅7.5%;"
             "财政补助标准不低于每人每年730元,个人与财政负担比例约为1:1.7。"
             "截至3月10日,全市居民参保218.5万人,参保进度完成年度目标的九成四,比去年同期快3.2个百分点;"
             "低保对象、特困人员个人缴费部分分别按70%、100%资助。"
             "门诊统筹年度限额由600元提高到800元,提高了三分之一;在村卫生室就医的报销比例为七成,每次限额35元/次。"
             "永登县、榆中县同步执行。"},
    {"id": "heldout51-kx-3", "url": "https://news.example.com/kuaixun/2026/0318/xiamen.html",
     "text": "【快讯】厦门:长护险试点一周年 失能人员护理费用负担下降逾四成\n"
             "记者3月18日从厦门市医保局获悉,长期护理保险试点运行一周年,累计为6,852名失能人员支付护理费用1.36亿元。"
             "机构护理按80元/床日、居家护理按每人每月1500元标准支付,基金支付比例为70%~75%,个人负担较试点前下降41.6%。"
             "长护险费率为0.2%,由单位和个人按1∶1分担,即各承担千分之一;退休人员按万分之十缴纳。"
             "试点以来失能评估通过率为63.8%,同比−4.6%;护理服务机构由28家增至56家,翻了一番。"
             "服务热线:0592-5306128转3,邮箱changhu@xmyb.example.cn。"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "kuaixun.jsonl", RECORDS)
