from gold_lib import *

HN = "340400"                                       # 淮南市
SPEC = [
    R("淮南市", HN),                                # 淮南市12345政务服务便民热线 知识库: a place before a programme (set 7 call 5)
    PH("12345"),                                    # the service number as written inside the hotline's name
    # 检索条件:部门=市医疗保障局: 市 alone, no place
    # in every 【答】 the items 1. 2. 3. are list numbers; the times after each 【更新时间】 date (16:05, 09:12, 10:48)
    # are times of day: nothing
    C("4条", 4, "item"),                            # 共4条: 共 is no qualifier (set 17 call 3)
    # entry 1. 【知识编号】HN-YB-2025-0183: an ID (no date: set 28 call 1)
    D("2026年度", "2026"),                          # 【标题】…2026年度交多少钱?
    R("淮南市", HN),                                # 【适用地区】淮南市(含…): a plain place
    R("田家庵区", "340403"),
    R("大通区", "340402"),
    R("谢家集区", "340404"),
    R("八公山区", "340405"),
    R("潘集区", "340406"),
    R("凤台县", "340421"),
    R("寿县", "340422"),                            # one character + 县 (like set 7's 珙县)
    D("2026年度", "2026"),                          # 【问】…2026年度居民医保交多少钱?
    # 【答】1.缴费标准:2026年度 (a draft had 1.2026年度, which reads as a decimal: rewritten, set 23 call 8)
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),             # 每人每年400元
    DR("2025年9月1日至2025年12月31日", "2025-09-01", "2025-12-31"),
    T("90天", 90, "day"),                           # 出生后90天内: 内 is no qualifier
    T("超过90天", 90, "day", qualifier="min"),      # 超过 is on the shared list
    T("3个月", 3, "month"),
    # "皖事通": 皖 is a one-character abbreviation
    R("安徽", "340000", in_org=True),               # "安徽税务"微信公众号: an account
    R("淮南市", HN, in_org=True),                   # 【答复口径来源】淮南市医疗保障局
    D("2025-08-27", "2025-08-27"),                  # 【更新时间】2025-08-27 16:05: the time is nothing
    D("2026年8月31日", "2026-08-31"),               # 【有效期】至2026年8月31日: a single date (set 16 call 9)
    # entry 2. HN-YB-2025-0207: an ID; 多久: no number
    R("淮南市", HN),                                # 【适用地区】淮南市全市: 全市 outside
    # 二级及以上医院: a hospital level (及以上 touches a level, no mention)
    T("6个月以内", 6, "month", qualifier="max"),
    T("15个工作日", 15, "workday"),                 # 15个工作日内: 内 is no qualifier
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),
    C("53种", 53, "kind"),                          # 共53种
    # 高血压(Ⅲ级): Ⅲ → III after NFKC (a grade in Roman numerals): nothing
    M("1800元", 1800),                              # 年度支付限额为1800元: 年度 is no period word
    M("2400元", 2400),
    P("65%", 0.65),
    D("2025-10-09", "2025-10-09"),
    C("1264次", 1264, "time"),                      # 已被引用1264次
    # entry 3. HN-YB-2025-0231
    R("寿县", "340422"),                            # 【标题】寿县、凤台县参保人…
    R("凤台县", "340421"),
    R("合肥", "340100"),
    R("寿县", "340422"),                            # 【适用地区】
    R("凤台县", "340421"),
    R("凤台县", "340421"),                          # 家住凤台县
    R("合肥", "340100"),                            # 下个月到合肥的医院: 下个月 has no day (no date)
    R("寿县", "340422"),                            # 寿县于2015年由六安市划归淮南市: today's 340422 (the code of 2015 was 341521, same name: no renamed_from)
    D("2015年", "2015"),
    R("六安市", "341500"),
    R("淮南市", HN),
    R("寿县", "340422"),
    R("凤台县", "340421"),
    # 省内, 本市, 市区: no places
    P("10个百分点", 0.1, points=True),              # 降低10个百分点
    T("6个月", 6, "month"),
    PH("0554-6672935"),
    D("2025-11-03", "2025-11-03"),
    # entry 4. HN-YB-2024-0098(已失效), HN-YB-2025-0112: IDs
    D("2024年度", "2024"),                          # 【标题】2024年度大病保险起付线
    R("淮南市", HN),
    D("2024年度", "2024"),
    M("1.5万元", 15000),                            # 起付线为1.5万元
    M("1.5万元", 15000),                            # 1.5万元至5万元(含): two amounts with their own units (set 1 call 4)
    M("5万元", 50000),
    P("60%", 0.6),
    M("5万元以上", 50000, qualifier="min"),
    P("70%", 0.7),
    D("2025年1月1日", "2025-01-01"),                # 【失效时间】
    E("hn12345zsk@example.org.cn"),                 # 12345 inside the address: no phone
]
