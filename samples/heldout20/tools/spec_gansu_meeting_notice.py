from gold_lib import *

GS, LZ, TS, JQ, CG = "620000", "620100", "620500", "620900", "620102"   # 甘肃省, 兰州市, 天水市, 酒泉市, 城关区
SPEC = [
    R("甘肃省", GS, in_org=True),                   # 甘肃省医疗保障局办公室 (the issuer)
    D("2025年", "2025"),                            # 关于召开2025年全省…会议的通知 (no 《》: plain)
    # 各市(州)医疗保障局: no place (市, 州 alone)
    D("2025年4月中旬", "2025-04", qualifier="approx"),
    D("2024年度", "2024"),
    D("2025年", "2025"),                            # 部署2025年重点任务
    # 一、 二、 (一) …: list numbers
    D("2025年4月17日", "2025-04-17"),              # (星期四)上午9:30: a weekday and a time of day, nothing
    T("1天", 1, "day"),                             # 会期1天 (digit 1)
    D("4月16日", "--04-16"),                        # 4月16日14:00至20:00报到: a time range, the date alone
    R("兰州", LZ, in_org=True),                     # 兰州飞天大酒店 (a hotel's name); 3楼 nothing; 黄河厅 no place
    R("兰州市城关区", CG),                          # address chain; 东岗西路486号 a road and a house number
    C("1名", 1, "person"),                          # 1名分管领导 (digit 1)
    C("2名", 2, "person"),                          # 2名科室负责人
    C("1名", 1, "person"),                          # 基金监管科、医药服务管理科各1名
    # 省医疗保障局: 省 alone, no place
    R("兰州市", LZ, in_org=True),                   # 兰州市、天水市、酒泉市医疗保障局: one shared office word,
    R("天水市", TS, in_org=True),                   # every unit names an office (set 2 call 4)
    R("酒泉市", JQ, in_org=True),
    C("1名", 1, "person"),                          # 各安排1名同志
    T("不超过8分钟", 8, "minute", qualifier="max"), # 每人发言时间不超过8分钟: 每人 no period (durations have none)
    D("2025年4月10日", "2025-04-10"),              # 于2025年4月10日17:00前: the time stands between, 前 does not
                                                    # touch the date (judgement call 1)
    E("gsyb_jgc@example.com"),
    M("每天350元", 350, period="day"),              # 每人每天350元 (set 1 call 2)
    D("2024年度", "2024"),
    M("1.86亿元", 186000000),
    C("2136家", 2136, "institution"),
    C("14个", 14, "item"),                          # 涉及14个市州 (个 the classifier; 市州 no place)
    T("不超过5分钟", 5, "minute", qualifier="max"),
    PH("0931-8263415"),                             # 基金监督处 张某
    PH("13919263478"),
    PH("0931-8263416"),                             # 传真 (set 16 call 2)
    PH("0931-8263420"),
    D("2025年", "2025"),                            # 附件:2025年全省…回执
    R("甘肃省", GS, in_org=True),                   # signature
    D("2025年4月2日", "2025-04-02"),
    D("2025年", "2025"),                            # 附件 title
    # 填表日期:   年   月   日: blank form fields, no numbers
    D("4月10日前", "--04-10", qualifier="until"),
    PH("0931-8263416"),
]
