#!/usr/bin/env python3
"""Write samples/heldout47/pages/jianli_feiyong_gongshi.jsonl: three records of a hospital's
费用公示 feed (监利市人民医院, 荆州, 湖北) as a crawler stores them: {"id", "url", "text"|"html"}."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl  # noqa: E402

REC1 = """监利市人民医院2025年第三季度次均费用公示
发布时间:2025-10-10 09:30    来源:医务部    浏览:1086

根据《湖北省医疗机构费用信息公示管理办法》和荆州市卫生健康委员会要求,现将我院2025年7-9月费用情况公示如下:
一、门诊:门诊总人次18.6万人次,门诊次均费用268.40元,同比下降3.2%,其中医保患者次均统筹支付96.50元。
二、住院:出院人数12,486人次,住院次均费用7,836.90元,同比下降5.1%;平均住院日7.4天,较上季度缩短0.3天。
三、结构:药占比27.6%,耗材占比18.3%,检查检验占比21.4%;医保患者占出院人数的93.5%,其中异地就医直接结算1,032人次。
四、单病种:剖宫产(不含新生儿费用)按病种付费标准4800元,患者个人负担不超过30%;阑尾切除术标准5200元。
五、本季度共减免困难患者费用38.6万元,惠及214名患者。
监督电话:0716-3326120    医保办:0716-3316027"""

REC2 = """<div class="gs-item">
<h3>监利市人民医院关于部分医疗服务价格调整的公示</h3>
<p class="meta">2025-10-24 | 价格管理科</p>
<p>根据荆州市医疗保障局《关于规范调整部分医疗服务价格项目的通知》(荆医保发〔2025〕31号),我院自<strong>2025年11月1日</strong>起执行以下价格,公示期为2025年10月24日至10月31日:</p>
<table border="1" width="100%">
<tr><th>序号</th><th>项目编码</th><th>项目名称</th><th>计价单位</th><th>原价格(元)</th><th>现价格(元)</th><th>医保类别</th></tr>
<tr><td>1</td><td>011102020010000</td><td>三级护理</td><td>日</td><td>12</td><td>15</td><td>甲类</td></tr>
<tr><td>2</td><td>012000000040000</td><td>普通门诊诊查费</td><td>次</td><td>8</td><td>10</td><td>甲类</td></tr>
<tr><td>3</td><td>250102035000000</td><td>糖化血红蛋白测定</td><td>项</td><td>50</td><td>38</td><td>乙类</td></tr>
<tr><td>4</td><td>310701008000000</td><td>动态心电图</td><td>24小时</td><td>180</td><td>150</td><td>乙类</td></tr>
<tr><td>5</td><td>311201031000000</td><td>新生儿护理</td><td>日</td><td>30元/日</td><td>40元/日</td><td>甲类</td></tr>
</table>
<p>乙类项目参保人员先行自付<b>10</b>%。床位费三人间执行<b>32</b>元/床日,标准不变。</p>
<p>公示期内如有意见,请联系价格管理科,电话(0716)3316158,邮箱jgk@jlsrmyy.example.cn。</p>
</div>"""

REC3 = """监利市人民医院第十批国家组织药品集中采购中选药品价格公示(2025-11-03)
自2025年11月1日起,我院执行第十批国家集采中选结果,共涉及中选药品62种,平均降幅56%。部分品种价格如下:
阿托伐他汀钙片(20mg×7片) 原价38.50元/盒,现价2.87元/盒,降幅92.5%;
注射用头孢曲松钠(1.0g/支) 原价每支6.30元,现价每支1.12元;
二甲双胍缓释片(0.5g×30片) 现价4.60元/盒。
集采药品纳入医保甲类管理,职工医保在二级医院门诊报销比例为70%,居民医保为55%。患者每次可开具不超过30天用量,慢性病长处方最长12周。
咨询:药学部 0716-3316090(周一至周五8:00-12:00)。网址:http://www.jlsrmyy.example.cn/yxb/jc10"""

write_pages_jsonl(__file__, "jianli_feiyong_gongshi.jsonl", [
    {"id": "heldout47-feed-1", "url": "http://www.jlsrmyy.example.cn/gs/2025q3", "text": REC1},
    {"id": "heldout47-feed-2", "url": "http://www.jlsrmyy.example.cn/gs/jg20251024", "html": REC2},
    {"id": "heldout47-feed-3", "url": "http://www.jlsrmyy.example.cn/gs/jc10", "text": REC3},
])
