from gold_lib import *

JD, MJ, PE, YN = "530823", "530822", "530800", "530000"   # 景东彝族自治县, 墨江哈尼族自治县, 思茅市 (2005) -> 普洱市, 云南省
SPEC = [
    R("云南", YN, in_org=True),                     # 云南网: a news site's name (set 1 call 7)
    R("景东彝族自治县", JD),                        # headline: a place before a programme
    P("八成", 0.8),                                 # 超八成: 超 is not on the qualifier list (超过 is)
    D("2005-12-8", "2005-12-08"),                   # 9:32:16 is a time
    R("云南", YN, in_org=True),                     # 来源:云南日报 (a newspaper)
    # 通讯员 李文华 记者 杨洁: people
    R("思茅市", PE, in_org=True, renamed_from="思茅市"),  # 思茅市卫生局: 思茅市 (2003–2006) is today's 普洱市, same code (call 2)
    # 全省第二批: an ordinal; 新型农村合作医疗: 合作 is not a place
    R("景东彝族自治县", JD),
    D("2005年1月", "2005-01"),                      # 自2005年1月启动试点以来: 以来 does not touch
    C("13个", 13, "item"),
    C("156个", 156, "item"),
    C("26.4万人", 264000, "person"),
    P("81.7%", 0.817),
    P("约6个百分点", 0.06, points=True, qualifier="approx"),
    # 县新农办: no place named
    D("05年", "2005"),                              # two-digit year with a leading zero (call 1)
    M("792万元", 7920000),
    M("30元", 30),                                  # 人均筹资30元: 人均 is no period
    M("10元", 10),
    M("8元", 8),
    M("2元", 2),
    M("10元", 10),
    D("11月底", "--11", qualifier="approx"),
    C("4.3万人次", 43000, "person"),
    M("516.8万元", 5168000),
    P("65.2%", 0.652),
    C("3126人次", 3126, "person"),
    M("约640元", 640, qualifier="approx"),          # 次均补偿约640元: 次均 is no period
    M("8000元", 8000),                              # 最高一例补偿8000元: 最高 does not touch; 一例: lone 一
    R("景东", JD),                                  # 景东住院补偿
    M("50元", 50),
    P("45%", 0.45),
    M("150元", 150),
    P("35%", 0.35),
    M("400元", 400),
    P("25%", 0.25),
    M("8元", 8),                                    # 每户每年按人均8元划入: 按人均 stands between, no period
    T("53岁", 53, "year", age=True),
    # 锦屏镇新村村: a township and a village, nothing
    D("3月", "--03"),                               # 今年3月
    T("12天", 12, "day"),
    M("3860元", 3860),
    M("1200多元", 1200, qualifier="min"),
    M("10块", 10),                                  # 10块钱: 钱 outside
    # 报了1千多: no unit, nothing
    R("思茅市", PE, in_org=True, renamed_from="思茅市"),  # 思茅市卫生局
    D("2006年", "2006"),
    R("景东", JD),
    R("墨江", MJ),
    # 两个试点县: 两个 is a count
    C("两个", 2, "item"),
    C("4个", 4, "item"),
    D("二○○七年", "2007"),
    M("50元", 50),
    PH("6221358", inferred_code="0879"),            # local 7-digit number of the time, completed to 普洱's 0879
    R("思茅市", PE, in_org=True, renamed_from="思茅市"),
    PH("0879-2123647"),
    # 【打印本页】【关闭窗口】 chrome; 点击数:1367: a counter, nothing
]
