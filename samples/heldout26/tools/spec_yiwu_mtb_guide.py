from gold_lib import *

YW, JH, ZJ = "330782", "330700", "330000"            # 义乌市 (county-level city under 金华市), 金华市, 浙江省
SPEC = [
    R("义乌市", YW),                                 # title: a place before a topic
    D("2025年", "2025"),                             # (2025年版): 年 makes it a date
    R("金华市", JH, in_org=True),                    # 金华市医疗保障局义乌分局
    R("义乌", YW, in_org=True),                      # 义乌分局: short name inside the office's name
    D("2025年3月12日", "2025-03-12"),
    # 一、…六、 and (一)…(三): list numbers
    R("义乌市", YW),                                 # 参加义乌市职工基本医疗保险: before a programme, no org
    C("36种", 36, "kind"),
    C("30种", 30, "kind"),
    # 1.…6.: list numbers
    R("义乌市", YW, in_title=True),                  # 《义乌市门诊慢特病待遇认定申请表》
    C("1份", 1, "piece"),
    # 一寸: a size (寸), lone 一, nothing
    C("2张", 2, "piece"),
    # 二级及以上: a hospital level
    T("6个月", 6, "month"),                          # 6个月内: 内 is not on the shared list
    C("1份", 1, "piece"),                            # 各1份
    C("1份", 1, "piece"),
    C("1份", 1, "piece"),
    C("5类", 5, "kind"),
    R("义乌市", YW),                                 # address 义乌市稠城街道宗泽北路一号: 稠城街道 a street (no place); 一号 a house number
    # 2楼, B区18—22号窗口: floor and window numbers, nothing
    C("14个", 14, "item"),
    R("义乌市", YW, in_org=True),                    # 义乌市中心医院
    R("浙江", ZJ, in_org=True),                      # 浙江大学医学院附属第四医院 (第四: ordinal inside a name)
    C("8家", 8, "institution"),
    # 8:30-12:00, 13:30-17:00, 14:00-17:30: times of day; 工作日 without a number
    T("15个工作日", 15, "workday"),
    T("不超过10个工作日", 10, "workday", qualifier="max"),   # 延长: a verb (延长 no place); 认定结果: 定结 no place
    # “浙里办”: 浙 a one-character abbreviation
    M("3000元", 3000),
    M("5000元", 5000),
    M("8000元", 8000),                               # 三档: 档 is no classifier
    M("200元", 200),
    P("80%", 0.8),
    M("100元", 100),
    P("60%", 0.6),
    T("2年", 2, "year"),
    T("1个月", 1, "month"),                          # 到期前1个月内
    D("2024年", "2024"),
    C("4.86万人", 48600, "person"),
    M("2.35亿元", 235000000),
    M("约4 800元", 4800, qualifier="approx"),        # thousands grouped by a space
    R("义乌市", YW),                                 # 义乌市医保服务热线: a hotline, like 南县新农合医保电话 (no org)
    PH("0579-85526123"),
    PH("0579-85526186"),
    R("金华市", JH, in_org=True),                    # 金华市医保局
    PH("0579-82468012"),
    R("浙江省", ZJ),                                 # 浙江省医疗保障服务热线: a hotline (no org)
    PH("12393"),
    U("https://ybj.yiwu.example.gov.cn/mtb"),
]
