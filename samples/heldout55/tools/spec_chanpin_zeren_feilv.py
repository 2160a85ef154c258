from gold_lib import *

SC, CQ, WH = "510000", "500000", "510107"          # 四川省, 重庆市, 武侯区
SPEC = [
    # (2026版), 守护e生2026: bare years without 年, nothing
    R("四川", SC, in_org=True),                     # 示例人寿保险股份有限公司四川分公司
    R("四川省", SC),                                # 销售区域
    R("重庆市", CQ),
    T("1年", 1, "year"),                            # 保险期间:1年 (digit 1, not a lone 一)
    T("30天", 30, "day"),                           # 等待期:30天: the unit is written in the value
    T("30天", 30, "day"),                           # 出生满30天至65周岁: two mentions (call 3), no age on 天
    T("65周岁", 65, "year", age=True),
    T("100周岁", 100, "year", age=True),            # 最高续保至100周岁: 续保至 separates 最高
    # 保障责任 table: 300万 / 600万 cells are bare (万 without 元; the unit note is a separate line, call 4)
    M("1万元", 10000),
    P("100%", 1),
    M("0元", 0),
    P("100%", 1),
    M("0元", 0),
    P("100%", 1),
    M("0元", 0),
    P("100%", 1),
    M("每日200元", 200, period="day"),
    # —: an empty cell
    T("180天", 180, "day"),                         # 最长180天: 最长 is not on the list
    P("60%", 0.6),
    # 费率表 (单位:元/年): the price cells 568 … 2860 are bare numbers (call 4); each age band is one age range
    T("0-4周岁", (0, 4), "year", age=True),
    T("5-10周岁", (5, 10), "year", age=True),
    T("11-17周岁", (11, 17), "year", age=True),
    T("18-30周岁", (18, 30), "year", age=True),
    T("31-40周岁", (31, 40), "year", age=True),
    T("41-50周岁", (41, 50), "year", age=True),
    T("51-55周岁", (51, 55), "year", age=True),
    T("56-60周岁", (56, 60), "year", age=True),
    T("61-65周岁", (61, 65), "year", age=True),
    # 1. … 4.: list numbers
    T("30周岁", 30, "year", age=True),
    M("156元/年", 156, period="year"),
    M("每月13元", 13, period="month"),
    M("每月13.8元", 13.8, period="month"),
    # 共12期: 期 is no classifier
    P("约6%", 0.06, qualifier="approx"),
    C("3人及以上", 3, "person", qualifier="min"),
    P("九五折", 0.95),
    P("不超过30%", 0.3, qualifier="max"),
    T("3个工作日", 3, "workday"),                   # 内 is not a qualifier
    M("10万元以下", 100000, qualifier="max"),
    T("1天", 1, "day"),                             # 最快1天: 最快 is not on the list
    PH("400-818-6262"),
    R("四川", SC, in_org=True),                     # 四川分公司客服
    PH("028-86123456"),
    E("claim@example.com.cn"),
    D("2025年", "2025"),
    R("成都市武侯区", WH),
    T("45岁", 45, "year", age=True),
    M("58.3万元", 583000),
    M("21.6万元", 216000),
    M("35.7万元", 357000),
    M("约1万元", 10000, qualifier="approx"),
    D("2026-01-08", "2026-01-08"),
]
