from gold_lib import *

ZK = "411600"                                        # 周口市
SPEC = [
    R("周口市", ZK),                                 # 周口市医疗救助实施办法(节选): a heading, not in 《》: a place before a topic
    # 周政办〔2024〕15号: a document number; 第三章, 第八条: section numbers
    C("三类", 3, "kind"),                            # 分为三类
    # (一)(二)(三), 第一类/第二类/第三类: list numbers and ordinals
    # 第四章, 第十二条
    # 第一类对象: 不设起付线 (no number)
    P("100%", 1),
    M("8万元", 80000),                               # 年度救助限额8万元: 限额 is not 上限, off the list (call 2)
    M("300元", 300),                                 # 起付线300元
    P("75%", 0.75),
    M("6万元", 60000),
    # 上年度: a relative year, no number
    P("10%左右", 0.1, qualifier="approx"),
    P("60%", 0.6),
    M("4万元", 40000),
    P("25%左右", 0.25, qualifier="approx"),
    P("50%", 0.5),
    M("3万元", 30000),
    # 第十三条; 第二类对象: ordinal
    P("70%", 0.7),
    M("5000元", 5000),                               # 年度限额5000元
    # 第十四条
    M("超过2万元", 20000, qualifier="min"),          # 累计超过2万元的部分: 超过 is on the shared list
    # 第一类、第二类: ordinals
    P("50%", 0.5),
    M("不超过10万元", 100000, qualifier="max"),      # 年度累计不超过10万元: 累计 is a verb-like word outside
    # 第十五条
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    P("5个百分点", 0.05, points=True),
    P("不超过90%", 0.9, qualifier="max"),            # 最高不超过90%: one qualifier, the one touching (call 3)
    # 第十六条
    R("周口市", ZK),                                 # 在周口市域外就医: the city (市域 = the city's territory), plain
    P("10个百分点", 0.1, points=True),
    P("20个百分点", 0.2, points=True),
    # 第五章, 第二十八条
    D("2024年7月1日起", "2024-07-01", qualifier="from"),
    T("5年", 5, "year"),                             # 有效期5年
    R("周口市", ZK, in_title=True),                  # 《周口市城乡医疗救助办法》
    # 周政办〔2019〕32号: a document number
    D("2023年", "2023"),
    C("46.3万人次", 463000, "person"),
    M("2.87亿元", 287000000),
    C("12.6万人次", 126000, "person"),
    # 市医保局: no place
    PH("0394-8235076"),
]
