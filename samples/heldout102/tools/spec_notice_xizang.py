from gold_lib import *

XZ, RKZ, NQ, AL, LS = "540000", "540200", "540600", "542500", "540100"   # 西藏, 日喀则市, 那曲市, 阿里地区, 拉萨市
SPEC = [
    R("西藏自治区", XZ, in_org=True),               # 西藏自治区医疗保障局 (title line, no 《》)
    D("2025年度", "2025"),
    # 藏医保发〔2025〕9号: a document number (藏: a one-character abbreviation)
    # 各地(市): no place
    R("日喀则市", RKZ, in_org=True),                # 日喀则市、那曲市医保中心: coordinated addressees (set 50 call 3)
    R("那曲市", NQ, in_org=True),
    R("阿里地区", AL, in_org=True),                 # 阿里地区医疗保障局: 地区 is part of the unit's name
    # 自治区人民政府: no place name
    D("2025年度", "2025"),
    # 一、 list number
    D("2025年", "2025"),
    M("每年1050元", 1050, period="year"),           # 每人每年1050元: 每人 is no period (set 1 call 2)
    M("每年不低于25元", 25, period="year", qualifier="min"),
    M("每年200元", 200, period="year"),             # 每人每年200元
    # 二、(一) list numbers; 乡(镇), 地(市)级, 区级, 区外: no places
    M("100元", 100),
    P("95%", 0.95),
    M("300元", 300),
    P("85%", 0.85),
    M("600元", 600),
    P("75%", 0.75),
    M("1000元", 1000),
    P("65%", 0.65),
    M("12万元", 120000),                            # 年度最高支付限额提高到12万元: 最高 does not touch
    P("60%以上", 0.6, qualifier="min"),
    M("30万元", 300000),                            # 最高可达30万元: 可达 stands between (set 1 call 14)
    M("500元", 500),                                # 每人500元: 每 + classifier is no period
    T("5岁以下", 5, "year", age=True, qualifier="max"),
    # 三、 list number
    R("日喀则市定日县", "540223"),                  # a chain: one mention at the county
    R("萨迦县", "540224"),
    R("仲巴县", "540232"),
    R("那曲市双湖县", "540630"),
    R("尼玛县", "540629"),                          # the county here (a list of counties), not a personal name
    R("安多县", "540624"),
    R("阿里地区改则县", "542526"),                  # chain with 地区 inside (guidelines: 海东地区乐都县)
    R("噶尔县", "542523"),
    C("8个", 8, "item"),                            # 8个县
    P("5个百分点", 0.05, points=True),
    R("双湖县", "540630"),
    # 海拔5000米以上: 米 is no unit of ours (nothing, qualifier included)
    R("那曲市色尼区", "540602"),                    # chain -> 色尼区
    # 约600公里: a distance, nothing
    M("每次不超过800元", 800, period="time", qualifier="max"),   # period + qualifier together (set 1 call 3)
    # 四、 list number
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    DR("2025年3月1日至6月30日", "2025-03-01", "2025-06-30"),
    D("2025年7月15日前", "2025-07-15", qualifier="until"),
    # 第二季度: an ordinal; 每季度报送一次: lone 一
    # 五、 list number
    R("日喀则市", RKZ, in_org=True),                # 日喀则市医疗保障局
    PH("0892-8823516"),
    R("那曲市", NQ, in_org=True),                   # 那曲市医保服务中心
    PH("0896-3826417"),
    R("阿里地区", AL, in_org=True),                 # 阿里地区医疗保障局
    PH("0897-2826308"),
    # 自治区医保服务热线: no place name
    PH("0891-6833012"),
    PH("12393"),
    E("xzyb_nmq@example.gov.cn"),
    U("https://ybj.xizang.example.gov.cn/zcjd/2025-01/nmq.html"),   # xizang, 2025-01 inside the URL: nothing
    D("2025年度", "2025", _nb=True),              # 附件:1.2025年度: 1. is the list number, the date follows it

    R("西藏自治区", XZ, in_org=True),               # signature: 西藏自治区医疗保障局
    D("2025年1月6日", "2025-01-06"),
]
