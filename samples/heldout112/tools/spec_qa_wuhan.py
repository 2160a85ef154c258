from gold_lib import *

WH = "420100"                                        # 武汉市
SPEC = [
    R("武汉", WH, in_org=True),                     # title: 武汉医保为您解答 (the office / account answers)
    R("武汉", WH, in_org=True),                     # 来源:"武汉医保"微信公众号: an account
    D("2025年3月12日", "2025-03-12"),
    # 20位数字, 一盒一码, 每一盒药: digits of a code; lone 一
    # "国家医保服务平台"小程序: no place
    # 20位追溯码 (如 8132 0045 6781 2300 9876): a code split by spaces, not a phone, nothing
    C("2次以上", 2, "time", qualifier="min"),
    C("不超过50次", 50, "time", qualifier="max"),   # 每天可查询不超过50次: 每天 is a period only for money
    D("2025年2月底", "2025-02", qualifier="approx"),# 截至…: 截至 outside
    C("超过36万家", 360000, "institution", qualifier="min"),
    R("湖北省", "420000"),                          # 湖北省内: 内 outside
    P("93.5%", 0.935),
    R("武汉市", WH),
    P("97%以上", 0.97, qualifier="min"),
    R("武昌区", "420106"),
    R("宜昌", "420500"),
    R("襄阳", "420600"),
    R("武汉市", WH, in_org=True),                   # 武汉市医保局投诉举报电话
    PH("027-85571286"),
    PH("12345"),
    M("不超过20万元", 200000, qualifier="max"),     # 最高不超过20万元: 不超过 touches (最高 kept out, one qualifier; as earlier sets)
    T("15个工作日", 15, "workday"),                 # 15个工作日内
    C("两家", 2, "institution"),                    # 两家药店; 同一个追溯码: lone 一
    D("2024年", "2024"),
    C("1,436条", 1436, "item"),
    C("26家", 26, "institution"),
    T("30日", 30, "day"),                           # 30日内
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    M("500元以上", 500, qualifier="min"),
]
