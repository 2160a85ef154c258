from gold_lib import *

HA, ZZ, JS = "410000", "410100", "410105"      # 河南省, 郑州市, 金水区
ZJ, WZ = "330000", "330300"                     # 浙江省, 温州市
YB, CP = "511500", "511502"                     # 宜宾市, 翠屏区
WF = "370700"                                   # 潍坊市
SPEC = [
    C("1,286 个", 1286, "item"),                   # 共找到 <b>1,286</b> 个结果: a lone space is typesetting
    # case 1
    # 郑某某诈骗罪一审刑事判决书: 一审 (first instance) is no count
    R("河南省郑州市金水区", JS, in_org=True),      # court
    # (2024)豫0105刑初1542号: a case number (豫 abbreviation, 0105 the court code of 金水区)
    D("2024-11-22", "2024-11-22"),                 # 裁判日期 (a plain date, not a related item's pubdate)
    DR("2020年6月至2022年12月", "2020-06", "2022-12"),
    R("郑州市", ZZ),                               # 郑州市某民营医院: anonymised (某), plain
    C("1,327人次", 1327, "person"),
    M("二百一十三万元", 2130000),                  # 人民币二百一十三万元
    T("十年", 10, "year"),                         # 有期徒刑十年
    M("二十万元", 200000),                         # 罚金人民币二十万元
    # case 2
    R("温州", WZ),                                 # 温州某医疗器械有限公司: anonymised company, plain
    # 二审 (second instance): no count
    R("浙江省温州市", WZ, in_org=True),            # 浙江省温州市中级人民法院
    # (2025)浙03刑终88号: a case number (浙03 the code of 温州's intermediate court)
    D("2025-02-14", "2025-02-14"),
    M("约为600元", 600, qualifier="approx"),       # 价格约为600元: 约为 is on the shared list
    M("3,800元", 3800),                            # 单价3,800元: 单价 is no period word
    C("46名", 46, "person"),
    M("约57.6万元", 576000, qualifier="approx"),
    T("63岁", 63, "year", age=True),               # 林某时年63岁: 时年 outside
    # case 3
    # 一审 again: no count
    R("四川省宜宾市翠屏区", CP, in_org=True),      # court
    # (2024)川1502民初5210号: a case number
    D("2024-12-30", "2024-12-30"),
    D("2023年8月2日", "2023-08-02"),
    P("40%", 0.4),                                 # 40%-60%: two % signs, two percents
    P("60%", 0.6),
    P("50%", 0.5),
    M("82,316元", 82316),
    M("24,780元", 24780),
    M("12,390元", 12390),
    PH("0831-8216705"),                            # 联系法官: 宜宾
    # case 4
    R("山东省潍坊市", WF, in_org=True),            # 山东省潍坊市中级人民法院
    # (2025)鲁07刑更301号: a case number
    D("2025-03-18", "2025-03-18"),
    D("2022年5月", "2022-05"),
    T("五年", 5, "year"),                          # 有期徒刑五年
    DR("2021年12月9日起至2026年12月8日", "2021-12-09", "2026-12-08"),  # 刑期自…起至…止: a range; 起 and 止 frame it
    T("八个月", 8, "month"),                       # 减去有期徒刑八个月
    # pager: 上一页 1 2 3 … 129 下一页: page numbers, nothing
    C("10 条", 10, "item"),                        # 每页 10 条: a lone space; 每页 is no period (counts have none)
    E("service@wenshu.example.gov.cn"),
]
