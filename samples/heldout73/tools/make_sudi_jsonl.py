"""Write pages/sudi.jsonl: two 研究速递 (research digest) items as JSON Lines records {"id", "url", "text"}.
Usage: python3 samples/heldout73/tools/make_sudi_jsonl.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

R1 = """【研究速递】糖尿病门诊慢特病待遇可降低患者住院率
发布时间:2025-04-08 10:30  来源:医保研究前沿
《中华医院管理杂志》2025年第3期刊发广东省人民医院医保研究团队的论文。研究基于广州市2018—2023年医保结算数据(n=28.7万),对1.2万例2型糖尿病患者随访36个月发现,享受门诊慢特病待遇的患者年住院率下降18.6%(OR=0.79,95%CI:0.72~0.87,P<0.001),年人均医疗费用节约约2 360元。研究纳入年龄≥40岁、病程1年以上的患者,平均病程(8.4±5.1)年,糖化血红蛋白≥7%者占61.2%。作者建议将门诊慢特病的认定周期由每年1次调整为每2年1次,并将家庭医生随访频次提高至每季度不少于1次。
(通讯作者:黄建华,电话020-87330216)"""

R2 = """【研究速递】长期护理保险试点评估报告发布
发布时间:2025-04-15 09:00  来源:医保研究前沿
北京大学中国卫生发展研究中心近日发布《长期护理保险试点评估报告(2024)》。报告基于49个试点城市的数据显示,截至2024年底,试点地区参保人数达1.8亿人,累计享受待遇约235万人,基金年支出约650亿元。对山东省青岛市、吉林省长春市等12个城市的比较显示,居家护理日均费用为60~120元,机构护理为每日150元左右;失能等级评估多采用Barthel指数,评分≤40分者方可申请。课题组对3200名失能老人开展为期2年的追踪调查,家庭照护负担得分平均下降11.4分(P=0.003)。报告建议2026—2028年将筹资费率稳定在0.2%~0.4%,个人缴费每人每年不超过90元。报告全文见 www.example.edu.cn/chdr/ltc2024 。"""

with open(os.path.join(HERE, "..", "pages", "sudi.jsonl"), "w", encoding="utf-8") as f:
    for i, (text, slug) in enumerate([(R1, "tnb-mzmtb"), (R2, "ltc-report")], 1):
        rec = {"id": "heldout73-sudi-%d" % i,
               "url": "https://www.yibaoyanjiu.example.cn/sudi/2025-04/%s.html" % slug,
               "text": text}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
