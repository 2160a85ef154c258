#!/usr/bin/env python3
"""Write ../pages/old_zibo.txt: a 2003 notice of 淄博市劳动和社会保障局 on 城镇职工基本医疗保险
as a municipal site of the GBK era published it.  The draft below uses ASCII; every ASCII digit
and , % - : ( ) . outside {…} becomes its full-width form (１，２００元, ７０％, （0533）), and the
text inside {…} stays half-width, so the page mixes both as such pages did (３.８％ with an ASCII
dot, the phone number half-width).  Chinese numerals in dates use both zeros: 〇 (U+3007) and
○ (U+25CB).  Quotes are ＂…＂ (U+FF02).  Paragraphs are indented with two U+3000."""
import os
import re

DRAFT = """淄博市劳动和社会保障局                [ 2003-11-18 ]
首页 >> 医疗保险 >> 政策法规

关于调整城镇职工基本医疗保险有关待遇标准的通知
淄劳社发(2003)67号

各区县劳动和社会保障局,市直各参保单位:
  根据《山东省人民政府关于建立城镇职工基本医疗保险制度的通知》(鲁政发(1999)11号)和市政府有关规定,我市自2000年起实行＂统账结合＂的城镇职工基本医疗保险制度。经研究,决定自二〇〇三年十二月一日起对部分待遇标准进行调整。现将有关事项通知如下:
  一、统筹基金起付标准。在一级医院住院的,起付标准由600元调整为500元;在二级医院住院的,由800元调整为700元;在三级医院住院的,仍为1,200元。退休人员起付标准按上述标准的70%执行。一个年度内第二次及以后住院的,起付标准降低50%。
  二、统筹基金最高支付限额由2万元提高到3万元。超过最高支付限额的部分,由大额医疗费用补助资金按90%的比例支付,补助资金年度最高支付15万元。大额医疗费用补助资金按每人每月8元的标准缴纳,由个人缴纳。
  三、个人账户。45周岁以下的在职职工按本人缴费工资的3{.}8%划入,45周岁以上的按4{.}2%划入,退休人员按上年度全市月平均退休费的4{.}5%划入。
  四、门诊特殊病种。恶性肿瘤、尿毒症透析、器官移植术后抗排异治疗等9种疾病的门诊费用纳入统筹基金支付范围,起付标准为每年300元,统筹基金支付85%。
  五、截至2003年9月底,全市参加基本医疗保险的单位达2,136个,参保职工38{.}6万人,其中退休人员9{.}2万人。全市共确定定点医院87家、定点零售药店146家。1-9月份统筹基金支出1{.}32亿元,比去年同期增长16{.}4%。
  六、张店区、淄川区、博山区、临淄区、周村区和桓台县、高青县、沂源县劳动保障部门要做好宣传解释工作。本通知自二○○三年十二月一日起执行,原《淄博市城镇职工基本医疗保险若干问题的规定》中与本通知不一致的,以本通知为准。
  政策咨询电话:{(0533)2186532}  {2186547}
  ＂淄博市社会保险网＂ {www.zbsi.example.gov.cn} 可查询个人账户。

                                        二〇〇三年十一月十四日

浏览次数:{1234}   【打印本页】  【关闭窗口】"""

FULL = {c: chr(ord(c) + 0xFEE0) for c in "0123456789,%-:()."}


def convert(s):
    out = []
    for part in re.split(r"(\{[^}]*\})", s):
        if part.startswith("{"):
            out.append(part[1:-1])
        else:
            out.append("".join(FULL.get(c, c) for c in part))
    return "".join(out)


text = convert(DRAFT).replace("\n  ", "\n\u3000\u3000").replace("  ", "\u3000\u3000")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pages", "old_zibo.txt")
with open(out, "w", encoding="utf-8") as f:
    f.write(text + "\n")
