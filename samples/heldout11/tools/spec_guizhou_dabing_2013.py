from gold_lib import *

GZ = "520000"                                       # 贵州省
SPEC = [
    R("贵州省", GZ, in_org=True),                   # 贵州省人民政府办公厅关于印发…
    R("贵州省", GZ),                                # …印发贵州省城乡居民大病保险实施方案(试行)的通知: the plan's name
                                                    # without 《》, a place before a topic (set 4 call 10)
    # 黔府办发〔2013〕27号: a document number, no date
    # 各市、自治州人民政府, 各县(市、区、特区)人民政府, 省政府: no places
    R("贵州省", GZ, in_title=True),                 # 《贵州省城乡居民大病保险实施方案(试行)》
    # 省人民政府: 省 alone
    R("贵州省", GZ, in_org=True),                   # signature 贵州省人民政府办公厅
    D("2013年6月28日", "2013-06-28"),
    R("贵州省", GZ),                                # the plan's heading, no 《》
    # 第一章 …, 第一条 …: ordinals
    # 国家发展改革委等六部门: 部门 is no classifier; 《关于开展城乡居民大病保险工作的指导意见》: no mention
    # (发改社会〔2012〕2605号): a document number; 我省: no place
    # 第二条: 新型农村合作医疗 (合作 no place); 一项制度性安排: lone 一
    D("2013年", "2013"),
    R("六盘水市", "520200"),
    R("遵义县", "520304", renamed_from="遵义县"),    # 2013: 遵义县 (播州区 since 2016); the suffix 县 decides, not the city 遵义
    R("盘县", "520281", renamed_from="盘县"),        # 盘县 → 盘州市 (2017)
    R("平坝县", "520403", renamed_from="平坝县"),    # 平坝县 → 平坝区 (2014)
    R("黔西县", "520581", renamed_from="黔西县"),    # 黔西县 → 黔西市 (2021)
    R("兴仁县", "522302", renamed_from="兴仁县"),    # 兴仁县 → 兴仁市 (2018)
    C("约680万人", 6800000, "person", qualifier="approx"),
    D("2014年起", "2014", qualifier="from"),         # 全省: no place
    M("每年15元", 15, period="year"),               # 每人每年15元至25元: two amounts with two units; the period word
    M("25元", 25),                                  # touches only the first (set 3 call 6)
    D("2013年", "2013"),
    M("每年20元", 20, period="year"),               # 每人每年20元: 每人 is no period word (set 1 call 2)
    D("2012年", "2012"),                            # (2012年全省新农合人均筹资290元, …): 人均 is no period word
    M("290元", 290),
    M("不低于240元", 240, qualifier="min"),
    P("5%", 0.05),                                  # 不超过当年基本医保基金收入的5%: 不超过 does not touch
    # 市(州)级统筹, 试点县(市), 县级统筹: no places
    C("20种", 20, "kind"),                          # 儿童白血病、先天性心脏病等20种重大疾病
    # 第八条: 上一年度 ×3 (the previous year: no date, and 一年 inside it is a lone 一, no duration);
    # 城镇居民人均可支配收入的50%
    P("50%", 0.5),
    D("2013年", "2013"),
    M("9000元", 9000),
    # 人均纯收入的一倍: a multiple, no mention (set 4 call 3)
    D("2013年", "2013"),
    M("4800元", 4800),
    # (一)(二)(三): list numbers
    M("0-5万元", (0, 50000)),                       # 0-5万元(含)部分: one range, (含) outside (set 2 call 14)
    P("50%", 0.5),
    M("5万-10万元", (50000, 100000)),
    P("60%", 0.6),
    M("10万元以上", 100000, qualifier="min"),
    P("70%", 0.7),
    P("不低于50%", 0.5, qualifier="min"),
    M("30万元", 300000),                            # 年度最高支付限额为30万元: 最高 does not touch
    DR("每年1月1日至12月31日", "--01-01", "--12-31", recurring="yearly"),   # 从每年…: 从 outside
    # 一个保险年度: lone 一
    T("不少于3年", 3, "year", qualifier="min"),      # 承办合同期限
    P("5%以内", 0.05, qualifier="max"),
    C("不少于2名", 2, "person", qualifier="min"),   # 每个服务网点配备不少于2名专职人员: 每个 + 服务网点, no count
    # “一站式”: nothing
    T("10个工作日", 10, "workday"),                 # 10个工作日内: 内 outside
    D("2013年7月31日前", "2013-07-31", qualifier="until"),
    D("2013年9月1日起", "2013-09-01", qualifier="from"),
    R("遵义市", "520300"),
    R("六盘水市", "520200"),
    R("安顺市", "520400"),
    R("毕节市", "520500"),                          # the prefecture-level city of 2011 on, not the county-level 毕节市
                                                    # of former_names.tsv (522401, until 2010): no renamed_from
    # 省卫生厅、省人力资源社会保障厅、省财政厅、省民政厅: 省 alone; 资源 (人力资源) and 会同 (a verb here;
    # 会同县 is 怀化's) are common words, no places
    # 自发布之日起施行: no date
    T("2年", 2, "year"),                            # 试行期2年
    PH("0851-6823170"),                             # a 7-digit 贵阳 number of 2013
]
