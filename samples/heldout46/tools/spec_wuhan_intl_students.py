from gold_lib import *

WH, HS, HB = "420100", "420111", "420000"             # 武汉市, 洪山区, 湖北省
SPEC = [
    D("2025-08-26", "2025-08-26"),                    # 发布时间 Posted: a plain date; 浏览 Views: 3862, a counter: nothing
    # 一、Overview: section number; 教育部: no place
    T("12个月", 12, "month"),                         # 保险期限为<strong>12</strong>个月 (the tag is inline)
    M("每年800元", 800, period="year"),               # 每人每年800元: 每人 is no period word
    # (800 yuan per person per year): an English amount, nothing (call 2)
    # 二、Coverage: table cells, one per line
    M("40万元", 400000),                              # (RMB 400,000): nothing
    P("100%", 1.0),
    M("每次不超过600元", 600, period="time", qualifier="max"),   # period and qualifier both touch (set 24 call 8)
    # (max. 600 yuan per visit): English, nothing
    P("90%", 0.9),
    M("20万元", 200000),                              # —: an empty cell
    M("每次50元", 50, period="time"),
    R("湖北省", HB),                                  # 湖北省内 (内 is not part of it)
    # 三、Claims; Step 1/2/3: step numbers, nothing
    T("30天", 30, "day"),                             # 30天内 (内 is no qualifier); (within 30 days): nothing
    U("https://intl.example-univ.edu.cn/insurance"),
    T("15个工作日", 15, "workday"),
    R("武汉洪山", HS, in_org=True),                   # 中国银行武汉洪山支行: a chain of short names inside a bank
                                                      # branch's name, one mention at the district (set 8 call 2)
    # 四、; Residents' Medical Insurance: English
    R("武汉市", WH),                                  # 武汉市城乡居民基本医疗保险: a programme, plain
    D("2026年度", "2026"),
    M("每年200元", 200, period="year"),               # 每人每年<b>200</b>元; (students: RMB 200 / year): nothing
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    P("60%", 0.6), P("55%", 0.55),                    # 三级医院: a hospital grade
    # 五、Important Dates
    D("2025年9月5日", "2025-09-05"),                  # (Sept. 5: registration): nothing
    D("2025年9月30日前", "2025-09-30", qualifier="until"),   # (Waiver deadline: 30 Sep 2025): nothing
    DR("每年3月1日至3月15日", "--03-01", "--03-15", recurring="yearly"),
    # 六、Contact
    R("洪山区", HS),                                  # address; 珞喻路1037号, 1栋 (栋 is no classifier), 108室,
                                                      # Room 108, Building 1: nothing
    PH("027-87541234"),
    m("phone", "+86-27-8754 1235", "+862787541235", kind="fixed", area_code="027",
      area_city="武汉市"),                            # international form (set 10 call 3)
    T("24小时", 24, "hour"),                          # 24小时紧急援助; 24/7: nothing
    PH("400-810-6688"),
    E("iso-insurance@example-univ.edu.cn"),
    R("湖北省", HB, in_org=True),                     # 湖北省医疗保障局
    PH("12393"),
]
