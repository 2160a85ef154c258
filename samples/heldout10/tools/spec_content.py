from gold_lib import *

# The `content` field is HTML, but a `content` record is text (normalize.py; set 4 call 15): its tags and
# entities are literal characters of the text. The records were written so that both readings give the same
# mentions: no mention touches a qualifier across a tag, none is split by a tag or an entity, no tag or
# attribute has a digit (no <h3>, no width="100%").
XY, GS, GUS, LS, HN = "411500", "411522", "411525", "411521", "410000"   # 信阳市, 光山县, 固始县, 罗山县, 河南省
DOCS = {
    "heldout10-content-1": [
        R("光山县", GS, in_org=True),               # title line: 光山县医疗保障局关于…
        D("2025年", "2025"),
        # 各乡镇(街道): no place
        R("光山县", GS, in_org=True),
        DR("2025年3月10日至3月21日", "2025-03-10", "2025-03-21"),
        # 一、…四、: list numbers; the table's header row has no number
        D("3月10日", "--03-10"),                    # yearless (set 1 call 9)
        R("光山县", GS, in_org=True),               # 光山县泼陂河镇中心卫生院; 泼陂河镇, 晏河乡: townships, no places
        D("3月12日", "--03-12"),
        R("光山县", GS, in_org=True),               # 光山县仙居乡卫生院: 仙居 (仙居县's short name, 台州) is part of a
                                                    # township's name here and in the next cell: no place
        D("3月14日", "--03-14"),
        R("光山县", GS, in_org=True),               # 白雀园镇, 殷棚乡: townships
        DR("3月17日至3月18日", "--03-17", "--03-18"),
        R("光山县", GS, in_org=True),               # 光山县人民医院; 紫水街道, 弦山街道 (streets), 十里镇 (a town)
        D("3月21日", "--03-21"),
        R("光山县", GS, in_org=True),               # 马畈镇, 南向店乡: townships
        C("45种", 45, "kind"),
        C("12种", 12, "kind"),                      # 出具认定结果: 定结 straddles two words, no place (set 7)
        # 1. 2. 3.: list numbers
        T("2年", 2, "year", _nb=True),              # `2.2年内`: 2. is the list number (set 4 call 19); 内 outside
        # 二级及以上医院: a level
        C("2张", 2, "piece"),                       # 免冠照片2张
        D("次月1日起", "---01", relative_to="next_month", qualifier="from"),
        P("65%", 0.65),
        M("600元", 600),                            # 每人&nbsp;600元: 每人 is no period; &nbsp; outside
        M("1000元", 1000),
        PH("0376-8601234"),                         # (工作日8:00-12:00): times
        R("光山县", GS, in_org=True),               # signature
        D("2025年3月3日", "2025-03-03"),
    ],
    "heldout10-content-2": [
        # 认定结果 (定结) in the title line and below: no place
        R("固始县", GUS),                            # title line: 固始县2025年2月…公示 (a place before a topic)
        D("2025年2月", "2025-02"),
        R("信阳市", XY, in_title=True),             # 《信阳市门诊慢特病管理办法》
        # 乡镇卫生院, 县医保中心: no place named
        D("2025年2月", "2025-02"),
        C("311人", 311, "person"),
        C("285人", 285, "person"),
        P("91.6%", 0.916),
        # table header: no numbers; each row: an institution's name (in_org), two counts, a percent
        R("固始县", GUS, in_org=True),              # 陈淋子镇: a township
        C("86人", 86, "person"),
        C("79人", 79, "person"),
        P("91.9%", 0.919),
        R("固始县", GUS, in_org=True),              # 三河尖镇: a township; 三河 (三河市's short name, 河北) is part of its name, no place
        C("54人", 54, "person"),
        C("50人", 50, "person"),
        P("92.6%", 0.926),
        R("固始县", GUS, in_org=True),              # 往流镇
        C("47人", 47, "person"),
        C("42人", 42, "person"),
        P("89.4%", 0.894),
        R("固始县", GUS, in_org=True),              # 郭陆滩镇
        C("69人", 69, "person"),
        C("63人", 63, "person"),
        P("91.3%", 0.913),
        R("固始县", GUS, in_org=True),              # 段集镇
        C("55人", 55, "person"),
        C("51人", 51, "person"),
        P("92.7%", 0.927),
        DR("2025年3月5日至3月11日", "2025-03-05", "2025-03-11"),
        R("固始县", GUS, in_org=True),              # 固始县医疗保障局
        PH("0376-4921587"),
        E("gsybmtb@163.example.com"),               # 163 inside the address: nothing else
    ],
    "heldout10-content-3": [
        R("罗山县", LS, in_org=True),               # title line: 罗山县医疗保障局温馨提示
        D("2025年度", "2025"),
        DR("2024年9月1日至2025年2月28日", "2024-09-01", "2025-02-28"),
        M("每年400元", 400, period="year"),         # 每人每年400元 (set 1 call 2)
        T("3个月", 3, "month"),
        T("4年", 4, "year"),                        # 满4年后 → 4年 (set 5 call 13)
        T("1年", 1, "year"),                        # 每多参保1年: digit 1 (set 1 call 13)
        M("1万元", 10000),                          # 最高支付限额提高1万元: 最高 does not touch
        R("河南", HN, in_org=True),                 # “河南医保”APP
        # “豫事办”: 豫 is a one-character abbreviation
        R("罗山县", LS, in_org=True),               # 中国农业银行罗山县支行: a bank's branch
        PH("0376-2162345"),
        PH("12345"),                                # 监督电话:12345
    ],
}
