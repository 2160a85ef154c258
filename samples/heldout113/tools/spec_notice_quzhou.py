from gold_lib import *

QZ, ZJ = "330800", "330000"                          # 衢州市, 浙江省
SPEC = [
    R("衢州市", QZ, in_org=True),                    # 衢州市医疗保障局 (title)
    T("15分钟", 15, "minute"),                       # “15分钟医保服务圈”: a programme's name, the number is still a duration (sets 11, 22, 52)
    # 衢医保发〔2025〕21号: a document number; 各县(市、区), 市医保中心: no names
    # 最后一公里: lone 一, and 公里 is no unit of any type
    R("浙江省", ZJ, in_title=True, in_org=True),     # 《浙江省医疗保障局关于…指导意见》
    # 我市, 乡镇(街道), 村(社区): no places; 两级: no classifier
    # 一、 二、 …: section numbers
    D("2025年12月底", "2025-12", qualifier="approx"),
    C("105个", 105, "item"),
    C("1480个", 1480, "item"),
    P("100%", 1),
    P("95%以上", 0.95, qualifier="min"),
    T("15分钟", 15, "minute"),                       # 步行15分钟内: 内 is no qualifier
    R("柯城区", "330802"),
    C("10个", 10, "item"), C("152个", 152, "item"),
    R("衢江区", "330803"),
    C("21个", 21, "item"), C("268个", 268, "item"),
    R("龙游县", "330825"),
    C("15个", 15, "item"), C("243个", 243, "item"),
    P("不低于96%", 0.96, qualifier="min"),
    R("江山市", "330881"),
    C("19个", 19, "item"), C("291个", 291, "item"),
    R("常山县", "330822"),
    C("14个", 14, "item"), C("180个", 180, "item"),
    R("开化县", "330824"),
    C("14个", 14, "item"), C("218个", 218, "item"),
    C("6个", 6, "item"),                             # “下山移民”集中安置点6个
    D("2025年6月30日", "2025-06-30"),                # 截至 is a preposition
    C("87个", 87, "item"),
    P("82.9%", 0.829),
    C("1126个", 1126, "item"),
    P("76.1%", 0.761),
    D("2024年底", "2024", qualifier="approx"),
    P("18.4个百分点", 0.184, points=True),
    # (一)(二)(三): list markers
    C("32项", 32, "item"),                           # 等32项事项: 事项 counts
    C("12项", 12, "item"),
    C("9项", 9, "item"),
    T("5个工作日", 5, "workday"),                    # 5个工作日内: 内 is no qualifier
    T("20个工作日", 20, "workday"),
    C("不少于2名", 2, "person", qualifier="min"),
    C("1名", 1, "person"),                           # digit 1, not a lone 一 (set 1 call 13)
    # 周一至周五 (weekdays), 8:30-12:00、14:00-17:30 and 至18:30: times of day
    # 对新建的: 新建 a verb here (南昌 新建区 not meant)
    M("3万元", 30000),                               # 每个给予3万元: 每 + a classifier is no period
    # 一次性: lone 一
    M("5000元", 5000),                               # 每个补助5000元: no period
    D("2025年度", "2025"),
    M("不超过850万元", 8500000, qualifier="max"),
    D("每月5日前", "---05", relative_to="every_month", qualifier="until"),
    # 上月: no number
    D("2025年11月30日前", "2025-11-30", qualifier="until"),
    PH("0570-8015326"),
    E("dyk@qzyb.example.gov.cn"),
    # 附件:1. and 2.: list numbers
    R("衢州市", QZ),                                 # 附件 1 衢州市乡镇(街道)医保服务站建设标准: a place before a topic (a list's title, set 108)
    D("2025年度", "2025", _nb=True),                 # 2.2025年度: list number 2. then the year (guard lifted, as sets 16 and 103)
    R("衢州市", QZ, in_org=True),                    # signature 衢州市医疗保障局
    D("2025年7月8日", "2025-07-08"),
]
