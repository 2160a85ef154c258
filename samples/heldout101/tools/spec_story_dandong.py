from gold_lib import *

DD, ZA, KD = "210600", "210604", "210624"          # 丹东市, 振安区, 宽甸满族自治县
SPEC = [
    # 一门忠烈: nothing; 七十载: 载 is no duration unit of the guidelines (call 6)
    R("丹东市振安区", ZA),                          # 记丹东市振安区烈士家属: a place before a person, plain
    R("丹东", DD, in_org=True),                     # 丹东日报 (set 1 call 7)
    D("2025-04-03", "2025-04-03"),
    T("九十二岁", 92, "year", age=True),
    R("丹东市振安区", ZA),                          # 五龙背镇: a township, nothing
    D("一九五〇年十月", "1950-10"),                 # old-style Chinese numerals with 〇
    # 第39军: an army's number (ordinal), nothing
    D("一九五一年二月", "1951-02"),
    T("二十三岁", 23, "year", age=True),
    # 那一年: lone 一
    T("十八周岁", 18, "year", age=True),
    T("6个月", 6, "month"),                         # 刚满 is not a qualifier
    D("一九五三年七月二十七日", "1953-07-27"),
    # 一张照片: lone 一; 一年才几十块: lone 一, 几十 is no number
    D("五八年以后", "1958", qualifier="from"),      # a year said short (like 二三年), 以后 → from (call 7)
    M("8块", 8),                                    # 每月能领到8块钱: 能领到 stands between 每月 and the amount; 钱 not in the span
    D("一九六四年", "1964"),
    # 某部81234部队: a unit's number, nothing (call 4)
    T("15年", 15, "year"),
    D("一九七九年", "1979"),
    R("宽甸满族自治县", KD),
    T("七十多年", 70, "year", qualifier="min"),     # 多 between number and unit → min
    D("2019年起", "2019", qualifier="from"),
    R("振安区", ZA, in_org=True),                   # 振安区退役军人事务局
    D("2023年12月", "2023-12"),
    T("12天", 12, "day"),
    M("18,640元", 18640),
    M("1,120元", 1120),
    M("0元", 0),                                    # zero is money
    # 区退役军人事务局, 全区: no place
    C("137人", 137, "person"),
    T("81.6岁", 81.6, "year", age=True),            # 平均年龄81.6岁: an age
    T("80岁以上", 80, "year", age=True, qualifier="min"),
    C("96人", 96, "person"),
    D("2024年", "2024"),
    M("46.8万元", 468000),
    C("1200余人次", 1200, "person", qualifier="min"),   # 余 between number and unit → min
    # 清明: no date written in numbers
    D("9月30日", "--09-30"),
    # 抗美援朝纪念馆, 鸭绿江: no divisions; 一趟: lone 一
    PH("0415-2136688"),
]
