from gold_lib import *

NN, QX, GX = "450100", "450103", "450000"      # 南宁市, 青秀区, 广西壮族自治区
TY, XD, SX = "140100", "140105", "140000"      # 太原市, 小店区, 山西省
LY, XG, JX = "410300", "410303", "410305"      # 洛阳市, 西工区, 涧西区
DOCS = {
    "heldout75-event-1": [
        R("青秀区", QX),                         # 青秀区“医保政策进万家”暨…活动: a place before a campaign's title, plain;
                                                 # 进万家 ("into ten thousand homes") is a set phrase, no count
        D("2025年12月13日", "2025-12-13"),       # (周六)9:00-12:00: a weekday and times
        R("南宁市青秀区", QX),                   # address chain; 民族大道136号: a road and a house number;
                                                 # 南湖公园: 南湖 (南湖区, 嘉兴) is part of a park's name
        # 1. 2. 3.: list numbers
        D("2026年度", "2026"),
        M("每年400元", 400, period="year"),      # 每人每年400元
        R("广西", GX, in_org=True),              # 广西医科大学第一附属医院
        C("150名", 150, "person"),               # 前150名参加者 (call 1)
        C("1个", 1, "item"),                     # 环保袋1个: the digit 1, no lone 一
        T("70周岁以上", 70, "year", age=True, qualifier="min"),
        # 南湖社区卫生服务中心: 南湖 is a community's name here (南湖区 is 嘉兴's), nothing; 每周三下午3:00-5:00: weekday, times
        C("20人", 20, "person"),                 # 每期限20人: 每期 is no period
        # 36期: 期 is not a classifier of the guidelines
        R("青秀区", QX, in_org=True),            # 主办:青秀区医疗保障局
        PH("0771-5536128", city="南宁市"),       # 0771 is shared by 南宁 and 崇左: the record's place
    ],
    "heldout75-event-2": [
        R("太原市小店区", XD),                   # 太原市小店区“世界糖尿病日”主题宣传周: a place before a campaign, plain
        DR("2025年11月14日至20日", "2025-11-14", "2025-11-20"),
        R("小店区", XD, in_org=True),            # 小店区卫生健康局
        R("山西", SX, in_org=True),              # 山西白求恩医院
        C("8个", 8, "item"),                     # 辖区8个社区
        D("11月14日", "--11-14"),                # 上午8:30: a time; 亲贤街社区(亲贤北街99号): a community, a street and a house number
        D("11月16日", "--11-16"),                # 坞城路社区: nothing
        T("35岁以上", 35, "year", age=True, qualifier="min"),
        C("300份", 300, "piece"),                # 限量300份: 限量 is no qualifier
        P("50%", 0.5),                           # 报销比例可达50%: 可达 is no qualifier
        M("600元", 600),                         # 年度最高支付<strong>600</strong>元: 支付 stands between 最高 and the amount
        PH("0351-7023516"),
        T("约2分钟", 2, "minute", qualifier="approx"),
    ],
    "heldout75-event-3": [
        R("洛阳市", LY, in_org=True),            # 洛阳市中心医院
        D("12月", "--12"),                       # 12月课程预告: a month alone
        D("12月9日", "--12-09", _nb=True),       # `1.12月9日`: 1. is the list number, not 1.12; (周二)14:30: weekday, time
        # 门诊楼6楼第一会议室: a floor and an ordinal
        D("12月16日", "--12-16", _nb=True),      # `2.12月16日`
        D("12月23日", "--12-23", _nb=True),      # `3.12月23日`
        T("90天", 90, "day"),                    # 出生后90天内: 内 outside
        M("2000元", 2000),                       # 职工医保定额支付: 保定 straddles 医保 and 定额, no place
        M("3500元", 3500),
        # 每节课限30对夫妇: 对 is not a classifier of the guidelines
        T("1周", 1, "week"),                     # 提前1周
        R("洛阳市", LY, in_org=True),            # “洛阳市中心医院”公众号
        # 6位预约码: 位 here counts digits of a code (set 11: 6位数字密码), nothing
        R("西工区", XG), R("涧西区", JX),
        PH("0379-63892251"),                     # (工作日8:00-17:30): 工作日 has no number; times
        D("2025-12-01", "2025-12-01"),           # 发布: the record's own date, plain
    ],
}
