from gold_lib import *

HN, XX, HB, AY, HX, WH, JY = "410000", "410700", "410600", "410500", "410782", "410781", "419001"
# 河南省, 新乡市, 鹤壁市, 安阳市, 辉县市, 卫辉市, 济源市
SPEC = [
    R("河南省", HN, in_org=True),                   # title: 河南省医疗保障局关于…的紧急通知 (no 《》: no in_title)
    # 豫医保明电〔2025〕9号: a document number; 豫 is a one-character abbreviation
    # 各省辖市: no place
    R("济源", JY, in_org=True),                     # 济源示范区医疗保障局: an office's name; 示范区 holds no 范县
    D("2025年7月下旬", "2025-07", qualifier="approx"),
    # 我省: no place
    R("新乡", XX),
    R("鹤壁", HB),
    R("安阳", AY),                                  # 安阳: city and county short name -> the city
    R("新乡市辉县市", HX),                          # a chain: the county-level city
    R("卫辉市", WH),
    T("24小时", 24, "hour"),                        # 24小时降雨量
    # 超过600毫米: rainfall in 毫米 is no unit of ours; 卫河 a river; 警戒水位1.8米: metres, nothing
    DR("2025年8月1日至10月31日", "2025-08-01", "2025-10-31"),
    R("新乡市", XX),
    R("鹤壁市", HB),
    R("安阳市", AY),
    # 省内/省外/参保地: no places
    T("3个月", 3, "month"),                         # 3个月内: 内 is no qualifier
    P("10个百分点", 0.1, points=True),
    P("不超过95%", 0.95, qualifier="max"),
    M("1.5万元", 15000),
    M("7500元", 7500),                              # 降至7500元
    P("不低于70%", 0.7, qualifier="min"),
    M("5万元", 50000),
    M("8万元", 80000),                              # 提高至8万元
    M("每年不超过3000元", 3000, period="year", qualifier="max"),   # 每人每年不超过3000元 (heldout call 3)
    # 县级: no place
    T("24小时", 24, "hour"),                        # 24小时值班
    # 8时至20时: times of day, not a range and not durations
    T("2个工作日", 2, "workday"),                   # 2个工作日内
    D("2025年10月31日", "2025-10-31"),              # 有效期至2025年10月31日: 至 a preposition, a single date
    # 省医保局: no place
    PH("0371-65891234"),
    R("新乡市", XX, in_org=True),                   # 新乡市医保局
    PH("0373-3561234"),
    PH("12393"),
    E("ybj_jjzd@example.gov.cn"),
    R("河南省", HN, in_org=True),                   # signature: 河南省医疗保障局
    D("2025年8月1日", "2025-08-01"),
]
