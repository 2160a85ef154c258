#!/usr/bin/env python3
"""Write samples/heldout32/pages/weibo_crawl.jsonl: a crawler's dump of a four-post Weibo thread on the
职工医保 门诊共济 个人账户 reform in 昆明 (云南), one record per post with crawler metadata around the
`text` field (`crawl_time`, `site`, `source_type`, `author`, `pub_time`, `thread_pos`, `reposts`,
`comments`, `likes`, `http_status`, `lang`).  Only `text` is page text; the metadata is not annotated.
All content invented (the account 医保科普君, figures, URLs on example domains)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

META = {"site": "weibo", "source_type": "microblog", "author": "医保科普君", "http_status": 200, "lang": "zh-CN"}

RECORDS = [
    dict({"id": "heldout32-wb-1", "url": "https://weibo.example.com/7312045/PbQx1a",
          "crawl_time": "2025-07-09T02:14:33Z", "pub_time": "2025-07-08 20:15", "thread_pos": "1/4",
          "reposts": 1288, "comments": 356, "likes": 9021,
          "text": "【门诊共济改革,一条微博讲清楚】(1/4)\n"
                  "很多昆明的朋友问:工资单上医保扣的钱没变,为什么个人账户到账少了?"
                  "这是2023年1月1日起云南省推行的职工医保门诊共济保障机制改革。"
                  "在职职工个人账户只划入本人缴费基数的2%,单位缴纳的部分全部进统筹。"
                  "#昆明医保# #门诊共济#\n"}, **META),
    dict({"id": "heldout32-wb-2", "url": "https://weibo.example.com/7312045/PbQx1b",
          "crawl_time": "2025-07-09T02:14:35Z", "pub_time": "2025-07-08 20:16", "thread_pos": "2/4",
          "reposts": 402, "comments": 88, "likes": 3105,
          "text": "(2/4)算笔账:月缴费基数5000元的职工,改革前每月到账约155元,改革后每月到账100元。"
                  "但普通门诊费用可以报销了:起付线每年200元,一级医院报销70%、二级60%、三级50%,"
                  "退休人员再提高5个百分点,年度限额在职2500元、退休3000元。"
                  "一年看门诊花了1200元的在职职工,在二级医院能报(1200元-200元)×60%=600元。\n"}, **META),
    dict({"id": "heldout32-wb-3", "url": "https://weibo.example.com/7312045/PbQx1c",
          "crawl_time": "2025-07-09T02:14:36Z", "pub_time": "2025-07-08 20:18", "thread_pos": "3/4",
          "reposts": 215, "comments": 61, "likes": 1876,
          "text": "(3/4)家庭共济:个人账户可以给配偶、父母、子女在昆明市内定点药店买药,也能帮家人缴纳居民医保。"
                  "今年五华区、盘龙区、官渡区试点\"共济账户线上绑定\",最快5分钟办完,"
                  "截至6月底已有4.2万人绑定。\n"}, **META),
    dict({"id": "heldout32-wb-4", "url": "https://weibo.example.com/7312045/PbQx1d",
          "crawl_time": "2025-07-09T02:14:38Z", "pub_time": "2025-07-08 20:19", "thread_pos": "4/4",
          "reposts": 97, "comments": 40, "likes": 1203,
          "text": "(4/4)有疑问可以打12393,或者@昆明医保 在线留言。退休的爸妈看不懂的,转发给他们看看吧[心]\n"
                  "注:个人账户历年结余资金可以继续使用,2022年12月31日前的余额不清零。投稿邮箱:kepujun@example.com\n"}, **META),
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "weibo_crawl.jsonl", RECORDS)
