from gold_lib import *

SPEC = [
    DR("1998-2025年", "1998", "2025"),             # title (1998-2025年): a year range with one 年
    D("2025-06-30", "2025-06-30"),                 # 发布时间; 医改观察网: no place
    D("1998年12月14日", "1998-12-14"),
    # (国发〔1998〕44号): a document number, nothing (also 国办发〔2003〕3号, 国发〔2007〕20号, 中发〔2009〕6号,
    # 发改社会〔2012〕2605号, 国办发〔2015〕57号, 国发〔2016〕3号, 国办发〔2019〕2号, 中发〔2020〕5号, 国办发〔2021〕14号)
    P("6%左右", 0.06, qualifier="approx"),
    P("2%", 0.02),
    D("2002年10月19日", "2002-10-19"),
    # 新型农村合作医疗: 合作 is a common word, no place
    D("2003年1月16日", "2003-01-16"),
    # 中西部地区: no place
    M("10元", 10),                                 # 每年补助10元: 补助 stands between, so 每年 does not touch (no period)
    D("2003年7月", "2003-07"),
    C("304个", 304, "item"),                       # 全国304个县(市、区): 个 touches; 全国 no place
    D("2007年7月10日", "2007-07-10"),
    C("79个", 79, "item"),                         # 首批79个城市: 首批 an ordinal word
    D("2009年4月6日", "2009-04-06"),
    D("2020年", "2020"),                           # 到2020年: 到 a preposition outside
    DR("2009-2011年", "2009", "2011"),             # inside 《…(2009-2011年)》: dates take no in_title flag
    T("3年", 3, "year"),                           # 3年内: 内 is not on the shared list
    M("8500亿元", 850000000000),
    D("2010年", "2010"),
    M("每年120元", 120, period="year"),            # 每人每年120元: 每人 is no period (set 1 call 2)
    D("2012年8月24日", "2012-08-24"),
    P("不低于50%", 0.5, qualifier="min"),
    D("2015年7月28日", "2015-07-28"),
    P("50%以上", 0.5, qualifier="min"),
    D("2016年1月12日", "2016-01-12"),
    # 各省(区、市): no place
    D("2016年6月底前", "2016-06", qualifier="until"),   # 底前 is an until word of the guidelines
    D("2016年", "2016"),
    R("福建省三明市", "350400"),                   # a chain: one mention at the city
    C("22家", 22, "institution"),
    D("2017年9月30日", "2017-09-30"),
    P("15%", 0.15),
    D("2018年3月17日", "2018-03-17"),
    # 十三届 (an ordinal), 一次会议 (lone 一): nothing
    D("2018年5月31日", "2018-05-31"),
    # 人力资源社会保障部: 资源 is a common word (and 资源县 is in 桂林), no place
    D("2018年11月14日", "2018-11-14"),
    # 第五次会议: an ordinal
    C("11个", 11, "item"),
    # “4+7”: bare numbers, nothing
    D("2019年1月17日", "2019-01-17"),
    C("25种", 25, "kind"),
    P("52%", 0.52),
    D("2019年6月5日", "2019-06-05"),
    C("30个", 30, "item"),                         # 30个城市 (DRG: nothing)
    D("2020年2月25日", "2020-02-25"),
    D("2030年", "2030"),
    D("2020年10月19日", "2020-10-19"),
    C("71个", 71, "item"),                         # (DIP): nothing
    D("2021年2月19日", "2021-02-19"),
    # (国务院令第735号): a document number
    D("2021年5月1日起", "2021-05-01", qualifier="from"),
    D("2021年4月13日", "2021-04-13"),
    P("2%", 0.02),
    D("2021年11月19日", "2021-11-19"),
    T("三年", 3, "year"),                          # 《DRG/DIP支付方式改革三年行动计划》: a number and a unit that
                                                   # touch, inside a title like the dates in titles (README call 4)
    # (医保发〔2021〕48号): a document number
    DR("2022-2024年", "2022", "2024"),
    D("2024年底", "2024", qualifier="approx"),     # 到2024年底: 到 outside; 底 → approx
    D("2022年", "2022"),
    M("610元", 610),
    M("每年350元", 350, period="year"),            # 每人每年350元
    D("2023年", "2023"),
    M("380元/人/年", 380, period="year"),          # the whole 元/人/年 in the span (guidelines, money)
    M("不低于640元", 640, qualifier="min"),
    D("2023年12月13日", "2023-12-13"),
    D("2023年", "2023"),                           # 2023年国家医保药品目录
    C("126种", 126, "kind"),
    C("3088种", 3088, "kind"),
    D("2024年1月1日起", "2024-01-01", qualifier="from"),
    D("2024年7月", "2024-07"),
    C("约40万家", 400000, "institution", qualifier="approx"),
    C("约50万家", 500000, "institution", qualifier="approx"),
    D("2024年", "2024"),
    M("400元/人/年", 400, period="year"),
    M("每年不低于670元", 670, period="year", qualifier="min"),   # 每人每年不低于670元 (set 1 call 3)
    D("2024年", "2024"),
    C("2.5亿人次", 250000000, "person"),           # 全年: no date
    M("约1700亿元", 170000000000, qualifier="approx"),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    T("4年", 4, "year"),                           # 满4年后: 满 is no qualifier, 后 a date word (30日后 → 30日)
    T("1年", 1, "year"),                           # 每多参保1年
    M("不低于1000元", 1000, qualifier="min"),
    D("2025年", "2025"),
    C("约13.27亿人", 1327000000, "person", qualifier="approx"),
    P("95%以上", 0.95, qualifier="min"),
    E("bianjibu@example.org"),
]
