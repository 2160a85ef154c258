from gold_lib import *

HZ, QJ, YN, KM = "530326", "530300", "530000", "530100"   # 会泽县, 曲靖市, 云南省, 昆明市
HZ_ORG = R("会泽县", HZ, in_org=True)            # 会泽县医保局-王某: the sender's display name, place + office word

SPEC = [
    # 微信聊天记录导出: a header, nothing
    R("会泽县", HZ, in_org=True),                    # 群聊:会泽县医共体医保专干工作群: a group chat's proper name (call 5)
    C("126人", 126, "person"),                      # (126人): the group's member count
    D("2025-03-20", "2025-03-20"),                  # 导出时间 … 17:42: a time of day, nothing
    DR("2025-03-03至2025-03-18", "2025-03-03", "2025-03-18"),
    D("2025-03-03", "2025-03-03"),                  # ———— 2025-03-03 08:31 ————: a timestamp line (set 4 call 7)
    HZ_ORG,
    # @所有人: a mention of the group, nothing
    D("2月份", "--02"),                             # 份 is part of it (guidelines)
    D("3月5日前", "--03-05", qualifier="until"),
    P("80%", 0.8),
    R("会泽县", HZ),                                 # [文件] 会泽县2025年2月DRG月度预拨明细.xlsx: a file name, place before a topic
    D("2025年2月", "2025-02"),
    # (56.3KB): a file size, no unit of the guidelines
    HZ_ORG,
    D("2月", "--02"),                               # 2月预拨
    P("90%", 0.9),
    # 县医院, 县中医医院: no place
    M("1286.4万元", 12864000),
    M("312.7万元", 3127000),
    C("21家", 21, "institution"),
    M("468.2万元", 4682000),
    # 娜姑镇卫生院, 迤车镇卫生院: townships, no places; 👍 🙏: nothing
    D("2025-03-03", "2025-03-03"),
    # 县医院医保办-陈某: no place
    D("2月", "--02"),
    C("3例", 3, "case"),
    T("超过60天", 60, "day", qualifier="min"),
    HZ_ORG,
    T("超过60天", 60, "day", qualifier="min"),
    # 3倍: a multiple
    DR("每月1-5日", "---01", "---05", recurring="monthly"),
    # 下个月: no day, nothing
    HZ_ORG,
    M("0.92元", 0.92),                              # 暂按0.92元/点: /点 outside, no period (call 1)
    # [抱拳]: an emoji code
    D("2025-03-10", "2025-03-10"),
    HZ_ORG,
    # 今天下午4点: a time of day (点 is an hour here), nothing
    C("6家", 6, "institution"),
    PH("139 8745 2216"),
    PH("3125678", city="曲靖市", inferred_code="0874"),  # 局里座机: a local number completed from 会泽县 (曲靖市)
    # 金钟街道社区卫生服务中心: a subdistrict, no place; 2万多: no unit (set 16 call 6), nothing
    HZ_ORG,
    P("60%", 0.6),
    P("不超过50%", 0.5, qualifier="max"),
    # 乐业镇卫生院: a township (乐业 is 乐业县's short name in 广西: part of a longer name, no place)
    # 每人每年多少: no number
    HZ_ORG,
    M("每年960元", 960, period="year"),              # 按每人每年960元 (set 1 call 2)
    P("10%以内", 0.1, qualifier="max"),
    # 王某 撤回了一条消息: lone 一
    D("2025-03-12", "2025-03-12"),
    # 县中医医院-周某: no place
    R("云南省", YN, in_org=True),                    # 云南省医保局
    D("2024年", "2024"),
    HZ_ORG,
    R("曲靖市", QJ, in_org=True),                    # 曲靖市医保局
    C("47人次", 47, "person"),
    D("2025-03-14", "2025-03-14"),
    HZ_ORG,
    D("3月18日", "--03-18"),
    # 上午9点: a time of day; 县医保局三楼: a floor (set 5 call 4)
    C("1名", 1, "person"),                          # 每个单位派1名: digit 1 is no lone 一 (set 1 call 13)
    T("2个小时", 2, "hour"),                         # 大概2个小时: 大概 is not on the shared list
    R("昆明", KM),                                   # 去昆明开会
    HZ_ORG,
    E("hzxybj@example.com"),
    # 大桥乡卫生院: a township
    D("3月份", "--03"),
    M("1.6万元", 16000),
    HZ_ORG,
    # 扣了5分: a score, nothing
    M("0.32万元", 3200),                            # 按每分0.32万元: 每 + 分 (a point) is no period
    D("2025-03-18", "2025-03-18"),
    HZ_ORG,
    # 共36页: 页 is no classifier (set 29 call 2)
    C("3家", 3, "institution"),
    D("3月25日前", "--03-25", qualifier="until"),
]
