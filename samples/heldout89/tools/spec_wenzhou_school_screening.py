from gold_lib import *

WZ, LC = "330300", "330302"                         # 温州市, 鹿城区
H12356 = m("phone", "12356", "12356", kind="service")   # not in gold_lib's SERVICE list (README, Gold)
SPEC = [
    R("温州市", WZ, in_org=True),                   # 温州市第二十一中学 (第二十一: an ordinal)
    # 2025学年: a school year's name; a year alone needs 年 right after it (call 3)
    R("浙江省", "330000", in_title=True),           # 《浙江省中小学生心理健康促进行动方案(2023-2025年)》
    DR("2023-2025年", "2023", "2025"),                # inside the 《》: in_title is a region flag only
    R("温州市", WZ, in_org=True),                   # 温州市教育局
    R("鹿城区", LC, in_org=True),                   # 鹿城区教育局
    DR("2025年10月13日至10月24日", "2025-10-13", "2025-10-24"),
    # 一、 section numbers; 初一至初三: grade names
    C("3个", 3, "item"),
    C("36个", 36, "item"),
    C("1,628名", 1628, "person"),
    # 《中学生心理健康量表》(MSSMHS,共60题): 题 is no classifier; PHQ-9: a scale's name
    T("约40分钟", 40, "minute", qualifier="approx"),   # 每场约40分钟: a sitting's length
    # 每个班级安排1场: 每个 has no number; 场 is no classifier in the guidelines' list
    D("10月31日前", "--10-31", qualifier="until"),
    # 2024学年: a school year's name (call 3)
    C("1,587名", 1587, "person"),
    P("98.2%", 0.982),
    # PHQ-9得分≥10分: a score
    C("143人", 143, "person"),
    P("9.0%", 0.09),
    # 量表总分3分以上: a (mean) score, no unit of any type, with or without 以上
    C("87人", 87, "person"),
    P("5.5%", 0.055),
    # 一对一: no count
    C("52人次", 52, "person"),
    R("温州", WZ, in_org=True),                     # 温州康宁医院
    R("温州", WZ, in_org=True),                     # 温州医科大学附属第一医院 (第一: an ordinal)
    C("7名", 7, "person"),
    # 2023学年: a school year's name
    P("1.3个百分点", 0.013, points=True),
    T("2个工作日", 2, "workday"),                   # 2个工作日内: 内 is not on the list
    # 每周一至周五 12:30-13:30: weekdays and times; 每名学生 每学期: no numbers
    C("不超过6次", 6, "time", qualifier="max"),
    T("30分钟", 30, "minute"),                      # 每次30分钟: a session's length
    P("50%", 0.5),
    R("温州市", WZ),                                # 温州市学生: a topic, plain
    R("温州", WZ, in_org=True),                     # 温州康宁医院
    M("约120元", 120, qualifier="approx"),          # 每次费用约120元: 费用 stands between
    M("每年4000元", 4000, period="year"),
    PH("0577-88526173"),
    R("温州市", WZ, in_org=True),                   # 温州市未成年人心理健康辅导中心
    PH("0577-88356120"),
    H12356,                                         # 全国: no place
    T("24小时", 24, "hour"),
    R("鹿城区", LC, in_org=True),                   # 鹿城区教育局监督电话
    PH("0577-88151120"),
    # 附件:2025学年…docx: a school year's name in a file name
    R("温州市", WZ, in_org=True),                   # signature
    D("2025年9月26日", "2025-09-26"),
]
