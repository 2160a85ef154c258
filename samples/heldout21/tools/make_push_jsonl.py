#!/usr/bin/env python3
"""Write samples/heldout21/pages/push.jsonl: three records `{"id", "url", "text"}` of app push
notifications and in-app messages of 国家医保服务平台 / 医保电子凭证: a message centre list (验证码,
payment notice with 2笔 and ¥ amounts, a contribution reminder), an in-app message box of 医保电子凭证,
and one SMS-style notice of a 家庭共济 binding.  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout21-push-1", "url": "https://app.example.gov.cn/msgcenter/list?page=1",
     "text": "国家医保服务平台 消息中心(3条未读)\n"
             "【验证码】您正在登录国家医保服务平台,验证码482913,5分钟内有效,请勿泄露给他人。\n"
             "2025-06-18 08:42\n"
             "【支付成功】您于2025年06月17日 19:26在杭州市西湖区一家定点药店使用医保电子凭证完成2笔支付,"
             "合计¥128.50,其中个人账户支付¥96.30,现金支付¥32.20。\n"
             "2025-06-17 19:27\n"
             "【缴费提醒】2026年度城乡居民医保集中缴费期为2025年9月1日至12月31日,"
             "浙江省个人缴费标准为每人每年不低于400元,请及时缴纳。\n"
             "2025-06-15 10:00\n"},
    {"id": "heldout21-push-2", "url": "https://app.example.gov.cn/ecard/inbox",
     "text": "医保电子凭证 | 我的消息\n"
             "[系统通知] 2025-07-01 00:00\n"
             "您的医保电子凭证已完成年度核验。自2025年7月1日起,医保码二维码每60秒自动刷新,"
             "每日可生成20次。目前全国已有10.8亿人激活医保电子凭证。\n"
             "[备案提醒] 2025-07-03 14:05\n"
             "您已在广东省广州市办理异地就医备案(备案编号YD4401202507030021),备案有效期至2026年7月2日。"
             "住院时出示医保码,预交金可降至5000元以下。\n"
             "[账户变动] 2025-07-05 09:12\n"
             "个人账户划入¥210.00(2025年7月),当前余额¥1,536.80。如有疑问请拨打12393。\n"},
    {"id": "heldout21-push-3", "url": "https://sms.example.com/log/20250812-2031",
     "text": "【国家医保服务平台】尊敬的用户,您的家庭共济绑定申请已通过,共济人李某(尾号6635)"
             "可使用您的个人账户余额。单次共济支付不超过¥500,每月累计不超过¥2,000,"
             "解绑须在绑定满30日后操作。验证码719206(10分钟内有效)。"
             "详情见https://fuwu.example.gov.cn/gongji/0812 2025-08-12 20:31\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "push.jsonl", RECORDS)
