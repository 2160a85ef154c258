from gold_lib import *

ZB, SD = "370300", "370000"                         # 淄博市, 山东省
SPEC = [
    R("淄博市", ZB, in_org=True),                   # 淄博市劳动和社会保障局 (site header)
    D("2003-11-18", "2003-11-18"),                  # [ ２００３－１１－１８ ]
    # breadcrumb 首页 >> 医疗保险 >> 政策法规: nothing.  淄劳社发(2003)67号: a document number
    R("山东省", SD, in_title=True, in_org=True),    # 《山东省人民政府关于…的通知》 (set 1 call 6); 鲁政发(1999)11号: a document number
    # 我市: no place
    D("2000年起", "2000", qualifier="from"),        # 自2000年起: 自 is a preposition
    # ＂统账结合＂: nothing
    D("二〇〇三年十二月一日起", "2003-12-01", qualifier="from"),
    # 一、… 六、: list numbers; 一级/二级/三级医院: grades
    M("600元", 600),                                # 由600元调整为500元: two amounts
    M("500元", 500),
    M("800元", 800),
    M("700元", 700),
    M("1,200元", 1200),                             # １，２００元: the full-width comma is a thousands separator after NFKC
    P("70%", 0.7),
    # 一个年度: lone 一.  第二次: an ordinal
    P("50%", 0.5),
    M("2万元", 20000),
    M("3万元", 30000),
    P("90%", 0.9),
    M("15万元", 150000),                            # 年度最高支付15万元: 支付 stands between 最高 and the amount
    M("每月8元", 8, period="month"),                # 每人每月8元 (set 1 call 2)
    T("45周岁以下", 45, "year", age=True, qualifier="max"),
    P("3.8%", 0.038),                               # ３.８％: an ASCII dot between full-width digits
    T("45周岁以上", 45, "year", age=True, qualifier="min"),
    P("4.2%", 0.042),
    # 上年度: no number
    P("4.5%", 0.045),
    C("9种", 9, "kind"),
    M("每年300元", 300, period="year"),
    P("85%", 0.85),
    D("2003年9月底", "2003-09", qualifier="approx"),   # 截至…
    C("2,136个", 2136, "item"),
    C("38.6万人", 386000, "person"),
    C("9.2万人", 92000, "person"),
    C("87家", 87, "institution"),
    C("146家", 146, "institution"),
    DR("1-9月份", "--01", "--09"),                  # １－９月份: a month range; 份 is part of it (like 1月份)
    M("1.32亿元", 132000000),
    P("16.4%", 0.164),
    # 张店区、…、周村区和桓台县、高青县、沂源县劳动保障部门: a place + office word is in_org (guidelines:
    # 天水市医保部门), and places listed before a shared office word each name an office (set 2 call 4).
    # First annotated without in_org; corrected against the guidelines after the first evaluation.
    R("张店区", "370303", in_org=True),
    R("淄川区", "370302", in_org=True),
    R("博山区", "370304", in_org=True),
    R("临淄区", "370305", in_org=True),
    R("周村区", "370306", in_org=True),
    R("桓台县", "370321", in_org=True),
    R("高青县", "370322", in_org=True),
    R("沂源县", "370323", in_org=True),
    D("二○○三年十二月一日起", "2003-12-01", qualifier="from"),   # ○ (U+25CB) as zero (set 2 call 10)
    R("淄博市", ZB, in_title=True),                 # 原《淄博市…若干问题的规定》: a title of rules
    PH("(0533)2186532"),                            # the parentheses belong to the number (set 1 call 16)
    PH("2186547", inferred_code="0533"),            # a local 7-digit number beside an area-coded one: 淄博
    R("淄博市", ZB, in_org=True),                   # ＂淄博市社会保险网＂: a website (set 1 call 7)
    U("www.zbsi.example.gov.cn"),
    D("二〇〇三年十一月十四日", "2003-11-14"),
    # 浏览次数:1234: a counter
]
