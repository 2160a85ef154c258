from gold_lib import *

GZ = "360700"                                       # 赣州市
SPEC = [
    R("赣州市", GZ, in_org=True),                   # 赣州市人民医院 (title)
    M("68元", 68),                                  # 家属每天只需付68元: 只需付 stands between
    R("赣州市", GZ, in_org=True),
    D("2025年5月20日起", "2025-05-20", qualifier="from"),
    C("9个", 9, "item"),                            # 9个病区
    # “一对多”: no count (call 3)
    C("1名", 1, "person"),
    C("3至5名", {"min": 3, "max": 5}, "person"),
    M("68元", 68),                                  # 每人每天收费68元: 收费 stands between
    # 一对一: no count
    P("约60%", 0.6, qualifier="approx"),
    M("10元", 10),                                  # 陪护床租金每晚10元: 每晚 is no period word (call 1)
    PH("0797-5889120"),
]
