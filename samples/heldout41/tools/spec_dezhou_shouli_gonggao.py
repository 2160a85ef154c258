from gold_lib import *

DZ, SD = "371400", "370000"   # 德州市, 山东省
DC, LC = "371402", "371403"   # 德城区, 陵城区
YC, LL, QH, XJ = "371482", "371481", "371425", "371427"   # 禹城市, 乐陵市, 齐河县, 夏津县
PY, WC, NJ, QY, LY = "371426", "371428", "371422", "371423", "371424"   # 平原县, 武城县, 宁津县, 庆云县, 临邑县
# Words review.py lists as place names that are no places here: 保定 (医保定点), 仁和, 博爱, 惠民 (parts of
# clinic names), 新华, 东风, 兴隆, 湖滨, 湖南 (新湖南路), 龙门, 正阳, 福山, 庆云 (庆云大街), 市中 (parts of street
# and street-office names), 路南 (安德路南段). House numbers (1107号, 258号, 66号, 86号, 17号, 188号, 99号, 12号),
# 浏览次数:842, the document number 鲁医保发〔2021〕42号 and the 序号 column are nothing.
SPEC = [
    R("德州市", DZ, in_org=True),                   # title: 德州市医疗保障局关于…
    D("2025年", "2025"),                            # 2025年第二批: 第二批 an ordinal
    D("2025-06-16", "2025-06-16"),                  # 发布日期
    R("德州市", DZ, in_org=True),                   # 来源; 浏览次数:842 a counter
    R("山东省", SD, in_org=True, in_title=True),    # 《山东省医疗保障局关于印发〈…〉的通知》
    R("山东省", SD, in_title=True),                 # 〈山东省医疗机构医疗保障定点管理实施细则〉: a topic inside the title
    # (鲁医保发〔2021〕42号): a document number
    R("德州市", DZ, in_title=True),                 # 《德州市定点医药机构评估细则》: a topic
    DR("2025年5月6日至5月30日", "2025-05-06", "2025-05-30"),
    D("2025年", "2025"),                            # 2025年第二批
    C("18家", 18, "institution"),
    C("15家", 15, "institution"),
    C("3家", 3, "institution"),
    T("3个月", 3, "month"),                         # 未满3个月: 满 is no qualifier (满30年 → 30年)
    # 一、二、三、四、: list numbers; table 序号 1…8: list numbers
    C("7家", 7, "institution"),                     # (共7家)
    R("德州德城", DC, in_org=True),                 # 德州德城仁和中医诊所: city + county short name, one chain, the clinic's name
    R("德州市德城区", DC),                          # address chain; 新华街道 a township-level street office; 1107号 a house number
    PH("0534-2687315"),
    R("德州", DZ, in_org=True),                     # 德州经济技术开发区康宁门诊部
    R("德州市德城区", DC),                          # 宋官屯街道, 崇德五大道: no places
    PH("0534-2369128"),
    R("禹城市", YC, in_org=True),                   # 禹城市惠民社区卫生服务站
    R("禹城市", YC),                                # address; 市中街道: a street office (市中 is also 济南's and 枣庄's 市中区: no place here)
    PH("0534-7261543"),
    R("乐陵市", LL, in_org=True),
    R("山东省乐陵市", LL),                          # address chain; 258号 a house number
    PH("0534-6218806"),
    R("齐河县", QH, in_org=True),                   # 齐河县晏城安和诊所 (晏城: a street office, in the name)
    R("齐河县", QH),                                # address; 晏城街道, 齐晏大街: no places
    PH("139 5341 2276"),                            # a mobile number with spaces
    R("陵城区", LC, in_org=True),                   # 陵城区仁济康复医院; 康复医院(一级): a hospital level
    R("德州市陵城区", LC),                          # 临齐街道; 福山路: 福山 is part of a road name (not 烟台's 福山区); 66号
    PH("0534-8216655"),
    R("夏津县", XJ, in_org=True),
    R("夏津县", XJ),                                # 银城街道, 青年路: no places
    PH("0534-3251877"),
    C("8家", 8, "institution"),                     # (共8家)
    R("德州", DZ, in_org=True),                     # 德州百姓大药房连锁有限公司湖滨店
    R("德州市德城区", DC),                          # 天衢街道, 湖滨北大路86号
    PH("0534-2623410"),
    R("德州", DZ, in_org=True),
    R("德州市德城区", DC),                          # 新湖街道, 新湖南路17号
    PH("0534-2623411"),
    R("平原县", PY, in_org=True),                   # 平原县益寿堂药店
    R("平原县", PY),                                # 桃园街道, 龙门大街: no places
    PH("0534-4221096"),
    R("武城县", WC, in_org=True),
    R("武城县", WC),                                # 广运街道, 振华街188号
    PH("0534-6526731"),
    R("宁津县", NJ, in_org=True),
    R("宁津县", NJ),                                # 津城街道, 阳光大街
    PH("0534-5232087"),
    R("庆云县", QY, in_org=True),
    R("庆云县", QY),                                # 渤海路街道; 庆云大街99号: 庆云 here is part of a road name
    PH("0534-3328715"),
    R("临邑县", LY, in_org=True),                   # 临邑县老百姓药房临盘店 (临盘: a street office)
    R("临邑县", LY),                                # 临盘街道, 正阳路12号
    PH("0534-4087762"),
    R("陵城区", LC, in_org=True),                   # 陵城区民生大药房
    R("德州市陵城区", LC),                          # 安德街道, 安德路: no places
    PH("0534-8210398"),
    C("3家", 3, "institution"),                     # (共3家)
    # 1. 2. 3.: list numbers
    R("德州市德城区", DC, in_org=True),             # 德州市德城区惠康药店: a chain in a pharmacy's name
    T("3个月", 3, "month"),                         # 未满3个月
    R("禹城市", YC, in_org=True),                   # 禹城市安泰诊所
    R("宁津县", NJ, in_org=True),                   # 宁津县福瑞堂药店
    C("15家", 15, "institution"),
    # 第三方: an ordinal
    T("3个月", 3, "month"),                         # 3个月内: 内 is not on the shared list
    D("2025年9月30日前", "2025-09-30", qualifier="until"),
    R("德州市", DZ, in_org=True),                   # 德州市医疗保障局网站
    T("5个工作日", 5, "workday"),
    # 各县(市、区)医疗保障局: no named place
    T("1年", 1, "year"),                            # 协议期限为1年: digit 1, no lone determiner
    T("7个工作日", 7, "workday"),                   # 7个工作日内
    PH("0534-2688651"),
    E("dzyb_yyfw@example.com"),
    R("德州市", DZ, in_org=True),                   # signature
    D("2025年6月16日", "2025-06-16"),
]
