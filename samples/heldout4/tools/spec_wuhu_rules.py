from gold_lib import *

WH, AH = "340200", "340000"                         # 芜湖市, 安徽省
SPEC = [
    R("芜湖市", WH, in_org=True),                   # heading: 芜湖市医疗保障局关于印发…
    R("芜湖市", WH, in_title=True),                 # 《芜湖市定点医药机构…管理办法》: a title of rules (in_title only)
    # 芜医保发〔2024〕31号: a document number (芜: one-character abbreviation)
    R("芜湖市", WH, in_title=True),                 # 现将《芜湖市…》
    R("芜湖市", WH, in_org=True),                   # signature
    D("2024年12月16日", "2024-12-16"),
    R("芜湖市", WH),                                # the rules' heading on its own line, without 《》: plain
    # 第一章 … 第五章, 第一条 … 第十四条, (一)…(三), 本条第一款: section and article numbers, ordinals
    R("安徽省", AH, in_title=True),                 # 《安徽省基本医疗保险定点医药机构协议管理办法》
    R("镜湖区", "340202"),
    R("弋江区", "340209"),
    R("鸠江区", "340207"),
    R("湾沚区", "340210"),
    R("繁昌区", "340212"),
    R("南陵县", "340223"),
    R("无为市", "340281"),
    D("每年3月31日前", "--03-31", recurring="yearly", qualifier="until"),
    # 上年度 / 本年度: no number.  不超过上年度基金收入增长率: 不超过 touches no number
    P("不超过8%", 0.08, qualifier="max"),
    # A级 / C级及以下: credit grades.  1.5倍: a multiple, no type in the guidelines
    T("1年", 1, "year"),                            # 预付期限为1年: digit 1, not a lone 一
    D("6月30日前", "--06-30", qualifier="until"),   # 次年6月30日前: 次年 is not part of it (set 2 call 8)
    T("2年", 2, "year"),                            # 2年内: 内 is not on the shared list
    M("超过5万元", 50000, qualifier="min"),
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),
    # 上月: no number.  收到清单之日起: 起 belongs to 之日, no date
    T("20个工作日", 20, "workday"),                 # 20个工作日内
    P("95%", 0.95),
    P("5%", 0.05),
    # 每季度结束后: no number
    T("15个工作日", 15, "workday"),                 # 15个工作日内
    P("90%", 0.9),                                  # 90%至110%: two % signs, two mentions
    P("110%", 1.1),
    P("超过110%", 1.1, qualifier="min"),
    # 7:3: a ratio
    D("6月30日前", "--06-30", qualifier="until"),   # 次年6月30日前
    # 90分及以上, 80分(含)至90分, 低于60分: scores, no type
    P("80%", 0.8),
    # 1倍至5倍: multiples
    T("3年", 3, "year"),                            # 3年内不得再次申请
    T("不少于10年", 10, "year", qualifier="min"),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),   # 自2025年1月1日起施行: 自 is a preposition
    T("5年", 5, "year"),                            # 有效期5年
    # 自公布之日起施行: no date written
    R("芜湖市", WH, in_title=True),                 # 《芜湖市定点医疗机构医保费用结算办法(试行)》; 芜医保〔2019〕15号 a document number
    # the receipt: No.0012876 a receipt number
    D("2025年1月8日", "2025-01-08"),
    R("芜湖市", WH, in_org=True),                   # 今收到:芜湖市医疗保障服务中心
    D("2025年1月份", "2025-01"),                    # 份 is part of the mention
    M("壹仟贰佰元", 1200),                          # 人民币壹仟贰佰元整: capital numerals; 人民币 before and 整 after are not part of it
    M("¥1,200.00", 1200),                          # (小写):￥1,200.00 (NFKC: ¥): the yuan sign is the currency unit written before the number
    R("芜湖市", WH, in_org=True),                   # 芜湖市第二人民医院 (第二: an ordinal); 王某, 李某
    R("安徽省", AH, in_org=True),                   # 抄送:安徽省医疗保障局
    R("芜湖市", WH, in_org=True),                   # 芜湖市医疗保障局办公室
    D("2024年12月16日", "2024-12-16"),              # …印发: 印发 is no qualifier
]
