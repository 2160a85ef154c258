from gold_lib import *

LY, HN = "410300", "410000"                         # 洛阳市, 河南省
SPEC = [
    # <head> (<title>, meta PubDate), <header> (logo, 政务服务热线:0379-12345), <nav>, div.breadcrumb and
    # <footer> (主办单位, 地址 洛阳市洛龙区开元大道218号, 邮编, 豫ICP备…, 网站标识码) are not visible text under
    # the set's normalisation: no gold (set 2 call 1)
    R("洛阳市", LY),                                # h1: a topic
    D("2025年", "2025"),
    D("2025-02-14", "2025-02-14"),                  # 发布时间 (09:30 a time); 市医疗保障局: no place;
                                                    # 浏览次数:3127 (span#hits) a counter; 字号:大 中 小 chrome text
    D("2025年度", "2025"),                          # <span>2025</span>年度: the span does not split the text
    R("河南省", HN, in_title=True, in_org=True),    # 《河南省医疗保障局 河南省财政厅 国家税务总局河南省税务局…》
    R("河南省", HN, in_title=True, in_org=True),
    R("河南省", HN, in_title=True, in_org=True),
    D("2025年", "2025"),                            # in the title (set 2 call 15); 我市: no place
    D("2025年1月1日起", "2025-01-01", qualifier="from"),   # <span>2025年1月1日</span>起
    # 起付标准以上部分: no number; 一个自然年度: lone 一
    M("20万元", 200000),                            # 最高支付<span>20</span><span>万元</span>: 支付 stands between
                                                    # 最高 and the amount (set 1 call 14)
    # table: header cells 医疗机构级别 / 起付标准 (colspan) / 报销比例 (rowspan) / 首次住院 / 再次住院 have no
    # unit; hospital levels (一级医院, 二级医院, 三级医院, 省级医院) are grades; 乡镇卫生院 no place
    M("200元", 200),                                # <span>200</span>元
    # 免起付线 (rowspan=2): no number
    P("90%", 0.9),                                  # <span>90</span><span>%</span>
    M("300元", 300),
    P("85%", 0.85),
    M("600元", 600),
    P("50%", 0.5),                                  # rowspan cell 按首次起付标准的50%执行
    P("75%", 0.75),
    M("1000元", 1000),
    P("60%", 0.6),
    M("1500元", 1500),                              # colspan=2 cell
    P("55%", 0.55),
    R("洛阳市", LY),                                # 到洛阳市外、河南省内 (set 4: 泉州市外、福建省内)
    R("河南省", HN),
    P("5个百分点", 0.05, points=True),              # 降低<span>5</span>个百分点
    # 省外: no place
    P("10个百分点", 0.1, points=True),
    P("10个百分点", 0.1, points=True),
    R("偃师区", "410307"),
    R("孟津区", "410308"),
    R("新安县", "410323"),
    R("栾川县", "410324"),                          # 等县(区): no count
    P("2个百分点", 0.02, points=True),
    R("西工区", "410303"),                          # 在西工区、洛龙区的市直医院: a description, not in_org
    R("洛龙区", "410311"),
    U("https://ylbz.luoyang.example.gov.cn/"),      # <a> text that is a URL
    R("河南省", HN, in_org=True),                   # 河南省医疗保障公共服务平台: a platform's proper name (like an app)
    # (ylbz.henan.example.gov.cn): link text with neither http(s):// nor www. is no URL (set 3 call 14)
    R("洛阳", LY, in_org=True),                     # “洛阳医保”微信公众号
    PH("0379-63217588"),                            # <span>0379</span>-<span>63217588</span>
    PH("0379-63217590"),
    PH("12393"),
    R("洛阳市", LY),                                # 附件: file name 洛阳市2025年…一览表.pdf: a topic (set 3 call 13)
    D("2025年", "2025"),
    R("洛阳市", LY, in_org=True),                   # signature 洛阳市医疗保障局
    D("2025年2月13日", "2025-02-13"),
    # div.share 分享到:微信 微博 QQ空间 and div.print-bar 【打印本页】 【关闭窗口】 【字体:大 中 小】: no mentions
]
