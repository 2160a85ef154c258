from gold_lib import *

CZ = "130900"                                        # 沧州市 (河北省)
SPEC = [
    # 政府工作报告(摘编): the report's own heading, no 《》 and no place
    D("2026年1月20日", "2026-01-20"),
    R("沧州市", CZ, in_org=True),                    # 沧州市第十六届人民代表大会 (a congress, set 17 call 9); 第十六届, 第五次: ordinals
    # 市长 王某某 (a draft had 沧州市市长: is a place before a post an organisation? rewritten)
    # 一、二、(三): section numbers
    D("2025年", "2025"),
    # 过去一年: a lone 一
    C("688.5万人", 6885000, "person"),
    P("96.8%", 0.968),
    M("186.4亿元", 18640000000),
    P("6.2%", 0.062),
    M("每年不低于700元", 700, period="year", qualifier="min"),   # 每人每年不低于700元 (set 1 call 3)
    C("62家", 62, "institution"),
    C("48.6万人次", 486000, "person"),
    R("沧州市运河区", "130903"),                     # a chain: one mention at the district
    R("新华区", "130902"),                           # 新华区 is also 石家庄's and 平顶山's: 沧州's here (its city just before)
    R("黄骅市", "130983"),
    R("任丘市", "130982"),
    # “村村通”: nothing
    D("2026年", "2026"),                             # heading 二、2026年目标任务
    D("2026年", "2026"),                             # 2026年是“十五五”开局之年
    # “十五五”: numerals with no unit (a plan period's name); 开局之年: nothing
    P("5.5%左右", 0.055, qualifier="approx"),
    P("6%", 0.06),
    P("97%以上", 0.97, qualifier="min"),             # 参保覆盖率达到97%以上
    # 今年: no date
    C("20件", 20, "item"),
    # 一是 … 六是: list markers (the 民生实事 list), a lone 一 and no classifier
    C("50家", 50, "institution"),                    # 新增…50家; 新建社区: 新建 ("newly built") a common word, not 南昌's 新建区
    T("15分钟", 15, "minute"),                       # 15分钟医保服务圈
    C("5847个", 5847, "item"),
    C("75种", 75, "kind"),
    P("不低于60%", 0.6, qualifier="min"),
    M("2.6亿元", 260000000),
    R("北京市", "110000"),
    R("天津市", "120000"),
    C("32家", 32, "institution"),
    # 我市: no place
    T("3年", 3, "year"),                             # 力争用3年时间; 二级以上医院: a hospital level
    R("河间市", "130984"),
    R("泊头市", "130981"),
    R("献县", "130929"),                             # a one-character name + 县
    M("不超过900元", 900, qualifier="max"),          # 每月护理补贴不超过900元: 每月 does not touch (set 2 call 6)
    # 民生无小事: nothing
]
