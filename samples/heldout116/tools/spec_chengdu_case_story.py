from gold_lib import *

CD, WH, GZ = "510100", "510107", "440100"       # 成都市, 武侯区, 广州市
SPEC = [
    M("3.8万元", 38000),                            # title
    R("成都市武侯区", WH),                          # subtitle: a chain before a case, plain
    D("2025-10-27", "2025-10-27"),                  # 10:15 a time of day
    R("成都市", CD, in_org=True),                   # 来源:成都市医疗保障局
    T("68岁", 68, "year", age=True),
    R("武侯区", WH),                                # 武侯区某小学: 某, not in_org
    D("2025年9月16日", "2025-09-16"),
    # 10:20左右: a time of day (左右 after a time makes no mention)
    R("成都市", CD, in_org=True),                   # "成都市医保局" (impersonated)
    # 身份证号后四位: 位 counts digits, no count
    R("广州市", GZ),                                # 广州市某药店: 某, not in_org
    # 一次性: lone 一; 一个 (×4: 一个自称…, 一个QQ号, 一个链接, 一个跨省诈骗团伙): lone 一
    # 公安 in 公安分局 / 公安局: a word (police), not 公安县
    M("1.2万元", 12000),
    # QQ号3186274459: a QQ number, not a phone
    U("https://cd-yibao.example.net/verify"),       # scam link (call 2)
    C("三次", 3, "time"),                           # 分三次转账
    # 10:42, 11:05, 11:31: times of day (call 3)
    M("15000元", 15000),
    M("13000元", 13000),
    M("10000元", 10000),
    # 三笔: 笔 is no classifier
    M("3.8万元", 38000),
    # 尾号为6617: a card's tail digits, nothing (call 4)
    D("9月17日", "--09-17"),
    R("武侯区", WH, in_org=True),                   # 武侯区公安分局玉林派出所; 玉林 is a 成都 street (玉林街道) naming a
                                                    # police station, not 广西's 玉林市: no place (townships and streets)
    R("成都市", CD, in_org=True),                   # 成都市公安局武侯区分局
    R("武侯区", WH, in_org=True),
    D("2025年10月20日", "2025-10-20"),              # 截至 before: no qualifier
    C("5名", 5, "person"),
    M("2.16万元", 21600),
    M("1.2万元", 12000),
    D("10月23日", "--10-23"),
    R("成都市", CD, in_org=True),                   # 成都市医疗保障局提醒
    PH("12393"),
    PH("028-61888012"),
    PH("110"),
    R("成都市", CD),                                # 成都市已有…: plain
    C("超过200名", 200, "person", qualifier="min"),
    M("近50万元", 500000, qualifier="approx"),
]
