from gold_lib import *

LY = "410300"                                       # 洛阳市
SPEC = [
    R("洛阳市", LY),                                # 洛阳市基本医疗保险住院费用结算单: a place before a programme (no office word, no 《》)
    R("洛阳市", LY, in_org=True),                   # 洛阳市第三人民医院 (第三: an ordinal, 三人 no count); 机构等级:三级 (a hospital level); 结算单号 LY2025031200417: an ID
    R("河南省洛阳市涧西区", "410305"),              # 参保地: a chain, one mention at the county level
    T("67岁", 67, "year", age=True),                # 医保编号 41030500293817: an ID (no phone, no date)
    # 住院号 ZY20250304118: an ID; 床号:12: a bare number
    D("2025-03-04", "2025-03-04"),                  # 入院日期: labels stand between the two dates, so no range
    D("2025.03.12", "2025-03-12"),                  # 出院日期: a dotted date (set 5 call 5), zero-padded
    T("8天", 8, "day"),                             # 住院天数:8天
    C("2次", 2, "time"),                            # 本年度累计住院2次; (本次为第2次住院): 第2次 an ordinal; 本年度 no date
    # 一、费用明细: the amounts carry their own 元 (a list number 一、 before)
    M("400.00元", 400),
    M("2,680.45元", 2680.45),
    M("1,286.50元", 1286.5),
    M("15,732.68元", 15732.68),
    M("9,865.20元", 9865.2),
    M("12,420.15元", 12420.15),
    M("3,641.32元", 3641.32),
    M("2,400.00元", 2400),
    M("48,426.30元", 48426.3),                      # 医疗费用总额
    # 按费用等级(单位:元): the unit is in the heading, so the bare cells 30,118.44 14,106.50 1,872.14 4,201.36
    # are no money (set 3 call 5, set 4 call 18)
    M("42,352.80元", 42352.8),                      # 二、政策范围内费用
    M("600.00元", 600),                             # 起付标准; (三级医疗机构: a level; 第二次住院: an ordinal)
    M("25,051.68元", 25051.68),
    P("60%", 0.6),                                  # (报销比例60%)
    M("20万元", 200000),                            # 年度最高支付限额:20万元: 最高 does not touch (支付限额: between)
    M("31,486.20元", 31486.2),                      # 已累计支付: 累计 no qualifier
    # 三、大病保险结算(二次报销): 二次报销 is no count
    M("1.5万元", 15000),                            # 大病保险起付标准:1.5万元(年度累计)
    M("17,301.12元", 17301.12),
    M("1,380.67元", 1380.67),
    M("1.5万元", 15000),                            # 1.5万元至10万元段: two money mentions (set 1 call 4), 段 outside
    M("10万元", 100000),
    P("60%", 0.6),
    M("0.00元", 0),                                 # 四、医疗救助支付:0.00元
    M("26,432.35元", 26432.35),                     # 五、
    M("21,993.95元", 21993.95),
    M("4,201.36元", 4201.36),
    P("54.58%", 0.5458),
    # 说明:1. 2. 3. 4. are list numbers; 一式三联: 联 no classifier, 一 a lone determiner
    T("30日", 30, "day"),                           # 出院后30日内: 后 belongs to 出院, 内 is not a qualifier
    PH("0379-63926123"),
    R("洛阳市", LY, in_org=True),                   # (洛阳市医疗保障事务中心)
    PH("12393"),
    U("https://fw.ly.example.gov.cn/jsd"),          # spaces around it in the text; the URL stops at the space
    # 结算操作员:李某: a person
    D("2025年3月12日", "2025-03-12"),               # 10:26: a time of day
    D("2025-03-12", "2025-03-12"),                  # 打印时间; 10:31: a time of day
]
