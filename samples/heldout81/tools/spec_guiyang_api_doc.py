from gold_lib import *

GY = "520100"                                       # 贵阳市 (贵州省)
SPEC = [
    R("贵阳市", GY, in_org=True),                   # 贵阳市医疗保障局数据开放接口文档(v2.1): the bureau's name; v2.1 a version, nothing
    # 文档编号:GYYB-API-2025-007: a document number, nothing
    D("2025-06-30", "2025-06-30"),
    R("贵阳市", GY, in_org=True),                   # 贵阳市大数据开放平台: a platform's proper name; “筑数开放” no place
    # 一、…六、: section numbers
    R("贵阳市", GY),                                # 提供贵阳市医保定点医药机构…数据: a topic; 医保定点: 保定 is no place
    C("两类", 2, "kind"),
    # v2.1版本, v1.x版本: versions, nothing
    D("2025年7月1日起", "2025-07-01", qualifier="from"),   # 自 outside
    D("2025年12月31日", "2025-12-31"),
    T("6个月", 6, "month"),                         # 6个月内: 内 is no qualifier
    # 二、调用限制 1.–3.: list numbers
    C("60次", 60, "time"),                          # 每分钟最多调用60次: 调用 stands between 最多 and the count; 每分钟 no period of a count
    C("不超过5000次", 5000, "time", qualifier="max"),   # 每日累计不超过5000次
    # 错误码429: a code, nothing
    T("60秒", 60, "second"),                        # 等待60秒后重试: 后 outside
    C("200条", 200, "item"),                        # 最多返回200条记录: 返回 between
    # pageSize取值1-200,默认20: bare numbers
    T("不超过1秒", 1, "second", qualifier="max"),
    # 每日02:00同步一次: a time of day; 一次 a lone 一
    # 三、接口1: a label number
    U("https://open.gyyb.example.gov.cn/api/v2.1/institutions"),
    # regionCode … 如520102(南明区): the division code is a bare number; the place in brackets after it is plain
    R("南明区", "520102"),
    R("观山湖区", "520115"),
    # level 整数 医院等级,1-3: hospital levels, bare numbers
    # ISO 8601: a standard's number, nothing
    D("2025-06-01", "2025-06-01"),                  # 2025-06-01T00:00:00+08:00: the date; the time and offset are nothing (set 36 call 2)
    # JSON: "code": 200, "total": 1827: bare numbers; "H52010200315": a code
    R("贵州省", "520000", in_org=True),             # "贵州省人民医院"
    R("南明区", "520102"),                          # "regionName": "南明区": a value, plain (as a CSV cell, set 31)
    # "level": 3, "bedCount": 2800: bare numbers
    PH("0851-85937521"),                            # "phone": "0851-85937521": the quotes are JSON's
    D("2025-06-30", "2025-06-30"),                  # "2025-06-30T12:00:00"
    # 四、接口2
    U("https://open.gyyb.example.gov.cn/api/v2.1/settlements/monthly?month=2025-06"),   # numbers inside a URL: nothing
    # YYYY-MM, 单位:万元 (no number), 精确到0.01 (bare): nothing
    D("2025-06", "2025-06"),                        # "month": "2025-06": ISO at month precision
    # "fundPaid": 48213.57, "visits": 2365410, "ratio": 0.687: numbers with no unit, nothing
    D("2025年6月", "2025-06"),
    # 全市: no place
    M("4.82亿元", 482000000),
    P("68.7%", 0.687),
    # 五、错误码 200/401/403/429/500: codes, nothing
    # 六、更新记录: v2.1, v2.0, v1.0 versions; 新增接口2: a label number; nothing
    D("2025-06-30", "2025-06-30"),
    C("30次", 30, "time"),                          # 由30次提高到60次: two counts
    C("60次", 60, "time"),
    D("2024-11-15", "2024-11-15"),
    D("2023-08-01", "2023-08-01"),
    R("贵阳市", GY, in_org=True),                   # 贵阳市医疗保障信息中心
    PH("0851-85821374"),
    # 9:00-17:30: times of day
    E("api-support@gyyb.example.gov.cn"),
]
