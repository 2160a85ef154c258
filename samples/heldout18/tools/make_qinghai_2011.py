#!/usr/bin/env python3
"""Write samples/heldout18/pages/qinghai_xinnonghe_2011.txt: a 2011 provincial newspaper page (青海日报-style) on
新农合 and medical aid to the Tibetan areas, as an OCR'd archive shows it: every ASCII digit and the signs
% . - : ( ) , become full-width (２０１１年, ９６．８％, ０９７１－８２５７３１６), U+3000 paragraph indents.
Written from the half-width draft below.  All content invented."""
import os

DRAFT = """青海日报 2011年3月15日 星期二 第3版 要闻

新农合筹资标准提高到每人每年250元
我省今年加大藏区医疗援助力度

　　本报西宁3月14日讯(记者 王某 通讯员 李某)记者从省卫生厅获悉,2011年我省新型农村合作医疗人均筹资标准由150元提高到250元,其中各级财政补助200元,参合农牧民个人缴纳50元。截至2月底,全省参合人数达到372.6万人,参合率96.8%,比上年提高1.2个百分点。

　　今年起,全省新农合政策范围内住院费用报销比例提高到70%左右,统筹基金最高支付限额由5万元提高到6万元。乡镇卫生院住院起付线为100元,报销比例85%;县级医院起付线300元,报销比例75%;州(地、市)级以上医院起付线600元,报销比例60%。

　　海东地区的乐都县、平安县等6个县率先开展门诊统筹试点,门诊补助限额为每人每年40元。玉树地震灾区群众2011年的参合费用继续由财政全额代缴,玉树县灾后重建期间住院报销比例再提高10个百分点,住院分娩每例补助500元。

　　对口援青医疗队陆续到岗

　　据了解,2010年以来,北京、上海、天津、江苏、浙江、山东6省市对口支援我省6个藏族自治州,累计派出医疗卫生人员1260人次,援建乡镇卫生院43所。今年首批198名援青医务人员已于3月上旬抵达,服务期为1至3年。其中,北京援建的玉树藏族自治州人民医院将于2011年10月底前完成主体工程;同仁县人民医院新建住院楼床位达到220张,3月1日起投入使用。

　　省卫生厅有关负责人表示,今年将重点解决牧区群众"看病远、看病贵"问题,力争2011年底藏区县级医院达标率超过80%。西宁市第一人民医院等12家省、市级医院将与藏区24家县级医院建立对口帮扶关系,每年派驻医生不少于3个月。

　　咨询电话:0971-8257316(省新农合管理中心)

(编辑 李某)
"""

TABLE = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)},
                       "%": "％", ".": "．", "-": "－", ":": "：", "(": "（", ")": "）", ",": "，", '"': "＂"})

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pages", "qinghai_xinnonghe_2011.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write(DRAFT.translate(TABLE))
