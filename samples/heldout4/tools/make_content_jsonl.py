#!/usr/bin/env python3
"""Write ../pages/content.jsonl: three records whose page text is in a `content` field (not `text`
or `html`; docs/bad_input.md accepts `content`).  The field is plain text, so the HTML entities
in it (&nbsp; &amp; &lt; &gt;), copied from a CMS export, are literal characters, and U+3000 indents
stay as written (NFKC makes them spaces).  Record 2 is mostly English."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
import gold_lib  # noqa: E402

r1 = ("嘉兴市2025年度城乡居民医保缴费启动&nbsp;&nbsp;成年居民每人每年480元\n"
      "\u3000\u3000嘉兴在线讯\u3000记者从嘉兴市医疗保障局获悉,2025年度城乡居民基本医疗保险集中参保缴费期为2024年10月1日至12月31日。"
      "成年居民个人缴费标准为每人每年480元,未成年人和在校大学生为每人每年330元,各级财政补助不低于每人每年1,180元。\n"
      "\u3000\u3000参保人可通过“浙里办”APP&amp;“浙江医保”微信公众号缴费,也可到嘉兴银行、浙江农商银行各网点缴纳。"
      "住院费用报销比例为:基层医疗机构85%、县级医院75%、市级及以上医院65%&lt;含大病保险&gt;。"
      "年度最高支付限额为&nbsp;40万元,连续参保满4年的,每多参保1年提高5000元。\n"
      "\u3000\u3000嘉兴市南湖区、秀洲区、海宁市、平湖市、桐乡市、嘉善县、海盐县等7个县(市、区)同步开展缴费工作,截至11月20日,全市已有186.2万人完成缴费。"
      "咨询电话:0573-82061234、12345。")

r2 = ("Medical insurance for foreign employees in Shanghai (上海市职工医保)\n"
      "Foreigners working in Shanghai are enrolled in the city's employee medical insurance (职工医保) from their first month of employment. "
      "From 2024-07-01, the outpatient deductible (起付线) for in-service employees is 1500元 per year, "
      "and the reimbursement rate at community health centres (社区卫生服务中心) is 70%; at tertiary hospitals it is 50%. "
      "Employers pay 9% of the contribution base and employees 2%. "
      "The annual cap for inpatient care is 590,000 yuan. Residents of Pudong New Area (浦东新区) and 黄浦区 may also use the "
      "\u201c随申办\u201d app to check their records. Enrolment takes 3 working days; a card lost abroad can be re-issued within 15 days. "
      "Hotline: 021-63018806 or 12345 (English service 9:00-17:00). Website: https://ybj.sh.example.gov.cn/en/foreigners")

r3 = ("苏州市长期护理保险待遇标准调整\n"
      "\u3000\u3000自2025年1月1日起,居家护理服务补贴标准由每天26元提高至每天30元;机构护理每人每天40元&amp;&nbsp;失能等级评估费每次150元,由长护险基金支付70%。"
      "全市现有长护险定点服务机构312家&lt;2024年累计享受待遇4.7万人&gt;。\n"
      "\u3000\u3000姑苏区、吴中区参保人可就近到街道医保服务站申请评估,评估结论有效期2年。咨询:0512-68881234")

recs = [
    {"id": "heldout4-content-1", "url": "https://www.jxnews.example.cn/2024/11/21/heldout4-content-1.html", "content": r1},
    {"id": "heldout4-content-2", "url": "https://english.sh.example.gov.cn/heldout4-content-2", "content": r2},
    {"id": "heldout4-content-3", "url": "https://ybj.suzhou.example.gov.cn/heldout4-content-3.html", "content": r3},
]
gold_lib.write_pages_jsonl(__file__, "content.jsonl", recs)
