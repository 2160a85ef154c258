from gold_lib import *

HB, WH, HS = "420000", "420100", "420111"
SPEC = [
    R("湖北省", HB, in_org=True),                   # 湖北省医疗保障局 (byline)
    D("2025-09-15", "2025-09-15"),
    R("湖北省", HB, in_org=True),                   # 湖北省医药集中采购平台: a platform's name
    # “一般”“中等”“严重”“特别严重”: levels, nothing
    T("2年", 2, "year"),                           # 在限制期满2年前: 前 is a date word, not on the shared list; 满 is no qualifier
    T("3个月", 3, "month"),                        # 满3个月
    T("12个月", 12, "month"),                      # 满12个月
    T("12个月", 12, "month"),                      # 修复前12个月内: 内 is no qualifier
    # 第3次申请修复: ordinal
    T("30日", 30, "day"),                          # 满足条件后30日内
    # 每季度受理一次: lone 一
    DR("1日至10日", "---01", "---10"),             # 每季度首月的1日至10日: a day window with no month; quarterly is no recurrence of the guidelines (call 4)
    DR("2026年1月1日至1月10日", "2026-01-01", "2026-01-10"),
    # 1. 2. 3.: list numbers
    C("1份", 1, "piece"),
    C("2份", 2, "piece"),                          # 复印件各2份
    # 统一社会信用代码:914201007483215569: an ID, nothing
    T("15个工作日", 15, "workday"),
    T("5个工作日", 5, "workday"),
    T("12个月", 12, "month"),                      # 12个月后 (like 30日后)
    R("湖北", HB, in_org=True),                     # “信用湖北”平台
    M("3000元", 3000),                             # 3000元至5万元: two units, two amounts (heldout call 4)
    M("5万元", 50000),
    R("武汉市洪山区", HS),                          # address chain; 中北路156号, 邮编430071: nothing
    PH("027-87231466"),
    # 9:00-12:00, 14:00-17:30: times of day
    E("xyxf@hbyb.example.gov.cn"),
]
