from gold_lib import *

HZ = "330100"                                       # 杭州市
SPEC = [
    R("杭州市", HZ, in_org=True),                   # 杭州市医疗保障局
    R("杭州市", HZ, in_org=True),                   # 杭州市卫生健康委员会
    # 杭医保〔2026〕3号: a document number (杭: one character), nothing
    # 各区、县(市): no places
    M("每次50元", 50, period="time"),
    C("2名以上", 2, "person", qualifier="min"),     # 同一户: lone 一
    # 第二名起: an ordinal, nothing
    M("每人次25元", 25, period="time"),             # 每人次 → time (per visit)
    # 按公里计算, 10公里以内(含): distances, no unit of any type
    M("2元", 2),                                    # 每公里2元: 每公里 is no period (公里 is no time), like 每人200元
    M("不超过40元", 40, qualifier="max"),
    T("80周岁以上", 80, "year", age=True, qualifier="min"),
    P("50%", 0.5),
    C("不超过12次", 12, "time", qualifier="max"),   # 每年减免不超过12次: 每年 does not touch, and counts take no period
    R("西湖区", "330106"),                          # 杭州's (the article's city), not 南昌's
    R("拱墅区", "330105"),
    R("上城区", "330102"),
    D("2026年3月1日起", "2026-03-01", qualifier="from"),
    D("2026年7月1日起", "2026-07-01", qualifier="from"),
    T("2年", 2, "year"),                            # 试行期2年
    T("30日", 30, "day"),                           # 提前30日
    # 附:价格表: 计价单位 次 in its own cell is no period (heldout set 'shoufei_gongshi')
    M("50元", 50),
    M("8元", 8),
    M("35元", 35),
    # 三级医院: a hospital level, nothing
    P("10%", 0.1),                                  # 可上浮10%
    PH("0571-87065432"),
    PH("12345"),
    R("杭州市", HZ, in_org=True),                   # signature
    R("杭州市", HZ, in_org=True),
    D("2026年2月10日", "2026-02-10"),
]
