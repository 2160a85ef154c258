from gold_lib import *

HZ, XH, ZJ, JS, SH = "330100", "330106", "330000", "320000", "310000"   # 杭州市, 西湖区, 浙江省, 江苏省, 上海市
SPEC = [
    # 第3版: an ordinal (version number), nothing
    T("约90秒", 90, "second", qualifier="approx"),  # 时长:约90秒
    R("杭州市西湖区", XH),                          # 拍摄地: a chain, the county (杭州's 西湖区, not 南昌's)
    R("浙江", ZJ, in_org=True),                     # 示例财产保险股份有限公司浙江分公司
    # 一年只要一顿饭钱: lone 一 (一年, 一顿)
    # 最高600万的医疗保障: 万 without 元, no money (call 1); 最高 has nothing to attach to
    M("最高600万元", 6000000, qualifier="max"),     # the subtitle writes the unit
    R("浙江", ZJ, in_org=True),                     # 浙江大学医学院附属第一医院 (第一: part of the name)
    T("28天", 28, "day"),                           # 住院28天
    M("46万元", 460000),
    # 一部分: lone 一
    M("18.6万元", 186000),
    P("100%", 1),                                 # 100%报销
    # 第一 … 第六: ordinals
    # 1万免赔额: 万 without 元, no money (call 1); 一年内: lone 一
    M("超过1万元", 10000, qualifier="min"),         # 超过 is on the shared list (before, min)
    P("100%", 1),
    # 0免赔: a bare 0 with no unit (sets 24, 29); 第一块钱: 第一 is an ordinal, no money
    M("每月最低1.5元起", 1.5, period="month", qualifier="min"),   # two min words touching (call 2)
    T("30岁", 30, "year", age=True),
    # 一年也就两百多: lone 一; 两百多 with no unit after 多 (guidelines: nothing)
    T("28天", 28, "day"),                           # 出生满28天-70周岁: two mentions, different units (call 3); no age on 天
    T("70周岁", 70, "year", age=True),
    T("30天", 30, "day"),                           # 等待期30天
    T("20年", 20, "year"),                          # 续保20年: a duration (not a year: 20 < 1900)
    T("20年", 20, "year"),                          # 20年内: 内 is not a qualifier
    P("100%", 1),
    P("60%", 0.6),
    M("199元", 199),                                # 价值199元
    C("500名", 500, "person"),
    C("3次", 3, "time"),
    # 倒计时3、2、1: bare numbers
    R("杭州", HZ),
    # 全国: no place; 港澳台: one-character abbreviations run together, no place (call 5)
    R("浙江", ZJ),
    R("江苏", JS),
    R("上海", SH),                                  # a municipality: province level
    PH("400-606-5588"),
    # 9:00-18:00: times of day
    R("浙江", ZJ, in_org=True),                     # 浙江分公司 (a branch's name)
    PH("0571-87651234"),
    U("https://www.example.com/anxin/live?src=dy"),
    D("2026年3月15日", "2026-03-15"),
]
