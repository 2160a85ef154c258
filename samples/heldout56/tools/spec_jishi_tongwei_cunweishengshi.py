from gold_lib import *

DX, TW, LZ = "621100", "621121", "620100"          # 定西市, 通渭县, 兰州市
SPEC = [
    T("三十多年", 30, "year", qualifier="min"),     # headline: 多 between the number and its unit
    # 一个乡村医生: lone 一
    D("2025年10月16日", "2025-10-16"),
    R("通渭县", TW, in_org=True),                   # 来源:通渭县融媒体中心
    R("通渭县", TW),                                # 通渭县马营镇: 马营镇 is a town, not a gazetteer unit
    T("五十七岁", 57, "year", age=True),
    # 两间平房: 平房 (a one-storey house) is a word, not 平房区 (哈尔滨); 间 is not a classifier of the list; 二三十平方米: an area (other units are no mentions)
    # 一张诊疗床: lone 一
    C("两个", 2, "item"),                           # 两个药柜
    T("三十多年", 30, "year", qualifier="min"),
    # 病人成百上千: bare magnitudes with no classifier (call 3)
    D("1992年", "1992"),
    R("定西", DX, in_org=True),                     # 定西卫校: a school's name written short
    T("二十三四岁", {"min": 23, "max": 24}, "year", age=True),   # neighbouring numerals in the tail (call 6)
    # 一天看: lone 一
    C("七八个", {"min": 7, "max": 8}, "item"),
    C("三四十个", {"min": 30, "max": 40}, "item"),
    C("十五六个", {"min": 15, "max": 16}, "item"),
    C("一千二百多人", 1200, "person", qualifier="min"),
    T("六十岁以上", 60, "year", age=True, qualifier="min"),
    # 占了大半: no unit
    C("一百三四十个", {"min": 130, "max": 140}, "item"),   # call 6
    # 十几里山路: 几 (call 1), and 里 is a distance; 走一趟: lone 一, 趟 no classifier
    # 得个把小时: 个把 has no numeral (call 2)
    # 前几年: 几; 一辆摩托车: lone 一
    T("二三十分钟", {"min": 20, "max": 30}, "minute"),   # 二三十: neighbouring numerals (not the year 二三年)
    # 一上午: lone 一; 五六户: 户 is not a classifier of the list, nothing
    M("三五十块", (30, 50)),                        # 三五 pair before 十块
    P("百分之六十五", 0.65),
    # 一次下来: lone 一; 十几块钱: 几 (call 1)
    M("一二十块", (10, 20)),                        # 一二十块: 10 to 20 yuan, neighbouring numerals (call 5; not the list 一二 of 一二线城市)
    DR("1-9月", "--01", "--09"),                    # 今年1-9月: 今年 is not part of it
    C("2860人次", 2860, "person"),
    M("约4.7万元", 47000, qualifier="approx"),
    T("八九十岁", {"min": 80, "max": 90}, "year", age=True),
    # 二十来个: 来 (call 2)
    C("两三次", {"min": 2, "max": 3}, "time"),      # 每个月上门两三次: 每个月 is no period of a count
    # 一靠/二靠: enumeration; 一般诊疗费: a word; 一年下来: lone 一; 四万出头: no unit (call 8)
    R("兰州", LZ),                                  # 儿子在兰州上班
    C("332个", 332, "item"),                        # 全县332个行政村
    T("二十年以上", 20, "year", qualifier="min"),
    T("五十五岁以上", 55, "year", age=True, qualifier="min"),
    D("2024年起", "2024", qualifier="from"),
    C("三五十名", {"min": 30, "max": 50}, "person"),   # 每年定向培养三五十名: a range (三五 pair)
    T("3年", 3, "year"),                            # 学制3年
    T("不少于6年", 6, "year", qualifier="min"),
    PH("0932-5212680"),
    # 夕阳西下: 阳西 (阳西县, 阳江) straddles two words, no place
    T("九十多岁", 90, "year", age=True, qualifier="min"),
    T("半年", 0.5, "year"),                         # 卧床小半年: 小 is not on the shared list (call 4)
]
