from gold_lib import *

GZ, ZG = "360700", "360702"                         # 赣州市, 章贡区
SPEC = [
    R("章贡区", ZG),                                # 章贡区:“两病”…: the headline's place
    # “两病”: no count
    D("2025-09-03", "2025-09-03"),
    R("赣州", GZ, in_org=True),                     # 赣州新闻网: a news site (set 1 call 7)
    R("赣州市章贡区", ZG, in_org=True),             # 赣州市章贡区赣江街道社区卫生服务中心: the clinic's name; 赣江街道: a street office
    C("约120人次", 120, "person", qualifier="approx"),   # 每天接待患者约120人次
    T("40分钟", 40, "minute"),
    T("15分钟", 15, "minute"),
    M("50元", 50),                                  # 每月药费一般在50元至80元之间: two amounts (set 1 call 4); 药费一般在 between 每月 and 50元
    M("80元", 80),
    P("50%", 0.5),
    M("约30元", 30, qualifier="approx"),            # 每月自付约30元: 自付 between, no period
    T("12周", 12, "week"),                          # 最长12周: 最长 is not on the list
    R("章贡区", ZG),
    C("9家", 9, "institution"),
    PH("0797-8123546"),
]
