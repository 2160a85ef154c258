#!/usr/bin/env python3
"""Write samples/heldout27/pages/portal_notices.jsonl: three records `{"id", "url", "html"}` of short 通知
from city 医保 portals (徐州, 襄阳, 赣州) with <ul><li> lists of dates and amounts, <em>/<i> emphasis, and a
phone whose label and number are split by <br>.  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout27-portal-1", "url": "https://ybj.xuzhou.example.gov.cn/tzgg/202508/t20250825_1.html",
     "html": '<div class="article"><h1>关于做好2026年度徐州市城乡居民医保参保缴费工作的通知</h1>'
             '<p>各县(市、区)医疗保障局:现将2026年度缴费事项通知如下:</p>'
             '<ul><li>缴费时间:<em>2025年9月1日</em>至<em>2025年12月31日</em></li>'
             '<li>个人缴费标准:<i>每人每年400元</i>,财政补助不低于每人每年700元</li>'
             '<li>特困人员、孤儿:个人缴费部分由财政资助<em>100%</em></li>'
             '<li>低保对象、返贫致贫人口:资助<em>70%</em></li>'
             '<li>新生儿:出生后<i>90天</i>内办理参保</li></ul>'
             '<p>咨询电话:<br>0516-83712393</p>'
             '<p>徐州市医疗保障局 2025年8月25日</p></div>'},
    {"id": "heldout27-portal-2", "url": "https://ybj.xiangyang.example.gov.cn/zcwj/202509/t20250918_2.html",
     "html": '<div class="article"><h1>襄阳市调整门诊慢特病待遇的通知</h1>'
             '<p>樊城区、襄州区及各县(市)参保人员请注意:</p>'
             '<ul><li>执行时间:<em>2025年10月1日起</em></li>'
             '<li>起付标准:<em>300元</em>(一个自然年度内只计一次)</li>'
             '<li>报销比例:职工<i>75%</i>,居民<i>65%</i></li>'
             '<li>年度限额:最高<em>5000元</em>,恶性肿瘤门诊治疗不设限额</li>'
             '<li>病种:由<em>45种</em>增加至<em>52种</em></li></ul>'
             '<p>如有疑问请拨打<br>0710-3512393<br>(工作日8:30-17:30)</p></div>'},
    {"id": "heldout27-portal-3", "url": "https://ybj.ganzhou.example.gov.cn/tzgg/202509/t20250926_3.html",
     "html": '<div class="article"><h1>赣州市医保经办机构国庆中秋假期服务安排</h1>'
             '<ul><li><em>2025年10月1日至10月8日</em>:各级经办窗口暂停服务</li>'
             '<li><em>10月9日</em>起恢复正常办公</li>'
             '<li>假期内异地就医备案可通过“赣服通”办理,<i>24小时</i>受理</li>'
             '<li>急诊住院未及时结算的,可在出院后<em>3个月</em>内回参保地经办窗口报销,章贡区、瑞金市参保人员也可线上申请</li></ul>'
             '<p>值班电话:<br>0797-8123393</p></div>'},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "portal_notices.jsonl", RECORDS)
