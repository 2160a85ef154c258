from gold_lib import *

HS = "131100"                                       # 衡水市 (河北省)
TC = "131102"                                       # 桃城区
WY = "131122"                                       # 武邑县
SPEC = [
    R("河北省衡水市桃城区", TC, in_org=True),       # 河北省衡水市桃城区人民法院: a chain inside the court's name
    # 刑 事 判 决 书: spaced title; (2025)冀1102刑初218号: a case number (a document number: nothing; 冀 a
    # one-character abbreviation; (2025) a bare year in brackets)
    R("衡水市桃城区", TC, in_org=True),             # 公诉机关衡水市桃城区人民检察院
    D("1968年5月", "1968-05"),                      # 1968年5月出生
    R("衡水市武邑县", WY),                          # 衡水市武邑县人 (a place of origin: no org)
    D("2024年11月6日", "2024-11-06"),
    D("11月20日", "--11-20"),                       # 同年11月20日: 同年 is no part of the date (set 1 call 9: 翌年)
    R("河北", "130000"),                            # 河北某律师事务所: anonymised, plain (maintainer: sets 13 and 18's reading; the annotator had in_org)
    R("衡水市桃城区", TC, in_org=True),             # 衡水市桃城区人民检察院以…起诉书
    # 衡桃检刑诉〔2025〕96号: a document number; 衡/桃 are one-character abbreviations
    D("2025年3月4日", "2025-03-04"),
    DR("2021年6月至2023年9月", "2021-06", "2023-09"),
    R("衡水市", HS),                                # 衡水市某医院: anonymised, plain (maintainer: sets 13 and 18's reading; the annotator had in_org)
    C("11张", 11, "piece"), C("11份", 11, "piece"),
    M("14.62万元", 146200),                         # 合计14.62万元: 合计 is no qualifier (set 17 call 3)
    C("8次", 8, "time"),                            # 先后8次
    R("武邑县", WY, in_org=True),                   # 武邑县医疗保障局
    # “二次报销”: secondary reimbursement, nothing (guidelines)
    M("4.35万元", 43500), M("2.18万元", 21800),
    M("6.53万元", 65300),                           # 共计6.53万元: 共计 is no qualifier
    R("武邑县", WY, in_org=True),                   # 武邑县医疗保障局出具的报案材料
    M("6.53万元", 65300),
    # 《中华人民共和国刑法》: a country (共和, the short name of 青海's 共和县, is inside the word 共和国: no place), no division of GB/T 2260; 第二百六十六条、第六十七条第三款、第七十二条第一款:
    # article numbers (ordinals)
    # 一、 二、: list numbers
    T("三年", 3, "year"),                           # 有期徒刑三年
    T("四年", 4, "year"),                           # 缓刑四年
    M("30000元", 30000),                            # 罚金人民币30000元: 人民币 is not a unit (the unit is 元)
    T("十日", 10, "day"),                           # 判决生效后十日内
    M("6.53万元", 65300),                           # 追缴的违法所得6.53万元
    R("武邑县", WY, in_org=True),
    # 第二日: an ordinal
    T("十日", 10, "day"),                           # 第二日起十日内
    R("河北省衡水市", HS, in_org=True),             # 河北省衡水市中级人民法院
    # 正本一份: lone 一 (no count)
    C("二份", 2, "piece"),                          # 副本二份
    D("二〇二五年四月十日", "2025-04-10"),
]
