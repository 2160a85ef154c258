from gold_lib import *

RKZ, SH, SD, ZJ, KS, AKS = "540200", "310000", "370000", "330000", "653100", "652900"
SPEC = [
    # 第十批: an ordinal; 援藏, 援疆: 藏/疆 are one-character abbreviations, no places
    R("日喀则", RKZ),
    D("2025-03-12", "2025-03-12"),                  # 10:25 a time
    R("日喀则", RKZ, in_org=True),                  # 日喀则日报: a newspaper (set 1 call 7)
    D("3月10日", "--03-10"),
    R("上海市", SH),                                # 上海市、山东省选派: the sending provinces, plain
    R("山东省", SD),
    C("48名", 48, "person"),
    R("日喀则市", RKZ),
    R("日喀则市", RKZ, in_org=True),                # 日喀则市人民医院
    T("3年", 3, "year"),                            # 为期3年
    R("上海", SH),
    D("2015年以来", "2015", qualifier="from"),
    # 连续第10年: an ordinal
    R("日喀则", RKZ),
    C("12名", 12, "person"),
    C("21名", 21, "person"),
    T("43岁", 43, "year", age=True),
    T("31岁", 31, "year", age=True),
    R("上海", SH, in_org=True),                     # 上海交通大学医学院附属仁济医院
    # 陈立新: a person
    T("3年", 3, "year"),                            # 过去3年
    R("日喀则市", RKZ, in_org=True),                # 日喀则市人民医院
    C("136项", 136, "item"),
    C("300余人", 300, "person", qualifier="min"),   # 余 = more than
    C("7个", 7, "item"),                            # 新建专科: a verb (新建 is also 南昌's 新建区 short name), no place
    T("两周", 2, "week"),
    R("江孜县", "540222", in_org=True),             # 江孜县人民医院
    R("江孜县", "540222"),                          # 江孜县城 (the county seat): the county, plain
    # 海拔4040米: 米 is no unit of ours
    C("4次", 4, "time"),                            # 每月要下乡巡诊4次: 每月 does not touch
    # 一次往返: lone 一; 200多公里: a distance (多 makes no mention without a unit of ours)
    R("山东省", SD, in_org=True),                   # 山东省第十一批援疆医疗队: a team's proper name (call 2)
    C("35名", 35, "person"),
    T("18个月", 18, "month"),
    R("喀什地区疏勒县", "653122"),                  # a chain: 疏勒县
    R("济南", "370100"),
    R("疏勒县", "653122", in_org=True),             # 疏勒县人民医院
    C("2.3万人次", 23000, "person"),
    C("1260台", 1260, "piece"),                     # 台 is a piece classifier (guidelines)
    M("约860万元", 8600000, qualifier="approx"),
    # 维吾尔族: no place; 阿里木古丽·买买提: a personal name (阿里 is not 阿里地区 here, call 3); 一支: lone 一
    R("阿克苏地区", AKS, in_org=True),              # 阿克苏地区卫健委: an office written short
    R("浙江省", ZJ, in_org=True),                   # 浙江省援疆指挥部
    R("阿克苏市", "652901"),
    R("温宿县", "652922"),
    R("沙雅县", "652924"),
    C("60名", 60, "person"),
    T("不少于6个月", 6, "month", qualifier="min"),  # 每人服务期不少于6个月
    C("5个", 5, "item"),                            # 5个薄弱专科
    R("浙江", ZJ),                                  # 浙江援疆医生: a description of doctors, not a body
    M("约4500元", 4500, qualifier="approx"),        # 人均每月补助约4500元: 每月 does not touch (补助 between)
    DR("2016年至2024年", "2016", "2024"),
    # 全国: no place
    C("1300余名", 1300, "person", qualifier="min"),
    # 三级医院: a grade
    P("100%", 1),
    # 次仁卓玛, 拉巴: persons
]
