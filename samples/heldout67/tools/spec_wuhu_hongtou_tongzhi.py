from gold_lib import *

WH, AH = "340200", "340000"                         # 芜湖市, 安徽省
SPEC = [
    R("芜湖市", WH, in_org=True),                   # 芜湖市医疗保障局文件 (red header)
    # 芜医保发〔2025〕12号: a document number, nothing
    R("芜湖市", WH, in_org=True),                   # 芜湖市医疗保障局
    R("芜湖市", WH, in_org=True),                   # 芜湖市财政局
    # 各县、市、区医疗保障分局: no places
    R("安徽省", AH, in_org=True, in_title=True),    # 《安徽省医疗保障局关⏎于…指导意见》: the break inside 关于 changes nothing
    # 皖医保发〔2024〕5⏎号: a document number (broken), nothing; 第一条…第六条: article numbers
    D("2025年4月1日起", "2025-04-01", qualifier="from"),   # 自⏎２０２５年4月1日起 (full-width year, ASCII after NFKC)
    M("每年200元", 200, period="year"),
    M("每年15\n0元", 150, period="year"),           # a break inside the number (call 1): one mention, joined value
    P("60%", 0.6),
    P("5\n5%", 0.55),                               # 为5⏎5%: break inside the number (call 1)
    M("1,20\n0元", 1200),                           # 由1,20⏎0元提高到1,500元: break inside the number; not a range (由…提高到)
    M("1,500元", 1500),
    # (以下简称“两病”患者): 两病 has no classifier, nothing
    P("70%", 0.7),
    M("400元", 400),                                # 年度最高支付限额分别为400元: 最高 does not touch
    M("600元", 600),
    # 普通门-⏎诊: a hyphenated break inside an ordinary word, nothing
    M("不超过2,0-\n00元", 2000, qualifier="max"),   # 2,0-⏎00元: a hyphenated break inside the number (set 29 call 1)
    C("9种", 9, "kind"),
    P("不低于70%", 0.7, qualifier="min"),
    T("3年", 3, "year"),                            # 满3年: 满 is no qualifier
    P("5个百分点", 0.05, points=True),
    P("不超过85%", 0.85, qualifier="max"),          # 最高⏎不超过85%: 最高 is across the break and 不超过 stands between
    # — 1 —: a page number; the running header 芜医保发〔2025〕12号: a document number
    D("2025年3月3\n1日前", "2025-03-31", qualifier="until"),   # break inside the day (call 1)
    R("镜湖区", "340202"), R("弋江区", "340209"), R("鸠江区", "340207"),   # 由市医保经办中心…: places, no office word after them
    R("无为市", "340281", in_org=True),            # 无为市、南陵县、湾沚区、繁昌⏎区医疗保障分局: a shared office word (all in_org)
    R("南陵县", "340223", in_org=True),
    R("湾沚区", "340210", in_org=True),
    R("繁昌\n区", "340212", in_org=True),          # the place itself broken by the line end (call 1)
    T("15个工作日", 15, "workday"),                 # 15个工作日内: 内 is not on the shared list
    # “皖事通”APP: 皖 is a one-character abbreviation, no place
    PH("0553-\n3836127"),                           # 0553-⏎3836127: the number's own hyphen, then the break (set 29 call 1)
    PH("12393"),
    E("whybjjg@example.com"),
    D("2025年4月1日起", "2025-04-01", qualifier="from"),
    D("2027年3月31日", "2027-03-31"),               # 有效期至2027年3月31日⏎止: 止 is on the next line, does not touch (call 2)
    R("芜湖市", WH, in_title=True),                 # 《芜湖市城乡居民门诊统筹实施办法》: a title, no organisation
    # 芜医保发〔2022〕7号: a document number
    # 附件1 / 附件2: attachment numbers, nothing
    D("2025年度", "2025"),
    R("芜湖市", WH),                                # 附件2:芜湖市门诊慢特病病种目录: an attachment's title without 《》, a topic (plain)
    C("9种", 9, "kind"),                            # (9种)
    R("芜湖市", WH, in_org=True),                   # signature 芜湖市医疗保障局
    R("芜湖市", WH, in_org=True),                   # signature 芜湖市财政局; (盖章) is seal text, nothing
    D("2025年3月5日", "2025-03-05"),                # ２０２５年３月５日 (full-width)
    # (此件公开发布); — 2 —: a page number
    R("安徽省", AH, in_org=True),                   # 抄送:安徽省医疗保障局; 市人大常委会办公室…: no places
    R("芜湖市", WH, in_org=True),                   # 芜湖市医疗保障局办公室 (印发 line)
    D("2025年3月5日", "2025-03-05"),                # 2025年3月5日印发: 印发 is no qualifier
    C("60份", 60, "piece"),                         # 共印60份: 份 is a piece classifier
]
