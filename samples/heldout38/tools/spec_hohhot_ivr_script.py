from gold_lib import *

HH = "150100"                                       # 呼和浩特市
SPEC = [
    R("呼和浩特市", HH, in_org=True),               # 呼和浩特市医疗保障局 (title line)
    PH("12393"),                                    # 12393医保服务热线
    # 语音导航(IVR): nothing; 版本:V3.2: a version number
    D("2025-10-08", "2025-10-08"),                  # 更新日期
    R("新城区", "150102"),                          # 呼和浩特's (西安 has one too): the document's city
    R("回民区", "150103"),
    R("玉泉区", "150104"),
    R("赛罕区", "150105"),
    R("土默特左旗", "150121"),
    R("托克托县", "150122"),
    R("和林格尔县", "150123"),
    R("清水河县", "150124"),
    R("武川县", "150125"),                          # …来电: plain places (callers from them)
    # 【全局参数】 field lines: the values carry units, so they are mentions (unlike a bare 等待期:90)
    T("8秒", 8, "second"),
    C("2次", 2, "time"),
    T("180秒", 180, "second"),
    C("36个", 36, "item"),                          # 人工坐席:36个
    # 工作日8:00-18:00: times (工作日 without a number is no duration)
    # 【节点 N00 …】: node ids N00, N10 … N99: nothing
    R("呼和浩特市", HH),                            # 呼和浩特市医疗保障服务热线: a place before a hotline, a programme (set 7 call 5), no org
    PH("12393"),
    # 请按1 … 请按0: key digits (no unit): nothing
    C("2次", 2, "time"),                            # 2次后转 N90
    D("2026年度", "2026"),
    DR("2025年10月1日至2月28日", "2025-10-01", "2026-02-28", year_inferred=True),   # crosses the year end
    M("每年400元", 400, period="year"),             # 成年居民每人每年400元
    M("每年400元", 400, period="year"),             # 中小学生和婴幼儿每人每年400元
    T("3个月", 3, "month"),
    T("90日", 90, "day"),                           # 出生后90日内: 内 is not on the list
    # “蒙速办”: 蒙 is one character
    R("内蒙古", "150000", in_org=True),             # “内蒙古税务”微信公众号: an account
    P("10个百分点", 0.1, points=True),
    T("6个月", 6, "month"),
    T("3个月", 3, "month"),                         # 间隔满3个月: 满 is not on the list
    # 自治区外: no place
    T("6个月", 6, "month"),                         # 出院后6个月内
    C("52种", 52, "kind"),
    C("12种", 12, "kind"),
    P("85%", 0.85),
    P("60%", 0.6),                                  # 60%至70%: two percents
    P("70%", 0.7),
    M("最高3万元", 30000, qualifier="max"),         # 年度限额最高3万元
    T("20个工作日", 20, "workday"),
    # 一级医院 / 二级医院 / 三级医院: hospital levels
    M("每次200元", 200, period="time"),
    M("每次500元", 500, period="time"),
    M("每次900元", 900, period="time"),
    P("最高90%", 0.9, qualifier="max"),
    M("1.6万元", 16000),
    P("60%以上", 0.6, qualifier="min"),
    M("40万元", 400000),                            # 年度最高支付40万元: 支付 between 最高 and the amount
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    P("3个百分点", 0.03, points=True),
    PH("12333"),
    PH("12345"),
    T("超过180秒", 180, "second", qualifier="min"), # 等待超过180秒: 超过 touches (shared list: min)
    PH("0471-6952318"),
    U("https://ybj.huhhot.example.gov.cn"),         # 工作日8:00-18:00: times
    # 满意度: 按1 / 按2 / 按3: key digits
    DR("2025年1-9月", "2025-01", "2025-09"),
    C("41.3万次", 413000, "time"),                  # 呼入量41.3万次
    P("93.6%", 0.936),
    T("约4分钟", 4, "minute", qualifier="approx"),
    P("98.2%", 0.982),
]
