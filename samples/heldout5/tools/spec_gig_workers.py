from gold_lib import *

ZJ, HZ = "330000", "330100"                         # 浙江省, 杭州市
SPEC = [
    # title: 通道 in “新通道” is a common word (the guidelines' example), no place
    R("浙江杭州", HZ),                              # a two-level chain without suffixes
    R("广东省深圳市", "440300"),                    # a chain with suffixes
    D("2025年6月18日", "2025-06-18"),
    R("浙江省", ZJ, in_org=True),                   # 来源:浙江省医疗保障局网站
    D("6月18日", "--06-18"),                        # 6月18日上午
    R("浙江省", ZJ, in_org=True),                   # 浙江省人民政府新闻办公室
    # 全省, 省医疗保障局, 我省: no place; 陈某: a person
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    T("16周岁", 16, "year", age=True),              # 年满16周岁至法定退休年龄 (年满 no qualifier; the end is no number)
    # 上年度全省全口径城镇单位就业人员平均工资的60%—300%: two percents (each % its own)
    P("60%", 0.6),
    P("300%", 3),
    P("8%", 0.08),                                  # 8%-12%: two
    P("12%", 0.12),
    R("浙江杭州", HZ),                              # 其中浙江杭州按9%执行
    P("9%", 0.09),
    D("2024年", "2024"),
    M("7,520元", 7520),                             # 月平均工资7,520元 (月 is an adjective of 平均工资, no period word)
    P("60%", 0.6),
    P("9%", 0.09),
    M("约为406元", 406, qualifier="approx"),        # 月缴费额约为406元
    P("100%", 1),
    M("每月677元", 677, period="month"),
    T("6个月", 6, "month"),                         # 连续缴费满6个月后 (满 no qualifier; 后 outside: 30日后 → 30日)
    T("3个月以内", 3, "month", qualifier="max"),
    T("12个月", 12, "month"),                       # 满12个月的
    T("55周岁", 55, "year", age=True),              # 女满55周岁
    T("60周岁", 60, "year", age=True),
    T("20年", 20, "year"),                          # 累计缴费满20年
    R("广东", "440000"),                            # 和广东等地相比
    R("浙江", ZJ),                                  # 浙江的做法
    R("广东省深圳市", "440300"),
    D("2024年起", "2024", qualifier="from"),        # 自2024年起
    R("江苏苏州", "320500"),
    R("四川成都", "510100"),
    # 美团、饿了么、滴滴出行: no places
    C("3家", 3, "institution"),
    R("杭州市", HZ),
    R("宁波市", "330200"),
    R("温州市", "330300"),
    M("0.3元", 0.3),                                # 每单0.3元: 每 + a classifier is no period (set 3 call 4)
    M("每月最高150元", 150, period="month", qualifier="max"),   # period and qualifier (set 1 call 3)
    R("杭州市西湖区", "330106"),
    R("宁波市鄞州区", "330212"),
    C("1.2万名", 12000, "person"),
    # “浙里办”: 浙 is a one-character abbreviation (set 4)
    P("31.5%", 0.315),
    P("46.8%", 0.468),
    P("15.3个百分点", 0.153, points=True),
    # “浙里办”APP: nothing
    R("浙江", ZJ, in_org=True),                     # “浙江医保”微信公众号
    T("1个工作日", 1, "workday"),                   # 最快1个工作日 (最快 is no qualifier; digit 1)
    PH("0571-87053261"),
    PH("12393"),
    R("浙江省", ZJ, in_org=True),                   # byline 浙江省医疗保障局 新闻宣传处
    E("zjyb_xwc@example.com.cn"),
]
