from gold_lib import *

SPEC = [
    # headline: 第十批 is an ordinal (no count); 集采 … 落地: nothing
    P("53%", 0.53),                                 # 平均降价53%: 降价 outside
    D("2025-02-08", "2025-02-08"),                  # the article's own date line (set 1 call 8); 09:15 a time
    # 中国医疗保障新闻网: 中国 is no gazetteer unit; 本网记者 李某, 王某: people
    # 国家医疗保障局: no place; 第十批: ordinal
    D("2025年2月起", "2025-02", qualifier="from"),
    C("31个", 31, "item"),                          # 31个省份: 省份 is no classifier, 个 is
    R("新疆", "650000", in_org=True),               # 新疆生产建设兵团 (set 2 call 12)
    C("62个", 62, "item"),
    C("18个", 18, "item"),
    C("234家", 234, "institution"),
    C("385个", 385, "item"),
    P("53%", 0.53),
    M("约182亿元", 18200000000, qualifier="approx"),   # 每年可节约药品费用约182亿元: 每年 does not touch
    R("上海市", "310000", in_org=True),             # 上海市医药集中招标采购事务管理所
    # (5mg×28片), (0.25g×24片), (0.5mg×7片), (100mg/瓶): pack specifications of a product (a strength in
    # mg/g, then 片 per box); product numbers, not counts and not quantities of anything bought (new call 1)
    M("约为18.6元", 18.6, qualifier="approx"),      # 平均每盒价格约为18.6元: 约为 is on the shared list
    M("1.12元", 1.12),                              # 每盒1.12元: 每 + a classifier is no period (set 3 call 4)
    M("0.04元", 0.04),                              # 0.04元/片: /片 a classifier, no period word (set 6 call 1)
    M("32.8元", 32.8),                              # 从每盒32.8元降至5.36元: two amounts, no range
    M("5.36元", 5.36),
    M("26.4元", 26.4),
    M("3.9元", 3.9),
    P("超过85%", 0.85, qualifier="min"),
    M("698元", 698),                                # 每瓶698元 (瓶: 每 + a container word, no period)
    P("约七成", 0.7, qualifier="approx"),           # 下降约七成
    C("8家以上", 8, "institution", qualifier="min"),
    C("12家", 12, "institution"),                   # 最多的达到12家: 最多 does not touch
    T("3年", 3, "year"),                            # 采购周期为3年; 首年: no number
    P("70%", 0.7),                                  # 70%至80%: every % is its own mention
    P("80%", 0.8),
    R("江苏", "320000"),
    R("浙江", "330000"),
    R("安徽", "340000"),
    R("山东", "370000"),
    R("河南", "410000"),                            # 等省份: no count
    D("1月底", "--01", qualifier="approx"),
    R("广东省", "440000", in_org=True),             # 广东省医疗保障局
    D("2025年2月28日前", "2025-02-28", qualifier="until"),
    # 2倍以上: a multiple (set 4 call 3), no mention
    R("江苏省南京市", "320100"),                    # a chain; 在…等地, 医保部门: the places are no part of an office's name
    R("山东省济南市", "370100"),
    P("50%", 0.5),
    R("四川省", "510000"),
    R("重庆市", "500000"),                          # a municipality: province level
    # 川渝: one-character abbreviations (set 4 call 13); 两地: no classifier
    # 附: table header (单位:元/盒): the cells 15.20 0.86 … have no unit of their own (set 3 call 5, set 4 call 18);
    # 20mg×7片, 0.5g×30片, 0.5g×10片: pack specifications (new call 1); 原平均价 (原平 is 山西's 原平市): no place
    D("2024年底", "2024", qualifier="approx"),
    C("10批", 10, "batch"),
    C("435种", 435, "kind"),
    P("超过50%", 0.5, qualifier="min"),
    D("2025年4月1日起", "2025-04-01", qualifier="from"),   # 自 outside
    D("2025年6月底前", "2025-06", qualifier="until"),      # 底前 (set 6 call 10)
    U("https://www.smpaa.example.cn/jcgs/"),
    PH("12393"),
]
