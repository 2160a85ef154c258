from gold_lib import *

YZ, JS, HJ = "321000", "320000", "321003"          # 扬州市, 江苏省, 邗江区
JD, YI, GY, BY = "321012", "321081", "321084", "321023"   # 江都区, 仪征市, 高邮市, 宝应县
SPEC = [
    R("扬州市", YZ, in_org=True),                   # 扬州市医疗保障局关于…的公告: the issuing bureau (title line, not in 《》)
    R("扬州市", YZ, in_title=True),                 # 《扬州市职工基本医疗保险门诊共济保障实施办法(征求意见稿)》
    D("2025-10-20", "2025-10-20"),                  # 发布时间 of the main article: a plain date (set 1 call 8); 16:05 a time
    R("扬州市", YZ, in_org=True),                   # 来源:扬州市医疗保障局
    # 浏览次数:1473: a bare counter, nothing; 健全互助共济: 互助 is a word (mutual aid), not 互助县 (青海);
    # 我局会同市财政局: 会同 is a verb (jointly with), not 会同县 (湖南)
    R("扬州市", YZ, in_title=True),                 # 起草了《扬州市…(征求意见稿)》
    D("2025年11月19日前", "2025-11-19", qualifier="until"),
    # 1.电子邮件 / 2.信函 / 3.电话: list numbers
    E("yzyb_zqyj@example.gov.cn"),
    R("扬州市邗江区", HJ),                          # address chain → the district; 文昌西路188号: road and house number, nothing (文昌 inside a road name is not 文昌市, 海南)
    R("扬州市", YZ, in_org=True),                   # 扬州市医疗保障局待遇保障处
    # 邮编225009: a postcode, nothing
    PH("0514-87361258"),                            # 8:30-12:00, 14:00-17:30: times of day
    D("2025年11月19日", "2025-11-19"),              # 反馈意见截止时间:…: 截止 before the date is a label, not a qualifier
    R("扬州市", YZ),                                # heading 扬州市职工基本医疗保险门诊共济保障实施办法 (no 《》): a place before a programme
    # 第一条 … 第十条: article numbers, nothing
    R("江苏省", JS, in_title=True),                 # 《江苏省职工基本医疗保险门诊共济保障实施办法》
    # 苏医保发〔2023〕28号: a document number, nothing
    R("江都区", JD), R("仪征市", YI), R("高邮市", GY), R("宝应县", BY),   # 本市(含…): plain
    P("2%", 0.02),
    M("每月90元", 90, period="month"),
    D("2025年1月1日前", "2025-01-01", qualifier="until"),
    M("每月95元", 95, period="month"),
    # 一个自然年度: lone 一
    M("700元", 700),
    M("500元", 500),
    # 多次就诊: no number
    # (一)一级及以下 / (二)二级 / (三)三级: list numbers and hospital levels
    P("65%", 0.65), P("75%", 0.75),
    P("55%", 0.55), P("65%", 0.65),
    P("50%", 0.5), P("60%", 0.6),
    P("10个百分点", 0.1, points=True),
    M("3000元", 3000),                              # 年度最高支付限额:在职职工3000元: 最高 does not touch
    M("4000元", 4000),
    T("5年", 5, "year"),                            # 满5年: 满 is no qualifier
    M("200元", 200),                                # 每年增加200元: 增加 stands between 每年 and the amount
    M("不超过1000元", 1000, qualifier="max"),
    # 第七条 一级定点医疗机构: a level; 第八条 (一)(二)(三), 第三人: list markers / an ordinal
    P("10个百分点", 0.1, points=True),
    T("不少于6个月", 6, "month", qualifier="min"),
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    T("5年", 5, "year"),                            # 有效期5年
    R("扬州市", YZ, in_title=True),                 # 《扬州市职工基本医疗保险普通门诊统筹暂行办法》
    # 扬医保发〔2021〕45号: a document number; 附件:1. 2.: list numbers
    R("扬州市", YZ, in_org=True),                   # signature 扬州市医疗保障局
    D("2025年10月20日", "2025-10-20"),
]
