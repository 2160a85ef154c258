from gold_lib import *

NM, XM, ABG = "150000", "152500", "152522"          # 内蒙古自治区, 锡林郭勒盟, 阿巴嘎旗
SPEC = [
    R("锡林郭勒盟阿巴嘎旗", ABG),                   # <h1> 锡林郭勒盟阿巴嘎旗:…: a chain (盟 + 旗), one mention at the county level
    R("阿巴嘎旗", ABG, in_org=True),                # 来源:阿巴嘎旗融媒体中心
    D("2025-04-16", "2025-04-16"),                  # 发布时间 (set 1 call 8); 浏览次数:1327: a bare counter
    D("4月15日", "--04-15"),                        # <strong>4</strong>月<strong>15</strong>日: tags split the numbers from the units
    R("阿巴嘎旗", ABG, in_org=True),                # <strong>阿巴嘎旗医疗保障局</strong>
    # 旗蒙医医院: 旗 alone, no place; 别力古台镇, 洪格尔高勒镇 (towns), 嘎查 (villages): no places
    R("阿巴嘎旗", ABG),                             # 阿巴嘎旗地处锡林郭勒盟中北部
    R("锡林郭勒盟", XM),
    # 超过150公里: a distance (公里 is no unit of the guidelines): nothing, and 超过 qualifies nothing
    D("2025年3月底", "2025-03", qualifier="approx"),   # 截至…: 截至 outside
    C("3.18万人", 31800, "person"),                 # 全旗: no place
    P("96.3%", 0.963),
    P("1.4个百分点", 0.014, points=True),           # 较上年同期: no date
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年<strong>400</strong>元
    M("每年不低于700元", 700, period="year", qualifier="min"),
    P("100%", 1),
    P("70%", 0.7),
    P("50%", 0.5),
    # 苏木卫生院: 苏木 a township type (set 7)
    M("100元", 100),
    P("90%", 0.9),
    # 旗级医院, 盟级医院: hospital levels
    M("400元", 400),
    P("80%", 0.8),
    R("锡林郭勒盟", XM, in_org=True),               # 锡林郭勒盟中心医院
    M("800元", 800),
    P("65%", 0.65),
    R("北京", "110000"),                            # 到北京、呼和浩特等地就医: places
    R("呼和浩特", "150100"),
    P("10个百分点", 0.1, points=True),
    P("20个百分点", 0.2, points=True),
    # 蒙汉双语: peoples and languages, no places (set 14 call 6)
    C("6名", 6, "person"),
    C("4台", 4, "piece"),
    # 今年以来: no date
    C("23个", 23, "item"),                          # 走访嘎查23个
    C("1,046件", 1046, "item"),
    C("87人次", 87, "person"),
    R("锡林浩特市", "152502"),
    R("二连浩特市", "152501"),
    T("6个月", 6, "month"),                         # 备案有效期为6个月
    DR("2025年5月1日至10月31日", "2025-05-01", "2025-10-31"),   # every part in its own <strong>
    DR("每月5日至10日", "---05", "---10", recurring="monthly"),
    R("东乌珠穆沁旗", "152525"),
    R("苏尼特左旗", "152523"),
    T("不少于3天", 3, "day", qualifier="min"),      # 每次驻点不少于3天: 每次 is a period for money only
    PH("0479-3222393"),                             # <strong>0479-3222393</strong>
    PH("12393"),
    E("abgrmt2025@example.com"),
    U("https://www.abg.example.gov.cn/ybj/2025/0416.html"),   # digits inside a URL: nothing else
    # (责任编辑:其其格 审核:王某): people
]
