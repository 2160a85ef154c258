"""Writes pages/items.jsonl (3 short records) for held-out set 102."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
r1 = """阿里地区农牧区医疗参保率达98.6%
2025-04-02 来源:阿里地区医疗保障局
截至2025年3月31日,阿里地区7个县共有农牧区医疗参保人员10.2万人,参保率达98.6%,其中噶尔县、普兰县参保率均超过99%。今年地区财政为农牧民人均补助800元,个人缴费每人每年25元。
阿里地区人民医院今年新增血液透析机6台,透析费用报销比例提高到90%,患者每月透析12次左右,个人自付不超过300元。普兰县海拔约3900米,距狮泉河镇约400公里,患者过去要到拉萨透析。
咨询电话:0897-2823561。"""
r2 = """第八师石河子市2026年度城乡居民医保开始缴费
石河子市医疗保障局消息,2026年度城乡居民基本医疗保险集中缴费期为2025年10月1日至12月31日,个人缴费标准为每人每年400元,18周岁以下学生儿童同样按400元/年缴纳。
石河子大学第一附属医院、石河子市人民医院等23家定点医疗机构可直接结算。参保居民在兵团内跨师就医,报销比例降低5%;到乌鲁木齐市住院的,起付线提高到1200元。
缴费可通过“兵团医保”小程序或各团场医保所办理。一四三团、一五二团的职工也可在连队代收点缴纳。咨询电话:0993-2016358、12345。"""
r3 = ('<div class="article"><h2>伊犁州新源县开展“健康快车”义诊</h2>'
      '<p class="meta">2025-06-16&nbsp;&nbsp;伊犁哈萨克自治州卫生健康委员会</p>'
      '<p>6月12日至14日,“健康快车”在伊犁哈萨克自治州新源县、巩留县开展义诊,共接诊群众<strong>1860</strong>人次,'
      '免费发放药品价值<b>12.6</b>万元。新源县那拉提镇的哈萨克族牧民吐尔逊别克说,以前去伊宁市看眼病要坐<strong>5</strong>个小时的车。</p>'
      '<p>本次义诊共完成白内障筛查<strong>420</strong>例,其中<strong>38</strong>例将在霍尔果斯市人民医院免费手术,每例补助最高<b>6000</b>元。'
      '咨询电话:0999-5032617。</p></div>')
recs = [
    {"id": "heldout102-jsonl-1", "url": "https://ybj.ali.example.gov.cn/news/2025-04/heldout102-jsonl-1.html", "text": r1},
    {"id": "heldout102-jsonl-2", "url": "https://www.shz.example.cn/yb/2025-09/heldout102-jsonl-2.html", "text": r2},
    {"id": "heldout102-jsonl-3", "url": "https://wjw.xjyl.example.gov.cn/ywdt/heldout102-jsonl-3.html", "html": r3},
]
with open(os.path.join(HERE, "..", "pages", "items.jsonl"), "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
