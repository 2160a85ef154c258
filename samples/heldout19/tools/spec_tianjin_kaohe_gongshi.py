from gold_lib import *

TJ = "120000"                                        # 天津市 (a municipality: province level)
NK, HP, XQ, HB, BH, HQ, DL, WQ = ("120104", "120101", "120111", "120105", "120116", "120106",
                                  "120110", "120114")   # 南开区 和平区 西青区 河北区 滨海新区 红桥区 东丽区 武清区
SPEC = [
    R("天津市", TJ, in_org=True),                   # 天津市医疗保障局关于…的公示
    D("2024年度", "2024"),                          # 2024年度
    D("2025-02-20", "2025-02-20"),                  # 发布时间 …16:30: the time is nothing
    R("天津市", TJ, in_org=True),                   # 来源:天津市医疗保障局
    # 浏览次数:2871: a counter
    R("天津市", TJ, in_title=True),                 # 《天津市定点医药机构医疗保障信用评价管理办法(试行)》: a measure, no org
    # 津医保发〔2023〕9号: a document number
    D("2024年度", "2024"),                          # 《2024年度天津市…考核方案》: a plain date (set 2 call 15)
    R("天津市", TJ, in_title=True),
    # 市医保局: no place; 会同 (会同县's short name) is a verb here ("together with")
    C("16个", 16, "item"),                          # 会同16个区医保分局 (个 is the classifier; set 1: 16个市 → 16个)
    C("1126家", 1126, "institution"),
    D("2024年度", "2024"),                          # 2024年度医保服务情况
    # 一、…五、: list numbers. Scores are no mentions of any type (guidelines: 200分):
    # 100分, 90分及以上, 80分(含), 90分, 70分(含), 80分, 70分以下; A级/B级/C级/D级: grades, no counts
    C("412家", 412, "institution"),
    P("36.6%", 0.366),
    C("603家", 603, "institution"),
    P("53.6%", 0.536),
    C("98家", 98, "institution"),
    P("8.7%", 0.087),
    C("13家", 13, "institution"),
    P("1.2%", 0.012),
    # 平均得分86.4分, 提高2.1分: scores
    P("5%", 0.05),                                  # 按月预留统筹基金支付额的5%: 按月 is no period of a percent
    P("20%", 0.2),
    P("50%", 0.5),
    T("3个月", 3, "month"),                         # 暂停医保服务协议3个月
    D("2024年度", "2024"),                          # 2024年度全市预留…
    M("2.86亿元", 286000000),
    M("2.79亿元", 279000000),
    M("约718万元", 7180000, qualifier="approx"),
    # 三级、二级: hospital levels; 排名 table: 第1名 … 第5名 are ordinals (ranks), no counts;
    # 98.5分 … 95.0分: scores; A: a grade
    R("天津市南开区", NK, in_org=True),             # 天津市南开区康宁医院 (invented hospital): a chain in a name
    R("南开区", NK),                                # 所在区 cell
    R("天津市和平区", HP, in_org=True),
    R("和平区", HP),                                # 天津's 和平区 (the page is 天津's), not 沈阳's; 仁和 in the hospital's name: no place
    R("天津市西青区", XQ, in_org=True),
    R("西青区", XQ),
    R("天津市河北区", HB, in_org=True),             # 河北区: a district of 天津, not the province 河北
    R("河北区", HB),
    R("天津市滨海新区", BH, in_org=True),           # 天津市滨海新区泰达惠民医院 (泰达, 惠民: parts of a name)
    R("滨海新区", BH),
    # 第6名至第10名略: ordinals
    # D table: 序号 1 2 3 are list numbers; 62.0分 65.5分 68.0分: scores
    R("天津市红桥区", HQ, in_org=True),
    R("红桥区", HQ),
    M("1.2万元", 12000),                            # 扣款1.2万元: 扣款 is a noun/verb outside
    T("3个月", 3, "month"),                         # 暂停协议3个月
    R("天津市东丽区", DL, in_org=True),
    R("东丽区", DL),
    M("8.6万元", 86000),
    T("3个月", 3, "month"),
    R("天津市武清区", WQ, in_org=True),
    R("武清区", WQ),
    M("15.3万元", 153000),
    # 约谈并限期整改: 约 before a verb, no number
    C("10家", 10, "institution"),
    M("约46万元", 460000, qualifier="approx"),
    DR("2025年2月20日至2月26日", "2025-02-20", "2025-02-26"),
    T("5个工作日", 5, "workday"),
    PH("022-23581276"),
    PH("022-23581277"),                             # 传真: a fax number is a phone (set 16 call 2)
    E("ybxypj@example.gov.cn"),
    D("2024年度", "2024"),                          # 附件 file name: its date and place are annotated (set 4 call 19)
    R("天津市", TJ),                                # …天津市定点医疗机构…汇总表.xlsx: a topic in a file name
    R("天津市", TJ, in_org=True),                   # signature 天津市医疗保障局
    D("2025年2月20日", "2025-02-20"),
]
