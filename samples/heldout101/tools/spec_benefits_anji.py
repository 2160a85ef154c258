from gold_lib import *

AJ, HZ, ZJ = "330523", "330500", "330000"          # 安吉县, 湖州市, 浙江省
SPEC = [
    R("安吉县", AJ),                                # title: a place before a topic (优待证持证人员优待项目清单)
    # (2025版): a bare year with 版, no 年: nothing
    R("安吉县", AJ, in_org=True),                   # 安吉县退役军人事务局
    D("2025-01-06", "2025-01-06"),
    R("浙江省", ZJ, in_title=True),                 # 《浙江省退役军人和其他优抚对象优待办法》: a title, not an organisation
    # 我县: no place; 第一批: ordinal
    C("22项", 22, "item"),
    # 一、… 四、, 1. … 10.: list numbers
    R("安吉", AJ),                                  # 安吉至湖州城际公交: places of a route, plain
    R("湖州", HZ),
    P("五折", 0.5),
    # A级景区: a grade, nothing
    T("2小时", 2, "hour"),                          # 每日首2小时: 每日 is no period for a duration
    R("安吉县", AJ, in_org=True),                   # 安吉县人民医院
    R("安吉县", AJ, in_org=True),                   # 安吉县中医医院
    C("7家", 7, "institution"),
    # 体检一次: lone 一; B超: nothing
    C("12项", 12, "item"),
    DR("每年4月1日至10月31日", "--04-01", "--10-31", recurring="yearly"),
    # 一至四级残疾军人: grades, nothing
    P("30%", 0.3),
    M("每年不超过5000元", 5000, period="year", qualifier="max"),   # 每人每年不超过5000元 (set 1 call 3)
    T("70周岁", 70, "year", age=True),              # 年满 is not a qualifier
    C("2次", 2, "time"),                            # 每月2次: 每月 is not part of a count
    C("1名", 1, "person"),                          # digit 1 is not a lone 一 (set 1 call 13)
    P("八折", 0.8),                                 # like 五折: the share paid
    R("安吉", AJ, in_org=True),                     # 中国移动安吉分公司: a company's branch
    M("每月10元", 10, period="month"),
    T("24个月", 24, "month"),
    # 9.县内合作商户: 合作 is a word here (合作市, 甘南), nothing; 附件2: an attachment number, nothing
    T("30日", 30, "day"),                           # 须在30日内: 内 is not a qualifier
    # 乡镇(街道): no place
    D("2024年底", "2024", qualifier="approx"),
    C("3856张", 3856, "piece"),
    P("98%左右", 0.98, qualifier="approx"),
    PH("0572-5123456"),
    PH("12345"),                                    # 12345转2: 转2 is an extension, nothing
    # 18位编号: 位 counts people, here digits of a code: nothing (call 5);
    # 330523199001012345: an ID number (it starts with 安吉县's code), nothing
    T("10年", 10, "year"),
]
