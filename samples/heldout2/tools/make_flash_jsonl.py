"""Write ../pages/flash.jsonl: three 快讯 records on 长期护理保险 (two `text`, one `html`)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
import gold_lib  # noqa: E402

r1 = """【快讯】荆门长护险待遇再提高 重度失能人员机构护理每人每天50元
荆门新闻网7月2日讯(记者 程雪)记者从荆门市医疗保障局获悉,自2024年7月1日起,我市长期护理保险待遇标准提高:经评估为重度失能一级的参保人员入住定点护理机构,长护险基金按每人每天50元支付;选择居家护理的,按每人每天40元支付,每月可享受上门护理服务不超过20天,每次服务2小时以上。
失能等级评估采用国家统一标准,Barthel指数评分40分以下的可申请评估,评估结论有效期2年。目前全市长护险覆盖职工和城乡居民共268万人,累计3.2万名失能人员享受待遇。咨询电话:0724-2368530。"""

r2 = ('<div class="flash"><h3>承德市长护险定点护理机构增至86家</h3>'
      '<p>2024-05-16&nbsp;承德日报</p>'
      '<p>截至4月底,承德市长期护理保险定点护理服务机构增至<b>86</b>家,覆盖全市8个县、3个区,其中承德县、隆化县各新增2家。'
      '参保人经评估认定为重度失能的,机构护理费用按<span>70</span>%报销,居家上门护理每月1500元封顶。</p>'
      '<p>市医保局提醒,失能评估结论在公示5个工作日无异议后生效,参保人可通过&ldquo;承德医保&rdquo;公众号在线申请。</p></div>')

r3 = """石河子市长护险试点8年惠及1.1万人
2024年6月28日 来源:兵团日报
作为全国首批15个长期护理保险试点城市之一,新疆生产建设兵团第八师石河子市自2016年起开展试点。目前,重度失能人员入住护理机构的,每人每天补助60元,居家护理每月补助1200元。8年来,累计1.1万人享受长护险待遇,基金支出2.35亿元。咨询电话:0993-2712345。"""

recs = [
    {"id": "heldout2-flash-1", "url": "http://www.jmnews.example.cn/news/2024-07/02/heldout2-flash-1.html", "text": r1},
    {"id": "heldout2-flash-2", "url": "https://www.cdrb.example.cn/kx/heldout2-flash-2.html", "html": r2},
    {"id": "heldout2-flash-3", "url": "https://www.btdaily.example.cn/shz/heldout2-flash-3.html", "text": r3},
]
gold_lib.write_pages_jsonl(__file__, "flash.jsonl", recs)
