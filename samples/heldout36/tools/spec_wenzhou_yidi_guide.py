from gold_lib import *

WZ = "330300"                                        # 温州市
SPEC = [
    # A Markdown export with a YAML front matter; the markup (---, #, >, **, |---|, :---:, *…*, [..](..)) is text, no mention
    R("温州市", WZ),                                 # title: 温州市跨省异地就医备案及结算指南: a place before a topic (no 《》 here)
    # (2025版): a bare year without 年 (set 7), nothing
    R("温州市", WZ, in_org=True),                    # author: 温州市医疗保障局
    D("2025-07-01", "2025-07-01"),                   # date: 2025-07-01
    R("温州市", WZ),                                 # # heading
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    R("温州市", WZ, in_title=True),                  # 《温州市异地就医管理经办规程(2022年版)》
    D("2022年", "2022"),                             # 2022年版: the year (版 outside)
    # ## 一、: a list number
    T("6个月", 6, "month"),                          # 居住满6个月 (满 outside)
    T("6个月以上", 6, "month", qualifier="min"),     # 变更须间隔6个月以上
    T("6个月", 6, "month"),                          # 临时外出就医 | 6个月 (the validity)
    P("10个百分点", 0.1, points=True),               # 下降10个百分点: 下降 is a verb outside
    P("10个百分点", 0.1, points=True),
    P("20个百分点", 0.2, points=True),
    P("20个百分点", 0.2, points=True),
    # 三级 / 二级 / 一级及以下: hospital grades
    M("800元", 800),
    P("10%", 0.1),
    M("500元", 500),
    P("5%", 0.05),
    M("300元", 300),                                 # | 300元 | 0 |: the bare 0 has no unit, nothing
    R("上海", "310000"),                             # *注:…在上海、杭州等长三角地区就医: 长三角 is no place
    R("杭州", "330100"),
    # 1. 2. 3.: list numbers
    U("https://www.example.gov.cn/zlb/yidi"),        # [浙里办](…): the URL inside the Markdown link
    T("约5分钟", 5, "minute", qualifier="approx"),
    R("鹿城区", "330302"),                           # (鹿城区、瑞安市、乐清市等各县市区均可办理): places, no office word
    R("瑞安市", "330381"),
    R("乐清市", "330382"),
    R("温州", WZ),                                   # 温州医保咨询电话: a place before a programme's phone (guidelines: 南县新农合医保电话)
    PH("0577-88960000"),
    PH("12345"),
    # Q: / A:, 备案当日起: no date (当日 is no date)
    T("3个月", 3, "month"),                          # 出院后3个月内
    D("2024年", "2024"),                             # 2024年全市…: 全市 is no place
    C("1.2万人次", 12000, "person"),
    M("约3600万元", 36000000, qualifier="approx"),
    D("2025年7月1日", "2025-07-01"),                 # *最后更新:2025年7月1日 · 阅读 4,812*: the reading counter is a bare number
]
