from gold_lib import *

ORD, YS, YB = "150600", "632700", "222400"           # 鄂尔多斯市; 玉树州; 延边州
DOCS = {
    "heldout50-jsonl-1": [
        R("内蒙古鄂尔多斯", ORD),                      # title: chain → the city; 跨盟市, 旗区: no names
        D("2025-11-03", "2025-11-03"),                 # 15:20 a time; 北疆医保资讯: 北疆 is no unit
        R("鄂尔多斯市", ORD, in_org=True),             # 鄂尔多斯市医疗保障局
        D("10月31日", "--10-31"),                      # 截至 is a preposition
        C("9个", 9, "item"),                           # 9个旗区
        C("461家", 461, "institution"),
        DR("1-10月", "--01", "--10"),                  # 今年1-10月: 今年 is not part of it
        R("鄂尔多斯", ORD),
        R("呼和浩特", "150100"),
        R("包头", "150200"),
        R("阿拉善盟", "152900"),
        C("2.17万人次", 21700, "person"),
        M("1.36亿元", 136000000),
        R("伊金霍洛旗", "150627"),
        # 图门吉日嘎拉: a Mongolian personal name
        R("阿拉善左旗", "152921"),
        T("8天", 8, "day"),
        M("3.2万元", 32000),
        M("2.5万元", 25000),
        P("约78%", 0.78, qualifier="approx"),
        R("乌审旗", "150626"),
        # 苏力德苏木嘎鲁图嘎查: a 苏木 (township) and a 嘎查 (village): not places
        T("60岁以上", 60, "year", age=True, qualifier="min"),
        P("百分之百", 1),
        R("鄂尔多斯市", ORD, in_org=True),             # 鄂尔多斯市医保局
        D("2026年度", "2026"),
        D("2025年12月31日", "2025-12-31"),             # 截止到: before the date, not part of it
        M("400元", 400),                               # 每人400元: 每人 is no period
        PH("0477-8586213"),
    ],
    "heldout50-jsonl-2": [
        R("青海玉树州", YS),                           # chain 青海 + 玉树州 → the prefecture (州 picks it over 玉树市)
        # 三江源头, 三江源报: 三江 (柳州's 三江县 short name) and 江源 (白山's 江源区) are parts of 三江源, a region's name (call 13);
        # 才让东周: a reporter's name
        D("9月16日", "--09-16"),
        R("玉树藏族自治州", YS, in_org=True),          # 玉树藏族自治州医保局
        # 两辆: 辆 is no classifier; 结古镇: a town; 214国道: a road number
        R("称多县", "632723"),
        R("曲麻莱县", "632726"),
        R("治多县", "632724"),
        C("4台", 4, "piece"),
        C("28项", 28, "item"),
        R("玉树州", YS),
        P("98.3%", 0.983),
        R("果洛州", "632600"),
        P("0.6个百分点", 0.006, points=True),
        P("86.5%", 0.865),                             # 州内: no name
        R("称多县", "632723"),                         # 称多县珍秦镇: the town is not a place
        # 多杰才仁: a personal name
        T("72岁", 72, "year", age=True),
        M("最高6000元", 6000, qualifier="max"),        # 每年可报销最高6000元: 每年 does not touch (可报销 between)
        DR("每月5日至20日", "---05", "---20", recurring="monthly"),
        R("西宁", "630100"),
        R("海东", "630200"),
        PH("0976-8823516"),
    ],
    "heldout50-jsonl-3": [
        R("延边州", YB),                               # title; 一次办: lone 一
        D("2025-12-08", "2025-12-08"),                 # 发布日期 of the main article: a plain date
        R("延边朝鲜族自治州", YB, in_org=True),        # 延边朝鲜族自治州医疗保障局
        D("2025年12月1日起", "2025-12-01", qualifier="from"),
        R("延吉市", "222401"), R("图们市", "222402"), R("珲春市", "222404"), R("龙井市", "222405"),
        C("8个", 8, "item"),                           # 8个县市
        # 韩国: abroad, no division
        R("宁夏银川", "640100"),                       # chain → the city
        R("广东", "440000"),
        R("吉林", "220000", in_org=True),              # “吉林智慧医保”小程序: the province's app (call 14)
        # 一次办结: lone 一
        T("6个月", 6, "month"),
        T("11个月", 11, "month"),                      # 今年前11个月
        # 全州: “the whole prefecture” here (also 桂林's 全州县)
        C("3.84万人次", 38400, "person"),
        P("41%", 0.41),
        # 金顺姬: a personal name
        R("和龙", "222406"),
        T("2个小时", 2, "hour"),
        T("5分钟", 5, "minute"),
        PH("0433-2556018"),                            # the tel: href is an attribute, not text
        # ybj.example.gov.cn/yb/2025: no http(s):// and no www.: not a URL per the guidelines (call 15); its 2025 is inside it
        # 内部编号 YB-2025-1208-03: a display:none paragraph (normalize.py keeps it); an ID, nothing either way
    ],
}
