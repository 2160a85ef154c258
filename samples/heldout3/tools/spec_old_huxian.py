from gold_lib import *

HX = "610118"                                       # 户县 -> 鄠邑区 (撤县设区 2016, new name)
GL = "610117"                                       # 高陵县 -> 高陵区 (撤县设区 2014)
XA = "610100"                                       # 西安市
SPEC = [
    # full-width digits and punctuation (NFKC makes them ASCII), U+3000 indents; written by
    # tools/make_old_huxian.py
    R("户县", HX, renamed_from="户县"),             # title: 户县新农合 (a programme)
    P("96.3%", 0.963),
    D("2006-08-21", "2006-08-21"),                  # 09:35:12: a time
    R("西安", XA, in_org=True),                     # 西安日报: a newspaper; the reporters' names are invented
    R("户县", HX, in_org=True, renamed_from="户县"),   # 户县卫生局
    # 我省; 新型农村合作医疗: 合作 is no place
    R("户县", HX, renamed_from="户县"),
    D("2005年10月", "2005-10"),                     # …启动新农合试点以来: 以来 does not touch the date
    D("2006年6月底", "2006-06", qualifier="approx"),   # 截至…
    C("42.6万人", 426000, "person"),
    P("96.3%", 0.963),
    P("5.8个百分点", 0.058, points=True),
    D("2006年", "2006"),
    R("户县", HX, renamed_from="户县"),             # 户县新农合筹资标准
    M("每年30元", 30, period="year"),               # 每人每年30元
    M("10元", 10),                                  # 中央财政补助10元
    M("10元", 10),                                  # 省、市、县三级财政补助10元 (三级: no classifier)
    M("10元", 10),
    D("2005年", "2005"),
    M("3426元", 3426),                              # 农民人均纯收入3426元
    M("每年10元", 10, period="year"),
    R("户县", HX, renamed_from="户县"),
    M("50元", 50),
    P("百分之六十", 0.6),
    M("200元", 200),
    P("百分之四十五", 0.45),
    M("500元", 500),                                # 市级及以上医院: a level, no qualifier of any number
    P("35%", 0.35),
    M("一万元", 10000),                             # 封顶线为一万元: 一万 is a numeral, not a lone determiner;
                                                    # 封顶 (on the list) does not touch the amount
    M("每年8元", 8, period="year"),
    D("二〇〇六年", "2006"),                        # 上半年: the first half of that year, not the duration 半年
    C("1.27万人次", 12700, "person"),
    M("867.5万元", 8675000),
    M("683元", 683),
    # 玉蝉乡: a township; 一名农民: lone 一
    M("1.8万元", 18000),
    M("四千二百元", 4200),
    M("超过一千二百元", 1200, qualifier="min"),     # 超过 is on the shared list; 县民政局: no name
    # 县合作医疗管理办公室: 合作 is no place
    C("26个", 26, "item"),                          # 26个乡镇
    # 3.6万户: 户 is no classifier, nothing
    P("九成以上", 0.9, qualifier="min"),
    R("户县", HX, renamed_from="户县"),
    R("高陵县", GL, renamed_from="高陵县"),
    R("蓝田县", "610122"),
    C("3个", 3, "item"),                            # 3个县
    R("周至县", "610124"),
    D("2007年1月1日起", "2007-01-01", qualifier="from"),
    R("长安区", "610116"),                          # 西安's 长安区 (a district since 2002), not 石家庄's
    R("临潼区", "610115"),
    D("2008年", "2008"),                            # 到2008年
    M("每年不低于80元", 80, period="year", qualifier="min"),
    M("不低于60元", 60, qualifier="min"),
    R("户县", HX, in_org=True, renamed_from="户县"),   # 户县新农合办公室
    PH("029-84816273", city="西安市"),              # 029 is shared by 西安 and 咸阳: the article's city
]
