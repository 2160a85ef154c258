from gold_lib import *

CS, KF = "430100", "430105"                         # 长沙市, 开福区


def F(num):
    return PH(num, city="长沙市")                   # 0731 is shared by 长沙/株洲/湘潭: the article's region is 长沙 (set 1 call 5)


SPEC = [
    R("长沙", CS, in_org=True),                     # 长沙湘岳医院科室电话一览表
    # 4位短号: 位 counts digits here, not persons: a quantity in another unit, nothing (call 2)
    F("0731-88618888"),                             # 总机
    F("0731-88618099"),                             # 传真: a fax number is a fixed line
    D("2025年4月8日", "2025-04-08"),
    # 【行政后勤】 …: headings.  短号8001, 8020, 8012, 8110, and the lines with a 4-digit short number alone
    # (物价科 8068, 信息中心 8090, 发热门诊 8125, 肾内科… 8930, 泌尿外科 8707, 超声科 8366, 出院结算窗口 2260、2261,
    # 分机 2201) are internal extensions: no phones (call 1)
    F("0731-88618001"),
    F("0731-88618020"),
    F("0731-88618012"),
    F("0731-88618066"),
    F("0731-88618110"),                             # 保卫科 (ends in 110: one number, not the service 110)
    F("0731-88618120"),                             # 急诊科 0731-88618120 / 120
    PH("120"),
    F("0731-84521766"),
    PH("84521766", city="长沙市", inferred_code="0731"),   # 预约挂号 84521766: a local 8-digit number completed from 长沙
    F("0731-88618233"),
    # 住院部9楼, 10楼 …: floor numbers
    F("0731-88618901"),
    F("0731-88618910"),
    F("0731-88618911"),
    F("0731-88618912"),
    F("0731-88618915"),
    # 骨科一病区, 二病区: ward names (ordinals)
    F("0731-88618701"),
    F("0731-88618702"),
    F("0731-88618705"),
    F("0731-88618350"),
    F("0731-88618360"),                             # 放射科(CT/MRI预约)
    T("24小时", 24, "hour"),                        # 总值班(24小时)
    PH("138 7315 2046"),
    PH("13974851206"),
    F("0731-84521760"),
    PH("12393"), PH("12345"),
    # 说明:1. 2. 3.: list numbers
    C("42个", 42, "item"),                          # 以上号码共42个
    # 工作日8:00-12:00、14:30-17:30: times of day
    E("ybb@xiangyue-hospital.example.cn"),
    R("长沙市开福区", KF),                          # address chain; 湘雅路218号 and 邮编:410008 are no mentions
]
