from gold_lib import *

TW = "710000"                                       # 台湾省 (divisions.tsv has no unit below it)
SPEC = [
    # Offsets index the text after opencc t2s + NFKC (normalize.py's `traditional` stem): 臺→台, 國→国, 臺幣→台币.
    # 民國 years (Republic of China era, year 1 = 1912): judgement call — a 民国 year with 年 is a date whose
    # value is the Gregorian year (民国N年 → 1911+N), 民国 inside the span as the era's name.
    D("民国114年起", "2025", qualifier="from"),     # headline; 114+1911 = 2025
    # 台北、新北、高雄: Taiwan's cities are not in divisions.tsv (set 5 call 7); 新北 is NOT 常州's 新北区
    # (its short name): no place. 一次看懂: lone 一.
    # 民生健康网 记者林某/台北报导: nothing
    D("2024-12-20", "2024-12-20"),                  # 14:05: a time of day
    # 卫生福利部中央健康保险署(健保署), 今天: no mentions; 康保 inside 健康保险 (×3) is no place (康保县 is in 河北:
    # part of a word)
    D("民国114年1月1日起", "2025-01-01", qualifier="from"),
    P("六成", 0.6),                                 # 约有六成: 有 stands between 约 and the number
    # 新台币 before an amount names the currency and stays outside the span (set 5 call 6): every amount on the
    # page has 新台币 before it, so no bare 元 has to be read as TWD from context.
    M("200元以下", 200, currency="TWD", qualifier="max"),
    M("200元", 200, currency="TWD"),                # 药费超过新台币200元者: 超过 does not touch (新台币 between)
    P("20%", 0.2),
    M("300元", 300, currency="TWD"),                # 每张处方最高收取新台币300元: 每张 no period, 最高 does not touch
    M("200元", 200, currency="TWD"),                # 较现行上限新台币200元提高: 上限 does not touch
    # 山地离岛地区: no place; 检伤分类第一、二级 / 第三至五级: triage grades (ordinals)
    M("550元", 550, currency="TWD"),
    M("750元", 750, currency="TWD"),
    M("150元", 150, currency="TWD"),
    # 上一层级: nothing
    M("100元", 100, currency="TWD"),
    D("民国113年", "2024"),
    M("8,755亿元", 875500000000, currency="TWD"),   # 约新台币8,755亿元: 约 does not touch
    D("民国112年", "2023"),
    P("4.2%", 0.042),                               # 成长4.2%
    R("台湾", TW),                                  # 全台湾保险对象: 全 outside (like 全国, not a place word)
    C("约2,380万人", 23800000, "person", qualifier="approx"),
    C("29,640家", 29640, "institution"),
    C("3.4亿人次", 340000000, "person"),            # 逾3.4亿人次: 逾 is not on the shared list
    C("约15次", 15, "time", qualifier="approx"),    # 平均每人每年就医约15次: 每人每年 no period for a count
    R("台湾", TW),                                  # 台湾全民健康保险…开办
    D("民国84年3月1日", "1995-03-01"),
    T("近30年", 30, "year", qualifier="approx"),    # 至今已近30年: 近 (on the shared list) means "nearly" here
    P("5.17%", 0.0517),
    D("2021年起", "2021", qualifier="from"),        # 自2021年起
    M("45,800元", 45800, currency="TWD"),           # 以月投保金额新台币45,800元: 月 is part of a noun (set 5 call 14)
    M("710元", 710, currency="TWD"),                # 个人每月自付保费约新台币710元: neither 每月 nor 约 touches
    P("60%", 0.6),
    P("10%", 0.1),
    P("30%", 0.3),
    T("30日以内", 30, "day", qualifier="max"),
    P("10%", 0.1),
    T("180日以内", 180, "day", qualifier="max"),
    P("5%", 0.05),
    M("57,000元", 57000, currency="TWD"),           # 每次住院…上限为新台币57,000元: 每次 does not touch
    M("96,000元", 96000, currency="TWD"),
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    T("3岁以下", 3, "year", age=True, qualifier="max"),
    DR("民国114年1月1日至3月31日", "2025-01-01", "2025-03-31"),
    # 台北市大安区、新北市板桥区与高雄市苓雅区: Taiwan's districts; 大安区 is also 自贡's district (510304)
    # and 新北 新北区's short name, but these are other places: no regions
    U("https://www.nhi.example.gov.tw"),
    T("3个月", 3, "month"),                         # 新制上路后3个月
    T("6个月", 6, "month"),                         # 于6个月内: 内 not on the list
]
