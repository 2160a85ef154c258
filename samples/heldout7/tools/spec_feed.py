from gold_lib import *

SJZ, NY = "130100", "411300"                        # 石家庄市, 南阳市
DOCS = {
    "heldout7-feed-1": [
        R("石家庄市", SJZ),                         # 石家庄市12345政务服务便民热线周报: a place before a programme's title
        PH("12345"),                                # 12345政务服务便民热线: the service number as written
        DR("2025年1月6日-1月12日", "2025-01-06", "2025-01-12"),   # the week in (…): the end leaves out the year
        C("8326件", 8326, "item"),
        P("4.7%", 0.047),                           # 环比下降4.7%: 下降 is a verb outside
        P("99.2%", 0.992),
        P("96.5%", 0.965),
        C("412件", 412, "item"),
        P("4.9%", 0.049),
        P("12.5%", 0.125),                          # 较上周增长12.5%: 上周 no date
        C("187件", 187, "item"),                    # (187件): parentheses outside
        C("95件", 95, "item"),
        C("38件", 38, "item"),
        R("鹿泉区", "130110"),
        R("栾城区", "130111"),
        R("正定县", "130123"),
        D("2025年2月28日截止", "2025-02-28", qualifier="until"),   # 将于…截止: 截止 touches the date (an until word)
        # 市医保局: no place; 延长 (a verb; 延长区 is in 陕西): no place; 每天18:00: a time of day, no mention
        R("石家庄市", SJZ, in_org=True),            # 石家庄市政务服务管理局
        D("2025年1月13日", "2025-01-13"),
    ],
    "heldout7-feed-2": [
        R("南阳", NY, in_org=True),                 # 南阳医保 | …: the account's name (a WeChat push)
        D("2025年", "2025"),
        # ① ② ③ → 1 2 3 after NFKC: list markers (set 5 call 1), before 普通门诊/个人账户/家庭共济
        # 一级定点医疗机构: a hospital level
        P("70%", 0.7),
        M("2000元", 2000),
        P("5个百分点", 0.05, points=True),
        P("2%", 0.02),
        M("90元", 90),                              # 每月定额划入90元: 每月 does not touch (set 6: 每月划入…120元)
        C("2次", 2, "time"),                        # 每年可办理2次: 每年 is no period of a count
        D("2025年3月1日起", "2025-03-01", qualifier="from"),
        PH("0377-63126080"),                        # an 8-digit local number after 南阳's 0377
    ],
    "heldout7-feed-3": [
        # 【快讯】: nothing
        D("2月18日", "--02-18"),
        R("河南省南阳市西峡县", "411323"),          # a chain: one mention at its most specific level
        # 首家: an ordinal (first), no count; 县人民医院: 县 alone, no place
        C("23项", 23, "item"),
    ],
}
