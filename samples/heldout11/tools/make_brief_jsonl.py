#!/usr/bin/env python3
"""Write samples/heldout11/pages/brief.jsonl: three 快讯 records `{"id", "url", "text"}` from three provinces
(四川 南充 阆中, 湖南 常德 桃源, 甘肃 天水 秦安), each 2–4 sentences, with the date written three ways
(2025.3.1, 2025/03/01, 3月1日) and a province + city + county chain.  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout11-brief-1", "url": "https://news.example.com/kx/20250301/langzhong",
     "text": "【快讯】2025.3.1 四川省南充市阆中市医保局消息:即日起,阆中市参保群众在12家乡镇卫生院住院,"
             "起付线由200元降至100元,报销比例提高至90%。"
             "据测算,全市每年约有3.2万人次受益,可减轻群众负担约860万元。"
             "咨询电话:0817-6222391。\n"},
    {"id": "heldout11-brief-2", "url": "https://news.example.com/kx/20250301/taoyuan",
     "text": "快讯 | 2025/03/01 湖南省常德市桃源县首个“医保服务驿站”在漳江街道揭牌。"
             "驿站可办理参保登记、异地就医备案等15项业务,办理时限由5个工作日压缩至1个工作日。"
             "桃源县医疗保障局表示,年内将在全县建成28个驿站,实现“15分钟医保服务圈”。服务电话:(0736)6623018。\n"},
    {"id": "heldout11-brief-3", "url": "https://news.example.com/kx/20250301/qinan",
     "text": "3月1日,甘肃省天水市秦安县启动2025年度门诊慢特病集中认定工作,认定时间为3月1日至3月31日。"
             "今年新增病种4种,病种总数达到52种,认定结果在提交材料后20个工作日内公布。"
             "秦安县城乡居民门诊慢特病报销比例为65%,年度限额最高8000元。\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "brief.jsonl", RECORDS)
