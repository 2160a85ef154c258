from gold_lib import *

# push.jsonl: app push notifications and in-app messages of 国家医保服务平台 / 医保电子凭证.
# 验证码 codes (482913, 719206) are no counts and no phones (no classifier; not a number to call);
# 2笔: 笔 is no classifier (set 13 call 3); 尾号6635: a masked tail of a number, no phone (set 5 call 11).
# Times of day after a date (08:42, 19:26 …) are nothing.
XHQ, ZJ, GZ = "330106", "330000", "440100"   # 杭州市西湖区, 浙江省, 广州市
DOCS = {
    "heldout21-push-1": [
        # 国家医保服务平台: no place
        C("3条", 3, "item"),                        # 消息中心(3条未读)
        # 【验证码】… 验证码482913: nothing
        T("5分钟", 5, "minute"),                    # 5分钟内有效: 内 outside
        D("2025-06-18", "2025-06-18"),
        D("2025年06月17日", "2025-06-17"),          # zero-padded (set 19 call 9); 19:26 a time
        R("杭州市西湖区", XHQ),                      # a chain at the district; 一家定点药店: lone 一
        # 2笔支付: nothing
        M("¥128.50", 128.5),                        # 合计 is not on the list; ¥ before the number (set 4 call 9)
        M("¥96.30", 96.3),
        M("¥32.20", 32.2),
        D("2025-06-17", "2025-06-17"),
        D("2026年度", "2026"),
        DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
        R("浙江省", ZJ),                            # 浙江省个人缴费标准: a place before a topic
        M("每年不低于400元", 400, period="year", qualifier="min"),   # 每人每年不低于400元
        D("2025-06-15", "2025-06-15"),
    ],
    "heldout21-push-2": [
        # 医保电子凭证 | 我的消息: an app's name, no place
        D("2025-07-01", "2025-07-01"),              # [系统通知] 2025-07-01 00:00
        D("2025年7月1日起", "2025-07-01", qualifier="from"),
        T("60秒", 60, "second"),                    # 每60秒自动刷新: 每 is a period word for money only
        C("20次", 20, "time"),                      # 每日可生成20次
        # 全国: no place
        C("10.8亿人", 1080000000, "person"),
        D("2025-07-03", "2025-07-03"),
        R("广东省广州市", GZ),
        # 备案编号YD4401202507030021: an ID (4401 … looks like a code and a date): nothing
        D("2026年7月2日", "2026-07-02"),             # 有效期至2026年7月2日: a single date (set 16 call 9)
        M("5000元以下", 5000, qualifier="max"),
        D("2025-07-05", "2025-07-05"),
        M("¥210.00", 210),
        D("2025年7月", "2025-07"),                   # (2025年7月)
        M("¥1,536.80", 1536.8),
        PH("12393"),
    ],
    "heldout21-push-3": [
        # 【国家医保服务平台】: an SMS signature without a place
        # 尾号6635: nothing; 单次: no period word
        M("不超过¥500", 500, qualifier="max"),
        M("不超过¥2,000", 2000, qualifier="max"),   # 每月累计不超过¥2,000: 累计 between, as the guidelines' 累计不超过300元
        T("30日", 30, "day"),                       # 满30日后 (满 not on the list; 30日后 → 30日)
        # 验证码719206: nothing
        T("10分钟", 10, "minute"),
        U("https://fuwu.example.gov.cn/gongji/0812"),
        D("2025-08-12", "2025-08-12"),              # 20:31 a time
    ],
}
