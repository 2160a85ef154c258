from gold_lib import *

# A 河北 provincial notice. 新华区 and 桥西区 occur in two 河北 cities each; every bare district is
# settled by the section (the city's 经办机构) it stands in (README call 1).
HB = "130000"
SJZ, CZ, ZJK, XT, BD, TS, HS = "130100", "130900", "130700", "130500", "130600", "130200", "131100"
SPEC = [
    R("河北省", HB, in_org=True),                   # 河北省医疗保障局 (title, no 《》)
    # 冀医保字〔2025〕61号: a document number; 冀 a one-character abbreviation
    R("定州", "130682", in_org=True),               # 各市(含定州、辛集市)医疗保障局: addressees sharing
    R("辛集市", "130181", in_org=True),             # the office word (call 5)
    # 雄安新区: no GB/T 2260 unit (a new area, like 高新区); 安新 inside it is no place
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    C("11个", 11, "item"),                          # 11个设区市
    P("5个百分点", 0.05, points=True),
    P("10%", 0.1),
    M("1万元以上", 10000, qualifier="min"),
    P("不低于85%", 0.85, qualifier="min"),
    M("30万元", 300000),                            # 每人每年最高支付限额30万元: nothing touches
    T("6个月", 6, "month"),
    T("3个月", 3, "month"),                         # 3个月内: 内 is not a qualifier
    # (一) … (七): list numbers; house numbers (126号, 45号, 8号, 17号, 99号, 1号, 326号, 56号, 312号): nothing
    R("石家庄市", SJZ, in_org=True),                # 石家庄市医疗保障服务中心
    R("石家庄市桥西区", "130104"),                  # address chain; 裕华 in 裕华西路 is part of a road's name
    PH("0311-86012345"),
    R("长安区", "130102"),                          # in 石家庄's section: 石家庄's (not 西安's)
    R("新华区", "130105"),                          # 石家庄's (not 沧州's or 平顶山's)
    R("裕华区", "130108"),
    # 8:30-12:00, 13:30-17:00: times of day
    R("沧州市", CZ, in_org=True),
    R("沧州市运河区", "130903"),                    # 永济 in 永济东路 (永济市, 山西) is part of a road's name
    PH("0317-2156789"),
    R("沧州市新华区", "130902"),                    # a place before 参保人: plain
    R("新华区", "130902", in_org=True),             # 新华区政务服务中心: 沧州's (same section)
    R("沧州市新华区", "130902"),                    # address; 解放 in 解放东路 is a road's name
    R("张家口市", ZJK, in_org=True),
    R("张家口市桥东区", "130702"),                  # 胜利北路: a road
    PH("(0313)8012266"),
    R("桥西区", "130703"),                          # in 张家口's section: 张家口's, not 石家庄's
    R("宣化区", "130705"),
    PH("0313-3011234"),
    R("邢台市", XT, in_org=True),
    R("邢台市信都区", "130503"),
    PH("0319-3135678"),
    R("清河县", "130534", in_org=True),             # 清河县医保局: 邢台's county (铁岭 has a 清河区)
    R("清河县", "130534"),                          # address 清河县武松路1号
    PH("0319-8161234"),
    R("保定市", BD, in_org=True),
    R("保定市竞秀区", "130602"),                    # 东风 in 东风中路: part of a road's name
    PH("0312-5901234"),
    # 雄安新区 (twice, the second in 雄安新区公共服务局): no division
    R("安新县", "130632"), R("雄县", "130638"), R("容城县", "130629"),
    R("唐山市", TS, in_org=True),
    R("唐山市路北区", "130203"),
    PH("0315-2801234"),
    R("唐山", TS),                                  # 唐山高新区: 高新区 is no division; the city, plain
    R("路北区", "130203"),
    R("衡水市", HS, in_org=True),
    R("衡水市桃城区", "131102"),                    # 人民东路: a road
    PH("0318-2126789"),
    D("2025年10月31日", "2025-10-31"),              # 截至 is a preposition
    C("2368家", 2368, "institution"),
    P("18.7%", 0.187),
    D("2025年12月20日前", "2025-12-20", qualifier="until"),
    DR("12月21日至31日", "--12-21", "--12-31"),
    T("90天", 90, "day"),
    R("河北省", HB, in_org=True),                   # signature
    D("2025年11月20日", "2025-11-20"),
    PH("0311-66161234"),
    E("ydjy@hebybj.example.cn"),
]
