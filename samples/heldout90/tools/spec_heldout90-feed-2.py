from gold_lib import *

YZ = "321000"
SPEC = [
    R("扬州市", YZ, in_org=True),                   # 扬州市医保局
    DR("1月1日至7日", "--01-01", "--01-07"),
    R("扬州市", YZ),                                # 扬州市86家公立医疗机构: a place before counted institutions, plain
    C("86家", 86, "institution"),
    C("41.2万人次", 412000, "person"),              # <b>41.2</b>万人次
    M("约520万元", 5200000, qualifier="approx"),
    # 市医保局: no place; 三级甲等 / 二级医院: grades
    M("15元/次", 15, period="time"),
    M("13.5元/次", 13.5, period="time"),
    PH("0514-87362145"),
]
