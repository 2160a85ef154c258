from gold_lib import *

GY = "520100"                                       # 贵阳市
SPEC = [
    R("贵阳市", GY, in_org=True),                   # 贵阳市疾控中心: an office written short (set 77 call 10)
    # 十问十答: a title's phrase, no classifier
    D("2025年6月12日", "2025-06-12"),
    # 问1 … 问7: question numbers, nothing
    # 流动清水 (running water): 清水 (清水县, 天水) is part of a word, no place
    T("约15分钟", 15, "minute", qualifier="approx"),
    # 75%酒精: a strength in a product's name, not a percent
    T("24小时", 24, "hour"),                        # 24小时内: 内 not on the list
    T("超过24小时", 24, "hour", qualifier="min"),
    # "5针法" / "4针法": 针 no classifier (call 5); 第0、3、7、14、28天: ordinal days of the schedule (call 1)
    # 1剂, 2剂, 各1剂: 剂 no classifier; (2-1-1程序): a schedule's name, no unit; 第0天, 第7天, 第21天: ordinals
    T("约28天", 28, "day", qualifier="approx"),     # 全程需约28天
    # Ⅲ级 (III级 after NFKC): a grade; 20IU, 200IU: units of no type
    M("约68元", 68, qualifier="approx"),            # 每支约68元至305元: two amounts, two units (set 1 call 4)
    M("305元", 305),
    # 5针全程: 针 no classifier
    M("约340元", 340, qualifier="approx"),
    M("1525元", 1525),
    M("约156元", 156, qualifier="approx"),
    C("3至5支", {"min": 3, "max": 5}, "piece"),     # 支 is a piece classifier; a range like 两三家
    T("3个月", 3, "month"),                         # 3个月内: 内 not on the list
    T("超过3个月", 3, "month", qualifier="min"),
    T("1年", 1, "year"),                            # 1年内: digit 1, not a lone 一
    # 第0天和第3天: ordinals
    T("超过1年", 1, "year", qualifier="min"),
    T("3年", 3, "year"),                            # 未满3年: 未满 not on the list
    # 第0、3、7天: ordinals (call 1)
    T("超过3年", 3, "year", qualifier="min"),
    C("36家", 36, "institution"),
    R("南明区", "520102"),
    C("4家", 4, "institution"),
    R("云岩区", "520103"),
    C("5家", 5, "institution"),
    R("观山湖区", "520115"),
    C("3家", 3, "institution"),
    R("清镇市", "520181"),
    R("修文县", "520123"),
    R("息烽县", "520122"),
    R("开阳县", "520121"),
    C("2-3家", {"min": 2, "max": 3}, "institution"),
    R("贵阳市", GY, in_org=True),                   # 贵阳市疾病预防控制中心
    PH("0851-85792316"),
    PH("120"),
    T("24小时", 24, "hour"),                        # 急救电话120(24小时): the hotline's hours (set 35 call 9's 24小时服务热线)
]
