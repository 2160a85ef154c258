from gold_lib import *

XY, XZ, XC, FC = "420600", "420607", "420602", "420606"   # 襄樊市 (2010) -> 襄阳市; 襄阳区 -> 襄州区; 襄城区; 樊城区
RN = dict(renamed_from="襄樊市")
SPEC = [
    R("襄樊市", XY, in_org=True, **RN),             # 襄樊市人民政府网: a site's name (call 2)
    R("襄樊市", XY, in_org=True, **RN),             # 襄樊市劳动和社会保障局 (headline)
    D("2011年度", "2011"),
    D("2010-10-15", "2010-10-15"),                  # 发布日期; 浏览次数:2318 is a counter
    R("襄樊市", XY, in_title=True, **RN),           # 《襄樊市城镇居民基本医疗保险暂行办法》
    # 襄政发〔2008〕21号: a document number
    D("2011年度", "2011"),
    # 一、…六、: section numbers; 本市: no place
    R("襄城区", XC),
    R("樊城区", FC),
    R("襄阳区", XZ, renamed_from="襄阳区"),          # 2010: the district 襄阳区 (→ 襄州区 2010-12), not the city 襄阳 (set 19 call 7)
    # 在襄高校: 襄 is a one-character abbreviation
    DR("2010年10月20日至12月31日", "2010-10-20", "2010-12-31"),
    T("3个月", 3, "month"),                         # 满3个月后: 满 is no qualifier, 后 does not make a duration a date
    M("每年200元", 200, period="year"),             # 成年居民每人每年200元
    M("80元", 80),
    M("120元", 120),
    M("每年100元", 100, period="year"),
    M("30元", 30),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    M("60元", 60),
    # 一级医院/二级医院/三级医院: levels
    M("200元", 200),
    P("65%", 0.65),
    M("400元", 400),
    P("55%", 0.55),
    M("700元", 700),
    P("45%", 0.45),
    # 一个年度: lone 一
    M("3万元", 30000),                              # 由3万元提高到5万元: two amounts
    M("5万元", 50000),
    C("8种", 8, "kind"),
    M("5000元", 5000),                              # 年度限额5000元
    D("2010年9月30日", "2010-09-30"),
    C("41.2万人", 412000, "person"),
    P("89%以上", 0.89, qualifier="min"),
    D("09年", "2009"),                              # 比09年同期: two-digit year (call 1)
    C("5.7万人", 57000, "person"),
    DR("1-9月", "--01", "--09"),                    # 今年1-9月
    M("1.36亿元", 136000000),
    R("樊城区", FC),                                # 樊城区人民路36号: an address; the road and 36号 are nothing
    PH("(0710)3512468"),                            # old 7-digit 襄樊 number
    PH("3512470", inferred_code="0710"),            # 、3512470: local, completed from the article's region
    PH("0710-3512471"),                             # 传真 (set 16 call 2: fax numbers are phones)
    U("www.xfyibao.example.cn"),
    R("襄樊市", XY, in_org=True, **RN),             # signature
    D("二○一○年十月十五日", "2010-10-15"),
]
