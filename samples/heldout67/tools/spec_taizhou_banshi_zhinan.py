from gold_lib import *

TZ, ZJ = "331000", "330000"                         # 台州市, 浙江省
SPEC = [
    R("台州市", TZ, in_org=True),                   # 台州市医疗保障局 (header)
    # TZYB-ZN-2025-03: the guide's document code; 2025-03 inside it is no date (like a document number)
    D("2025年", "2025"),                            # (２０２５年版): the edition's year, a date with 年
    # 一、…十一、: section numbers
    R("台州市", TZ),                                # 参加台州市职工或城乡居民基本医疗保险: a place before a programme
    # “浙里办”APP: 浙 is a one-character abbreviation
    U("https://ybj.taizhou.example.gov.cn/ydjy/bei\nan"),   # URL broken across the line (call 1): span and value keep the break (call 4)
    T("365天", 365, "day"),
    # 各县(市、区): no places
    R("椒江区", "331002"),
    R("黄岩\n区", "331003"),                        # 黄岩⏎区 (call 1)
    R("路桥区", "331004"),                          # 2楼: a floor, nothing
    # (1)(2)(3): list numbers
    C("1份", 1, "piece"),                           # digit 1 is no lone 一 (set 1 call 13)
    C("1份", 1, "piece"),                           # 二级及以上医院: a hospital level
    C("4个", 4, "item"),                            # (共4个环节)
    T("1个工作日", 1, "workday"),                   # 1个工作日内: 内 is not on the shared list
    T("不超过3个工作日", 3, "workday", qualifier="max"),
    T("6个\n月", 6, "month"),                       # 6个⏎月 (call 1)
    T("6个月", 6, "month"),                         # 满6个月⏎后: 满 is no qualifier; 后 is on the next line
    P("10个百分点", 0.1, points=True),              # 降⏎低10个百分点: the break is inside the verb
    M("不超过800元", 800, qualifier="max"),         # 每次住院起付线⏎不超过800元: 每次 does not touch (a word and a break between)
    R("台州市", TZ, in_org=True),                   # 台州市医保经办服务中心
    PH("0576-88682210"),
    R("椒江区", "331002"), PH("0576-88510237"),     # district labels before their numbers: places, no organisation named
    R("黄岩区", "331003"), PH("0576-84116520"),
    R("路桥区", "331004"), PH("0576-82429013"),
    R("临海市", "331082"), PH("0576-85130228"),
    R("温岭市", "331081"), PH("0576-86203347"),
    R("浙江省", ZJ),                                # 浙江省医保服务热线: a place before a service (like 南县新农合医保电话), not in_org
    PH("12393"),
    PH("0576-8868\n2299"),                          # 投诉电话:0576-8868⏎2299: a break inside the subscriber number (call 1)
    # (工作日 8:30-12:00,14:30-17:30): times of day; 工作日 without a number is nothing
    D("2025年3月1日起", "2025-03-01", qualifier="from"),
    R("台州市", TZ, in_org=True),                   # 由台州市医疗保障局负责解释
    # 第 2 页 共 2 页: a page counter
]
