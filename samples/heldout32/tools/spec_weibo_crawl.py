from gold_lib import *

KM, YN = "530100", "530000"                         # 昆明市, 云南省
# Only the `text` field is page text: crawl_time, pub_time, thread_pos, reposts, comments, likes … are
# crawler metadata (not annotated, like the `title` of set 22's records is not a second copy).
DOCS = {
    "heldout32-wb-1": [
        # 【…一条微博…】: lone 一; (1/4): a thread position, no date (no year; the guidelines' 2025/3/19 has one)
        R("昆明", KM),                              # 很多昆明的朋友
        D("2023年1月1日起", "2023-01-01", qualifier="from"),
        R("云南省", YN),                            # 云南省推行的…改革: plain
        P("2%", 0.02),
        R("昆明", KM),                              # #昆明医保#: a hashtag is a topic (set 14 call 3), plain
    ],
    "heldout32-wb-2": [
        # (2/4): thread position; 一年看门诊 below: lone 一
        M("5000元", 5000),                          # 月缴费基数5000元: no period (set 28 call 3)
        M("约155元", 155, qualifier="approx"),      # 每月到账约155元: 到账 between
        M("100元", 100),                            # 每月到账100元
        M("每年200元", 200, period="year"),         # 起付线每年200元
        P("70%", 0.7),                              # 一级/二级/三级: levels
        P("60%", 0.6),
        P("50%", 0.5),
        P("5个百分点", 0.05, points=True),
        M("2500元", 2500),
        M("3000元", 3000),
        M("1200元", 1200),                          # 一年看门诊: lone 一
        M("1200元", 1200),                          # (1200元-200元)×60%=600元: a formula, the minus is no range mark;
        M("200元", 200),                            # each operand has its own unit, so two amounts (set 18 call 4, set 20 call 3)
        P("60%", 0.6),
        M("600元", 600),
    ],
    "heldout32-wb-3": [
        # (3/4)
        R("昆明市", KM),                            # 昆明市内定点药店: plain (内 outside)
        # 今年: no date
        R("五华区", "530102"),
        R("盘龙区", "530103"),
        R("官渡区", "530111"),
        T("5分钟", 5, "minute"),                    # 最快5分钟: 最快 is not on the list (set 7 call 4)
        D("6月底", "--06", qualifier="approx"),
        C("4.2万人", 42000, "person"),
    ],
    "heldout32-wb-4": [
        # (4/4)
        PH("12393"),
        R("昆明", KM, in_org=True),                 # @昆明医保: an account (set 3 call 14)
        # [心]: an emoji code
        D("2022年12月31日前", "2022-12-31", qualifier="until"),
        E("kepujun@example.com"),
    ],
}
