from gold_lib import *

WH, HB = "420100", "420000"                         # 武汉市, 湖北省
SPEC = [
    # 关注者 2,316 / 被浏览 1,482,905: counters without a unit: nothing
    R("武汉", WH),                                  # 武汉某三甲医院: an anonymised body (set 5 call 2), 三甲 a hospital grade
    # 谢邀; 一个例子: lone 一
    R("武汉", WH),                                  # 以武汉为例
    D("2022年12月以前", "2022-12", qualifier="until"),
    # 两部分: 部分 is no classifier
    P("2%", 0.02),
    P("30%左右", 0.3, qualifier="approx"),
    P("2%", 0.02),
    M("6000元", 6000),                              # 月工资6000元: 月 is part of the noun (no period)
    M("约180元", 180, qualifier="approx"),          # 每月划入约180元: 划入 between 每月 and the amount
    M("120元", 120),                                # 每月只有120元: 只有 between
    M("720元左右", 720, qualifier="approx"),        # 一年少了…: 一年 is a lone 一
    # 上一年度: no date; 全市: no place; 金平 in 基本养老金平均 (金平区/金平县's short name): part of other words
    P("2%", 0.02),
    D("2025年", "2025"),
    M("每月93元", 93, period="month"),              # 标准是每月93元
    R("武汉", WH),                                  # 武汉的政策: plain
    # 一级及以下/二级/三级医疗机构: hospital levels
    P("60%", 0.6),
    P("55%", 0.55),
    P("50%", 0.5),
    P("10个百分点", 0.1, points=True),
    M("700元", 700),                                # 一个自然年度内700元: lone 一
    M("3000元", 3000),
    M("4000元", 4000),
    T("1年", 1, "year"),                            # 每满1年
    M("100元", 100),
    M("1000元", 1000),                              # 最高增加到1000元: 增加到 between
    C("3次", 3, "time"),                            # 一年看病3次: 一年 lone 一
    M("500元", 500),                                # 每次门诊费用500元: 门诊费用 between 每次 and the amount (no period)
    M("1500元", 1500),
    M("700元", 700),
    M("800元", 800),
    P("55%", 0.55),                                 # 二级医院: a level
    M("440元", 440),
    M("超过700元", 700, qualifier="min"),           # 一年门诊花费超过700元: 超过 touches (on the list)
    D("2025年度", "2025"),
    M("380元", 380),
    T("3分钟", 3, "minute"),
    # 1. 2. 3. (list numbers, with a space); 几十块 (no number); 一半以上 (一半 is no percent form, set 9 call 6)
    R("武汉市", WH),                                # 武汉市内: a place (内 outside)
    C("约2800家", 2800, "institution", qualifier="approx"),   # 任何一家: lone 一
    R("武汉", WH),                                  # 武汉的以…为准
    R("武汉", WH, in_org=True),                     # “武汉医保”公众号
    PH("12393"),
    R("湖北省", HB),                                # 湖北省内其他市州 (内 outside); 市州: no place
    # 比如 (the short name of 西藏's 比如县) is the word "for example" here: no place
    R("宜昌", "420500"),
    R("襄阳", "420600"),
    M("500-800元", (500, 800)),
    R("武汉市", WH, in_org=True),                  # 武汉市医疗保障局官网
    U("https://ybj.example.gov.cn/zcjd/2023-01/t20230105.html"),   # the digits inside the URL are nothing
    D("2025-09-18", "2025-09-18"),                  # 编辑于 …; 21:06 a time of day
    R("湖北", HB),                                  # IP 属地湖北: a location tag, plain (sets 24, 26)
    # 赞同 3.6万: a counter, no classifier
    C("1,024条", 1024, "item"),                     # 1,024条评论: a number and a classifier that touch
    # 收藏 8,877: a counter
]
