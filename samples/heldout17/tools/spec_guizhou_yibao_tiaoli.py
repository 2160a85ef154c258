from gold_lib import *

GZ = "520000"                                       # 贵州省
SPEC = [
    R("贵州省", GZ),                                # the regulation's own heading, no 《》 (set 4 call 10, set 11 call 6)
    D("2025年11月27日", "2025-11-27"),
    R("贵州省", GZ, in_org=True),                   # 贵州省第十四届人民代表大会常务委员会; 第十四届, 第二十次: ordinals
    # 目录 and 第一章…第七章, 第一条…第十八条: section numbers
    # 第一条: 基金安全 (金安, 金安区's short name, across two words: no place); 《中华人民共和国社会保险法》 (共和, 共和县's
    # short name, inside a longer name: no place); 《医疗保障基金使用监督管理条例》: no place; 本省: no place
    # 第三条: 县级以上人民政府: a level, no number
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),   # 第四条
    T("90日", 90, "day"),                           # 自出生之日起90日内: 内 is not a qualifier
    T("3个月以上", 3, "month", qualifier="min"),    # 第五条: 中断缴费3个月以上
    T("不少于3个月", 3, "month", qualifier="min"),
    T("不超过6个月", 6, "month", qualifier="max"),  # 最长不超过6个月: 最长 is not on the list, so nothing is stacked
    T("4年", 4, "year"),                            # 第六条: 满4年 (满 outside); 第5年: an ordinal
    T("1年", 1, "year"),                            # 每多参保1年 (digit 1)
    M("不低于1000元", 1000, qualifier="min"),
    P("20%", 0.2),                                  # 不超过参保人原最高支付限额的20%: 不超过 does not touch
    # 次年: no date
    M("不低于1000元", 1000, qualifier="min"),
    P("20%", 0.2),
    P("70%左右", 0.7, qualifier="approx"),          # 第七条
    # 一级及以下定点医疗机构: a hospital level (及以下 qualifies no number)
    P("不低于85%", 0.85, qualifier="min"),
    # 第八条: 全额资助, 定额资助: no amount
    # 第九条: 一次性: a lone 一
    T("30日", 30, "day"),                           # 收到核定结果之日起30日内 (定结 across 核定结果: no place)
    T("15个工作日", 15, "workday"),
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),   # 第十条; 上月: no date
    T("30个工作日", 30, "workday"),                 # 第十一条
    M("不超过20万元", 200000, qualifier="max"),     # 第十二条: 单笔奖励金额不超过20万元、不少于200元
    M("不少于200元", 200, qualifier="min"),
    PH("12393"),                                    # 第十三条: 举报电话12393
    T("5个工作日", 5, "workday"),
    # 第十四条: 处骗取金额2倍以上5倍以下的罚款: multiples, no mentions (set 4 call 3)
    T("6个月以上", 6, "month", qualifier="min"),
    T("1年以下", 1, "year", qualifier="max"),
    T("3个月", 3, "month"),                         # 第十五条: 3个月至12个月: two units, so two mentions (set 1 call 4)
    T("12个月", 12, "month"),
    # 2倍以上5倍以下: multiples
    M("1万元以上", 10000, qualifier="min"),         # 第十六条
    M("5万元以下", 50000, qualifier="max"),
    T("5年", 5, "year"),                            # 第十七条: 5年内
    D("2026年3月1日起", "2026-03-01", qualifier="from"),   # 第十八条
]
