from gold_lib import *

# pages/news.jsonl (made by make_news_jsonl.py): one gold file per record id.
CN, YB = "511524", "511500"                 # 长宁县 (宜宾), 宜宾市
PT_SH, PT_ZS = "310107", "330903"           # 普陀区 of 上海 and of 舟山
QH, TL = "211204", "211200"                 # 清河区 (铁岭), 铁岭市
DOCS = {
    "heldout58-news-1": [
        R("长宁县", CN),                            # title; a 宜宾 county (上海 has a 长宁区)
        C("31个", 31, "item"),
        R("宜宾", YB, in_org=True),                 # 宜宾新闻网讯
        D("4月2日", "--04-02"),
        R("长宁县", CN, in_org=True),               # 长宁县医疗保障局
        # 双河镇, 梅硐镇: townships (双河 is 双河市's short name, 新疆): no places
        C("18个", 18, "item"),
        C("31个", 31, "item"),
        C("12项", 12, "item"),
        D("2026年度", "2026"),
        M("每年400元", 400, period="year"),         # 每人每年400元: 每人 is no period
        D("3月31日", "--03-31"),
        P("97.6%", 0.976),
        P("1.2个百分点", 0.012, points=True),
        R("上海", "310000"), R("广东", "440000"),
        R("长宁", CN),                              # 长宁籍 on a 宜宾 page: the county, not 上海's 长宁区 (call 1)
        C("约2.3万人", 23000, "person", qualifier="approx"),
        R("四川", "510000", in_org=True),           # "四川医保"APP
        R("宜宾市", YB),                            # 宜宾市内
        R("江安", "511523"), R("高县", "511525"), R("珙县", "511526"),
        R("长宁县", CN, in_org=True),               # 长宁县人民医院
        PH("0831-4501234"),
        R("宜宾", YB, in_org=True),                 # 来源:宜宾新闻网
        D("2026-04-03", "2026-04-03"),              # the item's own date: plain
    ],
    "heldout58-news-2": [
        R("普陀区", PT_SH),                         # title of a 上海 item (the url and the source say so)
        C("10个", 10, "item"),
        D("2026-06-15", "2026-06-15"),              # 10:20 a time
        R("上海普陀", PT_SH, in_org=True),          # 来源:上海普陀: the district's news account (call 8)
        R("上海市普陀区", PT_SH, in_org=True),      # 上海市普陀区医疗保障局
        D("2026年7月1日起", "2026-07-01", qualifier="from"),
        R("普陀区", PT_SH),                         # 普陀区长寿路街道: 长寿 (长寿区, 重庆) is part of a street's name
        # 真如镇街道: a street (真如 is no division)
        C("10个", 10, "item"),
        M("每次20元", 20, period="time"),
        M("每次35元", 35, period="time"),
        P("85%", 0.85), P("70%", 0.7),
        T("60周岁以上", 60, "year", age=True, qualifier="min"),
        T("不超过90天", 90, "day", qualifier="max"),   # 每个建床周期: 每个 + no number
        # table: 长寿路街道, 真如镇街道 (streets) again
        C("46名", 46, "person"),
        C("58名", 58, "person"),
        R("普陀区", PT_SH),
        R("浙江省舟山市普陀区", PT_ZS),             # the chain settles it; 两区: no classifier
        R("普陀区", PT_SH, in_org=True),            # 普陀区医保中心 (a 上海 office: the page's 普陀区)
        PH("021-52561234"),                         # 9:00-17:00 times
    ],
    "heldout58-news-3": [
        R("铁岭清河区", QH),                        # title: city short name + district, one chain
        M("3000元", 3000),
        R("铁岭市清河区", QH, in_org=True),         # 铁岭市清河区医疗保障局
        D("2026年1月起", "2026-01", qualifier="from"),
        R("清河区", QH),                            # 清河区职工医保: a programme, plain
        M("2500元", 2500),
        M("3000元", 3000),                          # 由…提高到…: two amounts; 最高 does not touch
        # 一级及以下, 二级: hospital levels
        P("60%", 0.6), P("55%", 0.55),
        R("清河区", QH),
        C("27家", 27, "institution"),
        C("15家", 15, "institution"),
        # 约20公里: kilometres, no unit of any type; 聂家满族乡: a township
        R("铁岭清河区", QH),
        R("河北邢台清河县", "130534"),              # the other 清河: the chain settles it
        R("清河区", QH, in_org=True),               # 清河区医保局
        PH("0410-6801234"),
        # 清河水库: 清河 is part of a reservoir's name (named after the river): no place (call 7)
        R("清河区", QH, in_org=True),               # 清河区人民医院
        D("2026-02-09", "2026-02-09"),
        R("铁岭", TL, in_org=True),                 # 铁岭日报: 铁岭 is the city's and the county's short name: the city
    ],
}
