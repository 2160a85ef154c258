from gold_lib import *

SPEC = [
    # 3 讨论: a section number
    P("约24.4%", 0.244, qualifier="approx"),
    # 李明远等[3]: a citation number
    R("厦门", "350200"),                            # 在厦门的研究: plain
    P("21.7%", 0.217),
    # (张三,2020;刘蓓蓓等,2022): author-year citations, a year with no 年: nothing (call 7)
    D("2021年", "2021"),
    # 《关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》, 国办发〔2021〕14号: a document number
    T("3年左右", 3, "year", qualifier="approx"),
    P("2%左右", 0.02, qualifier="approx"),          # 德国 (abroad): no region
    # (Busse et al.,2017)[8]: a citation, nothing (call 7)
    R("上海", "310000"),                            # 上海的长期护理保险试点: plain; [6] a citation number
    T("1年", 1, "year"),                            # 随访时间仅1年: digit 1 (set 1 call 13)
    C("1个", 1, "item"),                            # 1个城市
    # 成渝地区双城经济圈: 成渝 an abbreviation, 双城 a common word ("twin cities", not 哈尔滨's 双城区): no place
    C("5个", 5, "item"),
    # 参考文献 [1] … [12]: reference numbers
    D("2023年", "2023"),                            # 2023年全国医疗保障事业发展统计公报: a year with 年 inside a title
    D("2024-07-25", "2024-07-25"),                  # (2024-07-25): the date of publication
    D("2024-09-10", "2024-09-10"),                  # [2024-09-10]: the date of access
    U("https://www.example.gov.cn/art/2024/7/25/art_7_13340.html"),   # the reference's closing full stop is outside (call 8)
    # [2] …中国卫生政策研究,2020,13(6):1-8.: year, volume, issue and pages: nothing (call 7)
    R("厦门市", "350200"),                          # [3] an article title (no 《》): a place before a topic, plain
    # 中国医疗保险,2023(4):45-50: year, issue, pages: nothing
    # [4] 卫生经济研究,2022,39(11):22-26. DOI:10.14055/j.example.2022.11.006: nothing
    # [5] 2版: an edition
    R("北京", "110000"),                            # 北京:人民卫生出版社: the place of publication, plain (call 9)
    # 2019:112-135: year and pages, nothing
    R("上海市", "310000"),                          # [6] 上海市长期护理保险试点…: a place before a programme
    R("上海", "310000", in_org=True),               # 上海医药: a journal's name (set 1 call 7: newspapers)
    # 2021,42(8):3-7: nothing
    # [7] 中国卫生经济,2021,40(3):25-29: nothing
    # [8] Busse R … 135 years … Lancet,2017,390(10097):882-897: English, bare numbers: nothing
    R("湖北省", "420000", in_org=True),             # [9] 湖北省医疗保障局 (the author)
    R("湖北省", "420000"),                          # 湖北省职工基本医疗保险门诊共济保障实施细则[Z]: no 《》, a place before a programme
    R("武汉", "420100"),                            # 武汉:湖北省医疗保障局: the place of publication
    R("湖北省", "420000", in_org=True),             # the publisher; 2022: a bare year
    # [10] 基于DRG的住院费用控制研究[D]
    R("杭州", "330100"),                            # 杭州:浙江大学
    R("浙江", "330000", in_org=True),               # 浙江大学; 2020: a bare year
    # [11] [C]//中国社会保障学会: 中国 is no region of the gazetteer
    D("2023年", "2023"),                            # 2023年中国社会保障论坛论文集
    R("成都", "510100"),                            # 成都:西南财经大学出版社 (西南: no place); 2023:56-68 nothing
    R("徐州市", "320300"),                          # [12] 徐州市大病保险筹资…研究[R]: a place before a topic
    R("徐州", "320300"),                            # 徐州:徐州医科大学
    R("徐州", "320300", in_org=True),               # 徐州医科大学; 2024: a bare year
    D("2024-10-12", "2024-10-12"),                  # 收稿日期
]
