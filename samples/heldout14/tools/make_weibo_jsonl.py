#!/usr/bin/env python3
"""Write samples/heldout14/pages/weibo.jsonl: three Weibo-style posts `{"id", "url", "text"}`: #话题# tags,
@accounts with places, 【】 headers, short links, each with a date and a money amount.  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout14-weibo-1", "url": "https://weibo.example.com/gsyb/Q8xKq2",
     "text": "甘肃医保 V\n"
             "【医保便民】#甘肃医保# #异地就医# 2025年起,我省参保人跨省异地就医住院,起付线统一为800元,"
             "报销比例较省内降低10个百分点。已备案的参保人在兰州、天水、酒泉等地就医无需再次备案,"
             "备案有效期为6个月。详情戳→ http://t.example.cn/A8xKq2 @甘肃省医疗保障局 @兰州发布\n"
             "2025-01-03 09:12 来自 微博网页版\n"
             "转发 126 评论 38 赞 402\n"},
    {"id": "heldout14-weibo-2", "url": "https://weibo.example.com/qdfb/Mz1Lp7",
     "text": "青岛发布 V\n"
             "#青岛身边事# 【好消息!青岛长期护理保险待遇提高】记者从@青岛市医疗保障局 获悉,自2025年4月1日起,"
             "失能人员居家护理服务费用报销比例由85%提高至90%,每月最高1500元。崂山区、黄岛区、即墨区"
             "首批3家护理机构开展试点,全市约1.2万名失能人员将受益。咨询请拨0532-85911637。#长护险#\n"
             "4月1日 18:30 来自 青岛发布微博 已编辑\n"},
    {"id": "heldout14-weibo-3", "url": "https://weibo.example.com/lzyb/Rt5Wn3",
     "text": "柳州医保 V\n"
             "【#柳州医保# 提醒】即日起,柳州市参保人申请恶性肿瘤门诊治疗等9种门诊慢特病认定,"
             "只需提交6个月内的病历资料,医院当场认定,最快1天办结。2024年全市共认定门诊慢特病1.8万例,"
             "年度支付限额最高提高到3万元。转发周知@柳州市医疗保障局 @广西医保 戳 https://t.example.cn/Lz7Rp0\n"
             "2025-5-20 11:46 来自 HUAWEI Mate 60\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "weibo.jsonl", RECORDS)
