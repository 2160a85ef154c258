from gold_lib import *

HZ, AH, JX, XS, YH, ZJ = "330100", "340000", "360000", "330109", "330110", "330000"
SPEC = [
    R("杭州市", HZ, in_org=True),                   # 杭州市人力资源和社会保障局 (资源: a word, not 资源县)
    D("2025年7月2日", "2025-07-02"),
    # 问1 … 问6: question numbers
    R("杭州市", HZ, in_org=True),                   # 杭州市公安局交通警察支队
    # 公安局: 公安 is a word, not 公安县
    # 杭公交认字〔2025〕第0571203号: a report number, not a phone although it starts with 0571 (call 3)
    P("100%", 1),
    M("每天40元", 40, period="day"),
    M("每天300元以内", 300, period="day", qualifier="max"),   # 每人每天: 每人 is no period
    T("不超过12个月", 12, "month", qualifier="max"),
    T("12个月", 12, "month"),                       # 延长期最长12个月: 最长 is not on the list
    # 需要延长的 / 可延长 / 延长期: 延长 is a verb or noun here, not a place
    T("6个月", 6, "month"),                         # 6个月的…月平均工资 (call 2)
    P("40%", 0.4),                                  # 配偶每月40%: 每月 is no part of a percent
    P("30%", 0.3),
    P("10%", 0.1),
    # 20倍: a multiple, nothing
    # 一次性工亡补助金: lone 一; 上一年度 (the previous year): no number of years, nothing
    D("2025年", "2025"),
    M("1,036,420元", 1036420),
    R("杭州", HZ),                                  # 在杭州受伤
    R("安徽省", AH),
    R("江西省", JX),
    T("3个工作日", 3, "workday"),
    R("萧山区", XS),
    R("余杭区", YH),
    PH("12333"),
    R("杭州市", HZ),                                # 杭州市工伤保险服务专线: a place before a service, plain
    PH("0571-87061588"),                            # 8:30-17:00: times
    E("gsfaq@hzrs.example.com"),
    R("浙江", ZJ, in_org=True),                     # 浙江政务服务网: a site's name
    U("https://www.zjzwfw.example.gov.cn"),
    C("6个", 6, "item"),
    C("1.2万人次", 12000, "person"),
]
