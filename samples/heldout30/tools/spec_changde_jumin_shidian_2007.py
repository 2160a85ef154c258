from gold_lib import *

CD, HN = "430700", "430000"                     # 常德市, 湖南省
SPEC = [
    R("常德市", CD, in_org=True),                        # 常德市人民政府关于…: the issuing government's name in the title line
    # 常政发〔2007〕21号: a document number; 各区县(市), 市直: no places
    R("湖南省", HN, in_org=True),                        # 湖南省人民政府有关文件
    # 全国首批 (全国 no place, 首批 an ordinal), 之一: nothing
    D("2007年", "2007"),
    R("武陵区", "430702"),
    R("鼎城区", "430703"),
    R("津市市", "430781"),                               # the county-level city 津市 + 市
    D("2008年", "2008"),
    R("安乡县", "430721"),
    R("汉寿县", "430722"),
    R("澧县", "430723"),                                 # one character + 县
    R("临澧县", "430724"),
    R("桃源县", "430725"),
    R("石门县", "430726"),
    D("2009年", "2009"),
    D("2010年", "2010"),                                 # 到2010年: 到 outside (no range: nothing before it)
    C("约28.4万人", 284000, "person", qualifier="approx"),
    P("80%以上", 0.8, qualifier="min"),
    # (一)…(四) list numbers
    T("18周岁", 18, "year", age=True),                   # 未满18周岁: 未满 is not a list word (set 3)
    M("每年100元", 100, period="year"),
    M("40元", 40),
    M("60元", 60),
    T("18周岁以上", 18, "year", age=True, qualifier="min"),
    M("每年240元", 240, period="year"),
    M("40元", 40),
    M("200元", 200),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    M("每年200元", 200, period="year"),
    M("60元", 60),
    M("140元", 140),
    M("10元", 10),                                       # 由财政再补助10元
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    M("不低于60元", 60, qualifier="min"),                # 再补助不低于60元
    M("每年20元", 20, period="year"),                    # 按每人每年20元给予补助
    # 省、市、区县(市)三级财政 (三级: no classifier), 3:3:4 (a ratio): nothing
    DR("每年9月1日至10月31日", "--09-01", "--10-31", recurring="yearly"),
    D("2007年度", "2007"),
    DR("2007年10月8日至11月30日", "2007-10-08", "2007-11-30"),
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),   # 自缴费次月1日起
    T("3个月", 3, "month"),                              # 满3个月后: 满 and 后 outside
    DR("2007年12月1日至2008年11月30日", "2007-12-01", "2008-11-30"),
    # 一级/二级/三级医院: hospital levels
    M("200元", 200),
    M("400元", 400),
    M("600元", 600),
    # 一个年度 (a lone 一), 第二次 (an ordinal)
    P("50%", 0.5),
    P("60%", 0.6),
    P("50%", 0.5),
    P("40%", 0.4),
    P("5个百分点", 0.05, points=True),
    M("3万元", 30000),                                   # 年度最高支付限额:学生和少年儿童3万元 (最高 does not touch)
    M("2万元", 20000),
    # 市外, 市医保中心: no places
    P("10%", 0.1),
    D("2007年9月30日前", "2007-09-30", qualifier="until"),
    C("1名以上", 1, "person", qualifier="min"),          # digit 1 is no lone 一 (set 1 call 13); 每个社区: no number
    C("42家", 42, "institution"),
    PH("0736-7252190"),
    PH("12333"),
    E("cdjmyb2007@example.com"),                         # the digits inside the address are nothing
    R("常德市", CD, in_org=True),                        # signature
    D("二〇〇七年九月十日", "2007-09-10"),
]
