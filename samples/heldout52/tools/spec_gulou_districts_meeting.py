from gold_lib import *

GL_FZ, GL_NJ, GL_XZ, GL_KF = "350102", "320106", "320302", "410204"   # the four 鼓楼区
FZ, KF, JS = "350100", "410200", "320000"                             # 福州市, 开封市, 江苏省
SPEC = [
    C("四个", 4, "item"),                           # title: 四个"鼓楼区" (个 touches 四; the quote follows)
    # 同名城区 (title and 5月16日 line): 城区 is a word (urban districts), not 城区 of 阳泉/晋城 (山西)
    # title: 四个"鼓楼区": the name quoted as a name, standing for four districts at once: no single
    # referent, not annotated (call 2)
    R("福州市鼓楼区", GL_FZ, in_org=True),          # byline: 福州市鼓楼区医疗保障局
    D("2025-05-20", "2025-05-20"),
    D("5月16日", "--05-16"),
    R("福州", FZ),                                  # 在福州召开
    # 四地, 两地 below: 地 is no classifier of the list
    R("南京市鼓楼区", GL_NJ),                       # chains: each 鼓楼区 settled by the city before it
    R("徐州市鼓楼区", GL_XZ),
    R("开封市鼓楼区", GL_KF),
    R("福州市鼓楼区", GL_FZ),
    R("鼓楼区", GL_FZ, in_org=True),                # 东道主鼓楼区医保局: the host (福州), settled by context (call 3)
    DR("1-4月", "--01", "--04"),                   # 今年1-4月: 今年 is not part of it
    C("4.6万人次", 46000, "person"),
    M("1830万元", 18300000),
    R("南京鼓楼区", GL_NJ),                         # 南京鼓楼区代表: a short chain
    R("江苏", JS),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    R("徐州鼓楼", GL_XZ),                           # 徐州鼓楼代表: city short name + county short name, one chain
    C("12家", 12, "institution"),
    R("开封", KF),                                  # 开封的鼓楼区: 的 breaks the chain, two mentions
    R("鼓楼区", GL_KF),                             # settled by 开封 just before it (call 3)
    M("每年400元", 400, period="year"),             # 每人每年400元: 每人 is no period
    M("每年670元", 670, period="year"),             # 不低于每人每年670元: 不低于 does not touch the amount
    R("北京市朝阳区", "110105", in_org=True),       # 北京市朝阳区医保中心
    R("辽宁朝阳市", "211300"),                      # the city 朝阳市 of 辽宁, not 北京's 朝阳区
    R("朝阳县", "211321"),
    R("双塔区", "211302"),
    P("96%", 0.96),
    R("上海普陀区", "310107"),
    R("舟山市普陀区", "330903"),
    # 长三角: no place; 合作备忘录: 合作 is a word, not 合作市
    R("普陀区", "330903"),                          # 普陀区(舟山)参保人: settled by the parenthesis (call 3)
    R("舟山", "330900"),                            # the parenthesis is a place of its own
    R("上海", "310000"),
    P("5个百分点", 0.05, points=True),
    R("重庆江北区", "500105"),
    R("宁波江北区", "330205"),
    R("天津和平区", "120101"),
    R("沈阳和平区", "210102"),
    R("杭州西湖区", "330106"),
    R("南昌市西湖区", "360103"),
    # 还有几位"同名"代表: 几位 is no count (no number)
    # 新城区建设: new urban districts in general (a common noun), not 新城区 of 西安 or 呼和浩特 (call 4)
    R("西安市新城区", "610102"),
    R("兰州城关区", "620102"),
    R("鼓楼区", GL_FZ, in_org=True),                # 会后,鼓楼区医保局: the host again (福州; 0591 follows)
    PH("0591-87552310"),
    R("南京鼓楼区", GL_NJ),                         # 南京鼓楼区咨询电话: a place before a service
    PH("025-83216645"),
    R("沈阳和平区", "210102", in_org=True),         # 沈阳和平区医保中心
    PH("024-23451187"),
]
