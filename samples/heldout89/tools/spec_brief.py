from gold_lib import *

BJ, HD, NJ, QH, XN = "110000", "110108", "320100", "630000", "630100"
H12356 = m("phone", "12356", "12356", kind="service")   # not in gold_lib's SERVICE list (README, Gold)
DOCS = {
    "heldout89-jsonl-1": [
        R("北京市海淀区", HD),                      # title: a chain, a topic
        M("每年2400元", 2400, period="year"),       # 每人每年: 每人 is no period
        # 刘敏: a person
        D("3月14日", "--03-14"),
        R("海淀区", HD, in_org=True),               # 海淀区卫生健康委
        D("2025年4月1日起", "2025-04-01", qualifier="from"),
        R("海淀区", HD),                            # 海淀区在册…患者: a topic
        M("每年1800元", 1800, period="year"),
        M("每年2400元", 2400, period="year"),
        M("每季度600元", 600, period="quarter"),    # 按季度: no number
        C("约6,300人", 6300, "person", qualifier="approx"),   # 全区: no place
        P("约84%", 0.84, qualifier="approx"),
        P("100%", 1),
        C("4,812名", 4812, "person"),
        R("北京", BJ, in_org=True),                 # 北京安定医院 (安定: no place)
        R("北京", BJ, in_org=True),                 # 北京回龙观医院 (回龙观: a township-level area)
        C("3家", 3, "institution"),
        C("29家", 29, "institution"),
        T("2周", 2, "week"),                        # 每2周随访1次: the interval
        C("1次", 1, "time"),
        R("北京海淀", HD, in_org=True),             # “北京海淀”APP
        PH("010-88487152"),
        H12356,
        R("北京市", BJ),                            # 北京市心理援助热线: a service, plain
        PH("010-82957416"),
        T("24小时", 24, "hour"),
    ],
    "heldout89-jsonl-2": [
        R("南京", NJ, in_org=True),                 # 南京脑科医院
        D("2025年5月8日", "2025-05-08"),
        C("1,200张", 1200, "piece"),                # <b>1,200</b>张
        R("南京市", NJ),                            # 南京市职工医保参保患者: a topic
        T("30天", 30, "day"),                       # 住院前30天: 前 stands before the number
        M("每床日380元", 380, period="day"),
        M("每床日260元", 260, period="day"),
        P("10%", 0.1),
        P("20%", 0.2),
        M("5000元", 5000),
        T("约为35天", 35, "day", qualifier="approx"),
        R("江宁区", "320115"),                      # 南京's districts
        R("浦口区", "320111"),
        R("六合区", "320116"),
        T("90日", 90, "day"),                       # 满90日: 满 is not on the list
        T("3个工作日", 3, "workday"),
        PH("025-83295071"),
        PH("025-83295068"),
    ],
    "heldout89-jsonl-3": [
        R("青海", QH),                              # title 青海:…: a topic
        D("6月10日", "--06-10"),
        R("青海省", QH, in_org=True),               # 青海省医疗保障局
        D("2025年7月1日起", "2025-07-01", qualifier="from"),
        R("青海省", QH, in_org=True),               # 青海省康宁医院
        T("超过180天", 180, "day", qualifier="min"),
        M("每年8000元", 8000, period="year"),       # 年度支付限额为每年8000元
        P("65%", 0.65),
        D("2024年", "2024"),
        R("西宁市", XN),
        R("海东市", "630200"),
        C("1,045名", 1045, "person"),
        M("约4.6万元", 46000, qualifier="approx"),  # 人均住院费用约4.6万元
        R("湟中区", "630106"),
        R("湟源县", "630123"),                      # 县医院: no name
        T("不超过1个月", 1, "month", qualifier="max"),   # 每次开药: no number
        PH("0971-6318822"),
        PH("12345"),
    ],
}
