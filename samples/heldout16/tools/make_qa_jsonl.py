#!/usr/bin/env python3
"""Write samples/heldout16/pages/qa.jsonl: three records `{"id", "url", "text"}` from a Zhihu-like 问答平台, with
markdown-like formatting (**bold**, - bullets, > quotes, a | table |) and colloquial numbers.  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout16-qa-1", "url": "https://www.example.com/question/61820347/answer/2294017",
     "text": "问:在杭州做灵活就业,职工医保一个月要交多少钱?跟居民医保比哪个划算?\n"
             "答主:王某(医保从业8年)\n"
             "**先说结论**:预算够的话优先交职工医保。\n"
             "以杭州为例,2025年灵活就业人员大概是这样:\n"
             "| 档次 | 缴费 | 报销比例 |\n"
             "| --- | --- | --- |\n"
             "| 职工一档 | 570元/月 | 住院85% |\n"
             "| 职工二档 | 310元/月 | 住院80% |\n"
             "| 居民医保 | 1180元/年 | 住院60%-75% |\n"
             "- 职工医保累计缴满20年(女) / 25年(男),退休后就不用再交了\n"
             "- 居民医保得每年交,**断缴就没了**\n"
             "> 注意:新参保有3个月等待期,别等生病了才想起来交!\n"},
    {"id": "heldout16-qa-2", "url": "https://www.example.com/question/59012276/answer/3381560",
     "text": "问:异地就医备案后,报销比例会降低吗?\n"
             "**会,但分情况。**\n"
             "我妈退休在长沙,去年跟我到深圳带娃,备案的是\"异地长期居住\",在深圳住院花了3万多,报了大概七成。\n"
             "- 长期居住备案:报销比例跟在长沙一样\n"
             "- 临时外出就医:比例降低10个百分点\n"
             "- 没备案直接去:降20个百分点,有的地方更多\n"
             "> 温馨提示:国家医保服务平台APP上五分钟就能办完,别跑腿。\n"
             "备案后6个月内有效,这期间可以多次就医。\n"},
    {"id": "heldout16-qa-3", "url": "https://www.example.com/question/63377801/answer/4102938",
     "text": "问:2025年居民医保涨到400元了,还值得交吗?\n"
             "赞同 1.2万 · 评论 356\n"
             "说句实在话,**一年四百块买个保障,太值了**。\n"
             "我爸今年住院两次,总共花了4万2,医保报了2万8,自己掏了1万4左右。\n"
             "算笔账:\n"
             "1. 2025年个人缴费400元,财政补助每人每年不低于700元(国家给你出大头)\n"
             "2. 门诊每次最高报50元,一年封顶300元\n"
             "3. 大病保险起付线1.5万元,超过部分报60%以上\n"
             "有人说\"年轻人交了不用就亏了\",但你想想,一场阑尾炎手术就得七八千块。\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "qa.jsonl", RECORDS)
