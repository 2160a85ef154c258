#!/usr/bin/env python3
"""Writes pages/kuaixun.jsonl (3 防疫 快讯 records: two `text`, one `html`).  Run from anywhere."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
import gold_lib  # noqa: E402

r1 = """西安市新冠肺炎疫情快讯(2022年1月4日)
2022年1月3日0时至24时,西安市新增本土确诊病例95例,其中雁塔区46例、长安区12例、未央区8例,无症状感染者0例。截至1月3日24时,西安市累计报告本土确诊病例1,853例。
陕西省新冠肺炎疫情防控指挥部提醒:确诊患者在定点医院救治产生的费用由医保和财政全额保障;入境人员实行14天集中隔离医学观察加7天居家健康监测。全市第五轮核酸筛查共采样1,204.3万人,混检比例10:1,检测费用由财政承担。咨询电话:029-87651234。"""

r2 = ('<div class="kx"><h3>上海:核酸检测混检价格再下调</h3>'
      '<p class="time">发布时间:2022-05-31 18:20</p>'
      '<p>据上海市医疗保障局消息,自<b>2022年6月1日</b>起,本市核酸检测10合1混检价格下调为每人份<strong>3.5</strong>元,'
      '单样本检测每人次不超过<strong>16</strong>元。全市常态化核酸采样点超过<b>1.5万个</b>,浦东新区、闵行区、徐汇区采样点'
      '7&times;24小时开放。乘坐公共交通须持<strong>72小时</strong>内核酸阴性证明。热线:12345,或021-63351234。</p></div>')

r3 = """厦门快讯:同安区新增2例 全员核酸检测费用医保不负担
2021年9月13日0时至24时,厦门市新增本土确诊病例2例,均在同安区隔离点发现;另有无症状感染者1例。厦门市新冠肺炎疫情防控指挥部决定,9月14日至16日在思明区、湖里区、同安区开展全员核酸检测,按"5合1""10合1"混采,检测费用由财政承担,医保基金不予支付。全市共设采样点1,536个,抽调医务人员8,600余名;发热(≥37.3℃)人员须单人单管检测。咨询:0592-5301234。"""

gold_lib.write_pages_jsonl(__file__, "kuaixun.jsonl", [
    {"id": "heldout82-kx-1", "url": "https://news.example.com/xian/2022/0104.html", "text": r1},
    {"id": "heldout82-kx-2", "url": "https://news.example.com/shanghai/2022/0531.html", "html": r2},
    {"id": "heldout82-kx-3", "url": "https://news.example.com/xiamen/2021/0914.html", "text": r3},
])
