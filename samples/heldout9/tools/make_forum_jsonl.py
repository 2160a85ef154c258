#!/usr/bin/env python3
"""Write samples/heldout9/pages/forum.jsonl: three forum / social posts `{"id", "url", "text"}` in a
colloquial register (a 贴吧-style question from 吉安, a 小红书-style note from 深圳, a 论坛 reply on 荆州
异地就医), with colloquial amounts, relative dates and question lists.  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout9-forum-1", "url": "https://tieba.example.com/p/8812345671",
     "text": "【求助】老爸住院报了一半都不到,是不是哪里没弄对?\n"
             "楼主:小蔡爱吃粉 发表于 2024-10-16 22:41\n"
             "我是江西吉安永丰县的,老爸上个月在吉安市中心人民医院住了12天院,总共花了两万多,"
             "出院结算的时候医保才报了九千来块,自己掏了一万出头。同病房的大爷说他报了70%,我们怎么差这么多?\n"
             "想问几个问题:\n"
             "1.居民医保在市里三级医院住院,起付线是不是800元?\n"
             "2.报销比例到底是多少,听说市外只有50%?\n"
             "3.前天打了县医保局电话0796-2521138没人接,还有别的电话吗?\n"
             "4.今年的380块已经交了,明年是不是涨到400块?\n"
             "先谢谢各位了!\n"
             "2楼 回复:打12393试试,工作日都有人接。自费药和进口耗材是不报的,你看看结算单上自付那栏。\n"
             "3楼 回复:起付线三级医院确实是800元,报销比例65%,乡镇卫生院能报到90%。\n"},
    {"id": "heldout9-forum-2", "url": "https://xhs.example.com/explore/6721ab30000000001e03f2c4",
     "text": "在深圳打工三年,终于搞明白了医保怎么转回老家!\n"
             "姐妹们,我是广西桂林人,在深圳宝安区上班快三年了,上个月回老家才发现医保可以转移接续。"
             "整理了一下流程,希望对你们有用:\n"
             "①先在“国家医保服务平台”APP上申请转出,大概3个工作日就审核通过了;\n"
             "②转入地桂林市医保中心审核,我等了15天左右;\n"
             "③个人账户里的钱会一起转过去,我转了三千来块。\n"
             "踩坑提醒:断缴超过3个月再续上,要等6个月才能报销!我同事去年就是因为这个,住院花了五千多全自费😭\n"
             "还有人问深圳一档和二档的区别:一档单位交6.2%,二档只交0.5%,二档门诊报销低很多。\n"
             "评论 238 收藏 1.1万\n"},
    {"id": "heldout9-forum-3", "url": "https://bbs.example.com/thread-405516-1-1.html",
     "text": "回复 #17 老农民工 的帖子\n"
             "你说的情况我去年也遇到过。我是荆州公安县的,在武汉同济医院做的手术,前后住了半个月,"
             "总费用六万三左右。没备案直接去的,回来报销只报了40%;后来问了才知道,提前备案的话能报到60%。\n"
             "给大家总结几点:\n"
             "(1)异地就医一定要先备案,微信搜“湖北医保服务平台”就能办,当天就能弄好;\n"
             "(2)备案有效期是1年,到期要重新弄;\n"
             "(3)临时外出就医的,起付线比本地高,我那次起付线是1600元。\n"
             "有问题可以打公安县医保局电话:0716-5222369,周一到周五上班时间有人接。\n"
             "发表于 2024-3-8 09:15 | 来自手机\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "forum.jsonl", RECORDS)
