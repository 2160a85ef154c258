from gold_lib import *

AH, AQ = "340000", "340800"                         # 安徽省, 安庆市
SPEC = [
    R("安徽省", AH, in_org=True),                   # 安徽省政协: the provincial CPPCC committee, an organisation
    # 十三届三次会议: ordinals (三次 = the third session, no count); 第0456号: the proposal's number (call 1)
    # 省政协委员: 省 alone; 陈晓梅: a person
    R("安徽", AH, in_org=True),                     # 安徽医科大学第一附属医院; 第一: an ordinal
    # 界别: 医药卫生界, no number
    PH("0551-62923388"),
    # 我省: no place
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    C("1292万人", 12920000, "person"),
    P("21.1%", 0.211),
    C("约98万人", 980000, "person", qualifier="approx"),
    D("2017年起", "2017", qualifier="from"),
    R("安庆市", AQ),                                # 安庆市作为…试点城市: plain
    # 首批: no number
    D("2024年底", "2024", qualifier="approx"),      # 截至 is a preposition
    C("3.6万人次", 36000, "person"),
    M("2.85亿元", 285000000),
    # 市中 in 16个市中: 市 + 中 "among", not a 市中区
    C("16个", 16, "item"),                          # 全省16个市: 个 touches 16 (set 1 call 13: 16个市 → 16个)
    R("安庆", AQ),
    R("芜湖", "340200"),
    M("3000元以上", 3000, qualifier="min"),         # 每月护理支出在3000元以上: 护理支出在 stands between, no period
    R("上海市", "310000"),
    D("2018年1月起", "2018-01", qualifier="from"),
    T("3至7小时", (3, 7), "hour"),                  # 每周3至7小时: one range (like 1到3个月); 每周 is no part of a duration (call 4)
    R("山东省青岛市", "370200"),
    M("每天50元", 50, period="day"),
    R("浙江省嘉兴市", "330400"),
    M("每年120元", 120, period="year"),             # 每人每年120元
    M("30元", 30),
    M("90元", 90),
    R("江苏省南通市", "320600"),
    P("70%", 0.7),                                  # 70%至80%: two percents
    P("80%", 0.8),
    # 1.…4.: list numbers
    D("2026年底前", "2026", qualifier="until"),
    C("16个", 16, "item"),
    P("0.2%", 0.002),
    M("每年不超过50元", 50, period="year", qualifier="max"),  # 每人每年不超过50元 (set 1 call 3)
    T("30日以内", 30, "day", qualifier="max"),
    T("2年", 2, "year"),                            # 有效期2年
    C("不少于5000名", 5000, "person", qualifier="min"),  # 每年培训: 培训 between; counts take no period
    # 一次性补贴: lone 一
    # 附议人 刘志远、吴芳、许建国: people
    C("3名", 3, "person"),                          # 共3名
    D("2025年1月15日", "2025-01-15"),
]
