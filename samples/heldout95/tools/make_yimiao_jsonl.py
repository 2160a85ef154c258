import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
import gold_lib  # noqa: E402

r1 = """南京市江宁区为初二女生免费接种HPV疫苗
2025-09-10 来源:江宁发布
记者从江宁区卫健委获悉,自2025年9月15日起,江宁区为全区在校初二年级女生免费接种国产双价HPV疫苗,预计约6800名女孩受益。免疫程序为两剂次,第0、6个月各1剂,两剂间隔不少于5个月。接种点设在全区12家社区卫生服务中心,接种时间为每周三、周五下午13:30-16:30。不在免费范围内的16周岁以上女性可自费接种,九价疫苗每剂1318元,可用医保个人账户支付。咨询电话:025-52171234。"""
r2 = """上海:60岁以上户籍老人可免费接种流感疫苗
2025-10-09 来源:新民晚报
上海市卫生健康委员会日前发布通知,2025年10月15日至12月31日,本市60岁以上户籍老年人可在全市246家社区卫生服务中心免费接种1剂流感疫苗。去年全市约120万人次老年人接种,接种率较上年提高3.2个百分点。非户籍人员自费接种,三价疫苗每剂约90元至130元。市民可拨打12345咨询。"""
r3 = ('<div class="news"><h3>厦门:医保个人账户可支付家庭成员疫苗费用</h3>'
      '<p class="src">2025-07-01&nbsp;厦门市医疗保障局</p>'
      '<p>从<b>2025年7月1日</b>起,厦门市职工医保参保人的个人账户可用于支付本人及配偶、父母、子女在本市定点接种单位接种非免疫规划疫苗的费用,'
      '每人每年最高<strong>2000</strong>元。</p>'
      '<p>可支付疫苗包括HPV疫苗、带状疱疹疫苗、狂犬病疫苗等<b>8</b>类,全市首批<b>63</b>家接种单位已开通刷卡,'
      '接种后<strong>30</strong>分钟内请勿离开留观区。咨询电话:0592-5307128。</p></div>')
recs = [
    {"id": "heldout95-ym-1", "url": "https://www.jnfb.example.com/news/2025-09/10/heldout95-ym-1.html", "text": r1},
    {"id": "heldout95-ym-2", "url": "https://www.xmwb.example.com/2025/10/09/heldout95-ym-2.html", "text": r2},
    {"id": "heldout95-ym-3", "url": "https://ybj.xm.example.cn/zwgk/heldout95-ym-3.html", "html": r3},
]
gold_lib.write_pages_jsonl(__file__, "yimiao_news.jsonl", recs)
