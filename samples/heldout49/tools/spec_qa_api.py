from gold_lib import *

HZ, XH, GS = "330100", "330106", "330105"         # 杭州市, 西湖区 (杭州's, not 南昌's), 拱墅区
XM, WH, JA, HS = "350200", "420100", "420102", "420111"   # 厦门市, 武汉市, 江岸区, 洪山区
DOCS = {
    "heldout49-qa-1": [
        # **问: … **: Markdown bold; 一个月: lone 一
        R("杭州", HZ),
        D("2025年", "2025"),
        R("杭州", HZ),                              # 杭州灵活就业人员: a group, plain
        # 全省全口径: no place
        P("60%", 0.6), P("300%", 3),                # 60%至300%: two percents
        P("9.5%", 0.095),
        # ### : Markdown heading marks
        D("2025年", "2025"),
        M("4462元/月", 4462, period="month"),
        # 每月应缴: 应缴 between 每月 and the amount; 4462 × : a bare operand
        P("9.5%", 0.095),
        M("423.89元", 423.89),                      # ≈ 423.89元: ≈ is no qualifier word (call 3)
        M("约5086.68元", 5086.68, qualifier="approx"),   # 一年合计约5086.68元: 一年 lone 一
        # 1. 2. 3.: list numbers; 首次: nothing
        T("3个月以上", 3, "month", qualifier="min"),  # **3个月以上**: bold around the whole mention
        T("6个月", 6, "month"),
        T("2年", 2, "year"),                        # 满**2年**后: 满 not on the list, 后 no qualifier of a duration
        T("不超过3个月", 3, "month", qualifier="max"),
        T("20年", 20, "year"), T("15年", 15, "year"),   # **20年**(男)/**15年**(女)
        R("杭州", HZ),
        T("不少于10年", 10, "year", qualifier="min"),
        R("西湖区", XH), R("拱墅区", GS),           # the 杭州 answer: 杭州's districts; …的参保人: plain
        # "浙里办"APP: 浙 one character
        PH("0571-85251234"),
        # [1]: a citation mark
        R("杭州市", HZ, in_org=True),               # 杭州市医疗保障局
        D("2024-12-30", "2024-12-30"),
        # 👍 1.2万 · 💬 318: counters (1.2万 without a unit)
    ],
    "heldout49-qa-2": [
        R("厦门", XM),                              # 厦门医保个人账户: a topic
        R("厦门市", XM, in_org=True),               # 厦门市医疗保障局
        # [1]
        D("2024年7月1日起", "2024-07-01", qualifier="from"),
        # 全省: no place; table: | --- | rows markup, ✅ ❌ marks
        M("每年400元", 400, period="year"),          # | 每人每年400元 |: 每人 outside
        # 惠厦保: 厦 one character in a product name
        M("每年69元", 69, period="year"),
        # 每个职工: 每个 without a number
        C("6名", 6, "person"),                      # 最多绑定6名: 绑定 between 最多 and the count
        T("24小时", 24, "hour"),
        # 一个自然年度: lone 一
        C("不超过2次", 2, "time", qualifier="max"),
        D("2024年", "2024"),
        C("超过35万人", 350000, "person", qualifier="min"),
        R("厦门", XM, in_org=True),                 # "i厦门"平台: a platform's name
        M("约1.8亿元", 180000000, qualifier="approx"),
        # [2]
        PH("0592-5115566"),
        PH("12393"),
        U("https://hrss.xm.example.gov.cn/ybzc/202406/t20240620_2871.htm"),
        R("厦门", XM, in_org=True),                 # 厦门日报
        D("2025年1月15日", "2025-01-15"),
    ],
    "heldout49-qa-3": [
        # data-id / data-votes attributes: not page text; <ol><li>: list items without visible numbers
        R("武汉", WH),
        R("武汉市", WH),                            # 以武汉市城乡居民为例: a group, plain
        P("60%", 0.6),
        M("超过17000元", 17000, qualifier="min"),   # 超过<code>17000</code>元: the tags go, the number touches 元 (call 12)
        P("60%", 0.6), P("80%", 0.8),              # <strong>60%</strong>至<strong>80%</strong>: two percents
        M("40万元", 400000),                        # 年度最高支付: 支付 between
        M("20万元", 200000),
        P("50%", 0.5),
        P("5个百分点", 0.05, points=True),
        R("武汉", WH, in_org=True),                 # “武汉医保”小程序
        # <code>DBBX-2025-0420</code>: a business code; <code>200</code>: a status code, no unit
        D("2025年1月1日起", "2025-01-01", qualifier="from"),
        R("武汉市", WH),                            # 武汉市取消了…: the city as the subject, no organisation's name
        C("13个", 13, "item"),                      # 共涉及13个区 (set 1: 16个市 gives 16个)
        R("江岸区", JA), R("洪山区", HS),
        PH("027-85896312"),
        D("2025-02-26", "2025-02-26"),
        C("3,472 次", 3472, "time"),                # 被浏览 3,472 次: one space touches (set 11 call 1's pangu spaces) (call 13)
        # 查看原问题: the <a> text; its href is not text
    ],
}
