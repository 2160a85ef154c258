#!/usr/bin/env python3
"""Writes ../pages/kuaixun.jsonl: three short 职业病 news items as JSON Lines records
{"id", "url", "text"|"html"} (heldout99)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl  # noqa: E402

RECORDS = [
    {"id": "heldout99-kuaixun-1", "url": "https://news.example.com/datong/2025/0312/zyb.html",
     "text": "大同市开展尘肺病患者集中筛查\n2025-03-12 来源:大同市卫生健康委员会\n"
             "3月10日至4月30日,大同市组织市职业病防治院和左云县、云州区等6个县区的12家医疗机构,"
             "对原大同矿务局所属关闭矿井的接尘人员开展免费筛查,预计筛查8000人左右。"
             "筛查对象为接尘工龄满3年、年龄在45至70岁之间的人员,每人补助交通费50元。"
             "2024年全市共新诊断尘肺病病例128例,较上年下降15.3%。咨询电话:0352-5027139。"},
    {"id": "heldout99-kuaixun-2", "url": "https://news.example.com/chenzhou/2025/0603/jiuzhu.html",
     "text": "郴州:尘肺病患者医疗救助比例提高到80%\n2025-06-03 湖南日报\n"
             "记者从郴州市医疗保障局获悉,自2025年7月1日起,全市尘肺病患者政策范围内个人自付费用的救助比例"
             "由70%提高到80%,年度救助限额由6万元提高到10万元。目前,全市在册尘肺病患者约4600人,"
             "其中临武、嘉禾两县占四成以上。政策调整后,预计每年新增救助资金约1200万元,惠及患者3000余人。"
             "详情可拨打郴州市医保服务热线0735-2889012,或发送邮件至czyb_jz@example.com咨询。"},
    {"id": "heldout99-kuaixun-3", "url": "https://news.example.com/shuicheng/2025/0918/kf.html",
     "html": "<h2>水城区康复站开展“呼吸康复月”活动</h2>"
             "<p>2025-09-18 六盘水市水城区卫生健康局</p>"
             "<p>9月1日至9月30日,水城区<b>8</b>个尘肺病康复站同步开展“呼吸康复月”活动,"
             "每站每周安排不少于<strong>4</strong>次集体康复训练,每次约<strong>1</strong>小时。"
             "活动期间共服务患者<b>2,380</b>人次,发放康复手册1500册、呼吸训练器<b>300</b>个,"
             "患者满意度达<b>97.5</b>%。水城区原为水城县,2020年撤县设区。</p>"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "kuaixun.jsonl", RECORDS)
