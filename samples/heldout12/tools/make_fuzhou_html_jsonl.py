#!/usr/bin/env python3
"""Write samples/heldout12/pages/fuzhou_html.jsonl: three records `{"id", "url", "html"}` with small HTML
snippets of a 福州 医保 site: a <ul> notice list with <span class="date"> dates, a <table> of 报销比例 by
hospital level, and a contact <div> whose phones are in <a href="tel:...">.  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout12-fz-1", "url": "https://ybj.fuzhou.example.gov.cn/tzgg/",
     "html": '<div class="list-box"><h2>通知公告</h2><ul class="news-list">'
             '<li><a href="/tzgg/202502/t20250214_1.html">关于2025年度福州市城乡居民医保集中缴费期延长至3月31日的通告</a>'
             '<span class="date">2025-02-14</span></li>'
             '<li><a href="/tzgg/202502/t20250210_2.html">福州市医疗保障局关于公布第二批门诊特殊病种定点医疗机构名单的通知</a>'
             '<span class="date">2025-02-10</span></li>'
             '<li><a href="/tzgg/202501/t20250127_3.html">关于调整长乐区、闽侯县职工医保个人账户划入标准的通知</a>'
             '<span class="date">2025-01-27</span></li>'
             '<li><a href="/tzgg/202501/t20250120_4.html">2025年春节假期医保经办服务安排(1月28日至2月4日)</a>'
             '<span class="date">2025-01-20</span></li>'
             '<li><a href="/tzgg/202501/t20250115_5.html">福州医保“两定”机构年度考核结果公示(共412家)</a>'
             '<span class="date">2025-01-15</span></li>'
             '</ul><div class="page">共5条 第1页</div></div>'},
    {"id": "heldout12-fz-2", "url": "https://ybj.fuzhou.example.gov.cn/zcjd/zybxbl.html",
     "html": '<div class="article"><table class="rate" border="1">'
             '<caption>2025年福州市城乡居民医保住院报销比例</caption>'
             '<tr><th>医院级别</th><th>起付线</th><th>报销比例</th><th>年度最高支付限额</th></tr>'
             '<tr><td>一级及以下</td><td>200元</td><td>90%</td><td rowspan="3">20万元</td></tr>'
             '<tr><td>二级</td><td>500元</td><td>75%</td></tr>'
             '<tr><td>三级</td><td>1000元</td><td>60%</td></tr>'
             '</table>'
             '<p>注:转诊至省外住院的,报销比例降低10个百分点;连续参保满4年后,每多参保1年,年度最高支付限额提高1万元,'
             '累计提高不超过5万元。</p></div>'},
    {"id": "heldout12-fz-3", "url": "https://ybj.fuzhou.example.gov.cn/bsfw/gl.html",
     "html": '<div class="contact-card"><h3>福州市鼓楼区医疗保障服务中心</h3>'
             '<p>地址:福州市鼓楼区五四路158号</p>'
             '<p>服务时间:周一至周五 8:30-12:00,14:30-17:30</p>'
             '<p>咨询电话:<a href="tel:059187112393">0591-87112393</a></p>'
             '<p>医保服务热线:<a href="tel:12393">12393</a></p>'
             '<p>办理时限:材料齐全的,5个工作日内办结。</p>'
             '<p>邮箱:glyb_fw@fuzhou.example.gov.cn</p>'
             '<p>网上办理:<a href="https://ybj.fuzhou.example.gov.cn/wsbs">https://ybj.fuzhou.example.gov.cn/wsbs</a></p>'
             '</div>'},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "fuzhou_html.jsonl", RECORDS)
