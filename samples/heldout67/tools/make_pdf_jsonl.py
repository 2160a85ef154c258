"""Writes pages/pdf_notices.jsonl: three records {"id", "url", "text"} whose text is the text layer of a short
PDF notice as pdftotext gives it (fixed-width line breaks, page footers).  Usage:
    python3 samples/heldout67/tools/make_pdf_jsonl.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from gold_lib import write_pages_jsonl  # noqa: E402

LIUZHOU = """柳州市医疗保障局
关于延长2025年度城乡居民基本医疗保险集中缴费期的通告
    为切实保障参保群众权益,经研究,决定将我市2025年度城乡居民基本医
疗保险集中缴费期延长至2025年2月2
8日。现将有关事项通告如下:
    一、个人缴费标准为每人每年380元。在延长期内缴费的,待遇享受期自
缴费次月1日起计算,至2025年12月31日止,不设3个月等待期。
    二、参保人可通过“广西医保”APP、“桂税通”小程序或柳州银行、柳江
农商银行各网点缴费。柳北区、柳江区、鹿寨县、融安县的低保对象、特困人
员个人缴费部分由财政全额资助,资助标准为每人每年38
0元。
    三、咨询电话:0772-2806123,或拨打12345政务服务便民热线。
                              — 1 —
柳州市医疗保障局
                                        2025年1月10日"""

DEZHOU = """德州市医疗保障局 德州市社会保险事业中心
关于公布2025年度职工基本医疗保险缴费基数上下限的通知
德医保发〔2025〕9号
各县(市、区)医疗保障局,市直各参保单位:
    根据山东省2024年全口径城镇单位就业人员平均工资,2025年度我市职工
基本医疗保险月缴费基数下限为4,9
86元/月,上限为24,930元/月。用人单位缴费费率为7%,个人缴费费率为2%。
灵活就业人员可在缴费基数下限的60%至300%之间自行选择,执行期为2025年7
月1日至2026年6月30日。
    乐陵市、禹城市、陵城区参保单位请于2025年7月25日前完成基数申报,逾期
未申报的,按上年度缴费基数的110%核定。
    联系电话:0534-2621085
                              第 1 页 共 1 页"""

LAIBIN = """来宾市医疗保障局
关于2025年第一季度医保基金运行情况的通报
来医保函〔2025〕17号
各县(市、区)医疗保障局:
    2025年1-3月,全市基本医疗保险基金收入9.86亿元,支出8.7
2亿元,基金支出增幅比收入增幅高出2.3个百分点。兴宾区、象州县、武宣县
住院人次增长较快,分别增长18.6%、15.2%和12.9%。全市定点医疗机构中,
有17家次均费用超过全市平均水平20%以上,市局将于4月底前集中约谈。
    请各县(市、区)于2025年4月15日前报送整改报告(一式2份)。联系人:
覃某,电话0772-4218
836,手机138 7720 5614。
                              — 1 —"""

RECORDS = [
    {"id": "heldout67-pdf-1", "url": "https://ybj.liuzhou.example.gov.cn/files/2025/0110/tonggao.pdf", "text": LIUZHOU},
    {"id": "heldout67-pdf-2", "url": "https://ybj.dezhou.example.gov.cn/files/2025/jishu.pdf", "text": DEZHOU},
    {"id": "heldout67-pdf-3", "url": "https://ybj.laibin.example.gov.cn/files/2025/tongbao.pdf", "text": LAIBIN},
]

if __name__ == "__main__":
    write_pages_jsonl(__file__, "pdf_notices.jsonl", RECORDS)
