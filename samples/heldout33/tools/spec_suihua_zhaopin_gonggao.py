from gold_lib import *

SH, BL, AD, ZD, HL = "231200", "231202", "231281", "231282", "231283"
SPEC = [
    R("绥化市", SH, in_org=True),                   # 绥化市医疗保障事务中心2026年公开招聘…公告 (headline)
    D("2026年", "2026"),
    D("2026-01-12", "2026-01-12"),                  # 发布日期 (main article: plain)
    R("绥化市", SH, in_org=True),                   # 信息来源:绥化市医疗保障局
    R("绥化市", SH, in_org=True),                   # 绥化市医疗保障事务中心拟…
    C("8名", 8, "person"),
    # 一、…七、, (一)…(三), 1.…5.: list numbers ("2.年龄…": the list number before 年龄 is no year)
    # 中华人民共和国: 共和 (共和县 of 青海) is part of a longer name, no place
    C("5名", 5, "person"),
    R("北林区", BL, in_org=True),                   # 北林区医保服务大厅: a place + office/facility word
    C("2名", 2, "person"),
    C("1名", 1, "person"),                          # digit 1, not the lone 一
    T("18周岁以上", 18, "year", age=True, qualifier="min"),
    T("35周岁以下", 35, "year", age=True, qualifier="max"),
    D("1990年1月1日以后", "1990-01-01", qualifier="from"),
    T("40周岁", 40, "year", age=True),              # 放宽至40周岁: 至 a preposition, no qualifier
    # 大学专科及以上学历, 本科及以上学历: education levels, no number
    T("2年以上", 2, "year", qualifier="min"),       # 具有2年以上…工作经历
    R("绥化市", SH),                                # 户籍为绥化市: a place, no body
    R("安达市", AD),
    R("肇东市", ZD),
    R("海伦市", HL),                                # 及所辖各县: no place named
    T("3年", 3, "year"),                            # 过去3年 (a draft had 近3年: 近 'the last' vs the approx word, rewritten as in set 18)
    R("绥化市", SH),                                # 在绥化市连续缴纳社会保险
    DR("2026年1月19日至1月23日", "2026-01-19", "2026-01-23"),
    # (每日8:30-16:30): times of day (a draft had the times inside the range, 2026年1月19日8:30至1月23日16:30,
    # which the guidelines do not decide; rewritten)
    E("shybsw_zp@suihua-yb.example.cn"),
    P("60%", 0.6),
    P("40%", 0.4),
    # 满分100分, 低于60分: scores (guidelines: 200分), no mentions; 1:3 a ratio
    D("2026年2月1日", "2026-02-01"),                # 上午: a part of the day, outside
    R("绥化市", SH, in_org=True),                   # 绥化市医疗保障局网站
    T("5个工作日", 5, "workday"),
    T("3年", 3, "year"),                            # 合同期3年
    T("2个月", 2, "month"),                         # 试用期2个月
    M("2600元", 2600),                              # 试用期月工资2600元: 月工资 is no period word (每月 is)
    M("每月3100元", 3100, period="month"),          # 每月3100元至3500元: two units, two mentions (set 1 call 4);
    M("3500元", 3500),                              # the period word touches only the first (set 8)
    # “五险一金”: no number
    PH("0455-8315276"),                             # 绥化's 0455, 7-digit local numbers; 8:30-11:30, 13:30-17:00: times
    PH("0455-8315209"),
    U("http://ybj.suihua.example.gov.cn/zpxx"),
    # 附件:1.…: a list number
    R("绥化市", SH, in_org=True),                   # 绥化市医疗保障事务中心2026年…报名表 (the attachment's name, no 《》)
    D("2026年", "2026"),
    R("绥化市", SH, in_org=True),                   # signature
    D("2026年1月12日", "2026-01-12"),
]
