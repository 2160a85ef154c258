from gold_lib import *

NQ, XZ = "540600", "540000"                          # 那曲市; 西藏自治区
SPEC = [
    # Tibetan lines (title, ༢༠༢༦ year line, greeting, 请携带… line, ཞིབ་འདྲི་ཁ་པར།, signature): nothing,
    # including the Tibetan-digit year ༢༠༢༦ (NFKC keeps Tibetan digits; call 11)
    R("那曲市", NQ, in_org=True),                      # 那曲市医疗保障局公告
    D("2026年度", "2026"),
    # 广大农牧民和城镇居民: no place (民和, 海东's 民和县, straddles 农牧民和城镇)
    R("西藏自治区", XZ, in_org=True),                  # 西藏自治区医疗保障局; 我市: no name
    D("2026年度", "2026"),
    # 一、二、三、四、: section numbers
    DR("2025年10月1日至2026年2月28日", "2025-10-01", "2026-02-28"),
    D("2026年3月1日以后", "2026-03-01", qualifier="from"),
    T("90天", 90, "day"),
    M("每年200元", 200, period="year"),                # 每人每年200元
    P("50%", 0.5),                                     # 农牧区: no place
    P("95%", 0.95),
    P("90%", 0.9),
    P("85%", 0.85),                                    # 地市级及以上医院: a level, 及以上 touches no number
    M("15万元", 150000),                               # 年度最高支付限额15万元: 最高 does not touch
    M("最高40万元", 400000, qualifier="max"),
    R("拉萨", "540100"),
    R("西宁", "630100"),                               # 区外: no place
    T("30日", 30, "day"),                              # 出院后30日内: 内 is not on the list
    R("色尼区", "540602"),
    R("安多县", "540624"),
    R("比如县", "540622"),                             # the county; 比如 below is the word “for example”
    R("尼玛县", "540629"),
    R("双湖县", "540630"),
    C("11个", 11, "item"),                             # 11个县(区)
    R("西藏", XZ, in_org=True),                        # “西藏医保”微信小程序
    # 比如,聂荣县…: 比如 is a word here (call 12)
    R("聂荣县", "540623"),
    PH("0896-3825416"),
    PH("12345"),
    R("那曲市", NQ, in_org=True),                      # signature
    D("二〇二五年九月二十六日", "2025-09-26"),
]
