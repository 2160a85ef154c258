from gold_lib import *

LY = "410300"                                       # 洛阳市
SPEC = [
    D("2024年", "2024"),                            # title 2024年洛阳市…统计公报 (no 《》)
    R("洛阳市", LY),                                # 洛阳市医疗保障事业发展统计公报: a topic
    R("洛阳市", LY, in_org=True),                   # 洛阳市医疗保障局
    D("2025年4月", "2025-04"),
    D("2024年", "2024"),
    D("2024年", "2024"),
    # 一、二、…: section numbers
    D("2024年底", "2024", qualifier="approx"),      # 截至2024年底: 截至 is a preposition
    C("635.2\n万人", 6352000, "person"),            # 635.2⏎万人: a break between the number and its unit, inside the mention (call 1)
    P("95%以上", 0.95, qualifier="min"),
    C("128.6万人", 1286000, "person"),
    C("3.1万人", 31000, "person"),
    P("2.5%", 0.025),
    C("506.6\n万人", 5066000, "person"),            # (call 1)
    P("1.2%", 0.012),
    D("2024年", "2024"),
    M("136.8亿元", 13680000000), P("4.6%", 0.046),
    M("128.3亿元", 12830000000), P("7.9%", 0.079),
    M("8.5亿元", 850000000),
    M("112\n.4亿元", 11240000000),                  # 112⏎.4亿元: the break before the decimal point (call 1)
    T("10.5个月", 10.5, "month"),
    M("58.2亿元", 5820000000), M("52.7亿元", 5270000000), M("21.4亿元", 2140000000),
    M("57.2亿元", 5720000000), M("36.9亿元", 3690000000),   # 城⏎乡: an ordinary word, no place
    P("64.5%", 0.645),
    # — 3 —: a page number
    C("2,86\n4.3万人次", 28643000, "person"),       # 2,86⏎4.3万人次: a break inside the number (call 1)
    P("11.2%", 0.112),
    P("84.6%", 0.846),
    P("0.8个百分点", 0.008, points=True),
    P("70.3%", 0.703),
    P("1.1个\n百分点", 0.011, points=True),         # 1.1个⏎百分点 (call 1)
    M("9,862元", 9862), P("3.4%", 0.034),
    T("8.6天", 8.6, "day"), T("0.4天", 0.4, "day"),
    C("186.5万人次", 1865000, "person"),
    M("31.2亿元", 3120000000),
    D("12月末", "--12", qualifier="approx"),        # 截至12月末
    C("2\n,143家", 2143, "institution"),            # 2⏎,143家: the break before the thousands comma (call 1)
    C("3,218家", 3218, "institution"),
    DR("2024年1-11月", "2024-01", "2024-11"),
    C("4.7万人", 47000, "person"),
    C("38.2万人", 382000, "person"),
    C("4,862家", 4862, "institution"),
    M("2.36亿元", 236000000),
    R("涧西\n区", "410305"),                        # 涧西⏎区: the place broken by the line end (call 1)
    R("偃师区", "410307"), R("孟津区", "410308"),
    C("127家", 127, "institution"),
    C("6件", 6, "item"),
    # 注:1. 2. 3.: list numbers; 2O23年: an OCR letter O inside the year: no date (call 3)
    R("洛阳市", LY),                                # 洛阳市以外: a place; 在洛: one-character abbreviation, nothing
    C("约3万人", 30000, "person", qualifier="approx"),
    # — 4 —: a page number
]
