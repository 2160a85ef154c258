from gold_lib import *

# A 杭州 hospital's 预约挂号 page. 东院区/西院区/南院区 are campuses, no places; 滨江院区 is a campus
# named after its district (README call 6). 西湖区 is 杭州's unless 南昌 is named (call 1).
HZ = "330100"
SPEC = [
    R("杭州市", HZ, in_org=True),                   # 杭州市第十二人民医院 (十二人: part of the ordinal 第十二 + 人民)
    D("2026-05-12", "2026-05-12"),                  # 更新时间 of the page: a plain date
    # 三级甲等: a grade; "一院四区": 一 lone, 区 no classifier
    # 东院区 / 西院区 / 南院区: campus names (方位 + 院区), no places (call 6)
    R("上城区", "330102"),                          # 上城区庆春路: 庆春路 a road
    R("西湖区", "330106"),                          # the hospital is 杭州's: 杭州's (南昌 has one too)
    R("萧山区", "330109"),
    R("滨江", "330108", in_org=True),               # 滨江院区: a campus's proper name (call 6)
    R("滨江区", "330108"),                          # 滨江区江南大道: 江南 (江南区, 南宁) is part of a road's name
    R("杭州市西湖区", "330106"),
    R("江西省南昌市西湖区", "360103"),              # …西湖区的同名医院: a generic description after 的, plain
    # 一、… 四、 and 1./2./3.: list numbers
    PH("0571-87061234"),
    PH("0571-85261234"),
    PH("0571-82761234"),
    R("杭州市", HZ),                                # 杭州市预约挂号服务热线: a place before a service (a topic), plain
    PH("12320"),
    U("https://www.hz12y.example.com"),
    # "浙里办"APP: 浙 a one-character abbreviation
    R("杭州", HZ, in_org=True),                     # "杭州健康通"小程序: an app's name
    T("7天", 7, "day"),                             # 提前7天放出; 7:30 a time; 次日: no date
    T("30分钟", 30, "minute"),
    T("超过15分钟", 15, "minute", qualifier="min"), # 超过 is on the shared list
    # 一个自然年内: lone 一
    C("3次以上", 3, "time", qualifier="min"),
    T("90天", 90, "day"),
    M("每次10元", 10, period="time"),
    M("每次25元", 25, period="time"),
    M("每次35元", 35, period="time"),
    M("每次60元", 60, period="time"),
    R("杭州市", HZ),                                # 杭州市基本医疗保险: a programme, plain
    P("70%", 0.7),
    T("65周岁以上", 65, "year", age=True, qualifier="min"),
    # 地铁1号线、3号线: line numbers, nothing; 武林广场站: 武林 is no division
    T("约10分钟", 10, "minute", qualifier="approx"),
    # 西湖景区, 西湖边: the lake (a scenic area), not the district 西湖区: no place (call 7)
    T("约20分钟", 20, "minute", qualifier="approx"),
    C("400个", 400, "item"),                        # 停车位400个
    R("萧山", "330109", in_org=True),               # 萧山国际机场: a facility's name
    # 约15公里, 2公里: kilometres are no unit of any type
    T("约25分钟", 25, "minute", qualifier="approx"),
    R("萧山区", "330109", in_org=True),             # 萧山区第一人民医院 (一人: ordinal 第一 + 人民); 2公里: no unit
    R("滨江", "330108", in_org=True),               # 滨江院区 (heading)
    # 钱塘江南岸: 钱塘 (钱塘区) is part of the river's name; 江南 straddles 钱塘江 + 南岸; 南岸 (南岸区, 重庆)
    # is "the south bank", a common word: no places
    D("2026年7月1日起", "2026-07-01", qualifier="from"),
    # 每周一至周五: weekdays, no date; 17:30-21:00: times
    R("宁波", "330200"), R("温州", "330300"), R("湖州", "330500"),
    R("杭州", HZ),                                  # 杭州本地参保人
    P("10个百分点", 0.1, points=True),
    E("hz12y_service@example.com"),
    PH("0571-87069999"),
]
