from gold_lib import *

SD, JN, LC, ZQ = "370000", "370100", "370112", "370114"   # 山东省, 济南市, 历城区, 章丘区
SPEC = [
    R("济南市", JN, in_org=True),                   # 济南市医保局 (title)
    R("济南市", JN, in_org=True),                   # 来源:济南市医疗保障局
    D("2025-09-22", "2025-09-22"),                  # 16:05 a time; 【字体:大 中 小】
    R("济南市", JN, in_org=True),                   # 济南市医疗保障局"局长信箱"
    # 问1 … 问5: question numbers; 定结 inside 鉴定结论 (×2): no place
    R("山东省", SD, in_title=True),                 # 《山东省医疗保障基金使用监督管理实施办法》
    # 第三人 (×6 in the page): "third party", 第 makes it an ordinal: no count
    # 《中华人民共和国社会保险法》第三十条: an article number; 共和 no place
    T("30日", 30, "day"),                           # 出院后30日内: 后 belongs to 出院后, 内 no qualifier
    T("20个工作日", 20, "workday"),
    D("2024年", "2024"),
    C("87例", 87, "case"),
    M("312.5万元", 3125000),
    M("196.8万元", 1968000),
    P("约63%", 0.63, qualifier="approx"),
    P("70%", 0.7),
    P("30%", 0.3),
    # 三级医院: a hospital grade
    P("85%", 0.85),
    M("1000元", 1000),
    M("30万元", 300000),                            # 年度最高支付限额为30万元: 最高 does not touch
    P("60%左右", 0.6, qualifier="approx"),
    R("济南市", JN, in_org=True),                   # 济南市医学会
    M("3000至5000元", (3000, 5000)),                # 每例收费一般为…: one unit, one range (call 5); 每例: 每 + classifier, no period
    R("章丘区", ZQ),                                # 章丘区的参保人: plain
    R("历城区", LC),                                # 在历城区的医院: plain
    R("济南市", JN, in_org=True),                   # 济南市医疗纠纷人民调解委员会
    R("济南市历城区", LC, in_org=True),             # 济南市历城区卫生健康局
    PH("0531-85681234"),
    PH("12393"),
    R("济南", JN, in_org=True),                     # 济南医保网上服务大厅: a platform's name
    U("https://ybj.jinan.example.gov.cn"),          # 办理 follows without a space: not part of the URL (call 3)
    # 刘一鸣: a person
]
