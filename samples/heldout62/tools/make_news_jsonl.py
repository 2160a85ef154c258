"""Writes pages/news.jsonl (three short local news records; the second is html)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

R1 = ("黄山风景区医保服务站开诊 游客看病可直接刷码结算\n"
      "本报讯（记者 程某）3月28日，黄山风景区医保服务站在汤口镇游客中心旁正式开诊。该站由黄山市医疗保障局与黄山区人民医院共建，"
      "配备医生4名、护士6名，可为游客和景区职工提供门诊、急救转运等服务。安徽省内参保人员就诊可直接刷医保码结算，"
      "省外游客已办理异地就医备案的，门诊费用按参保地政策报销，起付线以上部分报销50%至70%。"
      "据介绍，黄山风景区2024年接待游客约460万人次，全年景区内发生急诊约1.3万例。服务站开诊时间为每天7:00-19:00，"
      "旅游旺季延长至21:00。咨询电话：0559-5562120，急救请拨打120。")
R2 = ('<div class="news"><h3>友谊县：农场职工医保待遇提高</h3>'
      '<p class="meta">来源：双鸭山日报　2025-04-10</p>'
      '<p>近日，黑龙江省双鸭山市友谊县医疗保障局与北大荒集团友谊农场有限公司签订医保经办合作协议。自<strong>2025年5月1日</strong>起，'
      '友谊农场<strong>2.3万</strong>名职工及家属在农场医院住院，起付线由<strong>600元</strong>降至<strong>400元</strong>，'
      '报销比例提高<strong>5</strong>个百分点。</p>'
      '<p>友谊县是全国首个国营农场县，境内友谊农场始建于1954年。协议还明确，农场退休职工门诊慢特病申请办理时限压缩至<strong>10个工作日</strong>，'
      '每人每年门诊慢特病报销上限为<strong>4000元</strong>。</p>'
      '<p>咨询电话：<span>0469-5822315</span></p></div>')
R3 = ("雄安新区：容城县、雄县、安新县居民可在新区医院直接结算\n"
      "2025年6月起，河北雄安新区三县居民在新区人民医院、容东片区社区卫生服务中心就医，可使用医保电子凭证直接结算。"
      "据雄安新区公共服务局介绍，新区常住人口中参加城乡居民医保的约98万人，2025年个人缴费标准为每人每年400元，"
      "住院报销比例最高可达85%。此前，三县居民需回保定市定点医院报销，往返约需3小时。"
      "新区还将在2026年底前建成15家社区医院。市民可登录https://ybj.xiongan.example.gov.cn了解详情，"
      "或拨打0312-5601123咨询。")
write_pages_jsonl(__file__, "news.jsonl", [
    {"id": "heldout62-news-1", "url": "https://news.example.com/huangshan/20250329", "text": R1},
    {"id": "heldout62-news-2", "url": "https://news.example.com/youyi/20250410", "html": R2},
    {"id": "heldout62-news-3", "url": "https://news.example.com/xiongan/20250602", "text": R3},
])
