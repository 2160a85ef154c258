from gold_lib import *

LY, JX = "410300", "410305"                         # 洛阳市, 涧西区
SPEC = [
    R("洛阳市", LY, in_org=True),                   # 洛阳市医疗保障局
    PH("12345"),                                    # 12345热线工单回访记录表: the number as written
    # 回访编号:HF-2025-0318-017: a record ID, no date inside it
    # 原工单编号:LY12345-20250226-00915: a work-order ID; no phone (12345) and no date inside it (set 5 call 11)
    D("2025年3月18日", "2025-03-18"),               # 回访时间:15:20-15:26: times of day
    # 158****7732: a masked mobile, nothing
    D("2025年2月26日", "2025-02-26"),
    R("涧西区", JX),                                # 在涧西区一家民营医院: a place, plain; 一家: lone 一
    M("3000元", 3000),
    M("6850元", 6850),
    M("3850元", 3850),
    R("洛阳市涧西区", JX, in_org=True),             # 洛阳市涧西区医疗保障局: a chain in an office's name
    M("2140元", 2140),
    # 1.问 2.问 3.问: list numbers
    # 两千一百四: the spoken 2140 with no unit, nothing
    M("一千七百多元", 1700, qualifier="min"),       # 多 between the number and 元
    D("2月28日", "--02-28"),
    T("两天", 2, "day"),
    T("65岁", 65, "year", age=True),
    # 三趟: 趟 is not a classifier of the guidelines, nothing
    M("1710元", 1710),
    T("6分钟", 6, "minute"),                        # 回访时长:6分钟
    R("洛阳市", LY),                                # 洛阳市12345政务服务便民热线 (heading): a place before a programme
    PH("12345"),
    # 洛热督〔2025〕第23号: a document number, nothing
    R("洛阳市涧西区", JX, in_org=True),             # 洛阳市涧西区医疗保障局:
    # (原工单编号LY12345-20250226-00915): the ID again, nothing
    M("1710元", 1710),
    R("洛阳市", LY, in_title=True),                 # 《洛阳市12345政务服务便民热线工单督办办法》
    PH("12345"),                                    # inside the title: the number as written (text is annotated wherever it stands)
    # 一、二、三、: section numbers
    D("2025年3月25日前", "2025-03-25", qualifier="until"),
    D("2025年2月", "2025-02"),
    # 1倍至5倍: multiples, no unit of the guidelines, nothing
    T("5个工作日", 5, "workday"),                   # 5个工作日内: 内 is no qualifier
    C("23家", 23, "institution"),
    # 一次收费专项检查: lone 一
    P("100%", 1),
    P("5%", 0.05),
    PH("0379-63218851"),
    PH("0379-63218852"),                            # 传真: a fax number is a phone (set 16 call 2)
    R("洛阳市", LY, in_org=True),                   # 洛阳市12345热线办公室: an office
    PH("12345"),
    D("2025年3月19日", "2025-03-19"),
]
