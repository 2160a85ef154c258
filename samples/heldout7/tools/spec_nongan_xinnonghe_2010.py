from gold_lib import *

NA, CC = "220122", "220100"                         # 农安县, 长春市 (吉林省)
SPEC = [
    # <head><title> is no visible text; 新型农村合作医疗 (several): 合作 is no place (guidelines)
    R("农安县", NA, in_org=True),                   # 农安县人民政府信息网 (a site's name)
    # 当前位置 line: nothing
    R("农安县", NA),                                # headline: a place before a topic
    D("2010年", "2010"),
    D("2010-03-15", "2010-03-15"),                  # 发布时间 (cells split by &nbsp; runs)
    # 来源:县合管办 (县 alone): no place; 点击数:1208: a counter
    R("长春市", CC, in_org=True),                   # 长春市卫生局
    # 我县: no place
    D("2010年", "2010"),                            # full-width ２０１０年 → 2010年 after NFKC
    D("2010年", "2010"),
    M("每年150元", 150, period="year"),             # 每人每年１５０元 (每人 outside, set 1 call 2)
    M("120元", 120),
    M("10元", 10),
    M("20元", 20),
    D("2月底", "--02", qualifier="approx"),         # 截至２月底: 底 → approx; 截至 outside
    # 全县: no place
    C("78.6万人", 786000, "person"),
    P("94.2%", 0.942),
    # the <table>: 乡镇卫生院/县级/市级/省级医院 are levels; cells mix full-width and ASCII digits
    M("100元", 100),
    P("75%", 0.75),
    M("300元", 300),
    P("60%", 0.6),
    M("500元", 500),
    P("45%", 0.45),
    M("800元", 800),
    P("35%", 0.35),
    M("3万元", 30000),                              # 封顶线为每人３万元: 每人 is no period, 封顶(线) does not touch
    M("400元", 400),                                # 每例定额补助４００元: 每例 is no period (set 3 call 4)
    M("每年20元", 20, period="year"),               # 每人每年２０元
    # 当年, 下年: no dates
    P("40%", 0.4),
    M("1500元", 1500),                              # 全年最高补偿1500元: 最高 does not touch (补偿 between)
    T("3个月", 3, "month"),                         # ３个月内: 内 outside
    T("超过6个月", 6, "month", qualifier="min"),
    D("2010年1月1日起", "2010-01-01", qualifier="from"),
    PH("0431-83221476"),
    R("农安县", NA),                                # 附:农安县定点医疗机构共３２家: a place before a kind of institution
    C("32家", 32, "institution"),
    R("德惠市", "220183"),
    R("长春市双阳区", "220112"),                    # a chain city + district
    C("2家", 2, "institution"),
    # 县外: no place
    R("农安县", NA, in_org=True),                   # signature: 农安县新型农村合作医疗管理办公室
    D("二○一○年三月十二日", "2010-03-12"),          # ○ (U+25CB) as zero (set 2 call 10)
    R("农安县", NA, in_org=True),                   # footer 主办:农安县人民政府办公室
    R("吉林省农安县", NA),                          # 地址: a chain; 黄龙路: a road (黄龙县 is in 陕西; here part of a road name, no place); 吉ICP备05001234号: a registration number
]
