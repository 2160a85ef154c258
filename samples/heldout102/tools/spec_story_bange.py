from gold_lib import *

NQ, BG = "540600", "540627"                         # 那曲市, 班戈县
SPEC = [
    # 海拔4500米之上: an altitude, 米 is no unit of ours (call 1)
    R("那曲市班戈县", BG),                          # a chain: 班戈县 (in a subtitle, no 《》)
    # 清晨7点: a time of day
    R("班戈县", BG, in_org=True),                   # 班戈县人民医院
    # 160公里: a distance; 北拉镇: a township
    C("4名", 4, "person"),
    C("2名", 2, "person"),
    # 一台: lone 一
    T("三天", 3, "day"),
    R("班戈县", BG),
    # 海拔4700米, 2.8万平方公里: no units of ours
    C("5万人", 50000, "person"),                    # 不到5万人: 不到 is no qualifier (set 44)
    # 超过300公里: a distance, nothing (set 98 call 2)
    D("2024年", "2024"),
    C("3个", 3, "item"),                            # 3个巡回医疗队
    # 每个队, 一遍: no number / lone 一
    C("2600余人次", 2600, "person", qualifier="min"),
    M("约18万元", 180000, qualifier="approx"),
    T("两天", 2, "day"),
    T("68岁", 68, "year", age=True),
    # 尼玛次仁: a personal name (尼玛县's short name inside it: no place, set 50 call 7)
    M("1500元左右", 1500, qualifier="approx"),      # 每年光路费就要花1500元左右: 每年 does not touch
    R("那曲市", NQ),                                # 那曲市农牧区医疗政策: a place before a programme
    M("不超过3000元", 3000, qualifier="max"),       # 每年可报销不超过3000元: 可报销 between
    P("70%", 0.7),
    # 普布: a person; 海拔4500米以上: nothing
    P("80%左右", 0.8, qualifier="approx"),
    M("约40元", 40, qualifier="approx"),            # 每个氧气瓶约40元: 每个 is 每 + a classifier, no period
    C("10个", 10, "item"),
    C("27次", 27, "time"),
    # 约1.2万公里: a distance; 一站式: lone 一
    R("班戈县", BG),
    DR("2025年1-5月", "2025-01", "2025-05"),
    M("46.3万元", 463000),
    P("12.5%", 0.125),
    # 索朗多吉: a person
    R("班戈县", BG, in_org=True),                   # 班戈县医保局
    M("50元以内", 50, qualifier="max"),
    R("那曲市", NQ, in_org=True),                   # 那曲市人民医院
    D("2024年", "2024"),
    C("36例", 36, "case"),
    T("9小时", 9, "hour"),
    T("5小时左右", 5, "hour", qualifier="approx"),
    R("那曲市", NQ),
    D("2025年底前", "2025", qualifier="until"),     # 底前 is an "until" word (guidelines)
    C("11个", 11, "item"),                          # 11个县(区)
    M("500万元", 5000000),                          # 每年安排专项资金500万元: 每年 does not touch
    PH("0896-3912645"),
    # 达瓦, 格桑: persons
]
