from gold_lib import *

NJ, GL, JN = "320100", "320106", "320115"           # 南京市, 鼓楼区 (南京's), 江宁区
S12366 = m("phone", "12366", "12366", kind="service")   # the tax hotline: a short service number (set 18 call 1)
SPEC = [
    R("南京市", NJ, in_org=True),                   # 国家税务总局南京市税务局
    D("2026-02-10", "2026-02-10"),                  # 发布时间: a plain date (set 1 call 8)
    R("南京市", NJ, in_org=True),                   # 来源:南京市税务局纳税服务科
    # 浏览次数:4826: a counter, no unit; 一、…四、: section numbers
    # 一个纳税年度: lone 一
    M("超过15000元", 15000, qualifier="min"),       # 累计超过15000元的部分: 超过 is on the shared list
    M("80000元", 80000),                            # 在80000元限额内: 限额 and 内 are not qualifiers
    # 父母一方: lone 一
    D("2025年度", "2025"),
    DR("2026年3月1日至6月30日", "2026-03-01", "2026-06-30"),
    DR("每年3月1日至6月30日", "--03-01", "--06-30", recurring="yearly"),   # 今后每年…均为汇算期
    D("2026年6月30日前", "2026-06-30", qualifier="until"),
    DR("3月1日至3月20日", "--03-01", "--03-20"),    # yearless window without 每年 (set 1 call 9)
    # 《…申报表(A表)》: a form code; 第12行: a line number (ordinal), nothing
    # 320106198805120417: an ID number (holds 19880512, a birth date inside an ID: nothing)
    P("3%", 0.03),                                  # 3%至45%: every % its own mention
    P("45%", 0.45),
    # 共7级: 级 is no classifier, nothing
    M("不超过36000元", 36000, qualifier="max"),
    P("3%", 0.03),
    M("超过36000元", 36000, qualifier="min"),       # 超过36000元至144000元: two units -> two amounts (set 1 call 4)
    M("144000元", 144000),
    P("10%", 0.1),
    P("45%", 0.45),                                 # 最高一级为45%: 最高 touches 一级, not the percent
    S12366,
    PH("12393"),
    R("南京市", NJ, in_org=True),                   # 南京市税务局第一税务分局
    R("鼓楼区", GL, in_org=True),                   # (鼓楼区) in brackets right after the office's name (sets 46, 71); 南京's 鼓楼区 by context
    PH("025-83276512"),
    R("江宁区", JN, in_org=True),                   # 江宁区办税服务厅: place + office word
    PH("025-52108863"),
    # 9:00-17:00: times of day
    E("nsfw@nanjing-tax.example.cn"),
    U("https://jiangsu.chinatax.example.gov.cn/nanjing"),
]
