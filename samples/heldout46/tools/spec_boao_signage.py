from gold_lib import *

HN, QH = "460000", "469002"                           # 海南省, 琼海市 (a county-level city directly under the province)
SPEC = [
    # 博鳌超级医院: 博鳌 is a town, no unit
    R("海南", HN),                                    # 海南博鳌乐城国际医疗旅游先行区: a zone, plain (set 24 call 2)
    # Hainan Boao Lecheng …: English, nothing
    R("海南省琼海市", QH),                            # address chain; 博鳌镇 (a town), 乐城岛: nothing
    # B1, 1F, 2F, 3F, 电梯 Lift 1-5F, 3号诊室 Consulting Room 3: floors and room numbers, nothing
    # 1. list numbers of the notice
    R("海南省", HN),                                  # 海南省医保: a programme, plain
    T("24小时", 24, "hour"),                          # 24 hours: English, nothing
    P("10%", 0.1),                                    # 最低为10%: 为 stands between, no qualifier
    P("10%", 0.1),                                    # as low as 10%: a percent in an English line (set 10 call 2)
    # 惠琼保: 琼 is a one-character abbreviation
    M("100万元", 1000000),                            # 最高可报销100万元: 可报销 stands between (set 44)
    # CNY 1,000,000: a currency code (call 2)
    T("60周岁以上", 60, "year", age=True, qualifier="min"),   # aged 60+: nothing; 绿色通道: 通道 is a common word
    # 一楼: a floor (lone 一, no classifier)
    C("3个", 3, "item"),                              # 医保结算窗口共3个; Three …: an English numeral word, nothing
    M("¥25/次", 25, period="time"),                  # ¥ is the unit written before the number (sets 4, 19; call 3 as corrected)
    M("50元/次", 50, period="time"),                  # (RMB 50 per visit): nothing
    M("300元/人次", 300, period="time"),              # /人次 after the unit: 每人次 → time (guidelines)
    M("每床日120元", 120, period="day"),              # (RMB 120 per bed-day): nothing
    R("海南省", HN),                                  # 海南省职工医保: a programme
    P("85%", 0.85), P("90%", 0.9),                    # 85%–90%: every % is its own mention
    P("70%", 0.7),
    M("2万元", 20000),                                # 免赔额2万元; Deductible: 20,000 yuan: nothing
    # Mon–Sun 8:00-17:30: times of day
    D("2025年2月1日起", "2025-02-01", qualifier="from"),   # 延长服务至20:00: 延长 is a verb (not 延长县), 20:00 a time
    # From 1 Feb 2025 … until 20:00: English date and a time, nothing
    DR("2025年1月28日至2月4日", "2025-01-28", "2025-02-04"),
    # (28 Jan – 4 Feb 2025): an English range, nothing (call 1)
    T("约30分钟", 30, "minute", qualifier="approx"),  # about 30 min: nothing
    PH("0898-62766120", city="琼海市"),              # 0898 is all of 海南: the city of the page's address (set 1 call 5)
    m("phone", "+86-898-6276 5000", "+8689862765000", kind="fixed", area_code="0898",
      area_city="琼海市"),                            # international form
    R("海南", HN),                                    # 海南医保服务热线: a hotline of a programme, plain (南县新农合医保电话)
    PH("12393"),
    PH("120"),
    E("intl@boao-hospital.example.cn"),
]
