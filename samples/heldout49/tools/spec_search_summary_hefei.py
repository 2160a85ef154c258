from gold_lib import *

HF, AH = "340100", "340000"                       # 合肥市, 安徽省
SS, BH, LY = "340104", "340111", "340103"         # 蜀山区, 包河区, 庐阳区
CF, FX = "340121", "340123"                       # 长丰县, 肥西县
SPEC = [
    R("合肥", HF),                                  # the query line: a topic; 2025 at its end: a bare year, no 年
    # 全部 图片 视频 资讯 问答: tabs
    C("约1,260,000个", 1260000, "item", qualifier="approx"),   # 约1,260,000个结果: number + 个 touch (call 4)
    # 全网12篇资料: 篇 is no classifier
    R("合肥市", HF),                                # 合肥市职工医保门诊共济保障政策: a programme
    D("2025年", "2025"),
    M("800元", 800),                                # 每年起付线为**800元**: 每年 does not touch
    M("600元", 600),
    # [来源1] [来源2] [来源3]: citation marks (call 1); 一级及以下: a hospital level, 及以下 without a number
    P("70%", 0.7), P("60%", 0.6), P("50%", 0.5),
    P("10个百分点", 0.1, points=True),
    M("4000元", 4000), M("5000元", 5000),
    D("2023年1月1日起", "2023-01-01", qualifier="from"),   # 自2023年1月1日起: 自 outside
    P("2%", 0.02),
    M("95元", 95),                                  # 每月**95元**: ** between the period word and the amount (call 2)
    R("合肥市", HF),                                # 合肥市内定点药店: a place before a topic
    C("5名", 5, "person"),                          # 最多可绑定**5名**: 可绑定 between 最多 and the count
    # "皖事通": 皖 one character
    R("合肥", HF, in_org=True),                     # "合肥医保"微信公众号
    PH("0551-62618890"),
    PH("12393"),
    R("蜀山区", SS), R("包河区", BH), R("庐阳区", LY),   # …的参保人: plain
    # 9:00-17:00: times of day
    R("安徽省", AH, in_org=True),                   # 安徽省医疗保障局
    R("合肥市", HF, in_org=True),                   # 合肥市医疗保障局
    # 展开全部 ∨: chrome; 来源 1. 2. 3.: list numbers
    R("合肥市", HF, in_org=True),                   # 1. 合肥市医疗保障局
    # hfyb.example.gov.cn: no scheme, no www: no URL (guidelines; set 5's ylbz.henan.example.gov.cn)
    D("2025-02-14", "2025-02-14"),                  # a source's date: plain, no role (call 5)
    R("安徽省", AH, in_org=True),                   # 2. 安徽省人民政府网: a site
    U("www.ah.example.gov.cn/zwyw/8765432.html"),
    D("2023-01-10", "2023-01-10"),
    R("合肥", HF, in_org=True),                     # 3. 百家号·合肥在线: a media account; 百家 in 百家号 (a platform's name) is no count
    D("2025年", "2025"),
    R("合肥", HF),                                  # 2025年合肥职工医保个人账户: a topic
    U("https://baijiahao.example.com/s?id=1794523861027"),
    # 👍 有帮助 (286) 👎 没帮助 (9): counters
    # 相关问题: question links without snippets or category/date lines, part of the main article (call 6); 1.-6.: list numbers
    R("合肥", HF),
    R("合肥", HF),                                  # 合肥医保个人账户 (a topic here, not a quoted account name); 一年: lone 一
    R("长丰县", CF), R("肥西县", FX), R("合肥市", HF),   # 在合肥市里看门诊
    D("2025年", "2025"), R("合肥", HF),
    # 缴费满多少年: no number
    R("合肥", HF),                                  # 大家还在搜: 合肥医保电话人工服务 (a search phrase: a topic)
    R("合肥", HF),
    R("安徽", AH),                                  # 安徽医保2025新政: 2025 a bare year
    R("合肥", HF),                                  # 为您推荐: 合肥职工医保断缴…
    T("3个月", 3, "month"),
    T("2年", 2, "year"),                            # 补缴最多可补2年: 可补 between 最多 and the duration
]
