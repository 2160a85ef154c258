from gold_lib import *

YS, LY = "371323", "371300"          # 沂水县, 临沂市
ZX, ZT = "530627", "530600"          # 镇雄县, 昭通市
FQ, LC = "530921", "530900"          # 凤庆县, 临沧市

DOCS = {
    "heldout108-jsonl-1": [
        R("沂水县", YS),                            # headline 沂水县1037家村卫生室…: a plain place
        C("1037家", 1037, "institution"),
        # 本报讯: no place
        R("沂水县", YS, in_org=True),               # 沂水县医疗保障局
        D("5月底", "--05", qualifier="approx"),     # 截至5月底: 截至 outside; 底 → approx
        C("1037家", 1037, "institution"),
        DR("1-5月", "--01", "--05"),                # 今年1-5月: 今年 is no number
        C("38.6万人次", 386000, "person"),
        M("347.4万元", 3474000),
        M("12.8元", 12.8),                          # 次均自付费用降至12.8元: 次均 (average per visit) is no period word of the guidelines, and 降至 stands between: a plain amount
        R("沂水县", YS),                            # 沂水县村卫生室一般诊疗费: plain
        M("每人次10元", 10, period="time"),
        M("9元", 9),
        M("1元", 1),
        # 院东头镇、许家湖镇: townships
        C("4个", 4, "item"),
        # 每周二、周五: weekdays, no number
        R("临沂市", LY),
        R("沂水", YS),                              # 沂水经验: the county's short name (沂水 is also a river; here the county's experience), plain
        P("95%以上", 0.95, qualifier="min"),
        PH("0539-2251207"),
        R("临沂", LY, in_org=True),                 # (临沂日报: a newspaper
        D("2025-06-10", "2025-06-10"),              # a source line date of the main article: no role
    ],
    "heldout108-jsonl-2": [
        R("镇雄县", ZX, in_org=True),               # 镇雄县医疗保障局关于…公告 (heading)
        D("2025年3月1日起", "2025-03-01", qualifier="from"),
        M("每人次10元", 10, period="time"),         # 每人次<b>10</b>元
        M("9元", 9),
        M("1元", 1),
        P("65%", 0.65),
        M("300元", 300),                            # 每人每年最高报销300元: 报销 stands between, no period, no qualifier
        C("529个", 529, "item"),
        C("1276名", 1276, "person"),
        # 坡头镇、母享镇: townships (坡头 in 坡头镇 is part of a longer name, not 坡头区 of 湛江)
        T("3个月", 3, "month"),                     # 3个月后全面推开: 后 is no duration qualifier
        U("https://ybj.zhenxiong.example.cn/notice/2025/0301.html"),   # digits inside the URL: nothing
        PH("0870-5122468"),
        R("昭通市镇雄县", ZX, in_org=True),         # 昭通市镇雄县医疗保障局: one chain, inside an organisation's name
        D("2025年2月26日", "2025-02-26"),
    ],
    "heldout108-jsonl-3": [
        R("凤庆县", FQ),                            # 【村医故事】凤庆县乡村医生李春梅: a place before a person, plain
        T("26年", 26, "year"),
        T("49岁", 49, "year", age=True),
        R("凤庆县", FQ),                            # 是凤庆县小湾镇一个村的乡村医生: plain (小湾镇 a township; 一个村: lone 一)
        C("30多人", 30, "person", qualifier="min"),
        # 下到组里: 组 without a number
        M("约4200元", 4200, qualifier="approx"),    # 每月补助加一般诊疗费收入约4200元: 每月 does not touch the amount
        # 一年到头: lone 一
        M("50块", 50),                              # 不到50块: 不到 is not a qualifier
        M("五块", 5),                               # 五块钱: 钱 outside
        M("十块", 10),
        M("九块", 9),
        PH("158 8833 6021"),
        R("临沧", LC, in_org=True),                 # 来源:临沧发布: a government account's name
        D("2025-04-15", "2025-04-15"),
    ],
}
