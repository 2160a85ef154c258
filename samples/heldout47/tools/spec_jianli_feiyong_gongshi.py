from gold_lib import *

HB, JZ, JL = "420000", "421000", "421088"          # 湖北省, 荆州市, 监利市
DOCS = {
    "heldout47-feed-1": [
        R("监利市", JL, in_org=True),               # 监利市人民医院 (title)
        D("2025年", "2025"),                        # 2025年第三季度: the year; 第三季度 an ordinal
        D("2025-10-10", "2025-10-10"),              # 发布时间; 09:30 a time; 浏览:1086 a counter
        R("湖北省", HB, in_title=True),             # 《湖北省医疗机构费用信息公示管理办法》
        R("荆州市", JZ, in_org=True),               # 荆州市卫生健康委员会
        DR("2025年7-9月", "2025-07", "2025-09"),
        C("18.6万人次", 186000, "person"),          # 门诊总人次18.6万人次
        M("268.40元", 268.4),
        P("3.2%", 0.032),                           # 同比下降: no qualifier
        M("96.50元", 96.5),
        C("12,486人次", 12486, "person"),
        M("7,836.90元", 7836.9),
        P("5.1%", 0.051),
        T("7.4天", 7.4, "day"),                     # 平均住院日7.4天
        T("0.3天", 0.3, "day"),                     # 缩短0.3天
        P("27.6%", 0.276), P("18.3%", 0.183), P("21.4%", 0.214),
        P("93.5%", 0.935),
        C("1,032人次", 1032, "person"),
        M("4800元", 4800),
        P("不超过30%", 0.3, qualifier="max"),
        M("5200元", 5200),
        M("38.6万元", 386000),
        C("214名", 214, "person"),
        PH("0716-3326120"),
        PH("0716-3316027"),
    ],
    "heldout47-feed-2": [
        R("监利市", JL, in_org=True),               # title
        D("2025-10-24", "2025-10-24"),              # 2025-10-24 | 价格管理科
        R("荆州市", JZ, in_org=True),               # 荆州市医疗保障局
        # 《关于规范调整部分医疗服务价格项目的通知》: no place; 荆医保发〔2025〕31号: a document number (荆 one character)
        D("2025年11月1日起", "2025-11-01", qualifier="from"),   # 自<strong>2025年11月1日</strong>起
        DR("2025年10月24日至10月31日", "2025-10-24", "2025-10-31"),  # 公示期
        # table: 序号 1-5, 项目编码 (15-digit codes), 原价格(元)/现价格(元) with the unit in the header: the bare
        # cells 12 15 8 10 50 38 180 150 are no money (call 3); 三级护理: a level of care, no grade number;
        # 日/次/项 unit cells without a number
        T("24小时", 24, "hour"),                    # 计价单位 cell 24小时: a number with its unit (call 11)
        M("30元/日", 30, period="day"),             # a cell with its own unit and period (set 4 call 18)
        M("40元/日", 40, period="day"),
        P("10%", 0.1),                              # 先行自付<b>10</b>%
        # 床位费三人间: a room type, no count (call 6)
        M("32元/床日", 32, period="day"),           # <b>32</b>元/床日
        PH("(0716)3316158"),                        # parentheses part of the number (set 1 call 16)
        E("jgk@jlsrmyy.example.cn"),
    ],
    "heldout47-feed-3": [
        R("监利市", JL, in_org=True),               # title; 第十批: an ordinal
        D("2025-11-03", "2025-11-03"),              # (2025-11-03) in the title
        D("2025年11月1日起", "2025-11-01", qualifier="from"),
        # 第十批国家集采: an ordinal
        C("62种", 62, "kind"),
        P("56%", 0.56),                             # 平均降幅56%
        # (20mg×7片): a pack specification (set 8 call 1)
        M("38.50元", 38.5),                         # 38.50元/盒: /盒 a classifier, no period (set 8 call 1)
        M("2.87元", 2.87),
        P("92.5%", 0.925),
        # 注射用头孢曲松钠: 曲松 (曲松县, 西藏) is part of a drug's name, nothing; (1.0g/支): a specification
        M("6.30元", 6.3),                           # 每支6.30元: 每 + a classifier, no period
        M("1.12元", 1.12),
        # (0.5g×30片): a specification
        M("4.60元", 4.6),
        # 二级医院: a grade
        P("70%", 0.7),
        P("55%", 0.55),
        T("不超过30天", 30, "day", qualifier="max"),   # 每次可开具不超过30天用量: 每次 is no period for durations
        T("12周", 12, "week"),                      # 最长12周: 最长 is not on the shared list
        PH("0716-3316090"),
        # (周一至周五8:00-12:00): weekdays and times, nothing
        U("http://www.jlsrmyy.example.cn/yxb/jc10"),
    ],
}
