from gold_lib import *

# A 沈阳-天津 跨省通办 page: both cities have a 和平区. Each bare district is settled by the city the
# sentence is about; "两个和平区" names both at once and is no mention (README calls 1, 2).
SY, TJ = "210100", "120000"
HP_SY, HP_TJ = "210102", "120101"
SPEC = [
    R("沈阳", SY), R("天津", TJ),                   # title: places before a topic
    C("两个", 2, "item"),
    # 两个和平区 (title): the name standing for two districts at once: no mention (call 2)
    R("沈阳市", SY, in_org=True),                   # 来源:沈阳市医疗保障局
    D("2026年4月9日", "2026-04-09"),
    D("4月8日", "--04-08"),
    R("沈阳市", SY, in_org=True),
    R("天津市", TJ, in_org=True),
    R("天津", TJ),                                  # 在天津签署
    R("沈阳市", SY, in_title=True),                 # 《沈阳市 天津市医疗保障服务"跨省通办"合作框架协议》:
    R("天津市", TJ, in_title=True),                 # an agreement's title, no organisation named
    # 合作 (in 合作框架协议): a common word. 对方城市 (four times on the page): 方城 (方城县, 河南) straddles
    # 对方 + 城市, a part of other words: no place
    C("16项", 16, "item"),
    T("15个工作日", 15, "workday"),
    T("5个工作日", 5, "workday"),
    C("两个", 2, "item"),                           # 两个同名的"和平区": the quoted name, both at once: nothing
    R("沈阳市和平区", HP_SY, in_org=True),          # 沈阳市和平区医保服务中心
    R("天津市和平区", HP_TJ, in_org=True),          # 天津市和平区医疗保障分局; 两区: no classifier
    T("3个月", 3, "month"),
    C("两个", 2, "item"),                           # 两个和平区: both at once, no mention
    C("1268件", 1268, "item"),
    C("约2500次", 2500, "time", qualifier="approx"),
    M("约70万元", 700000, qualifier="approx"),
    R("沈阳", SY),                                  # 沈阳方面: the districts after it are 沈阳's
    R("铁西区", "210106"), R("皇姑区", "210105"), R("大东区", "210104"),
    R("浑南区", "210112"), R("于洪区", "210114"),
    D("2026年6月底前", "2026-06", qualifier="until"),
    R("天津", TJ),                                  # 天津方面
    R("河西区", "120103"), R("南开区", "120104"),
    R("河东区", "120102"),                          # 天津's (临沂 has one too): the sentence is 天津's
    R("红桥区", "120106"), R("滨海新区", "120116"),
    R("铁西区", "210106"),                          # 此次试点中的铁西区为沈阳市铁西区: the page says which
    R("沈阳市铁西区", "210106"),
    R("鞍山", "210300"), R("四平", "220300"),
    # 两市的铁西区: the 铁西区 of two cities at once: no mention (call 2); 西区 (攀枝花) inside it neither
    R("河东区", "120102"),                          # 河东区为天津市河东区
    R("天津市河东区", "120102"),
    R("山东省临沂市河东区", "371312"),
    R("天津", TJ), R("沈阳", SY),                   # 沈阳籍: a place
    C("约4.2万人", 42000, "person", qualifier="approx"),
    R("沈阳", SY), R("天津", TJ),
    C("约1.1万人", 11000, "person", qualifier="approx"),
    R("沈阳市", SY),                                # 沈阳市职工: a topic, plain
    M("每次1000元", 1000, period="time"),
    P("85%", 0.85),
    R("天津市", TJ),
    M("1700元", 1700),
    P("85%", 0.85), P("90%", 0.9),                  # 85%至90%: every % its own mention
    # 中国医科大学附属盛京医院: 盛京 is an old name of 沈阳, no GB/T 2260 unit: nothing
    R("天津", TJ, in_org=True),                     # 天津医科大学总医院
    C("12家", 12, "institution"),                   # 三级医院: a grade
    R("沈阳市和平区", HP_SY),                       # 家在沈阳市和平区
    R("天津", TJ),
    T("8年", 8, "year"),
    R("沈阳", SY),
    T("两三天", (2, 3), "day"),
    R("和平区", HP_TJ),                             # she lives in 天津 now; the next sentence names 天津市和平区
    R("天津市和平区", HP_TJ),                       # …南京路的政务服务中心: a generic description after 的, plain;
                                                    # 南京 in 南京路 is part of a road's name
    R("沈阳市", SY, in_org=True),                   # 沈阳市医疗保障服务中心
    R("沈阳市沈河区", "210103"),                    # address; 市府大路260号: road and number
    PH("024-22781234"),
    R("天津市", TJ, in_org=True),                   # 天津市医疗保障基金管理中心
    R("天津市河西区", "120103"),                    # address; 友谊路35号: 友谊 (友谊县) is part of a road's name
    PH("022-23251234"),
    PH("12345"),                                    # 两地: no place
    U("www.sytj-yibao.example.com"),
]
