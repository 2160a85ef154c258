from gold_lib import *

XY, XZ, HB = "420600", "420607", "420000"            # 襄阳市 (襄樊市 until 2010), 襄州区 (襄阳区 until 2010), 湖北省
ZY, YC, LHK, NZ, GC, BK = "420683", "420684", "420682", "420624", "420625", "420626"
# 枣阳市, 宜城市, 老河口市, 南漳县, 谷城县, 保康县 (names unchanged since 2009)
SPEC = [
    R("襄樊市", XY, in_org=True, renamed_from="襄樊市"),   # 襄樊市卫生局 (site header): the city was renamed 襄阳市 in 2010
    # 网站首页 >> 工作动态 >> 通知公告: breadcrumb; 甲型H1N1: a virus name (its digits are no mention)
    D("2009-10-26", "2009-10-26"),                  # 发布日期; 点击次数:2456 a counter
    # 各县(市)区卫生局, 市直: no place; 省卫生厅: no place
    R("湖北省", HB, in_title=True),                 # 《湖北省甲型H1N1流感疫苗预防接种工作实施方案》
    D("二〇〇九年十月二十二日", "2009-10-22"),
    D("十月二十五日", "--10-25"),                   # 截至十月二十五日: yearless
    C("十七例", 17, "case"),
    # 一、二、(一)(二)(三): list numbers; 第一阶段: an ordinal; 新型农村合作医疗 (×2): 合作 is a word, not 合作市
    DR("二〇〇九年十一月一日至十二月三十一日", "2009-11-01", "2009-12-31"),
    T("六十岁以上", 60, "year", age=True, qualifier="min"),
    C("一百二十六个", 126, "item"),
    C("八百名", 800, "person"),
    M("五元", 5),                                   # 每剂次五元: 每 + 剂次 is no period word (set 3 call 4)
    T("三十分钟", 30, "minute"),                    # 留观三十分钟
    T("两周", 2, "week"),                           # 两周的随访观察 (两, like 两名)
    T("二十四小时", 24, "hour"),                    # 二十四小时内: 内 is not on the list
    D("二〇〇九年", "2009"),
    M("一百元", 100),                               # 人均筹资一百元: 人均 is no period word
    M("八十元", 80),
    M("二十元", 20),
    D("九月底", "--09", qualifier="approx"),
    C("四百一十二万人", 4120000, "person"),
    P("百分之九十三点六", 0.936),
    P("百分之六十", 0.6),                           # 提高到百分之六十
    P("百分之五十", 0.5),
    P("百分之四十", 0.4),                           # 市级及以上医院: a level, 及以上 touches no number
    M("一百元", 100),
    M("三百元", 300),
    M("五百元", 500),
    M("二万元", 20000),                             # 由二万元提高到三万元: two amounts
    M("三万元", 30000),
    P("十个百分点", 0.1, points=True),
    M("超过五千元", 5000, qualifier="min"),
    D("十一月十五日前", "--11-15", qualifier="until"),
    # 市卫生局疾控科和农卫科: no place
    R("襄阳区", XZ, in_org=True, renamed_from="襄阳区"),   # 襄阳区 … 保康县卫生局: a shared office word (set 2 call 4);
    R("枣阳市", ZY, in_org=True),                   # 襄阳区 became 襄州区 in 2010 (not the city 襄阳)
    R("宜城市", YC, in_org=True),
    R("老河口市", LHK, in_org=True),
    R("南漳县", NZ, in_org=True),
    R("谷城县", GC, in_org=True),
    R("保康县", BK, in_org=True),
    # 每周一报送一次: 周一 is a weekday, 一次 a lone 一
    PH("0710-3512345"),                             # 0710: today's 襄阳市
    PH("3512346", inferred_code="0710"),            # 传真: a local number completed from the article's region
    D("二〇〇九年十月二十六日", "2009-10-26"),
    R("襄樊市", XY, in_org=True, renamed_from="襄樊市"),   # 主办:襄樊市卫生局
    R("湖北省襄樊市", XY, renamed_from="襄樊市"),   # 地址: a chain; 长征路126号 and 邮编:441000 are no mentions
]
