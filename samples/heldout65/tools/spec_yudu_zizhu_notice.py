from gold_lib import *

YD, JX = "360731", "360000"                          # 于都县, 江西省
SPEC = [
    R("于都县", YD, in_org=True),                    # 于都县医疗保障局 (title)
    D("2025年度", "2025"),
    D("2024-10-08", "2024-10-08"),                   # 发布时间 of the main article: a plain date (set 1 call 8)
    R("于都县", YD, in_org=True),                    # 来源:于都县医疗保障局; 浏览次数:2316: a bare number
    # 各乡(镇), 县直: no places
    R("江西省", JX, in_title=True, in_org=True),     # 《江西省医疗保障局 …
    R("江西省", JX, in_title=True, in_org=True),     # … 江西省财政厅 …》
    D("2025年度", "2025"),                           # inside the title: still a date
    # 赣医保字〔2024〕21号: a document number
    D("2025年度", "2025"),
    # 一、: a list number
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),              # 每人每年400元 (set 1 call 2)
    # 表1: a table number, no unit
    # table header: nothing
    M("400元", 400),                                 # 特困人员 全额资助
    M("0元", 0),                                     # 个人缴费 0元: an amount of zero is still money
    M("每年300元", 300, period="year"),              # 低保对象
    M("100元", 100),
    M("每年200元", 200, period="year"),              # 返贫致贫人口
    M("200元", 200),
    M("200元/人/年", 200, period="year"),            # 低保边缘家庭成员
    M("200元", 200),
    M("每年200元", 200, period="year"),              # 防止返贫监测对象
    M("200元", 200),
    # 一级、二级重度残疾人: disability grades, like hospital levels: nothing (call 1)
    M("400元", 400),
    M("0元", 0),
    M("每年280元", 280, period="year"),              # 计划生育特殊家庭成员
    M("120元", 120),
    # 二、 list number
    P("不低于30%", 0.3, qualifier="min"),
    C("约4.6万人", 46000, "person", qualifier="approx"),
    M("约1150万元", 11500000, qualifier="approx"),
    P("8.5%", 0.085),                                # 较上年增加8.5%: 上年 is no date
    # 三、
    DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),
    D("2024年11月15日前", "2024-11-15", qualifier="until"),
    D("12月10日前", "--12-10", qualifier="until"),
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),
    T("30日", 30, "day"),                            # 满30日后: 满 and 后 are off the qualifier list
    # 四、
    T("90天", 90, "day"),                            # 90天内: 内 is not a qualifier
    C("25个", 25, "item"),                           # 25个乡镇
    # 每个村: 每 + classifier, no number
    C("1名", 1, "person"),                           # digit 1, not a lone 一 (set 1 call 13)
    PH("0797-6322518"),
    PH("12393"),
    E("ydyb_zz@example.cn"),
    D("2025年度", "2025"),                           # 附件:2025年度…花名册
    R("于都县", YD, in_org=True),                    # signature
    D("2024年9月28日", "2024-09-28"),
]
