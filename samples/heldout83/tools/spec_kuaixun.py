from gold_lib import *

JN, LX, HB, WH = "370100", "370102", "420000", "420100"   # 济南市, 历下区, 湖北省, 武汉市
DOCS = {
    "heldout83-kx-1": [
        R("济南", JN),                              # title dateline: plain
        D("2025年度", "2025"),
        # 预约通道: 通道 is a common word (guidelines), not 通道侗族自治县
        R("济南市", JN, in_org=True),               # 国家税务总局济南市税务局
        DR("2026年3月1日至3月20日", "2026-03-01", "2026-03-20"),
        DR("3月21日至6月30日", "--03-21", "--06-30"),   # yearless, no 每年 (set 1 call 9)
        # 去年, 全市: nothing
        C("286万人", 2860000, "person"),
        C("2.1万人次", 21000, "person"),
        M("1.86万元", 18600),                       # 人均扣除1.86万元: 人均 is no period
        # 第12行以下: a form line number (ordinal); 以下 qualifies nothing
        m("phone", "12366", "12366", kind="service"),
        R("历下区", LX, in_org=True),               # 历下区办税服务厅
        PH("0531-86051237"),
    ],
    "heldout83-kx-2": [
        R("湖北", HB),                              # title dateline: the province, plain
        D("2026年", "2026"),
        R("湖北省", HB, in_org=True),               # 国家税务总局湖北省税务局
        R("湖北省", HB, in_org=True),               # 湖北省医疗保障局
        D("2026年", "2026"),
        # 全省: nothing
        M("4,200元/月", 4200, period="month"),
        M("21,000元/月", 21000, period="month"),
        P("8%", 0.08),
        P("2%", 0.02),
        R("武汉市", WH),                            # 武汉市灵活就业人员: a place before a group of people (topic), plain
        # "楚税通": 楚 one character; 按月: no number
        D("当月25日", "---25", relative_to="current_month"),
        P("0.05%", 0.0005),                         # 按日加收0.05%滞纳金: 按日 is no period word for a percent
        # 91420100MA4K8L2P7R: a taxpayer ID, nothing
    ],
    "heldout83-kx-3": [
        R("郑州", "410100"),                        # title dateline: plain
        R("郑州市", "410100", in_org=True),         # 国家税务总局郑州市税务局
        # 每月代扣个税时: 每月 does not touch the amount
        M("不超过200元/月", 200, period="month", qualifier="max"),   # 不超过<strong>200</strong>元/月
        D("2025年底", "2025", qualifier="approx"),  # 截至 stays outside
        R("郑州市金水区", "410105"),                # 郑州市金水区已有…职工: a plain chain
        C("1,260名", 1260, "person"),
        C("3家", 3, "institution"),
        # 在郑: 郑 is a one-character abbreviation, nothing
        PH("0371-65582366"),                        # ends in 2366, as a tax office's number often does: one fixed phone
        m("phone", "12366", "12366", kind="service"),
    ],
}
