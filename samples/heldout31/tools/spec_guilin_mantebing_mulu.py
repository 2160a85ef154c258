from gold_lib import *

GL = "450300"                                       # 桂林市 (广西壮族自治区)
GX = "450000"


def line(resident, staff, valid=None):
    """One row of the 限额 list: the row number and the disease name come first (nothing), then the yearly cap
    for residents and for employees, then the validity (a duration, or 长期: nothing)."""
    out = [resident, staff]
    if valid:
        out.append(T(valid, int(valid[0]), "year"))
    return out


SPEC = [
    R("桂林市", GL),                                # title 桂林市基本医疗保险门诊慢特病病种…: a place before a programme
    D("2025年", "2025"),                            # (2025年)
    R("桂林市", GL, in_org=True),                   # 桂林市医疗保障局 2025年3月12日; 字号:大 中 小 (nothing)
    D("2025年3月12日", "2025-03-12"),
    R("广西壮族自治区", GX, in_title=True, in_org=True),   # 《广西壮族自治区医疗保障局关于…》; 全区: no place
    # 桂医保发〔2024〕7号: a document number (桂 a one-character abbreviation)
    D("2025年4月1日起", "2025-04-01", qualifier="from"),
    C("37种", 37, "kind"), C("56种", 56, "kind"), C("19种", 19, "kind"),
    # 一级/二级/三级医疗机构: hospital levels, nothing
    P("65%", 0.65), P("60%", 0.6), P("55%", 0.55),
    P("85%", 0.85),
    P("5个百分点", 0.05, points=True),
    # 【部分病种年度支付限额】 header row: no numbers
]
SPEC += line(M("1200元", 1200), M("2000元", 2000))                # 1 高血压(高危组) … 长期
# 2 2型糖尿病: the row number, and 2型 (型 is no classifier): nothing
SPEC += line(M("1500元", 1500), M("2500元", 2500))
SPEC += line(M("2000元", 2000), M("3000元", 3000), "3年")         # 3 冠心病
SPEC += line(M("3000元", 3000), M("4000元", 4000), "3年")         # 4 慢性心力衰竭
SPEC += line(M("2500元", 2500), M("3500元", 3500), "2年")         # 5 脑卒中后遗症
SPEC += line(M("2000元", 2000), M("3000元", 3000), "3年")         # 6 慢阻肺
SPEC += line(M("3000元", 3000), M("4000元", 4000), "3年")         # 7 类风湿关节炎
SPEC += line(M("3000元", 3000), M("4000元", 4000))                # 8 帕金森病, 长期
SPEC += line(M("5000元", 5000), M("6000元", 6000))                # 9 精神分裂症, 长期
# 10 慢性肾脏病(CKD3-5期): a disease stage, 期 is no unit: nothing
SPEC += line(M("8000元", 8000), M("1万元", 10000), "2年")
SPEC += line(M("6万元", 60000), M("8万元", 80000))                # 11 透析, 长期
SPEC += line(M("8万元", 80000), M("10万元", 100000), "2年")       # 12 恶性肿瘤
SPEC += line(M("5万元", 50000), M("6万元", 60000))                # 13 器官移植, 长期
# 14 血友病 按实际费用 (no amount)
SPEC += [
    # (注:限额以每人每年计,…): 每人每年 with no amount: nothing
    C("56种", 56, "kind"),                          # 全部56种见附件
    # 【限额怎么用】 1. 2. 3. 4.: list numbers
    C("2种及以上", 2, "kind", qualifier="min"),     # 及以上 is on the shared list (set 1 call 14)
    C("1种", 1, "kind"),                            # 每增加1种: 每 does not make a period for a count
    P("50%", 0.5),
    C("2种", 2, "kind"),                            # 最多增加2种: 最多 does not touch (增加 between)
    D("2025年4月1日前", "2025-04-01", qualifier="until"),
    D("4月1日起", "--04-01", qualifier="from"),     # 从4月1日起: 从 outside
    T("30日", 30, "day"),                           # 有效期满前30日内: 满 / 前 do not make it a date; 内 outside
    T("6个月", 6, "month"),                         # 满6个月后: 满 outside (set 1 guidelines: 满30年), 后 is no
                                                    # duration qualifier (`30日后` → `30日`)
    C("3个", 3, "item"),                            # 3个病种
    P("70%", 0.7),
    R("秀峰区", "450302"), R("叠彩区", "450303"), R("象山区", "450304"), R("七星区", "450305"),
    R("雁山区", "450311"), R("临桂区", "450312"),
    # 市医保服务大厅: 市 alone, no place
    R("阳朔县", "450321"), R("灵川县", "450323"), R("荔浦市", "450381"), R("恭城瑶族自治县", "450332"),
    R("桂林", GL, in_org=True),                     # “桂林医保”公众号: an account (set 1 call 7)
    T("15个工作日", 15, "workday"),                 # 一般15个工作日内
    DR("2025年4月1日至6月30日", "2025-04-01", "2025-06-30"),
    U("https://ybj.guilin.example.gov.cn/mtb/2025/"),   # 2025 inside the URL: nothing
    PH("0773-2826419"),
]
