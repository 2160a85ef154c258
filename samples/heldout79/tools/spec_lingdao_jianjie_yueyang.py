from gold_lib import *

YY, HR, XYX = "430600", "430623", "430624"         # 岳阳市, 华容县 (岳阳's; not 鄂州's 华容区), 湘阴县
ML, PJ, YYX, YYL, HN = "430681", "430626", "430621", "430602", "430000"   # 汨罗市, 平江县, 岳阳县, 岳阳楼区, 湖南省
SPEC = [
    R("岳阳市", YY, in_org=True),                   # breadcrumb 岳阳市医疗保障局 > 机构概况 > 领导简介
    D("2025-03-28", "2025-03-28"),                  # 更新时间
    # 局长  周平江: a person's name (平江县 inside it: call 2); 汉族: an ethnic group (call 3)
    D("1972年8月", "1972-08"),
    R("湖南华容", HR),                              # a chain: 华容 under 湖南 is 岳阳's 华容县
    D("1994年7月", "1994-07"),
    D("1997年6月", "1997-06"),
    R("岳阳市", YY, in_org=True),
    DR("1990.09—1994.07", "1990-09", "1994-07"),    # a dotted year-month range with an em dash (call 4)
    R("湖南", HN, in_org=True),                     # 湖南中医学院
    DR("1994.07—1998.03", "1994-07", "1998-03"),
    R("华容县", HR, in_org=True),                   # 华容县卫生局
    DR("1998.03—2003.11", "1998-03", "2003-11"),
    R("华容县", HR, in_org=True),
    DR("2003.11—2009.06", "2003-11", "2009-06"),
    R("岳阳市", YY, in_org=True),
    DR("2006.09—2006.12", "2006-09", "2006-12"),    # (其间:…): a range inside brackets
    R("湘阴县", XYX, in_org=True),                  # 湘阴县人民医院
    DR("2009.06—2015.03", "2009-06", "2015-03"),
    R("岳阳市", YY, in_org=True),                   # 岳阳市人力资源和社会保障局 (资源: a common word, no place)
    DR("2015.03—2019.01", "2015-03", "2019-01"),
    R("岳阳市", YY, in_org=True),                   # 岳阳市医疗保险管理处
    D("2019.01", "2019-01"),                        # 2019.01— with no end (the post held now): a date, not a range (call 4)
    R("岳阳市", YY, in_org=True),
    # 李汨罗(女): a person's name (汨罗 inside it: call 2)
    D("1979年12月", "1979-12"),
    R("湖南汨罗", ML),                              # the birthplace: the same word as the name, a place here
    D("2002年7月", "2002-07"),
    # 副主任医师: a title
    R("岳阳市", YY, in_org=True),
    DR("1997.09—2002.07", "1997-09", "2002-07"),    # 中南大学湘雅医学院: 中南, 湘雅 are no units
    DR("2002.07—2012.05", "2002-07", "2012-05"),
    R("岳阳市", YY, in_org=True),                   # 岳阳市第一人民医院 (第一: an ordinal in the name)
    DR("2012.05—2019.01", "2012-05", "2019-01"),
    R("岳阳市", YY, in_org=True),
    DR("2019.01—2021.08", "2019-01", "2021-08"),
    R("岳阳市", YY, in_org=True),
    D("2021.08", "2021-08"),                        # 2021.08—至今: 至今 is no date (call 4)
    R("岳阳市", YY, in_org=True),
    # 欧阳建新: a person's name; 土家族: an ethnic group (call 3)
    D("1976.04", "1976-04"),                        # 1976.04生: a dotted year-month (set 69 call 1)
    R("湖南平江", PJ),
    D("1995.12", "1995-12"),                        # 1995.12参加工作
    R("岳阳市", YY, in_org=True),
    DR("1995.12—2004.02", "1995-12", "2004-02"),
    R("平江县", PJ, in_org=True),                   # 平江县人民武装部
    DR("1999.09—2001.07", "1999-09", "2001-07"),
    R("湖南", HN, in_org=True),                     # 湖南大学
    DR("2004.02—2010.10", "2004-02", "2010-10"),
    R("平江县", PJ, in_org=True),
    DR("2010.10—2016.06", "2010-10", "2016-06"),
    R("平江县", PJ, in_org=True),                   # 平江县新型农村合作医疗管理办公室 (合作: no place)
    DR("2016.06—2019.01", "2016-06", "2019-01"),
    R("岳阳市", YY, in_org=True),
    DR("2019.01—2023.04", "2019-01", "2023-04"),
    R("汨罗市", ML, in_org=True),
    D("2023.04", "2023-04"),                        # 2023.04—今 (call 4)
    R("岳阳市", YY, in_org=True),
    # 总会计师  王君山: a person's name (君山区 of 岳阳 inside it: call 2)
    D("1981年6月", "1981-06"),
    R("湖南岳阳县", YYX),                           # 岳阳县 with 县: the county
    DR("2004.07—2019.01", "2004-07", "2019-01"),    # glued to 在 with no space: still the range
    R("岳阳市", YY, in_org=True),                   # 岳阳市财政局
    D("2019年1月", "2019-01"),                      # 2019年1月至今: 至今 is no date, 至 a preposition (set 1 call 15)
    R("岳阳市", YY, in_org=True),
    D("2024年9月", "2024-09"),
    R("岳阳市岳阳楼区", YYL),                        # address chain; 巴陵东路287号 (巴陵: no unit), 邮编:414000: nothing
    PH("0730-8826315"),
    PH("0730-8826320"),                             # 传真: a fax number is a phone number
    E("yyybjbgs@example.com"),
]
