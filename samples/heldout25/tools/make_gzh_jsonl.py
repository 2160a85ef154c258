#!/usr/bin/env python3
"""Write samples/heldout25/pages/gzh.jsonl: three records `{"id", "url", "html"}` of 公众号 (WeChat) articles
as a crawler stores them: numbers split across inline tags (`<span>1</span><span>2</span>月`), `&nbsp;`
inside amounts (`3&nbsp;000元`) and `<br>` inside sentences.  遵义 (贵州), 曲靖 (云南), 德州 (山东).
All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout25-gzh-1", "url": "https://mp.example.com/s/zunyi-yb-0901",
     "html": '<div id="js_content">'
             '<p><strong>遵义医保</strong> | 2025年度居民医保缴费开始啦</p>'
             '<p>2025年度城乡居民医保个人缴费标准为每人每年<span>4</span><span>00</span>元,'
             '集中缴费期为<span>2024</span>年<span>9</span>月<span>1</span>日至<span>1</span><span>2</span>月<span>31</span>日。</p>'
             '<p>财政补助标准为每人每年不低于670元,<br>比上年提高30元。</p>'
             '<p>居民住院政策范围内报销比例不低于<br>60%,在乡镇卫生院住院报销比例达<span>9</span><span>0</span>%。</p>'
             '<p>大病保险起付线为1&nbsp;万元,年度最高支付<span>4</span><span>0</span>万元。</p>'
             '<p>红花岗区、汇川区、播州区参保群众可通过&ldquo;贵州医保&rdquo;小程序缴费,<br>'
             '咨询电话:0852-28221239。</p>'
             '</div>'},
    {"id": "heldout25-gzh-2", "url": "https://mp.example.com/s/qujing-mtb-0315",
     "html": '<section><p><span style="color:#c00">曲靖医保</span> | 门诊慢特病待遇再提高</p>'
             '<p>自<span>2025</span>年<span>1</span>月<span>1</span>日起,曲靖市门诊慢特病病种由<span>3</span><span>8</span>种增加至<span>45</span>种。</p>'
             '<p>恶性肿瘤门诊治疗年度支付限额为3&nbsp;000元,<br>尿毒症透析治疗年度支付限额提高到<span>6</span>&nbsp;<span>000</span>元。</p>'
             '<p>职工医保报销比例为85%,居民医保为<span>70</span>%,<br>较去年提高<span>5</span>个百分点。</p>'
             '<p>截至<span>1</span><span>2</span>月底,全市门诊慢特病患者达<span>8.6</span>万人,'
             '麒麟区、沾益区、马龙区已开通线上申报。</p>'
             '<p>申报后<span>1</span><span>5</span>个工作日内完成认定。咨询电话:0874-3122393</p></section>'},
    {"id": "heldout25-gzh-3", "url": "https://mp.example.com/s/dezhou-jtgj-0620",
     "html": '<div class="rich_media_content">'
             '<p>德州医保 | 家庭共济半年成绩单</p>'
             '<p><span>2025</span>年<span>1</span>月至<span>6</span>月,德州市职工医保个人账户家庭共济'
             '累计使用<strong>1</strong><strong>5</strong>.6万人次,<br>共济金额达<span>2</span>&nbsp;<span>860</span>万元,'
             '人均约1&nbsp;833元。</p>'
             '<p>其中,为近亲属缴纳居民医保<span>3.2</span>万人,占<span>20.5</span>%。</p>'
             '<p>德城区、陵城区、禹城市、乐陵市&nbsp;4个县(市、区)办理量居前。</p>'
             '<p>办理渠道:&ldquo;爱山东&rdquo;APP、&ldquo;德州医保&rdquo;公众号,<br>或拨打0534-2698123咨询。</p>'
             '</div>'},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "gzh.jsonl", RECORDS)
