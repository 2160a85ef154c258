from gold_lib import *

ZJ = "440800"                                       # 湛江市
SPEC = [
    # 南粤人寿保险股份有限公司: an invented insurer, no place; 湛惠保2026: no 年, nothing
    # 保单号:GDZJ2026000183265: a policy number, no date, no phone
    D("2025-11-18", "2025-11-18"),                  # 凭证生成日期
    R("湛江市", ZJ, in_org=True),                   # 指导单位:湛江市医疗保障局
    # 证件号码 4408**********0317 and 联系电话 137****1836: masked, no phone, no date (set 5 call 11)
    # 被保险人清单: the unit is in the header 保费(元), so the cells 59.00 are bare, no money (set 3 call 5);
    # 年龄 cells 45 and 73 have no unit, nothing; 序号 1, 2: row numbers
    M("118.00元", 118),                             # 人民币118.00元: 人民币 outside
    M("壹佰壹拾捌元", 118),                         # 大写:壹佰壹拾捌元整: capital numerals, 整 outside (set 4 call 9)
    DR("2026年1月1日至2026年12月31日", "2026-01-01", "2026-12-31"),
    R("湛江市", ZJ),                                # 湛江市职工医保个人账户: a programme, plain
    # liability table: each cell with its own unit is a mention; 与上项共用 / 无: no amount
    M("100万元", 1000000),
    M("2万元", 20000),
    P("80%", 0.8),                                  # 80%/30%: two percents (every % is its own mention)
    P("30%", 0.3),
    M("100万元", 1000000),
    P("70%", 0.7),
    P("20%", 0.2),
    M("80万元", 800000),
    P("75%", 0.75),
    P("35%", 0.35),
    M("20万元", 200000),
    P("70%", 0.7),
    P("70%", 0.7),
    M("300万元", 3000000),                          # 合计 300万元
    # 特别约定 1. … 5.: list numbers
    R("湛江市", ZJ),                                # 湛江市基本医疗保险参保人: a programme, plain
    D("2026年1月1日", "2026-01-01"),                # 保单生效日为2026年1月1日
    T("30日", 30, "day"),                           # 自保单生效之日起30日为等待期
    D("2026年1月1日前", "2026-01-01", qualifier="until"),
    T("15天", 15, "day"),                           # 犹豫期为投保之日起15天
    M("0.16元", 0.16),                              # 每日退费标准为0.16元: 每日 does not touch (退费标准为 between, set 2 call 6)
    C("1份", 1, "piece"),                           # 限投1份: digit 1, not the lone 一 (set 1 call 13)
    T("65周岁", 65, "year", age=True),              # 年满65周岁: 满 outside
    R("湛江", ZJ, in_org=True),                     # 南粤人寿保险股份有限公司湛江中心支公司
    C("3家", 3, "institution"),
    P("40%", 0.4),
    PH("400-606-0759"),
    E("claim@zhanhuibao.example.com"),
    U("https://verify.nanyue-life.example.com/ZHB"),
    R("广东省湛江市霞山区", "440803"),              # address chain; 人民大道南48号, 邮编:524000: nothing
]
