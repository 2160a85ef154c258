from gold_lib import *

HZ, ZJ, WZ, AH = "330100", "330000", "330300", "340000"
SPEC = [
    T("三年", 3, "year"),                           # 确诊HIV三年了
    R("杭州", HZ),
    D("2025-11-28", "2025-11-28"),                  # 23:41 a time; 浏览 4.2万, 评论 386: counters with no unit
    # 90后: a generation, nothing
    D("2022年9月", "2022-09"),
    R("杭州", HZ),
    T("两个多小时", 2, "hour", qualifier="min"),    # 多 between the number and its unit → min (call 8)
    # 1. … 5.: list numbers; 区疾控: no place
    T("两周", 2, "week"),
    R("杭州市", HZ, in_org=True),                   # 杭州市西溪医院
    # 一堆: lone 一; CD4是312, 十几万copies/mL, CD4在350以下: bare numbers / no unit of ours (call 6)
    C("三种", 3, "kind"),                           # 一天吃三种: 一天 lone 一
    C("1次", 1, "time"),                            # 每天1次
    T("一两周", (1, 2), "week"),                    # two neighbouring numerals: a range (as 一两百元)
    # 一天一片, 一瓶: lone 一
    M("1,980元左右", 1980, qualifier="approx"),
    T("30天", 30, "day"),
    R("浙江", ZJ),
    P("75%", 0.75),
    M("四百多块", 400, qualifier="min"),            # 每月自己掏四百多块: 自己掏 between, no period
    T("半年", 0.5, "year"),                         # 前半年
    T("3个月", 3, "month"),                         # 每3个月抽一次血 (一次: lone 一)
    T("半年", 0.5, "year"),                         # 之后半年一次
    # 第3个月: an ordinal; (<20 copies/mL), 涨到680: no unit of ours
    R("杭州市", HZ),                                # 杭州市医保的门特备案: a place before a programme, plain
    # "浙里办": 浙 is a one-character abbreviation
    T("3个工作日", 3, "workday"),
    T("三个月", 3, "month"),                        # 前三个月
    R("浙江省", ZJ, in_org=True),                   # 浙江省疾控
    R("杭州", HZ, in_org=True),                     # "杭州红丝带"群: a group's name (set 44 call 9)
    C("200多人", 200, "person", qualifier="min"),
    # U=U: nothing
    R("杭州市", HZ, in_org=True),                   # 杭州市疾控艾防热线
    PH("0571-85154061"),
    PH("12320"),
    # @一棵柠檬树: a screen name with a lone 一, no place
    R("温州", WZ),
    P("70%", 0.7),
    R("安徽", AH),
    R("杭州", HZ),
    R("安徽", AH),
    T("半年", 0.5, "year"),
]
