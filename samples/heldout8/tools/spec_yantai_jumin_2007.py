from gold_lib import *

YT, PL = "370600", "370614"                         # 烟台市 (山东省); 蓬莱区 (today's unit of 蓬莱市 and 长岛县)
SPEC = [
    # <head><title> and the banner's <img alt="烟台劳动保障网">: no visible text
    # breadcrumb 您现在的位置:首页 >> …: nothing; headline 我市…: no place
    R("烟台", YT, in_org=True),                     # 来源:烟台日报 (a newspaper, set 1 call 7)
    D("2007年10月15日", "2007-10-15"),              # 发布时间 written ２００７年１０月１５日 (full width)
    # 点击数:1386 (in a <font>): a counter; style="line-height:180%": an attribute, no text
    # 国务院, 全国, 全市: no places; 首批: an ordinal
    D("10月10日", "--10-10"),
    C("约80万名", 800000, "person", qualifier="approx"),   # 约<b>８０</b>万名: the <b> is inline
    R("烟台市", YT, in_title=True),                 # 《烟台市城镇居民基本医疗保险暂行办法》
    R("芝罘区", "370602"),
    R("福山区", "370611"),
    R("牟平区", "370612"),
    R("莱山区", "370613"),
    R("龙口市", "370681"),
    R("莱阳市", "370682"),
    R("莱州市", "370683"),
    R("蓬莱市", PL, renamed_from="蓬莱市"),         # 2007: a county-level city; 蓬莱区 since 2020 (former_names.tsv)
    R("招远市", "370685"),
    R("栖霞市", "370686"),
    R("海阳市", "370687"),
    R("长岛县", PL, renamed_from="长岛县"),         # merged into 蓬莱区 in 2020 (former_names.tsv, curated)
    D("2008年1月1日起", "2008-01-01", qualifier="from"),   # inside <font color>
    # 参保范围 …: 中小学, 中专: nothing
    M("每年200元", 200, period="year"),             # 每人每年<b>２００</b>元: 每人 outside
    M("120元", 120),
    M("80元", 80),
    P("40%", 0.4),                                  # <b>４０</b>％ (full-width %)
    M("每年100元", 100, period="year"),
    M("40元", 40),
    M("60元", 60),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    # 一级/二级/三级医院: hospital grades
    M("200元", 200),
    M("400元", 400),
    M("600元", 600),
    P("60%", 0.6),
    P("50%", 0.5),
    P("40%", 0.4),
    # 一个年度: lone 一
    M("3万元", 30000),                              # 最高支付限额为<b>３</b>万元: 最高 does not touch
    DR("2007年10月15日至11月30日", "2007-10-15", "2007-11-30"),
    D("2007年12月1日起", "2007-12-01", qualifier="from"),
    T("3个月", 3, "month"),                         # 满<b>３</b>个月后: 满 no qualifier, 后 a date word (30日后 → 30日)
    # 市劳动和社会保障局 (市 alone), 市区, 各区: no places
    C("126家", 126, "institution"),
    C("43家", 43, "institution"),
    D("10月14日", "--10-14"),                       # 截至 outside
    C("3.2万名", 32000, "person"),                  # ３．２ (full-width full stop) → 3.2 after NFKC
    PH("(0535)6688123"),                            # full-width parentheses → ASCII; part of the number (set 1 call 16)
    PH("6688125", inferred_code="0535"),            # a local 7-digit number: 烟台's 0535 from the article's region
    # (责任编辑:李某), 【打印此页】【关闭窗口】: nothing
    # footer (a <table>, visible text, unlike a <footer> element: set 2 call 1):
    R("烟台市", YT, in_org=True),                   # 版权所有:烟台市劳动和社会保障局
    R("烟台市芝罘区", "370602"),                    # 地址: a chain; 南大街１２３号: a street and a house number
    # 邮编:２６４０００: a postcode; 鲁ICP备05012345号: a registration number (鲁: an abbreviation);
    # 1024×768: a screen resolution, no mention
]
