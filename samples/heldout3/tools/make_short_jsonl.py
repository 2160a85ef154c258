#!/usr/bin/env python3
"""Write ../pages/short.jsonl: three very short items (a 微博 post, an SMS reminder, a pop-up
notice), two `text` records and one `html` record."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
import gold_lib  # noqa: E402

r1 = """#医保缴费# 【提醒】2025年度城乡居民医保缴费进入倒计时!个人缴费标准每人400元,还没缴费的小伙伴抓紧啦~缴费截止时间:2024年12月31日。参保后可享门诊报销50%、住院报销最高70%!戳→ https://ybj.yueyang.example.gov.cn/jf 转发扩散!@岳阳发布 @湖南医保
10月28日 18:02 来自 微博 weibo.com   转发 236   评论 48   赞 1.2万"""

r2 = """【湘潭医保】尊敬的参保人,您2025年度居民医保费尚未缴纳。请于12月31日前通过"湖南税务"APP或银行柜台缴费,逾期将设置3个月待遇等待期。详询12393或0731-58581206,查询缴费记录请访问 www.xtyb.example.cn 。回复TD退订"""

r3 = ('<div class="popup"><h4>温馨提示</h4>'
      '<p>每年12月31日前为下一年度城乡居民医保集中缴费截止时间,请参保人及时缴费。</p>'
      '<p>2025年起,连续参保满<b>4</b>年的,大病保险最高支付限额每年提高不低于<b>1000</b>元;'
      '中断缴费超过<b>3</b>个月的,须重新计算连续参保年限。</p>'
      '<p>株洲市医疗保障局 &nbsp; 服务电话:0731-28686312</p></div>')

recs = [
    {"id": "heldout3-short-1", "url": "https://weibo.example.com/yueyangyb/Pq8xK2", "text": r1},
    {"id": "heldout3-short-2", "url": "sms://heldout3-short-2", "text": r2},
    {"id": "heldout3-short-3", "url": "https://ybj.zhuzhou.example.gov.cn/popup/heldout3-short-3.html", "html": r3},
]
gold_lib.write_pages_jsonl(__file__, "short.jsonl", recs)
