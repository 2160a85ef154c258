from gold_lib import *

DT, CZ, HN, SC = "140200", "431000", "430000", "520204"   # 大同市, 郴州市, 湖南省, 水城区
DOCS = {
    "heldout99-kuaixun-1": [
        R("大同市", DT),                          # title: 大同市开展…
        D("2025-03-12", "2025-03-12"),            # the item's own date line: a plain date
        R("大同市", DT, in_org=True),            # 来源:大同市卫生健康委员会
        DR("3月10日至4月30日", "--03-10", "--04-30"),
        R("大同市", DT),
        # 市职业病防治院: no place
        R("左云县", "140226"),                    # 左云县、云州区等6个县区: places before a counted group, plain
        R("云州区", "140215"),
        C("6个", 6, "item"),
        C("12家", 12, "institution"),
        R("大同", DT, in_org=True),              # 原大同矿务局: a place inside a 矿务局's name
        C("8000人左右", 8000, "person", qualifier="approx"),
        T("3年", 3, "year"),                      # 接尘工龄满3年 (满 is no qualifier)
        T("45至70岁", (45, 70), "year", age=True),
        M("50元", 50),                            # 每人补助交通费50元: 每人 is no period
        D("2024年", "2024"),
        C("128例", 128, "case"),
        P("15.3%", 0.153),
        PH("0352-5027139"),
    ],
    "heldout99-kuaixun-2": [
        R("郴州", CZ),
        P("80%", 0.8),
        D("2025-06-03", "2025-06-03"),
        R("湖南", HN, in_org=True),              # 湖南日报 (a newspaper)
        R("郴州市", CZ, in_org=True),            # 郴州市医疗保障局
        D("2025年7月1日起", "2025-07-01", qualifier="from"),   # 自 is a preposition, outside
        P("70%", 0.7), P("80%", 0.8),
        M("6万元", 60000),                        # 年度救助限额…: 限额 is no qualifier
        M("10万元", 100000),
        C("约4600人", 4600, "person", qualifier="approx"),
        R("临武", "431025"), R("嘉禾", "431024"),
        # 两县: 县 is no classifier
        P("四成以上", 0.4, qualifier="min"),
        M("约1200万元", 12000000, qualifier="approx"),   # 每年新增救助资金约1200万元: 每年 does not touch
        C("3000余人", 3000, "person", qualifier="min"),
        R("郴州市", CZ),                          # 郴州市医保服务热线: a place before a service line (a topic), plain
        PH("0735-2889012"),
        E("czyb_jz@example.com"),
    ],
    "heldout99-kuaixun-3": [
        R("水城区", SC),                          # title: 水城区康复站 (the district's stations, no one body): plain
        D("2025-09-18", "2025-09-18"),
        R("六盘水市水城区", SC, in_org=True),    # 六盘水市水城区卫生健康局: a chain inside an office's name
        DR("9月1日至9月30日", "--09-01", "--09-30"),
        R("水城区", SC),
        C("8个", 8, "item"),
        C("不少于4次", 4, "time", qualifier="min"),   # 每站每周安排不少于4次: counts take no period
        T("约1小时", 1, "hour", qualifier="approx"),
        C("2,380人次", 2380, "person"),
        # 1500册: 册 is no classifier
        # (1500 stays a bare number in the review's list)
        C("300个", 300, "item"),
        P("97.5%", 0.975),
        R("水城区", SC),
        R("水城县", SC, renamed_from="水城县"),    # 原为水城县: the former name (县→区, 2020)
        D("2020年", "2020"),
    ],
}
