from gold_lib import *

SQ, SY, HN = "411400", "411403", "410000"   # 商丘市, 睢阳区, 河南省
SPEC = [
    R("商丘市", SQ, in_org=True),                    # 商丘市医疗保障局 (issuing authority)
    # 商医保罚〔2025〕7号: a document number (set 1), no date
    R("商丘市睢阳区", SY, in_org=True),              # 当事人:商丘市睢阳区康宁堂大药房有限公司 (a company's name, chain)
    # 统一社会信用代码 91411403MA9K7X2Q5R: an ID, nothing (411403 inside it is no place)
    R("河南省商丘市睢阳区", SY),                     # 住所: an address (chain, county); 神火大道东段216号: road and house number
    PH("13937012846"),
    D("2025年3月12日", "2025-03-12"),
    R("河南省", HN, in_org=True),                    # 河南省医疗保障局
    D("2024年度", "2024"),
    DR("2023年1月1日至2024年12月31日", "2023-01-01", "2024-12-31"),   # 期间 after it: not a qualifier
    D("2025年3月18日", "2025-03-18"),                # 立案
    # 一、二、三、: list numbers
    DR("2023年6月至2024年9月", "2023-06", "2024-09"),
    C("217人次", 217, "person"),
    # 结算1093笔: 笔 is no classifier (set 13 call 3)
    M("86,432.50元", 86432.5),
    DR("2024年2月至5月", "2024-02", "2024-05"),
    C("326条", 326, "item"),                         # 虚构购药记录326条
    M("23,817.20元", 23817.2),
    D("2024年度", "2024"),
    P("61.5%", 0.615),                               # 留存率仅为61.5%: 仅为 is not on the shared list
    P("90%", 0.9),                                   # 低于90%的: 低于 is not on the shared list (不低于 is)
    M("110,249.70元", 110249.7),                     # 损失合计: 合计 is not on the list
    M("110,249.70元", 110249.7),                     # 违法所得
    # 1.-5.: list numbers inside the sentence
    C("2份", 2, "piece"),                            # 现场检查笔录2份
    # 医保结算明细数据1套: 套 is no classifier of the guidelines, no count
    C("438张", 438, "piece"),                        # 共计438张: 共计 is not on the list
    C("1份", 1, "piece"),
    C("12人", 12, "person"),                         # 王某等12人
    C("12份", 12, "piece"),
    # 《医疗保障基金使用监督管理条例》第十五条、第十九条第二款、第二十八条, 第三十八条第(三)项 ...: article numbers, nothing
    R("河南省", HN, in_title=True),                  # 《河南省医疗保障行政处罚裁量基准(2024年版)》: a standard's title, no org
    D("2024年", "2024"),                             # (2024年版): a year with 年 is a date, also in a title (set 7: a plain date)
    D("2025年5月6日", "2025-05-06"),                 # 送达 事先告知书
    # 商医保罚告〔2025〕7号: a document number
    D("2025年5月9日", "2025-05-09"),                 # 听证申请
    D("2025年5月27日", "2025-05-27"),                # 听证
    C("2名", 2, "person"),                           # 委托代理人2名
    # 《中华人民共和国行政处罚法》第五十七条: 共和 inside 中华人民共和国 is part of a longer name (not 共和县), article number
    M("110,249.70元", 110249.7),                     # 责令退回 ... 共计110,249.70元
    # 1.5倍: a multiple, no mention (set 4 call 3)
    M("129,648.75元", 129648.75),                    # 86,432.50 x 1.5
    # 2倍: a multiple
    M("47,634.40元", 47634.4),                       # 23,817.20 x 2
    M("5000元", 5000),
    T("6个月", 6, "month"),                          # 暂停 ... 6个月
    DR("2025年7月1日至12月31日", "2025-07-01", "2025-12-31"),
    M("182,283.15元", 182283.15),                    # 罚款合计 = 129,648.75 + 47,634.40 + 5,000
    T("15日", 15, "day"),                            # 自收到本决定书之日起15日内: 起 belongs to 之日起, 内 outside
    R("商丘市", SQ, in_org=True),                    # 户名:商丘市医疗保障局
    R("商丘", SQ, in_org=True),                      # 中国农业银行商丘分行营业部: a bank's branch
    # 账号 16-200101040012345: an account number, nothing
    P("3%", 0.03),                                   # 每日按罚款数额的3%: 每日 is no period for a percent
    T("60日", 60, "day"),                            # 60日内 (行政复议)
    R("商丘市", SQ, in_org=True),                    # 商丘市人民政府 (a government)
    T("6个月", 6, "month"),                          # 在6个月内
    R("商丘市睢阳区", SY, in_org=True),              # 商丘市睢阳区人民法院 (a court)
    R("商丘市", SQ, in_org=True),                    # signature
    D("2025年6月20日", "2025-06-20"),
    D("2025年6月23日", "2025-06-23"),                # 送达
    # 送达回证编号 SQYB-SD-2025-0071: an ID, nothing
    PH("0370-3256618"),
]
