from gold_lib import *

QH, SD, GS, JL, AH = "630000", "370000", "620000", "220000", "340000"
ZJ, TC = "440800", "320585"                         # 湛江市, 太仓市 (county-level, 苏州)
LZ, TS, ZY, JQ = "620100", "620500", "620700", "620900"
HF, WH, MAS = "340100", "340200", "340500"
SPEC = [
    # 中国医疗保险网: 中国 is no division of the gazetteer
    C("23个", 23, "item"),                          # headline: 已有23个省份
    D("2013-05-27", "2013-05-27"),                  # 08:46 a time; 点击数:5672 a counter; 字号:T|T chrome
    D("2012年8月", "2012-08"),                      # 自2012年8月…以来: 以来 does not touch
    # 六部委: 部委 is no classifier; 《关于开展城乡居民大病保险工作的指导意见》: no place
    D("2013年4月底", "2013-04", qualifier="approx"),   # 截至 outside
    # 全国: no place
    C("23个", 23, "item"),
    R("青海", QH),
    R("山东", SD),
    R("甘肃", GS),
    R("吉林", JL),                                  # 吉林等省: the province (with 省 after the list), not 吉林市
    R("广东湛江", ZJ),                              # a chain, one mention at its most specific level
    D("2007年", "2007"),
    R("湛江", ZJ),                                  # “湛江模式”: a model's name, a topic, plain (call 4)
    R("江苏太仓", TC),                              # chain → the county-level city 太仓市
    D("2011年起", "2011", qualifier="from"),
    M("每年50元", 50, period="year"),               # 按每人每年50元: 每人 no period
    M("超过1万元", 10000, qualifier="min"),
    P("82%", 0.82),                                 # 最高报销比例达82%: 最高 does not touch
    R("青海省", QH),
    D("2013年1月1日起", "2013-01-01", qualifier="from"),
    # 全省: no place
    M("每年50元", 50, period="year"),
    M("5000元", 5000),                              # 起付线5000元
    M("5000元以上", 5000, qualifier="min"),
    M("5000元", 5000),                              # 5000元至3万元: two amounts (set 1 call 4)
    M("3万元", 30000),
    P("50%", 0.5),
    M("3万元", 30000),
    M("5万元", 50000),
    P("60%", 0.6),
    M("5万元以上", 50000, qualifier="min"),
    P("70%", 0.7),
    M("20万元", 200000),                            # 年度最高支付限额为每人20万元: 每人 no period, 最高 does not touch
    C("3.6万人", 36000, "person"),                  # 约有3.6万人: 有 between 约 and the number (set 1 call 14)
    R("山东省", SD),
    D("2013年", "2013"),
    M("15元左右", 15, qualifier="approx"),          # 按人均15元左右: 人均 no period
    M("1.2万元", 12000),
    P("不低于50%", 0.5, qualifier="min"),
    R("甘肃省", GS),
    R("兰州", LZ),
    R("天水", TS),
    R("张掖", ZY),
    R("酒泉", JQ),
    # 4市: 市 is no classifier; 第一批: an ordinal
    P("10个百分点", 0.1, points=True),
    R("安徽省", AH),
    R("合肥", HF),
    R("芜湖", WH),
    R("马鞍山", MAS),
    # 3市: no classifier; 国务院医改办: no place
    D("二○一三年底前", "2013", qualifier="until"),   # 到…底前: 底前 is one of the until words
    # 各省(区、市): no place
    P("不低于50%", 0.5, qualifier="min"),
    P("10%", 0.1),                                  # 10%-15%: two percents (every % is its own mention)
    P("15%", 0.15),
    # 本报记者 刘燕 实习生 陈晨: people; 打印本页/关闭窗口: chrome
    PH("010-68792345"),
    E("news@example.org.cn"),
]
