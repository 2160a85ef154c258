#!/usr/bin/env python3
"""Write samples/heldout26/pages/yijianshi.jsonl: three records `{"id", "url", "text"}` of 政务服务
"一件事" notices of three provinces (福建, 山东, 贵州), whose text holds tab-separated key/value lines
(办理时限\t即时办结).  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout26-yjs-1", "url": "https://zwfw.fujian.example.gov.cn/yjs/csyjs",
     "text": "福建省“新生儿出生一件事”办事指南\n"
             "事项名称\t新生儿出生一件事(含出生医学证明、户口登记、医保参保、社保卡申领)\n"
             "适用范围\t福建省内出生的新生儿\n"
             "办理时限\t即时办结\n"
             "承诺时限\t3个工作日\n"
             "收费标准\t不收费\n"
             "参保缴费\t2025年度居民医保个人缴费400元/人/年,出生后90天内参保的,自出生之日起享受待遇\n"
             "办理材料\t出生医学证明1份;父母双方身份证原件2份\n"
             "办理地点\t福州市鼓楼区五四路158号福州市行政服务中心1楼综合窗口\n"
             "咨询电话\t0591-87712345\n"
             "监督电话\t12345\n"
             "更新时间\t2025-02-26\n"},
    {"id": "heldout26-yjs-2", "url": "https://www.shandong.example.gov.cn/yjs/tuixiu",
     "text": "山东省“退休一件事”集成办理公告\n"
             "自2025年5月1日起,济南市、青岛市率先推行退休一件事,将养老金申领、医保待遇变更、公积金提取等7个事项整合为1个事项。\n"
             "办理时限\t承诺5个工作日(原累计35个工作日)\n"
             "收费标准\t不收费\n"
             "医保待遇\t职工医保缴费年限男满25年、女满20年的,退休后不再缴费;个人账户按本人养老金的2%划入\n"
             "跑动次数\t0次\n"
             "办理渠道\t“爱山东”APP、济南市历下区龙奥北路8号\n"
             "咨询电话\t0531-86912333\n"
             "备注\t全省试点期为2025年5月1日至12月31日\n"},
    {"id": "heldout26-yjs-3", "url": "https://zwfw.guizhou.example.gov.cn/notice/2025/yl",
     "text": "贵州省“医疗费用报销一件事”服务须知\n"
             "办理对象\t在贵阳市、遵义市等9个市(州)参保的职工和城乡居民\n"
             "办理时限\t即时办结(材料不全的1个工作日内一次性告知)\n"
             "收费标准\t不收费\n"
             "报销比例\t乡镇卫生院90%、县级医院80%、市级及以上医院60%\n"
             "起付标准\t每次200元,年度内第二次起减半\n"
             "床位费\t普通病床32元/床日以内据实支付\n"
             "一般诊疗费\t每人次10元,由统筹基金全额支付\n"
             "大病保险\t起付线1.5万元,1.5万元至10万元部分报销60%\n"
             "咨询电话\t0851-85561200\n"
             "贵州省医疗保障局\n"
             "2025年6月3日\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "yijianshi.jsonl", RECORDS)
