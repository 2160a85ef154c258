from gold_lib import *

# pages/sudi.jsonl (written by make_sudi_jsonl.py): one gold file per record id
DOCS = {
    "heldout73-sudi-1": [
        # title: 糖尿病门诊慢特病待遇…: no mention
        D("2025-04-08", "2025-04-08"),              # 发布时间; 10:30 a time
        # 《中华医院管理杂志》: 中华 no place; 第3期: an ordinal (an issue number)
        # 2025年第3期: a journal issue's number, the year part of it like a document number's
        # (guidelines, "Not entities"; corrected after the first run, see README.md)
        R("广东省", "440000", in_org=True),         # 广东省人民医院
        R("广州市", "440100"),                      # 基于广州市…医保结算数据: plain
        DR("2018—2023年", "2018", "2023"),
        # (n=28.7万): a sample size with 万 and no classifier, nothing (call 1)
        C("1.2万例", 12000, "case"),
        # 2型糖尿病: a type, nothing
        T("36个月", 36, "month"),                   # 随访36个月
        P("18.6%", 0.186),
        # (OR=0.79,95%CI:0.72~0.87,P<0.001): nothing (call 1)
        M("约2 360元", 2360, qualifier="approx"),   # 节约约2 360元: the second 约 touches it
        T("40岁", 40, "year", age=True),            # 年龄≥40岁 (call 3)
        T("1年以上", 1, "year", qualifier="min"),   # 病程1年以上
        # (8.4±5.1)年: mean ± SD, 年 after the bracket: nothing (call 4)
        P("7%", 0.07),                              # 糖化血红蛋白≥7%: a lab value in %, a percent (call 14)
        P("61.2%", 0.612),
        C("1次", 1, "time"),                        # 由每年1次: digit 1, not a lone 一; 每年 is no period of a count
        T("2年", 2, "year"),                        # 调整为每2年1次: the interval
        C("1次", 1, "time"),
        C("不少于1次", 1, "time", qualifier="min"), # 每季度不少于1次
        PH("020-87330216"),                         # 通讯作者:黄建华: a person's name (建华 is no place here)
    ],
    "heldout73-sudi-2": [
        D("2025-04-15", "2025-04-15"),              # 09:00 a time
        R("北京", "110000", in_org=True),           # 北京大学中国卫生发展研究中心
        # 《长期护理保险试点评估报告(2024)》: a year in brackets with no 年, nothing
        C("49个", 49, "item"),
        D("2024年底", "2024", qualifier="approx"),  # 截至 outside
        C("1.8亿人", 180000000, "person"),
        C("约235万人", 2350000, "person", qualifier="approx"),
        M("约650亿元", 65000000000, qualifier="approx"),
        R("山东省青岛市", "370200"),
        R("吉林省长春市", "220100"),
        C("12个", 12, "item"),
        M("60~120元", (60, 120)),                   # one unit: one range
        M("每日150元左右", 150, period="day", qualifier="approx"),
        # Barthel指数, 评分≤40分: a score, nothing
        C("3200名", 3200, "person"),
        T("2年", 2, "year"),                        # 为期2年
        # 11.4分: a score; (P=0.003): a p value: nothing
        DR("2026—2028年", "2026", "2028"),
        P("0.2%", 0.002),                           # 0.2%~0.4%: two % signs, two mentions
        P("0.4%", 0.004),
        M("每年不超过90元", 90, period="year", qualifier="max"),   # 每人每年不超过90元
        U("www.example.edu.cn/chdr/ltc2024"),
    ],
}
