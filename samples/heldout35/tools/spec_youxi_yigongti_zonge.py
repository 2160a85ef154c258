from gold_lib import *

YX, SM, FJ = "350426", "350400", "350000"        # 尤溪县, 三明市, 福建省
SPEC = [
    R("尤溪县", YX, in_org=True),                    # 尤溪县医疗保障局
    R("尤溪县", YX, in_org=True),                    # 尤溪县卫生健康局
    R("尤溪县", YX, in_org=True),                    # 尤溪县财政局
    R("尤溪县", YX, in_title=True),                  # 《尤溪县紧密型县域医共体…实施办法(2025年版)》: a rule's title, no org
    D("2025年", "2025"),                            # (2025年版): a year with 年 (set 8 call 7, set 31 call 8)
    # 尤医保〔2025〕6号: a document number
    R("尤溪县", YX, in_org=True),                    # 尤溪县总医院 (主送)
    R("三明", SM),                                   # 三明医改经验: a reform named after the city (a topic), plain (call 2)
    R("福建省", FJ, in_title=True, in_org=True),     # 《福建省医疗保障局关于…》 (set 1 call 6)
    R("三明市", SM, in_org=True),                    # 三明市医疗保障局
    R("尤溪县", YX, in_title=True),
    D("2025年", "2025"),
    R("尤溪县", YX),                                 # the rule's own heading, no 《》: plain (set 17 call 9)
    D("2025年", "2025"),
    # 第一条 … 第九条: ordinals
    R("尤溪县", YX, in_org=True),                    # 尤溪县总医院
    C("两个", 2, "item"),                           # 两个院区
    C("15家", 15, "institution"),
    C("251个", 251, "item"),
    D("2025年度", "2025"),
    # 全县: no place
    C("33.86万人", 338600, "person"),
    C("4.27万人", 42700, "person"),
    M("1820元/人/年", 1820, period="year"),          # guidelines: 380元/人/年
    M("3460元", 3460),                              # 3460元/人: /人 a classifier, no period (set 9 call 5)
    M("7.64亿元", 764000000),
    P("3%", 0.03),
    M("1.52亿元左右", 152000000, qualifier="approx"),
    # 按季度预拨: no number; 每季度首月: no number
    T("10个工作日", 10, "workday"),                   # 10个工作日内: 内 is not on the list
    P("22%", 0.22),
    # 第四季度: an ordinal (set 3 call 2)
    P("12%", 0.12),
    DR("2025年1月1日至12月31日", "2025-01-01", "2025-12-31"),
    # 一个结算年度: lone 一
    P("不低于40%", 0.4, qualifier="min"),
    # 按六比四分配: a ratio (set 2 call 9), nothing
    # 县医保局会同县卫健局: 会同 is a verb here (会同县 is 怀化's), no place; 县医保局: no place
    P("70%", 0.7),
    P("30%", 0.3),
    P("90%以上", 0.9, qualifier="min"),
    P("不低于65%", 0.65, qualifier="min"),
    P("16.5%以内", 0.165, qualifier="max"),
    P("2个百分点", 0.02, points=True),
    P("70%左右", 0.7, qualifier="approx"),
    # 考核满分100分, 低于80分, 每少1分: scores, nothing
    P("1%", 0.01),
    D("每月5日前", "---05", relative_to="every_month", qualifier="until"),
    # 上月: no date; 2倍: a multiple
    T("3个月", 3, "month"),                         # 暂停拨付3个月
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    T("2年", 2, "year"),                            # 有效期2年
    R("尤溪县", YX, in_org=True),                    # 尤溪县医疗保障局医药服务管理股
    PH("0598-6323185"),
    PH("0598-6323190"),                             # 传真: a fixed line like any other (set 16 call 2)
    R("尤溪县", YX, in_org=True),
    R("尤溪县", YX, in_org=True),
    R("尤溪县", YX, in_org=True),
    D("2025年1月20日", "2025-01-20"),
]
