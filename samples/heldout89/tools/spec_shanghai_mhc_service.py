from gold_lib import *

SH, XH, MH = "310000", "310104", "310112"           # 上海市, 徐汇区, 闵行区
SPEC = [
    # 门诊服务指南: no numbers
    R("上海市", SH, in_org=True),                   # 上海市精神卫生中心
    D("2025-03-03", "2025-03-03"),                  # 更新日期; 点击:5280 a counter
    # 一、 section numbers
    R("徐汇", XH, in_org=True),                     # 徐汇院区: a campus's name (call 4)
    R("上海市徐汇区", XH),                          # address chain; 宛平南路600号: road and number (平南 inside it: no 平南县)
    # 地铁12号线: a line's number; 龙华站: a station (龙华 is no 龙华区 here)
    T("约10分钟", 10, "minute", qualifier="approx"),
    R("闵行", MH, in_org=True),                     # 闵行院区 (call 4)
    R("闵行区", MH),                                # address; 沪闵路3210号: 沪 one character, road and number
    # 1号线, 莲花路站: a line's number, a station (莲花 is no 莲花县 here)
    T("约15分钟", 15, "minute", qualifier="approx"),
    C("两个", 2, "item"),
    # 二、 周一至周日 8:00-11:30,13:00-16:30, 17:00-20:00: weekdays and times
    T("24小时", 24, "hour"),
    # table (one cell a line)
    T("50分钟", 50, "minute"),                      # 每次50分钟: a session's length (每次 is a period of money only)
    M("200元/次", 200, period="time"),
    T("50分钟", 50, "minute"),
    M("150元/次", 150, period="time"),
    T("不少于30分钟", 30, "minute", qualifier="min"),
    M("120元/次", 120, period="time"),
    P("70%", 0.7),                                  # <strong>70</strong>%
    T("1.5小时", 1.5, "hour"),
    M("300元/次", 300, period="time"),
    P("50%", 0.5),
    C("8-12人", {"min": 8, "max": 12}, "person"),   # 团体心理治疗(8-12人): a group's size
    T("2小时", 2, "hour"),
    M("每次60元", 60, period="time"),               # 每人每次60元: 每人 is no period
    P("50%", 0.5),
    C("1次", 1, "time"),                            # 每周1次
    C("6至10次", {"min": 6, "max": 10}, "time"),    # 一个周期: lone 一
    # 首次: an ordinal; SCL-90, SDS, SAS: scale names
    M("30元", 30),                                  # 每项30元: 每 + a classifier is no period
    # SDS标准分53分以上: a score, no unit of any type
    C("2,088张", 2088, "piece"),                    # 开放床位2,088张
    M("每床日40元", 40, period="day"),
    M("每床日55元", 55, period="day"),
    P("85%", 0.85),                                 # 本市: no place
    P("75%", 0.75),
    D("2024年", "2024"),
    T("42.3天", 42.3, "day"),
    R("江苏省", "320000"),                          # 外省市: no place
    R("浙江省", "330000"),
    # “健康云”APP: no place
    R("上海市", SH, in_org=True),                   # “上海市精神卫生中心”微信公众号
    PH("021-64387250"),                             # (7:30-17:00) times
    PH("021-64381927"),
    T("24小时", 24, "hour"),
    PH("12393"),
    PH("12320"),
    U("https://www.smhc.example.org.cn/mzzn"),      # the href attribute is no text
    E("service@smhc.example.org.cn"),
]
