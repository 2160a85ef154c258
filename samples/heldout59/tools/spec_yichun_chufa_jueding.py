from gold_lib import *

YC, YZ, JX = "360900", "360902", "360000"           # 宜春市, 袁州区, 江西省
SPEC = [
    R("宜春市", YC, in_org=True),                   # 宜春市医疗保障局 (the issuing office's name line)
    # 宜医保罚决字〔2025〕7号: a document number (宜: one character), nothing
    # 仁和堂 (the pharmacy's trade name): 仁和 (攀枝花's 仁和区 short name) is part of a longer name, nothing
    R("宜春市袁州区", YZ, in_org=True),             # 当事人: 宜春市袁州区仁和堂大药房有限公司 (a company's name, one chain)
    # 统一社会信用代码 91360902MA38K2XQ5N: an ID, nothing (360902 inside is no place and no phone)
    R("江西省宜春市袁州区", YZ),                    # 住所 (address): one chain, plain
    # 宜阳大道218号: a road (宜阳 is 洛阳's 宜阳县 short name, here part of a road name) and a house number;
    # (邮编336000): a postcode; 医保定点编号 P36090200123: an ID
    # (保定 across 医保 + 定点 is no place); 刘某某: nothing
    # 一、二、三、四、 and (一)(二)(三): list numbers
    DR("2025年3月12日至3月14日", "2025-03-12", "2025-03-14"),
    DR("2024年1月1日至2024年12月31日", "2024-01-01", "2024-12-31"),   # 期间 outside
    C("217人次", 217, "person"),
    M("18,642.30元", 18642.3),
    # 36笔: 笔 is no classifier (set 13), nothing
    M("4,315.00元", 4315),
    DR("2024年8月5日至11月30日", "2024-08-05", "2024-11-30"),
    C("约1200条", 1200, "item", qualifier="approx"),   # 缺失记录约1200条: 条 is an item classifier
    C("1份", 1, "piece"),                           # 笔录1份: the digit 1 is no lone 一
    C("3份", 3, "piece"),
    C("58张", 58, "piece"),
    # 第(一)项、第(二)项; 第十五条第一款; 第四十条第一款第(四)项; 第三十八条第一款第(五)项: cross-references
    # 1. 2. 3. 4.: list numbers
    M("22,957.30元", 22957.3),
    # 1.5倍: a multiple, nothing
    M("34,435.95元", 34435.95),                     # 计34,435.95元: 计 is no list word
    M("1万元", 10000),                              # 处1万元罚款
    T("3个月", 3, "month"),
    M("67,393.25元", 67393.25),                     # 合计 is no list word
    D("2025年4月18日", "2025-04-18"),
    # 《行政处罚事先告知书》(宜医保罚告字〔2025〕7号): a document number
    T("5个工作日", 5, "workday"),                   # 法定期限5个工作日内
    T("15日", 15, "day"),                           # 15日内
    R("宜春", YC, in_org=True),                     # 中国建设银行宜春分行: a bank's branch name
    P("3%", 0.03),                                  # 每日按罚款数额的3%: 每日 is a period word for money only
    T("60日", 60, "day"),
    R("宜春市", YC, in_org=True),                   # 宜春市人民政府
    T("6个月", 6, "month"),
    R("宜春市袁州区", YZ, in_org=True),             # 宜春市袁州区人民法院: a court (one chain)
    PH("0795-3271234"),                             # 黄某: nothing
    R("宜春市", YC, in_org=True),                   # signature: 宜春市医疗保障局
    D("2025年5月20日", "2025-05-20"),
]
