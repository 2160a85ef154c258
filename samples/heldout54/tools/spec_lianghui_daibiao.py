from gold_lib import *

NS = "440305"                                       # 深圳市南山区
SPEC = [
    # headline 更惠民: 惠民 is a word (benefit the people), not 惠民县; 代表委员: no place
    D("2025-03-07", "2025-03-07"),                  # 08:30: a time
    # 来源:健康时报网: no place
    R("北京", "110000"),                            # 本报北京3月6日电: the dateline's place, plain
    D("3月6日", "--03-06"),
    # 十四届全国人大三次会议: ordinals; 全国 is no place; 国家医保局: no place
    D("2024年", "2024"),
    C("13.26亿人", 1326000000, "person"),
    P("95%左右", 0.95, qualifier="approx"),
    D("2025年", "2025"),
    M("30元", 30),
    M("每年700元", 700, period="year"),             # 每人每年700元
    R("岳阳市", "430600", in_org=True),             # 岳阳市第一人民医院; 第一 an ordinal; 张伟东 a person
    # DRG: no number
    C("超过6万例", 60000, "case", qualifier="min"),
    P("7.5%", 0.075),
    T("1个月", 1, "month"),                         # digit 1 is no lone 一 (set 1 call 13)
    R("贵州省遵义市湄潭县", "520328", in_org=True), # …湄潭县兴隆镇卫生院: the chain begins the clinic's name; 兴隆 in 兴隆镇 a township; 杨秀兰 a person
    T("70岁以上", 70, "year", age=True, qualifier="min"),
    C("480多人", 480, "person", qualifier="min"),
    # 一年到头: lone 一; 县城: no place
    P("90%", 0.9),
    # 医保定点: 保定 straddles two words, no place
    # 中国医学科学院: 中国 is no division; 刘长春: a person's given name, 长春 is no place (set 4 call 1)
    C("80多种", 80, "kind", qualifier="min"),
    M("10万元以上", 100000, qualifier="min"),       # 每年自付费用仍在10万元以上: words between, no period
    M("不少于5亿元", 500000000, qualifier="min"),   # 由财政每年安排不少于5亿元: 安排 between, no period
    R("深圳市南山区", NS, in_org=True),             # 深圳市南山区粤海街道党工委: a body's name (粤海街道 a street); 黄志明 a person
    R("南山区", NS),                                # 南山区有外卖骑手: plain, 深圳's (not 鹤岗's)
    C("约6.5万名", 65000, "person", qualifier="approx"),
    P("三成以上", 0.3, qualifier="min"),
    # 郑晓: the editor
]
