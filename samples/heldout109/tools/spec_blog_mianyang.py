from gold_lib import *

MY, CD, SC = "510700", "510100", "510000"           # 绵阳市, 成都市, 四川省
SPEC = [
    # 透析第七年: an ordinal; 一个尿毒症患者: lone 一
    # 涪江边的老周: 涪江 is a river (no division of that name)
    D("2025-06-08", "2025-06-08"),                  # 20:15 a time; 阅读 3621 a counter: nothing
    R("绵阳市三台县", "510722"),
    D("2018年3月", "2018-03"),
    T("7年", 7, "year"),                            # 已经透析7年了
    # 一个月: lone 一
    R("绵阳市", MY, in_org=True),                   # 绵阳市中心医院
    C("3次", 3, "time"),                            # 每周3次 (call 1)
    T("4个小时", 4, "hour"),                        # 每次4个小时
    # 一个月下来: lone 一
    C("13次左右", 13, "time", qualifier="approx"),
    M("每次410元", 410, period="time"),             # 按次结算每次410元
    P("90%", 0.9),
    M("41元", 41),                                  # 每次自付41元: 自付 stands between
    # 一个月透析: lone 一
    M("大约530元", 530, qualifier="approx"),
    # 一部分: lone 一
    M("300多元", 300, qualifier="min"),             # 每月自付300多元: 自付 between 每月 and the amount
    T("3个月", 3, "month"),                         # 每3个月查一次 (一次: lone 一)
    # 肌酐…900μmol/L上下: μmol/L is no unit of ours, nothing (call 2); Kt/V做到1.3: nothing
    C("两次", 2, "time"),                           # 住了两次院
    # 第二次: ordinal
    M("6800元左右", 6800, qualifier="approx"),
    R("三台", "510722"),                            # 三台到市区: the county (绵阳市三台县 named before)
    # 60公里: no unit of ours; 客运班车: 班 no classifier
    M("28元", 28),                                  # 单程28元
    # 一周来回3趟: 一周 lone 一; 趟 is not a classifier of the list, nothing
    M("168元", 168),
    M("700元左右", 700, qualifier="approx"),        # 每月交通费700元左右: 交通费 between
    D("2023年以前", "2023", qualifier="until"),
    # 凌晨5点: a time of day; 第一班车: ordinal
    M("15块", 15),                                  # 每人每次分摊15块钱: 分摊 between; 钱 outside
    M("1500元上下", 1500, qualifier="approx"),      # 上下 on the shared list
    P("四成左右", 0.4, qualifier="approx"),
    D("2019年", "2019"),
    M("两千多元", 2000, qualifier="min"),
    # 1. 2. 3.: list numbers
    T("10个工作日", 10, "workday"),
    R("成都", CD),
    T("半个月", 0.5, "month"),
    R("四川", SC, in_org=True),                     # “四川医保”APP
    C("两次", 2, "time"),                           # 两次透析间
    # 超过3公斤: 公斤 no unit of ours
    E("laozhou_touxi@example.com"),
    # 评论(46): a counter
    R("江油", "510781"),
    M("35元", 35),                                  # 每次自付才35元
    P("70%", 0.7),
]
