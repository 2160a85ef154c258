from gold_lib import *

# Visible text (make_samples.VisibleText): <head>, <header> (logo, 12393), <nav> are skipped; div.position
# (the breadcrumb, under a class that is not `breadcrumb`), div.side-col (the sidebar 通知公告 list) and
# div.bottom (the footer, not a <footer> element) are visible and annotated (calls 7-8).
SX, TY, DT, CZ, JZ, YC = "140000", "140100", "140200", "140400", "140700", "140800"
SPEC = [
    # 当前位置:首页 > 政务公开 > 通知公告: nothing
    R("山西省", SX, in_org=True),                   # <h1> 山西省医疗保障局关于…
    D("2025年", "2025"),
    D("2025-05-19", "2025-05-19"),                  # 发布日期 (spans run together: `2025-05-19来源`)
    R("山西省", SX, in_org=True),                   # 来源:山西省医疗保障局; 浏览次数:2381: a counter
    # 各市医疗保障局, 省政府, 我省: no places
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    # table: 一级及以下/二级/三级: levels
    M("200元", 200),
    P("90%", 0.9),
    M("25万元", 250000),
    M("500元", 500),
    P("75%", 0.75),
    M("1000元", 1000),
    P("60%", 0.6),
    # 一、 一个自然年度: lone 一
    P("10%", 0.1),
    M("不低于300元", 300, qualifier="min"),
    T("4年", 4, "year"),                            # 满4年: 满 no qualifier
    T("1年", 1, "year"),                            # 每多参保1年 (digit 1: set 1 call 13)
    M("5000元", 5000),
    M("2万元", 20000),                              # 累计最高提高2万元: 提高 between
    R("太原市", TY),
    R("大同市", DT),
    R("长治市", CZ),
    R("晋中市", JZ),
    R("运城市", YC),
    D("2025年6月30日前", "2025-06-30", qualifier="until"),
    D("7月15日前", "--07-15", qualifier="until"),
    DR("2025年1-4月", "2025-01", "2025-04"),
    C("156.3万人次", 1563000, "person"),
    P("68.4%", 0.684),
    PH("0351-4038123"),
    PH("12393"),
    R("山西省", SX, in_org=True),                   # signature
    D("2025年5月19日", "2025-05-19"),
    # sidebar 通知公告: plain text of the main article (no 相关推荐 block: no article keys, no pubdate role)
    D("2025年", "2025"),                            # 2025年第一批: 第一批 an ordinal
    D("2025-05-16", "2025-05-16"),                  # the date in <span> runs into the title
    R("太原市", TY, in_org=True),                   # 太原市医保经办大厅: an office
    D("2025-05-12", "2025-05-12"),
    D("2025年度", "2025"),
    D("2025-04-28", "2025-04-28"),
    R("大同市", DT),
    R("长治市", CZ),
    C("12家", 12, "institution"),
    D("2025-04-15", "2025-04-15"),
    # footer (div.bottom)
    R("山西省", SX, in_org=True),                   # 主办单位:山西省医疗保障局
    R("山西省太原市小店区", "140105"),              # address chain; 长治路123号: a road (长治 part of a longer name), a house number
    # 邮编:030006: a postcode
    PH("0351-4038000"),
    # 晋ICP备2019012345号-1 (晋: one character), 网站标识码:1400000012, 晋公网安备14010502001234号: registration numbers
]
