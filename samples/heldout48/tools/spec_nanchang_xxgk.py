from gold_lib import *

NC, JX = "360100", "360000"                         # 南昌市, 江西省
DH, XH, QSH, XJ, NCX, JXX = "360102", "360103", "360111", "360112", "360121", "360124"
#                                                   # 东湖区, 西湖区 (南昌's, not 杭州's), 青山湖区, 新建区, 南昌县, 进贤县
SPEC = [
    # 当前位置:首页 > 政府信息公开 > …: a breadcrumb, nothing
    # 索引号 11360100MB1K38265Q/2025-01342: an index number (credit code + serial), not a date
    # 主题分类 卫生、体育\医疗保障: nothing
    R("南昌市", NC, in_org=True),                   # 发文机关 南昌市医疗保障局
    R("南昌市", NC, in_org=True),                   # 南昌市财政局
    D("2025-06-16", "2025-06-16"),                  # 成文日期 (a date in a metadata cell)
    R("南昌市", NC, in_org=True),                   # 标题 南昌市医疗保障局 南昌市财政局关于…的通知 (no 《》: in_org only)
    R("南昌市", NC, in_org=True),
    # 文号 洪医保发〔2025〕9号: a document number, not a date (洪 = 南昌, one character: nothing)
    D("2025-06-20", "2025-06-20"),                  # 发布日期
    D("2027年6月30日", "2027-06-30"),               # 失效日期 (a metadata cell)
    R("南昌市", NC, in_org=True),                   # body heading, same title
    R("南昌市", NC, in_org=True),
    # 各县(区)…, 市医疗保障事务中心: no place names
    R("江西省", JX, in_title=True, in_org=True),    # 《江西省医疗保障局 江西省财政厅关于…的通知》: both flags (set 1 call 6)
    R("江西省", JX, in_title=True, in_org=True),
    # 赣医保发〔2024〕17号: a document number (赣 one character)
    C("38种", 38, "kind"),                          # 由<strong>38</strong>种增加到<strong>52</strong>种
    C("52种", 52, "kind"),
    C("14种", 14, "kind"),                          # 见附件1: an annex number
    M("300元", 300),                                # 二级/三级定点医疗机构: levels
    M("600元", 600),
    # 一个自然年度内只计算一次: lone 一 (一个, 一次)
    P("85%", 0.85), P("75%", 0.75), P("65%", 0.65),
    # 第一类/第二类/第三类病种: ordinals
    M("每年8000元", 8000, period="year"),           # 每人每年8000元: 每人 is no period (set 1 call 2)
    M("每年3000元", 3000, period="year"),
    R("东湖区", DH), R("西湖区", XH), R("青山湖区", QSH), R("新建区", XJ),
    R("南昌县", NCX), R("进贤县", JXX),             # 全市任一: nothing
    T("20个工作日", 20, "workday"),                 # 由20个工作日压缩至10个工作日: two durations
    T("10个工作日", 10, "workday"),
    # 今年新建的区级医保服务站: 新建 is a verb here (newly built), not 新建区
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    D("2027年6月30日", "2027-06-30"),               # 有效期至2027年6月30日: one date, 至 a preposition
    R("南昌市", NC, in_title=True),                 # 《南昌市城乡居民基本医疗保险门诊慢特病管理办法》; 洪医保发〔2022〕5号, 第八条: nothing
    PH("0791-86281734"),
    PH("12345"),
    # 附件:1. / 2.: list numbers
    R("南昌市", NC),                                # 南昌市城乡居民门诊慢特病病种目录 (an annex title without 《》): a place before a topic
    D("2025年", "2025"),                            # (2025年版)
    R("南昌市", NC, in_org=True),                   # signature
    R("南昌市", NC, in_org=True),
    D("2025年6月16日", "2025-06-16"),
    # 访问量:2876: a bare counter
]
