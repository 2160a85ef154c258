from gold_lib import *

XX, SR, HZ = "410700", "361100", "330500"           # 新乡市 (河南省), 上饶市 (江西省), 湖州市 (浙江省)
DOCS = {
    "heldout8-item-1": [
        R("新乡", XX, in_org=True),                 # 新乡医保|…: the account's name heading its push (set 7: 南阳医保 |);
                                                    # 新乡 is a city and a county (新乡县) short name: the city
        # 一文说清: lone 一
        D("2025-04-18", "2025-04-18"),
        R("新乡市", XX, in_org=True),               # 来源:新乡市医疗保障局
        R("河南省", "410000", in_title=True),       # 《河南省人口与计划生育条例》
        T("98天", 98, "day"),                       # 产假98天
        T("60天", 60, "day"),                       # 延长产假60天 (延长: a verb, no place; 延长县 is in 陕西)
        T("158天", 158, "day"),                     # 合计产假158天
        T("30天", 30, "day"),                       # 陪产假30天
        # 上年度: no number; 除以30 and ÷30 (twice): a bare divisor, no unit; 产假天数: no number
        M("6000元", 6000),                          # 月平均工资为6000元: 月 is part of a noun, no period (set 5 call 14)
        # 李某: a person
        T("158天", 158, "day"),
        M("6000元", 6000),                          # 6000元÷30×158天=31600元: each number with its unit is a mention,
        T("158天", 158, "day"),                     # the bare 30 is not; ÷, × and = are no range marks
        M("31600元", 31600),
        T("15天", 15, "day"),                       # 难产的,增加产假15天
        C("1个", 1, "item"),                        # 每多生育1个婴儿 (digit 1, set 1 call 13; 每 + count is no period)
        T("15天", 15, "day"),
        T("4个月", 4, "month"),                     # 不满4个月: 不满 is not on the list (set 3)
        T("15天", 15, "day"),
        T("4个月", 4, "month"),                     # 满4个月: 满 no qualifier
        T("42天", 42, "day"),
        T("1年", 1, "year"),                        # 之日起1年内: 内 is not on the list
        R("新乡", XX, in_org=True),                 # “新乡医保”微信公众号
        # “豫事办”: 豫 a one-character abbreviation
        T("10个工作日", 10, "workday"),
        PH("0373-2037165"),
    ],
    "heldout8-item-2": [
        R("上饶市", SR),                            # headline: a place before a topic
        C("62种", 62, "kind"),
        D("3月1日起", "--03-01", qualifier="from"),
        # 本网讯(记者 张某): nothing
        R("上饶市", SR, in_org=True),               # 上饶市医疗保障局
        R("上饶市", SR, in_org=True),               # 上饶市财政局
        D("2025年3月1日起", "2025-03-01", qualifier="from"),
        # 全市: no place
        C("48种", 48, "kind"),                      # 由48种增加至62种: two counts, no range (至 after a verb)
        C("62种", 62, "kind"),
        C("14种", 14, "kind"),
        C("两类", 2, "kind"),                       # 分为两类 (set 6 call 4: 分为三类)
        # 第一类, 第二类 (twice): ordinals
        C("9种", 9, "kind"),
        P("90%", 0.9),
        P("80%", 0.8),
        C("53种", 53, "kind"),
        M("每年300元", 300, period="year"),         # 起付线为每年300元
        # (一个自然年度内只计算一次): lone 一 twice
        P("75%", 0.75),
        P("60%", 0.6),
        M("2000元", 2000),                          # 2000元至1.5万元: two units, two mentions (set 1 call 4)
        M("1.5万元", 15000),
        C("2种及以上", 2, "kind", qualifier="min"),  # 及以上 on the shared list (set 1 call 14)
        # 最高病种限额: 最高 before a noun, no number
        P("50%", 0.5),
        # 二级及以上定点医疗机构: a hospital level
        T("15个工作日", 15, "workday"),
        R("广丰区", "361103"),
        R("广信区", "361104"),
        R("玉山县", "361123"),
        R("婺源县", "361130"),
        R("鄱阳县", "361128"),                      # 等地: no count
        PH("0793-8226315"),
    ],
    "heldout8-item-3": [
        # <h3> headline: no mention
        R("浙江省", "330000", in_title=True, in_org=True),   # 《浙江省医疗保障局关于…的通知》 (set 1 call 6)
        D("2025年1月1日起", "2025-01-01", qualifier="from"),   # 自<span>2025年1月1日</span>起: the span is inline
        R("湖州市", HZ),                            # 湖州市职工医保参保人员: a place before a programme, no in_org
        R("浙江省", "330000"),                      # 在<b>浙江省内</b>: the province (set 5: 河南省内)
        C("2次", 2, "time"),                        # 每年可变更<b>2</b>次: 每年 is no period of a count
        D("2024年12月", "2024-12"),                 # 截至 outside
        # 全市: no place
        C("4.7万名", 47000, "person"),              # <span>4.7</span>万名
        M("1.26亿元", 126000000),                   # 累计<span>1.26</span>亿元
        P("18.6%", 0.186),
        # &ldquo;浙里办&rdquo;: 浙 a one-character abbreviation; 所在区县: no place
        R("湖州", HZ, in_org=True),                 # “湖州医保”微信公众号
        R("吴兴区", "330502"),
        R("南浔区", "330503"),
        R("德清县", "330521"),
        R("长兴县", "330522"),
        R("安吉县", "330523"),                      # a draft had 吴兴区、…、安吉县医保服务窗口 (is a 服务窗口 an office,
                                                    # shared by five units?); rewritten: …均已开通线下办理 (plain places)
        PH("0572-2398610"),
        R("湖州市", HZ, in_org=True),               # signature 湖州市医疗保障局
        D("2024年12月20日", "2024-12-20"),
    ],
}
