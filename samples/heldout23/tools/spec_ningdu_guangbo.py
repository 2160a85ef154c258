from gold_lib import *

ND = "360730"                                       # 宁都县 (赣州市, 江西省)
SPEC = [
    R("宁都县", ND, in_org=True),                  # 宁都县融媒体中心
    D("2025年11月", "2025-11"),
    # 第3期: an ordinal; 每天早上6:30、中午12:00、傍晚18:30: times of day, nothing
    D("2026年度", "2026"),
    M("四百元", 400),                              # 每人四百元: 每 + a classifier is no period (guidelines)
    M("四百元", 400),                              # repeated for the listeners
    # 从九月一号开始,到十二月三十一号截止: 开始 and a comma stand between the two dates, so no
    # `<date> 到 <date>` range: two dates, each with its own qualifier word (README call 2)
    D("九月一号开始", "--09-01", qualifier="from"),     # Chinese numerals + 号 (guidelines: 当月25号)
    D("十二月三十一号截止", "--12-31", qualifier="until"),
    D("十二月三十一号截止", "--12-31", qualifier="until"),
    M("七百元", 700),                              # 每个人补助七百元: 补助 between
    M("四百元", 400),
    # 有的全额资助: nothing
    M("一百五十元", 150),                          # 一百五十: a numeral, not the lone determiner 一
    D("十二月三十一号", "--12-31"),                # 过了十二月三十一号再交: 再 is no qualifier
    T("三个月", 3, "month"),
    T("三个月", 3, "month"),                       # 这三个月里头
    T("九十天", 90, "day"),                        # 出生九十天内: 内 is not on the shared list
    C("三种", 3, "kind"),                          # 有三种办法
    # 一是 / 二是 / 三是: list words; “赣服通”: 赣 a one-character abbreviation, no place
    # 村委会, 网格员, 乡镇便民服务中心: no place
    P("百分之九十", 0.9),
    # 县里的医院, 市里、省里: no place
    P("百分之八十", 0.8),
    P("百分之六十左右", 0.6, qualifier="approx"),
    M("十五万元", 150000),                         # 一年最多能报十五万元: 一年 is a lone 一; 最多 does not touch (能报 between)
    M("三十万元", 300000),                         # 最高还能再报三十万元: 最高 does not touch
    T("四年", 4, "year"),                          # 交满四年: 满 is no qualifier
    # 每多交一年: lone 一, no duration
    M("一千元", 1000),
    R("宁都", ND),                                 # 咱们宁都去年: the short name; 去年 no date
    C("五十八万三千人", 583000, "person"),
    P("百分之九十五以上", 0.95, qualifier="min"),
    # 县医保局: no place
    PH("0797-6823415"),                            # 0797 is 赣州市's area code
    PH("0797-6823415"),                            # 再说一遍 (一遍: lone 一)
    PH("12345"),
    # 再播一遍: lone 一
    D("十二月三十一号截止", "--12-31", qualifier="until"),
    M("四百元", 400),                              # 每人四百元
    R("宁都县", ND, in_org=True),                  # 宁都县医疗保障局
    R("宁都县", ND, in_org=True),                  # 国家税务总局宁都县税务局
    D("二〇二五年十一月五日", "2025-11-05"),
]
