#!/usr/bin/env python3
"""Write samples/heldout18/pages/faq.jsonl: three short records `{"id", "url", "text"}` from the knowledge base
of a 医保 telephone service centre (福州, 福建): one question and its answer each, with extensions, 400 and 95xxx
numbers and service hours.  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout18-faq-1", "url": "https://kb.example.gov.cn/fzyb/faq/1024",
     "text": "【知识库编号:FZYB-KB-1024】【分类:参保缴费】【更新:2025-03-18】\n"
             "问:灵活就业人员职工医保断缴了,还能补缴吗?\n"
             "答:中断缴费3个月以内的,可在中断后90天内到福州市医疗保障基金中心各经办窗口申请补缴,补缴后视同连续参保;"
             "中断超过3个月的,重新参保后设6个月等待期,等待期内发生的医疗费用不予报销。"
             "职工医保灵活就业人员月缴费额为523.38元至2616.90元,按本人选择的档次缴纳。"
             "咨询电话:0591-87654321转8001(工作日8:30-17:30)。\n"},
    {"id": "heldout18-faq-2", "url": "https://kb.example.gov.cn/fzyb/faq/1031",
     "text": "【知识库编号:FZYB-KB-1031】【分类:大病保险】【更新:2025-03-21】\n"
             "问:大病保险怎么理赔?找谁?\n"
             "答:本市大病保险由中国人民财产保险股份有限公司福州市分公司承办,参保人年度内个人负担的合规医疗费用超过1.8万元的部分,"
             "分段按60%至80%报销,年度最高支付40万元。出院结算时系统自动“一站式”赔付,无需另行申请;"
             "如有疑问可拨打95518或承办机构客服热线400-810-3266,也可拨打0591-87654321转8002。"
             "闽侯县、福清市参保人请咨询当地医保中心。\n"},
    {"id": "heldout18-faq-3", "url": "https://kb.example.gov.cn/fzyb/faq/1046",
     "text": "【知识库编号:FZYB-KB-1046】【分类:异地就医】【更新:2025-04-02】\n"
             "问:退休后长期住在厦门,怎么备案?\n"
             "答:可通过“闽政通”APP或国家医保服务平台APP办理异地长期居住备案,备案后1-3个工作日生效,有效期内在厦门市定点医疗机构就医可直接结算,"
             "起付线800元,报销比例比本地降低5个百分点。备案满6个月后可申请变更或取消。人工服务时间:每天8:30-17:30,"
             "电话0591-87654321转8003;夜间及节假日可拨打12393留言,工作人员将在2个工作日内回电。\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "faq.jsonl", RECORDS)
