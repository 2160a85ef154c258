from gold_lib import *

JM, CDE, SHZ = "420800", "130800", "659001"        # 荆门市, 承德市, 石河子市 (directly under 新疆: no city)
DOCS = {
    "heldout2-flash-1": [
        R("荆门", JM),                              # 荆门长护险: a programme, not in_org
        M("每天50元", 50, period="day"),            # 每人每天50元
        R("荆门", JM, in_org=True),                 # 荆门新闻网
        D("7月2日", "--07-02"),
        R("荆门市", JM, in_org=True),               # 荆门市医疗保障局
        D("2024年7月1日起", "2024-07-01", qualifier="from"),
        # 重度失能一级: a disability grade, nothing
        M("每天50元", 50, period="day"),
        M("每天40元", 40, period="day"),
        T("不超过20天", 20, "day", qualifier="max"),    # 每月…不超过20天: 每月 does not touch it (and is no duration word)
        T("2小时以上", 2, "hour", qualifier="min"),     # 每次服务2小时以上: 每次 belongs to money only
        # Barthel指数评分40分以下: a score, not a mention of any type
        T("2年", 2, "year"),                        # 有效期2年
        C("268万人", 2680000, "person"),
        C("3.2万名", 32000, "person"),
        PH("0724-2368530"),
    ],
    "heldout2-flash-2": [
        R("承德市", CDE),                           # 承德市长护险: a programme (承德市+长护险, not 承德+市长)
        C("86家", 86, "institution"),
        D("2024-05-16", "2024-05-16"),
        R("承德", CDE, in_org=True),                # 承德日报 (承德: city and county short name -> the city)
        D("4月底", "--04", qualifier="approx"),     # 截至4月底
        R("承德市", CDE),
        C("86家", 86, "institution"),               # <b>86</b>家
        C("8个", 8, "item"), C("3个", 3, "item"),
        R("承德县", "130821"), R("隆化县", "130825"),
        C("2家", 2, "institution"),                 # 各新增2家
        P("70%", 0.7),                              # <span>70</span>%
        M("每月1500元封顶", 1500, period="month", qualifier="max"),  # 封顶 is on the shared qualifier list
        T("5个工作日", 5, "workday"),
        R("承德", CDE, in_org=True),                # &ldquo;承德医保&rdquo;公众号
    ],
    "heldout2-flash-3": [
        R("石河子市", SHZ),                         # 石河子市长护险: a programme (not 石河子+市长)
        T("8年", 8, "year"),
        C("1.1万人", 11000, "person"),
        D("2024年6月28日", "2024-06-28"),
        # 兵团日报: no place name.  首批: an ordinal
        C("15个", 15, "item"),
        R("新疆", "650000", in_org=True),           # 新疆生产建设兵团第八师 (第八师: an ordinal name)
        R("石河子市", SHZ),                         # the pilot city itself (师市合一), not in_org
        D("2016年起", "2016", qualifier="from"),
        M("60元", 60),                              # 每人每天补助60元: 补助 separates 每天 from it
        M("1200元", 1200),                          # 每月补助1200元: idem
        T("8年", 8, "year"),                        # 8年来 (来 is no qualifier)
        C("1.1万人", 11000, "person"),
        M("2.35亿元", 235000000),
        PH("0993-2712345"),
    ],
}
