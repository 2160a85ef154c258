from gold_lib import *

HZ, ZJ = "330100", "330000"                         # 杭州市, 浙江省
AGE06 = dict(age=True)
SPEC = [
    R("杭州市", HZ, in_org=True),                   # 杭州市残疾人联合会 (the notice's issuer, in its title)
    D("2025年度", "2025"),
    # 杭残联〔2025〕8号: a document number (杭 one character), nothing
    # 各区、县(市)残联: no place named
    R("浙江省", ZJ, in_title=True),                 # 《浙江省残疾人辅助器具适配补贴办法》
    D("2025年度", "2025"),
    # 一、二、(一)…(四): section numbers; 第二代: an ordinal; 共和 in 《中华人民共和国残疾人证》: part of a longer name (not 共和县)
    R("杭州市", HZ),                                # 户籍在杭州市: a place, plain
    T("0-6岁", (0, 6), "year", **AGE06),            # age range, one duration (set 65 call 8)
    # 残疾等级为一级、二级: disability grades, nothing (set 65 call 1)
    # 41-80dB: hearing loss in decibels, no unit of ours (set 99 call 2)
    M("不超过3000元", 3000, qualifier="max"),       # 每台补贴不超过3000元: 每 + classifier, no period; 补贴 before 不超过
    T("0-6岁", (0, 6), "year", **AGE06),
    C("最多2台", 2, "piece", qualifier="max"),      # 每人最多2台 (台 a piece classifier; 每人 no period for counts)
    M("最高6000元", 6000, qualifier="max"),         # 每台最高6000元
    # HA-520、BTE-300: device model numbers, nothing
    M("800元", 800),                                # 每辆补贴800元: 每 + classifier, 补贴 between
    M("4500元", 4500),
    T("5年", 5, "year"),                            # 每5年可申请1次: the interval, 每 outside (set 104 call 3)
    C("1次", 1, "time"),
    P("80%", 0.8),
    M("最高2万元", 20000, qualifier="max"),
    T("3年", 3, "year"),                            # 每3年一次: 一次 is a lone 一
    M("200-500元", (200, 500)),                     # 每件补贴200-500元: one unit, a range
    DR("2025年3月1日至11月30日", "2025-03-01", "2025-11-30"),
    T("30日", 30, "day"),                           # 适配后30日内: 内 is no qualifier
    D("次月15日前", "---15", relative_to="next_month", qualifier="until"),
    D("2025年12月底前", "2025-12", qualifier="until"),   # 底前 → until
    P("85%以上", 0.85, qualifier="min"),
    D("2024年底", "2024", qualifier="approx"),      # 截至 (a preposition) outside
    C("1.2万名", 12000, "person"),                  # 全市: no place
    M("4360万元", 43600000),
    C("13个", 13, "item"),                          # 13个区、县(市)
    PH("0571-87651234"),
    R("杭州市", HZ, in_org=True),                   # 杭州市残疾人辅助器具资源中心; 资源 (resource) a common word, not 资源县
    E("fuju_hz@example.cn"),
    U("https://www.example.gov.cn/hzcl/fuju"),
    R("杭州市", HZ, in_org=True),                   # signature
    D("2025年2月18日", "2025-02-18"),
]
