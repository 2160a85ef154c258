from gold_lib import *

SJZ, GC, LC, LQ = "130100", "130109", "130111", "130110"   # 石家庄市, 藁城市→藁城区, 栾城县→栾城区, 鹿泉市→鹿泉区
CA, QX, XH, YH = "130102", "130104", "130105", "130108"    # 长安区, 桥西区, 新华区, 裕华区 (石家庄's: the record is about 石家庄)
ZD, XJ, JZ = "130123", "130181", "130183"                 # 正定县, 辛集市, 晋州市
DOCS = {
    "heldout48-feizhi-1": [
        R("石家庄市", SJZ, in_org=True),            # 石家庄市医疗保障局关于废止…的决定 (title line, no 《》)
        # 石医保规〔2024〕6号: a document number
        D("2018年", "2018"),                        # 2018年机构改革以来: 以来 does not touch the date
        C("3件", 3, "item"),                        # 废止规范性文件3件
        C("2件", 2, "item"),                        # 宣布失效2件
        C("19件", 19, "item"),
        # 一、/二、 and 1./2./3.: list numbers
        C("3件", 3, "item"),                        # (3件)
        R("石家庄市", SJZ, in_title=True),          # 《石家庄市城镇职工…管理办法》; 石人社发〔2016〕23号: a document number
        D("2016年8月5日", "2016-08-05"),            # 印发 date in the list: a date (call 3)
        R("藁城市", GC, in_title=True, renamed_from="藁城市"),   # 《关于藁城市新型农村合作医疗…》: former name (市→区 2014); 合作 no place
        # 藁卫发〔2013〕11号: a document number (藁 one character)
        D("2013年3月18日", "2013-03-18"),
        R("石家庄市", SJZ, in_title=True),          # 《石家庄市城乡居民大病保险实施细则(试行)》; 石政办发〔2017〕56号
        D("2017年11月30日", "2017-11-30"),
        C("2件", 2, "item"),                        # (2件)
        R("栾城县", LC, in_title=True, renamed_from="栾城县"),   # 《关于调整栾城县新农合…》: former name (县→区 2014)
        # 栾卫字〔2012〕8号: a document number
        D("2014年12月31日", "2014-12-31"),          # 有效期已于…届满: 于 a preposition
        R("石家庄市", SJZ, in_title=True, in_org=True),   # 《石家庄市医疗保障局关于做好2020年…的通知》: both flags
        D("2020年", "2020"),                        # a date inside a 《title》 is annotated
        # 石医保发〔2020〕3号: a document number
        D("2025年1月1日起", "2025-01-01", qualifier="from"),
        # 自本决定施行之日起: no date
        R("石家庄市", SJZ, in_org=True),            # signature
        D("2024年12月20日", "2024-12-20"),
    ],
    "heldout48-feizhi-2": [
        R("鹿泉市", LQ, in_title=True, renamed_from="鹿泉市"),   # 关于《鹿泉市新型农村合作医疗大病补偿办法》等…; 合作 (here and below) is no place
        C("4件", 4, "item"),                        # 等4件文件
        R("石家庄市鹿泉区", LQ, in_org=True),       # 石家庄市鹿泉区医疗保障局: one chain, current name
        # 公告2024年第5号: an announcement number (`2024年第38号` in the guidelines), not a date
        D("2024-11-08", "2024-11-08"),              # 发布:…
        D("2014年9月", "2014-09"),
        R("鹿泉市", LQ, renamed_from="鹿泉市"),     # 2014年9月鹿泉市撤市设区: the former unit named as such (call 4)
        R("鹿泉市", LQ, in_title=True, renamed_from="鹿泉市"),
        # 鹿政发〔2011〕27号: a document number
        DR("2011年1月1日至2015年12月31日", "2011-01-01", "2015-12-31"),   # 有效期为…至…: a range
        R("鹿泉市", LQ, in_title=True, renamed_from="鹿泉市"),   # 《鹿泉市新农合定点医疗机构管理暂行规定》; 鹿卫发〔2012〕4号
        # 《关于提高新农合住院补偿比例的通知》(鹿卫发〔2013〕9号): no place, a document number
        P("75%", 0.75), P("80%", 0.8),              # 由75%提高到80%; 乡级: a level
        R("鹿泉市", LQ, in_title=True, renamed_from="鹿泉市"),   # 《鹿泉市城乡居民医疗救助实施办法》; 鹿民发〔2014〕2号
        M("每年1.5万元", 15000, period="year"),      # 每人每年1.5万元
        PH("0311-82016483"),
    ],
    "heldout48-feizhi-3": [
        R("石家庄市", SJZ, in_title=True),          # 《石家庄市职工基本医疗保险门诊共济保障实施细则》; 石医保规〔2024〕9号
        D("2025年1月1日起", "2025-01-01", qualifier="from"),
        T("5年", 5, "year"),                        # 有效期5年
        D("2029年12月31日止", "2029-12-31", qualifier="until"),   # ,至2029年12月31日止: 至 a preposition, no start: one date
        D("2024年12月31日前", "2024-12-31", qualifier="until"),
        T("6个月", 6, "month"),                     # 有效期届满前6个月: 前 stands before the number
        R("长安区", CA), R("桥西区", QX), R("新华区", XH), R("裕华区", YH),
        R("正定县", ZD), R("辛集市", XJ), R("晋州市", JZ),
        P("60%", 0.6),                              # 一级定点医疗机构: a level
        M("2800元", 2800),                          # 年度最高支付限额为2800元: 最高 does not touch
        T("70周岁以上", 70, "year", age=True, qualifier="min"),
        P("5个百分点", 0.05, points=True),
        PH("12393"),
        E("sjzyb_gf@example.gov.cn"),
        U("https://ybj.sjz.example.gov.cn/zcwj/2024/1209.html"),   # numbers inside the URL: nothing
    ],
}
