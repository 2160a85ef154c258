"""Writes pages/feed.jsonl: three records of an English-Chinese news aggregator (two `text`, one `html`)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
import gold_lib  # noqa: E402

r1 = """Shenzhen raises residents' insurance subsidy | 深圳居民医保财政补助提高
来源 Source: 深圳特区报 | 2025-09-02 08:30
深圳市医疗保障局9月1日发布通知,2026年度深圳市居民医保一档、二档个人缴费标准分别为每人每年690元和每人每年435元,财政补助标准提高至每人每年720元。Residents can pay via the "i深圳" app between Sept. 1 and Dec. 31 (9月1日至12月31日).
数据显示,截至2025年6月底,深圳居民医保参保人数达到524.7万人,其中少儿及大学生约168万人。一档参保人住院报销比例为90%,二档为80%。
Editor's note: the 2025 rate for tier 1 was RMB 660 per person. 编辑:林嘉欣"""

r2 = """"Hong Kong & Macao Drugs and Devices" scheme expands | "港澳药械通"指定医疗机构增至50家
2025-05-16 | 南方日报 Nanfang Daily
广东省药品监督管理局消息,截至2025年5月,"港澳药械通"指定医疗机构已增至50家,覆盖广州、深圳、珠海、佛山等地,累计引进港澳已上市药品89种、医疗器械41种。香港大学深圳医院是首家试点单位,2024年使用相关药品逾3,000人次。
The scheme lets mainland patients receive Hong Kong-registered products such as the 9-valent HPV vaccine, priced at about HK$4,800 for three doses (约4,400元).
咨询电话:020-37885100;香港卫生署热线 DH Hotline: +852 2961 8989。"""

r3 = ('<div class="news-item">'
      '<h2>Xi\'an pilots card payment for foreign patients | 西安试点外籍患者境外银行卡直接缴费</h2>'
      '<p class="meta">2025-10-14 | Source 来源: 西安日报 Xi\'an Daily</p>'
      '<p>西安市医疗保障局与陕西省人民医院、西安交通大学第一附属医院合作,自<b>2025年10月15日</b>起试点外籍患者使用'
      ' Visa、Mastercard 等境外银行卡直接支付医疗费用,单笔支付限额为<strong>5万元</strong>(约 US$7,000)。</p>'
      '<p>试点首月预计服务外籍患者<strong>1,200</strong>人次以上。<em>Foreign patients</em> covered by Xi\'an employee'
      ' medical insurance keep the standard reimbursement of 85% for inpatient care; the deductible is 800 yuan per stay'
      ' (起付线800元/次).</p>'
      '<p>雁塔区、碑林区的12家社区卫生服务中心同步开通英文导诊,服务时间为每周一至周五 9:00-17:00。'
      '咨询 Tel: 029-86781234。</p>'
      '</div>')

recs = [
    {"id": "heldout46-feed-1", "url": "https://www.cnhealthwire.example.com/2025/09/02/heldout46-feed-1", "text": r1},
    {"id": "heldout46-feed-2", "url": "https://www.cnhealthwire.example.com/2025/05/16/heldout46-feed-2", "text": r2},
    {"id": "heldout46-feed-3", "url": "https://www.cnhealthwire.example.com/2025/10/14/heldout46-feed-3", "html": r3},
]
gold_lib.write_pages_jsonl(__file__, "feed.jsonl", recs)
for r in recs:
    print(r["id"], len((r.get("text") or r.get("html")).encode()))
