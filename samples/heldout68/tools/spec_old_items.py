from gold_lib import *

CH, LJ, WW, HS, HX = "340181", "340124", "340281", "340522", "340523"   # 巢湖市; 庐江县; 无为县 -> 无为市; 含山县; 和县
SL, CD = "510116", "510100"                         # 双流县 (2007) -> 双流区; 成都市
PQ = "130881"                                       # 平泉县 (2006) -> 平泉市
DOCS = {
    "heldout68-old-1": [
        R("巢湖", CH, in_org=True),                 # 巢湖新闻网 (a news site); 巢湖 (prefecture, abolished 2011) → today's 巢湖市 (call 5)
        D("2009-3-12", "2009-03-12"),               # 16:05:22 a time; 点击数:1583 a counter
        R("巢湖市", CH),                            # headline: the prefecture-level city of 2009, no renamed_from (call 5)
        D("二○○九年", "2009"),
        M("100元", 100),
        # 市卫生局新农办: no place named
        D("09年", "2009"),                          # two-digit years (call 1)
        # 新型农村合作医疗: 合作 is not a place
        D("08年", "2008"),
        M("50元", 50),
        M("100元", 100),
        M("80元", 80),
        M("20元", 20),
        R("居巢区", CH, renamed_from="居巢区"),      # 居巢区 became today's 巢湖市 in 2011 (not in former_names.tsv; call 5)
        R("庐江县", LJ),                            # same name, moved to 合肥市 (2011): no renamed_from
        R("无为县", WW, renamed_from="无为县"),      # → 无为市 (芜湖)
        R("含山县", HS),                            # moved to 马鞍山市, same name
        R("和县", HX),
        C("312.6万人", 3126000, "person"),
        P("91.5%", 0.915),
        P("70%", 0.7),
        P("55%", 0.55),
        P("40%", 0.4),
        M("2万元", 20000),                          # 封顶线由2万元提高到3万元: two amounts
        M("3万元", 30000),
        R("无为县", WW, renamed_from="无为县"),
        D("3月底前", "--03", qualifier="until"),
        # 市新农办: no place
        PH("(0565)2312345"),                        # 0565: 巢湖's code then and now (area_codes.tsv: 巢湖市)
        PH("2312346", inferred_code="0565"),        # 传真:2312346 local 7-digit, completed from the article's region
    ],
    "heldout68-old-2": [
        R("双流县", SL, renamed_from="双流县"),      # headline: a place before a programme
        D("2007-6-12", "2007-06-12"),               # 发布时间 (a plain date: no related block)
        R("双流县", SL, in_org=True, renamed_from="双流县"),   # 来源:双流县卫生局; 点击数:862 a counter
        D("2007年7月1日起", "2007-07-01", qualifier="from"),   # <strong>2007年7月1日</strong>起: the tags are no text
        R("双流县", SL, renamed_from="双流县"),
        P("25%", 0.25),
        M("最高40元", 40, qualifier="max"),         # 每人每年门诊补偿最高40元: 门诊补偿 between 每年 and the amount, no period
        D("5月底", "--05", qualifier="approx"),
        C("25个", 25, "item"),
        C("48.7万人", 487000, "person"),
        P("96%", 0.96),
        M("50元", 50),                              # 人均筹资50元
        C("286所", 286, "institution"),
        C("26家", 26, "institution"),
        R("双流县", SL, renamed_from="双流县"),      # address 双流县东升镇: 东升镇 a township (县合管办地址: 县 alone is no place)
        PH("028-85801234"),
        PH("85812345", inferred_code="028"),        # local 8-digit 成都 number, completed
    ],
    "heldout68-old-3": [
        R("平泉县", PQ, renamed_from="平泉县"),      # headline (→ 平泉市 2017)
        R("平泉县", PQ, in_org=True, renamed_from="平泉县"),   # 来源:平泉县人民政府网
        D("2006-3-5", "2006-03-05"),
        # 点击:417: a counter, no classifier
        R("平泉县", PQ, renamed_from="平泉县"),
        D("05年度", "2005"),                        # two-digit year with 年度 (call 1)
        # 大病二次补偿, 二次补偿: secondary reimbursement
        DR("3月1日至3月4日", "--03-01", "--03-04"),
        C("1326名", 1326, "person"),
        M("127.4万元", 1274000),
        M("约961元", 961, qualifier="approx"),      # 人均约961元
        # 最多的一户: 一户 (lone 一)
        M("1.2万元", 12000),
        D("二○○六年起", "2006", qualifier="from"),
        M("10元", 10),                              # 每人10元: 每人 no period
        M("1.5万元", 15000),
        T("65岁", 65, "year", age=True),            # 年满65岁: 满 no qualifier
        P("50%", 0.5),
        PH("0314-6012345"),
        PH("0314-6012346"),                         # 传真
    ],
}
