from gold_lib import *

DOCS = {
    "heldout54-kx-1": [
        # 【两会快讯】: no place
        D("3月5日", "--03-05"),                     # 3月5日上午: 上午 is no qualifier
        # 十四届全国人大三次会议: ordinals; 全国 no place
        R("北京", "110000", in_org=True),           # 北京人民大会堂: a facility's name (call 5)
        D("2025年", "2025"),
        M("30元", 30),                              # 人均…再提高30元
        P("约5.5%", 0.055, qualifier="approx"),
        C("不少于50种", 50, "kind", qualifier="min"),  # 每年新增集采品种不少于50种: words between, no period
        C("超过20万家", 200000, "institution", qualifier="min"),
    ],
    "heldout54-kx-2": [
        D("1月14日", "--01-14"),
        R("湖南省", "430000", in_org=True),         # 湖南省第十四届人民代表大会; 第十四届, 第三次: ordinals
        R("长沙", "430100"),                        # 在长沙开幕: the city (city over county)
        D("2024年", "2024"),
        P("95%以上", 0.95, qualifier="min"),
        C("70种", 70, "kind"),
        # 省人大代表: 省 alone
        R("平江县", "430626", in_org=True),         # 平江县人民医院
        # 李湘平: a person (湘 a one-character abbreviation, 湘平 no place)
        P("90%以上", 0.9, qualifier="min"),
        PH("0731-84826011", city="长沙市"),         # 0731 is shared: 省医保局 sits in 长沙, the city the record names
        PH("12393"),
    ],
    "heldout54-kx-3": [
        # 【市两会】
        D("1月20日", "--01-20"),
        R("合肥市", "340100", in_org=True),         # 合肥市政协; 十五届四次: ordinals
        C("612件", 612, "item"),
        C("548件", 548, "item"),
        C("47件", 47, "item"),
        P("7.7%", 0.077),
        # 第一位: an ordinal; 第0389号: the proposal's number (call 1)
        R("合肥市", "340100", in_title=True),       # 《关于提高合肥市城乡居民大病保险待遇的提案》
        M("1.5万元", 15000),
        M("1万元", 10000),                          # digit 1, not a lone 一
        P("5个百分点", 0.05, points=True),
        D("2025年6月30日前", "2025-06-30", qualifier="until"),  # <b>2025年6月30日</b>前: the qualifier outside the tag still touches
    ],
}
