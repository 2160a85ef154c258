from gold_lib import *

HB, SJZ = "130000", "130100"                        # 河北省, 石家庄市
SPEC = [
    R("河北省", HB),                                # the rules' own heading alone on a line: a place before a topic (set 48 call 6)
    D("2024年11月28日", "2024-11-28"),
    # 基金安全 (第一条): 金安 (六安's 金安区) spans two words, nothing
    R("河北省", HB, in_org=True),                   # 河北省医疗保障局第12次局务会议: 第12次 is an ordinal
    D("2025年1月1日起", "2025-01-01", qualifier="from"),   # 自…起施行: 自 outside, 起 touches; 施行 outside
    # 第一章 … 第五章, 第一条 … 第三十三条: chapter and article numbers, nothing (here and below)
    # 国务院《医疗保障基金使用监督管理条例》: no place
    R("河北省", HB, in_title=True),                 # 《河北省医疗保障条例》
    # 本省, 本细则: no places. 雄安新区: not in the gazetteer (a new area); 安新 (安新县's short name) is the
    # middle of 雄安新区, part of a longer name: nothing. 第四十一条: a cross-reference, nothing
    # 县级以上: a level, no number
    # 第四条 至 第六条(略): article numbers, not a range of anything
    T("30日", 30, "day"),                           # 自…之日起30日内: 内 is no qualifier (set 48 call 12)
    PH("12393"),
    T("3日", 3, "day"),                             # 入院后3日内
    T("72小时", 72, "hour"),                        # 可延长至72小时: 至 belongs to the verb; 延长 (also 延安's
                                                    # 延长县 short name) is the verb "extend" here and in 第十九条: nothing
    T("不少于5年", 5, "year", qualifier="min"),
    T("60周岁", 60, "year", age=True),              # 年满60周岁: 年满 is no list word
    T("25年", 25, "year"),                          # 累计缴费满25年: 满 is no list word (set 32 call 8)
    # 第(二)项, 本条第一款: list/section numbers, nothing
    # 第十一条 至 第十七条(略): nothing
    C("2名以上", 2, "person", qualifier="min"),
    T("5个工作日", 5, "workday"),
    T("10个工作日", 10, "workday"),                 # 延长10个工作日
    P("2%", 0.02),
    M("最低200元", 200, qualifier="min"),
    M("最高10万元", 100000, qualifier="max"),
    D("每年3月31日前", "--03-31", recurring="yearly", qualifier="until"),
    # 上一年度: no number
    D("2024年度", "2024"),
    C("3.6万家", 36000, "institution"),
    M("4.82亿元", 482000000),
    # 第二十二条 至 第二十四条(略); 本细则第七条: cross-references, nothing
    M("1万元以上", 10000, qualifier="min"),         # a legal bracket: two mentions (set 37 call 2)
    M("5万元以下", 50000, qualifier="max"),
    # 本细则第二十五条第一款第(三)项至第(五)项: cross-references, not a range of anything
    # 2倍以上5倍以下: multiples, 倍 is no unit (set 51 call 4 and earlier): nothing
    T("6个月以上", 6, "month", qualifier="min"),
    T("1年以下", 1, "year", qualifier="max"),       # the digit 1 is no lone 一 (set 1 call 13)
    T("3个月", 3, "month"),                         # 3个月至12个月: two units, two durations (set 17 call 2)
    T("12个月", 12, "month"),
    # 2倍以上5倍以下 (第二十七条): multiples, nothing
    M("5000元", 5000),                              # 不足5000元: 不足 is no list word (set 17 call 3)
    T("30日", 30, "day"),                           # 在30日内主动退回
    # 首次违法: 首次 is an ordinal, no number
    T("60日", 60, "day"),                           # 60日内申请行政复议
    T("6个月", 6, "month"),                         # 6个月内提起行政诉讼
    # 第三十条 至 第三十一条(略): nothing
    # "以上""以下" quoted as words, "不足": no numbers
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    T("五年", 5, "year"),                           # 有效期五年 (set 48 call 5: 有效期5年 → 5年)
    D("2019年6月1日", "2019-06-01"),                # 印发 date of the repealed rules
    R("河北省", HB, in_title=True),                 # 《河北省医疗保障基金监督检查办法(试行)》
    # 冀医保规〔2019〕3号: a document number (冀: a one-character abbreviation), nothing
    R("河北省", HB, in_org=True),                   # 河北省医疗保障局基金监管处
    PH("0311-66151234"),
    E("jjjg@hbyb.example.cn"),
]
