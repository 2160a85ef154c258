from gold_lib import *

QD, LS, HD = "370200", "370212", "370211"           # 青岛市, 崂山区, 黄岛区
SPEC = [
    R("青岛市", QD),                                # 青岛市2024年度家庭医疗费用台账: a place before a topic
    D("2024年度", "2024"),
    # header row: nothing; 序号 column 1…5: list numbers
    D("2024/1/15", "2024-01-15"),
    R("青岛市", QD, in_org=True),                   # 青岛市市立医院
    M("1,250元", 1250),                             # 1，250元: a full-width comma → 1,250 after NFKC
    M("625元", 625),
    M("625元", 625),
    P("50%", 0.5),
    D("2024/3/2", "2024-03-02"),
    R("崂山区", LS, in_org=True),                   # 崂山区社区卫生服务中心
    M("380元", 380),
    M("228元", 228),
    M("152元", 152),
    P("60%", 0.6),
    DR("2024/5/20-2024/5/31", "2024-05-20", "2024-05-31"),
    # 青大附院: an abbreviated hospital name, 青大 is no place
    M("26 480元", 26480),                           # space-grouped thousands in a tab-separated cell (call 7)
    M("19 860元", 19860),
    M("6 620元", 6620),
    P("75%", 0.75),
    T("11天", 11, "day"),                           # 备注 住院11天
    D("2024/8/8", "2024-08-08"),
    R("黄岛区", HD, in_org=True),                   # 黄岛区中医医院
    M("2,100元", 2100),
    M("1,575元", 1575),
    M("525元", 525),
    P("75%", 0.75),
    D("2024/11/1", "2024-11-01"),
    M("320元", 320),                                # 𝟑𝟐𝟎元 (bold digits)
    # — : an empty cell
    M("320元", 320),
    M("30 530元", 30530),                           # 合计 row
    M("22,288元", 22288),
    M("8,242元", 8242),
    P("约73%", 0.73, qualifier="approx"),
    # 小结: I II III IV (Ⅰ…Ⅳ): list numbers
    M("30 530元", 30530),
    M("22,288元", 22288),
    M("8,242元", 8242),
    P("约73%", 0.73, qualifier="approx"),
    M("3 000元", 3000),
    M("4,000元", 4000),                             # 4，000元
    D("2025年1月1日以后", "2025-01-01", qualifier="from"),
    D("2025年", "2025"),                            # III 2025年: the numeral III is apart (a space)
    M("每年395元", 395, period="year"),             # 每人每年395元 (set 1 call 2)
    # 3口人: 口 is no classifier, 人 does not touch the number (call 4)
    M("1 185元", 1185),
    D("2024年12月31日", "2024-12-31"),              # 截止到2024年12月31日: 截止到 before the date, no qualifier
    # 押金交了5k, 退了2k多: shorthand k, no currency unit (call 1)
    # 药品明细(Sheet2): a tab name; header row nothing
    C("6盒", 6, "piece"),
    M("71.20元", 71.2),
    C("4盒", 4, "piece"),
    M("1百零8元", 108),                             # mixed form with 零 (call 2)
    C("10支", 10, "piece"),
    M("1 200元", 1200),                             # after a tab, not after a space: thousands grouping
    P("10%", 0.1),                                  # 乙类(自付10%); 甲类/乙类: drug classes, nothing
    # Sheet1 Sheet2 Sheet3: tab names, nothing
]
