from gold_lib import *

YB, SC = "511500", "510000"                         # 宜宾市, 四川省
SPEC = [
    R("宜宾市", YB, in_org=True),                   # 宜宾市医疗保障局 (title)
    # 宜市医保发〔2025〕9号: a document number, nothing (宜 is one character)
    # “两病”: a name for two diseases, no count (两 + 病, 病 is no classifier)
    R("四川省", SC, in_org=True, in_title=True),    # 《四川省医疗保障局…通知》: both flags (set 1 call 6)
    # 一、(一): list numbers; 我市: no place; 二级及以上: a hospital level
    T("18周岁", 18, "year", age=True),              # 年满18周岁: 满 is not a qualifier
    M("0元", 0),                                    # 起付线为0元
    P("50%", 0.5),
    P("60%", 0.6),
    M("每年300元", 300, period="year"),             # 每人每年300元 (set 1 call 2)
    M("每年400元", 400, period="year"),
    # 同时患有两病: 两病 again, no count
    M("600元", 600),
    T("不超过12周", 12, "week", qualifier="max"),   # 长处方: 最长不超过12周 (最长 is not on the list; 不超过 touches)
    T("不超过4周", 4, "week", qualifier="max"),
    D("2025年3月31日前", "2025-03-31", qualifier="until"),
    R("翠屏区", "511502"),
    R("叙州区", "511504"),
    R("南溪区", "511503"),
    # 每季度末: no number
    D("2024年底", "2024", qualifier="approx"),      # 截至 (a preposition) stays outside
    C("18.6万人", 186000, "person"),
    C("12.3万人", 123000, "person"),
    C("6.3万人", 63000, "person"),
    P("72%以上", 0.72, qualifier="min"),
    D("2025年4月1日起", "2025-04-01", qualifier="from"),
    T("5年", 5, "year"),                            # 有效期5年
    PH("0831-8218630"),
    # 8:30-12:00, 14:00-17:30: times of day
    E("ybyb_lb@example.gov.cn"),
    R("宜宾市", YB, in_org=True),                   # signature 宜宾市医疗保障局
    D("2025年2月28日", "2025-02-28"),
]
