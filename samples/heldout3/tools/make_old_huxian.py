#!/usr/bin/env python3
"""Write ../pages/old_huxian.txt: a 2006 news page (西安日报) on the 新农合 pilot in 户县, written
here with ASCII digits and converted to the full-width style of the time: every ASCII digit, %, -,
., :, (, ) and , becomes its full-width form (２００６年, ９６．３％, ０２９－８４８１６２７３),
paragraphs are indented with two U+3000."""
import os

DRAFT = """户县新农合试点工作扎实推进 参合率达96.3%
2006-08-21 09:35:12 来源:西安日报 作者:本报通讯员 王建军 本报记者 李晓燕

本报讯 记者日前从户县卫生局获悉,作为我省首批新型农村合作医疗试点县之一,户县自2005年10月启动新农合试点以来,农民参合积极性持续高涨。截至2006年6月底,全县参合农民达42.6万人,参合率96.3%,比去年提高5.8个百分点。
据介绍,2006年户县新农合筹资标准为每人每年30元,其中中央财政补助10元,省、市、县三级财政补助10元,农民个人缴纳10元。2005年全县农民人均纯收入3426元,每人每年10元的个人缴费,农民普遍负担得起。
在补偿办法上,户县实行住院分段报销:乡镇卫生院起付线50元,报销比例百分之六十;县级医院起付线200元,报销比例百分之四十五;市级及以上医院起付线500元,报销比例35%。参合农民年度住院补偿封顶线为一万元。门诊实行家庭账户,每人每年8元划入家庭账户,用于门诊小病。
二〇〇六年上半年,全县共有1.27万人次获得住院补偿,补偿金额867.5万元,人均补偿683元。其中,玉蝉乡一名农民因患脑出血住院治疗,医疗总费用1.8万元,获得补偿四千二百元。对补偿后个人自付仍超过一千二百元的特困农民,县民政局再给予医疗救助。
县合作医疗管理办公室还在全县26个乡镇和3.6万户农户中开展满意度调查,满意率达到九成以上。
据了解,目前我市户县、高陵县、蓝田县3个县已开展新农合试点,周至县将于2007年1月1日起启动试点,长安区、临潼区的试点工作也在积极筹备中。按照省卫生厅的部署,到2008年,我省新农合将覆盖全部涉农县(区),筹资标准提高到每人每年不低于80元,其中各级财政补助不低于60元。
户县新农合办公室咨询电话:029-84816273
(编辑:赵红)

【打印本页】【关闭窗口】"""

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789%-.:(),;"}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


lines = DRAFT.split("\n")
out = []
for i, l in enumerate(lines):
    l = fullwidth(l)
    if 2 <= i < len(lines) - 4 and l:      # article paragraphs: two ideographic spaces
        l = "\u3000\u3000" + l
    out.append(l)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pages", "old_huxian.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
