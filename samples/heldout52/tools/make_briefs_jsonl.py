"""Writes pages/short_name_briefs.jsonl: three records of short 医保 briefs whose titles use bare short
names (江北, 吉林, 朝阳, 普陀, 鼓楼). Run from the repository root."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

R1 = ("江北:职工医保个人账户家庭共济扩大到兄弟姐妹\n"
      "重庆市江北区医疗保障局消息,自2025年9月1日起,江北区职工医保参保人的个人账户可为兄弟姐妹支付医疗费用。"
      "截至8月底,全区已有2.8万人绑定家庭共济,累计使用个人账户资金3100万元。"
      "江北区医保局提醒,每人最多可绑定5名家庭成员。观音桥街道、石马河街道设有医保服务站。"
      "咨询电话023-67851234。\n"
      "吉林:2026年度城乡居民医保集中缴费启动\n"
      "吉林省医疗保障局日前发布通知,2026年度城乡居民医保集中缴费期为2025年10月1日至12月31日,"
      "个人缴费标准为每人每年400元。吉林市、长春市两地参保人可通过“吉事办”APP缴费。"
      "吉林省内各级财政补助不低于每人每年700元。")
R2 = ("朝阳:门诊慢特病病种增至72种\n"
      "辽宁省朝阳市医保局近日发布消息,全市门诊慢特病病种由60种增至72种,"
      "其中恶性肿瘤门诊放化疗报销比例提高到80%。朝阳县、北票市、凌源市同步执行。"
      "新政策自2025年11月1日起实施,有效期3年。市民可拨打0421-2812345咨询,或登录www.example.com/cy-yibao查询。\n"
      "另讯:北京朝阳区医保局提示,京津冀异地就医直接结算医院已超过1.2万家。")
R3 = ("<h2>普陀:渔民医保“海上办”</h2>"
      "<p>舟山市普陀区医保分局在沈家门渔港设立“海上医保服务点”,今年以来为<b>3200</b>余名渔民办理参保续保。"
      "出海渔民可在返港后<b>15</b>日内补办报销,报销比例不低于<b>75%</b>。咨询电话:<span>0580-3012345</span>。</p>"
      "<h2>鼓楼:“15分钟医保服务圈”基本建成</h2>"
      "<p>福州市鼓楼区已在<b>9</b>个街道建成医保服务站<b>36</b>个,2025年上半年办件量<b>4.5</b>万件。"
      "鼓楼区医保局电话0591-87061234,邮箱gl_yb@example.com。</p>")

write_pages_jsonl(__file__, "short_name_briefs.jsonl", [
    {"id": "heldout52-brief-1", "url": "https://news.example.com/cq/2025/0821.html", "text": R1},
    {"id": "heldout52-brief-2", "url": "https://news.example.com/ln/2025/1028.html", "text": R2},
    {"id": "heldout52-brief-3", "url": "https://news.example.com/zj/2025/0915.html", "html": R3},
])
