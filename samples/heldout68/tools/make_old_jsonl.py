"""Writes pages/old_items.jsonl: three short old items (2006, 2007, 2009) as JSON Lines records."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

CHAOHU = """巢湖新闻网 2009-3-12 16:05:22 点击数:1583
巢湖市二○○九年新农合人均筹资提高到100元
本网讯 从市卫生局新农办获悉,09年我市新型农村合作医疗人均筹资标准由08年的50元提高到100元,其中各级财政补助80元,农民个人缴纳20元。全市所辖居巢区、庐江县、无为县、含山县、和县参合农民共计312.6万人,参合率91.5%。
今年全市乡镇卫生院住院补偿比例统一提高到70%,县级医院55%,县外医院40%,封顶线由2万元提高到3万元。无为县还将在3月底前完成住院即时结报系统建设。
市新农办电话:(0565)2312345,传真:2312346。"""

SHUANGLIU = """<div class="newsbody">
<h3>双流县新农合门诊统筹覆盖全县</h3>
<p class="info">发布时间:2007-6-12&nbsp;&nbsp;来源:双流县卫生局&nbsp;&nbsp;点击数:862</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;从<strong>2007年7月1日</strong>起,双流县参合农民在村卫生站看门诊可按<strong>25%</strong>报销,每人每年门诊补偿最高<strong>40元</strong>。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;截至5月底,全县25个乡镇参合农民达48.7万人,参合率96%,人均筹资50元。县内定点医疗机构共有286所,其中乡镇卫生院26家。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;县合管办地址:双流县东升镇;咨询电话:028-85801234、85812345。</p>
</div>"""

PINGQUAN = """平泉县新农合二次补偿发放完毕
来源:平泉县人民政府网 发布时间:2006-3-5 点击:417
记者从县合管办了解到,平泉县05年度新农合大病二次补偿于3月1日至3月4日集中发放,全县共有1326名参合农民获得二次补偿,补偿金额达127.4万元,人均约961元。其中补偿最多的一户为1.2万元。
县合管办表示,二○○六年起全县参合农民个人缴费仍为每人10元,住院补偿封顶线提高到1.5万元,年满65岁的参合老人起付线降低50%。
联系电话:0314-6012345 传真:0314-6012346"""

write_pages_jsonl(__file__, "old_items.jsonl", [
    {"id": "heldout68-old-1", "url": "http://www.chnews.example.cn/2009/0312/1583.html", "text": CHAOHU},
    {"id": "heldout68-old-2", "url": "http://www.sl.example.gov.cn/art/2007/6/12/art_862.html", "html": SHUANGLIU},
    {"id": "heldout68-old-3", "url": "http://www.pq.example.gov.cn/news/2006/0305.asp", "text": PINGQUAN},
])
