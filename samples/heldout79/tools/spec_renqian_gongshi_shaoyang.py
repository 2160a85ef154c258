from gold_lib import *

SY, SD, XY = "430500", "430582", "420600"          # 邵阳市; 邵东市 (邵东县 until 2019); 襄阳市 (襄樊市 until 2010)
XS, CB, SYX = "430522", "430529", "430523"         # 新邵县, 城步苗族自治县, 邵阳县
DK, WG, DX = "430525", "430581", "430503"          # 洞口县, 武冈市, 大祥区
SPEC = [
    R("邵阳市", SY, in_org=True),                   # 中共邵阳市委组织部 (title): 市委 is an organisation's word
    D("2025-06-16", "2025-06-16"),                  # 发布时间 (set 1 call 8: no role); 09:30 is a time
    R("邵阳市", SY, in_org=True),                   # 来源:邵阳市委组织部
    # 浏览次数:3862: a bare counter; 《党政领导干部选拔任用工作条例》: no place
    C("5名", 5, "person"),
    C("2名", 2, "person"),                          # 女同志2名
    C("2名", 2, "person"),                          # 少数民族干部2名
    T("44.6岁", 44.6, "year", age=True),            # 平均年龄44.6岁 (call 5)
    # 一、: list number; 刘建华: a person's name (建华, a district of 齐齐哈尔, inside it: call 2); 汉族: an ethnic group (call 3)
    D("1978年3月", "1978-03"),                      # 1978年3月生: 生 is no qualifier
    R("湖南邵东县", SD, renamed_from="邵东县"),      # birthplace under the county's former name (call 1)
    D("1999年7月", "1999-07"),                      # 参加工作
    D("2001年6月", "2001-06"),
    R("邵阳市", SY, in_org=True),                   # 现任邵阳市医疗保障局…
    R("邵阳市", SY, in_org=True),                   # 拟任邵阳市医疗保障局…
    # 邓武冈: a person's name; 武冈 (a county-level city) inside it is no place (call 2)
    D("1975年10月", "1975-10"),
    R("湖北襄樊", XY, renamed_from="襄樊市"),        # the city's name until 2010, short form in a chain (call 1)
    D("1996年8月", "1996-08"),
    D("1998年12月", "1998-12"),
    R("新邵县", XS, in_org=True),                   # 新邵县卫生局
    R("新邵县", XS, in_org=True),                   # 新邵县医疗保障局
    R("新邵县", XS, in_org=True),                   # 新邵县人民政府 (a government: in_org)
    R("城步苗族自治县", CB, in_org=True),           # 城步苗族自治县县委: 苗族 here is part of the county's name
    T("2年", 2, "year"),                            # 挂职2年
    # 三、马玉兰(女); 回族: an ethnic group (call 3)
    D("1986年5月", "1986-05"),
    R("湖南邵阳县", SYX),                           # 邵阳县 written with 县: the county, not the city
    T("39岁", 39, "year", age=True),                # 现年39岁
    D("2008年9月", "2008-09"),
    D("2010年5月", "2010-05"),
    R("邵阳县", SYX, in_org=True),
    R("邵阳县", SYX, in_org=True),
    # 四、胡双峰: a person's name (双峰县 of 娄底 inside it: call 2)
    D("1980年1月", "1980-01"),
    R("湖南洞口", DK),                              # 洞口 = 洞口县
    D("2002年7月", "2002-07"),
    # 主任医师: a title
    R("武冈市", WG, in_org=True),                   # 武冈市医保基金监管中心
    R("邵阳市", SY, in_org=True),
    T("1年", 1, "year"),                            # 试用期1年 (digit 1: not the lone 一, set 1 call 13)
    # 五、曾湘宁: a person's name (湘, 宁: one-character abbreviations, nothing); 苗族: an ethnic group
    D("1983年12月", "1983-12"),
    R("湖南城步", CB),                              # 城步 = 城步苗族自治县 (short name)
    D("2005年7月", "2005-07"),
    D("2007年6月", "2007-06"),
    D("2015年起", "2015", qualifier="from"),
    R("邵阳", SY, in_org=True),                     # 邵阳医专附属医院: an abbreviated name (濮阳三院); 邵阳 = the city, not 邵阳县
    T("10余年", 10, "year", qualifier="min"),       # 余 between the number and its unit → min (guidelines)
    R("大祥区", DX, in_org=True),
    R("大祥区", DX, in_org=True),
    DR("2025年6月16日至6月20日", "2025-06-16", "2025-06-20"),
    T("5个工作日", 5, "workday"),                   # 共5个工作日: 共 is no qualifier
    # “凭印象”: no number
    PH("0739-5326180"),                             # 受理电话; 8:00-12:00, 14:30-17:30: times of day
    PH("139 0739 4286"),                            # a mobile written in groups (its middle group happens to be 0739)
    U("http://www.sy12380.example.gov.cn"),         # 12380 inside the URL: nothing
    E("sygbjd@example.com"),
    R("邵阳市大祥区", DX),                          # address: a chain (set 1 call 18); 宝庆西路138号: a road (宝庆 is no unit), 邮编422000: nothing
    # “任前公示反映”: no number
    D("2025年6月20日", "2025-06-20"),               # 截止时间为2025年6月20日17:30: 17:30 is a time
    T("15个工作日", 15, "workday"),                 # 15个工作日内: 内 is not a qualifier
    R("邵阳市", SY, in_org=True),                   # signature 中共邵阳市委组织部
    D("2025年6月16日", "2025-06-16"),
]
