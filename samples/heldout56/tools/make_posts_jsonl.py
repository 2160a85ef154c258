"""Writes pages/posts.jsonl: three short posts/comments with vague and approximate quantities, as JSON Lines
records {"id", "url", "text"|"html"}.  Run from anywhere: python3 samples/heldout56/tools/make_posts_jsonl.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl  # noqa: E402

RECORDS = [
    {"id": "heldout56-post-1", "url": "https://weibo.example.com/u/5820031/post/20251103",
     "text": "于都县的老表们,说说我妈住院报销的事。\n"
             "我妈今年六十八岁,上个月在于都县人民医院住了十一二天,花了八千多元,居民医保报了五千块左右,"
             "自己出了两三千。出院时窗口说一站式结算,不用跑第二趟,十几分钟就办完了。\n"
             "之前听人说要等好几个月才能报,其实没那么久。县里这几年新增了好几家定点药店,"
             "村里的老人买药也方便了,一个月药钱一两百块,一般走个两三里路就到。\n"
             "我们村两百来户,参保率九成多,没参保的也就三五户。明年的缴费标准听说每人每年涨到四百多,"
             "具体等2026年度的通知。有不懂的可以问赣州医保热线0797-8121345。\n"
             "2025-11-03 19:26 来自 赣州"},
    {"id": "heldout56-post-2", "url": "https://tieba.example.com/p/887120345",
     "html": "<div class=\"thread\">"
             "<h3>阆中吧 | 问个事:门诊慢特病一年能报多少?</h3>"
             "<p class=\"floor\">1楼 阆中老陈 2025-10-21</p>"
             "<p>我爸高血压、糖尿病都有,一个月吃药三四百块,医生说可以办门诊慢特病。办下来一年能报多少?要等多久?</p>"
             "<p class=\"floor\">2楼 古城小王 2025-10-21</p>"
             "<p>我家办过。两种病叠加,每年限额<strong>3000元</strong>左右,报销<strong>65%</strong>。"
             "材料交上去二三十天出结果,刚好一个来月。</p>"
             "<p class=\"floor\">3楼 南充医保小助手 2025-10-22</p>"
             "<p>您好!南充市门诊慢特病认定实行随时申报、按月鉴定,一般<strong>15个工作日</strong>内出结果。"
             "高血压(Ⅱ级以上)年度限额1200元,糖尿病年度限额1800元,在二级医院报销比例为60%至70%。"
             "全市现有慢特病定点医疗机构四百余家,阆中市就有三十几家。详询0817-2221345。</p>"
             "<p class=\"floor\">4楼 阆中老陈 2025-10-22</p>"
             "<p>谢谢!那我这周就去办,早办早省心,一年省个千把块也是钱。</p>"
             "</div>"},
    {"id": "heldout56-post-3", "url": "https://news.example.com/liuzhou/comments/20251118",
     "text": "新闻:柳州今年城乡居民医保参保近300万人\n"
             "评论(128)\n"
             "柳北区网友:我们小区好几百户,物业统计说交了的有八成五左右,剩下的多是外出打工的。\n"
             "鱼峰阿姨:我七十好几了,每年交四百块,去年住了半个多月院,报了一万四五千块,划算。\n"
             "网友3921:上万人排队那是前几年的事了,现在手机上交两三分钟搞定。\n"
             "柳江区网友:建议缴费期从9月到12月延长到次年2月底,在外打工的一年到头才回来一两次。\n"
             "柳州医保回复:感谢建议。目前每天线上缴费近万人次。2026年度缴费期为2025年9月1日至12月31日,每人每年400元;"
             "逾期缴费的,设3个月待遇等待期。咨询0772-2661234。"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "posts.jsonl", RECORDS)
