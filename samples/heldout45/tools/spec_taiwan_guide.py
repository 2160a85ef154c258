from gold_lib import *

# Taiwan-style 台商/台胞 guide (海峡两岸医疗资讯服务平台, invented), Taiwan Traditional (s2twp: 臺, 資訊,
# 網路, 品質, 「」); offsets index the t2s + NFKC text (tools/t2s_normalized.py).
XM, FJ, FZ, PT, TW, HC, SM, TA, XA, JM = ("350200", "350000", "350100", "350128", "710000", "350205",
                                          "350203", "350212", "350213", "350527")
SPEC = [
    # 台商台胞: 台 one character, no place
    R("厦门", XM),                                  # 加入厦门医保: a topic, plain
    D("民国113年", "2024"),                         # 民国113年版: a 民国 year is a date, 1911+N, 民国 inside the span (set 9 call 1; call 3); 版 is no qualifier
    # 海峡两岸: no place
    D("民国113年10月8日", "2024-10-08"),
    D("2024年10月8日", "2024-10-08"),               # the Gregorian date side by side: its own mention
    # 一、… 五、: list numbers
    D("2018年起", "2018", qualifier="from"),        # 自2018年起: 自 a preposition
    # 大陆: no place
    R("台湾", TW),                                  # 台湾居民: plain
    R("台湾", TW),                                  # 台湾居民居住证: a place before a document, plain
    # 台胞证: 台 one character
    R("厦门", XM),
    R("厦门市", XM),                                # 在厦门市参保
    R("厦门市", XM, in_org=True),                   # 厦门市医疗保障局
    D("2024年6月底", "2024-06", qualifier="approx"),
    C("约3.6万人", 36000, "person", qualifier="approx"),
    R("福建省", FJ),
    R("福州", FZ),
    R("平潭", PT),                                  # 平潭县's short name
    P("2%", 0.02),
    D("民国114年度", "2025"),                       # 民国 + 年度: like 2024年度 (call 3)
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年400元人民币
    M("1,800元", 1800, currency="TWD"),             # 约合新台币1,800元: 新台币 before the amount, outside (set 5 call 6); 约 does not touch
    R("台湾", TW),
    # 全民健保: Taiwan's National Health Insurance, no place
    M("50元", 50, currency="TWD"),                  # 新台币50元至420元: two amounts, each with 元 (set 1 call 4), both TWD
    M("420元", 420, currency="TWD"),
    R("厦门", XM),                                  # 厦门居民医保: a topic
    P("70%", 0.7),
    P("85%", 0.85),                                 # 最高可达85%: 可达 between
    M("20万元", 200000),                            # 人民币20万元: CNY, 人民币 outside; 最高支付限额为 does not touch
    M("90万元", 900000, currency="TWD"),            # 约新台币90万元: 新台币 between 约 and the amount: no qualifier
    # 一位: lone 一
    R("海沧区", HC),
    # 台北: no gazetteer unit (set 9 call 3)
    T("半天", 0.5, "day"),                          # 看诊半天: like the guidelines' 半年 (call 5)
    # 1. … 4.: list numbers
    R("台湾", TW),
    T("6个月", 6, "month"),                         # 出境满6个月: 满 is no qualifier
    # 返台: 台 one character
    T("90天", 90, "day"),
    R("金门", JM),                                  # 金门县 (divisions.tsv 350527, under 泉州): the same island (call 4)
    R("厦门", XM),
    # 小三通, 五通码头: no places (五通 is a 湖里区 neighbourhood, no unit)
    D("民国113年7月1日起", "2024-07-01", qualifier="from"),
    R("厦门", XM),
    # 一证通办: lone 一
    T("5个工作日", 5, "workday"),
    T("2个工作日", 2, "workday"),
    R("厦门", XM, in_org=True),                     # 「i厦门」 platform: an app/site's name
    # 闽政通: 闽 one character
    R("厦门市思明区", SM, in_org=True),             # 厦门市思明区台胞服务中心: one chain, a named centre
    # 湖滨南路: a road (湖滨 is 三门峡's district short name)
    R("同安区", TA),                                # 同安区、翔安区各医保服务站: 各 (each) between: plain, like 多家 (guidelines)
    R("翔安区", XA),
    PH("0592-5056789"),
    PH("12393"),
    PH("139 5021 8866"),
    R("台湾", TW),                                  # 台湾地区咨询: 地区 is not part of the place
    m("phone", "+886-2-2397-1234", "+886223971234", kind="fixed"),   # Taiwan's plan (+886, 02 台北): E.164 in its own plan, no area_code (call 7)
    # 海峡两岸医疗资讯服务平台台北办公室: 台北 no unit
    E("service@cs-health.example.tw"),
    U("https://www.cs-health.example.tw/xiamen"),
]
