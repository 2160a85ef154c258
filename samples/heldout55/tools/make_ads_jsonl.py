"""Writes pages/ads.jsonl: three ad-creative / landing-page records (one html) of set 55."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

R1 = """【信息流广告素材 A/B测试 第2组】
标题A:35岁宝妈注意!每天不到1元,重疾最高赔50万元
标题B:重疾险新规后,这款产品确诊即赔,最高可赔付基本保额的180%
正文:确诊110种重疾一次性赔付基本保额,25种中症赔60%,40种轻症赔30%,最多赔3次;60周岁前确诊重疾额外赔80%。
投保年龄:0-55周岁;保障至70岁或终身;缴费期10年/20年/30年可选。
费率示例:男性30岁,保额30万元,保至终身,20年缴,年缴保费约4560元;选择保至70岁,年缴约3180元。
投放地区:北京市、天津市、河北省石家庄市;落地页:https://m.example.com/zj/lp?id=2026ab
广告主:示例人寿保险股份有限公司北京分公司 | 客服电话010-65889900
素材上线:2026年5月6日起,投放周期:2026年5月6日-5月31日,日预算每天8000元。"""

R2 = """<div class="lp">
<h1>守护e生·百万医疗险 <span class="tag">成都专属</span></h1>
<p class="price">每月<strong>1.5</strong>元起 <del>原价每月3元</del></p>
<ul>
<li>一般医疗保额<b>300</b>万元</li>
<li>重疾医疗<b>0</b>免赔</li>
<li>质子重离子最高<em>600万元</em></li>
<li>住院垫付,最快<b>2</b>小时到账</li>
</ul>
<p>已有<span class="num">1,286,530</span>人投保 | 好评率<span>98.7%</span></p>
<table><tr><th>年龄</th><th>月缴</th><th>年缴</th></tr>
<tr><td>0-17周岁</td><td>9.8元</td><td>108元</td></tr>
<tr><td>18-40周岁</td><td>1.5元起</td><td>156元起</td></tr>
<tr><td>41-60周岁</td><td>38.6元</td><td>425元</td></tr></table>
<p>活动时间:2026年6月1日至6月18日 | 成都市、德阳市、绵阳市可投 | 咨询028-61887766</p>
<p class="foot">&copy;2026 示例人寿 保险产品由示例人寿保险股份有限公司四川分公司承保</p>
</div>"""

R3 = """【短信营销模板·已报备】
【示例健康】尊敬的客户,您的"百万医疗险"将于2026年7月31日到期,现续保享首年保费8.8折,最高可省200元!老客户续保免健康告知,续保无等待期。点击 www.example.org/xb 续保,或致电0755-83326655(深圳)/400-606-5588。回T退订。
【朋友圈海报文案】
深圳惠民保"深惠保2026"已开售!每人每年仅需59元,最高赔付200万元,不限年龄、不限职业、既往症可保可赔。截至2026年6月30日,全市已有超过520万人参保。扫码投保,或到福田区、南山区、宝安区各营业网点办理。"""

write_pages_jsonl(__file__, "ads.jsonl", [
    {"id": "heldout55-ad-1", "url": "https://ads.example.com/creative/zj-2026-ab2", "text": R1},
    {"id": "heldout55-ad-2", "url": "https://m.example.com/lp/shouhu-chengdu", "html": R2},
    {"id": "heldout55-ad-3", "url": "https://ads.example.com/creative/sms-xb-0731", "text": R3},
])
