from gold_lib import *

ZZ = "350600"                                        # 漳州市
SPEC = [
    # A WeChat group chat exported as text: a header, date separators, `sender hh:mm` lines, messages.
    R("芗城区", "350602", in_org=True),              # 群聊:芗城区石亭社区医保服务群(486): the group's name is a proper name
                                                     # (an account, set 1 call 7); (486): the member count, a bare number
    D("2025-11-21", "2025-11-21"),                   # 导出时间:2025-11-21 20:16:43 (the time: nothing)
    C("23条", 23, "item"),                           # 共导出23条消息 (a draft had `消息 23 条`, a space between the number and its
                                                     # classifier: rewritten, the guidelines want them to touch)
    D("2025年11月20日", "2025-11-20"),               # the date separator
    # 09:02 … 10:40 and 08:30 after the senders: times of day
    D("2026年度", "2026"),                           # 今年: no date
    M("每年400元", 400, period="year"),              # 每人每年400元
    D("12月31日", "--12-31"),                        # 截止时间是12月31日: 截止 does not touch (是 between)
    # “闽政通”APP: 闽 is a one-character abbreviation
    R("福建", "350000", in_org=True),                # “福建税务”微信小程序: an app/account
    # 工作日8:30-17:30: a time span (工作日 has no number), nothing
    T("85岁", 85, "year", age=True),                 # 今年85岁了
    M("400块", 400),
    # @陈阿姨, 低保户, 特困人员: nothing;  去年交了380: no unit, nothing
    M("20块", 20),                                   # 又涨了20块[捂脸]
    # [图片]: nothing;  上个月: no date
    R("漳州市", ZZ, in_org=True),                    # 漳州市医院: a hospital's name
    T("12天", 12, "day"),                            # 住了12天院 (set 7: 住了8天院)
    # 两万多 and 六千多: 多 with no unit after it, nothing
    P("七成", 0.7),                                  # 报了差不多七成: 差不多 is not on the shared list
    # 三级医院: a hospital grade
    P("60%左右", 0.6, qualifier="approx"),
    M("1000元", 1000),
    R("芗城区", "350602"),                           # 在芗城区的社区卫生服务中心: a generic description, no name
    P("90%", 0.9),
    # [语音] 14": a voice message's length with the inch/second sign ", no unit of the guidelines, nothing;
    # 小林(社区): nothing; 两病: 病 is no classifier, nothing
    M("600元", 600),                                 # 每年最高可以报销600元: neither 每年 nor 最高 touches
    P("50%", 0.5),
    R("厦门", "350200"),                             # 孙子在厦门上大学
    # 一个人只能在一个地方参保: lone 一
    R("漳州", ZZ),                                   # 回漳州看病; “国家医保服务平台”: nothing
    D("11月3号", "--11-03"),                         # 我家小孩11月3号出生的: 号 as the day (guidelines: 当月25号)
    T("3个月", 3, "month"),                          # 出生后3个月内;  出生当天起: no date
    PH("2521234", city="漳州市", inferred_code="0596"),   # 社区电话2521234: completed from the article's region (芗城区, 漳州)
    PH("139 5960 1234"),                             # 我手机139 5960 1234(微信同号)
    # 小林撤回了一条消息: lone 一
    D("2025年11月21日", "2025-11-21"),
    # 截至昨天: no date
    C("1260人", 1260, "person"),
    C("300多人", 300, "person", qualifier="min"),    # 多 between the number and its unit
    R("龙海区", "350604"),
    R("长泰区", "350605"),
    D("2025年12月31日", "2025-12-31"),               # 全市缴费截止时间都是2025年12月31日 (全市: no place)
]
