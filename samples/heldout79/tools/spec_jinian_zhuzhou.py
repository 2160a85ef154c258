from gold_lib import *

ZZ, CS, NX, LK, LL, YX = "430200", "430100", "430182", "430212", "430281", "430223"
# 株洲市, 长沙市, 宁乡市 (宁乡县 until 2017), 渌口区 (株洲县 until 2018), 醴陵市, 攸县
HN, XX, HH, YZ = "430000", "433100", "431200", "431100"   # 湖南省, 湘西土家族苗族自治州, 怀化市, 永州市
SPEC = [
    # 周怀远: a person's name (怀远县 of 蚌埠 inside it: call 2), here and below; 农村合作医疗 (合作: a common word, no place) ×4
    R("株洲市", ZZ, in_org=True),                   # 株洲市医疗保障学会 (byline)
    D("2025年10月15日", "2025-10-15"),
    R("株洲市", ZZ, in_org=True),                   # 原株洲市卫生局
    D("2025年10月8日", "2025-10-08"),               # 凌晨3时: a time of day
    R("长沙", CS),
    T("89岁", 89, "year", age=True),                # 享年89岁
    D("1936年9月", "1936-09"),
    R("湖南宁乡县", NX, renamed_from="宁乡县"),      # birthplace under the county's former name (call 1); 一个农民家庭: lone 一
    D("1953年", "1953"),
    R("湖南", HN, in_org=True),                     # 湖南医学院
    D("1958年", "1958"),
    R("株洲县", LK, in_org=True, renamed_from="株洲县"),   # 株洲县朱亭公社卫生院: former county (→ 渌口区) in an organisation's name; 朱亭公社: a township
    T("21年", 21, "year"),                          # 一干就是21年
    # 上世纪六十年代: a decade, no date of the guidelines' forms; 全县: no place
    C("二十多个", 20, "item", qualifier="min"),     # 二十多个公社: 多 between the number and 个 → min
    # 一分钱: lone 一, 分 no currency unit; “背包医生”
    D("1979年", "1979"),
    R("株洲市", ZZ, in_org=True),                   # 株洲市卫生局
    D("1987年起", "1987", qualifier="from"),
    R("醴陵", LL),                                  # 在醴陵、攸县两地: places, plain; 两地: 地 is no classifier
    R("攸县", YX),
    M("5元", 5),                                    # 农民每人每年交5元: 交 between the period and the amount → no period
    M("3元", 3),                                    # 集体补助3元
    P("30%", 0.3),
    P("40%", 0.4),                                  # 40%至60%: two percents (guidelines)
    P("60%", 0.6),
    T("3年", 3, "year"),                            # 试点3年间: 间 is no qualifier
    P("32%", 0.32),
    P("87.5%", 0.875),
    C("46万人次", 460000, "person"),
    D("1994年", "1994"),
    R("湖南省", HN, in_title=True),                 # 《湖南省农村合作医疗管理办法(试行)》: a place before a programme, in a title (合作: no place)
    D("1996年12月", "1996-12"),
    T("60岁", 60, "year", age=True),                # 时年60岁
    R("湖南省", HN, in_org=True),                   # 湖南省卫生经济学会
    T("十五年", 15, "year"),                        # 整整十五年: 整整 is no qualifier
    # 60余篇, 3部: 篇 and 部 are no classifiers of the guidelines' lists (call 6)
    C("17名", 17, "person"),
    D("2003年", "2003"),
    T("七十多岁", 70, "year", age=True, qualifier="min"),   # 多 between the number and 岁 → min (guidelines: 九十多岁)
    C("三次", 3, "time"),                           # 三次赴…调研
    R("湘西土家族苗族自治州", XX),
    R("怀化", HH),
    R("永州", YZ),
    M("每年不低于10元", 10, period="year", qualifier="min"),   # set 1 call 3
    M("每年20元", 20, period="year"),               # 每人每年20元 (set 1 call 2)
    M("20万元", 200000),
    R("株洲县", LK, in_org=True, renamed_from="株洲县"),   # 株洲县(今渌口区)中心卫生院 (call 7)
    R("渌口区", LK),                                # (今渌口区): a gloss naming today's unit, not the hospital's name (call 7)
    # “怀远助医基金”: named after the person, no place (call 2)
    C("1260人", 1260, "person"),
    # 每一分钱: nothing
    PH("0731-22815670", city="株洲市"),             # 0731 is shared; the 学会 is in 株洲 (set 1 call 5)
    R("株洲市", ZZ, in_org=True),                   # (株洲市医疗保障学会秘书处)
]
