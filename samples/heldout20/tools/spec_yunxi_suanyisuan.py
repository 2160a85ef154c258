from gold_lib import *

YX, SY, WH = "420322", "420300", "420100"          # 郧西县, 十堰市, 武汉市
SPEC = [
    R("郧西县", YX, in_org=True),                   # 郧西县医疗保障局 | …: the account's name before |
    D("2025-06-20", "2025-06-20"),
    R("郧西县", YX, in_org=True),                   # 2025-06-20 郧西县医疗保障局 (the publisher)
    # 住一次院: lone 一
    D("2025年", "2025"),
    R("郧西县", YX),                                # 2025年郧西县城乡居民医保: a place before a programme
    # 乡镇卫生院/县级/市级/省级: hospital levels, no places
    M("200元", 200), P("90%", 0.9),
    M("600元", 600), P("85%", 0.85),
    M("1000元", 1000), P("70%", 0.7),
    M("1500元", 1500), P("60%", 0.6),
    M("20万元", 200000),
                                                    # 最高支付20万元: 支付 between, 最高 does not touch
    # 同一年度: lone 一 (no date, no duration); 第二次, 第三次起: ordinals; 减半: no percent (set 2 call 9)
    M("1.5万元", 15000),                            # 大病保险 起付线1.5万元
    M("1.5万元", 15000),                            # 1.5万元至5万元: two amounts, each with its unit (set 1 call 4)
    M("5万元", 50000),
    P("60%", 0.6),
    M("5万元以上", 50000, qualifier="min"),
    P("70%", 0.7),
    # 【案例一】 etc.: headings; 县人民医院: 县 alone, no place
    T("12天", 12, "day"),
    M("13000元", 13000),
    M("1000元", 1000),
    # formulas (set 8 call 6): a number with its unit is a mention, bare operands are nothing;
    # 13000-1000=12000元: 13000 and 1000 are bare (no range: no unit, and = follows)
    M("12000元", 12000),
    P("85%", 0.85),                                 # (12000-600)×85%=9690元: 12000 and 600 bare
    M("9690元", 9690),
    M("3310元", 3310),                              # 13000-9690=3310元
    P("约为74.5%", 0.745, qualifier="approx"),      # 约为 is on the shared list
    C("两次", 2, "time"),                           # 先后两次住院 (set 2 call 16); 第一次 an ordinal
    R("十堰市", SY, in_org=True),                   # 十堰市太和医院 (太和, 安徽's 太和县 short name, is part of
                                                    # the hospital's name here, no place: like 南华 in 南华大学)
    M("48000元", 48000),
    P("70%", 0.7),                                  # (48000-1000)×70%=32900元
    M("32900元", 32900),
    R("郧西县", YX, in_org=True),                   # 郧西县人民医院
    M("300元", 300),
    M("9300元", 9300),
    P("85%", 0.85),                                 # (9300-300)×85%=7650元
    M("7650元", 7650),
    C("两次", 2, "time"),                           # 两次合计报销
    M("40550元", 40550),                            # 32900+7650=40550元: the operands bare
    R("武汉", WH),                                  # 武汉某三甲医院: an anonymised hospital (set 5 call 2): plain;
                                                    # 三甲 a grade; 住院多次: no number
    M("32万元", 320000),
    P("60%", 0.6),                                  # (320000-1500)×60%=191100元
    M("191100元", 191100),
    M("20万元", 200000),                            # 封顶线20万元: 封顶 does not touch (线 between; set 3 call 10)
    M("191100元", 191100),
    M("128900元", 128900),                          # 320000-191100=128900元
    P("60%", 0.6),                                  # (50000-15000)×60%=21000元
    M("21000元", 21000),
    P("70%", 0.7),                                  # (128900-50000)×70%=55230元
    M("55230元", 55230),
    M("76230元", 76230),
    M("52670元", 52670),                            # 128900-76230=52670元
    P("约16.5%", 0.165, qualifier="approx"),
    M("300元", 300),                                # 每月药费300元: 药费 between, 每月 does not touch
    P("60%", 0.6),
    M("1200元", 1200),
    P("60%", 0.6),                                  # 300×60%=180元: 300 bare
    M("180元", 180),
    T("12个月", 12, "month"),
    M("2160元", 2160),
    M("1200元", 1200),
    # 小贴士: 一站式 (lone 一), no mentions
    PH("0719-3221853", city="十堰市"),             # 0719 is shared by 十堰市 and 神农架林区: the page is 郧西's
    PH("12393"),
]
