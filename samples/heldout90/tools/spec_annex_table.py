from gold_lib import *

JS = "320000"
SPEC = [
    R("江苏省", JS),                                # 江苏省部分医疗服务价格调整表: a place before a topic (the table's title), plain
    # 附件; (第三批): an ordinal; the header 原价格(元): a unit with no number
    # Rows: 序号, 9-digit 项目编码 (110200001 … 330100005: codes, nothing), 计价单位 (次/日/小时/部位) and the price
    # cells 10 15 13.5 12 …: bare numbers under a (元) header, no unit of their own: nothing (set 47's bare cells)
    # Ⅰ级护理 / Ⅱ级护理: care levels; 第2小时起计费: an ordinal (the second hour), nothing
    P("10%", 0.1),                                  # row 6 备注: 下调10%
    P("约5%", 0.05, qualifier="approx"),            # row 7 备注: 下调约5%
    # 说明 1. … 7.: list numbers
    # 三级医院 / 二级、一级医院: grades
    P("90%", 0.9),
    P("80%", 0.8),
    M("15元/次", 15, period="time"),
    M("12元/次", 12, period="time"),
    M("35元/日", 35, period="day"),
    M("4元", 4),                                    # 每小时加收4元: 每小时 is no period word (set 10); 加收 between anyway
    T("24小时", 24, "hour"),                        # 24小时内 (内 is no qualifier)
    T("12小时", 12, "hour"),                        # 最多收取12小时: 收取 between, no qualifier
    C("8项", 8, "item"),                            # 本表共8项
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    P("超过20%", 0.2, qualifier="min"),
    C("3项", 3, "item"),                            # 共3项
    # 二级及以下医院: grades
    R("江苏省", JS, in_title=True),                 # 《江苏省医疗服务价格项目规范》
    PH("025-83271266"),
    P("不超过10%", 0.1, qualifier="max"),
    D("2026年1月15日前", "2026-01-15", qualifier="until"),
]
