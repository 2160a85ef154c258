from gold_lib import *

SX, XA, BJ, XY, WN, HZ, YL, YA, AK = ("610000", "610100", "610300", "610400", "610500", "610700",
                                      "610800", "610600", "610900")
SPEC = [
    R("陕西省", SX, in_org=True),                    # 陕西省人民政府新闻办公室 (the title line)
    D("2026年度", "2026"),                            # 主题
    D("2025年10月28日", "2025-10-28"),                # 时间: 上午10:00 is a time of day (nothing)
    R("陕西省", SX, in_org=True),                    # 陕西省医疗保障局副局长
    R("陕西省", SX, in_org=True),                    # 国家税务总局陕西省税务局
    R("陕西省", SX, in_org=True),                    # 主持人: 陕西省人民政府新闻办公室
    # 省政府新闻办, 省医保局, 省税务局: no place name written
    D("2026年度", "2026"),
    D("9月底", "--09", qualifier="approx"),          # 截至今年9月底: 截至 and 今年 outside (set 6 call 2)
    C("三千六百二十万人", 36200000, "person"),        # spoken Chinese numerals
    P("百分之九十五以上", 0.95, qualifier="min"),
    D("2026年度", "2026"),
    # 我省: no place
    M("每年400元", 400, period="year"),               # 每人每年400元: 每人 is no period (set 1 call 2)
    # 比上年度: 上年度 no date
    M("20元", 20),
    M("每年不低于700元", 700, period="year", qualifier="min"),   # set 1 call 3
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    C("三个", 3, "item"),                             # 主要有三个变化
    # 第一/第二/第三: ordinals; 一级/二级/三级医疗机构: hospital levels
    P("百分之九十", 0.9),
    P("百分之八十", 0.8),
    P("百分之六十五", 0.65),
    # 去年: no date
    M("1.2万元", 12000),                              # 由1.2万元降到一万元: two amounts (set 11 call 8)
    M("一万元", 10000),                               # set 3 call 10
    P("五个百分点", 0.05, points=True),
    C("32种", 32, "kind"),
    C("四十二种", 42, "kind"),
    T("九十天", 90, "day"),                           # 出生后九十天内: 内 outside; 自出生之日起: no date
    R("陕西", SX, in_org=True),                       # 【陕西日报记者】: an outlet (set 14 call 2)
    T("三个月", 3, "month"),                          # 三个月的待遇等待期
    T("两年以上", 2, "year", qualifier="min"),        # 连续两年以上断缴
    T("1年", 1, "year"),                              # 每多断缴1年 (digit 1 is no lone 一, set 1 call 13)
    # 一个月等待期: lone 一
    T("不超过六个月", 6, "month", qualifier="max"),   # 最长不超过六个月: 最长 not on the list (set 17 call 3)
    T("4年", 4, "year"),                              # 满4年: 满 not on the list
    T("1年", 1, "year"),                              # 每连续参保1年
    M("不低于5000元", 5000, qualifier="min"),         # 最高支付限额提高不低于5000元: 最高 does not touch
    # 【华商报记者】: 华商报 names no place
    R("陕西", SX, in_org=True),                       # "陕西税务"微信公众号
    R("陕西", SX, in_org=True),                       # "陕西医保"APP
    D("2025年12月20日", "2025-12-20"),                # 截止到2025年12月20日: 截止到 before the date is a preposition (set 9 call 4)
    T("1到2个工作日", (1, 2), "workday"),             # 大概 is not on the shared list
    R("陕西", SX, in_org=True),                       # "陕西医保"APP
    # 今年前三季度: a period, no mention (set 4 call 14)
    P("七成左右", 0.7, qualifier="approx"),
    # 【西部网记者】: 西部 is no place
    DR("1到9月", "--01", "--09"),                     # 今年1到9月: 今年 outside
    C("四百一十二点六万人次", 4126000, "person"),     # 点 as the spoken decimal point (judgement call)
    P("百分之二十三", 0.23),
    R("西安", XA), R("宝鸡", BJ), R("咸阳", XY), R("渭南", WN), R("汉中", HZ),
    C("5个", 5, "item"),                              # 5个市 (set 1: 16个市 -> 16个)
    R("榆林", YL), R("延安", YA), R("安康", AK),       # 安康: the city (a list of cities; not the common word here)
    # 年底前: no number, no date
    C("11个", 11, "item"),                            # 11个设区市
    # 最后一个问题: lone 一; 【中央广播电视总台记者】: no place
    PH("12393"),
    PH("029-63916100", city="西安市"),                # 029 is shared by 西安/咸阳: the provincial bureau is in 西安 (set 1 call 5)
    # 上午9点到下午5点: times of day
    U("https://ybj.shaanxi.example.gov.cn"),
    # (根据现场录音整理,有删节): nothing
]
