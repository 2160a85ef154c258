from gold_lib import *

HN, SX, HB, ZZ, LY = "410000", "140000", "420000", "410100", "410300"   # 河南省, 山西省, 湖北省, 郑州市, 洛阳市
SPEC = [
    R("河南省", HN, in_org=True),                   # 河南省医疗保障局关于…的通知: the issuing office (no 《》)
    D("2025-09-12", "2025-09-12"),                  # 发布时间 of the main article: a plain date (heldout call 8); 10:30 a time
    R("河南省", HN, in_org=True),                   # 来源:河南省医药集中采购服务中心 (a procurement centre's name)
    # 浏览次数:3861: a bare number; 省辖市 / 省直: no places
    R("河南", HN),                                  # 由河南牵头: the province itself
    R("山西", SX),
    R("湖北", HB),
    C("12个", 12, "item"),                          # 12个省份 (16个市 → 16个, heldout call 13)
    # “豫晋鄂联盟”: one-character abbreviations, no places; 第三批: an ordinal
    D("2025年8月28日", "2025-08-28"),
    R("郑州", ZZ),                                  # 在郑州开标: the city
    C("3类", 3, "kind"),
    C("41家", 41, "institution"),
    C("33家", 33, "institution"),
    C("152个", 152, "item"),                        # 涉及产品152个
    P("80.5%", 0.805),
    M("约1.3万元", 13000, qualifier="approx"),      # 由均价约1.3万元: 均价 before 约
    M("700元左右", 700, qualifier="approx"),
    P("82%", 0.82),
    # 国家组织首批: 首批 an ordinal
    P("4.5个百分点", 0.045, points=True),
    P("90%以上", 0.9, qualifier="min"),             # 最高降幅达到90%以上: 最高 does not touch
    # 首年: no number
    M("约18.6亿元", 1860000000, qualifier="approx"),  # 每年可节约费用约18.6亿元: 每年 does not touch, no period
    D("2025年11月1日起", "2025-11-01", qualifier="from"),
    DR("2025年11月1日至2027年10月31日", "2025-11-01", "2027-10-31"),
    T("2年", 2, "year"),                            # 共2年
    D("2025年10月20日前", "2025-10-20", qualifier="until"),
    P("80%", 0.8),                                  # 不低于上年实际使用量的80%: 不低于 does not touch
    P("30%", 0.3),                                  # 不超过年度约定采购金额的30%: 不超过 does not touch
    T("30天", 30, "day"),                           # 30天内: 内 is not a qualifier
    # 国械注准20253130123: a registration number (no phone, no date); 3.0×18mm: a specification;
    # TJ-2025-A: a model code (2025 is no year: no 年)
    M("698元", 698),                                # 中选价每根698元: 每 + 根 (a classifier word) is no period
    M("7200元左右", 7200, qualifier="approx"),      # 每套中选价7200元左右: 中选价 between
    # 约1.5万套: 套 is no classifier (sets 37, 53, 57): nothing
    R("郑州市", ZZ, in_org=True),                   # 郑州市、洛阳市医疗保障局: a shared office word (in_org both)
    R("洛阳市", LY, in_org=True),
    C("56家", 56, "institution"),                   # 三级医院: a grade, nothing
    D("每月5日前", "---05", relative_to="every_month", qualifier="until"),
    PH("0371-65506128"),
    E("haocai_jc@ha.example.gov.cn"),
    U("https://ylbzj.henan.example.gov.cn/jcjg/2025/0912.html"),   # numbers inside the URL: nothing
    R("河南省", HN, in_org=True),                   # signature
    D("2025年9月12日", "2025-09-12"),
]
