from gold_lib import *

ST = "440500"                                       # 汕头市
SPEC = [
    R("汕头", ST),                                  # headline 汕头人注意: a place before 人 (people of), no org
    D("2026年", "2026"),
    M("20块", 20),                                  # 每人涨了20块: 涨了 between 每人 and the amount
    # 潮汕生活圈: the author's account; 潮汕 is no unit of the gazetteer (a cultural region)
    D("2025-11-22", "2025-11-22"),                  # the post time; 08:15 a time of day
    R("广东", "440000"),                            # IP属地:广东: a plain place (set 34)
    # 阅读量 10万+: a counter with no classifier: nothing
    # 一年一度, 一次性: lone 一
    R("汕头市", ST, in_org=True),                   # 汕头市医疗保障局
    R("汕头市", ST, in_org=True),                   # 国家税务总局汕头市税务局
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),             # 每人每年400元
    M("380元", 380),
    M("20元", 20),
    P("100%", 1),                                   # 资助100%
    P("不低于70%", 0.7, qualifier="min"),
    DR("2025年9月1日至2025年12月31日", "2025-09-01", "2025-12-31"),
    D("12月底前", "--12", qualifier="until"),       # 底前 is an until word
    D("1月1日起", "--01-01", qualifier="from"),     # 明年1月1日起: 明年 is not part of it (set 1 call 9's 翌年)
    T("3个月", 3, "month"),
    T("1年", 1, "year"),                            # 每多1年: digit 1
    T("1个月", 1, "month"),                         # 再增加1个月: digit 1, no lone 一
    # 展开全文: the fold marker
    # 1. 2. 3.: list numbers; “粤医保”, “粤税通”: 粤 is one character
    R("汕头", ST, in_org=True),                     # “汕头医保”公众号: an account
    R("金平区", "440511"),                          # 金平区、龙湖区、澄海区的政务服务中心: 的 stands between the places and
    R("龙湖区", "440507"),                          # the office word, a description: plain places
    R("澄海区", "440515"),
    R("潮阳区", "440513"),
    R("潮南区", "440514"),
    # 一级医院 / 二级医院 / 三级医院: hospital levels
    P("85%", 0.85),
    P("75%", 0.75),
    P("60%", 0.6),
    # 一个年度: lone 一; 最高能报到30万元: 能报到 between
    M("30万元", 300000),
    M("50万元以上", 500000, qualifier="min"),       # 最高可以报50万元以上: 可以报 between 最高 and it
    T("12天", 12, "day"),                           # 住了12天院
    M("2.6万元", 26000),
    M("1.78万元", 17800),
    M("8200元左右", 8200, qualifier="approx"),
    R("南澳县", "440523"),
    R("南澳县", "440523", in_org=True),             # 南澳县人民医院
    D("11月1日起", "--11-01", qualifier="from"),
    R("深圳", "440300"),
    R("广州", "440100"),
    PH("12393"),                                    # 12393医保服务热线
    # 市医保局: no place
    PH("0754-88326510"),                            # 工作日上午8:30-12:00: times
    # 点赞 3856, 评论 412, 收藏 1207, 转发 689, 👍 238, 👍 96: counters with no classifier
    R("广东", "440000"),                            # IP属地:广东
    T("3小时", 3, "hour"),                          # 3小时前 (a comment's age): 前 is a date word, not on the shared list (like 30日后)
    M("380块", 380),
    M("400块", 400),
    M("2000块", 2000),
    R("上海", "310000"),                            # IP属地:上海; 昨天 21:06: no date, a time
    R("上海", "310000"),
    R("汕头", ST),                                  # 老家汕头
    R("上海", "310000"),                            # 在上海交了职工医保
]
