#!/usr/bin/env python3
"""Write samples/heldout28/pages/bank_tips.jsonl: three short 医保 tips `{"id", "url", "text"}` as a bank's
mobile app shows them in its 生活服务 > 医保 channel (杭州, 成都, 武汉), each with amounts, a date window,
a 95xxx hotline and a place.  All content invented (bank campaigns, amounts, dates)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout28-tips-1", "url": "https://m.example.com/app/yibao/tips/0601-hz",
     "text": "医保小贴士 | 杭州职工医保家庭共济,手机上就能绑\n"
             "杭州市职工医保参保人可通过本行App \"医保服务\" 绑定家庭共济关系,个人账户历年结余可为近亲属支付"
             "门诊和购药费用。活动期间2025年6月1日至6月30日,首次绑定成功的客户可领取最高10元立减金,"
             "每位客户限领1次,名额共3000个,先到先得。\n"
             "温馨提示:个人账户当年划入资金不能用于共济;单笔共济支付不超过2000元。客服热线95588。\n"},
    {"id": "heldout28-tips-2", "url": "https://m.example.com/app/yibao/tips/0901-cd",
     "text": "医保小贴士 | 成都市城乡居民医保2026年度缴费开始啦\n"
             "缴费时间:2025年9月1日-12月31日\n"
             "缴费标准:每人每年400元(成年居民),学生儿童同标准;低保对象、特困人员由政府全额资助。\n"
             "在本行App缴费满400元,可随机立减1-5元,每日限量500份。四川省外就读的成都籍大学生也可线上缴纳。"
             "逾期未缴的,2026年1月1日起待遇设3个月等待期。详询95533或成都市医保服务热线028-61889000。\n"},
    {"id": "heldout28-tips-3", "url": "https://m.example.com/app/yibao/tips/1008-wh",
     "text": "医保小贴士 | 武汉长期护理保险知多少\n"
             "湖北省武汉市职工医保参保人经评估为重度失能的,可享受长护险待遇:机构护理每床日60元、居家护理"
             "每月1500元,基金支付比例约七成。2025年10月8日至10月31日,在本行App完成医保电子凭证激活的"
             "江汉区、江岸区客户,可参与抽奖,奖品价值不超过88元,共设200名。咨询请拨95599转3。\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "bank_tips.jsonl", RECORDS)
