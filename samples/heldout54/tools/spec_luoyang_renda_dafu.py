from gold_lib import *

LY = "410300"                                       # 洛阳市
SPEC = [
    R("洛阳市", LY, in_org=True),                   # 洛阳市医疗保障局 (letterhead)
    # 市十七届人大三次会议: 十七届 and 三次 are ordinals of the congress and its session (call 1);
    # 第1234号: the suggestion's number, no count (call 1); 洛医保建复〔2025〕15号: a document number
    # 刘建军代表: a deputy's name, no place
    R("洛阳市", LY, in_title=True),                 # 《关于减轻洛阳市慢特病患者门诊负担的建议》: the suggestion's title
    # 市财政局: no place name; 一、: a section number
    D("2025年4月底", "2025-04", qualifier="approx"),  # 截至 is a preposition
    C("28种", 28, "kind"),
    C("52种", 52, "kind"),
    C("18.6万人", 186000, "person"),
    # 二级医院: a hospital grade
    P("65%", 0.65),
    # 一级及以下医疗机构: a grade (及以下 after a grade, no number + unit)
    P("70%", 0.7),
    M("每年6000元", 6000, period="year"),           # 每人每年6000元: 每人 is no period
    R("涧西区", "410305"),
    R("洛龙区", "410311"),
    # “一站式”: lone 一
    R("偃师区", "410307"),
    R("伊川县", "410329"),                          # places before 今年新增定点药店: plain
    C("96家", 96, "institution"),
    # 二、: a section number
    D("2024年", "2024"),
    C("3.2万名", 32000, "person"),
    M("约4.7亿元", 470000000, qualifier="approx"),
    P("12.3%", 0.123),
    M("8000万元左右", 80000000, qualifier="approx"),  # 每年增加8000万元: 增加 stands between, no period
    D("2025年7月1日起", "2025-07-01", qualifier="from"),  # 从 is a preposition
    M("300元", 300),
    M("200元", 200),
    # 零起付: no number; 三、 and (一)(二)(三): list numbers
    T("20个工作日", 20, "workday"),
    T("10个工作日", 10, "workday"),
    D("2025年底前", "2025", qualifier="until"),
    # “双通道”药品 (×2): 通道 is a common word here, not 通道侗族自治县
    C("80种以上", 80, "kind", qualifier="min"),
    R("洛阳", LY, in_org=True),                     # “洛阳医保”微信公众号: an account's name
    # 每月发布: no number; 二级以上医院: a grade, no count
    R("洛阳市", LY, in_org=True),                   # 联系单位: 洛阳市医疗保障局待遇保障科
    # 王丽娜: a person
    PH("0379-63218765"),
    E("lyybdyk@example.gov.cn"),
    R("洛阳市", LY, in_org=True),                   # signature 洛阳市医疗保障局
    D("二〇二五年六月十日", "2025-06-10"),
    # 抄送: 市人大常委会人事代表选举工作委员会, 市政府督查室: 市 alone, no place
    R("洛阳市", LY, in_org=True),                   # 洛阳市财政局
]
