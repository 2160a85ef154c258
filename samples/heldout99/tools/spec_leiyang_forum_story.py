from gold_lib import *

LY, HY, CZ = "430481", "430400", "431000"        # 耒阳市, 衡阳市, 郴州市
SPEC = [
    R("耒阳", LY, in_org=True),                  # 耒阳论坛: a forum's name (as 武汉吧, set 44)
    T("18年", 18, "year"),
    # 尘肺病二期: a stage, nothing
    T("两年", 2, "year"),                         # 这两年: 两 + 年, a duration (两 is no lone 一)
    # 楼主:耒水边的老矿工: 耒水 is a river, no division
    D("2025-5-9", "2025-05-09"),                  # post time 21:47 a time; 阅读 4862, 回复 73 counters
    T("52岁", 52, "year", age=True),
    R("耒阳", LY),
    D("2003年", "2003"),
    # 导子、南阳: townships of 耒阳 (南阳 is no 南阳市 here); 十几年: 几 is no number
    R("郴州嘉禾", "431024"),                      # a chain: the county
    T("4年", 4, "year"),
    T("18年", 18, "year"),
    # 一天换两三个: 一天 a lone 一
    C("两三个", {"min": 2, "max": 3}, "item"),     # 口罩一天换两三个
    # 十几mg/m³: a concentration (and 几); 好几倍: 倍 is no unit
    D("2022年", "2022"),
    # 两层楼: 层 is no classifier
    D("2023年3月", "2023-03"),
    R("衡阳市", HY, in_org=True),                # 衡阳市职业病防治院
    T("8天", 8, "day"),
    # 煤工尘肺贰期, 职业性煤工尘肺二期: stages, nothing
    D("2019年", "2019"),
    # 三趟: 趟 is no classifier
    D("2023年", "2023"),                          # 2023年一年交了380元: 一年 a lone 一
    M("380元", 380),
    M("400元", 400),
    # 1. 2. 3.: list numbers
    D("11月", "--11"),
    R("耒阳市", LY, in_org=True),                # 耒阳市人民医院
    T("12天", 12, "day"),
    M("13,846元", 13846),
    M("9,480元左右", 9480, qualifier="approx"),
    P("七成", 0.7),                               # 差不多七成: 差不多 is off the list
    M("四千多块", 4000, qualifier="min"),          # 多 before the unit: more than
    M("2,100元", 2100),
    M("五六百块", (500, 600)),                     # two neighbouring numerals: a range
    P("60%", 0.6),
    M("8000元", 8000),                            # 一年封顶8000元: 封顶 is a qualifier only after the amount
    # 每周一、三、五: weekdays
    C("3次", 3, "time"),                          # 每周去3次
    # 每次练一个多小时: 一个 is a lone 一 (no duration)
    # 第一, 第二, 第三: ordinals
    P("100%", 1),
    # 二级伤残: a grade
    T("25个月", 25, "month"),                     # 25个月的本人工资 (earlier set's call 2)
    # “湘医保”APP: 湘 a one-character abbreviation
    R("耒阳市", LY, in_org=True),                # 耒阳市医保局
    PH("0734-4321568"),
    PH("12345"),
    # 2楼, 3楼, 4楼: floor numbers; 湘南矿嫂: 湘南 is no division
    D("2025-5-9", "2025-05-09"),
    R("冷水江", "431381"),                        # 冷水江锡矿山 (锡矿山 a mining town, nothing)
    T("二十多年", 20, "year", qualifier="min"),    # 多 between number and unit
    # 三期: a stage
    R("耒阳", LY, in_org=True),                  # 耒阳医保小助手: an account's screen name
    D("2025-5-10", "2025-05-10"),                 # 09:05 a time
    # @耒水边的老矿工: 耒水 a river
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    M("5000元", 5000),
    M("8000元", 8000),
    M("不超过3000元", 3000, qualifier="max"),     # 每人每年还可申请不超过3000元: 每年 does not touch
    PH("4321568", inferred_code="0734"),          # a local number completed from the article's region (耒阳 → 0734)
    D("2025-5-10", "2025-05-10"),
]
