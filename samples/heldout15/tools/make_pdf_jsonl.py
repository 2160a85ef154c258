#!/usr/bin/env python3
"""Write samples/heldout15/pages/pdf_attachments.jsonl: three records `{"id", "url", "text"}` holding the text
layer of PDF attachments on the 药品目录 adjustment (line breaks in mid-sentence, a running header repeated on
every page, page numbers `— N —`).  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

H1 = "云南省医疗保障局文件\n"
H2 = "昆明市医疗保障局办公室\n"
RECORDS = [
    {"id": "heldout15-pdf-1", "url": "https://ylbz.yn.example.gov.cn/uploads/2024/12/fj1.pdf",
     "text": H1 +
             "关于执行2024年国家医保药品目录的通知\n"
             "各州(市)医疗保障局,省医保中心:\n"
             "经国家医保局、人力资源社会保障部组织专家评审和谈判,本次\n"
             "目录调整共新增91种药品,调出43种,调整后目录内药品总数达到\n"
             "3159种,其中西药1765种、中成药1394种。谈判成功的89种\n"
             "药品平均降价63%,新版目录自2025年1月1日起执行。\n"
             "— 1 —\n" + H1 +
             "各地要在2025年1月31日前完成信息系统对码,确保新增药品\n"
             "及时落地。全省16个州(市)的双通道定点零售药店不少于136家,\n"
             "协议期内谈判药品在定点医疗机构的配备率应达到90%以上。\n"
             "联系电话:0871-65730001。\n"
             "— 2 —\n"},
    {"id": "heldout15-pdf-2", "url": "https://ylbz.km.example.gov.cn/uploads/2025/01/fj2.pdf",
     "text": H2 +
             "关于乙类药品个人先行自付比例的通知\n"
             "各县(市、区)医疗保障局:\n"
             "根据省局通知,自2025年2月1日起,本市职工医保和城乡居民医保\n"
             "乙类药品个人先行自付比例统一为10%,协议期内谈判药品个人先\n"
             "行自付比例为15%。其中,五华区、盘龙区、呈贡区先行开展门诊\n"
             "用药保障试点,试点期限为2年。\n"
             "— 3 —\n" + H2 +
             "单行支付药品年度最高支付限额为每人40万元,单次处方用量原则\n"
             "上不超过30天。2025年1-6月,全市已有1286家定点医药机构完\n"
             "成对码,累计结算谈判药品5.8万人次,基金支付2.36亿元。\n"
             "— 4 —\n"},
    {"id": "heldout15-pdf-3", "url": "https://ylbz.km.example.gov.cn/uploads/2025/03/fj3.pdf",
     "text": "附件\n"
             "新增协议期内谈判药品“双通道”管理药品名单(第一批)\n"
             "本批共纳入28种药品,执行期为2025年3月1日至2026年12月31日。\n"
             "药品在协议期内的支付标准按国家谈判价格执行,患者在定点零售\n"
             "药店购药的,报销比例与定点医疗机构一致,职工医保为80%,居民\n"
             "医保为70%。\n"
             "名单如下:\n"
             "序号 药品名称(剂型,规格) 支付标准\n"
             "1 甲药(片剂,10mg×30片) 每盒2,380.00元\n"
             "2 乙药(注射剂,100mg/瓶)\n每瓶1,426.50元\n"
             "3 丙药(胶囊,0.25g×24粒) 每盒398.00元\n"
             "— 5 —\n"
             "附件\n"
             "4 丁药(注射剂,5ml:0.5g) 每支86.40元\n"
             "5 戊药(颗粒剂,6g×9袋) 每盒52.80元\n"
             "以上药品首次处方不超过1个月用量,复诊患者可延长至3个月。\n"
             "— 6 —\n"
             "咨询邮箱:ypml@km-ybj.example.cn\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "pdf_attachments.jsonl", RECORDS)
