from gold_lib import *

CZ, RQ, YH, HB = "130900", "130982", "130903", "130000"   # 沧州市, 任丘市, 运河区, 河北省
TJ, SJZ = "120000", "130100"                               # 天津市, 石家庄市
SPEC = [
    R("沧州市", CZ, in_org=True),                   # 沧州市医疗保障经办中心2025年…拟聘用人员公示 (headline)
    D("2025年", "2025"),
    R("沧州市", CZ, in_org=True, in_title=True),    # 《沧州市医疗保障经办中心2025年公开招聘工作人员公告》 (set 1 call 6)
    D("2025年", "2025"),
    C("5名", 5, "person"),                          # 刘*然等5名同志
    # 一、…三、, 序号 1…5, 1.…5.: list numbers; table header: nothing
    D("1998.07", "1998-07"),                        # 出生年月 column: a dotted year and month (call 1)
    R("河北", HB, in_org=True),                     # 河北医科大学
    # 医保稽核(2025-01): a post code in parentheses, no date (call 2); 总成绩 82.36: a bare score
    D("1996.11", "1996-11"),
    R("天津", TJ, in_org=True),                     # 天津财经大学
    D("1999.03", "1999-03"),
    R("河北", HB, in_org=True),                     # 河北经贸大学
    D("1995.12", "1995-12"),
    R("沧州", CZ, in_org=True),                     # 沧州医学高等专科学校
    D("2000.05", "2000-05"),
    R("石家庄", SJZ, in_org=True),                  # 石家庄学院
    T("5个工作日", 5, "workday"),                   # 公示期为5个工作日
    DR("2025年8月4日至8月8日", "2025-08-04", "2025-08-08"),
    R("沧州市", CZ, in_org=True),                   # 沧州市医疗保障局人事科
    T("3年", 3, "year"),                            # 聘用合同期限3年
    T("6个月", 6, "month"),                         # 试用期6个月
    D("2025年9月1日前", "2025-09-01", qualifier="until"),
    R("任丘市", RQ, in_org=True),                   # 任丘市人民医院
    C("6名", 6, "person"),                          # 计划招聘6名
    C("5名", 5, "person"),                          # 实际拟聘用5名
    C("1个", 1, "item"),                            # 空缺的1个名额 (digit 1)
    M("1800元", 1800),                              # 岗位工资1800元
    M("约1,200元", 1200, qualifier="approx"),       # 薪级工资约1,200元
    R("沧州市运河区", YH),                          # 按沧州市运河区事业单位标准: a place before a topic (a standard), no body
    M("每月约5500元", 5500, period="month", qualifier="approx"),   # 合计每月约5500元: period and qualifier (set 1 call 3)
    PH("0317-2025183"),
    PH("0317-2025166"),
    R("沧州市", CZ, in_org=True),                   # (沧州市医疗保障局机关纪委)
    R("河北省沧州市运河区", YH),                    # 通讯地址 chain; 永济东路31号: road and number (永济 in a road name: no place); 邮编:061000: a postcode
    E("czybjbzx@cangzhou.example.gov.cn"),
    R("沧州市", CZ, in_org=True),                   # signature
    D("2025年8月4日", "2025-08-04"),
]
