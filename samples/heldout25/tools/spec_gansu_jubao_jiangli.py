from gold_lib import *

GS, LZ, CG = "620000", "620100", "620102"          # 甘肃省, 兰州市, 城关区
TS, BY, WW = "620500", "620400", "620600"          # 天水市, 白银市, 武威市
SPEC = [
    R("甘肃省", GS, in_org=True),                  # title: 甘肃省医疗保障局
    D("2025-01-15", "2025-01-15"),                 # 发布日期; 浏览次数:2863: a counter, no unit
    # 《医疗保障基金使用监督管理条例》: no place
    R("甘肃省", GS, in_title=True),                # 《甘肃省…实施细则》: rules, a topic (no org)
    # 一、…五、, (一)…(五): list numbers
    P("2%", 0.02),                                 # 2%–5% (en dash): every % is its own mention
    P("5%", 0.05),
    P("2%", 0.02),
    P("5%", 0.05),                                 # 可提高至5%
    M("最高20万元", 200000, qualifier="max"),
    M("最低200元", 200, qualifier="min"),
    M("200元", 200),                               # 200元至2000元: two units, two amounts
    M("2000元", 2000),
    P("10%", 0.1),                                 # 奖励比例上浮10%: 上浮 is a verb, not on the shared list
    M("不超过20万元", 200000, qualifier="max"),
    T("10个工作日", 10, "workday"),                # 之日起10个工作日内; 一次性: lone 一
    PH("12393"),                                   # 全国医保服务热线 (全国: no place)
    R("甘肃省", GS, in_org=True),
    PH("0931-88695120"),
    # 国家医保服务平台: no place
    R("甘肃省", GS, in_org=True),                  # 甘肃省医疗保障局门户网站
    U("https://ybj.gansu.example.gov.cn"),         # gansu inside the URL: nothing
    E("gsybjb@example.com"),
    R("甘肃省兰州市城关区", CG),                   # address chain, plain; 雁滩路3368号: road and house number
    R("甘肃省", GS, in_org=True),                  # 甘肃省医疗保障局基金监管处
    # (邮编:730010): a postcode
    # 受理时间 工作日上午8:30-12:00,下午14:30-18:00: times; 工作日 without a number: nothing
    T("15个工作日", 15, "workday"),                # 15个工作日内: 内 outside
    T("60日", 60, "day"),
    T("90日", 90, "day"),                          # 可延长至90日: 延长 is a verb (no place)
    T("3个月", 3, "month"),
    D("2024年", "2024"),
    # 全省: no place
    C("1286条", 1286, "item"),
    C("412条", 412, "item"),
    M("86.4万元", 864000),
    M("最高12.6万元", 126000, qualifier="max"),    # 单笔奖励最高12.6万元: 最高 touches
    R("兰州", LZ), R("天水", TS), R("白银", BY), R("武威", WW),
    C("4个", 4, "item"),                           # 等4个市(州)
    D("2025年2月1日起", "2025-02-01", qualifier="from"),
    T("5年", 5, "year"),                           # 有效期5年
    R("甘肃省", GS, in_org=True),                  # signature
    D("2025年1月15日", "2025-01-15"),
]
