from decimal import Decimal
from gold_lib import *

HB = "420000"


def wan_ren(s):                                      # "5521.4" -> count 55214000 person (万人)
    return C(s + "万人", int(Decimal(s) * 10000), "person")


def yi(s):                                           # "398.6" -> money 39860000000 (亿元)
    return M(s + "亿元", int(Decimal(s) * 100000000))


SPEC = [
    # breadcrumb 首页 > 数据查询 > 统计年鉴 > 《湖北统计年鉴2025》: the book in 《》; 2025 has no 年 (set 7's (2025版))
    R("湖北", HB, in_title=True),
    # 二十一、 / 21-9: section and table numbers
    After("21-9"),
    DR("2015-2024年", "2015", "2024"),               # (2015-2024年): a year range
    # English subtitle `(2015-2024)`: no 年, English (set 4 call 16): nothing
    # 单位:万人、亿元: units with no number; the table below has bare cells under that unit line
    # (set 3 call 5, set 4 call 18): the year column 2015…2024 (no 年) and every figure are nothing
    After("963.9\n"),
    # 主要指标说明: no numbers
    # 注:(1)(2): list numbers
    D("2016年", "2016"),                             # 2016年及以前: 及以前 does not touch as a qualifier
                                                     # (guidelines: 2025年及以后年度 -> 2025年)
    D("2017年起", "2017", qualifier="from"),
    D("2019年1月起", "2019-01", qualifier="from"),
    # 历年主要指标(文字版): every figure has its unit
    D("2015年", "2015"), wan_ren("5521.4"), yi("398.6"), yi("361.2"),
    D("2016年", "2016"), wan_ren("5586.9"), wan_ren("65.5"), yi("446.2"), P("11.9%", 0.119),
    D("2017年", "2017"), wan_ren("5612.3"), yi("521.8"), P("16.9%", 0.169), yi("468.5"),
    D("2018年", "2018"), wan_ren("5634.7"), wan_ren("1083.2"), yi("598.4"),
    D("2019年", "2019"), wan_ren("5647.1"), P("95%以上", 0.95, qualifier="min"), yi("603.9"), P("12.4%", 0.124),
    D("2020年", "2020"), wan_ren("5655.8"),
    T("5个月", 5, "month"),                          # 阶段性减征…5个月
    yi("689.3"), P("4.2%", 0.042),                   # 仅增长4.2%: 仅 is not on the list
    D("2021年", "2021"), wan_ren("5662.4"), yi("752.6"), yi("688.4"),
    D("2022年", "2022"), wan_ren("5664.9"), yi("843.6"),
    D("2023年", "2023"), wan_ren("5659.3"), wan_ren("5.6"), yi("856.2"),
    D("2024年", "2024"), wan_ren("5651.6"), wan_ren("4447.9"), wan_ren("24.0"), yi("893.4"), yi("838.5"),
    P("6.1%", 0.061), yi("963.9"),
    T("约13.8个月", 13.8, "month", qualifier="approx"),   # 可支付约13.8个月 (set 35 call 3: 可支付月数)
    DR("2015-2024年", "2015", "2024"),
    P("1.9%", 0.019), P("0.15%", 0.0015),            # 年均增长/年均下降: verbs outside
    R("湖北省", HB, in_org=True),                    # 资料来源:湖北省医疗保障局
    R("湖北省", HB, in_org=True),                    # 湖北省统计局
]
