"""Writes pages/fayuan_news.jsonl (three short 法院 news records; the html record is one line of markup)."""
import json
recs = [
 {"id": "heldout74-fayuan-1", "url": "https://www.tsfy.example.gov.cn/news/2025/0312.html",
  "text": "秦州法院巡回审判 当庭化解一起医疗费纠纷\n天水市秦州区人民法院 2025-03-12\n3月11日，天水市秦州区人民法院将法庭\"搬\"到了皂郊镇，就地审理一起因交通事故引发的医疗费纠纷。原告王某某（72岁）于2024年10月被被告驾驶的三轮车撞伤，在天水市第一人民医院住院治疗21天，花去医疗费3.6万余元，其中城乡居民医保报销1.9万元。经法官调解，双方当场达成协议：被告按80%的责任比例赔偿原告医疗费、护理费、营养费等各项损失合计2.4万元，分两期于2025年6月30日前付清。本次巡回审判吸引了周边群众60多人旁听。秦州区法院诉讼服务热线：0938-8213627。"},
 {"id": "heldout74-fayuan-2", "url": "https://www.wffy.example.gov.cn/xwzx/20250521.html",
  "html": "<div class=\"article\"><h2>奎文法院宣判一起冒用他人医保卡骗保案</h2><p class=\"info\">发布时间：2025年05月21日　来源：潍坊市奎文区人民法院</p><p>近日，潍坊市奎文区人民法院审结一起冒用他人社会保障卡骗取医保基金案。被告人赵某（案发时45岁）在其亲属去世后，未按规定注销其医保卡，并于2023年3月至2024年8月间冒用该卡在潍坊市多家药店购药<strong>136</strong>次，骗取医保基金<strong>2.96万元</strong>。</p><p>法院经审理认为，被告人赵某的行为已构成诈骗罪，鉴于其到案后如实供述、全额退赃，依法判处其有期徒刑<strong>十个月</strong>，缓刑<strong>一年</strong>，并处罚金人民币<strong>一万元</strong>。宣判后，被告人当庭表示不上诉。</p><p>法官提醒：参保人去世后，家属应在<strong>30日内</strong>办理医保关系注销，冒用他人医保卡就医购药，情节严重的将依法追究刑事责任。咨询电话：0536-8096312，邮箱：kwfy@example.com。</p></div>"},
 {"id": "heldout74-fayuan-3", "url": "https://www.cdwl.example.gov.cn/zxdt/2025-06-03.html",
  "text": "武陵法院执行到位一笔拖欠半年的医疗费\n常德市武陵区人民法院 2025-06-03\n2024年12月，常德市武陵区人民法院判决某物流公司赔偿其员工因工负伤产生的医疗费、护理费等共计8.75万元，并承担案件受理费986元。判决生效后，该公司一直未履行。今年5月28日，执行法官依法冻结了该公司银行账户，次日，公司负责人主动到法院缴纳了全部执行款及迟延履行期间的加倍债务利息1,120元。至此，这笔拖欠近半年的医疗费终于执行到位。今年1-5月，武陵区法院共执结涉医疗费、工伤待遇类案件58件，执行到位金额365.4万元，执行到位率达92.3%。联系电话：0736-7221568。"},
]
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pages", "fayuan_news.jsonl")
with open(OUT, "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
