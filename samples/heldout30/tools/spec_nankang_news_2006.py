from gold_lib import *

NK, GZ, JX = "360703", "360700", "360000"        # 南康市 (→ 南康区, 2013), 赣州市, 江西省
# The page is full-width (２００６年, ５８．３万人, ４０％～５０％, （０７９７）); offsets and texts are those
# of the NFKC text. 新型农村合作医疗 (×2) and 合作医疗: 合作 is no place. 赣南日报 (×2, 赣南日报网): 赣南 is a
# region's common name, not a gazetteer unit: no place.
SPEC = [
    # breadcrumb 新闻中心 > 县域经济: nothing
    R("南康市", NK, renamed_from="南康市"),              # headline: a place before a topic
    D("2006-11-23", "2006-11-23"),                       # 发布时间 (set 1 call 8: no role); 09:15 a time of day
    U("http://www.example.com.cn/gnrb/2006-11/23/content_4521.htm"),   # the digits inside the URL are nothing
    R("南康市", NK, renamed_from="南康市", in_org=True), # 南康市唐江镇卫生院 (set 5 call 2: a full name); 唐江镇 a town
    D("2006年", "2006"),
    R("南康市", NK, renamed_from="南康市"),
    R("江西省", JX),                                     # 江西省第二批…试点县: a place before a programme; 第二批 an ordinal
    # 试点县(市), 不到一年 (a lone 一): nothing
    C("58.3万人", 583000, "person"),
    P("86.4%", 0.864),
    P("近20个百分点", 0.2, points=True, qualifier="approx"),   # 近 means "nearly" here (set 9 call 10)
    R("南康市", NK, renamed_from="南康市"),              # 今年南康市新农合筹资标准 (今年 is no date)
    M("每年30元", 30, period="year"),
    M("10元", 10),
    M("10元", 10),                                       # 省、市、县三级财政: 三级 is no count (级 no classifier)
    M("10元", 10),
    M("1749万元", 17490000),
    M("50元", 50),
    P("40%", 0.4),                                       # 40%~50%: every % is its own mention
    P("50%", 0.5),
    M("200元", 200),
    P("30%", 0.3),
    P("35%", 0.35),
    R("赣州市", GZ),                                     # 赣州市内的市级医院: 内 outside
    M("500元", 500),
    P("25%", 0.25),
    M("每年1.5万元", 15000, period="year"),              # 封顶线为每人每年1.5万元
    D("10月底", "--10", qualifier="approx"),             # 截至10月底: 截至 outside
    C("2.1万人次", 21000, "person"),
    M("1860万元", 18600000),
    M("880元左右", 880, qualifier="approx"),
    P("3.6%", 0.036),
    # 某村: no place; 一笔账: a lone 一
    D("3月", "--03"),                                    # 今年3月: 今年 outside (set 6 call 2)
    T("7天", 7, "day"),                                  # 住了7天院
    M("2400元", 2400),
    M("860元", 860),
    R("南康市", NK, renamed_from="南康市", in_org=True), # 南康市合管办主任 (place + office)
    D("2007年1月1日起", "2007-01-01", qualifier="from"),
    M("2万元", 20000),
    P("5个百分点", 0.05, points=True),
    C("18个", 18, "item"),                               # 18个乡镇
    R("南康市", NK, renamed_from="南康市"),              # 南康市已有定点医疗机构: the place, plain
    C("26家", 26, "institution"),
    C("3家", 3, "institution"),
    R("南康市", NK, renamed_from="南康市", in_org=True), # 南康市合管办开通了
    PH("(0797)6622318"),                                 # the parentheses belong to the number (set 1 call 16); 8:00-18:00 times
]
