from gold_lib import *

CD, HN, WL = "430700", "430000", "430702"           # 常德市, 湖南省, 武陵区
SPEC = [
    R("常德市", CD, in_org=True),                   # site title 常德市医疗保障局
    D("2025年5月6日", "2025-05-06"),               # header date line (call 1); 农历四月初九 lunar, nothing (call 4)
    # 设为首页 | 加入收藏 | 手机版; breadcrumb text: nothing
    D("2025-01-15", "2025-01-15"),                  # 发布时间 …08:50:22: time nothing; 浏览次数:4721 a counter; 字号 大 中 小
    D("1972年8月", "1972-08"),                      # 1972年8月生: a birth month (生 is no qualifier)
    R("湖南桃源", "430725"),                        # 湖南桃源人: a chain, the county 桃源县
    PH("0736-7255001"),
    D("1978年11月", "1978-11"),                     # 副局长:龙海燕: a person, not 龙海 (福建); 土家族 nothing
    R("湖南石门", "430726"),                        # 石门县
    PH("0736-7255002"),
    # 市医疗保障事务中心: 市 alone, no place
    R("常德市", CD, in_org=True),                   # 常德市医疗保障局为市人民政府工作部门; 正处级 a rank
    D("2019年1月", "2019-01"),
    C("28名", 28, "person"),                        # 行政编制28名
    C("6个", 6, "item"),
    C("2家", 2, "institution"),
    C("1863家", 1863, "institution"),
    C("2410家", 2410, "institution"),
    D("2024年", "2024"),
    C("523.7万人", 5237000, "person"),
    M("约86.4亿元", 8640000000, qualifier="approx"),
    P("72.3%", 0.723),
    # 1. … 6.: list numbers of the 内设机构
    PH("0736-7255010"),
    PH("0736-7255020"),
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 not a qualifier
    PH("0736-7255030"),
    C("333种", 333, "kind"),
    PH("7255040", inferred_code="0736"),            # a local 7-digit number completed from the article's region (常德)
    M("最高20万元", 200000, qualifier="max"),
    PH("0736-7255050"),
    PH("12345"),
    PH("0736-7255060"),
    R("常德市", CD, in_org=True),                   # 常德市医疗保障事务中心
    PH("0736-7255100"),
    R("常德市", CD, in_org=True),                   # 常德市医疗保障信息中心
    # 各区县(市)医疗保障局: a list of coordinated bureaus …医疗保障局: all in_org (earlier sets' coordinated addressees)
    R("武陵区", WL, in_org=True),
    R("鼎城区", "430703", in_org=True),
    R("津市市", "430781", in_org=True),
    R("安乡县", "430721", in_org=True),
    R("汉寿县", "430722", in_org=True),
    R("澧县", "430723", in_org=True),
    R("临澧县", "430724", in_org=True),
    R("桃源县", "430725", in_org=True),
    R("石门县", "430726", in_org=True),
    R("常德市武陵区", WL),                          # 办公地址 chain; 朗州路1号, B座6楼 nothing
    # 邮编:415000 a postcode; 周一至周五 8:00-12:00 14:30-17:30 weekdays and times, nothing
    # 打印本页 | 关闭窗口
    R("湖南省", HN, in_org=True),                   # 相关链接
    R("常德市", CD, in_org=True),                   # 常德市人民政府
    R("湖南", HN, in_org=True),                     # 湖南政务服务网: a site's name; 国家医保服务平台: no place
    R("常德市", CD, in_org=True),                   # 主办
    R("常德市武陵区", WL),
    PH("0736-7255000"),
    E("cdybj@example.gov.cn"),
    # 湘ICP备17003456号-3, 湘公网安备 43070202000231号, 网站标识码:4307000045: registration numbers (call 1)
    R("常德", CD, in_org=True),                     # 技术支持:常德智联信息科技有限公司
    PH("400-188-0736"),                             # toll_free; its last group 0736 is no area code
    # 本站总访问量:2069871: a counter
]
