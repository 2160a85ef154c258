from gold_lib import *

HN, XT, YH, XX = "430000", "430300", "430302", "430381"   # 湖南省, 湘潭市, 雨湖区, 湘乡市
SPEC = [
    R("湖南省湘潭市雨湖区", YH, in_org=True),      # 湖南省湘潭市雨湖区人民法院 (court header: one chain, in_org)
    # 刑 事 判 决 书: spaced title, no number
    # (2024)湘0302刑初123号: a case number; 湘 is a one-character abbreviation and 0302 the court code
    # of 雨湖区 inside it: neither a place nor a number of the text
    R("湖南省湘潭市雨湖区", YH, in_org=True),      # 公诉机关…人民检察院
    D("1968年7月12日", "1968-07-12"),             # birth date
    R("湘潭市雨湖区", YH),                         # 湘潭市雨湖区某诊所: anonymised (某), plain
    R("湖南省湘潭市雨湖区", YH),                   # 住湖南省湘潭市雨湖区云塘街道某小区: an address chain; 云塘街道 a street
    D("2024年3月5日", "2024-03-05"),              # 于2024年3月5日被…刑事拘留
    R("湘潭市", XT, in_org=True),                  # 湘潭市公安局 (公安 here and in 公安机关: no place)
    DR("2024年3月5日至2024年4月3日", "2024-03-05", "2024-04-03"),   # custody
    R("湘潭市", XT, in_org=True),                  # 湘潭市看守所 (a facility's name)
    # 次日被取保候审: 次日 has no number, nothing
    D("2001年11月3日", "2001-11-03"),
    R("湖南省湘乡市", XX),                         # 住湖南省湘乡市
    D("2024年3月6日", "2024-03-06"),
    R("湖南", HN),                                 # 湖南某律师事务所: anonymised, plain
    R("湘潭市雨湖区", YH, in_org=True),            # 湘潭市雨湖区人民检察院
    # 雨检刑诉〔2024〕98号: a document number
    D("2024年5月20日", "2024-05-20"),
    DR("2021年1月至2023年10月", "2021-01", "2023-10"),   # …间: 间 outside
    C("127名", 127, "person"),
    C("2,386张", 2386, "piece"),
    M("12.5万元", 125000),                         # 人民币12.5万元: 人民币 is not a unit (set 31 call 6)
    M("3.2万元", 32000),
    D("2023年11月8日", "2023-11-08"),
    R("湘潭市", XT, in_org=True),                  # 湘潭市医疗保障局
    # 次日将线索移送: no number
    D("2024年3月5日", "2024-03-05"),
    # 当日如实供述: no number
    M("十二万五千元", 125000),                     # 人民币十二万五千元
    M("五万元", 50000),                            # 罚金人民币五万元
    M("二万元", 20000),
    T("20岁", 20, "year", age=True),               # 作案时年仅20岁: 年仅 outside
    # 二被告人: no classifier; 共和 (中华人民共和国) no place
    # 第二百六十六条, 第二十七条, 第六十七条第一款, 第七十二条第一款, 第五十二条: article numbers
    # 一、二、三、: list numbers
    T("三年", 3, "year"),                          # 有期徒刑三年六个月: a calendar's compound, two durations
    T("六个月", 6, "month"),
    M("五万元", 50000),
    # 羁押一日折抵刑期一日: lone 一 twice
    DR("2024年3月5日至2024年4月3日", "2024-03-05", "2024-04-03"),
    T("三年", 3, "year"),                          # 有期徒刑三年
    T("四年", 4, "year"),                          # 缓刑四年
    M("二万元", 20000),
    M("12.5万元", 125000),
    R("湘潭市", XT, in_org=True),                  # 由湘潭市医疗保障局返还
    # 第二日起: an ordinal (set 29 call 6)
    T("十日", 10, "day"),                          # 十日内: 内 is no qualifier
    R("湖南省湘潭市", XT, in_org=True),            # 湖南省湘潭市中级人民法院
    # 正本一份: lone 一
    C("二份", 2, "piece"),                         # 副本二份
    D("二〇二四年六月十八日", "2024-06-18"),
]
