from gold_lib import *

YX, SY, HB = "420304", "420300", "420000"        # 郧县 (→ 郧阳区, 2014), 十堰市, 湖北省
SPEC = [
    # 新型农村合作医疗 (×7, also 合作医疗证): 合作 is no place (guidelines)
    R("郧县", YX, renamed_from="郧县"),              # title line: a place before a topic (no 《》)
    D("2008年度", "2008"),
    # 郧合管〔2008〕3号: a document number
    # 各乡镇人民政府, 县直, 我县: no places
    R("湖北省", HB, in_title=True),                  # 《湖北省新型农村合作医疗补偿方案指导意见》: a title, not an organisation
    R("十堰市", SY, in_title=True),                  # 《十堰市2008年新型农村合作医疗工作实施意见》
    D("2008年", "2008"),                             # the year inside the title (set 2 call 15)
    D("2008年1月1日起", "2008-01-01", qualifier="from"),
    D("2007年度", "2007"),
    # 一、筹资标准 (list numbers)
    D("2008年度", "2008"),
    M("每年100元", 100, period="year"),              # 每人每年100元 (每人 outside, set 1 call 2)
    M("40元", 40),
    M("30元", 30),
    M("10元", 10),
    M("20元", 20),
    C("48.6万人", 486000, "person"),
    P("93.7%", 0.937),
    P("4.2个百分点", 0.042, points=True),
    P("10%", 0.1),
    P("10%", 0.1),
    M("每年15元", 15, period="year"),                # 按每人每年15元划入
    # (一)起付线与补偿比例: 乡镇卫生院/县级/市级/县外 are levels, no mentions
    M("100元", 100),
    P("65%", 0.65),
    M("300元", 300),
    P("50%", 0.5),
    R("十堰市", SY, in_org=True),                    # 十堰市太和医院 (太和, 太和县's short name in 安徽, is the hospital's name: no place)
    R("十堰市", SY, in_org=True),                    # 十堰市人民医院
    M("600元", 600),
    P("40%", 0.4),
    R("十堰市", SY),                                 # 十堰市以外: 以外 is not part of it (no list word), plain
    M("1000元", 1000),
    P("30%", 0.3),
    # 一个年度: a lone 一
    M("最高3万元", 30000, qualifier="max"),          # 累计最高3万元: 最高 touches
    # 1. 2. … list numbers
    M("300元", 300),                                 # 顺产每例补助300元: 每例 no period, 补助 between
    M("500元", 500),
    P("5个百分点", 0.05, points=True),
    P("70%", 0.7),
    T("30日", 30, "day"),                            # 出院后30日内: 内 is not a list word
    R("郧县", YX, renamed_from="郧县", in_org=True), # 郧县人民医院
    R("郧县", YX, renamed_from="郧县", in_org=True), # 郧县中医医院
    M("300元", 300),                                 # 起付线按300元减半计算: 减半 is nothing
    C("8种", 8, "kind"),
    M("不超过500元", 500, qualifier="max"),          # 每人每年补助不超过500元: 补助 stands between the period and the amount
    C("3种", 3, "kind"),
    M("每年最高8000元", 8000, period="year", qualifier="max"),   # 每人每年最高8000元 (period + qualifier, set 1 call 3)
    T("2年", 2, "year"),                             # 参合满2年: 满 is not a qualifier
    T("2年", 2, "year"),                             # 每2年安排一次: 每 is no period for a duration (set 3 call 4); 一次 a lone 一
    M("不超过20元", 20, qualifier="max"),            # 每人不超过20元: 每人 is no period
    T("15个工作日", 15, "workday"),                  # 15个工作日内
    R("郧西县", "420322"),
    R("丹江口市", "420381"),
    # 邻县, 本县: no places
    R("郧县", YX, renamed_from="郧县", in_org=True), # 郧县新型农村合作医疗管理办公室
    PH("0719-7222316", city="十堰市"),               # 0719 is shared by 十堰市 and 神农架林区: the article's region decides (set 1 call 5)
    PH("0719-7211580", city="十堰市"),
    R("郧县", YX, renamed_from="郧县", in_org=True), # signature: 郧县新型农村合作医疗管理委员会
    D("二〇〇八年一月八日", "2008-01-08"),
]
