from gold_lib import *

HS, HSQ, AH = "341000", "341003", "340000"          # 黄山市, 黄山区, 安徽省
YY, SYS, HLJ = "230522", "230500", "230000"         # 友谊县, 双鸭山市, 黑龙江省
HB, BD = "130000", "130600"                         # 河北省, 保定市
DOCS = {
    "heldout62-news-1": [
        # 黄山风景区 (title and body): the scenic area is named after the mountain, no division; 黄山 inside it is
        # neither 黄山市 nor 黄山区 (call 5). 汤口镇: a town, no place
        D("3月28日", "--03-28"),
        # 记者 程某: a person
        R("黄山市", HS, in_org=True),               # 黄山市医疗保障局
        R("黄山区", HSQ, in_org=True),              # 黄山区人民医院 (黄山区 written with 区: the district)
        C("4名", 4, "person"),
        C("6名", 6, "person"),
        R("安徽省", AH),                            # 安徽省内参保人员: plain
        P("50%", 0.5),                              # 50%至70%: two percents
        P("70%", 0.7),
        # 黄山风景区2024年…: the scenic area, no place
        D("2024年", "2024"),
        C("约460万人次", 4600000, "person", qualifier="approx"),
        C("约1.3万例", 13000, "case", qualifier="approx"),
        # 每天7:00-19:00, 21:00: times of day; 延长至 (the verb 延长, not 延长县)
        PH("0559-5562120"),
        PH("120"),
    ],
    "heldout62-news-2": [
        R("友谊县", YY),                            # headline 友谊县:… (a dateline-like topic), plain
        R("双鸭山", SYS, in_org=True),              # 来源:双鸭山日报: a newspaper (set 1 call 7)
        D("2025-04-10", "2025-04-10"),
        R("黑龙江省双鸭山市友谊县", YY, in_org=True),  # one chain beginning the office's name 友谊县医疗保障局
        # 合作协议: 合作 a common word (合作市, 甘南), no place
        # 北大荒集团友谊农场有限公司: 友谊 inside a farm's (and company's) name: part of a longer name, no place (call 3)
        D("2025年5月1日起", "2025-05-01", qualifier="from"),
        # 友谊农场: the farm, no place (call 3)
        C("2.3万名", 23000, "person"),
        M("600元", 600),
        M("400元", 400),
        P("5个百分点", 0.05, points=True),
        R("友谊县", YY),
        # 首个国营农场县: an ordinal; 友谊农场: the farm (call 3)
        D("1954年", "1954"),
        T("10个工作日", 10, "workday"),
        M("4000元", 4000),                          # 每人每年…报销上限为4000元: 上限 does not touch (为 between); no period
        PH("0469-5822315"),
    ],
    "heldout62-news-3": [
        # 雄安新区 (title, body ×3): no division of the gazetteer, and 安新 inside it is not 安新县 (set 8 call 4)
        R("容城县", "130629"),
        R("雄县", "130638"),
        R("安新县", "130632"),
        D("2025年6月起", "2025-06", qualifier="from"),
        R("河北", HB),                              # 河北雄安新区三县: the province alone (雄安新区 is no unit)
        # 新区人民医院: the new area's hospital, no place; 容东片区: an area of the new area, no place; 三县: no count
        # 雄安新区公共服务局: the new area's office, no place
        C("约98万人", 980000, "person", qualifier="approx"),
        D("2025年", "2025"),
        M("每年400元", 400, period="year"),
        P("85%", 0.85),                             # 最高可达85%: 可达 between
        R("保定市", BD),                            # 回保定市定点医院: a place before counted/generic hospitals: plain
        T("3小时", 3, "hour"),                      # 往返约需3小时: 需 stands between 约 and the number: no qualifier
        D("2026年底前", "2026", qualifier="until"),
        C("15家", 15, "institution"),
        U("https://ybj.xiongan.example.gov.cn"),
        PH("0312-5601123"),
    ],
}
