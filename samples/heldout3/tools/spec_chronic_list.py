from gold_lib import *

XY = "420600"                                       # 襄阳市
SPEC = [
    R("襄阳市", XY),                                # title: 襄阳市门诊慢特病病种目录: a topic
    D("2024年", "2024"),                            # (2024年版): a year with 年
    D("2024-01-10", "2024-01-10"),                  # 发布日期 of the page: a plain date
    R("襄阳市", XY, in_org=True),                   # 信息来源:襄阳市医疗保障局; 浏览次数:12536 a counter
    R("湖北省", "420000", in_org=True, in_title=True),   # 《湖北省医疗保障局关于…的通知》
    # (鄂医保发〔2023〕16号): a document number; 鄂 a one-character abbreviation; 我市: no name
    D("2024年1月1日起", "2024-01-01", qualifier="from"),
    C("38种", 38, "kind"), C("62种", 62, "kind"),  # 由原来的38种调整为62种
    C("三类", 3, "kind"),                           # 分为三类
    # 一、/ 二、/ (一): list numbers; 第1类 / 第2类 / 第3类: ordinals (the class, not a count)
    C("15种", 15, "kind"),                          # 第1类(15种)
    # 高血压(Ⅱ级、Ⅲ级) (NFKC: II, III) and 2型糖尿病: no classifier, nothing
    C("30种", 30, "kind"),
    # CKD3-5期: 期 is no classifier, nothing
    C("30个", 30, "item"),                          # 等30个病种
    C("17种", 17, "kind"),
    C("17个", 17, "item"),
    # 一个自然年度, 一次: lone 一; 一级/二级/三级医院: grades
    M("200元", 200), M("400元", 400), M("800元", 800),
    P("90%", 0.9), P("85%", 0.85), P("80%", 0.8),
    P("75%", 0.75), P("65%", 0.65), P("60%", 0.6),
    P("5个百分点", 0.05, points=True),
    P("不超过95%", 0.95, qualifier="max"),
    M("每年3000元", 3000, period="year"),           # 每人每年3000元
    M("每年6000元", 6000, period="year"),           # 每人每年6000元至1.5万元: two units, two mentions (first
    M("1.5万元", 15000),                            # set's call 4); the period word touches only the first
    C("2种及以上", 2, "kind", qualifier="min"),
    P("50%", 0.5),
    M("不超过1.2万元", 12000, qualifier="max"),     # 合计不超过1.2万元
    T("不超过30天", 30, "day", qualifier="max"),    # 单次处方用量一般不超过30天 (单次: no number)
    T("12周", 12, "week"),                          # 可延长至12周: 至 is a preposition; 延长 is a verb, not 延长县
    # 二级及以上定点医疗机构: a grade, no count
    T("15个工作日", 15, "workday"),                 # 受理后15个工作日内; 认定结果: 定结 is no place (定结县)
    T("2年", 2, "year"),                            # 有效期为2年
    T("2年", 2, "year"),                            # 每2年复审认定一次 (每 is a period word for money only; 一次: lone 一)
    T("1年", 1, "year"),
    C("2家以上", 2, "institution", qualifier="min"),   # 2家以上二级定点医疗机构
    # 咨询电话: 襄阳 uses 7-digit local numbers
    PH("0710-3512346"),                             # 市医疗保障局待遇保障科 (市: no name)
    R("襄城区", "420602", in_org=True),
    PH("(0710)3521187"),                            # the parentheses belong to the number
    R("樊城区", "420606", in_org=True),
    PH("0710-3219580"),
    R("襄州区", "420607", in_org=True),
    PH("0710-2812364"),                             # 转8001: an extension, not part of the number; 8001 nothing
    R("枣阳市", "420683", in_org=True),
    PH("0710-6222105"),
    R("宜城市", "420684", in_org=True),
    PH("0710-4226318"),
    R("老河口市", "420682", in_org=True),
    PH("(0710)8233156"),
    R("南漳县", "420624", in_org=True),
    PH("0710-5232410"),
    R("谷城县", "420625", in_org=True),
    PH("0710-7222718"),
    R("保康县", "420626", in_org=True),
    PH("0710-5812069"),
    PH("3268715", inferred_code="0710"),            # 市医保经办服务大厅: a local number, completed from 襄阳
    PH("12345"),
    E("xyybj0710@163.com"),                        # 意见建议邮箱: the digits inside are no phone or area code
    # 附件:1. / 2.: list numbers
    R("襄阳市", XY),                                # 1.襄阳市门诊慢特病病种认定标准(2024年版).docx: a file name, a topic
    D("2024年", "2024"),
    R("襄阳市", XY),                                # 2.襄阳市门诊慢特病申请表.xlsx
    # 相关附件下载次数:876: a counter
]
