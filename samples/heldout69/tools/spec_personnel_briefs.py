from gold_lib import *

# personnel_briefs.jsonl, written by tools/make_personnel_jsonl.py: one gold file per record id.
JJ, XY, XS, RC, DC = "360400", "360403", "360424", "360481", "360428"   # 九江市, 浔阳区, 修水县, 瑞昌市, 都昌县
TZ, JJS, XH = "321200", "321282", "321281"                             # 泰州市, 靖江市, 兴化市
MY, FC, JY = "510700", "510703", "510781"                              # 绵阳市, 涪城区, 江油市

DOCS = {
    "heldout69-hr-1": [
        R("九江市", JJ, in_org=True),               # 九江市医疗保障局关于…的公告 (headline)
        D("2025年度", "2025"),
        D("2025-07-21", "2025-07-21"),              # dateline of the main article: plain; 17:40 a time
        R("九江市", JJ, in_org=True),               # byline 九江市医疗保障局
        R("九江市", JJ, in_org=True),
        D("2025年度", "2025"),
        D("2025年7月19日", "2025-07-19"),
        R("九江市浔阳区", XY),                      # address chain; 浔阳东路20号: 浔阳 and 阳东 inside a road name, no places
        # 市人社局考试中心: no place named
        C("9人", 9, "person"),
        P("50%", 0.5),
        P("50%", 0.5),
        # 低于70分: a score
        # (岗位代码360400101): a code whose first six digits are 九江's division code: digits, no place;
        # 准考证号 2507190103 …, 综合成绩 81.26 …: bare numbers; 名次第1名, 第2名: ordinals
        D("2025年7月24日", "2025-07-24"),          # 上午7:30: a time
        R("九江市", JJ, in_org=True),               # 九江市第一人民医院体检中心 (第一: an ordinal, 一人 no count)
        M("约450元", 450, qualifier="approx"),      # 体检费每人约450元: 每人 is no period
        R("修水县", XS),                            # 来自修水县、瑞昌市、都昌县的考生: places of origin, no body
        R("瑞昌市", RC),
        R("都昌县", DC),
        T("1天", 1, "day"),                         # 提前1天 (digit 1)
        PH("0792-8568213"),
    ],
    "heldout69-hr-2": [
        R("泰州市", TZ, in_org=True),               # 泰州市医疗保障基金管理中心编外人员招聘补充公告
        D("2025年10月13日", "2025-10-13"),
        C("1个", 1, "item"),                        # 因1个岗位 (digit 1)
        # 1:3, 1:2: ratios
        D("2025年10月17日", "2025-10-17"),          # 延长报名时间至2025年10月17日17:00: 至 a preposition, one date; 17:00 a time; 延长 a verb (延长县: no place)
        T("30周岁以下", 30, "year", age=True, qualifier="max"),
        D("1994年10月1日以后", "1994-10-01", qualifier="from"),
        R("泰州市", TZ),                            # 泰州市区 (the urban districts; 区 is not part of the name here, as 抚顺市主城区)
        R("靖江市", JJS),
        R("兴化市", XH),
        T("1年以上", 1, "year", qualifier="min"),
        M("4500元", 4500),                          # 每月税前4500元至5200元: 税前 stands between 每月 and the amount (no period);
        M("5200元", 5200),                          # two units, two mentions (set 1 call 4)
        # 五险一金, 一年一签: no numbers (lone 一)
        T("1个月", 1, "month"),                     # 试用期1个月 (digit 1)
        C("68人", 68, "person"),
        E("tzybzx_hr@taizhou.example.cn"),
        PH("0523-86398125"),
    ],
    "heldout69-hr-3": [
        R("绵阳市", MY, in_org=True),               # <h2> 绵阳市医疗保障事务中心2025年下半年…公示
        D("2025年", "2025"),                        # 2025年下半年: 下半年 is no date qualifier (set 60)
        # table header cells: nothing
        D("1993年6月", "1993-06"),                  # 出生年月 cell
        # (25B001), (25B002): post codes; 88.4, 85.6: bare scores; DRG/DIP: no number
        D("1996年2月", "1996-02"),
        DR("2025年11月10日-11月14日", "2025-11-10", "2025-11-14"),   # <b>…</b>: one range
        T("5个工作日", 5, "workday"),               # (<b>5</b>个工作日)
        R("涪城区", FC),                            # 为涪城区、江油市引进的急需紧缺人才: places, no body named
        R("江油市", JY),
        M("5万元", 50000),                          # 安家补助每人5万元: 每人 is no period
        T("3年", 3, "year"),                        # 分3年发放
        R("绵阳市", MY, in_org=True),               # 向绵阳市医疗保障局反映
        PH("0816-2217745"),
    ],
}
