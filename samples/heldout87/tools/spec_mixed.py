from gold_lib import *

# mixed.jsonl: one spec list per record id (one gold file each)
HF, AH = "340100", "340000"                         # 合肥市, 安徽省
NN, GX = "450100", "450000"                         # 南宁市, 广西壮族自治区
DOCS = {
    "heldout87-jsonl-1": [
        R("合肥", HF),                              # 合肥:献血者用血报销…: a dateline-style place, plain
        # “一站式”: not a count
        D("2025-06-14", "2025-06-14"),
        R("安徽", AH, in_org=True),                 # 安徽日报 (a newspaper)
        D("2025年7月1日起", "2025-07-01", qualifier="from"),
        R("合肥市", HF),
        C("12家", 12, "institution"),
        R("安徽省", AH, in_org=True),               # 安徽省血液中心
        # 满1000毫升: nothing; 3倍: a multiple
        DR("1-5月", "--01", "--05"),                # 今年1-5月
        C("4.3万人次", 43000, "person"),
        P("9.6%", 0.096),
        # AB型: a blood type
        P("一成", 0.1),                             # 约占一成: 占 between, no qualifier; 一成 is a percent, not a lone 一
        PH("0551-62876110"),
    ],
    "heldout87-jsonl-2": [
        R("广西", GX),                              # headline; 双通道 (×2): 通道 a common word, not a place
        # 第二批: an ordinal
        R("南宁", NN),                              # 南宁讯: a dateline, plain
        # 自治区医保局: no name
        D("2025年10月起", "2025-10", qualifier="from"),
        R("广西壮族自治区", GX),
        # 第二批共15种: 第二批 an ordinal
        C("15种", 15, "kind"),
        R("南宁", NN),
        R("柳州", "450200"),
        R("桂林", "450300"),
        C("38家", 38, "institution"),
        # 其中一种: a lone 一; 每支35mg: a dose, nothing
        M("约120万元", 1200000, qualifier="approx"),
        P("不低于70%", 0.7, qualifier="min"),
        M("8万元", 80000),                          # 封顶8万元: 封顶 is on the list only after the amount
        PH("0771-5598120", city="南宁市"),          # 0771 is shared by 南宁 and 崇左
    ],
}
