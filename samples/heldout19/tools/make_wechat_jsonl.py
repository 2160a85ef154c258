#!/usr/bin/env python3
"""Write samples/heldout19/pages/wechat.jsonl: three records `{"id", "url", "html"}` whose `html` is the body
of a WeChat (公众号) article as a CMS export keeps it: nested <section>s, <span style=...>, numbers in their
own <strong>/<span> with the unit outside, &nbsp; and &yen;.  泉州 (福建), 绍兴 (浙江), 南宁 (广西).
All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

S = '<span style="font-size:15px;color:#333333;letter-spacing:1px;">'
B = '<strong><span style="color:#d92142;">'

RECORDS = [
    {"id": "heldout19-wechat-1", "url": "https://mp.example.com/s/quanzhou-yb-20250905",
     "html": '<section style="padding:0 10px;">'
             '<section style="text-align:center;"><span style="font-size:18px;"><strong>泉州医保 | 2026年度城乡居民医保开始缴费啦!</strong></span></section>'
             '<section><p>' + S + '2025-09-05 08:30&nbsp;&nbsp;福建泉州</span></p></section>'
             '<section><p>' + S + '2026年度城乡居民基本医疗保险集中缴费期为' + B + '2025年9月1日至12月31日</span></strong>,'
             '个人缴费标准为每人每年' + B + '400</span></strong>元,财政补助每人每年不低于&yen;700。</span></p>'
             '<p>' + S + '特殊困难群体个人缴费由政府全额或按' + B + '50</span></strong>%资助;'
             '新生儿出生后' + B + '90</span></strong>天内参保缴费的,自出生之日起享受待遇。</span></p>'
             '<p>' + S + '今年起,连续参保满' + B + '4</span></strong>年的,大病保险最高支付限额每年提高' + B + '1</span></strong>万元,'
             '累计提高不超过<strong>4万元</strong>;当年基金零报销的,次年提高&nbsp;<strong>1</strong>&nbsp;万元,累计不超过&yen;40000。</span></p>'
             '</section>'
             '<section><p>' + S + '全市已有<strong>168</strong>家银行网点、<strong>2156</strong>个村(社区)代收点可办理缴费;'
             '鲤城区、丰泽区、晋江市、南安市参保群众也可通过“闽政通”App缴纳。</span></p>'
             '<p>' + S + '咨询电话:0595-22581369、12393</span></p></section>'
             '</section>'},
    {"id": "heldout19-wechat-2", "url": "https://mp.example.com/s/shaoxing-ybj-20250416",
     "html": '<section><section style="box-sizing:border-box;">'
             '<p style="text-align:center;"><span style="font-size:17px;"><strong>门诊慢特病认定“一件事”,绍兴这样办</strong></span></p>'
             '</section>'
             '<section><p>' + S + '4月16日起,绍兴市越城区、柯桥区、上虞区和诸暨市的定点医院可直接办理门诊慢特病认定,'
             '病种由原来的<strong>52</strong>种增加到<strong>68</strong>种。</span></p>'
             '<p>' + S + '▶ 认定通过后,在职职工门诊慢特病费用报销比例为<span style="color:#0052ff;"><strong>85%</strong></span>,'
             '退休人员为<span style="color:#0052ff;"><strong>90%</strong></span>,年度限额&nbsp;<strong>3000</strong>元至<strong>1.5</strong>万元不等。</span></p>'
             '<p>' + S + '▶ 资料齐全的,认定时限由<strong>15</strong>个工作日压缩至<strong>3</strong>个工作日;'
             '认定有效期<strong>2</strong>年,到期前<strong>1</strong>个月可申请复审。</span></p>'
             '<p>' + S + '▶ 2024年全市共认定门诊慢特病<strong>3.2</strong>万例,同比增长<strong>18.4%</strong>。</span></p>'
             '<p>' + S + '来源:绍兴市医疗保障局 编辑:沈某</span></p></section></section>'},
    {"id": "heldout19-wechat-3", "url": "https://mp.example.com/s/nanning-ybfw-20250120",
     "html": '<section><p>' + S + '【提醒】南宁春节期间医保经办服务安排</span></p>'
             '<p>' + S + '2025年1月28日至2月4日(农历除夕至正月初七)全市各医保经办窗口暂停线下服务,'
             '2月5日(正月初八)起恢复正常。</span></p>'
             '<p>' + S + '节日期间异地就医备案、参保信息查询等<strong>28</strong>项业务可通过“广西医保”公众号网上办理,'
             '门诊费用满&yen;50即可线上申请报销。</span></p>'
             '<p>' + S + '急诊就医不受影响,如有疑问可拨打<span style="color:#ff0000;">0771-5501236</span>'
             '(青秀区、西乡塘区)或<span style="color:#ff0000;">0771-4853127</span>(武鸣区)。</span></p></section>'},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "wechat.jsonl", RECORDS)
