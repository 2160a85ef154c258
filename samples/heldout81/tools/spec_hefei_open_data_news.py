from gold_lib import *

HF = "340100"                                       # 合肥市 (安徽省)
SPEC = [
    R("合肥", HF, in_org=True),                     # 合肥在线: a news site's name (set 1 call 7)
    R("合肥", HF),                                  # headline 合肥医保数据开放再上新: a topic
    C("38个", 38, "item"),
    C("1200万次", 12000000, "time"),                # 突破1200万次: 突破 is no qualifier of the shared list
    D("2025-08-06", "2025-08-06"),                  # 09:12:47 a time of day
    R("合肥", HF, in_org=True),                     # 来源:合肥日报
    # 阅读 3,586: a counter
    D("8月5日", "--08-05"),
    R("合肥市", HF, in_org=True),                   # 合肥市医疗保障局
    R("合肥市", HF, in_org=True),                   # 合肥市公共数据开放平台 (set 31 call 3)
    C("6个", 6, "item"),
    C("38个", 38, "item"),
    C("四类", 4, "kind"),
    C("860万条", 8600000, "item"),                  # 逾860万条: 逾 is not on the shared qualifier list, kept out
    # 一份 (lone 一), 好几趟 (几: nothing)
    T("10分钟", 10, "minute"),                      # 最快10分钟: 最快 is no qualifier of the list
    R("合肥市", HF, in_org=True),                   # 合肥市医疗保障局数据管理科
    R("合肥市", HF),                                # “合肥市医保药品挂网价格”数据集: a dataset's name is a topic (set 31 call 3), quotes or not
    C("1.9万余条", 19000, "item", qualifier="min"),   # 余 between the number and the classifier: min
    # 挂网价格(元): a unit in a field name, no number
    # 阿莫西林: 西林 is part of a drug name, no place
    # example record "阿莫西林胶囊,0.25g×24粒,9.80,2025-08-01": 0.25g (g is no unit of the guidelines), 9.80 (a bare cell)
    # 0.25g×24粒: a pack specification, nothing (sets 18, 46, 71: `0.25g×24粒`, `80mg×64粒`)
    D("2025-08-01", "2025-08-01"),
    DR("2025年1月至7月", "2025-01", "2025-07"),
    C("1,236.8万次", 12368000, "time"),
    C("约5.8万次", 58000, "time", qualifier="approx"),   # 日均调用约5.8万次
    P("46.2%", 0.462),
    C("2.47万次", 24700, "time"),
    R("蜀山区", "340104"),
    R("包河区", "340111"),
    C("12家", 12, "institution"),
    C("4所", 4, "institution"),
    R("安徽", "340000", in_org=True),               # 安徽医科大学卫生管理学院
    DR("2019—2024年", "2019", "2024"),              # U+2014 year range (set 3 `2020—2024年`)
    P("约18%", 0.18, qualifier="approx"),
    R("安徽省", "340000", in_title=True),           # 《安徽省公共数据开放分级分类指南(试行)》: a title, no organisation
    C("100人以下", 100, "person", qualifier="max"),
    T("3个工作日", 3, "workday"),
    # 一起数据泄露事件: lone 一
    R("合肥市", HF, in_org=True),                   # 合肥市医保局
    # 今年四季度: the fourth quarter of the year (an ordinal use), no duration; 按季度: no number; 区县级: no place
    D("2026年1月1日起", "2026-01-01", qualifier="from"),   # 于 outside
    # v3.0: a version
    C("60次", 60, "time"),                          # 每分钟60次: 每分钟 no period of a count
    C("120次", 120, "time"),
    PH("0551-63356271"),
    U("www.hfdata.example.gov.cn"),
]
