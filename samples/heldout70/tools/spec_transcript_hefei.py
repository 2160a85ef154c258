from gold_lib import *

HF, SS, AH = "340100", "340104", "340000"          # 合肥市, 蜀山区, 安徽省
SPEC = [
    R("合肥市", HF),                                # 合肥市12393医保服务热线: a place before a programme (set 7 call 5)
    PH("12393"),
    # 录音编号:LY-20250312-0457: a recording ID, no date inside it; 坐席工号:1082: a staff number
    D("2025-03-12", "2025-03-12"),                  # 通话开始 …10:05:41: a time of day
    T("6分48秒", 408, "second"),                    # 通话时长: one duration in seconds (README call 2)
    PH("12393"),                                    # 您好,12393医保服务热线
    # 工号1082: staff number; 什么: no number
    # 三四零一零四幺九五八……零三幺二: a social-security card number read out digit by digit: an ID, nothing (call 3)
    # 3401**********0312: the masked echo of the ID, nothing
    R("蜀山区", SS),                                # 参保地蜀山区: a place, plain
    D("二零二五年二月十八号", "2025-02-18"),         # a date said aloud: 零 as zero, 号 for 日
    D("三月三号", "--03-03"),                       # yearless, said aloud
    R("安徽", AH, in_org=True),                     # 安徽医科大学第一附属医院 (第一: ordinal)
    T("十三天", 13, "day"),
    M("两万一千二百三十四块五", 21234.5),            # 块五: 5 jiao after 块 (set 38 call 1)
    # 一万二千多: no unit after 多, nothing (guidelines)
    M("八千九百块左右", 8900, qualifier="approx"),
    # 三级医院: a hospital grade
    M("1000元", 1000),
    P("百分之六十五", 0.65),
    M("30万元", 300000),                            # 年度最高支付限额是30万元: 最高 does not touch
    M("一万二千多元", 12000, qualifier="min"),      # 多 between the number and 元 (guidelines)
    R("合肥市", HF),                                # 合肥市居民大病保险: a programme
    M("超过1.5万元", 15000, qualifier="min"),       # 超过 is on the shared list and touches
    P("60%", 0.6),                                  # 60%到80%: every % its own mention
    P("80%", 0.8),
    T("20个工作日", 20, "workday"),                 # 20个工作日内: 内 is no qualifier
    # 一个月后: lone 一
    R("蜀山区", SS, in_org=True),                   # 蜀山区医保中心
    PH("0551-65311207"),
    PH("12393"),                                    # 再打12393转2: 转2 is an extension, outside (set 3 call 7)
    # 零五五幺……: a phone number read out digit by digit, cut off: nothing (call 3)
    PH("0551-65311207"),                            # 8:30到12:00, 2:30到5:30: times of day
    T("六十岁", 60, "year", age=True),               # 刚满六十岁: 满 is not a qualifier
    D("2025年度", "2025"),
    R("合肥市", HF),                                # 合肥市城乡居民医保: a programme
    M("每年400元", 400, period="year"),             # 每人每年400元 (set 1 call 2)
    M("20元", 20),                                  # 比上年多20元: 多 before the number is a verb
    DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),
    D("十一月份", "--11"),                          # 份 is part of the mention
    M("四百块", 400),
    # 按1到5打分: a rating scale, no unit; 10:12:29 time; 5分: a score, nothing
    # 工单编号:AH12393-2025031200457: a ticket ID (no 12393, no date inside it)
]
