from gold_lib import *

YY, XT, ZZ, HUN = "430600", "430300", "430200", "430000"   # 岳阳市, 湘潭市, 株洲市, 湖南省
DOCS = {
    "heldout3-short-1": [                           # a 微博 post
        # #医保缴费#: a hashtag, no place; 【提醒】
        D("2025年度", "2025"),
        M("400元", 400),                            # 个人缴费标准每人400元: 每人 is no period word
        D("2024年12月31日", "2024-12-31"),          # 缴费截止时间:…
        P("50%", 0.5),
        P("最高70%", 0.7, qualifier="max"),         # 住院报销最高70%: 最高 touches the number
        U("https://ybj.yueyang.example.gov.cn/jf"),
        R("岳阳", YY, in_org=True),                 # @岳阳发布: an account
        R("湖南", HUN, in_org=True),                # @湖南医保: an account
        D("10月28日", "--10-28"),                   # 18:02: a time
        # weibo.com: neither http(s):// nor www., no URL; 转发 236 / 评论 48 / 赞 1.2万: counters, no unit
    ],
    "heldout3-short-2": [                           # an SMS reminder
        R("湘潭", XT, in_org=True),                 # 【湘潭医保】: the sender's signature (an account)
        D("2025年度", "2025"),
        D("12月31日前", "--12-31", qualifier="until"),
        R("湖南", HUN, in_org=True),                # "湖南税务"APP
        T("3个月", 3, "month"),
        PH("12393"),
        PH("0731-58581206", city="湘潭市"),         # 0731 is shared by 长沙, 株洲 and 湘潭: the sender's city
        U("www.xtyb.example.cn"),
        # 回复TD退订: nothing
    ],
    "heldout3-short-3": [                           # a pop-up notice (html record)
        D("每年12月31日前", "--12-31", recurring="yearly", qualifier="until"),
        # 下一年度: lone 一
        D("2025年起", "2025", qualifier="from"),
        T("4年", 4, "year"),                        # 满<b>4</b>年 (满 is no qualifier)
        M("不低于1000元", 1000, qualifier="min"),   # 每年提高不低于<b>1000</b>元: 提高 separates 每年 from it
        T("超过3个月", 3, "month", qualifier="min"),   # 超过<b>3</b>个月: 超过 is on the shared list
        R("株洲市", ZZ, in_org=True),               # 株洲市医疗保障局
        PH("0731-28686312", city="株洲市"),
    ],
}
