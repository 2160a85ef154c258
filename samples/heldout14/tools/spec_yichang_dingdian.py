from gold_lib import *

YC = "420500"                                       # 宜昌市
# Chrome: <head> (incl. <title> and the keywords meta), <header> (logo 宜昌市医疗保障局, 今天是2025年7月8日),
# <nav>, div.breadcrumb (首页 > 政务公开 > 通知公告) and <footer> (主办单位, 地址 宜昌市西陵区沿江大道102号,
# 邮编443000, 电话0717-6451200, ICP, 网站标识码) are not visible text (set 2 call 1): no gold.
SPEC = [
    R("宜昌市", YC, in_org=True),                   # <h1> 宜昌市医疗保障局关于…公告
    D("2025年", "2025"),                            # 第二批: an ordinal; 医保定点 (×3 on the page): 保定 is no place
    D("2025-07-08", "2025-07-08"),                  # 发布日期; 浏览次数:2316 a counter
    # 《医疗机构医疗保障定点管理暂行办法》(国家医疗保障局令第2号): no place; a document number
    R("湖北省", "420000", in_title=True),           # 《湖北省医疗保障定点医药机构管理办法》: a regulation, no office
    R("宜昌市", YC, in_org=True),                   # 宜昌市第二人民医院西陵分院 (第二人民医院: an ordinal, no count)
    R("西陵", "420502", in_org=True),               # …西陵分院: a branch named after the district, part of the name
    C("12家", 12, "institution"),
    D("2025年", "2025"),
    D("2025年7月15日起", "2025-07-15", qualifier="from"),
    T("1年", 1, "year"),
    DR("2025年6月23日至6月27日", "2025-06-23", "2025-06-27"),
    C("2条", 2, "item"),
    # table: 序号 1 … 12 are list numbers
    R("宜昌市", YC, in_org=True),
    R("西陵", "420502", in_org=True),
    R("西陵区", "420502"),                          # the 所在地 column: plain places
    R("宜昌伍家岗", "420503", in_org=True),         # a city + district chain inside a hospital's name
    R("伍家岗区", "420503"),
    R("宜昌市夷陵区", "420506", in_org=True),       # 小溪塔街道: a street, no place
    R("夷陵区", "420506"),
    R("宜都市", "420581", in_org=True),             # 陆城: a township; 仁和 (攀枝花's 仁和区) a shop word here, no place
    R("宜都市", "420581"),
    R("当阳市", "420582", in_org=True),             # 玉泉街道: a street (玉泉 is also 呼和浩特's 玉泉区), no place
    R("当阳市", "420582"),
    R("枝江", "420583", in_org=True),               # 同济: no place
    R("枝江市", "420583"),
    R("秭归县", "420527", in_org=True),             # 茅坪镇: a town
    R("秭归县", "420527"),
    R("长阳土家族自治县", "420528", in_org=True),   # 龙舟坪镇: a town
    R("长阳土家族自治县", "420528"),
    R("五峰", "420529", in_org=True),               # 康宁: no place
    R("五峰土家族自治县", "420529"),
    R("远安县", "420525", in_org=True),             # 鸣凤镇: a town
    R("远安县", "420525"),
    R("兴山县", "420526", in_org=True),             # 兴山 is also 鹤岗's 兴山区; 兴山县 written in full and in 宜昌
    R("兴山县", "420526"),
    R("宜昌猇亭", "420505", in_org=True),           # 安康护理院: 安康 (安康市's short name) a common word ("well-being"), no place
    R("猇亭区", "420505"),
    T("30日", 30, "day"),                           # 30日内: 内 no qualifier
    D("2025年8月1日前", "2025-08-01", qualifier="until"),
    # 一年内: lone 一, no duration
    C("2次以上", 2, "time", qualifier="min"),
    D("2025年6月底", "2025-06", qualifier="approx"),
    C("1864家", 1864, "institution"),
    C("2217家", 2217, "institution"),
    P("68.5%", 0.685),
    PH("0717-6451293"),                             # 联系人:孙某
    PH("12345"),                                    # 监督电话
    R("宜昌市", YC, in_org=True),                   # signature
    D("2025年7月8日", "2025-07-08"),
    # 【打印本页】【关闭窗口】: nothing; the footer is chrome (above)
]
