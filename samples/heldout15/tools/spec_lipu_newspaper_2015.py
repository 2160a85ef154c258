from gold_lib import *

LP, GL = "450381", "450300"                         # 荔浦市 (荔浦县 until 2018), 桂林市
SPEC = [
    R("桂林", GL, in_org=True),                     # 桂林日报: a newspaper's name (set 1 call 7)
    D("2015年4月17日", "2015-04-17"),               # masthead date; 第03版: a page number (set 6 call 8)
    R("荔浦县", LP, renamed_from="荔浦县"),          # headline 荔浦县:…; the 2015 name (县→市 2018, former_names.tsv)
    # 本报讯(记者 陈某 通讯员 李某): people, nothing
    D("1月1日起", "--01-01", qualifier="from"),     # 今年 is outside (set 6 call 2)
    R("荔浦县", LP, renamed_from="荔浦县"),
    # 新型农村合作医疗: 合作 no place (set 7)
    C("32.1万名", 321000, "person"),
    R("桂林市", GL),                                # 桂林市首个完成整合的县: 首个 an ordinal, no count
    # 修仁镇: a township, no place
    D("2015年度", "2015"),
    M("每年90元", 90, period="year"),               # 每人每年90元: 每人 is not a period word (set 1 call 2)
    M("每年380元", 380, period="year"),
    # 一级/二级定点医疗机构: hospital levels
    P("90%", 0.9),
    P("80%", 0.8),
    P("60%", 0.6),
    M("8万元", 80000),                              # 由8万元提高到15万元: two amounts (set 11 call 8)
    M("15万元", 150000),
    D("3月底", "--03", qualifier="approx"),         # 截至3月底
    P("98.6%", 0.986),
    P("1.2个百分点", 0.012, points=True),
    M("七十块", 70),                                # villager's quote, Chinese numerals + 块
    M("九十块", 90),
    M("二十块", 20),
    T("七十二岁", 72, "year", age=True),
    M("三四百块", (300, 400)),                      # two neighbouring numerals: one range
    P("七成", 0.7),                                 # 差不多七成: 差不多 is not on the shared list
    # 县里/市里: no places
    T("半个月", 0.5, "month"),                      # set 4 call 6
    T("三天", 3, "day"),
    C("56家", 56, "institution"),
    C("71家", 71, "institution"),
    R("平乐县", "450330"),
    R("恭城", "450332"),                            # short name of 恭城瑶族自治县
    R("阳朔县", "450321"),
    C("12家", 12, "institution"),
    D("2015年", "2015"),                            # 2015年内: 内 is not a qualifier
    T("两年", 2, "year"),                           # 两年内: 两 is a numeral (not the lone 一); 内 not a qualifier
    R("广西", "450000"),                            # 广西区内: the province, plain
    D("2014年", "2014"),
    M("1.86亿元", 186000000),
    P("12.3%", 0.123),                              # 同比增长12.3%: 增长 a verb outside
    M("1.1万元", 11000),
    P("50%以上", 0.5, qualifier="min"),
    # 五万八 (花了五万八), 两万 (不到两万): colloquial amounts without a unit, no money (set 10 call 7)
    M("三万一千块", 31000),
    M("八千块", 8000),
    PH("0773-7212345"),                             # full-width digits on the page, 桂林's 0773
]
