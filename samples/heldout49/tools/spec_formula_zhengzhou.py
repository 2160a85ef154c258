from gold_lib import *

ZZ, JS = "410100", "410105"                       # 郑州市, 金水区
SPEC = [
    # 🤖 👉 📌 ✅ ❗: emoji bullets, nothing
    R("郑州", ZZ),                                  # 郑州居民医保: a programme
    R("郑州市", ZZ),                                # 郑州市城乡居民在市内三级医院: 市内 no place
    M("800元", 800),
    P("70%", 0.7),
    # [^1] [^2] [^3]: Markdown footnote marks (call 1)
    M("40万元左右", 400000, qualifier="approx"),    # 年度最高可报40万元左右: 可报 between 最高 and the amount
    # 📌 一、: section number
    # $$ \text{报销金额} = … \times \text{报销比例} $$: a LaTeX formula of words, nothing
    M("8000元", 8000),                              # 假设总费用8000元
    # $$ (8000 - 800) \times 70\% = 5040 $$: 8000, 800 and 5040 are bare operands/result (no unit); 8000 - 800 no range
    P("70\\%", 0.7),                                # LaTeX-escaped percent sign (call 9)
    # (8000 − 800) × : bare operands (U+2212 minus), no range (set 20 call 3)
    P("70%", 0.7),
    M("5040元", 5040),                              # = 5040元: a result with its unit
    # 8000 − 5040 = : bare operands
    M("2960元", 2960),
    C("两个", 2, "item"),                           # 再举两个例子
    # 例1 例2: labels (a number after 例, not before it): nothing
    T("72岁", 72, "year", age=True),
    R("金水区", JS),                                # 一家二级医院: lone 一, a hospital level
    M("12000元", 12000), M("1500元", 1500), M("500元", 500), P("75%", 0.75),
    # (12000 − 1500 − 500) ×: bare operands
    P("75%", 0.75),
    M("7500元", 7500),
    M("4500元", 4500),                              # 自付合计4500元: 合计 is no qualifier
    P("37.5%", 0.375),                              # 约占总费用的37.5%: 约 does not touch
    R("郑州", ZZ, in_org=True),                     # 郑州大学第一附属医院
    M("6.5万元", 65000), M("800元", 800), P("70%", 0.7), M("44940元", 44940),
    M("超过1.8万元", 18000, qualifier="min"),       # 对超过1.8万元的部分: 超过 touches (shared list)
    P("60%", 0.6),
    # 📌 三、; 几个: no number; 每次住院: 每次 before a verb, no amount
    # 同一年度: lone 一; 第二次: ordinal; 800 ÷ 2: bare operands (减半 is no percent)
    M("400元", 400),
    P("七折", 0.7),                                 # 不是对总费用打七折: a discount word, annotated although negated (call 10)
    M("3000元", 3000),                              # 每年最高报销3000元: 报销 between, so neither 每年 nor 最高 touches
    R("郑州市", ZZ, in_org=True),                   # 郑州市医疗保障局
    PH("0371-67178890"),
    # 8:30-12:00: times; ---: a Markdown rule
    R("郑州市", ZZ, in_title=True),                 # 《郑州市城乡居民基本医疗保险实施办法》
    # 郑政〔2023〕15号: a document number
    D("2024年1月1日起", "2024-01-01", qualifier="from"),
    # 上一年度, 全省: nothing
    P("50%左右", 0.5, qualifier="approx"),
    D("2025年", "2025"),
    M("1.8万元", 18000),
    C("42种", 42, "kind"),
    R("郑州", ZZ, in_org=True),                     # 郑州医保官网: a site's name
    U("http://ybj.zhengzhou.example.gov.cn/mtb/list.html"),
    D("2025年4月8日", "2025-04-08"),
    # 阅读量 1,862: a counter
    E("zz.ai-qa@example.cn"),
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 is not a qualifier
]
