from gold_lib import *

MY = "510700"                                       # 绵阳市
SPEC = [
    R("绵阳市", MY, in_org=True),                   # 绵阳市中心医院 (title)
    R("绵阳市", MY, in_org=True),                   # 绵阳市发展和改革委员会
    R("绵阳市", MY, in_org=True),                   # 绵阳市中心医院; P1停车场: a lot's name
    D("2025年12月1日起", "2025-12-01", qualifier="from"),
    T("20分钟", 20, "minute"),                      # 首20分钟免费: 首 is not part
    M("2元", 2),                                    # 每小时2元: no period (call 1)
    M("25元", 25),                                  # 每日封顶25元: 封顶 before the amount stands between (call 2)
    # 7:30-11:30: times
    T("3小时", 3, "hour"),                          # 限停3小时
    # 新建3层停车楼: 新建 is a verb (to build), not 新建区 (南昌); 3层: floors (层 is no classifier)
    C("460个", 460, "item"),
    PH("0816-2213456"),
]
