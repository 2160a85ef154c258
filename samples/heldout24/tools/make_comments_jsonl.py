#!/usr/bin/env python3
"""Write samples/heldout24/pages/comments.jsonl: three records `{"id", "url", "text"}`, each the comment
section under a 医保 news post on a news app: the post's title line, then comments (a user label with a
place such as 湖南网友 / 来自四川的网友, the comment, an `IP属地:<province>` line with time and 赞 count).
All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout24-comments-1", "url": "https://news.example.com/a/20250302/jumin-yibao#comments",
     "text": "2025年居民医保个人缴费标准公布 | 全部评论(1286)\n"
             "湖南网友\n"
             "去年交380块,今年交400块,涨了20块,一家五口就是2000块,压力有点大。\n"
             "IP属地:湖南 昨天 18:21 赞 356\n"
             "来自四川的网友\n"
             "我们成都也是400元,不过住院能报七成,上次住院花了一万二千块,报了八千多。\n"
             "IP属地:四川 昨天 19:05 赞 128\n"
             "广东网友 阿强\n"
             "在深圳交职工医保,每个月230块左右,门诊一年能报好几千,不亏。\n"
             "IP属地:广东 昨天 20:47 赞 89\n"},
    {"id": "heldout24-comments-2", "url": "https://news.example.com/a/20250410/yidi-jiuyi#comments",
     "text": "跨省异地就医直接结算再扩围 | 热门评论\n"
             "河南网友\n"
             "老家在周口,人在杭州打工,备案以后直接结算,报了65%,比以前跑回去报销方便多了。\n"
             "IP属地:浙江 04-10 赞 1.2万\n"
             "东北老铁\n"
             "我妈在三亚过冬住院,花了三万多,回黑龙江报销等了三个月,现在能直接结算就好了。\n"
             "IP属地:海南 04-10 赞 47\n"
             "回复 河南网友:备案有效期一般是6个月,过期要重新办,不清楚可以打12393问问。\n"
             "IP属地:河南 04-11 赞 15\n"},
    {"id": "heldout24-comments-3", "url": "https://news.example.com/a/20250518/menzhen-gongji#comments",
     "text": "门诊共济改革一年后,你的个人账户还够用吗? | 评论 532\n"
             "江苏苏州网友\n"
             "苏州这边改了以后个账每月少了七八十块,但门诊能报50%了,年度限额3000块,总体还行。\n"
             "IP属地:江苏 05-18 赞 211\n"
             "来自重庆\n"
             "渝中区这边药店买药刷医保卡,30块钱的药自己只出了9块。\n"
             "IP属地:重庆 05-18 赞 23\n"
             "网友3n8k2\n"
             "医保就是互助,年轻人多交点没啥,谁都有老的时候。\n"
             "IP属地:北京 05-19 赞 2千\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "comments.jsonl", RECORDS)
