from gold_lib import *

LZ, GX = "450200", "450000"                         # 柳州市, 广西壮族自治区
SPEC = [
    R("柳州市", LZ, in_org=True),                   # title: 柳州市医疗保障局关于…
    # 柳医保规〔2024〕3号, 桂政办发〔2023〕45号: document numbers
    R("广西壮族自治区", GX, in_title=True),         # 《广西壮族自治区人口和计划生育条例》: a law, not an organisation
    R("广西壮族自治区", GX, in_title=True),         # 《广西壮族自治区职工生育保险办法》
    # 三孩生育政策: 孩 is no classifier; 市人民政府 / 我市 / 各县(区): no name
    T("12个月", 12, "month"),                       # 连续参加生育保险满12个月 (满 is no qualifier)
    T("12个月", 12, "month"),
    T("不超过3个月", 3, "month", qualifier="max"),
    M("600元", 600),                                # 每次怀孕产前检查费定额标准为600元: 每次 does not touch
    # 一级/二级/三级医疗机构: grades
    M("1800元", 1800),                              # 每例1800元: 每例 is no period word
    M("2300元", 2300),
    M("2800元", 2800),
    M("1000元", 1000),                              # 各增加1000元
    T("12周", 12, "week"),                          # 怀孕不满12周 (不满 is not on the shared list)
    M("300元", 300),
    T("12周", 12, "week"),                          # 怀孕满12周不满28周: two durations, not one range
    T("28周", 28, "week"),
    M("800元", 800),
    T("28周以上", 28, "week", qualifier="min"),
    P("50%", 0.5),
    T("98天", 98, "day"),
    T("15天", 15, "day"),
    T("15天", 15, "day"),
    C("1个", 1, "item"),                            # 每多生育1个婴儿 (digit 1, not a lone 一)
    T("15天", 15, "day"),
    T("60天", 60, "day"),
    T("25天", 25, "day"),
    T("4个月", 4, "month"),                         # 未满4个月
    T("15天", 15, "day"),
    T("4个月", 4, "month"),
    T("42天", 42, "day"),
    T("30天", 30, "day"),                           # 除以30天
    P("60%", 0.6), P("60%", 0.6),
    P("300%", 3), P("300%", 3),
    # 一次性营养补助: lone 一
    M("1000元", 1000),
    T("6个月", 6, "month"),                         # 产假结束后6个月内
    T("10个工作日", 10, "workday"),
    T("3个月", 3, "month"),                         # 出院后3个月内; 我市以外地区: no name
    R("柳州", LZ, in_org=True),                     # "柳州医保"微信公众号: an account
    R("广西", GX, in_org=True),                     # "广西医保"APP: an app
    D("2024年7月1日起", "2024-07-01", qualifier="from"),
    T("5年", 5, "year"),                            # 有效期5年
    R("柳州市", LZ, in_org=True, in_title=True),    # 《柳州市医疗保障局关于…的通知》; (柳医保规〔2019〕2号): a document number
    # 不一致: lone 一
    R("柳州市", LZ, in_org=True),                   # 咨询电话 list: offices with their numbers
    PH("0772-2826513", city="柳州市"),              # 0772 is shared by 柳州 and 来宾: the article's city
    R("柳江区", "450206", in_org=True),
    PH("0772-7213306", city="柳州市"),
    R("融水苗族自治县", "450225", in_org=True),
    PH("0772-5122418", city="柳州市"),
    R("三江侗族自治县", "450226", in_org=True),
    PH("0772-8612095", city="柳州市"),
    E("lzyb2826513@126.com"),                      # the digits inside the address are no phone
    R("柳州市", LZ, in_org=True),                   # signature
    D("2024年6月12日", "2024-06-12"),
]
