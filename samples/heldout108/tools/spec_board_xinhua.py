from gold_lib import *

XH = "431322"   # 新化县 (娄底市)
SPEC = [
    R("新化县", XH, in_org=True),                   # 新化县洋溪镇中心卫生院 (heading): a place inside a health centre's name; 洋溪镇 a township
    D("2025年", "2025"),                            # 2025年第二季度: 第二季度 is an ordinal, the year is a date
    D("2025年4月1日", "2025-04-01"),                # 更新日期
    R("新化县", XH, in_org=True),                   # 新化县医疗保障局《…》
    D("2025年度", "2025"),                          # inside 《关于公布2025年度基层定点医疗机构名单的通知》
    # table: 序号 1…8 row numbers; N组 (3组, 7组, 1组, 5组, 11组, 2组, 9组, 4组) villagers' groups, nothing;
    # village names 石门村 (石门县), 长宁村 (长宁县), 龙山村 (龙山县), 新田村 (新田县, 湖南 永州), 桃林村, 团结村, 洋溪村, 大桥村:
    # villages below the gazetteer, no places even when the name equals a county's short name;
    # 罗建华: a person's name (建华 is 建华区's short name in 齐齐哈尔), nothing
    PH("13874521036"),
    PH("0738-3561204"),
    PH("15973876512"),
    PH("0738-3568817"),
    PH("18907383326"),
    PH("13574867015"),
    PH("0738-3563390"),
    PH("13207383471"),
    M("每人次10元", 10, period="time"),
    M("9元", 9),
    M("1元", 1),
    # 挂号费:…均不另收: no amount
    P("60%", 0.6),
    M("200元", 200),                                # 每人每年限额200元: 限额 between 每年 and the amount, no period (set call)
    # 1. 2. 3. 4. 5.: list numbers
    C("8家", 8, "institution"),
    C("23个", 23, "item"),
    C("约3.1万人", 31000, "person", qualifier="approx"),
    # 8:00-12:00、14:30-17:30: times
    T("65周岁以上", 65, "year", age=True, qualifier="min"),
    C("1次", 1, "time"),                            # 每年体检1次: counts take no period
    DR("2025年4月1日至4月30日", "2025-04-01", "2025-04-30"),
    PH("3561120", inferred_code="0738"),            # 本院医保办电话3561120: local number completed from the page's region (新化县, 0738 娄底)
    # 洋溪镇解放路18号: township + road name and number (解放 in 解放路 is part of a road's name, not 解放区); 邮编417614: postcode
    PH("0738-3562345"),
    R("新化县", XH, in_org=True),                   # (新化县医疗保障局)
    PH("12345"),
    R("新化县", XH, in_org=True),                   # signature 新化县洋溪镇中心卫生院
    D("2025年4月1日", "2025-04-01"),
]
