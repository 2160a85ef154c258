from gold_lib import *

LD, HN, CS = "431300", "430000", "430100"        # 娄底市, 湖南省, 长沙市
SPEC = [
    R("娄底市", LD, in_org=True),                # 来源:娄底市人力资源和社会保障局
    # 人力资源: 资源 is a common word; 适当延长 (延长 a verb): no places
    D("2025-06-12", "2025-06-12"),                # 发布时间 of the main article: plain date; 09:30 a time
    # 浏览次数:3517 a counter
    R("娄底", LD),
    R("冷水江", "431381"), R("涟源", "431382"), R("新化", "431322"),
    R("娄底", LD, in_org=True),                  # “娄底人社”微信公众号
    # 问一 … 问四: question numbers; 第十四条 an article number
    T("1年", 1, "year"),                          # 之日起1年内 (内 is no qualifier)
    T("30日", 30, "day"),
    # 先走哪一项: 一项 a lone 一; 一次性伤残补助金 etc.: 一次性 (lone 一, guidelines)
    P("100%", 1),
    M("每天30元", 30, period="day"),
    R("娄底市", LD),                              # 到娄底市以外就医: a place
    M("不超过200元", 200, qualifier="max"),       # 每人每天不超过200元: 每天 does not touch (不超过 between)
    R("娄底市", LD, in_org=True),                # 娄底市中心医院; 三级医院 a grade
    P("85%", 0.85), P("60%", 0.6),
    M("25万元", 250000),                          # 年度最高支付限额25万元: 最高 does not touch
    P("60%", 0.6), P("80%", 0.8),                 # 60%-80%: two % signs, two mentions
    # 一级至十级伤残, 一级伤残 … 十级伤残: disability grades, nothing (guidelines: levels; sets 74, 8x)
    T("27个月", 27, "month"),                     # 27个月的本人工资: a duration (earlier set's call 2)
    T("25个月", 25, "month"),
    T("23个月", 23, "month"),
    T("21个月", 21, "month"),
    T("7个月", 7, "month"),
    # 一级至四级伤残: grades
    P("90%", 0.9), P("85%", 0.85), P("80%", 0.8), P("75%", 0.75),
    P("300%", 3), P("300%", 3), P("60%", 0.6), P("60%", 0.6),
    R("涟源市", "431382"),                        # 涟源市某煤矿: 某 names no body, plain
    T("22年", 22, "year"),                        # 接尘工龄22年
    D("2024年", "2024"),
    # 尘肺病贰期: a stage, nothing; 六级伤残 a grade
    M("每月5,600元", 5600, period="month"),
    T("16个月", 16, "month"),                     # 16个月×5,600元=89,600元
    M("5,600元", 5600),
    M("89,600元", 89600),
    # 五级、六级伤残: grades
    R("湖南省", HN),                              # 按湖南省规定: a place before a topic
    T("16个月", 16, "month"),
    T("30个月", 30, "month"),
    P("50%", 0.5),
    R("湖南省", HN, in_org=True),                # 湖南省职业病防治院
    R("长沙", CS, in_org=True),                  # (长沙) in brackets right after the organisation's name
    R("娄底市", LD, in_org=True),                # 娄底市职业病防治所
    PH("12333"),
    PH("0738-8317206"),
]
