from gold_lib import *

FZ, FJ, JA = "350100", "350000", "350111"           # 福州市, 福建省, 晋安区
SPEC = [
    R("福州", FZ, in_org=True),                     # 福州闽江医院 (an invented hospital's name); 闽江: no gazetteer unit
    D("2025年1月", "2025-01"),                      # (2025年1月更新)
    # 首页 > 就医指南 > 门诊服务: breadcrumb text, nothing
    D("2025-01-10", "2025-01-10"),                  # 发布日期
    # 浏览次数:2871: a counter, no unit
    # 周一至周五, 周六、周日: weekdays, no dates and no durations; 8:00-12:00, 14:30-17:30: times of day
    T("24小时", 24, "hour"),                        # 全天24小时开放 (the guidelines' own example)
    DR("每年6月1日至9月30日", "--06-01", "--09-30", recurring="yearly"),   # 夏令时(每年…): a yearly window
    # 15:00-18:00: times; 1. 2. 3. 4.: list numbers
    R("福州", FZ, in_org=True),                     # 微信公众号“福州闽江医院” (an account); “闽政通”APP: 闽 a one-character abbreviation
    T("7天", 7, "day"),                             # 可预约7天内的号源: 内 is not on the shared list
    # 每日20:00: a time; 第7天: an ordinal; 门诊楼1楼: a floor, nothing (set 5 call 4)
    T("30分钟", 30, "minute"),                      # 提前30分钟 (提前 a verb)
    T("超过15分钟", 15, "minute", qualifier="min"),  # 超过 is on the shared list
    C("1个", 1, "item"),                            # 每日限挂1个号 (digit 1, set 1 call 13)
    # 一个月内: lone 一
    C("3次", 3, "time"),                            # 爽约累计3次: 累计 is not on the list
    T("90天", 90, "day"),
    M("10元", 10),                                  # 普通门诊:10元 (挂号费 list; the labels are no grades of hospitals but of doctors)
    M("25元", 25),
    M("35元", 35),
    M("50元", 50),
    M("200元/次", 200, period="time"),              # /次 = 每次 (set 6 call 1)
    R("福州市", FZ),                                # 参加福州市职工医保: a place before a programme, no org
    M("6元", 6),
    T("70周岁以上", 70, "year", age=True, qualifier="min"),
    # 四、专家门诊安排(每周固定…): 每周 with no number; 周一上午 etc.: weekdays;
    # 3楼302室, 3楼308室, 4楼401室, 2楼215室, 1楼: floors and rooms, no counts (楼, 室 are no classifiers)
    C("30个", 30, "item"),                          # 每个半天限号30个 (每个半天: 半天 after 每个 names the unit of the quota, no number → no duration)
    P("80%", 0.8),
    PH("0591-87654321"),                            # 转8023: an extension, outside (set 3 call 7)
    PH("0591-87654321"),                            # 转8016
    PH("0591-87654388"),                            # (工作日8:00-17:30): times
    PH("0591-87654399"),
    U("https://www.mjyy.example.cn"),
    R("福州市晋安区", JA),                           # 医院地址:福州市晋安区福新中路188号: one chain; road and number nothing
    # 16路、32路、K2路: bus lines (路 no classifier); “闽江医院站”: no place
    T("约5分钟", 5, "minute", qualifier="approx"),
    # 地铁1号线: a line number; “东街口站”: no place
    T("约20分钟", 20, "minute", qualifier="approx"),
    C("460个", 460, "item"),                        # 共有车位460个
    T("1小时", 1, "hour"),                          # 首1小时免费: 首 is not on the shared list
    M("3元", 3),                                    # 之后每小时3元: an hour is no period word (set 10 call 4)
    M("30元", 30),                                  # 每日最高收费30元: 收费 stands between 最高/每日 and the amount
    D("2025年", "2025"),                            # 七、2025年春节门诊安排
    R("福建省", FJ, in_title=True, in_org=True),     # 《福建省人民政府办公厅关于…》 (set 1 call 6)
    D("2025年", "2025"),                            # …关于2025年部分节假日安排的通知
    DR("2025年1月28日至2月4日", "2025-01-28", "2025-02-04"),
    D("1月28日", "--01-28"),                        # (1月28日为除夕): 除夕 no date
    D("2025年1月26日", "2025-01-26"),               # (星期日): a weekday
    D("2月8日", "--02-08"),
    D("2月5日起", "--02-05", qualifier="from"),
    PH("0591-87654120"),
    R("福州", FZ, in_org=True),                     # signature 福州闽江医院门诊部
    D("2025年1月10日", "2025-01-10"),
]
