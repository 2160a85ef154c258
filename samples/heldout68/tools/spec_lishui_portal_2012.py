from gold_lib import *

LS, NJ = "320117", "320100"                         # 溧水县 (2012) -> 溧水区; 南京市
RN = dict(renamed_from="溧水县")
SPEC = [
    # 中国溧水: 中国 is no division of the gazetteer (like 全国)
    R("溧水", LS, in_org=True),                     # 中国溧水: the portal's name; the short name 溧水 is today's too, no renamed_from (call 3)
    R("溧水县", LS, in_org=True, **RN),             # 溧水县人民政府门户网站
    R("溧水", LS),                                  # nav 走进溧水: a topic
    R("溧水", LS),                                  # nav 投资溧水
    # 【字体:大 中 小】, breadcrumb: chrome
    R("溧水县", LS, **RN),                          # headline: a place before a programme
    D("2012年", "2012"),
    M("每年300元", 300, period="year"),
    # 县卫生局, 作者:王晓明: no place; 新型农村合作医疗: 合作 is not a place; 大病二次补偿: secondary reimbursement
    D("2012-2-16", "2012-02-16"),                   # 10:25:38 a time; 点击数:2049 a counter
    M("230元", 230),
    M("300元", 300),
    M("240元", 240),
    M("60元", 60),
    D("1月31日", "--01-31"),
    # 30.2万农民参合: 农民 is no classifier, nothing
    P("98%以上", 0.98, qualifier="min"),
    D("2012年起", "2012", qualifier="from"),
    P("85%", 0.85),
    M("100元", 100),
    P("70%", 0.7),
    M("300元", 300),
    R("南京市", NJ),                                # 南京市区: a part of the city, plain (抚顺市主城区)
    P("50%", 0.5),
    M("800元", 800),
    M("10万元", 100000),
    M("15万元", 150000),
    M("200元", 200),                                # 每人每年限额200元: 限额 between, no period
    M("8元", 8),                                    # 每人次补偿8元: 补偿 between, no period
    C("12类", 12, "kind"),
    P("不低于70%", 0.7, qualifier="min"),
    M("超过2万元", 20000, qualifier="min"),
    C("1500余人", 1500, "person", qualifier="min"),
    T("30日", 30, "day"),                           # 30日内: 内 is not a qualifier
    D("2011年", "2011"),
    C("71.6万人次", 716000, "person"),
    M("7812万元", 78120000),
    P("18.4%", 0.184),
    PH("57212345", inferred_code="025"),            # local 8-digit numbers, completed to 南京's 025
    PH("57234567", inferred_code="025"),
    # 打印本页/关闭窗口/返回顶部: chrome; 洪蓝镇: a township
    D("2012年", "2012"),                            # 下一篇: …召开2012年卫生工作会议 (a link title, not a related-items block)
    R("溧水县", LS, in_org=True, **RN),             # 溧水县人民政府办公室
    R("溧水县", LS, in_org=True, **RN),             # 溧水县信息中心
    R("溧水县", LS, **RN),                          # address: 溧水县永阳镇通济街88号 (镇, street, number: nothing)
    # 邮编:211200 a postcode
    PH("025-57221101"),
    # 苏ICP备05012345号: a record number; 您是第 3216548 位访问者: an ordinal
]
