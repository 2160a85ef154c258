from gold_lib import *

CS, YL = "430100", "430104"                         # 长沙市, 岳麓区
XA, SN, YT = "610100", "610000", "610113"           # 西安市, 陕西省, 雁塔区
NC, JX, QSH, HGT = "360100", "360000", "360111", "360113"   # 南昌市, 江西省, 青山湖区, 红谷滩区

DOCS = {
    "heldout57-pharmacy-1": [
        R("岳麓", YL, in_org=True),                 # 益康大药房(岳麓店): the branch of a named pharmacy (set 47 call 9)
        D("12月", "--12"),                          # 12月会员日
        DR("2024年12月18日-12月20日", "2024-12-18", "2024-12-20"),
        # 0.3g×20粒: a pack specification (set 8 call 1)
        M("12.5元", 12.5),                          # 每盒12.5元: 每 + a classifier, no period
        # 阿莫西林胶囊: 西林 (西林县, 广西) is part of a drug's name; 0.25g×24粒: a pack specification
        M("28元", 28),                              # 原价28元现价16.8元: 原价/现价 are labels, not qualifiers
        M("16.8元", 16.8),
        # 75%酒精消毒液 500ml: a strength in a product's name (guidelines: 75%酒精), 500ml another unit
        M("15元", 15),
        M("9.9元", 9.9),
        # 0.9%氯化钠注射液: a strength in a drug's name; 型号HEM-7136: a model number
        M("398元", 398),
        M("239元", 239),
        P("8.8折", 0.88),                           # 会员8.8折: a discount with digits (set 23 call 6; 九五折 → 0.95)
        M("100元", 100),                            # 满100元减20元: two amounts
        M("20元", 20),
        # 第二件: an ordinal; 半价: no form of the guidelines
        C("3盒", 3, "piece"),                       # 每人每日限购3盒: a count (set 28 call 4)
        R("长沙市岳麓区", YL),                      # 门店地址: a chain; 麓山南路88号 a road and house number
                                                    # (山南, 山南市's short name, is part of the road's name)
        # 8:00-22:00: times of day
        PH("0731-88851234", city="长沙市"),         # 0731 is shared: 长沙市 from the address (set 1 call 5)
    ],
    "heldout57-pharmacy-2": [
        # 同一种药: lone 一
        R("西安", XA),                              # 我比了比西安的价格: a place before a topic
        # 发帖人:秦岭脚下: a screen name; 秦岭 is no division
        D("2025-02-14", "2025-02-14"),              # 21:36 a time
        R("陕西", SN),                              # IP属地:陕西 (set 44)
        # 几家: no number; header cells: nothing; 药店A/B: letters
        # 5mg×28片, 0.5g×30片, 20mg×7片: pack specifications in the 规格 column (set 8 call 1)
        M("4.6元", 4.6),                            # each price cell writes 元 (set 4 call 18)
        M("12元", 12),
        M("18.5元", 18.5),
        M("3.9元", 3.9),
        M("9.8元", 9.8),
        M("15元", 15),
        M("1.26元", 1.26),
        M("8元", 8),
        # — : an empty cell
        R("雁塔区", YT),                            # 药店A在雁塔区; “医保定点”: 保定 is part of a word, no place
        M("98元", 98),                              # <del>原价98元</del>: struck-through text is still visible text
        # 80mg×28粒: a pack specification
        M("39.9元", 39.9),
        # 一个药盒, 一个月, 一次: lone 一
        M("30块左右", 30, qualifier="approx"),      # <strong>30</strong>块左右
        T("4周", 4, "week"),                        # 最多开<b>4</b>周的量: 开 stands between 最多 and the number
        T("12周", 12, "week"),
        M("5元", 5),                                # 每月挂号还要<b>5</b>元: 挂号还要 between, no period (set 23 call 7)
        R("西安市", XA, in_org=True),               # 西安市医保局
        PH("029-86781234", city="西安市"),          # 029 is shared with 咸阳: the office is 西安's
        PH("12393"),
    ],
    "heldout57-pharmacy-3": [
        R("南昌", NC),                              # 我妈在南昌: the city (city over county 南昌县)
        # 好多年: no number; 一盒 (×2): lone 一
        M("60多块", 60, qualifier="min"),           # 多 between the number and 块 → min
        M("5块", 5),                                # 每盒不到5块: 不到 is not on the list; 每盒 no period
        M("25元", 25),
        C("4盒", 4, "piece"),                       # 每个月吃4盒: boxes used (set 22 call 5); counts have no period
        R("江西省", JX, in_org=True),               # 江西省医保局12393热线: the office's name
        PH("12393"),
        # 20mg×7片: a pack specification
        M("约1.3元", 1.3, qualifier="approx"),      # 每盒约1.3元
        # “集采药品进药店”: no number; 1.5倍: a multiple, nothing
        R("江西省", JX),                            # 江西省自2024年7月起推动…: the province as actor (set 46 call 11)
        D("2024年7月起", "2024-07", qualifier="from"),
        # 全省: no place
        C("3200余家", 3200, "institution", qualifier="min"),   # 余 between the number and 家 → min
        R("南昌市青山湖区", QSH),                   # a chain before a topic
        R("红谷滩区", HGT),
        P("50%", 0.5),
        M("300元", 300),                            # 年度最高支付限额300元: 支付限额 between 最高 and the amount (set 1 call 14)
        R("南昌市", NC, in_org=True),               # 南昌市医疗保障局
        PH("0791-83881234"),
    ],
}
