from gold_lib import *

AH, WH = "340000", "340200"                         # 安徽省, 芜湖市
WW, WZ, NL = "340281", "340210", "340223"           # 无为市, 湾沚区, 南陵县
WHR = lambda t="芜湖": R(t, WH)                     # the keyword 芜湖 (a place before a topic: plain)
SPEC = [
    # title line: every 芜湖医保报销比例2025 has a bare year (2025 with no 年): nothing
    WHR(), WHR(), WHR("芜湖市"),
    # -医保查询网: the site's name has no place
    WHR(), WHR(), WHR(), WHR("芜湖市"),             # 关键词 line
    R("安徽芜湖", WH),                              # a chain: the city
    WHR(), WHR(),                                   # 2025芜湖医保…: bare year; 芜湖医保报销比例2025最新
    WHR(),                                          # "芜湖医保报销比例2025"
    WHR("芜湖市"),
    # 一次性讲清楚: lone 一
    WHR(),                                          # 一、芜湖医保报销比例2025(职工医保)
    WHR(),                                          # 芜湖职工医保
    P("95%", 0.95),
    P("90%", 0.9),
    P("85%", 0.85),
    P("5个百分点", 0.05, points=True),
    P("不超过98%", 0.98, qualifier="max"),
    M("300元", 300),
    M("500元", 500),
    M("800元", 800),
    M("每年25万元", 250000, period="year"),         # 每人每年25万元 → 每年25万元
    M("60万元", 600000),                            # 最高可达60万元: 可达 stands between 最高 and the amount
    WHR(),                                          # 二、芜湖医保报销比例2025最新
    WHR("芜湖市"),
    D("2025年", "2025"),
    M("每年400元", 400, period="year"),
    M("100元", 100),
    P("90%", 0.9),
    M("400元", 400),
    P("80%", 0.8),
    M("700元", 700),
    P("70%", 0.7),
    M("1000元", 1000),
    P("60%", 0.6),
    R("无为市", WW),
    R("湾沚区", WZ),
    R("南陵县", NL),
    WHR(),                                          # 三、芜湖医保报销流程2025
    WHR(),
    # 1. 2. 3.: list numbers
    WHR("芜湖市"),                                  # 在芜湖市内: the city (内 is not part of it)
    # "皖事通": 皖 is a one-character abbreviation
    R("安徽", AH, in_org=True),                     # "安徽医保公共服务" (a service account's name)
    T("6个月", 6, "month"),                         # 6个月内: 内 is not a qualifier
    R("芜湖市", WH, in_org=True),                   # 芜湖市医疗保障局
    T("20个工作日", 20, "workday"),
    WHR(),                                          # 四、芜湖医保报销需要什么材料
    C("5种", 5, "kind"),
    # 缺一不可: no number
    WHR(),                                          # 芜湖医保咨询电话: a place before a service, plain
    PH("0553-3119876"),
    # (工作日8:30-17:30): times of day
    WHR(),
    PH("12393"),
    WHR(), WHR(), WHR(), WHR(),                     # 以上就是芜湖…、芜湖…、更多芜湖…、芜湖医保报销流程
    # 阅读量10万+ (万 with no 元 and no classifier), 点赞2563: counters, nothing
    U("www.yibaocx.example.com/anhui/wuhu/2025-0312.html"),   # 本文地址: a www URL; wuhu/2025-0312 inside it is nothing
    Article("related-01"),
    WHR(),                                          # 芜湖医保报销比例2024和2025: bare years
    D("2024年", "2024"),
    D("2025年", "2025"),
    WHR(),
    M("380元", 380),
    M("400元", 400),
    M("1000元", 1000),
    M("800元", 800),
    P("60%", 0.6),
    D("2025-03-11", "2025-03-11", role="pubdate"),
    Article("related-02"),
    WHR(),                                          # 芜湖医保断交了怎么补交2025: bare year
    WHR(),
    T("3个月以内", 3, "month", qualifier="max"),
    # 次月起: a relative month with no day and no number, nothing
    T("3个月", 3, "month"),
    WHR(),                                          # 芜湖医保补缴咨询
    PH("0553-3119877"),
    D("2025-02-26", "2025-02-26", role="pubdate"),
    Article("related-03"),
    WHR(),                                          # 芜湖医保卡余额查询方法2025最新: bare year
    WHR(),
    R("安徽", AH, in_org=True),                     # "安徽医保公共服务"小程序
    WHR(),                                          # 芜湖各大银行网点: a place before a generic description (plain)
    PH("12333"),
    T("3分钟", 3, "minute"),
    D("2025-02-10", "2025-02-10", role="pubdate"),
]
