from gold_lib import *

LY, MY, LZ = "410300", "510700", "450200"           # 洛阳市, 绵阳市, 柳州市
DOCS = {
    "heldout20-rate-1": [
        R("洛阳市", LY),                            # 洛阳市职工基本医疗保险住院待遇标准: a place before a programme
        D("2025年1月1日起", "2025-01-01", qualifier="from"),   # (2025年1月1日起执行)
        # header cells 医院级别/起付线/报销比例 (colspan)/在职/退休 (under the rowspan cells): no numbers
        # 一级医院, 二级医院, 三级医院: hospital levels
        M("300元", 300), P("90%", 0.9), P("92%", 0.92),
        M("600元", 600), P("85%", 0.85), P("88%", 0.88),
        M("1000元", 1000), P("80%", 0.8), P("84%", 0.84),
        M("1500元", 1500),                          # 市外转诊: 市 alone, no place
        P("70%", 0.7),                              # one colspan="2" cell for 在职 and 退休: one mention
        # 注:1.一个自然年度 …;2.统筹…: list numbers; 一个 a lone 一
        P("20%", 0.2),                              # 逐次降低20%
        M("不低于200元", 200, qualifier="min"),     # 但不低于200元 (但 outside)
        M("45万元", 450000),                        # 年度最高支付限额为45万元: 最高 does not touch
        PH("0379-63256018"),
    ],
    "heldout20-rate-2": [
        R("绵阳市", MY),                            # 绵阳市城镇职工医保住院报销标准 (a programme)
        D("2025年度", "2025"),
        # header 起付线(元): the unit is in a header cell, so the cells 200, 500, 800, 1200 below it are no money
        # (set 3 call 5, set 4 call 18), also the cell in the row under a rowspan
        P("92%", 0.92), P("95%", 0.95),             # 社区卫生服务中心、乡镇卫生院 | 200 | 92% | 95%
        P("87%", 0.87), P("90%", 0.9),              # 二级医疗机构 | 500 | 87% | 90%
        P("82%", 0.82), P("85%", 0.85),             # rowspan="2" cells: each written once, one mention each
        # 省内异地(已备案) | 1200: 省内 no place, 1200 bare
        P("50%", 0.5),
        M("38万元", 380000),
        M("120元", 120),                            # 每人每年缴费120元: 缴费 between, no period
        R("绵阳市", MY, in_org=True),               # signature 绵阳市医疗保障局
        D("2025-02-18", "2025-02-18"),
    ],
    "heldout20-rate-3": [
        R("柳州市", LZ),                            # 柳州市职工医保住院起付线…一览表 (a programme's table)
        D("2025年3月10日", "2025-03-10"),           # 发布日期
        R("柳州", LZ, in_org=True),                 # 来源:柳州医保 (a source's name, set 7 call 1)
        PH("0772-2826512", city="柳州市"),          # 0772 is shared by 柳州市 and 来宾市: the page is 柳州's
        # 一级/二级/三级 (rowspan cells): hospital levels; 在职/退休: no numbers
        M("每次200元", 200, period="time"),         # a rowspan cell written once
        P("88%", 0.88), P("91%", 0.91),
        M("每次500元", 500, period="time"),
        P("85%", 0.85), P("88%", 0.88),
        M("每次800元", 800, period="time"),
        P("83%", 0.83), P("86%", 0.86),
        # 年度最高支付限额 (colspan cell): no number; the next colspan cell holds two amounts
        M("30万元", 300000),
        M("60万元", 600000),
        R("柳州市", LZ),                            # 在柳州市外经备案转诊: a place (市外 = outside the city)
        P("10个百分点", 0.1, points=True),          # 降低10个百分点
    ],
}
