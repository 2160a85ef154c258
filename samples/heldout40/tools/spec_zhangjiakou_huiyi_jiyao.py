from gold_lib import *

ZJK = "130700"                                      # 张家口市
SPEC = [
    R("张家口市", ZJK, in_org=True),                # 张家口市医疗保障局 (header)
    # 〔2025〕第9期: the minutes' serial number (a document number; 第9期 an ordinal): nothing
    R("张家口市", ZJK, in_org=True),                # 张家口市医疗保障局办公室
    D("2025年6月16日", "2025-06-16"),
    D("2025年6月13日", "2025-06-13"),               # 2025年6月13日上午: 上午 is no qualifier
    D("2025年", "2025"),                            # 2025年下半年: 下半年 is no qualifier word (not on the list)
    # 市医疗保障事务中心 (×3 in the text): 市 alone, no place
    DR("1-5月", "--01", "--05"),
    D("5月31日", "--05-31"),                        # 截至5月31日
    M("18.42亿元", 1842000000),
    M("15.96亿元", 1596000000),
    T("9.6个月", 9.6, "month"),                     # 累计结存可支付9.6个月 (set 35 call 3)
    P("11.3%", 0.113),
    P("4.2个百分点", 0.042, points=True),
    R("崇礼区", "130709"),
    R("张北县", "130722"),
    R("蔚县", "130726"),                            # one character + 县
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    # 主城区: no place (no name before it; 城区, a district name elsewhere, is a common word inside 主城区 here)
    R("宣化区", "130705"),
    R("万全区", "130708"),
    R("怀来县", "130730"),
    C("约12.6万人", 126000, "person", qualifier="approx"),
    M("每年90元", 90, period="year"),               # 每人每年90元
    M("30元", 30), M("30元", 30), M("30元", 30),   # 个人/单位/统筹基金 each 30元
    M("60元", 60),                                  # 每床日补助60元: 补助 stands between 每床日 and the amount (no period, set 2 call 6)
    M("900元", 900),                                # 每月补助900元: likewise
    D("6月30日前", "--06-30", qualifier="until"),
    # 首批: an ordinal
    C("8家", 8, "institution"),
    D("2026年度", "2026"),                          # heading 三、关于2026年度…
    R("张家口市", ZJK, in_title=True),              # 《张家口市2026年度城乡居民基本医疗保险集中征缴工作方案》
    D("2026年度", "2026"),                          # the year in the title: a plain date (set 7)
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    # 各县区医保局: no place
    D("8月底前", "--08", qualifier="until"),        # 底前 is an until word (guidelines)
    P("95%以上", 0.95, qualifier="min"),
    M("200元", 200),                                # 按每人200元、140元两档: 每人 + a classifier is no period; 两档: 档 is no classifier
    M("140元", 140),
    # 今年以来: no number
    C("1137家", 1137, "institution"),
    C("96家", 96, "institution"),
    M("2641.3万元", 26413000),
    M("约310万元", 3100000, qualifier="approx"),
    D("5月起", "--05", qualifier="from"),
    D("2025年12月31日", "2025-12-31"),              # 延续至2025年12月31日: a single date (set 1 call 15)
    DR("7-9月", "--07", "--09"),
    # 1. 2.: list numbers
    C("5台", 5, "piece"),
    M("不超过24万元", 240000, qualifier="max"),
    C("2名", 2, "person"),
    # 省医保局: 省 alone
    T("2周", 2, "week"),                            # 为期2周
    PH("0313-8018326"),
    R("张家口市", ZJK, in_org=True),                # 抄送:张家口市人民政府办公室
    R("河北省", "130000", in_org=True),             # 河北省医疗保障局
    C("12份", 12, "piece"),                         # (共印12份): 共 is no qualifier
]
