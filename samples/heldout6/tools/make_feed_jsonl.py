#!/usr/bin/env python3
"""Write samples/heldout6/pages/feed.jsonl: three records of a news aggregator, one JSON object per
line with `id`, `url` and `text` (two records: plain text with stray spaces and line breaks around the
numbers) or `html` (one record: a fragment with <br>-separated lines and an <img alt>).  All content
invented."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl

RECORDS = [
    {"id": "heldout6-feed-1", "url": "https://news.example.com/a/20240920/yili-yibao",
     "text": "伊犁州2025年度城乡居民医保集中缴费启动\n\n"
             "发布时间: 2024-09-20   来源: 伊犁日报\n\n"
             "    记者从伊犁哈萨克自治州医疗保障局获悉,2025年度城乡居民医保集中缴费期为\n"
             "2024年9月1日至12月31日,个人缴费标准为每人每年400元。\n"
             "    伊宁市、奎屯市、霍尔果斯市 的参保群众可通过 “新疆医保” 微信公众号或 “新疆税务” APP 缴费。\n"
             "    脱贫人口个人缴费部分由财政按 50% 给予资助, 特困人员给予 100% 全额资助。\n"
             "    据统计, 去年全州共有 312.6万人 参加城乡居民医保, 参保率达 97.3% 。\n"
             "    咨询电话: 0999-8123706 \n"},
    {"id": "heldout6-feed-2", "url": "https://news.example.com/a/20250408/dali-mtb",
     "text": "【大理州】门诊慢特病待遇提高\n"
             "来源:大理白族自治州医疗保障局  2025-04-08\n\n"
             "自2025年5月1日起 ,\n"
             "大理州门诊慢特病政策范围内报销比例\n"
             "由60%提高至70% ,\n"
             "年度支付限额提高到\n"
             "每人每年5000元 。\n"
             "大理市、 漾濞彝族自治县 已于 4月1日 率先执行。\n"
             "本次调整涉及 32种 病种 ,预计惠及参保群众约8.5万人 。\n"
             "认定材料提交后 ,经办机构在 10个工作日 内办结。\n"
             "咨询电话:0872-2316058 。\n"},
    {"id": "heldout6-feed-3", "url": "https://news.example.com/a/20250115/xizang-yibao",
     "html": "<div class=\"content\"><p>西藏自治区医疗保障局消息:<br>"
             "2025年起,西藏城乡居民医保财政补助标准提高到每人每年760元;<br>"
             "拉萨市、日喀则市、林芝市的参保群众<br>"
             "在区内住院报销比例不低于85%;<br>"
             "异地就医备案后,在外省住院最高可报销25万元。<br>"
             "<img src=\"/img/2025.png\" alt=\"2025年西藏医保待遇一览\"><br>"
             "咨询电话:0891-6832156</p></div>"},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "feed.jsonl", RECORDS)
