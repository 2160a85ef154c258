from gold_lib import *

PE, SM, LC, MJ = "530800", "530802", "530828", "530822"   # 普洱市, 思茅区, 澜沧拉祜族自治县, 墨江哈尼族自治县
LXZ, GH, DXZ, HZ = "622900", "622924", "622926", "622925"  # 临夏回族自治州, 广河县, 东乡族自治县, 和政县
XT, XX, SS, XTX, YH, YT = "430300", "430381", "430382", "430321", "430302", "430304"
# 湘潭市, 湘乡市, 韶山市, 湘潭县, 雨湖区, 岳塘区
DOCS = {
    "heldout79-renshi-1": [
        R("普洱市", PE, in_org=True),               # 普洱市医疗保障局 (headline)
        D("2025-07-02", "2025-07-02"),              # 17:46: a time
        R("普洱", PE, in_org=True),                 # 来源:普洱日报
        D("7月2日", "--07-02"),                     # 7月2日上午
        R("普洱市", PE, in_org=True),
        # 李澜沧: a person's name (澜沧 inside it: call 2), here and below
        R("普洱市", PE, in_org=True),
        # 哈尼族: an ethnic group (call 3)
        D("1979年4月", "1979-04"),
        R("云南墨江", MJ),                          # 墨江 = 墨江哈尼族自治县 (short name in a chain)
        D("2001年7月", "2001-07"),
        R("思茅区", SM, in_org=True),               # 思茅区医疗保障局: today's district of that name, no renamed_from (call 1)
        R("澜沧拉祜族自治县", LC, in_org=True),     # …人民政府 (a government)
        T("近20年", 20, "year", qualifier="approx"),   # 近 "nearly" (on the shared list as approx)
        C("10个", 10, "item"),                      # 10个县(区)
        # “一网通办”: lone 一
        D("2026年底前", "2026", qualifier="until"),
        P("100%", 1.0),
        R("普洱市", PE),                            # 普洱市现有参保群众: the city, plain
        C("236.8万人", 2368000, "person"),
        P("61%以上", 0.61, qualifier="min"),
        D("2024年", "2024"),
        M("42.7亿元", 4270000000),
        C("48人", 48, "person"),
        PH("0879-2136528"),
    ],
    "heldout79-renshi-2": [
        R("临夏州", LXZ, in_org=True),              # 临夏州医保局 (headline): the prefecture's everyday name with 州 (set 2 call 3)
        C("2名", 2, "person"),
        D("2025-09-05", "2025-09-05"),
        R("临夏回族自治州", LXZ, in_org=True),      # 来源: the full name; 回族 inside it
        # 《党政领导干部选拔任用工作条例》; 州委: no place
        # 马文忠; 回族: an ethnic group (call 3)
        D("1981年2月", "1981-02"),
        R("甘肃广河", GH),
        R("临夏州", LXZ, in_org=True),
        DR("2024年9月至2025年8月", "2024-09", "2025-08"),
        # 马尕西木; 东乡族: an ethnic group, though 东乡 is the short name of 东乡族自治县 (call 3)
        D("1987年11月", "1987-11"),
        R("甘肃东乡", DXZ),                         # the birthplace: province + the county's short name
        R("东乡族自治县", DXZ, in_org=True),
        DR("2024.09—2025.08", "2024-09", "2025-08"),   # dotted year-months (call 4)
        # 州内: no place
        T("5个工作日", 5, "workday"),
        DR("2025年8月25日至29日", "2025-08-25", "2025-08-29"),
        C("两位", 2, "person"),                     # 两位同志: 位 is a person classifier
        T("15年以上", 15, "year", qualifier="min"),
        R("和政县", HZ, in_org=True),               # 和政县卫生健康局
        T("8年", 8, "year"),
        # 去年以来: no number; 全州: "the whole prefecture" (set 14 call 5)
        C("23名", 23, "person"),
        P("65%", 0.65),
        PH("0930-6213825"),
    ],
    "heldout79-renshi-3": [
        R("湘潭市", XT, in_org=True),               # 湘潭市医疗保障局 (headline)
        C("3名", 3, "person"),
        R("湘潭市", XT, in_org=True),               # byline
        D("2025年6月3日", "2025-06-03"),
        D("2024年6月", "2024-06"),
        C("3名", 3, "person"),
        # 1.谭湘乡: a list number and a person's name (湘乡市 inside it: call 2)
        D("1985.02", "1985-02"),                    # 1985.02生 (set 69 call 1)
        R("湖南湘乡", XX),
        R("湘潭市", XT, in_org=True),
        DR("2024.06—2025.06", "2024-06", "2025-06"),
        # 2.易韶华(女): list number, a person's name (韶 alone: nothing)
        D("1988.09", "1988-09"),
        R("湖南韶山", SS),
        R("湘潭县", XTX, in_org=True),
        T("1年", 1, "year"),                        # 试用期1年
        # 3.黄雨湖: list number, a person's name (雨湖区 inside it: call 2)
        D("1990.11", "1990-11"),
        R("湖南湘潭", XT),                          # 湘潭: the city, not 湘潭县 (guidelines)
        R("雨湖区", YH, in_org=True),
        R("岳塘区", YT, in_org=True),               # 岳塘区医保中心
        T("6年", 6, "year"),
        DR("2025年6月3日至6月9日", "2025-06-03", "2025-06-09"),
        T("5个工作日", 5, "workday"),
        PH("0731-58562309", city="湘潭市"),         # 0731 is shared; the office is 湘潭's (set 1 call 5)
        E("xtybjgw@example.com"),
    ],
}
