from gold_lib import *

YC, GY, HH = "640100", "520100", "150100"           # 银川市, 贵阳市, 呼和浩特市
DOCS = {
    "heldout61-news-1": [
        R("银川市", YC),                            # 银川市一季度…: a place before the topic; 一季度: no year, no mention
        D("2025-04-21", "2025-04-21"),              # 09:05 a time
        R("银川市", YC, in_org=True),               # 来源:银川市医疗保障局
        R("银川市", YC, in_org=True),               # 记者从银川市医疗保障局获悉
        DR("2025年1-3月", "2025-01", "2025-03"),
        M("23.64亿元", 2364000000),
        P("5.2%", 0.052),
        M("19.87亿元", 1987000000),
        P("3.1%", 0.031),
        P("2.1个百分点", 0.021, points=True),       # 扩大至: verb + preposition outside
        D("3月末", "--03", qualifier="approx"),     # 截至 outside
        T("12.6个月", 12.6, "month"),
        T("7.9个月", 7.9, "month"),
        R("兴庆区", "640104"), R("金凤区", "640106"), R("西夏区", "640105"),
        # 三区: 区 is no classifier
        P("68%", 0.68),
        R("永宁县", "640121"), R("贺兰县", "640122"), R("灵武市", "640181"),
        P("1.2%", 0.012), P("0.6%", 0.006), P("2.4%", 0.024),
        # 一季度: an ordinal quarter, no year
        M("约1.3亿元", 130000000, qualifier="approx"),
        C("1,862人次", 1862, "person"),             # 医保退费1,862人次
        M("36.5万元", 365000),                      # 退费金额合计36.5万元: 合计 is not a qualifier
        D("2025年度", "2025"),                      # 市医保局: no place
        D("2月28日", "--02-28"),
        T("3个月", 3, "month"),                     # 3个月内: 内 is not a qualifier
        PH("0951-6012348"),
    ],
    "heldout61-news-2": [
        R("贵阳", GY),                              # title: 贵阳追回…, the city as the subject (plain)
        M("3,268.5万元", 32685000),                 # <strong>3,268.5</strong>万元
        D("2025年5月8日", "2025-05-08"),
        R("贵阳市", GY, in_org=True),               # 贵阳市医疗保障局
        D("2024年度", "2024"),
        C("2,974家", 2974, "institution"),
        M("3,268.5万元", 32685000),
        M("612.4万元", 6124000),                    # <span>612</span><span>.4</span>万元: one number once the tags go
        P("17.3%", 0.173),
        R("观山湖区", "520115"),                    # 观山湖区某民营医院: 某 names no body, plain
        M("¥486,320.00", 486320),                   # ￥ full-width → ¥ (set 4 call 9)
        # 2倍罚款: a multiple, nothing
        R("云岩区", "520103"),                      # 云岩区一家药店: a counted institution, plain; 一家 lone 一
        M("120元", 120),                            # 应退费120元: 退费 outside (call 2)
        C("58名", 58, "person"),
        D("4月30日前", "--04-30", qualifier="until"),
        # 单位:元: a header unit; the table cells 28,415,006 … 907,700 are bare numbers (no money)
        PH("0851-85816688"),
        M("20万元", 200000),                        # 最高可达20万元: 可达 stands between, no qualifier
    ],
    "heldout61-news-3": [
        R("呼和浩特市", HH),                        # title: a place before the topic
        D("2026年", "2026"),
        D("2025-12-16", "2025-12-16"),
        R("呼和浩特", HH, in_org=True),             # 来源:呼和浩特日报 (a newspaper, set 1 call 7)
        R("呼和浩特市", HH),
        D("2026年", "2026"),
        M("186.42亿元", 18642000000),
        D("2025年", "2025"),                        # 比2025年预计执行数
        P("4.6%", 0.046),
        M("173.05亿元", 17305000000),
        P("5.8%", 0.058),
        M("13.37亿元", 1337000000),
        M("152.9亿元", 15290000000),                # 预计达到: verbs outside
        T("10.6个月", 10.6, "month"),
        D("2026年", "2026"),
        M("每年400元", 400, period="year"),         # 每人每年400元 (set 1 call 2)
        M("每年700元", 700, period="year"),         # 不低于每人每年700元: 不低于 does not touch the amount (每人 between)
        # 每人每年CNY 280: a currency code is no unit (call 4): nothing
        M("2.15亿元", 215000000),
        M("叁仟元", 3000),                          # 一次性 (lone 一) 发放救助金人民币叁仟元整: 人民币 / 整 outside
        # 3,200户: 户 is not a classifier of the guidelines
        R("赛罕区", "150105"), R("新城区", "150102"), R("回民区", "150103"), R("玉泉区", "150104"),
        R("土默特左旗", "150121"), R("托克托县", "150122"),   # 新城区/玉泉区: 呼和浩特's in a 呼和浩特 article
        DR("2026年1月至12月", "2026-01", "2026-12"),
        PH("0471-6913520"),                         # 市医保局财务科: no place
        E("hhhtyb@example.com.cn"),
    ],
}
