from gold_lib import *

DL, GJZ, LN = "210200", "210211", "210000"         # 大连市, 甘井子区, 辽宁省
MY, FC = "510700", "510703"                         # 绵阳市, 涪城区
GZ, YD = "360700", "360731"                         # 赣州市, 于都县
DOCS = {
    "heldout70-gd-1": [
        # DL20250304011873: a work-order ID, no date inside it
        R("大连市", DL),                            # 大连市12345热线: a place before a programme
        PH("12345"),
        D("2025-03-04", "2025-03-04"),              # 08:57:20: time of day
        # 151****3306: a masked mobile, nothing
        R("甘井子区", GJZ),                         # 甘井子区某企业: 某 names no body, plain
        D("2024年10月", "2024-10"),
        R("大连", DL, in_org=True),                 # 大连医科大学附属第二医院 (第二: ordinal)
        T("12个月", 12, "month"),                   # 满12个月: 满 is not a qualifier
        T("11个月", 11, "month"),
        # 差一个月: lone 一
        T("158天", 158, "day"),
        M("约1.2万元", 12000, qualifier="approx"),
        R("大连市", DL, in_org=True),               # 大连市医疗保障事务服务中心
        R("辽宁省", LN),                            # 按辽宁省规定: the province, plain
        T("30天", 30, "day"),                       # 除以30天: a duration in a formula, still 30 day
        T("12个月", 12, "month"),                   # 连续缴费不足12个月: 不足 is not on the shared list
        D("2025年3月31日前", "2025-03-31", qualifier="until"),
        T("5个工作日", 5, "workday"),
        T("3个工作日", 3, "workday"),
        PH("0411-39052286"),
    ],
    "heldout70-gd-2": [
        # MY2025030700642: a work-order ID, nothing
        R("绵阳市", MY),                            # 绵阳市12345热线
        PH("12345"),
        D("2025-03-07", "2025-03-07"),              # 16:40:12: time of day
        # 0816-2******5: a masked fixed line, nothing
        R("涪城区", FC),                            # 涪城区居民: a place before a group
        # 同一种: lone 一
        C("两家", 2, "institution"),
        # 一家: lone 一
        M("68元", 68),                              # 每支68元: 每 + a classifier is no period (guidelines)
        # 另一家: lone 一
        M("79.5元", 79.5),
        C("4支", 4, "piece"),                       # 每月要用4支: 每月 is a period word for money only
        R("涪城区", FC, in_org=True),               # 涪城区医保局
        # 第八批: an ordinal; “双通道”: 通道 is a common word, no place (guidelines)
        M("45.8元", 45.8),                          # 每支45.8元
        P("130%", 1.3),                             # 不得高于挂网价的130%: no qualifier touches
        C("两家", 2, "institution"),
        DR("3月10日至3月21日", "--03-10", "--03-21"),
        T("3个工作日", 3, "workday"),
        PH("0816-2231670"),
    ],
    "heldout70-gd-3": [
        # GZ20250310003107: a work-order ID, nothing
        R("赣州市", GZ),                            # 赣州市12345热线(转12393)
        PH("12345"),
        PH("12393"),                                # 转12393: a transfer to the service number, the number as written
        D("2025-03-10", "2025-03-10"),              # 11:25:46: time of day
        T("8分钟", 8, "minute"),
        R("于都县", YD),                            # 于都县一位低保户家属: 一位 lone 一
        T("81岁", 81, "year", age=True),
        DR("2025年1-2月", "2025-01", "2025-02"),
        R("赣州市", GZ, in_org=True),               # 赣州市人民医院
        C("两次", 2, "time"),
        M("1.46万元", 14600),
        # 3607**********2417: a masked ID number read back by the agent, nothing
        R("于都县", YD, in_org=True),               # 于都县医保局
        P("70%", 0.7),
        M("8万元", 80000),                          # 年度救助限额8万元: 限额 is not on the shared list
        M("约8900元", 8900, qualifier="approx"),
        T("10个工作日", 10, "workday"),             # 10个工作日内: 内 is no qualifier
        PH("0797-6232145"),
        E("ydyb@ganzhou.example.cn"),
        T("10个工作日", 10, "workday"),
    ],
}
