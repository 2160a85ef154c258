from gold_lib import *

NB, HS, ZJ = "330200", "330203", "330000"           # 宁波市, 海曙区, 浙江省
SPEC = [
    # 甬康大药房连锁有限公司 (invented): 甬 is a one-character abbreviation, no place
    # 双通道: 通道 is a common word, no place
    R("宁波市海曙区", HS),                          # chain before a topic (…药品供应清单): not in_org
    D("2025年", "2025"),                            # (2025年第二批): 第二批 an ordinal
    D("2025年4月8日", "2025-04-08"),
    R("浙江省", ZJ, in_org=True, in_title=True),    # 《浙江省医疗保障局关于…的通知》
    R("宁波市", NB),                                # 本店为宁波市首批…药店: a place before a topic; 首批 an ordinal
    # table: 序号 1…6 are list numbers; pack specifications 80mg×30片, 4mg×3粒, 40mg×112粒, 0.25g×24粒,
    # 1.34mg/ml×1.5ml, 15mg×7片 are no counts (set 8: a property of the drug, not a count)
    M("4680.00元", 4680),                           # 4680.00元/盒: 盒 is no period word, outside
    M("4680.00元", 4680),                           # 医保支付标准
    # EGFR: nothing
    M("4998.00元", 4998),
    M("4998.00元", 4998),
    T("28天", 28, "day"),                           # 每个疗程28天: 每个疗程 is no period; duration
    M("7280.00元", 7280),
    M("6860.00元", 6860),
    M("36.50元", 36.5),                             # after 0.25g×24粒 (nothing)
    M("36.50元", 36.5),
    M("398.00元", 398),                             # 398.00元/支: 支 no period
    M("398.00元", 398),
    # 2型糖尿病: a type, nothing
    M("322.00元", 322),
    M("300.00元", 300),
    T("3个月", 3, "month"),                         # 需每3个月评估疗效: 每 is a period word for money only
    # 报销说明 1.…5.: list numbers
    P("10%", 0.1),
    P("70%", 0.7),
    P("5个百分点", 0.05, points=True),
    M("420元", 420),                                # 每盒差额420元: 每 + a classifier is no period (set 3 call 4), 差额 between
    T("不超过30天", 30, "day", qualifier="max"),
    T("12周", 12, "week"),                          # 最长可开具12周: 最长 not on the list, 可开具 between anyway
    C("12种", 12, "kind"),                          # 门特病种共12种
    T("2年", 2, "year"),                            # 认定有效期2年
    T("3天", 3, "day"),                             # 3天内有效: 内 is not on the list
    D("2025年4月10日起", "2025-04-10", qualifier="from"),
    D("2024年", "2024"),                            # 原2024年第四批清单: 第四批 an ordinal
    R("宁波市", NB, in_org=True),                   # 宁波市医疗保障局
    # 每日8:00-21:00: times of day
    PH("0574-87351268"),
    PH("12393"),
    R("宁波市海曙区", HS),                          # address; 中山西路: 中山 is part of a road's name, no place; 168号 a house number
]
