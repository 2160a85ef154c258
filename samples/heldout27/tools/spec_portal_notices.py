from gold_lib import *

XZ, XY, FC, XZH, GZ, ZG, RJ = "320300", "420600", "420606", "420607", "360700", "360702", "360781"
DOCS = {
    "heldout27-portal-1": [
        D("2026年度", "2026"),
        R("徐州市", XZ),                            # 2026年度徐州市城乡居民医保: a place before a programme
        # 各县(市、区): no place
        D("2026年度", "2026"),
        DR("2025年9月1日至2025年12月31日", "2025-09-01", "2025-12-31"),   # <em>…</em>至<em>…</em>: one range in the visible text
        M("每年400元", 400, period="year"),         # <i>每人每年400元</i>
        M("每年700元", 700, period="year"),         # 不低于每人每年700元: the qualifier is separated by 每人 (set 7 call 6)
        P("100%", 1),
        P("70%", 0.7),
        T("90天", 90, "day"),                       # 出生后<i>90天</i>内: 内 is not on the list
        PH("0516-83712393"),                        # 咨询电话:<br>0516-83712393: the label on its own line
        R("徐州市", XZ, in_org=True),               # 徐州市医疗保障局
        D("2025年8月25日", "2025-08-25"),
    ],
    "heldout27-portal-2": [
        R("襄阳市", XY),                            # 襄阳市调整…的通知: the title's subject (a government acting), no org name
        R("樊城区", FC),
        R("襄州区", XZH),
        # 各县(市): no place
        D("2025年10月1日起", "2025-10-01", qualifier="from"),
        M("300元", 300),
        # (一个自然年度内只计一次): lone 一
        P("75%", 0.75),
        P("65%", 0.65),
        M("最高5000元", 5000, qualifier="max"),     # 最高<em>5000元</em>: 最高 touches in the visible text
        C("45种", 45, "kind"),
        C("52种", 52, "kind"),
        PH("0710-3512393"),                         # 请拨打<br>0710-3512393<br>: the number alone on its line
        # (工作日8:30-17:30): times of day
    ],
    "heldout27-portal-3": [
        R("赣州市", GZ, in_org=True),               # 赣州市医保经办机构
        # 国庆, 中秋: holidays, no dates
        DR("2025年10月1日至10月8日", "2025-10-01", "2025-10-08"),
        D("10月9日起", "--10-09", qualifier="from"),   # <em>10月9日</em>起: 起 touches in the visible text
        # “赣服通”: 赣 is a one-character abbreviation
        T("24小时", 24, "hour"),
        T("3个月", 3, "month"),                     # 出院后3个月内: 内 outside
        R("章贡区", ZG),
        R("瑞金市", RJ),
        PH("0797-8123393"),
    ],
}
