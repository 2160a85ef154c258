#!/usr/bin/env python3
"""Write samples/heldout30/pages/nankang_news_2006.txt: a 2006 newspaper-site page on 新农合 in 南康市 (江西
赣州; 南康市 became 南康区 in 2013) with full-width digits and punctuation (１２３, ．, ％, ～, ，, ：, （）) as old
Chinese news sites typed them.  Written as a half-width draft below and converted; lines starting with `@`
stay half-width (the URL line) and lose the `@`.  All content invented."""
import os

DRAFT = """\
赣南日报网 > 新闻中心 > 县域经济
南康市新型农村合作医疗试点工作纪实
发布时间:2006-11-23 09:15　来源:赣南日报　作者:记者 王某 通讯员 李某
@网址:http://www.example.com.cn/gnrb/2006-11/23/content_4521.htm

　　本报讯　初冬时节,记者走进南康市唐江镇卫生院,住院部的病床几乎全满。“过去是小病拖、大病扛,现在住院能报销,大家心里踏实多了。”院长李某告诉记者。
　　2006年,南康市被列为江西省第二批新型农村合作医疗试点县(市)之一。试点启动不到一年,全市参合农民达58.3万人,参合率86.4%,比启动之初提高了近20个百分点。
　　据介绍,今年南康市新农合筹资标准为每人每年30元,其中中央财政补助10元,省、市、县三级财政补助10元,农民个人缴纳10元。全市共筹集资金1749万元。
　　在补偿标准上,乡镇卫生院住院费用起付线为50元,补偿比例为40%~50%;县级医院起付线为200元,补偿比例为30%~35%;赣州市内的市级医院起付线为500元,补偿比例为25%;封顶线为每人每年1.5万元。
　　截至10月底,全市共有2.1万人次获得住院补偿,补偿金额1860万元,人均补偿880元左右,受益面达到3.6%。
　　家住某村的农民王某算了一笔账:“今年3月我因阑尾炎住了7天院,花了2400元,合作医疗给报了860元。”
　　南康市合管办主任李某介绍,下一步将从2007年1月1日起把封顶线提高到2万元,同时把县级医院补偿比例提高5个百分点,并在全市18个乡镇开展门诊统筹试点。目前,南康市已有定点医疗机构26家,其中民营医院3家。
　　为方便群众咨询,南康市合管办开通了咨询热线(0797)6622318,每天8:00-18:00有专人值班。
　　(责任编辑:张某)
"""

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789%~:,().;-"}
FW["."] = "．"


def convert(line):
    if line.startswith("@"):
        return line[1:]
    return "".join(FW.get(c, c) for c in line)


out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pages", "nankang_news_2006.txt")
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(convert(l) for l in DRAFT.split("\n")))
