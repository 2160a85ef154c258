from gold_lib import *

TS = "620500"
SPEC = [
    R("天水市", TS, in_org=True),                    # 天水市医疗保障局文件 (header); <title> in <head> is not visible
    # 天医保发〔2025〕9号: document number
    R("天水市", TS, in_org=True),                    # 天水市医疗保障局关于…的通知 (title without 《》)
    R("秦州区", "620502", in_org=True),              # 秦州区、麦积区医保局: two places before one office word
    R("麦积区", "620503", in_org=True),
    R("甘肃省", "620000", in_title=True, in_org=True),   # 《甘肃省医疗保障局关于 / 规范…通知》 (title cut across two divs)
    # 一、…五、 section numbers
    C("45种", 45, "kind"),
    C("62种", 62, "kind"),                          # starts a new div: 增加到 / 62种
    C("17种", 17, "kind"),
    P("85%", 0.85),
    M("300元", 300),
    P("65%", 0.65),                                  # starts a div; 一个自然年度, 一次: lone 一
    C("三类", 3, "kind"),                            # 分三类; 一类病种/二类病种/三类病种 name the classes (like 第一类): nothing
    M("不超过2万元", 20000, qualifier="max"),        # 每人每年 ends the previous div: the period does not touch
    M("每年不超过8000元", 8000, period="year", qualifier="max"),
    M("每年不超过3000元", 3000, period="year", qualifier="max"),
    # 二级及以上: a hospital level
    T("6个月", 6, "month"),                          # 近 ends the previous div (does not touch); 内 is no qualifier
    T("15个工作日", 15, "workday"),
    T("2年", 2, "year"),
    # — 1 — / — 2 —: page numbers; 省外: no place
    P("10个百分点", 0.1, points=True),
    R("甘谷县", "620523"), R("武山县", "620524"),  # 甘谷县、武山县等6个县医保局: counted offices, no in_org
    C("6个", 6, "item"),
    D("2025年2月底前", "2025-02", qualifier="until"),
    D("2025年3月1日起", "2025-03-01", qualifier="from"),
    D("2027年12月31日", "2027-12-31"),              # 有效期至…: 至 a preposition, a single date
    PH("0938-8216645"),
    E("tsyb_mzmtb@example.gov.cn"),
    R("天水市", TS, in_org=True),                    # signature
    D("2025年1月20日", "2025-01-20"),
    R("天水市", TS, in_org=True),                    # 天水市医疗保障局办公室 … 印发
    D("2025年1月21日", "2025-01-21"),
]
