from gold_lib import *

WL = "650100"                                       # 乌鲁木齐市 (the city, not 乌鲁木齐县)
SPEC = [
    # 文件名:2025定点…(终稿).pptx: a bare year in a file name (no 年): nothing
    C("8张", 8, "piece"),                           # 共8张幻灯片: 张 is a piece classifier
    # ===== 幻灯片 N =====: slide numbers: nothing
    D("2025年", "2025"),
    R("乌鲁木齐市", WL),                            # …乌鲁木齐市定点医药机构医保政策培训: a place before a topic, no org
    R("乌鲁木齐市", WL, in_org=True),               # 主讲:乌鲁木齐市医疗保障局医药服务管理处
    D("2025年11月", "2025-11"),
    # 目录 01 … 05: list numbers
    D("2025年", "2025"),                            # 04 2025年新政解读 (目录)
    # slide 3
    D("2024年", "2024"),
    M("96.4亿元", 9640000000),
    M("81.2亿元", 8120000000),
    M("15.2亿元", 1520000000),
    C("286.7万人", 2867000, "person"),
    P("2.3%", 0.023),
    C("约152万人", 1520000, "person", qualifier="approx"),
    DR("2022-2024年", "2022", "2024"),              # [图表] caption; (单位:亿元): the unit of the bare cells below
    D("2022年", "2022"),                            # chart rows: the year is a date, the value (68.5, 74.9, 81.2) a bare
    D("2023年", "2023"),                            # number whose unit is only in the caption: nothing (set 4's table cells)
    D("2024年", "2024"),
    T("约5分钟", 5, "minute", qualifier="approx"),  # 备注 (speaker notes) are text of the document
    # slide 4
    C("1863家", 1863, "institution"),
    C("412家", 412, "institution"),
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),   # as set 1's 每月15日前
    P("30%以上", 0.3, qualifier="min"),
    T("不超过3天", 3, "day", qualifier="max"),
    T("12周", 12, "week"),                          # 最长12周: 最长 is not on the shared list
    T("10分钟", 10, "minute"),
    # slide 5: 案例1 / 案例2 / 案例3: list numbers
    R("天山区", "650102"),                          # 天山区某药店: 某 names no body, no org
    DR("2024年3月至8月", "2024-03", "2024-08"),
    M("12.6万元", 126000),
    T("6个月", 6, "month"),
    R("米东区", "650109"),                          # 米东区某诊所
    C("386人次", 386, "person"),
    M("4.8万元", 48000),
    R("沙依巴克区", "650103"),
    C("27张", 27, "piece"),
    # 移交公安机关: 公安 (湖北's 公安县) is a common word here, no place
    # 1倍罚款: 倍 is no unit of any type
    # slide 6
    D("2025年", "2025"),
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    P("50%", 0.5),
    M("1500元", 1500),
    P("55%", 0.55),
    T("70周岁", 70, "year", age=True),              # 年龄满70周岁: 满 is not on the list
    P("5个百分点", 0.05, points=True),
    # “双通道”: 通道 is a common word (guidelines), no place
    R("水磨沟区", "650105"),
    R("新市区", "650104"),
    R("头屯河区", "650106"),
    C("58个", 58, "item"),                          # 首批共58个品种: 首批 is an ordinal
    # 近亲属: 近 with no number
    # slide 7
    PH("0991-4567821"),
    PH("12393"),
    E("yyfw@wlmq-yb.example.gov.cn"),
    D("2025年11月30日前", "2025-11-30", qualifier="until"),
    # slide 8
    R("新疆维吾尔自治区乌鲁木齐市", WL, in_org=True),   # a chain inside the 局's name: one mention
]
