from gold_lib import *

NT, CC = "320600", "320613"                        # 南通市, 崇川区
SPEC = [
    R("南通市", NT),                                # title: a topic, not in_org
    D("2024年", "2024"),
    # 第三批: an ordinal; 保定 in 医保定点 (保定市 is in 河北): not a place
    D("2024-06-12", "2024-06-12"),
    R("南通市", NT, in_org=True),                   # 来源:南通市医疗保障局 (阅读次数:2081: bare number)
    R("江苏省", "320000", in_title=True),           # 《江苏省医疗保障定点医疗机构管理办法》
    C("8家", 8, "institution"),
    R("南通市", NT),                                # 纳入南通市基本医疗保险…: a programme
    DR("2024年6月12日至6月18日", "2024-06-12", "2024-06-18"),
    T("5个工作日", 5, "workday"),
    # the table (tab-separated): 序号 1-8 are list numbers; 统一社会信用代码 (12320602MB1A23456X, the
    # all-digit 123206854672910382 …) are IDs; 工农路128号, 长江路6号, 2号楼 … are roads, house and building
    # numbers; none is a mention.  Places inside a hospital's name are in_org, places in an address are not.
    R("南通市崇川区", CC, in_org=True),             # 南通市崇川区和平桥社区卫生服务中心 (和平, 平桥 in 和平桥: parts of a name)
    R("南通市崇川区", CC),                          # address (工农 in 工农路: a road)
    PH("0513-85512368"),
    R("如皋市", "320682", in_org=True),             # 如皋市长江镇中心卫生院 (长江镇: a town)
    R("如皋市", "320682"),
    PH("0513-87518120"),                            # ends in 120: one fixed number
    R("海安市", "320685", in_org=True),             # 海安市曲塘镇卫生院
    R("海安市", "320685"),                          # 振兴 in 振兴路: a road
    PH("0513-88821066"),
    R("启东市", "320681", in_org=True),             # 启东市康宁护理院
    R("启东市", "320681"),                          # 汇龙镇: a town
    PH("0513-83216688"),
    R("如东县", "320623", in_org=True),             # 如东县众康口腔门诊部
    R("如东县", "320623"),                          # 掘港街道: a street-level unit
    PH("0513-84523117"),
    R("南通", NT, in_org=True),                     # 南通瑞慈医院通州分院
    R("通州", "320612", in_org=True),               # 南通's 通州区 (北京 has one too): context decides
    R("南通市通州区", "320612"),                    # address (金沙 in 金沙街道: a street, not 金沙县)
    PH("0513-86123456"),
    R("海门区", "320614", in_org=True),             # 海门区三厂卫生院
    R("海门市", "320614", in_org=True, renamed_from="海门市"),   # (原海门市三厂卫生院): the former name
    R("海门区", "320614"),                          # address (三厂街道: a street-level unit; 通海 in 通海路: a road)
    PH("0513-82651120"),
    R("南通市", NT, in_org=True),                   # 南通市第六人民医院康复分院 (第六: an ordinal)
    R("南通市崇川区", CC),                          # address …305号2号楼
    PH("0513-85090120"),
    R("南通市", NT, in_org=True),                   # 南通市医疗保障局医药服务管理处
    PH("0513-59000312"),
    E("ntybyyc@163.com"),
    R("南通市崇川区", CC),                          # 世纪大道6号; 邮政编码:226018 (a postcode)
    R("南通市", NT, in_org=True),                   # signature
    D("2024年6月12日", "2024-06-12"),
]
