#!/usr/bin/env python3
"""Write samples/heldout7/pages/feed.jsonl: three short records `{"id", "url", "text"}`: a 12345 hotline
weekly summary (石家庄), a 医保局 WeChat push with ①②③ list markers (南阳), and a one-line 快讯 with a
province + city + county chain (西峡县).  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout7-feed-1", "url": "https://www.example.gov.cn/12345/zb/2025-02",
     "text": "石家庄市12345政务服务便民热线周报(2025年1月6日-1月12日)\n"
             "本周热线共受理群众诉求8326件,环比下降4.7%,按时办结率99.2%,群众满意率96.5%。"
             "其中医疗保障类诉求412件,占总量的4.9%,较上周增长12.5%,主要集中在城乡居民医保缴费(187件)、"
             "异地就医备案(95件)和门诊慢特病认定(38件)。\n"
             "鹿泉区、栾城区、正定县诉求量最多。城乡居民医保集中缴费将于2025年2月28日截止,"
             "市医保局已协调税务部门延长窗口服务时间至每天18:00。\n"
             "石家庄市政务服务管理局 2025年1月13日\n"},
    {"id": "heldout7-feed-2", "url": "https://mp.example.com/s/nanyang-ybj-0215",
     "text": "南阳医保 | 2025年门诊共济新政来了\n"
             "①普通门诊:职工在一级定点医疗机构就医,统筹基金支付比例为70%,年度支付限额2000元;"
             "退休人员支付比例提高5个百分点。\n"
             "②个人账户:在职职工按本人缴费基数的2%划入,退休人员每月定额划入90元。\n"
             "③家庭共济:个人账户可为配偶、父母、子女缴纳居民医保个人缴费,每年可办理2次。\n"
             "政策自2025年3月1日起执行。咨询电话:0377-63126080。\n"},
    {"id": "heldout7-feed-3", "url": "https://news.example.com/kx/20250218/xixia",
     "text": "【快讯】2月18日,河南省南阳市西峡县首家医保服务站在县人民医院挂牌,可办理23项医保业务。\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "feed.jsonl", RECORDS)
