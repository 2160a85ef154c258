from gold_lib import *

HF, SS, FX, CF, CH = "340100", "340104", "340123", "340121", "340181"   # 合肥市, 蜀山区, 肥西县, 长丰县, 巢湖市
SPEC = [
    R("合肥市", HF, in_org=True),                   # 合肥市残疾人辅助器具适配中心 (heading)
    D("2025-04-08", "2025-04-08"),                  # 更新时间 of the page itself: a plain date (set 1 call 8)
    # 浏览次数:2316: a bare counter
    R("合肥市", HF, in_org=True),                   # 合肥市残疾人辅助器具适配中心
    R("合肥市", HF, in_org=True),                   # 合肥市残疾人联合会
    R("合肥市蜀山区", SS),                          # address chain; 望江西路88号: road and number, nothing (望江, 江西: parts of the road's name)
    C("8个", 8, "item"),
    C("1200余件", 1200, "item", qualifier="min"),   # 余 between number and unit → min
    # 一、二、三、四: section numbers; 8:30-12:00, 14:00-17:30, 9:00-11:30: times of day; 周一至周五, 每周六: weekdays
    # 1. 2. 3.: list numbers
    R("合肥", HF, in_org=True),                     # “合肥残联辅具”小程序: an app's name
    T("14天", 14, "day"),                           # 未来14天内: 内 no qualifier
    PH("0551-65581234"),
    C("50个", 50, "item"),                          # 每日限50个号
    # 听阈≥41dB: decibels, no unit of ours; ≥ is no qualifier word
    T("约40分钟", 40, "minute", qualifier="approx"),
    # KJW-875: a device model number
    M("每次50元", 50, period="time"),
    P("50%", 0.5),
    T("0-6岁", (0, 6), "year", age=True),
    T("1年", 1, "year"),                            # 保修期1年内: digit 1, not a lone 一
    M("不超过200元", 200, qualifier="max"),
    T("3个工作日", 3, "workday"),
    R("肥西县", FX),
    R("长丰县", CF),
    R("巢湖市", CH),
    R("巢湖市", CH, in_org=True),                   # 巢湖市残疾人康复中心
    R("合肥市蜀山区", SS),                          # address again; 邮编:230031 a postcode
    E("hf_fuju@example.org.cn"),
]
