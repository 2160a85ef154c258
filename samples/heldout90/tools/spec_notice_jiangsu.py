from gold_lib import *

JS, NJ = "320000", "320100"                         # 江苏省, 南京市
SPEC = [
    R("江苏省", JS, in_org=True),                   # 江苏省医疗保障局
    R("江苏省", JS, in_org=True),                   # 江苏省卫生健康委员会
    # 苏医保发〔2025〕27号: a document number, nothing
    # 各设区市 / 省各有关单位: no place named
    # 第三批: an ordinal (batch number), nothing
    C("36项", 36, "item"),                          # 共计36项 (共计 is no qualifier)
    # 一、/二、/(一)…(四): list numbers
    C("三类", 3, "kind"),                           # 三类项目
    C("24项", 24, "item"),                          # 上调24项
    C("12项", 12, "item"),                          # 下调12项
    # 三级医院 / 二级医院 / 一级及以下医疗机构: hospital grades, nothing
    P("90%", 0.9),
    P("80%", 0.8),
    # 项目编码110200001: a 9-digit project code, nothing (no phone, no count)
    M("每次10元", 10, period="time"),              # 由每次10元上调至15元: 每次 touches the amount
    M("15元", 15),
    # 计价单位为次: a unit with no number
    # 项目编码120100005: a code; Ⅰ级护理: a care level (Roman numeral), nothing
    M("28元/日", 28, period="day"),
    M("35元/日", 35, period="day"),
    # 项目编码120400006: a code
    M("3元", 3),                                    # 每小时加收由3元…: 每小时 is no period word and does not touch (加收由 between)
    M("4元", 4),
    P("5%", 0.05),                                  # 下调5%-10%: two percents, each with its own %
    P("10%", 0.1),
    # CT平扫(项目编码210300001): a code
    M("120元", 120),                                # 由每部位120元: 每 + 部位 (a classifier) is no period
    M("108元", 108),
    # 三级甲等医院: a hospital grade, nothing
    P("85%", 0.85),
    P("3%以内", 0.03, qualifier="max"),
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    R("江苏省", JS, in_title=True),                 # 《江苏省医疗服务价格项目规范(2022年版)》
    D("2022年", "2022"),                            # (2022年版): a year with 年 (set 8 call 7)
    D("2025年12月20日前", "2025-12-20", qualifier="until"),
    R("南京市", NJ),                                # 南京市、苏州市、无锡市要加强价格监测: the cities, no organisation word
    R("苏州市", "320500"),
    R("无锡市", "320200"),
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),
    PH("025-83271266"),
    E("jgc@ybj.example.gov.cn"),
    R("江苏省", JS),                                # 附件:江苏省部分医疗服务价格调整表: a place before a topic, plain
]
SPEC += [
    R("江苏省", JS, in_org=True),                   # signature: 江苏省医疗保障局
    R("江苏省", JS, in_org=True),                   # signature: 江苏省卫生健康委员会
    D("2025年12月8日", "2025-12-08"),
]
