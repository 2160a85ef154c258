from gold_lib import *

GX, NN, QX = "450000", "450100", "450103"     # 广西壮族自治区, 南宁市, 青秀区
SPEC = [
    R("广西壮族自治区南宁市青秀区", QX, in_org=True),   # court header
    # (2025)桂0103行初57号: a case number (桂 abbreviation; 0103 the court code of 青秀区)
    R("南宁", NN),                                 # 南宁某某医院有限公司: anonymised (某某), plain
    R("广西壮族自治区南宁市青秀区", QX),           # 住所地…: an address chain, plain
    R("南宁市", NN, in_org=True),                  # 被告:南宁市医疗保障局
    R("南宁市青秀区", QX),                         # 住所地南宁市青秀区
    R("南宁", NN),                                 # 原告南宁某某医院有限公司
    R("南宁市", NN, in_org=True),                  # 被告南宁市医疗保障局
    D("2024年12月9日", "2024-12-09"),
    # 南医保罚〔2024〕21号: a document number
    D("2025年1月6日", "2025-01-06"),
    M("86,530.20元", 86530.2),
    # 1.5倍: a multiple, nothing
    M("129,795.30元", 129795.3),
    D("同月13日", "---13", relative_to="current_month"),  # 于同月13日立案: 同月 is 当月 (call 2, settled after the first run)
    # 于次日向被告送达: no number
    D("2025年2月28日", "2025-02-28"),
    M("61,248元", 61248),
    M("91,872元", 91872),
    D("2025年3月4日", "2025-03-04"),
    # 第六十二条, 第一百零一条第一款第七项: article numbers; 共和 (中华人民共和国, three times) no place
    R("南宁", NN),                                 # 准许原告南宁某某医院有限公司撤回起诉
    M("50元", 50),
    M("25元", 25),
    D("二〇二五年三月七日", "2025-03-07"),
    # 附: 第六十二条 again; no numbers in the quoted article
    # 共2页: 页 is no classifier
    PH("0771-5589320", city="南宁市"),            # 0771 is shared with 崇左: the article's 南宁
]
