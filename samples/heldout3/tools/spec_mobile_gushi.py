from gold_lib import *

GS, XY, HN = "411525", "411500", "410000"           # 固始县, 信阳市, 河南省
SPEC = [
    # <head> (viewport/PubDate <meta>, <title>, <style>, <script>), <header class="m-top">, div.breadcrumb
    # and <footer class="m-footer"> (主办, 地址 固始县蓼城大道1号, 邮编 465200, 电话 0376-4962001, 豫ICP备…,
    # 公网安备, 网站标识码) are not visible text under the set's normalisation: no gold.
    R("固始县", GS),                                # h1: a topic
    D("2025年度", "2025"),
    D("2024-09-03", "2024-09-03"),                  # m-info: date (08:46 a time), plain
    R("固始县", GS, in_org=True),                   # 来源:固始县医疗保障局; 阅读:3586 a counter
    R("固始县", GS, in_org=True),                   # 固始县医疗保障局
    R("固始县", GS, in_org=True),                   # 国家税务总局固始县税务局
    D("2025年度", "2025"),                          # <span style>2025年度</span>
    D("2024年度", "2024"),
    P("96.8%", 0.968),                              # <span>96.8</span><span>%</span>: split runs
    C("152.3万人", 1523000, "person"),              # <span>152.3</span>万人
    # 一、… 六、: list numbers
    DR("2024年9月1日至2024年12月31日", "2024-09-01", "2024-12-31"),   # two <span>s around 至
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年<span>400</span><span>元</span>
    M("每年不低于700元", 700, period="year", qualifier="min"),
    # table 缴费标准: the year cells are dates; the amounts (320, 580 …) have their unit only in the
    # header (元/人), which does not touch them: no money
    D("2021年度", "2021"), D("2022年度", "2022"), D("2023年度", "2023"),
    D("2024年度", "2024"), D("2025年度", "2025"),
    M("200元", 200),                                # 按每人<span>200</span>元: 每人 is no period word
    P("50%", 0.5),                                  # <span>50</span>%
    T("3个月", 3, "month"),                         # <span>3</span>个月
    T("1年以上", 1, "year", qualifier="min"),       # digit 1, not a lone 一
    T("1年", 1, "year"),
    T("3个月", 3, "month"),
    T("1个月", 1, "month"),
    T("4年", 4, "year"),                            # 满<span>4</span>年 (满 is no qualifier)
    T("1年", 1, "year"),                            # 每连续参保<span>1</span>年
    M("不低于1000元", 1000, qualifier="min"),
    # 1. 2. 3. 4.: list numbers (after <br>)
    R("河南", HN, in_org=True),                     # "河南税务"微信公众号
    R("河南", HN, in_org=True),                     # "河南税务"APP; "豫事办": 豫 is a one-character abbreviation
    R("固始县", GS, in_org=True),                   # 中国农业银行固始县支行
    R("固始县", GS, in_org=True),                   # 固始县农村商业银行
    PH("0376-4981235"),
    PH("0376-4926617"),
    PH("4987062", inferred_code="0376"),            # a local 7-digit number: the article's region is 固始县 (信阳)
    PH("12345"),
    R("固始县", GS, in_org=True),                   # signature
    D("2024年9月2日", "2024-09-02"),
    # 分享到, then the 相关推荐 heading (main); three related items
    Article("related-01"),
    R("固始县", GS),                                # 固始县开展…活动: the county as the actor, no organisation name
    D("4月份以来", "--04", qualifier="from"),
    C("316家", 316, "institution"),
    C("2.1万份", 21000, "piece"),                   # <span>2.1</span>万份
    M("86.4万元", 864000),
    D("2024-04-28", "2024-04-28", role="pubdate"),
    Article("related-02"),
    R("信阳市", XY),                                # 一级医院: a grade
    P("80%", 0.8),
    D("2024年3月1日起", "2024-03-01", qualifier="from"),
    R("信阳市", XY),
    P("80%", 0.8),
    M("最高4000元", 4000, qualifier="max"),
    D("2024-03-15", "2024-03-15", role="pubdate"),
    Article("related-03"),
    D("2024年", "2024"),
    R("固始县", GS),                                # 参保人数突破150万: no unit, nothing
    D("2023年12月31日", "2023-12-31"),              # 截至…
    C("150.6万人", 1506000, "person"),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    C("27.4万名", 274000, "person"),
    D("2024-01-08", "2024-01-08", role="pubdate"),
]
