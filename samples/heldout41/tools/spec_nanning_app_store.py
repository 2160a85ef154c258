from gold_lib import *

NN = "450100"   # 南宁市
SPEC = [
    R("南宁", NN, in_org=True),                     # app name 南宁医保 (an app's name is a proper name)
    R("南宁市", NN, in_org=True),                   # publisher 南宁市医疗保障局
    # 4.6分: a rating score (分 no unit); 排名第12: an ordinal; 12+: an age rating, no unit
    C("1.8万个", 18000, "item"),                    # 1.8万个评分: number + 个 touching
    C("86万次", 860000, "time"),                    # 下载量:86万次
    # 58.3MB: a file size; 版本:3.2.1: a version number
    D("2025-04-18", "2025-04-18"),                  # 更新时间
    R("南宁市", NN, in_org=True),                   # 开发者
    U("https://app.nnyb.example.cn"),
    R("南宁", NN, in_org=True),                     # “南宁医保”是…: the app
    R("南宁市", NN, in_org=True),                   # 南宁市医疗保障局官方移动服务平台
    R("南宁市", NN),                                # 为南宁市及所辖…: plain places
    R("兴宁区", "450102"),
    R("青秀区", "450103"),
    R("江南区", "450105"),
    R("西乡塘区", "450107"),
    R("良庆区", "450108"),
    R("邕宁区", "450109"),
    R("武鸣区", "450110"),
    R("横县", "450181", renamed_from="横县"),       # former name of 横州市 (2021)
    R("宾阳县", "450126"),
    R("上林县", "450125"),
    R("马山县", "450124"),
    R("隆安县", "450123"),
    C("36项", 36, "item"),
    # 新版本特性(3.2.1): a version number
    D("2025年度", "2025"),
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    M("每年400元", 400, period="year"),             # 每人每年400元 (set 1 call 2)
    T("3个工作日", 3, "workday"),
    # 即时办结: nothing
    T("1年", 1, "year"),                            # 备案有效期1年
    M("200元", 200),                                # 起付标准降至200元
    P("60%", 0.6),
    # 安卓12机型: a version, no unit
    P("约40%", 0.4, qualifier="approx"),
    # 历史版本 3.2.0, 3.1.5, 3.1.0: version numbers
    D("2025年1月6日", "2025-01-06"),
    C("8名", 8, "person"),                          # 最多可绑定8名: 可绑定 stands between, no qualifier
    D("2024年11月20日", "2024-11-20"),
    T("2秒以内", 2, "second", qualifier="max"),
    D("2024年7月1日", "2024-07-01"),
    C("1560家", 1560, "institution"),
    # 用户评价: screen names 邕城阿华 (邕城: a nickname of 南宁, no division name), 青秀小陈 (a screen name,
    # like 院长李湘潭 in set 17: no place), 用户1386 (a user number); ★★★★★ ratings: nothing
    D("2025-05-02", "2025-05-02"),                  # a review's date: a plain date (no related item, no pubdate)
    R("广西", "450000", in_org=True),               # 广西医科大学第一附属医院
    # 十几秒: 十几 is no number (几 vague), nothing
    D("2025-04-26", "2025-04-26"),
    R("广东深圳", "440300"),                        # 她在广东深圳带孙子: one chain
    T("40分钟", 40, "minute"),
    D("2025-04-21", "2025-04-21"),
    # 今年, 去年: relative words, no dates
    M("20块", 20),                                  # 涨了20块
    D("2025-04-22", "2025-04-22"),                  # 开发者回复 2025-04-22
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),
    D("2024年", "2024"),
    M("20元", 20),
    PH("0771-5532687", city="南宁市"),              # 0771 is 南宁's and 崇左's: the page is 南宁's
    PH("12393"),
    E("app_kefu@example.cn"),
    # Android 8.0: a version
]
