#!/usr/bin/env python3
"""Write samples/heldout17/pages/posts.jsonl: three short-video captions (抖音-style posts)
`{"id", "url", "text"}`: a 洛阳 inpatient's family, a 秦安 village reminder, a 成都 outpatient.
Hashtags, emojis, @ mentions and colloquial numbers.  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout17-post-1", "url": "https://v.example.com/video/7480112233445566",
     "text": "老妈在洛阳住了八天院😭总共花了四万八,医保报了百分之六十,大病保险又给报了一千三百多,"
             "自己还得掏两万来块💸 出院那天光挂号加复印病历就一百八😅 "
             "#医保# #住院报销# #洛阳# @洛阳医保 想问下大病保险是不是年底还能再报一次?🙏\n"},
    {"id": "heldout17-post-2", "url": "https://v.example.com/video/7461998877001122",
     "text": "📢乡亲们注意啦!2025年的居民医保一个人四百块,低保户政府给代缴两百块✅ "
             "2月28号之前交完,过了时间再交要等3个月才能报销⚠️ 不会在手机上操作的找村文书,"
             "电话13919386620📱 #医保缴费# #天水# #秦安# @甘肃医保\n"},
    {"id": "heldout17-post-3", "url": "https://v.example.com/video/7475500011223344",
     "text": "在成都看门诊感冒拿药花了一百八,医保卡一刷自己只出了七十二块😂 "
             "听社区医生说门诊统筹一年能报两千来块,一年最高2000元,报销比例50%,退休的还多5个百分点…… "
             "不懂的打12393问,或者去@成都医保 看置顶📌 #成都医保# #门诊共济# #医保#\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "posts.jsonl", RECORDS)
