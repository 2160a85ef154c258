from gold_lib import *

LA = "341500"                                       # 六安市 (安徽省)
SPEC = [
    R("六安市", LA),                                # h1 六安市医疗救助待遇标准一览表: a place before a topic
    D("2025年", "2025"),                            # (2025年版)
    D("2025-02-20", "2025-02-20"),
    R("六安市", LA, in_org=True),                   # 信息来源:六安市医疗保障局; 阅读次数:3106 a counter
    R("安徽省", "340000", in_title=True, in_org=True),   # 《安徽省人民政府办公厅关于…》 (set 1 call 6)
    D("2025年3月1日起", "2025-03-01", qualifier="from"),  # 自<strong>2025年3月1日</strong>起执行: the tag
                                                    # does not cut the visible text, 起 touches the date
    # 一、资助参保: list number; 全额资助: no amount (set 14 call 7)
    M("每年300元", 300, period="year"),             # 每人每年<em>300</em>元定额资助 (set 1 call 2: 每人 outside)
    P("50%", 0.5),
    T("3年", 3, "year"),                            # 资助期限为3年
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),
    # 表1: caption `表1` (a table number), header cells without numbers
    M("0元", 0), P("100%", 1),                      # 特困人员; 不设限额: no amount
    M("0元", 0), P("75%", 0.75), M("5万元", 50000), # 低保对象
    M("0元", 0), P("70%", 0.7), M("5万元", 50000),  # 返贫致贫人口
    M("1500元", 1500), P("60%", 0.6), M("3万元", 30000),   # 低保边缘家庭成员
    M("4500元", 4500), P("50%", 0.5), M("3万元", 30000),   # 因病致贫重病患者
    # 表2: caption `表2`
    M("0-5万元", (0, 50000)),                      # 0-5万元(含): one range from 0 (set 2 call 14)
    P("40%", 0.4), P("30%", 0.3),
    M("5万-10万元", (50000, 100000)),
    P("50%", 0.5), P("40%", 0.4),
    M("10万元以上", 100000, qualifier="min"),
    P("60%", 0.6), P("50%", 0.5),
    # 注:1. 2. 3.: list numbers (注:1.倾斜… — 1. is a list number against nothing numeric after it)
    M("10万元", 100000),                            # 倾斜救助年度限额<strong>10</strong>万元: 限额 is not on the list
    # 二、申请办理
    T("90天", 90, "day"),                           # 出院后90天内
    T("10个工作日", 10, "workday"),                 # 在10个工作日内
    D("2024年底", "2024", qualifier="approx"),      # 截至2024年底: 截至 outside, 底 → approx
    C("1.26万人", 12600, "person"), C("8.9万人", 89000, "person"), C("0.41万人", 4100, "person"),
    D("2024年", "2024"),
    M("3.18亿元", 318000000),
    C("52.6万人次", 526000, "person"),
    P("90%以上", 0.9, qualifier="min"),
    R("金安区", "341502"), R("裕安区", "341503"), R("叶集区", "341504"), R("霍邱县", "341522"),
    R("舒城县", "341523"), R("金寨县", "341524"), R("霍山县", "341525"),
    PH("0564-3378120"),                             # (工作日8:30-17:30): times of day
    E("yljz@liuan-yb.example.gov.cn"),
]
