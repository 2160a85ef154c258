from gold_lib import *

XA, SX, SH, XM = "610100", "610000", "310000", "350200"   # 西安市, 陕西省, 上海市, 厦门市
DOCS = {
    "heldout82-kx-1": [
        R("西安市", XA),                            # 西安市新冠肺炎疫情快讯: a place before a topic, plain
        D("2022年1月4日", "2022-01-04"),
        D("2022年1月3日", "2022-01-03"),            # 0时至24时: hours, the date only (call 2)
        R("西安市", XA),
        C("95例", 95, "case"),
        R("雁塔区", "610113"),
        C("46例", 46, "case"),
        R("长安区", "610116"),                      # 西安's 长安区, not 石家庄's
        C("12例", 12, "case"),
        R("未央区", "610112"),
        C("8例", 8, "case"),
        C("0例", 0, "case"),                        # 无症状感染者0例
        D("1月3日", "--01-03"),                     # 截至1月3日24时: the date only
        R("西安市", XA),
        C("1,853例", 1853, "case"),
        R("陕西省", SX, in_org=True),               # 陕西省新冠肺炎疫情防控指挥部 (call 6)
        T("14天", 14, "day"),
        T("7天", 7, "day"),
        # 第五轮: an ordinal
        C("1,204.3万人", 12043000, "person"),
        # 混检比例10:1: a ratio, nothing (call 4)
        PH("029-87651234", city="西安市"),          # 029 is shared with 咸阳: the article's region
    ],
    "heldout82-kx-2": [
        R("上海", SH),                              # 上海:核酸检测…: a headline's place, plain
        D("2022-05-31", "2022-05-31"),              # 18:20 a time
        R("上海市", SH, in_org=True),               # 上海市医疗保障局
        D("2022年6月1日起", "2022-06-01", qualifier="from"),
        # 10合1: a pooling ratio (call 4)
        M("3.5元", 3.5),                            # 每人份3.5元: no period (call 1)
        M("每人次不超过16元", 16, period="time", qualifier="max"),
        C("超过1.5万个", 15000, "item", qualifier="min"),
        R("浦东新区", "310115"),
        R("闵行区", "310112"),
        R("徐汇区", "310104"),
        T("24小时", 24, "hour"),                    # 7×24小时: the 7 is a bare factor (call 8)
        T("72小时", 72, "hour"),                    # 72小时内: 内 not a qualifier
        PH("12345"),
        PH("021-63351234"),
    ],
    "heldout82-kx-3": [
        R("厦门", XM),                              # 厦门快讯: a column's topic, plain
        R("同安区", "350212"),
        C("2例", 2, "case"),
        D("2021年9月13日", "2021-09-13"),           # 0时至24时: the date only (call 2)
        R("厦门市", XM),
        C("2例", 2, "case"),
        R("同安区", "350212"),
        C("1例", 1, "case"),                        # digit 1 is no lone 一 (set 1 call 13)
        R("厦门市", XM, in_org=True),               # 厦门市新冠肺炎疫情防控指挥部 (call 6)
        DR("9月14日至16日", "--09-14", "--09-16"),
        R("思明区", "350203"),
        R("湖里区", "350206"),
        R("同安区", "350212"),
        # "5合1""10合1": pooling ratios (call 4)
        C("1,536个", 1536, "item"),
        C("8,600余名", 8600, "person", qualifier="min"),
        # ≥37.3℃: a temperature (call 3)
        PH("0592-5301234"),
    ],
}
