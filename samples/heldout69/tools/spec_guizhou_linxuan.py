from gold_lib import *

GZ, GY, ZY, AS = "520000", "520100", "520300", "520400"   # 贵州省, 贵阳市, 遵义市, 安顺市
SPEC = [
    R("贵州省", GZ, in_org=True),                   # <h1> 贵州省医疗保障局2025年公开遴选…公告
    D("2025年", "2025"),
    D("2025-09-15", "2025-09-15"),                  # 发布时间 (main article: plain); 16:30 a time
    R("贵州省", GZ, in_org=True),                   # 来源:贵州省医疗保障局; 阅读次数:<em>5872</em>: a counter
    R("贵州省", GZ, in_org=True),                   # 经研究,贵州省医疗保障局决定; 面向全省: no place
    C("8名", 8, "person"),                          # <strong>8名</strong>
    R("贵州省", GZ, in_org=True),                   # 贵州省医疗保障服务中心
    C("5名", 5, "person"),
    R("贵州省", GZ, in_org=True),                   # 贵州省医疗保障信息中心
    C("3名", 3, "person"),
    # 一、…五、, (一)…(四), 1.…4.: list numbers
    R("贵阳市", GY),                                # 贵阳市、遵义市、安顺市及各县(市、区)事业单位在编在岗工作人员:
    R("遵义市", ZY),                                # places before a kind of body (事业单位), no proper name
    R("安顺市", AS),
    T("40周岁以下", 40, "year", age=True, qualifier="max"),   # <span>40周岁以下</span>
    D("1984年9月15日以后", "1984-09-15", qualifier="from"),  # 以后 outside the <span> but touching in the visible text
    T("45周岁", 45, "year", age=True),              # 放宽到45周岁
    T("3年以上", 3, "year", qualifier="min"),       # <b>3年以上</b>
    D("2025年8月31日", "2025-08-31"),               # 截至2025年8月31日: 截至 before the date
    T("3年", 3, "year"),                            # 过去3年 (a draft had 近3年; rewritten as sets 18 and 33)
    C("1次", 1, "time"),                            # 至少有1次: 有 stands between 至少 and the count, no qualifier
    # 我省: no place
    T("5年", 5, "year"),                            # 服务未满<em>5</em>年 (满: no qualifier)
    DR("2025年9月22日至2025年9月28日", "2025-09-22", "2025-09-28"),   # two <span>s, 至 between: one range
    E("gzybj_lx@guizhou-yb.example.cn"),
    # 满分<b>100</b>分: a score; 1:3 a ratio; 平和 in 理论水平和综合: no place
    C("3人", 3, "person"),                          # 不足3人: 不足 is not on the qualifier list
    T("15分钟以内", 15, "minute", qualifier="max"),
    P("50%", 0.5),
    P("50%", 0.5),
    R("贵州省", GZ, in_org=True),                   # 贵州省医疗保障局网站
    T("5个工作日", 5, "workday"),
    R("贵州省", GZ),                                # 按贵州省机关事业单位工资政策: a place before a policy, no body
    M("每月不低于3,600元", 3600, period="month", qualifier="min"),   # 每月不低于<span>3,600元</span>
    # 省级人才公寓: no place
    M("600元", 600),                                # 每月租金<em>600</em>元: 租金 between 每月 and the amount, no period
    PH("(0851)85812536"),                           # parentheses belong to the number (set 1 call 16)
    PH("85812539", inferred_code="0851"),           # a second local 8-digit number after &nbsp;&nbsp;: completed from the page's region
    U("https://ylbzj.guizhou.example.gov.cn/zwgk/rsxx/202509/t20250915_1234.html"),   # the href is no text; the link text is
    R("贵州省", GZ, in_org=True),                   # signature
    D("2025年9月15日", "2025-09-15"),
]
