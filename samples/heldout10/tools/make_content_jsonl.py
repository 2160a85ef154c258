#!/usr/bin/env python3
"""Write samples/heldout10/pages/content.jsonl: three records `{"id", "url", "title", "content"}` of a CMS
export (信阳市 counties, 河南), whose `content` is the article's HTML as the CMS stores it (`<p>`, `<table>`,
`<br>`, `&nbsp;`, no attributes with digits).  The title is repeated as the content's first line, as in
samples/jsonl/seeds.jsonl.  All content invented; the townships are real."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

T1 = "光山县医疗保障局关于开展2025年门诊慢特病集中认定工作的通知"
T2 = "固始县2025年2月门诊慢特病认定结果公示"
T3 = "罗山县医疗保障局温馨提示"
RECORDS = [
    {"id": "heldout10-content-1", "url": "https://www.example.gov.cn/gsx/ybj/tzgg/202503/t20250303_1021.html",
     "title": T1,
     "content": "<p><strong>" + T1 + "</strong></p>"
                "<p>各乡镇(街道)参保群众:</p>"
                "<p>&nbsp;&nbsp;&nbsp;&nbsp;为方便慢特病患者就近办理认定,光山县医疗保障局定于2025年3月10日至3月21日组织专家到乡镇卫生院开展门诊慢特病集中认定,现将有关事项通知如下:</p>"
                "<p><strong>一、认定时间及地点</strong></p>"
                "<table><tr><td>日期</td><td>认定地点</td><td>负责乡镇</td></tr>"
                "<tr><td>3月10日</td><td>光山县泼陂河镇中心卫生院</td><td>泼陂河镇、晏河乡</td></tr>"
                "<tr><td>3月12日</td><td>光山县仙居乡卫生院</td><td>仙居乡、文殊乡</td></tr>"
                "<tr><td>3月14日</td><td>光山县白雀园镇中心卫生院</td><td>白雀园镇、殷棚乡</td></tr>"
                "<tr><td>3月17日至3月18日</td><td>光山县人民医院</td><td>紫水街道、弦山街道、十里镇</td></tr>"
                "<tr><td>3月21日</td><td>光山县马畈镇卫生院</td><td>马畈镇、南向店乡</td></tr></table>"
                "<p><strong>二、认定病种</strong><br>本次集中认定高血压、糖尿病、慢性心力衰竭等45种门诊慢特病,其中高血压、糖尿病等12种病种可当场出具认定结果。</p>"
                "<p><strong>三、所需材料</strong><br>1.身份证或医保电子凭证;<br>2.2年内二级及以上医院的住院病历或相关检查报告;<br>3.近期免冠照片2张。</p>"
                "<p><strong>四、待遇标准</strong><br>认定通过后,次月1日起享受待遇,政策范围内报销比例为65%,高血压年度支付限额每人&nbsp;600元,糖尿病每人&nbsp;1000元。</p>"
                "<p>咨询电话:0376-8601234(工作日8:00-12:00)</p>"
                "<p>光山县医疗保障局<br>2025年3月3日</p>"},
    {"id": "heldout10-content-2", "url": "https://www.example.gov.cn/gsx2/ybj/gsgg/202503/t20250305_877.html",
     "title": T2,
     "content": "<p><strong>" + T2 + "</strong></p>"
                "<p>根据《信阳市门诊慢特病管理办法》,经乡镇卫生院初审、县医保中心复审,2025年2月共有311人申请门诊慢特病认定,通过285人,通过率91.6%。现将各认定机构情况公示如下:</p>"
                "<table><tr><td>认定机构</td><td>申请人数</td><td>通过人数</td><td>通过率</td></tr>"
                "<tr><td>固始县陈淋子镇中心卫生院</td><td>86人</td><td>79人</td><td>91.9%</td></tr>"
                "<tr><td>固始县三河尖镇卫生院</td><td>54人</td><td>50人</td><td>92.6%</td></tr>"
                "<tr><td>固始县往流镇卫生院</td><td>47人</td><td>42人</td><td>89.4%</td></tr>"
                "<tr><td>固始县郭陆滩镇中心卫生院</td><td>69人</td><td>63人</td><td>91.3%</td></tr>"
                "<tr><td>固始县段集镇卫生院</td><td>55人</td><td>51人</td><td>92.7%</td></tr></table>"
                "<p>公示期为2025年3月5日至3月11日。对公示结果有异议的,请在公示期内向固始县医疗保障局反映。<br>"
                "联系电话:0376-4921587&nbsp;&nbsp;电子邮箱:gsybmtb@163.example.com</p>"},
    {"id": "heldout10-content-3", "url": "https://www.example.gov.cn/lsx/ybj/wxts/20250110.html",
     "title": T3,
     "content": "<p>" + T3 + "</p>"
                "<p>2025年度城乡居民医保集中缴费期为2024年9月1日至2025年2月28日,个人缴费标准为每人每年400元。<br>"
                "集中缴费期结束后缴费的,设置3个月待遇等待期;连续参保满4年后,每多参保1年,大病保险最高支付限额提高1万元。<br>"
                "缴费渠道:“河南医保”APP、“豫事办”、中国农业银行罗山县支行各营业网点。<br>"
                "咨询电话:0376-2162345&nbsp;&nbsp;&nbsp;&nbsp;监督电话:12345</p>"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "content.jsonl", RECORDS)
