from gold_lib import *

XZ, TS, PZ, YL, GL = "320300", "320312", "320382", "320303", "320302"  # 徐州市, 铜山区, 邳州市, 云龙区, 鼓楼区 (徐州's)
SPEC = [
    R("徐州市", XZ, in_org=True),                   # 徐州市人力资源和社会保障局 (资源: a word, no place)
    D("2025年", "2025"),                            # (2025年版): a year with 年, in the title line
    D("2025-03-06", "2025-03-06"),                  # 发布时间; 09:15 a time; 浏览次数:2316 a bare counter
    R("徐州市", XZ),                                # 在徐州市参加工伤保险: plain
    R("铜山区", TS),
    R("邳州市", PZ),
    R("云龙区", YL),
    R("鼓楼区", GL),                                # 鼓楼区 of 徐州 (context), not 南京/福州/开封's
    # 一、二、 (一)(二)(三): section numbers
    T("30日", 30, "day"),                           # 之日起30日内: 内 is not a qualifier
    T("1年", 1, "year"),                            # 1年内: digit 1, not a lone 一 (set 1 call 13)
    # 适当延长: 延长 is a verb here, not a place (review lists it)
    # 前款: nothing
    T("30日", 30, "day"),
    T("60日", 60, "day"),                           # 认定 60日内作出
    T("15日", 15, "day"),
    # 一次性书面告知: lone 一
    T("15个工作日", 15, "workday"),
    D("2024年", "2024"),
    C("4,862件", 4862, "item"),
    C("4,790件", 4790, "item"),
    P("约96.5%", 0.965, qualifier="approx"),
    T("21天", 21, "day"),
    # 1. 2. 3. 4.: list numbers
    C("1份", 1, "piece"),                           # 申请表1份
    # 公安机关: 公安 is a word (public security), not 公安县 (湖北)
    # 第十四条第(六)项: article numbers; 徐公交认字〔2025〕第0318号: a document number (徐: abbreviation)
    R("徐州市云龙区", YL),                          # address chain, plain; 元和路1号 and 邮编221018 nothing
    # 新城区 (a new-town quarter of 云龙区, not 呼和浩特/西安's 新城区), 城区, 东区 (市级机关办公区东区): no places
    # 9:00-12:00, 13:30-17:00: times
    PH("0516-80806123"),
    PH("0516-83731256"),
    PH("12333"),
    U("https://rsj.xuzhou.example.gov.cn/gsrd"),    # the space and comma after it are not part
    R("徐州", XZ, in_org=True),                     # "徐州人社"微信公众号: an account
    E("gongshang@xzrs.example.cn"),
]
