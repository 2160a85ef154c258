from gold_lib import *

CZ, WJ, JS, AH, ZJ = "320400", "320412", "320000", "340000", "330000"   # 常州市, 武进区, 江苏省, 安徽省, 浙江省
SPEC = [
    R("常州市武进区", WJ, in_org=True),              # 常州市武进区政务服务网: a site's name (chain, county)
    # 首页 > 办事服务 > ...: breadcrumb, nothing
    D("2025-06-18", "2025-06-18"),                   # 发布日期
    R("常州市武进区", WJ, in_org=True),              # 来源:常州市武进区医疗保障局
    # 浏览次数:2316: a counter, no unit
    R("常州市武进区", WJ, in_org=True),              # 实施主体:常州市武进区医疗保障局
    R("武进区", WJ, in_org=True),                    # 委托武进区医疗保障服务中心
    R("常州市", CZ),                                 # 参加常州市职工基本医疗保险: a place before a programme
    R("武进区", WJ),                                 # 在武进区参保
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    # 二级及以上: a hospital level, nothing
    R("常州市", CZ, in_title=True),                  # 《常州市门诊慢特病病种及认定标准(2024版)》
    # (2024版): a bare year without 年, nothing
    C("42种", 42, "kind"),
    C("8类", 8, "kind"),
    DR("每年3月1日至11月30日", "--03-01", "--11-30", recurring="yearly"),
    C("不超过3种", 3, "kind", qualifier="max"),
    # 六、申请材料: 1.-5. list numbers
    R("武进区", WJ, in_title=True),                  # 《武进区门诊慢特病待遇认定申请表》 (a form's title, no org)
    C("1份", 1, "piece"),                            # 原件1份 (digit 1 is not a lone 一, set 1 call 13)
    C("1份", 1, "piece"),
    C("1份", 1, "piece"),                            # 复印件1份
    T("6个月以内", 6, "month", qualifier="max"),     # 出院后6个月以内
    C("1份", 1, "piece"),
    C("2份", 2, "piece"),
    C("1份", 1, "piece"),                            # 复印件各1份
    C("1份", 1, "piece"),
    C("1份", 1, "piece"),                            # 委托书1份
    # A4纸: a paper size, nothing; 一次性: lone 一
    R("常州", CZ, in_org=True),                      # “我的常州”APP: an app's name
    R("武进区", WJ, in_org=True),                    # 武进区政务服务网: a site's name
    C("1次", 1, "time"),                             # 每月组织专家评审1次: 每月 is no part of a count
    DR("每月10日至15日", "---10", "---15", recurring="monthly"),
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),
    T("2年", 2, "year"),                             # 认定有效期2年
    T("3个工作日", 3, "workday"),                    # 3个工作日内: 内 is not on the shared list; 认定结果: 定结 is no place here
    T("20个工作日", 20, "workday"),                  # 法定时限 (set 24 call 2: key and value never join)
    T("10个工作日", 10, "workday"),                  # 承诺时限
    # 承诺件, 不收费: values without a number, nothing
    R("武进区", WJ, in_org=True),                    # 1.武进区政务服务中心: a facility's name
    R("常州市武进区", WJ),                           # address 常州市武进区延政中路5号 (set 1 call 18)
    # 5号, 2号楼, 3楼, C区301室: house, building, floor and room numbers (set 24 call 4)
    R("武进区", WJ, in_org=True),                    # 2.武进区医疗保障服务中心
    # 湖塘镇: a town, no place; 人民中路88号, 一楼: address parts
    C("16个", 16, "item"),                           # 全区16个镇(街道)
    # 9:00-12:00, 13:30-17:00: times of day
    PH("0519-86310575"),
    PH("0519-86319812"),
    PH("12393"),
    PH("12345"),
    PH("(0519)86325508"),                            # parentheses belong to the number (set 1 call 16)
    U("https://zwfw.example.gov.cn/wjyb/zxzx?item=320412-MTB-01"),   # 320412 and 01 inside the URL
    E("wjybzx@example.gov.cn"),
    R("江苏", JS, in_org=True),                      # “江苏医保云”小程序: a mini program's name
    C("1次", 1, "time"),                             # 到现场次数:1次
    C("0次", 0, "time"),                             # 跑动次数:0次 (set 24 call 2)
    # 外省, 居住地: no place
    R("安徽省", AH),
    R("浙江省", ZJ),
    R("常州", CZ),                                   # 无需回常州复诊
    P("80%", 0.8),
    P("65%", 0.65),
    M("3000元", 3000),                               # 3000元至6万元: two money mentions (set 1 call 4); 最高支付限额: 最高 does not touch
    M("6万元", 60000),
    P("5个百分点", 0.05, points=True),
    T("30日", 30, "day"),                            # 有效期满前30日内: 前 and 内 are no duration qualifiers
    T("2年", 2, "year"),                             # 延续2年
    R("武进区", WJ),                                 # attachment file name 武进区门诊慢特病待遇认定申请表.docx: a form, no 《》, no org
    # 下载次数:587: a counter
    R("常州市武进区", WJ, in_org=True),              # footer 常州市武进区医疗保障局 版权所有
    # 苏ICP备2021001234号-1: a registration number (苏: one-character abbreviation)
]
