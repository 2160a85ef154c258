from gold_lib import *

HRB, WC = "230100", "230184"                        # 哈尔滨市, 五常市
NG = "230103"                                       # 南岗区
# hotline.jsonl: three 12345 work orders, one document per record id (`text` field; the `url` field is
# no text).  工单编号 HRB2024…: an ID number, no date and no phone; times of day (09:23:41) are no mentions.
# “龙江医保” / “龙江税务”: 龙江 here is a nickname of 黑龙江 (the province's apps), not 龙江县 of 齐齐哈尔, and the
# guidelines make 龙江 in 黑龙江 no place; a nickname is no place (set 4 call 1: 邕城, 绿城): no region.
DOCS = {
    "heldout5-hotline-1": [
        D("2024-08-15", "2024-08-15"),              # 来电时间:2024-08-15 09:23:41
        # 来电号码:139****5172: a masked mobile, not a number: no phone
        T("68岁", 68, "year", age=True),
        R("南岗区", NG),                            # 住南岗区
        # 好几年: no number.  每个月光买药就得四五百块: 每个月 does not touch the amount
        M("四五百块", (400, 500)),                  # two neighbouring numerals: one range (set 4 call 5)
        # 上个月: no number; 三趟: 趟 is no classifier; 多少天: no number
        R("哈尔滨市", HRB, in_org=True),            # 承办单位:哈尔滨市医疗保障局
        D("2024-08-19", "2024-08-19"),
        T("1年", 1, "year"),                        # 1年内 (内 no qualifier); 二级及以上医院: a grade
        R("南岗区", NG, in_org=True),               # 南岗区医疗保障局
        D("8月17日", "--08-17"),
        T("5个工作日", 5, "workday"),
        P("70%", 0.7),
        M("每年600元", 600, period="year"),         # 每人每年600元和800元: the period word touches the first only
        M("800元", 800),                            # (set 3 call 6)
        PH("0451-86307318"),
    ],
    "heldout5-hotline-2": [
        D("2024-09-02", "2024-09-02"),
        R("海南三亚", "460200"),                    # a chain
        D("11月份", "--11"),                        # 去年11月份 (去年 outside)
        # 两万多: no unit; 一半: no number
        R("哈尔滨", HRB),                           # 回哈尔滨报销
        R("哈尔滨市", HRB, in_org=True),            # 承办单位:哈尔滨市医疗保障局
        D("2024-09-05", "2024-09-05"),
        T("6个月", 6, "month"),                     # 备案后6个月内
        T("不少于6个月", 6, "month", qualifier="min"),
        P("20个百分点", 0.2, points=True),
        D("2024年1月1日", "2024-01-01"),            # 2024年1月1日至今: 今 is no date, so no range; 至今 no qualifier
        C("3.6万人次", 36000, "person"),
        PH("12393"),
    ],
    "heldout5-hotline-3": [
        D("2024-10-21", "2024-10-21"),
        R("五常市", WC),                            # 来电人是五常市农民
        # 四口人: 口 is no classifier
        D("2025年", "2025"),                        # 每人交多少钱: no number
        R("五常市", WC, in_org=True),               # 承办单位:五常市医疗保障局
        D("2024-10-22", "2024-10-22"),
        D("2025年度", "2025"),
        DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),
        M("每年400元", 400, period="year"),
        T("3个月", 3, "month"),
        T("4年", 4, "year"),                        # 满4年后 (满 no qualifier, 后 outside)
        T("1年", 1, "year"),                        # 每多参保1年
        M("不低于1000元", 1000, qualifier="min"),   # 最高支付限额提高不低于1000元
        R("黑龙江省", "230000", in_org=True),        # 中国银行黑龙江省分行
        R("五常市", WC, in_org=True),               # 五常市医保中心
        R("五常市", WC),                            # 地址:五常市五常镇胜利街116号 (五常镇 a town: 五常 in it no place)
        PH("0451-53521407"),
    ],
}
