#!/usr/bin/env python3
"""Writes ../pages/fund_news.jsonl: three short fund news items (two text records, one html)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl  # noqa: E402

R1 = """银川市一季度医保基金运行平稳
2025-04-21 09:05 来源:银川市医疗保障局
记者从银川市医疗保障局获悉,2025年1-3月,全市基本医疗保险基金收入23.64亿元,同比增长5.2%;基金支出19.87亿元,同比增长3.1%,收支增速差扩大至2.1个百分点。截至3月末,职工医保统筹基金累计结存可支付月数12.6个月,居民医保为7.9个月。
分区域看,兴庆区、金凤区、西夏区三区基金支出占全市的68%,永宁县、贺兰县和灵武市支出同比分别下降1.2%、0.6%和2.4%。一季度全市共拨付定点医疗机构预付金约1.3亿元,办理医保退费1,862人次、退费金额合计36.5万元。
市医保局提醒,2025年度居民医保集中缴费期已于2月28日结束,错过的居民可在3个月内补缴。咨询电话:0951-6012348。"""

R2 = """<div class="news">
<h3>贵阳追回违规医保基金<strong>3,268.5</strong>万元</h3>
<p>2025年5月8日,贵阳市医疗保障局通报2024年度医保基金监督检查结果:全年检查定点医药机构<b>2,974</b>家,追回医保基金<strong>3,268.5</strong>万元,行政罚款<span>612</span><span>.4</span>万元,同比增长<b>17.3</b>%。</p>
<p>其中,观山湖区某民营医院虚构诊疗项目,违规金额<strong>￥486,320.00</strong>,已全额追回并处<span>2</span>倍罚款;云岩区一家药店超量开药,应退费<b>120</b>元的患者共<span>58</span>名,已于<span>4月30日</span>前全部退费到位。</p>
<p>单位:元&nbsp;&nbsp;注:表中数据未经审计</p>
<table><tr><td>项目</td><td>追回金额</td><td>罚款</td></tr><tr><td>医院</td><td>28,415,006</td><td>5,216,300</td></tr><tr><td>药店</td><td>4,269,994</td><td>907,700</td></tr></table>
<p>举报电话:0851-85816688,举报奖励最高可达<strong>20</strong>万元。</p>
</div>"""

R3 = """呼和浩特市2026年医保基金预算草案公布
2025-12-16 来源:呼和浩特日报
呼和浩特市2026年基本医疗保险基金收入预算为186.42亿元,比2025年预计执行数增长4.6%;支出预算为173.05亿元,增长5.8%;当年结余13.37亿元,年末滚存结余预计达到152.9亿元,可支付月数为10.6个月。
按照预算,2026年城乡居民医保个人缴费标准为每人每年400元,财政补助不低于每人每年700元。对特困人员参保给予全额资助,对低保对象按每人每年CNY 280定额资助。同时安排医疗救助资金2.15亿元,对因病致贫家庭一次性发放救助金人民币叁仟元整,预计惠及3,200户。
赛罕区、新城区、回民区、玉泉区和土默特左旗、托克托县将试点门诊费用按人头付费,试点期为2026年1月至12月。市医保局财务科电话:0471-6913520,邮箱hhhtyb@example.com.cn。"""

write_pages_jsonl(__file__, "fund_news.jsonl", [
    {"id": "heldout61-news-1", "url": "https://www.example.gov.cn/yinchuan/ybj/2025/0421.html", "text": R1},
    {"id": "heldout61-news-2", "url": "https://news.example.cn/guiyang/20250508/ybjg.shtml", "html": R2},
    {"id": "heldout61-news-3", "url": "https://www.example.com.cn/hhht/2025-12-16/yusuan.html", "text": R3},
])
