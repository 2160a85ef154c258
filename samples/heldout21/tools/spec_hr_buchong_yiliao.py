from gold_lib import *

# 人力资源部 (资源: a common word), 工资中 (资中: part of a longer word), 员工互助基金 (互助: a common word): no places.
# An internal HR notice (内部通知) of a company in 苏州 on 企业补充医疗保险 for 2025年度, with contacts
# (工号, 分机号, 邮箱) and a Q&A.  The insurer 中恒财产保险 is invented.
SZ, SH, HZ = "320500", "310000", "330100"
SPEC = [
    D("2025年度", "2025"),                          # title
    # 发文部门: no place; 编号:HR-TZ-2025-003: a document number (the bare 2025 has no 年)
    D("2025-01-06", "2025-01-06"),                  # 发布日期
    D("2025年度", "2025"),
    R("苏州", SZ, in_org=True),                      # 中恒财产保险股份有限公司苏州分公司: a branch named after the city
    # 一、…六、: list numbers
    DR("2025年1月1日至2025年12月31日", "2025-01-01", "2025-12-31"),
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),   # 自转正次月1日起
    T("3个月", 3, "month"),                         # 试用期一般为3个月
    P("80%", 0.8),
    M("每月15元", 15, period="month"),               # 员工个人缴费每月15元
    # 每月工资: no number
    M("180元", 180),                                # 全年共180元: 共 is not on the list, 全年 no period word
    M("每年480元", 480, period="year"),              # 每人每年480元 (set 1 call 2)
    D("2025年1月20日前", "2025-01-20", qualifier="until"),
    # 1. 2. 3. 4.: list numbers
    M("超过500元", 500, qualifier="min"),
    P("80%", 0.8),
    M("5000元", 5000),                              # 门诊年度限额5000元: no qualifier word
    P("90%", 0.9),
    P("50%", 0.5),
    M("5万元", 50000),                              # 每位员工年度限额5万元 (每位: 每 + classifier, no period)
    # 首次: an ordinal
    C("28种", 28, "kind"),
    M("2万元", 20000),                              # 另行给付2万元
    T("90天", 90, "day"),                           # 之日起90天内
    T("10个工作日", 10, "workday"),
    D("2024年度", "2024"),
    C("326人次", 326, "person"),
    M("41.7万元", 417000),                          # 合计 is not on the list
    P("86%", 0.86),
    # 工号:SZ20170412, SZ20190833: staff IDs (the digits look like a date: an ID, set 15 call 3);
    # 分机号:8021, 8023: internal extensions, no phones (no area code, not a service number; set 3 call 7)
    E("hr@example.com"),
    PH("400-612-3366"),
    T("24小时", 24, "hour"),                        # (全天24小时)
    PH("0512-68251370"),
    # Q1…Q5: labels; 外地: no place; 二级及以上: a hospital level
    R("上海", SH),
    R("杭州", HZ),
    T("3岁", 3, "year", age=True),
    T("0-17周岁", (0, 17), "year", age=True),         # one range with one unit (set 7 call 3)
    M("每年480元", 480, period="year"),
    T("18周岁以上", 18, "year", age=True, qualifier="min"),
    # 离职当月: no number
    T("30天", 30, "day"),
    # 拨打分机8021查询: an extension, nothing
    M("5万元", 50000),                              # 年度限额5万元用完了
    M("每年最高1万元", 10000, period="year", qualifier="max"),   # 每人每年最高1万元: period + qualifier (set 1 call 3)
    D("2025年1月6日", "2025-01-06"),
]
