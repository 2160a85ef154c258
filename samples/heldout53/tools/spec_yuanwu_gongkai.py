from gold_lib import *

CS, HN = "430100", "430000"                         # 长沙市, 湖南省


def F(num):
    return PH(num, city="长沙市")                   # 0731 is shared: the notices are 长沙's (set 1 call 5)


DOCS = {
    "heldout53-yw-1": [
        D("2025-06-03", "2025-06-03"),              # 发布日期; 点击:1208 a counter
        R("湖南省", HN, in_org=True),               # 湖南省医疗保障局
        R("湖南省", HN, in_org=True),               # 湖南省卫生健康委员会 (the 《…》 title has no place);
                                                    # 湘医保发〔2025〕21号: a document number
        D("2025年7月1日起", "2025-07-01", qualifier="from"),
        C("23项", 23, "item"), C("9项", 9, "item"), C("14项", 14, "item"),
        M("10元/次", 10, period="time"), M("12元/次", 12, period="time"),
        M("8元/次", 8, period="time"),
        # (第二组起): an ordinal; 每组3元: 每 + a classifier is no period
        M("3元", 3),
        P("100%", 1),
        P("15%", 0.15), P("10%", 0.1),              # 由15%调整为10%
        M("约120万元", 1200000, qualifier="approx"),
        P("不超过0.5%", 0.005, qualifier="max"),
        DR("2025年6月3日至6月9日", "2025-06-03", "2025-06-09"),
        T("5个工作日", 5, "workday"),
        F("0731-88618068"),
        E("wjk@xiangyue-hospital.example.cn"),
        R("长沙", CS, in_org=True),                 # signature: 长沙湘岳医院
        D("2025年6月3日", "2025-06-03"),
    ],
    "heldout53-yw-2": [
        R("长沙", CS, in_org=True),                 # 长沙湘岳医院2025年上半年…
        D("2025年", "2025"),                        # 2025年上半年: 上半年 is not a qualifier word
        D("2025-07-15", "2025-07-15"),
        DR("2025年1-6月", "2025-01", "2025-06"),
        C("2.36万人次", 23600, "person"),
        C("9812人次", 9812, "person"),
        C("1.38万人次", 13800, "person"),
        C("3127人次", 3127, "person"),
        R("江西萍乡", "360300"),                    # chains: province + city / county
        R("湖北通城", "421222"),
        R("广东深圳", "440300"),
        M("4.86亿元", 486000000),
        P("6.2%", 0.062),
        M("11260元", 11260),
        P("3.5个百分点", 0.035, points=True),
        T("7.8天", 7.8, "day"),                     # 平均住院日7.8天
        C("2个", 2, "item"),
        D("2025年6月30日前", "2025-06-30", qualifier="until"),
        M("18.6万元", 186000),
        # 下半年: no number
        T("超过30天", 30, "day", qualifier="min"),
        T("3个月", 3, "month"),                     # 为期3个月: 为期 is a verb, no qualifier
        F("0731-84521760"),
        R("湖南省", HN),                            # 湖南省医保基金监管举报电话: a hotline is a programme, not an office (set 28 call 8)
        F("0731-89996120"),
    ],
    "heldout53-yw-3": [
        D("2025年度", "2025"),                      # title 关于2025年度职工健康体检的通知
        D("2025-08-20", "2025-08-20"),
        D("2025年度", "2025"),
        DR("2025年9月8日至9月26日", "2025-09-08", "2025-09-26"),   # <strong>…</strong>
        # 门诊6楼: a floor number
        C("60人", 60, "person"),                    # 每日限<b>60</b>人: a count takes no period
        C("2870名", 2870, "person"),
        T("40周岁以上", 40, "year", age=True, qualifier="min"),
        C("2项", 2, "item"),
        M("800元", 800),                            # 每人800元: 每人 is no period
        T("40周岁以上", 40, "year", age=True, qualifier="min"),
        M("1200元", 1200),
        T("3天", 3, "day"),                         # 体检前3天: 前 before the number is no qualifier
        T("8小时以上", 8, "hour", qualifier="min"),
        F("0731-88618450"),
        PH("139 7316 2588"),                        # <span>139 7316 2588</span>
        # 内部测试:0731-88610000 is in a <p style="display:none">: not page text (call 6), no phone
    ],
}
