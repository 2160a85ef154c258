#!/usr/bin/env python3
"""Write samples/heldout23/pages/tables.jsonl: three records `{"id", "url", "text"}` whose text is markdown
with a `| 项目 | 标准 |`-style table, from ethnic autonomous places: 屏边苗族自治县 (云南 红河), 三江侗族自治县
(广西 柳州), 雷山县 (贵州 黔东南).  All content invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout23-tables-1", "url": "https://www.example.gov.cn/pingbian/ybj/2025-08-26",
     "text": "## 屏边苗族自治县2026年度城乡居民医保缴费标准\n\n"
             "红河哈尼族彝族自治州屏边苗族自治县医疗保障局发布,集中缴费期为2025年9月1日至12月31日,"
             "标准与大理白族自治州等地一致。\n\n"
             "| 项目 | 标准 |\n"
             "| --- | --- |\n"
             "| 个人缴费 | 400元/人/年 |\n"
             "| 财政补助 | 不低于700元/人/年 |\n"
             "| 特困人员 | 全额资助 |\n"
             "| 低保对象 | 每人资助200元 |\n"
             "| 待遇等待期 | 3个月 |\n\n"
             "咨询电话:0873-3022135\n"},
    {"id": "heldout23-tables-2", "url": "https://news.example.com/gx/sanjiang/20251230",
     "text": "# 三江侗族自治县居民医保住院待遇一览\n\n"
             "广西壮族自治区柳州市三江侗族自治县,自2026年1月1日起执行。\n\n"
             "| 医院类别 | 起付线 | 报销比例 |\n"
             "| --- | --- | --- |\n"
             "| 乡镇卫生院 | 100元 | 90% |\n"
             "| 县内医院 | 400元 | 80% |\n"
             "| 柳州市内医院 | 800元 | 65% |\n"
             "| 区内其他医院 | 1200元 | 55% |\n\n"
             "年度最高支付限额20万元;脱贫人口住院起付线降低50%。"
             "咨询电话:0772-8612345(三江侗族自治县医疗保障局)\n"},
    {"id": "heldout23-tables-3", "url": "https://mp.example.com/s/leishan-mtb-2026",
     "text": "## 雷山县门诊慢特病待遇标准(2026年)\n\n"
             "黔东南苗族侗族自治州雷山县医疗保障局 2025-12-20\n\n"
             "| 病种 | 年度限额 | 报销比例 |\n"
             "| --- | --- | --- |\n"
             "| 高血压(Ⅲ级) | 2000元 | 70% |\n"
             "| 糖尿病 | 2500元 | 70% |\n"
             "| 恶性肿瘤门诊放化疗 | 不超过8万元 | 80% |\n"
             "| 尿毒症透析 | 6万元 | 85% |\n\n"
             "全县共认定门诊慢特病患者3126人,涉及病种32种。材料齐全的,15个工作日内完成认定。\n"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "tables.jsonl", RECORDS)
