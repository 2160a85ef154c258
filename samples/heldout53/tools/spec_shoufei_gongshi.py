from gold_lib import *

CS = "430100"                                       # 长沙市
SPEC = [
    R("长沙", CS, in_org=True),                     # 长沙湘岳医院医疗服务价格公示
    D("2025年3月1日起", "2025-03-01", qualifier="from"),
    DR("2025年2月20日至2月28日", "2025-02-20", "2025-02-28"),
    # header 项目编码 | 项目名称 | 单位 | 价格 | 医保类别 | 自付比例; the 项目编码 cells (110200001 …, C0306) are codes;
    # the 单位 cell (次, 床日, 部位, 项, 每穴位 …) is a separate cell: the price cell's 元 carries no period (call 5);
    # 甲/乙/丙 (医保类别) are categories, no numbers
    M("12元", 12), P("0%", 0),
    M("30元", 30), P("10%", 0.1),
    M("50元", 50), P("10%", 0.1),
    M("45元", 45), P("0%", 0),                      # 床位费(三人间) | 床日 | 45元: 三人间 is a room type (no classifier count)
    M("80元", 80), P("20%", 0.2),
    M("150元", 150), P("100%", 1),
    # 64排CT平扫: 排 is no classifier
    M("280元", 280), P("10%", 0.1),
    M("120元", 120), P("10%", 0.1),
    # 血细胞分析(五分类): "5-part differential", 分类 is a word, not 五分 + 类 or 五 + 分类: nothing
    M("25元", 25), P("0%", 0),
    M("8元", 8), P("0%", 0),                        # 针灸治疗 | 每穴位 | 8元: 每穴位 is in another cell
    M("4200元", 4200), P("15%", 0.15),
    M("7,860.00元", 7860),
    M("7000元", 7000),                              # 限价7000元/套: 限价 is no qualifier on the list; /套 is no period, outside the span
    # 说明 1.: list number
    P("10%", 0.1), P("20%", 0.2),                   # 10%-20%: two % signs, two mentions
    # 第二个部位: an ordinal
    P("50%", 0.5),
    # 一个部位: lone 一
    M("100元", 100),
    T("6周岁以下", 6, "year", age=True, qualifier="max", _nb=True),   # "3.6周岁以下": list number 3. against the age
    P("20%", 0.2),
    M("1000元以上", 1000, qualifier="min"),
    # 一次性: lone 一
    P("20%", 0.2),
    M("超过3万元", 30000, qualifier="min"),
    P("30%", 0.3),
    M("每床日45元", 45, period="day"),
    M("每床日150元", 150, period="day"),
    M("每床日不超过80元", 80, period="day", qualifier="max"),   # period + qualifier (set 1 call 3)
    # 湘医保发〔2024〕18号, 长医保发〔2025〕3号: document numbers (长 one-character abbreviation: no place)
    C("3216项", 3216, "item"),
    C("487种", 487, "kind"),
    PH("0731-84521735", city="长沙市"),
    PH("12345"),
]
