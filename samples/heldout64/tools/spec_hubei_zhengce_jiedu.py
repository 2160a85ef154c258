from gold_lib import *

HB, WH = "420000", "420100"                         # 湖北省, 武汉市
SPEC = [
    # <nav> menu and div.breadcrumb are not visible text (make_samples.VisibleText skips them): no gold
    R("湖北省", HB, in_org=True),                   # top bar: 湖北省医疗保障局 主办
    D("2025年6月20日", "2025-06-20"),              # 今天是: the page's date line (call 1)
    # 字号 大 中 小: nothing
    R("湖北省", HB, in_title=True),                 # 《湖北省职工基本医疗保险门诊共济保障实施办法》: a regulation's title (no body): in_title only
    D("2025-06-20", "2025-06-20"),                  # 发布时间 …10:05:33: the time is nothing; 浏览次数:12406 a counter
    D("6月18日", "--06-18"),
    # 省医疗保障局: 省 alone, no place
    R("湖北省", HB, in_title=True),
    # 鄂医保发〔2025〕15号: a document number
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    # 图1 (caption label): nothing
    D("2021年", "2021"),                            # timeline 2021年试点—2023年全省推开—2025年7月1日: three dates,
    D("2023年", "2023"),                            # not a range: the dash does not stand between two dates (call 3)
    D("2025年7月1日", "2025-07-01"),
    P("2%", 0.02),
    D("2024年", "2024"),
    P("2.5%", 0.025),                              # 养老金平均: 金平 straddles two words (not 汕头 金平区)
    M("每月约95元", 95, period="month", qualifier="approx"),   # period and qualifier together (heldout call 3)
    P("2%", 0.02),                                  # caption 图2: 在职2%
    M("每月95元", 95, period="month"),
    M("每年600元", 600, period="year"),
    # 一级及以下医疗机构: a level, nothing
    P("60%", 0.6),
    P("70%", 0.7),
    P("50%", 0.5),
    M("4000元", 4000),
    M("5000元", 5000),
    P("约25%", 0.25, qualifier="approx"),
    P("60%", 0.6),                                  # caption 图3: 一级60% 二级70% 三级50% (一级 a level)
    P("70%", 0.7),
    P("50%", 0.5),
    P("5个百分点", 0.05, points=True),
    C("236万人", 2360000, "person"),
    M("3.6亿元", 360000000),
    R("武汉", WH),
    R("宜昌", "420500"),
    R("襄阳", "420600"),
    C("17个", 17, "item"),                          # 17个市州
    R("神农架林区", "429021"),
    R("武汉市江汉区", "420103"),
    R("十堰市竹山县", "420323"),
    C("1000余家", 1000, "institution", qualifier="min"),   # 余 between number and classifier: more than
    # 图4; “鄂汇办”APP: 鄂 one-character abbreviation
    PH("12393"),
    # 省医疗保障局待遇保障处: no place
    PH("027-87271234"),
    U("https://ybj.hubei.example.gov.cn/zcjd/20250620/"),   # hubei and the digits inside the URL: nothing
    # 相关链接: 国家医疗保障局 (no place)
    R("湖北省", HB, in_org=True),                   # 湖北省人民政府
    R("武汉市", WH, in_org=True),
    R("宜昌市", "420500", in_org=True),
    R("湖北", HB, in_org=True),                     # 湖北政务服务网: a site's name
    R("湖北省", HB, in_org=True),                   # 主办单位
    R("湖北省武汉市武昌区", "420106"),              # address chain; 中北路158号 nothing
    # 邮政编码:430071: a postcode
    PH("027-87279000"),
    # 鄂ICP备19001234号-2, 鄂公网安备 42010602000567号, 网站标识码:4200000123: registration numbers (call 1)
    R("湖北", HB, in_org=True),                     # 技术支持:湖北楚天数联科技有限公司
    PH("400-027-8899"),                             # toll_free; its 027 group is no area code (call 1)
]
