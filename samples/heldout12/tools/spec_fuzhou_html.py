from gold_lib import *

FZ, GL = "350100", "350102"                         # 福州市, 鼓楼区 (福州's)
DOCS = {
    "heldout12-fz-1": [
        # 通知公告 (<h2>): nothing. Each <li> is a link then <span class="date">; inline elements, so the visible
        # text has the date right after the title (…的通告2025-02-14). The dates are plain: the list is one
        # document, not a related block (README call 7)
        D("2025年度", "2025"),
        R("福州市", FZ),                            # 福州市城乡居民医保集中缴费期: a place before a topic
        D("3月31日", "--03-31"),                    # 延长至3月31日: 至 a preposition (set 1 call 15); 延长 a verb, no place
        D("2025-02-14", "2025-02-14"),
        R("福州市", FZ, in_org=True),               # 福州市医疗保障局; 第二批: an ordinal
        D("2025-02-10", "2025-02-10"),
        R("长乐区", "350112"),
        R("闽侯县", "350121"),
        D("2025-01-27", "2025-01-27"),
        D("2025年", "2025"),
        DR("1月28日至2月4日", "--01-28", "--02-04"),   # (…) after 2025年春节假期…安排: written without a year (set 1 call 9)
        D("2025-01-20", "2025-01-20"),
        R("福州", FZ),                              # 福州医保“两定”机构: a topic (set 3 call 13: 珠海医保)
        C("412家", 412, "institution"),             # (共412家)
        D("2025-01-15", "2025-01-15"),
        C("5条", 5, "item"),                        # pagination 共5条: 条 an item classifier; 第1页: an ordinal
    ],
    "heldout12-fz-2": [
        D("2025年", "2025"),                        # <caption>
        R("福州市", FZ),                            # 福州市城乡居民医保: a topic
        # header cells: no numbers; 一级及以下, 二级, 三级: hospital levels (及以下 touches no number)
        M("200元", 200),                            # cells with their own unit (set 4 call 18)
        P("90%", 0.9),
        M("20万元", 200000),                        # the rowspan cell
        M("500元", 500),
        P("75%", 0.75),
        M("1000元", 1000),
        P("60%", 0.6),
        # 省外: no place
        P("10个百分点", 0.1, points=True),
        T("4年", 4, "year"),                        # 满4年后 (满 not on the list; set 5: 满4年后 → 4年)
        T("1年", 1, "year"),                        # 每多参保1年
        M("1万元", 10000),                          # 提高1万元
        M("不超过5万元", 50000, qualifier="max"),   # 累计提高不超过5万元
    ],
    "heldout12-fz-3": [
        R("福州市鼓楼区", GL, in_org=True),         # <h3> 福州市鼓楼区医疗保障服务中心: a chain inside an office's name
        R("福州市鼓楼区", GL),                      # 地址: an address chain; 五四路158号 nothing
        # 周一至周五 8:30-12:00,14:30-17:30: weekdays and times, nothing
        PH("0591-87112393"),                        # link text; the href (tel:059187112393) is no text
        PH("12393"),
        T("5个工作日", 5, "workday"),               # 5个工作日内: 内 outside
        E("glyb_fw@fuzhou.example.gov.cn"),
        U("https://ybj.fuzhou.example.gov.cn/wsbs"),   # the link text (the href is no text)
    ],
}
