from gold_lib import *

LZ = "450200"                                        # 柳州市
SPEC = [
    R("柳州市", LZ, in_title=True),                 # 关于《柳州市城乡居民基本医疗保险办法(修订草案征求意见稿)》的起草说明
    # 一、二、三、四、 and (一)…(五): list numbers
    R("柳州市", LZ, in_title=True),                 # 现行《柳州市城乡居民基本医疗保险办法》
    # 柳政规〔2020〕15号: a document number
    D("2020年10月1日起", "2020-10-01", qualifier="from"),
    T("5年", 5, "year"),                            # 已有5年 (a draft had 已近5年: 近 "nearly" vs "the last", kept out as in sets 4/10)
    D("2024年", "2024"),
    C("312.6万人", 3126000, "person"),
    M("38.2亿元", 3820000000),
    M("37.1亿元", 3710000000),
    P("2.9%", 0.029),
    # 自治区 alone: no place. 三孩: 孩 is no classifier, nothing
    D("2025年3月起", "2025-03", qualifier="from"),
    # 市医疗保障局, 市财政局, 市卫生健康委: no places (市 alone); 会同 (怀化's 会同县 short name) is the verb
    # "together with" here: nothing
    R("城中区", "450202"),                          # 柳州's 城中区 (not 西宁's): the article's city
    R("鱼峰区", "450203"),
    R("柳江区", "450206"),
    R("三江侗族自治县", "450226"),
    C("6次", 6, "time"),
    C("83条", 83, "item"),
    C("12个", 12, "item"),                          # 12个市直部门
    C("6个", 6, "item"),                            # 6个县区政府
    # 原办法第十五条 / 修订稿第十六条 …: article numbers of both versions, nothing
    # 一级/二级/三级医疗机构: levels
    M("200元", 200),
    P("85%", 0.85),
    M("100元", 100),                                # 调整为100元: before/after figures are two mentions (set 48 call 2)
    P("90%", 0.9),
    M("500元", 500),
    M("1000元", 1000),
    M("15万元", 150000),
    M("20万元", 200000),                            # 提高至20万元: 至 belongs to the verb
    D("2026年度起", "2026", qualifier="from"),
    T("2年", 2, "year"),                            # 每2年评估调整一次: 每 is no list word; 一次 a lone 一
    T("12个月", 12, "month"),
    T("20个工作日", 20, "workday"),
    T("24个月", 24, "month"),                       # 有效期延长至24个月: 延长 (延安's 延长县) is the verb; 定结 (西藏's
                                                    # 定结县) spans 认定 + 结果 just before: nothing
    T("10个工作日", 10, "workday"),
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),   # (每年9月1日至12月31日): 内 outside the )
    T("3个月", 3, "month"),
    T("2年", 2, "year"),                            # 满2年后
    T("1年", 1, "year"),                            # 每多参保1年 (set 1 call 13)
    T("1个月", 1, "month"),
    T("3个月", 3, "month"),                         # 最多减少3个月: 减少 stands between 最多 and the number
    # 原办法第二十五条至第三十条 … 修订稿第二十七条至第三十二条: article numbers, not ranges
    M("2000元以上", 2000, qualifier="min"),         # quoted old wording "处2000元以上1万元以下罚款": text like any other
    M("1万元以下", 10000, qualifier="max"),
    M("1.6亿元", 160000000),                        # 约增加1.6亿元: 增加 between 约 and the number
    P("约3个百分点", 0.03, points=True, qualifier="approx"),
    T("6个月以上", 6, "month", qualifier="min"),
    DR("2025年8月1日至8月31日", "2025-08-01", "2025-08-31"),
    PH("0772-2831234", city="柳州市"),              # 0772 is shared with 来宾: the article's city
    E("ybzcfg@lzyb.example.cn"),
    R("柳州市", LZ, in_org=True),                   # signature
    D("2025年7月25日", "2025-07-25"),
]
