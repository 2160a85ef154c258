from gold_lib import *

LC, ES, HB = "422802", "422800", "420000"  # 利川市, 恩施土家族苗族自治州, 湖北省
SPEC = [
    # <title>, <meta> and <script> are in <head>, the menu in <nav>, 当前位置 in div.breadcrumb and the
    # site footer (地址, 邮编 445400, 值班电话, 鄂ICP备…, 鄂公网安备 4228…, 网站标识码) in <footer>: none of
    # them is visible text under the first set's normalisation (samples/make_samples.py VisibleText),
    # so none is annotated.
    R("利川市", LC),                                 # h1: a topic, not in_org
    D("2024年度", "2024"),
    D("2024-03-28", "2024-03-28"),                   # 发布时间 of the main article: a plain date
    R("利川市", LC, in_org=True),                    # 来源:利川市医疗保障局
    R("湖北省", HB, in_org=True, in_title=True),     # 《湖北省医疗保障局 湖北省民政厅 湖北省财政厅…》
    R("湖北省", HB, in_org=True, in_title=True),
    R("湖北省", HB, in_org=True, in_title=True),
    R("恩施州", ES),                                 # 恩施州有关规定: 州 is the prefecture's own suffix
    R("湖北省恩施土家族苗族自治州利川市", LC),       # one chain, at its most specific level
    D("2024年度", "2024"),
    # 一、 … 五、: list numbers
    C("三类", 3, "kind"),                            # 分为三类; 第一类/第二类/第三类 are ordinals
    D("2024年1月1日起", "2024-01-01", qualifier="from"),   # 自<span>2024年1月1日</span>起
    # table (width="100%" is an attribute, not text); rowspan: 6万元 is the shared limit of two rows
    P("100%", 1),                                    # <span>100</span>%
    M("6万元", 60000),
    P("70%", 0.7),                                   # <span>70</span>%
    P("70%", 0.7), M("5万元", 50000),
    M("1500元", 1500), P("60%", 0.6), M("3万元", 30000),
    M("4600元", 4600), P("50%", 0.5), M("2万元", 20000),
    # 三重制度: 重 is no classifier
    P("50%", 0.5),                                   # <span>50</span>%
    M("最高10万元", 100000, qualifier="max"),        # <b>最高10万元</b>
    # 市内 (no name), 一站式 (lone 一)
    T("6个月", 6, "month"),                          # 出院后6个月内 (内 is not a qualifier)
    T("15个工作日", 15, "workday"),
    D("2023年", "2023"),
    C("12.7万人次", 127000, "person"),
    M("4860万元", 48600000),
    C("5.3万名", 53000, "person"),
    P("90%左右", 0.9, qualifier="approx"),           # <span>90</span>%左右
    C("14个", 14, "item"), C("592个", 592, "item"),
    R("利川市", LC, in_org=True),                    # 利川市医疗保障局待遇保障股
    PH("0718-7225361"), PH("12345"), PH("12393"),
    R("利川市", LC),                                 # 地址:利川市东城街道清江大道168号: 东城街道 is a street-level
                                                     # unit, 清江大道 a road, 168号 a house number; 邮编 445400: nothing
    R("利川市", LC, in_org=True),                    # signature
    D("2024年3月28日", "2024-03-28"),
    # 分享到 … 关闭窗口: nothing.  相关阅读: four related items, keys as in samples/gold (related-01 …)
    Article("related-01"),
    D("2024年度", "2024"),
    M("380元", 380),
    D("2024年度", "2024"),
    R("利川市", LC),
    M("每年380元", 380, period="year"),              # 每人每年380元
    M("每年不低于640元", 640, period="year", qualifier="min"),
    DR("2023年9月1日至12月31日", "2023-09-01", "2023-12-31"),
    D("12月31日", "--12-31"),                        # 截至 is a preposition, not part of it
    P("97.2%", 0.972),
    D("2024-03-15", "2024-03-15", role="pubdate"),
    Article("related-02"),
    R("恩施州", ES),
    R("恩施州", ES),
    C("8个", 8, "item"),                             # 8个县市
    R("武汉", "420100"), R("宜昌", "420500"),
    T("6个月", 6, "month"),
    D("2024-02-26", "2024-02-26", role="pubdate"),
    Article("related-03"),
    C("4个", 4, "item"),
    D("2024年2月1日起", "2024-02-01", qualifier="from"),
    R("利川市", LC),
    C("43种", 43, "kind"), C("47种", 47, "kind"),   # 由43种增加至47种: 至 is "to" here, two counts
    M("最高8000元", 8000, qualifier="max"),
    P("65%", 0.65),
    D("2024-01-18", "2024-01-18", role="pubdate"),
    Article("related-04"),
    M("每天50元", 50, period="day"),                 # 每人每天50元
    M("900元", 900),                                 # 每月最高支付900元: neither 每月 nor 最高 touches it
    D("2023-12-07", "2023-12-07", role="pubdate"),
]
