from gold_lib import *

HZ, XH, ZJ = "330100", "330106", "330000"           # 杭州市, 西湖区 (杭州's), 浙江省
SPEC = [
    R("杭州市", HZ, in_org=True),                   # 国家税务总局杭州市税务局
    D("2026年2月26日", "2026-02-26"),
    D("2026年3月1日起", "2026-03-01", qualifier="from"),   # 自 stays outside
    D("2025年度", "2025"),
    # 1. 2. 3. 4.: list numbers; 扣除年度选"2025": a bare year without 年 in a form field, nothing
    # 一键带入: lone 一
    M("超过15000元", 15000, qualifier="min"),
    # 第3步: an ordinal; 浙里办: 浙 is one character, nothing
    PH("12393"),
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 is not a qualifier
    T("15日", 15, "day"),                           # 15日内回复: a duration, not a day of a month
    M("上限80000元", 80000, qualifier="max"),       # 每人扣除上限80000元: 上限 is on the shared list and touches
    C("3人", 3, "person"),                          # 一家3人
    M("240000元", 240000),                          # 最多可扣240000元: 可扣 stands between
    T("5年", 5, "year"),                            # 5年备查
    m("phone", "12366", "12366", kind="service"),   # (set 18 call 1)
    # 8:30-17:00: times
    R("杭州市西湖区", XH, in_org=True),             # 杭州市西湖区税务局办税服务厅
    PH("0571-87651203"),
    R("浙江省", ZJ, in_org=True),                   # 浙江省医疗保障局
    PH("12393"),
    # V2.9.1: a version number
    D("2026年1月", "2026-01"),
    # 约156MB: megabytes, not a mention of any type
]
