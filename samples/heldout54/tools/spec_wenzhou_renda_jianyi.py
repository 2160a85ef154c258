from gold_lib import *

WZ = "330300"                                       # 温州市
SPEC = [
    # 当前位置:首页 > 议案建议 > 代表建议: breadcrumb, no mention
    R("温州市", WZ),                                # heading 关于提高温州市职工医保…的建议: a place before a programme, no 《》: plain
    # 建议号 第0217号: the suggestion's number (call 1)
    R("温州市", WZ, in_org=True),                   # 温州市第十四届人民代表大会; 第十四届, 第四次: ordinals
    # 林海燕: the lead deputy
    R("瑞安市", "330381", in_org=True),             # 瑞安市代表团: a delegation, a body (call 3)
    # 郑志强、陈晓东、黄丽君: people
    C("3人", 3, "person"),
    D("2025-02-18", "2025-02-18"),
    R("温州市", WZ, in_org=True),                   # 温州市医疗保障局(主办)
    R("温州市", WZ, in_org=True),                   # 温州市财政局(协办)
    T("3个月", 3, "month"),                         # 办理时限
    D("2025-05-16", "2025-05-16"),
    # 已答复(B类): no number
    # 我市: no place
    C("约为412万人", 4120000, "person", qualifier="approx"),
    M("超过37亿元", 3700000000, qualifier="min"),
    M("每年420元", 420, period="year"),             # 每人每年420元
    # 每年可代缴一次: lone 一
    R("鹿城区", "330302"),
    R("龙湾区", "330303"),
    R("瓯海区", "330304"),
    R("乐清市", "330382"),
    R("苍南县", "330327"),
    R("龙港市", "330383"),
    # 全部县(市、区): no place
    R("杭州市", "330100"),                          # 参考杭州市做法: plain
    P("2%", 0.02),
    M("每月120元", 120, period="month"),            # 每月<strong>120</strong>元
    # 市医保局: no place
    D("2025年7月起", "2025-07", qualifier="from"),  # <span>2025年7月起</span>
    D("5月底", "--05", qualifier="approx"),
    C("18.3万人", 183000, "person"),
    M("1.26亿元", 126000000),
    P("4.5%", 0.045),
    # 市人大常委会代表工作委员会: 市 alone; 孙立: a person
    PH("0577-88962315"),
    U("http://rd.wenzhou.example.gov.cn/yajy/2025/0217.html"),  # the numbers inside it are nothing
    # 浏览次数:1532: a bare number
]
