from gold_lib import *

XZ, TS, PX = "320300", "320312", "320322"     # 徐州市, 铜山区, 沛县
SPEC = [
    R("徐州市铜山区", TS),                          # title 徐州市铜山区关于…的情况通报: the place, no body named (call 6);
                                                    # 一起 (lone 一 + 起): nothing
    D("2025年10月20日", "2025-10-20"),              # 发布日期
    R("徐州市铜山区", TS, in_org=True),             # 徐州市铜山区卫生健康委员会
    D("2025年10月18日", "2025-10-18"),              # 12时许: a time (许 touches the hour, not the date; call 1)
    R("铜山区", TS),                                # 铜山区柳泉镇: 柳泉镇 is a township, no place; 一家农家乐: lone 一
    C("约180人", 180, "person", qualifier="approx"),
    # 当日15时起: a time (起 touches the hour); 当日 has no number
    C("23人", 23, "person"),
    R("徐州", XZ, in_org=True),                     # 徐州医科大学附属医院
    R("铜山区", TS, in_org=True),                   # 铜山区人民医院; 区卫健委: no place
    C("23人", 23, "person"),                        # 就诊23人
    C("5人", 5, "person"),
    C("2名", 2, "person"),
    T("6岁", 6, "year", age=True),
    T("71岁", 71, "year", age=True),
    T("2~6小时", (2, 6), "hour"),
    D("10月20日", "--10-20"),                       # 截至10月20日18时: 18时 a time
    C("19人", 19, "person"),
    C("4人", 4, "person"),
    C("31份", 31, "piece"),
    C("9份", 9, "piece"),
    # 一起因…: lone 一
    M("5万元", 50000),                              # 罚款5万元
    M("8.6万元", 86000),
    R("徐州市", XZ),                                # 徐州市城乡居民医保: a place before a programme
    M("5.2万元", 52000),
    P("60.5%", 0.605),
    M("2.4万元", 24000),
    M("约1万元", 10000, qualifier="approx"),
    M("每天200元", 200, period="day"),
    M("最高2000元", 2000, qualifier="max"),         # 每人最高2000元: 每人 is no period (set 1 call 2)
    R("沛县", PX),
    C("3名", 3, "person"),
    T("不超过2小时", 2, "hour", qualifier="max"),
    T("5日", 5, "day"),                             # 在5日前报备: 5 days before, like 30日后 → 30日 (call 7)
    PH("0516-83712345"),
    PH("12345"),
    R("徐州市铜山区", TS, in_org=True),             # signature
    D("2025年10月20日", "2025-10-20"),
]
