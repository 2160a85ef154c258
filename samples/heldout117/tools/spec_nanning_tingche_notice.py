from gold_lib import *

NN, GX = "450100", "450000"                         # 南宁市, 广西壮族自治区
SPEC = [
    R("南宁市", NN, in_org=True),                   # 南宁市发展和改革委员会 (title)
    # 南发改价格〔2025〕46号: a document number; 南 alone is no place
    R("广西壮族自治区", GX, in_title=True),         # 《广西壮族自治区机动车停放服务收费管理办法》
    # 各城区发展改革局: 城区 is a common word (urban districts) here, not 城区 (阳泉)
    # 一、二、… (一)(二): section numbers
    R("青秀区", "450103"),
    R("兴宁区", "450102"),                          # 南宁's district (context), not 兴宁市 (梅州)
    R("西乡塘区", "450107"),
    # 等城区内: 城区 a common word again, no place
    R("广西", GX, in_org=True),                     # 广西医科大学第一附属医院
    R("南宁市", NN, in_org=True),                   # 南宁市第一人民医院 (第一人民: an ordinal in a name, no count)
    R("南宁市", NN, in_org=True),                   # 南宁市第二人民医院 (第二人民: an ordinal)
    C("18家", 18, "institution"),
    T("15分钟", 15, "minute"),                      # 首15分钟内免费: 首 is not part (set 101 call 9: 每日首2小时 → 2小时); 内 is not a qualifier
    T("15分钟以上", 15, "minute", qualifier="min"),
    M("3元", 3),                                    # 每小时3元: 每小时 is no period word of the guidelines (call 1)
    T("1小时", 1, "hour"),                          # 不足1小时: 不足 is not on the list; digit 1 is no lone 一
    T("1小时", 1, "hour"),                          # 按1小时计
    M("30元", 30),                                  # 每日封顶30元: 封顶 is an after-word only, so it stands between 每日 and the amount (call 2)
    T("15分钟", 15, "minute"),                      # 首15分钟免费
    M("6元", 6),                                    # 每小时6元
    M("每日60元封顶", 60, period="day", qualifier="max"),
    # (22:00-次日7:00): times of day
    M("不超过10元", 10, qualifier="max"),           # 每晚不超过10元: 每晚 is no period word (call 1)
    T("超过24小时", 24, "hour", qualifier="min"),   # 超过 is on the shared list (before, min)
    M("每日最高30元", 30, period="day", qualifier="max"),
    M("每月150元", 150, period="month"),
    # P2、P3停车场: parking lot names, nothing
    T("2小时以内", 2, "hour", qualifier="max"),
    # (7:00-12:00): times
    C("不少于200个", 200, "item", qualifier="min"),
    P("90%以上", 0.9, qualifier="min"),
    D("2025年10月1日起", "2025-10-01", qualifier="from"),
    T("5年", 5, "year"),                            # 有效期5年
    R("南宁市", NN, in_title=True),                 # 《南宁市医院停车收费标准》
    # 南价费〔2016〕12号: a document number
    PH("0771-5553210", city="南宁市"),        # 0771 is shared with 崇左市: the article is 南宁's
    PH("12345"),
    E("jgk@nanning-fgw.example.cn"),
    R("南宁市", NN, in_org=True),                   # signature
    D("2025年9月12日", "2025-09-12"),
]
