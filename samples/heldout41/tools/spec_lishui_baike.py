from gold_lib import *

LS, ZJ = "331100", "330000"   # 丽水市, 浙江省
SPEC = [
    R("丽水市", LS, in_org=True),                   # entry title 丽水市医疗保障局
    # 编辑 讨论 上传视频: chrome, nothing
    R("丽水市", LS, in_org=True),                   # 丽水市医疗保障局是…
    R("丽水市", LS, in_org=True),                   # 丽水市人民政府工作部门
    # 正处级: an administrative rank, no mention
    D("2019年1月10日", "2019-01-10"),
    R("丽水市", LS, in_org=True),                   # 中文名
    # 外文名 Lishui …: Latin letters, no place
    D("2019年1月10日", "2019-01-10"),               # 成立时间
    R("浙江省丽水市", LS),                          # 所属地区: one chain
    R("丽水市", LS, in_org=True),                   # 上级机关 丽水市人民政府
    R("莲都区", "331102"),                          # 服务范围: plain places
    R("青田县", "331121"),
    R("缙云县", "331122"),
    R("遂昌县", "331123"),
    R("松阳县", "331124"),
    R("云和县", "331125"),
    R("庆元县", "331126"),
    R("景宁畲族自治县", "331127"),
    R("龙泉市", "331181"),
    R("丽水市莲都区", "331102"),                    # 办公地址: a chain; 花园路18号 a road and house number
    # 邮政编码 323000: a postcode, no phone
    PH("0578-2136582"),
    U("https://ybj.lishui.example.gov.cn"),
    # 目录 1 … 5: list numbers
    D("2018年10月", "2018-10"),
    R("浙江省丽水市", LS, in_title=True),           # 《浙江省丽水市机构改革方案》: a topic, no org
    # 市人力资源和社会保障局 etc. (资源: a common word): 市 alone is no place; 新型农村合作医疗: 合作 no place
    R("丽水市", LS, in_org=True),                   # 组建丽水市医疗保障局
    D("2019年1月10日", "2019-01-10"),
    R("丽水市", LS, in_org=True),
    D("2019年3月底", "2019-03", qualifier="approx"),
    C("9个", 9, "item"),                            # 全市9个县(市、区)医疗保障局
    D("2020年1月1日起", "2020-01-01", qualifier="from"),
    D("2021年7月", "2021-07"),
    R("丽水市", LS, in_org=True),                   # 丽水市医疗保障基金监管中心
    C("8名", 8, "person"),                          # 核定事业编制8名
    D("2023年", "2023"),
    M("每年380元", 380, period="year"),             # 每人每年380元 (set 1 call 2)
    M("每年不低于640元", 640, period="year", qualifier="min"),   # 每人每年不低于640元
    # (一)…(四): list numbers
    R("浙江省", ZJ),                                # 国家和浙江省有关…
    R("丽水市", LS, in_org=True),                   # 机构设置: 丽水市医疗保障局内设…
    C("4个", 4, "item"),                            # 内设4个职能处室
    C("2个", 2, "item"),                            # 下属事业单位2个
    R("丽水市", LS, in_org=True),
    R("丽水市", LS, in_org=True),
    R("丽水市", LS, in_org=True),                   # 机关行政编制12名
    C("12名", 12, "person"),
    C("1名", 1, "person"),                          # 局长1名: 1名 is a count (guidelines)
    C("3名", 3, "person"),
    C("5名", 5, "person"),                          # 正科级领导职数5名
    R("丽水市", LS, in_org=True),
    C("26名", 26, "person"),
    D("2024年底", "2024", qualifier="approx"),
    C("236.8万人", 2368000, "person"),
    P("99.6%以上", 0.996, qualifier="min"),
    M("84.37亿元", 8437000000),
    P("6.2%", 0.062),
    D("2024年", "2024"),
    P("86.5%", 0.865),
    P("约68%", 0.68, qualifier="approx"),
    C("2157家", 2157, "institution"),
    C("941家", 941, "institution"),
    C("1216家", 1216, "institution"),
    C("37.5万人次", 375000, "person"),
    M("9.86亿元", 986000000),
    DR("2024年3月至12月", "2024-03", "2024-12"),
    M("2358万元", 23580000),
    C("38家", 38, "institution"),
    # 参考资料 1. 2.: list numbers
    R("丽水市", LS, in_org=True),                   # 丽水市医疗保障局机构职能
    R("丽水市", LS, in_org=True),                   # 丽水市医疗保障局官网
    D("2025-03-12", "2025-03-12"),                  # [引用日期2025-03-12]
    D("2024年", "2024"),                            # 2.2024年…: 2. a list number
    R("丽水市", LS),                                # 丽水市医疗保障事业发展统计公报: a topic, no org, no 《》
    R("丽水市", LS, in_org=True),                   # 丽水市统计局
    D("2025-04-28", "2025-04-28"),
    R("丽水", LS),                                  # 词条标签: short name
]
