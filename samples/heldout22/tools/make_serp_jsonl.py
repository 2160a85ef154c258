#!/usr/bin/env python3
"""Write samples/heldout22/pages/serp.jsonl: three records `{"id", "url", "title", "text"}`, each a search
engine's results page for one query: a result-count line, then results of three lines each (title,
snippet truncated with "...", site name and a relative or absolute date).  `title` repeats the text's
first line (metadata, as in set 10).  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

T1 = "沧州2026年居民医保缴费标准 - 搜索结果"
T2 = "门诊慢特病认定需要多长时间 - 搜索结果"
T3 = "第七批国家集采 降价 - 搜索结果"
RECORDS = [
    {"id": "heldout22-serp-1", "url": "https://search.example.com/s?wd=cangzhou-yibao-2026", "title": T1,
     "text": T1 + "\n"
             "为您找到相关结果约1,280,000个\n"
             "沧州市2026年度城乡居民医保集中缴费开始啦!\n"
             "2026年度城乡居民基本医疗保险个人缴费标准为每人每年400元,集中缴费期为2025年9月1日至12月31日,逾期缴费的...\n"
             "沧州市医疗保障局 3天前\n"
             "河北:2026年居民医保财政补助标准提高到每人每年不低于700元\n"
             "河北省医疗保障局、河北省财政厅联合印发通知,明确2026年城乡居民医保人均财政补助标准...\n"
             "河北新闻网 2小时前\n"
             "沧州医保缴费怎么交?手机上3步搞定\n"
             "答:打开“冀时办”APP或“河北税务”微信公众号,选择城乡居民医保缴费,核对信息后提交,一般1-2个工作日...\n"
             "问答社区 2025年10月9日\n"},
    {"id": "heldout22-serp-2", "url": "https://search.example.com/s?wd=mztb-rending", "title": T2,
     "text": T2 + "\n"
             "淄博市门诊慢特病认定流程(2025年版)\n"
             "申请人提交材料后,经办机构在15个工作日内完成认定,认定通过的次月1日起享受待遇,有效期...\n"
             "淄博市人民政府 1周前\n"
             "高血压门诊慢特病每年报销多少?\n"
             "高血压纳入门诊慢特病管理后,年度支付限额1200元,报销比例65%,在二级以下...\n"
             "健康时报网 5小时前\n"
             "【图解】德州市门诊慢特病新增至72种\n"
             "自2025年7月1日起,德州市门诊慢特病病种由68种增加到72种,新增的4种分别为...\n"
             "德州新闻网 2025-07-02\n"},
    {"id": "heldout22-serp-3", "url": "https://search.example.com/s?wd=jicai-7", "title": T3,
     "text": T3 + "\n"
             "第七批国家集采中选结果公布 平均降价48%\n"
             "本次集采共有60种药品采购成功,拟中选企业217家,平均降价48%,预计每年可节省费用185亿元...\n"
             "人民网 2022-07-14\n"
             "唐山集采药品在哪买?这份清单请收好\n"
             "唐山市共有定点零售药店1863家,其中1217家已上架集采中选药品,可在“唐山医保”小程序...\n"
             "唐山发布 昨天 18:42\n"
             "4.55元一盒的阿托伐他汀,和原研药效果一样吗?\n"
             "医生表示,集采中选药品均通过一致性评价,与原研药在质量和疗效上一致,患者可放心...\n"
             "健康科普号 30分钟前\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "serp.jsonl", RECORDS)
