from gold_lib import *

LS, SC = "513400", "510000"                         # 凉山彝族自治州, 四川省
SPEC = [
    R("凉山彝族自治州", LS, in_org=True),           # issuing offices in the header
    R("凉山彝族自治州", LS, in_org=True),
    D("2026年度", "2026"),                          # the notice's own title, no 《》
    # 全州各族群众: 全州 (also the short name of 广西's 全州县) means "the whole prefecture" here, no place;
    # so do the other two 全州 (全州城乡居民, 全州预计资助)
    R("四川省", SC, in_title=True, in_org=True),    # 《四川省医疗保障局 国家税务总局四川省税务局关于…》
    R("四川省", SC, in_title=True, in_org=True),
    D("2026年", "2026"),                            # a date inside 《》: plain (set 7)
    # 我州: no place
    D("2026年度", "2026"),
    # 一、…六、 (一)…(四): list numbers; 全州, 我州, 外州(市): no place; 港澳台: one-character
    # abbreviations (set 4 call 13), no place
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),             # 每人每年400元 (set 1 call 2)
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    DR("2026年1月1日至12月31日", "2026-01-01", "2026-12-31"),
    T("90天", 90, "day"),                           # 出生之日起90天内: 内 no qualifier
    # 全额资助: no amount
    M("200元", 200),                                # 每人每年资助200元: 资助 (a verb) between (set 2 call 6)
    M("160元", 160),
    T("不超过3年", 3, "year", qualifier="max"),     # 资助期限一般不超过3年
    # 重度残疾人(一、二级): a disability grade (set 2 call 9)
    M("120元", 120),
    # 资助一次: lone 一
    C("约38.5万人", 385000, "person", qualifier="approx"),
    M("约7020万元", 70200000, qualifier="approx"),
    # 各县(市): no place.  17 county-level units before one shared office word 医疗保障服务中心 (set 2 call 4): in_org
    R("西昌市", "513401", in_org=True),
    R("会理市", "513402", in_org=True),
    R("木里藏族自治县", "513422", in_org=True),
    R("盐源县", "513423", in_org=True),
    R("德昌县", "513424", in_org=True),
    R("会东县", "513426", in_org=True),
    R("宁南县", "513427", in_org=True),
    R("普格县", "513428", in_org=True),
    R("布拖县", "513429", in_org=True),
    R("金阳县", "513430", in_org=True),
    R("昭觉县", "513431", in_org=True),
    R("喜德县", "513432", in_org=True),
    R("冕宁县", "513433", in_org=True),
    R("越西县", "513434", in_org=True),
    R("甘洛县", "513435", in_org=True),
    R("美姑县", "513436", in_org=True),
    R("雷波县", "513437", in_org=True),
    # short names in a list before one shared 等县 (a plain list of places, no office)
    R("布拖", "513429"),
    R("昭觉", "513431"),
    R("美姑", "513436"),
    R("金阳", "513430"),
    R("越西", "513434"),
    R("喜德", "513432"),
    # 彝汉双语, 彝族群众: peoples and languages, no place
    R("四川", SC, in_org=True),                     # "四川税务"微信公众号 (an account)
    # "天府通办"APP: 天府 is no gazetteer name
    R("凉山", LS, in_org=True),                     # "凉山医保"微信公众号
    # 乡镇(街道), 村(社区): no place
    T("4年", 4, "year"),                            # 满4年后: 满 outside
    T("1年", 1, "year"),                            # 每多连续参保1年 (digit 1)
    M("5000元", 5000),                              # 最高支付限额提高5000元: 最高 does not touch
    T("3个月", 3, "month"),
    R("凉山州", LS, in_org=True),                   # 凉山州医疗保障服务中心: the prefecture's everyday name (set 2 call 3)
    PH("0834-3228615"),
    PH("12393"),
    R("凉山彝族自治州", LS, in_org=True),           # signatures
    R("凉山彝族自治州", LS, in_org=True),
    D("2025年8月20日", "2025-08-20"),
]
