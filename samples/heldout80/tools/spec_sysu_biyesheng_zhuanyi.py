from gold_lib import *

GZ, ZH, SZ = "440100", "440400", "440300"           # 广州市, 珠海市, 深圳市
SPEC = [
    # 2026届: a graduating cohort, no 年 (set 20 call 7)
    # 中山大学: named after 孙中山, not 中山市 (or 大连's 中山区): no place (call 1)
    D("2026-05-20", "2026-05-20"),
    # 各学院(系), 2026届毕业生: nothing; 国家医保局: no place
    R("广州市", GZ, in_title=True, in_org=True),    # 《广州市医疗保障局关于…通知》
    # 在穗: 穗 is a one-character abbreviation
    # 一、二、…: section numbers
    R("广州市", GZ),                                # 广州市城乡居民医保: a programme
    D("2026年度", "2026"),
    M("每年410元", 410, period="year"),             # 按每人每年410元
    D("2026年12月31日", "2026-12-31"),              # 享受至2026年12月31日: 至 a preposition, one date
    # 年底: no number; 次月起: no day, no number: nothing
    # 外省(市): no name
    R("浙江杭州", "330100"),
    R("湖南长沙", "430100"),
    R("上海市", "310000"),
    # "粤医保": 粤 is a one-character abbreviation
    T("15个工作日", 15, "workday"),                 # 15个工作日内: 内 is not a qualifier
    D("2027年度", "2027"),
    T("3个月", 3, "month"),
    R("广州", GZ),                                  # 在广州参加职工医保
    T("不超过3个月", 3, "month", qualifier="max"),
    DR("2026年6月15日至6月30日", "2026-06-15", "2026-06-30"),
    # 《参保证明》: no mention
    R("广州", GZ, in_org=True),                     # 广州校区南校园: a campus's name (call 1)
    # (格兰堂)二楼203室: a floor and a room
    PH("020-84112345"),
    R("广州", GZ, in_org=True),                     # 广州校区东校园
    # 大学城学生服务中心B栋105室: a block and a room
    PH("020-39332286"),
    R("珠海", ZH, in_org=True),                     # 珠海校区
    # 海琴楼1号楼首层: a building number
    PH("0756-3668123"),
    R("深圳", SZ, in_org=True),                     # 深圳校区
    # (东区)D栋2楼: a campus zone (东区 is also 攀枝花's district: no place here), a block and a floor
    PH("0755-23260111"),
    # 8:30-12:00、14:00-17:30: times of day
    D("6月22日", "--06-22"),
    T("1天", 1, "day"),                             # 放假1天: digit 1, not a lone 一 (set 1 call 13)
    # 1. 2. 3. 4.: list numbers
    D("5月15日", "--05-15"),                        # 截至5月15日: 截至 is a preposition
    C("8,462名", 8462, "person"),
    C("约5,120人", 5120, "person", qualifier="approx"),
    P("60.5%", 0.605),
    # 2022级博士: a cohort
    D("2026年6月", "2026-06"),
    # 学号以"20"开头, 20330127, "25": student numbers and their prefixes (call 2)
    M("200元", 200),                                # 代办转移收费200元
    # 附件:1.2026届…申请表.docx: a list number and a cohort in a file name, nothing
    E("xsswzx@sysu.example.edu.cn"),
    # signature 中山大学学生事务中心: no place (call 1)
    D("2026年5月20日", "2026-05-20"),
]
