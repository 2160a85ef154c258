from gold_lib import *

WZ, RA, LC, ZJ = "330300", "330381", "330302", "330000"   # 温州市, 瑞安市, 鹿城区, 浙江省
SPEC = [
    R("瑞安市", RA),                                # 关于瑞安市职工医保…的咨询: a place before a topic
    # 信件编号 WZSZ-2025-031488: a letter ID, nothing
    D("2025-03-11", "2025-03-11"),                  # 21:36:05: time of day
    # 陈**: a masked name; 135****4620: a masked mobile, nothing
    R("温州市", WZ, in_org=True),                   # 答复单位 温州市医疗保障局
    # 尊敬的市长: 市长 is a title, no place
    R("瑞安市", RA),                                # 我是瑞安市一名退休职工: 一名 lone 一
    T("63 岁", 63, "year", age=True),               # <b>63</b>&nbsp;岁: a lone space between the number and its unit
    M("156元", 156),                                # 每个月医保个人账户能划入156元: 每个月 does not touch
    D("2024年1月起", "2024-01", qualifier="from"),
    M("98元", 98),
    # 一年少了: lone 一
    M("七百块", 700),                               # 快七百块: 快 (almost) is not on the shared list
    PH("12345"),
    R("鹿城区", LC),                                # 老伴在鹿城区住院
    T("9天", 9, "day"),
    P("超过三成", 0.3, qualifier="min"),
    # <p style="display:none"> 内部备注 … 3303811962********: hidden text, which the shared normaliser keeps (README);
    # it holds no mention: a masked ID number (its 1962 is no date)
    D("2025-03-18", "2025-03-18"),                  # 16:02:47: time of day
    T("7个工作日", 7, "workday"),
    # 一、二、三、: section numbers
    R("浙江省", ZJ, in_title=True),                 # 《浙江省职工基本医疗保险门诊共济保障实施办法》
    D("2024年1月1日起", "2024-01-01", qualifier="from"),
    R("温州市", WZ),                                # 温州市退休人员: a place before a group
    M("98元", 98),                                  # 每月划入98元: 划入 stands between, no period
    P("2.5%", 0.025),                               # 约为全省平均…的2.5%: 约为 does not touch
    # 二级及以下: a level
    P("70%", 0.7),
    M("4000元", 4000),
    R("鹿城区", LC),
    M("23,680元", 23680),
    M("16,102.4元", 16102.4),
    P("32%", 0.32),                                 # 约占32%: 占 stands between 约 and the number
    M("1,860元", 1860),
    R("瑞安市", RA, in_org=True),                   # 瑞安市医疗保障局
    PH("0577-65812393"),                            # the tel: href is no text
    U("https://ybj.wenzhou.example.gov.cn/zcjd/"),
    R("温州市", WZ, in_org=True),                   # signature 温州市医疗保障局
    D("2025年3月18日", "2025-03-18"),
    # ★★★★☆(4星): a rating, 星 is no classifier; 浏览次数:1207: a counter
]
