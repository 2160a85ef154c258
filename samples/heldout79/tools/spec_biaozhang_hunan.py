from gold_lib import *

HN, CS, ZZ, LL, XTX = "430000", "430100", "430200", "430281", "430321"   # 湖南省, 长沙市, 株洲市, 醴陵市, 湘潭县
HY, SD, YYX, DC, HS = "430400", "430582", "430621", "430703", "430903"   # 衡阳市, 邵东市, 岳阳县, 鼎城区, 赫山区
XX, YD, CZ, LLQ, XH = "433100", "430802", "431000", "431102", "431322"   # 湘西州, 永定区, 郴州市, 零陵区, 新化县
XT, AH, YI, XHZ, LY, CL, JY = "430300", "430923", "430900", "431227", "430181", "430821", "431125"
# 湘潭市, 安化县, 益阳市, 新晃侗族自治县, 浏阳市, 慈利县, 江永县
SPEC = [
    R("湖南省", HN, in_org=True),                   # 湖南省医疗保障局 (issuing offices)
    R("湖南省", HN, in_org=True),                   # 湖南省人力资源和社会保障厅 (资源: a common word)
    D("2024年度", "2024"),                          # title
    # 湘医保发〔2025〕9号: a document number (湘: a one-character abbreviation)
    # 各市州医疗保障局、人力资源和社会保障局: no place (资源: a common word)
    D("2024年", "2024"),
    C("6284.3万人", 62843000, "person"),
    P("95%以上", 0.95, qualifier="min"),
    M("9.86亿元", 986000000),
    R("长沙市", CS, in_org=True),                   # 长沙市医疗保障局待遇保障科
    C("20个", 20, "item"),                          # 等20个单位
    C("30名", 30, "person"),
    M("3000元", 3000),                              # 一次性奖励每人3000元: 一次性 (lone 一); 每人 is no period (guidelines)
    D("2024年度", "2024"),                          # 附件:2024年度…名单
    R("湖南省", HN, in_org=True),                   # signature
    R("湖南省", HN, in_org=True),
    D("2025年3月12日", "2025-03-12"),
    D("2024年度", "2024"),                          # the annex's title
    C("20个", 20, "item"),                          # 一、先进集体(20个,节选): a count in brackets
    R("长沙市", CS, in_org=True),
    R("株洲市", ZZ, in_org=True),
    R("醴陵市", LL, in_org=True),
    R("湘潭县", XTX, in_org=True),                  # 湘潭县 with 县: the county
    R("衡阳市", HY, in_org=True),
    R("邵东市", SD, in_org=True),                   # today's name (a 2025 list): no renamed_from
    R("岳阳县", YYX, in_org=True),
    R("常德市鼎城区", DC, in_org=True),             # a chain inside an office's name
    R("益阳市赫山区", HS, in_org=True),
    R("湘西土家族苗族自治州", XX, in_org=True),     # 土家族, 苗族 inside the prefecture's full name
    C("30名", 30, "person"),                        # 二、先进个人(30名,节选,…)
    # The names below contain places and are no places (call 2): 王岳峰 (岳: one character), 龙吉首 (吉首市),
    # 田桃源 (桃源县), 刘衡山 (衡山县), 李常宁 (常宁市), 杨永兴 (永兴县), 何新化 (新化县), 张韶山 (韶山市),
    # 陈安化 (安化县), 周益华, 赵怀化 (怀化市), 唐浏阳 (浏阳市), 彭慈利 (慈利县), 蒋江永 (江永县).
    # (女,苗族), (土家族), (侗族): ethnic groups, no places (call 3)
    R("长沙市", CS, in_org=True),                   # 王岳峰  长沙市医疗保障局…
    R("湘西土家族苗族自治州", XX, in_org=True),     # 龙吉首(女,苗族)  湘西…医疗保障事务中心
    R("张家界市永定区", YD, in_org=True),           # 田桃源(土家族)
    R("衡阳市", HY, in_org=True),                   # 刘衡山
    R("郴州市", CZ, in_org=True),                   # 李常宁(女)
    R("永州市零陵区", LLQ, in_org=True),            # 杨永兴
    R("娄底市新化县", XH, in_org=True),             # 何新化(女): the name right before the place of the same word
    R("湘潭市", XT, in_org=True),                   # 张韶山; 四级主任科员: a rank
    R("安化县", AH, in_org=True),                   # 陈安化
    R("益阳市", YI, in_org=True),                   # 周益华(女)  益阳市中心医院
    R("新晃侗族自治县", XHZ, in_org=True),          # 赵怀化(侗族)
    R("浏阳市", LY, in_org=True),                   # 唐浏阳  浏阳市集里医院 (集里: a street, no unit)
    T("31年", 31, "year"),                          # 已从事医保经办工作31年
    T("58岁", 58, "year", age=True),                # 现年58岁
    R("慈利县", CL, in_org=True),                   # 彭慈利(女,土家族)  慈利县人民医院
    R("江永县", JY, in_org=True),                   # 蒋江永; 四级主任科员
    # 联系人:省医疗保障局人事处 曾妮: 省 alone is no place
    PH("0731-89912356", city="长沙市"),             # 0731 is shared by 长沙, 株洲, 湘潭: the issuing office is in 长沙 (set 1 call 5)
    E("hnybrsc@example.com"),
]
