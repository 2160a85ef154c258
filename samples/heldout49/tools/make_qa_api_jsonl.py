#!/usr/bin/env python3
"""Writes samples/heldout49/pages/qa_api.jsonl: three records of a Q&A site's API dump
({"id", "url", "text"|"html"}).  Run from anywhere; only needed if the records below change."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl  # noqa: E402

R1 = """**问:杭州灵活就业人员交职工医保,一个月多少钱?**

**答(AI助手,已采纳):**

按2025年口径,杭州灵活就业人员参加职工基本医疗保险,缴费基数可在全省全口径城镇单位就业人员平均工资的60%至300%之间自选,费率为9.5%。

### 按最低基数计算
- 2025年最低缴费基数为4462元/月;
- 每月应缴:4462 × 9.5% ≈ 423.89元;
- 一年合计约5086.68元。

### 待遇等待期
1. 首次参保或中断**3个月以上**再参保的,设**6个月**等待期;
2. 连续缴费满**2年**后,中断缴费不超过3个月的,可补缴后不设等待期;
3. 退休时职工医保累计缴费需满**20年**(男)/**15年**(女),其中在杭州实际缴费不少于10年。

> 提示:西湖区、拱墅区的参保人可到区医保服务中心办理,也可登录"浙里办"APP。咨询电话0571-85251234。

参考:[1] 杭州市医疗保障局 2024-12-30 发布的缴费基数通知
👍 1.2万 · 💬 318"""

R2 = """问:厦门医保个人账户的钱能给家人用吗?\n\n答:可以。根据厦门市医疗保障局的规定[1],自2024年7月1日起,职工医保个人账户可以在全省范围内共济使用:\n\n| 用途 | 是否可用 | 备注 |\n| --- | --- | --- |\n| 家人门诊费用 | ✅ | 限配偶、父母、子女 |\n| 家人购买城乡居民医保 | ✅ | 每人每年400元 |\n| 购买惠厦保 | ✅ | 每人每年69元 |\n| 健身、美容 | ❌ | 不属于医疗费用 |\n\n**注意**:\n* 每个职工最多绑定6名近亲属;\n* 绑定后24小时生效,一个自然年度内解绑不超过2次;\n* 2024年共有超过35万人通过\"i厦门\"平台完成绑定,共济金额约1.8亿元[2]。\n\n如有疑问可拨打0592-5115566或12393。\n\n[1] https://hrss.xm.example.gov.cn/ybzc/202406/t20240620_2871.htm\n[2] 厦门日报 2025年1月15日"""

R3 = """<div class="answer" data-id="77214093" data-votes="254">
<p><strong>问:</strong>武汉住院报销后,还能再申请大病保险吗?</p>
<p><strong>答:</strong>可以,而且是自动结算,不需要另外申请。以武汉市城乡居民为例,流程如下:</p>
<ol>
<li>出院结算时,基本医保先按比例报销,三级医院报销比例为<strong>60%</strong>;</li>
<li>个人负担的合规费用超过<code>17000</code>元的部分,由大病保险按<strong>60%</strong>至<strong>80%</strong>分段报销;</li>
<li>大病保险年度最高支付<strong>40万元</strong>,与基本医保<strong>20万元</strong>限额分开计算;</li>
<li>特困人员、低保对象起付线降低<strong>50%</strong>,报销比例提高<strong>5个百分点</strong>。</li>
</ol>
<p>在系统里查询时,可以在“武汉医保”小程序输入业务代码 <code>DBBX-2025-0420</code>,状态码 <code>200</code> 表示已结算。</p>
<p>补充:2025年1月1日起,武汉市取消了大病保险的年度起付线调整过渡期,共涉及<strong>13个</strong>区。江岸区、洪山区参保人可拨打027-85896312咨询。</p>
<p class="meta">回答于 2025-02-26 · 被浏览 3,472 次 · <a href="https://qa.example.com/q/77214093">查看原问题</a></p>
</div>"""

write_pages_jsonl(__file__, "qa_api.jsonl", [
    {"id": "heldout49-qa-1", "url": "https://qa.example.com/api/v2/answers/66031827", "text": R1},
    {"id": "heldout49-qa-2", "url": "https://qa.example.com/api/v2/answers/66040512", "text": R2},
    {"id": "heldout49-qa-3", "url": "https://qa.example.com/api/v2/answers/77214093", "html": R3},
])
