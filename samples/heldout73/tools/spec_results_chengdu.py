from gold_lib import *

CD = "510100"                                       # 成都市
SPEC = [
    R("成都市", CD),                                # title: 成都市职工医保…: a place before a programme
    C("3 216名", 3216, "person"),                   # 基于3 216名参保人: thousands grouped by a space
    # 2 结果, 2.1, 2.2, 2.3, 2.4: section numbers; 见表1, 表2, 表3: table numbers; χ2: a symbol: nothing
    C("3 450份", 3450, "piece"),
    C("3 216份", 3216, "piece"),
    P("93.2%", 0.932),
    R("成都市锦江区", "510104"),                    # a chain: the county
    R("武侯区", "510107"),
    R("郫都区", "510117"),
    R("简阳市", "510185"),
    C("4个", 4, "item"),                            # 4个区(市)
    T("18~89岁", (18, 89), "year", age=True),       # an age range
    # (54.6±13.2)岁: mean ± SD in brackets, 岁 does not touch a number: nothing (call 4)
    # 表1 … (n=3 216): a table number and a sample size, nothing
    # 构成比(%): a header, % with no number
    # rows: 男 1 528 47.5 …: bare cells (counts and shares without unit), nothing (call 5)
    # 年龄(岁) <45, 45~59, ≥60: the unit is in the header, bare cells: nothing (call 5)
    # 家庭年收入(万元) <5, 5~10, >10: idem
    # (1 862.4±935.7)元, (1 407.9±812.3)元: mean ± SD with 元 after the bracket: nothing (call 4)
    # t=9.86, P<0.001: nothing
    P("35.7%", 0.357),
    P("51.0%", 0.51),
    # 表2 …(元,x±s): header
    D("2022年", "2022"),                            # column headers 2022年 / 2023年 are years with 年
    D("2023年", "2023"),
    # cells 3 215.6±1 408.2 …, t values -2.41 …, P values 0.016 …: nothing (call 5)
    P("40%及以上", 0.4, qualifier="min"),
    D("2023年", "2023"),
    P("14.8%", 0.148),
    D("2022年", "2022"),
    P("18.3%", 0.183),
    P("3.5个百分点", 0.035, points=True),
    T("60岁", 60, "year", age=True),                # 年龄≥60岁 (call 3)
    # OR=1.63, 95%CI:1.31~2.03: nothing (call 1)
    C("2种及以上", 2, "kind", qualifier="min"),
    # OR=2.17, 95%CI:1.74~2.71; OR=0.71, 95%CI:0.58~0.87: nothing
    # 表3: B, SE, Wald χ2, OR(95%CI), P: headers
    T("60岁", 60, "year", age=True),                # row label 年龄≥60岁
    # 0.489 0.112 19.06 1.63(1.31~2.03) <0.001: cells, nothing
    C("2种", 2, "kind"),                            # row label 慢性病≥2种: ≥ is no qualifier word (call 3)
    # 0.775 … -0.342 …: cells, nothing
    T("45岁", 45, "year", age=True),                # 注:以年龄<45岁 …: < is no qualifier word
    # χ2检验α=0.05: nothing; 2.4: a section number
    C("412名", 412, "person"),
    T("6~12个月", (6, 12), "month"),                # 随访6~12个月
    C("37人", 37, "person"),                        # 失访37人
    P("9.0%", 0.09),
    C("2次", 2, "time"),                            # 每月2次: 每月 is no period of a count
    C("1次", 1, "time"),                            # 每月1次: digit 1, not a lone 一
    T("25分钟以内", 25, "minute", qualifier="max"),
    M("每月186元", 186, period="month"),
]
