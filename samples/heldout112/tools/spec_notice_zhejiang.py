from gold_lib import *

ZJ, HZ, NB = "330000", "330100", "330200"             # 浙江省, 杭州市, 宁波市
SPEC = [
    R("浙江省", ZJ, in_org=True),                   # title: 浙江省医疗保障局 (an organisation)
    # 浙医保发〔2025〕9号: a document number, nothing; 国家医保局 / 全省 / 各市: no places
    D("2025年4月1日起", "2025-04-01", qualifier="from"),  # 自…起: 自 outside
    # 20位数字: 位 counts the digits of a code, not persons (set-wide call, as 18位编号): nothing
    # 一盒一码: lone 一; 国药准字H20063412: an approval number; 生产批号(如20250108): a batch number
    # that reads as a date but is a code (set 93 call 1): nothing
    D("2025年6月底前", "2025-06", qualifier="until"),
    P("90%以上", 0.9, qualifier="min"),
    D("2025年12月31日前", "2025-12-31", qualifier="until"),
    P("不低于98%", 0.98, qualifier="min"),
    P("95%左右", 0.95, qualifier="approx"),
    # (一)(二)(三), 一、二、三、: list and section numbers
    DR("2025年3月1日至3月31日", "2025-03-01", "2025-03-31"),
    D("2月底", "--02", qualifier="approx"),        # 截至2月底: 截至 outside, 底 → approx
    C("28,460家", 28460, "institution"),
    R("杭州市", HZ),                                # 其中杭州市6,912家: a place, no organisation
    C("6,912家", 6912, "institution"),
    R("宁波市", NB),
    C("4,305家", 4305, "institution"),
    C("2次及以上", 2, "time", qualifier="min"),     # 重复扫码2次及以上
    T("30天", 30, "day"),                           # 30天内: 内 is no qualifier
    M("不超过2000元", 2000, qualifier="max"),       # 每家不超过2000元: 每 + classifier is no period
    T("15个工作日", 15, "workday"),                 # 15个工作日内
    R("杭州市西湖区", "330106"),
    R("宁波市鄞州区", "330212"),
    C("11个", 11, "item"),                          # 11个试点县(市、区); 县(市、区) itself: no place
    R("温州市瑞安市", "330381", in_org=True),       # 温州市瑞安市医保局: a chain inside an office's name
    PH("0571-87053216"),
    E("zsm@zjyb.example.gov.cn"),
    U("https://ybj.zj.example.gov.cn/zsm/"),
    R("浙江省", ZJ, in_org=True),                   # signature: 浙江省医疗保障局
    D("2025年2月18日", "2025-02-18"),
]
