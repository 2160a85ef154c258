#!/usr/bin/env python3
"""Writes pages/short_notices.jsonl (3 records: two `text`, one `html`).  Run from anywhere."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
import gold_lib  # noqa: E402

r1 = """赣州市城乡居民医保2026年度补缴通知
为保障未在集中缴费期内参保居民的权益,现将补缴有关事项通知如下:2026年度居民医保集中缴费已于2025年12月31日24时结束。未缴费的居民可于2026年1月5日至3月31日到户籍所在地乡镇(街道)补缴,个人缴费标准仍为每人每年400元。
补缴的,自缴费之日起3个月后享受待遇;3月31日以后仍未缴费的,当年不再受理。春节前后(1月下旬至2月中旬)各乡镇暂停补缴受理,请在腊月二十三前或正月初八后办理。
章贡区、南康区、赣县区及瑞金市、于都县等县(市、区)医保经办机构联系方式另行公布。咨询电话:0797-8162435。"""

r2 = ('<div class="notice"><h3>柳州市医保信息系统停机维护公告</h3>'
      '<p class="date">发布日期:2025-12-16</p>'
      '<p>因医保信息平台升级,我市将于<b>2025年12月20日</b>(本周六)22:00至次日6:00停机维护,共<strong>8</strong>小时。'
      '停机期间,定点医药机构暂停医保联网结算,参保人可先行垫付,于<span>2026年1月20日前</span>持票据到柳南区、柳北区、'
      '鱼峰区、城中区、柳江区医保经办窗口报销。</p>'
      '<p>上月底已受理的异地就医备案不受影响。维护期间&ldquo;柳州医保&rdquo;公众号同步暂停,'
      '预计12月21日早上恢复。给您带来不便,敬请谅解!咨询:0772-2813576(工作日8:00&mdash;12:00)。</p></div>')

r3 = """大同市2025年第四批门诊慢特病资格评审安排
各参保人员:我市2025年门诊慢特病资格评审每季度开展1次,第四批评审时间为12月8日至12日(周一至周五)。申报材料受理截止时间为12月5日17:00,逾期顺延至2026年一季度。
评审结果于评审结束后10个工作日内公示,公示期为5天;通过评审的,自2026年1月1日起享受待遇,有效期2年。平城区、云冈区、新荣区、云州区参保人员到市医保中心(御东行政中心)申报,阳高县、天镇县、灵丘县等县参保人员到县医保中心申报。
咨询电话:0352-5102786;邮箱:dtmzmtb@example.org。"""

gold_lib.write_pages_jsonl(__file__, "short_notices.jsonl", [
    {"id": "heldout60-notice-1", "url": "https://ybj.example.gov.cn/ganzhou/2025/bujiao.html", "text": r1},
    {"id": "heldout60-notice-2", "url": "https://ybj.example.gov.cn/liuzhou/2025/tingji.html", "html": r2},
    {"id": "heldout60-notice-3", "url": "https://ybj.example.gov.cn/datong/2025/mtb.html", "text": r3},
])
