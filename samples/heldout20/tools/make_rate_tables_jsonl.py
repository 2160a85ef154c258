#!/usr/bin/env python3
"""Write samples/heldout20/pages/rate_tables.jsonl: three records `{"id", "url", "html"}`, each a CMS
snippet with a 职工医保 住院 rate table (医院级别 | 起付线 | 报销比例 for 在职/退休) that uses rowspan and
colspan, from three cities: 洛阳 (units in every cell), 绵阳 (the unit in a header cell, bare cells),
柳州 (在职/退休 as rows, `每次…元` cells, a colspan footer row).  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout20-rate-1", "url": "https://ybj.luoyang.example.gov.cn/zcjd/2025/zgzy.html",
     "html": '<div class="TRS_Editor">'
             '<p style="text-align:center"><strong>洛阳市职工基本医疗保险住院待遇标准</strong></p>'
             '<p>(2025年1月1日起执行)</p>'
             '<table border="1" cellpadding="4" cellspacing="0" width="100%">'
             '<tr><th rowspan="2">医院级别</th><th rowspan="2">起付线</th><th colspan="2">报销比例</th></tr>'
             '<tr><th>在职</th><th>退休</th></tr>'
             '<tr><td>一级医院</td><td>300元</td><td>90%</td><td>92%</td></tr>'
             '<tr><td>二级医院</td><td>600元</td><td>85%</td><td>88%</td></tr>'
             '<tr><td>三级医院</td><td>1000元</td><td>80%</td><td>84%</td></tr>'
             '<tr><td>市外转诊</td><td>1500元</td><td colspan="2">70%</td></tr>'
             '</table>'
             '<p>注:1.一个自然年度内多次住院的,起付线逐次降低20%,但不低于200元;'
             '2.统筹基金年度最高支付限额为45万元。</p>'
             '<p>咨询电话:0379-63256018</p></div>'},
    {"id": "heldout20-rate-2", "url": "https://ybj.mianyang.example.gov.cn/bszn/zybx.html",
     "html": '<div class="article-content">'
             '<p><b>绵阳市城镇职工医保住院报销标准(2025年度)</b></p>'
             '<table class="MsoTableGrid" border="1"><tbody>'
             '<tr><td rowspan="2"><b>医院级别</b></td><td rowspan="2"><b>起付线(元)</b></td>'
             '<td colspan="2"><b>报销比例</b></td></tr>'
             '<tr><td><b>在职职工</b></td><td><b>退休人员</b></td></tr>'
             '<tr><td>社区卫生服务中心、乡镇卫生院</td><td>200</td><td>92%</td><td>95%</td></tr>'
             '<tr><td>二级医疗机构</td><td>500</td><td>87%</td><td>90%</td></tr>'
             '<tr><td>三级医疗机构</td><td>800</td><td rowspan="2">82%</td><td rowspan="2">85%</td></tr>'
             '<tr><td>省内异地(已备案)</td><td>1200</td></tr>'
             '</tbody></table>'
             '<p>说明:退休人员起付线按在职职工的50%执行;统筹基金年度最高支付限额为38万元,'
             '超过部分纳入大额医疗补助,大额医疗补助每人每年缴费120元。</p>'
             '<p style="text-align:right">绵阳市医疗保障局<br>2025-02-18</p></div>'},
    {"id": "heldout20-rate-3", "url": "https://www.liuzhou.example.gov.cn/ybj/zcwj/t2025031012.html",
     "html": '<div class="con">'
             '<h3>柳州市职工医保住院起付线和报销比例一览表</h3>'
             '<p class="info">发布日期:2025年3月10日 | 来源:柳州医保 | 咨询:0772-2826512</p>'
             '<table border="1">'
             '<tr><th>医院级别</th><th>人员类别</th><th>起付线</th><th>报销比例</th></tr>'
             '<tr><td rowspan="2">一级</td><td>在职</td><td rowspan="2">每次200元</td><td>88%</td></tr>'
             '<tr><td>退休</td><td>91%</td></tr>'
             '<tr><td rowspan="2">二级</td><td>在职</td><td rowspan="2">每次500元</td><td>85%</td></tr>'
             '<tr><td>退休</td><td>88%</td></tr>'
             '<tr><td rowspan="2">三级</td><td>在职</td><td rowspan="2">每次800元</td><td>83%</td></tr>'
             '<tr><td>退休</td><td>86%</td></tr>'
             '<tr><td colspan="2">年度最高支付限额</td>'
             '<td colspan="2">统筹基金30万元;大额医疗费用补助60万元</td></tr>'
             '</table>'
             '<p>在柳州市外经备案转诊住院的,起付线按三级医院标准执行,报销比例降低10个百分点。</p></div>'},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "rate_tables.jsonl", RECORDS)
