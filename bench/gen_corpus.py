#!/usr/bin/python3
"""Reproducible benchmark corpus generator for policy-extract.

Builds synthetic scraped health-news pages about medical insurance by
recombining material (titles, headings, sentences, list items, related items)
from the seed pages in samples/text/*.txt, with dates, money amounts,
percents, durations, counts, phone numbers and place names re-drawn from the
random seed.  Stdlib only; see bench/README.md.

    gen_corpus.py --out FILE --size 100MB [--seed 1] [--format jsonl|text|html]
                  [--gzip] [--fullwidth 0.05] [--traditional 0.0] [--broken 0.0]

Determinism: every page i is built from its own random.Random("<seed>:<i>:..."),
so the same arguments give byte-identical output, and a smaller corpus is a
prefix of a larger one built with the same seed and flags.
"""

import argparse
import datetime as _dt
import gzip
import html as _html
import json
import os
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SAMPLES = REPO / "samples" / "text"

DISCLAIMER = "提示:本内容不能代替面诊,如有不适请尽快就医。"
RELATED = "相关推荐"
SOURCE = "健康新闻"

# --------------------------------------------------------------------------
# Places: (province short, province suffix, name, area code, local digits)
# name keeps its real suffix (市/县); short form strips 市.
# --------------------------------------------------------------------------
PLACES = [
    ("湖南", "省", "湘潭市", "0731", 8), ("湖南", "省", "衡阳市", "0734", 7),
    ("湖南", "省", "株洲市", "0731", 8), ("湖南", "省", "长沙市", "0731", 8),
    ("湖南", "省", "邵阳市", "0739", 7), ("湖南", "省", "邵东市", "0739", 7),
    ("湖南", "省", "益阳市", "0737", 7), ("湖南", "省", "南县", "0737", 7),
    ("湖南", "省", "岳阳市", "0730", 7), ("湖南", "省", "常德市", "0736", 7),
    ("湖南", "省", "郴州市", "0735", 7), ("湖南", "省", "娄底市", "0738", 7),
    ("河南", "省", "周口市", "0394", 7), ("河南", "省", "濮阳市", "0393", 7),
    ("河南", "省", "洛阳市", "0379", 8), ("河南", "省", "南阳市", "0377", 8),
    ("河南", "省", "商丘市", "0370", 7), ("河南", "省", "鹿邑县", "0394", 7),
    ("甘肃", "省", "天水市", "0938", 7), ("甘肃", "省", "张掖市", "0936", 7),
    ("甘肃", "省", "武威市", "0935", 7), ("甘肃", "省", "白银市", "0943", 7),
    ("甘肃", "省", "定西市", "0932", 7), ("内蒙古", "自治区", "包头市", "0472", 7),
    ("内蒙古", "自治区", "赤峰市", "0476", 7), ("内蒙古", "自治区", "鄂尔多斯市", "0477", 7),
    ("辽宁", "省", "抚顺市", "024", 8), ("辽宁", "省", "鞍山市", "0412", 7),
    ("辽宁", "省", "锦州市", "0416", 7), ("河北", "省", "秦皇岛市", "0335", 7),
    ("河北", "省", "邯郸市", "0310", 7), ("河北", "省", "沧州市", "0317", 7),
    ("安徽", "省", "淮南市", "0554", 7), ("安徽", "省", "芜湖市", "0553", 7),
    ("安徽", "省", "南陵县", "0553", 7), ("安徽", "省", "怀远县", "0552", 7),
    ("江苏", "省", "扬州市", "0514", 8), ("江苏", "省", "盐城市", "0515", 8),
    ("浙江", "省", "温州市", "0577", 8), ("福建", "省", "泉州市", "0595", 8),
    ("江西", "省", "南昌市", "0791", 8), ("山西", "省", "晋中市", "0354", 7),
]

# Province names recognised in the seeds (any of them is mapped to the page's
# province).  Municipalities (北京/上海/...) are left alone on purpose.
PROVINCES = ["内蒙古", "黑龙江", "湖南", "河南", "甘肃", "辽宁", "河北", "安徽",
             "江苏", "浙江", "福建", "江西", "山西", "陕西", "山东", "湖北",
             "广东", "广西", "四川", "贵州", "云南", "海南", "吉林", "青海"]
# City / county tokens recognised in the seeds (short forms; counties with 县).
EXTRA_CITY_TOKENS = ["邵东县", "淮北", "太原", "南昌", "扬州", "温州", "盐城", "泉州",
                     "福州", "长沙"]
# NB: no tokens that occur inside ordinary words (保定 in 医保定点, 大同 in 大同小异).


def _short(name):
    return name[:-1] if name.endswith("市") else name


def _build_place_re():
    toks = []
    for p in PLACES:
        toks.append(_short(p[2]))
    toks += EXTRA_CITY_TOKENS
    toks = sorted(dict.fromkeys(toks), key=lambda s: (-len(s), s))
    provs = sorted(PROVINCES, key=lambda s: (-len(s), s))
    P = "|".join(provs)
    C = "|".join(toks)
    ps = "省|壮族自治区|回族自治区|维吾尔自治区|自治区"
    return (r"(?P<pc>(?:(?P<pcp>%s)(?P<pcps>%s)?)?(?P<pcc>%s)(?P<pccs>市)?)"
            r"|(?P<pv>(?P<pvp>%s)(?P<pvps>%s)?)" % (P, ps, C, P, ps))


_NUM_RE = r"""
 (?P<phone>(?<!\d)0\d{2,3}-\d{7,8}(?!\d))
|(?P<mobile>(?<!\d)1[3-9]\d{9}(?!\d))
|(?P<dater>(?<![\d.])(?P<dr1y>(?:19|20)\d\d)年\d{1,2}月\d{1,2}日(?:至|到|-)(?P<dr2y>(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日)
|(?P<pctr>(?<![\d.])(?P<pr1>\d+(?:\.\d+)?)%(?P<prs>至|到|-|~)(?P<pr2>\d+(?:\.\d+)?)%)
|(?P<date>(?<![\d.])(?P<dy>(?:19|20)\d\d)年(?P<dm>\d{1,2})月(?P<dd>\d{1,2})日)
|(?P<ym>(?<![\d.])(?P<ymy>(?:19|20)\d\d)年(?P<ymm>\d{1,2})月)
|(?P<iso>(?<![\d.])(?P<iy>20\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?!\d))
|(?P<year>(?<![\d.:])20[12]\d(?![\d.%元万亿名个位人天周分岁号:]))
|(?P<money>(?<![\d.:])(?P<m1>\d+(?:\.\d+)?)(?:-(?P<m2>\d+(?:\.\d+)?))?(?P<mu>万|亿)?元)
|(?P<pct>(?<![\d.])(?P<p1>\d+(?:\.\d+)?)%)
|(?P<dur>(?<![\d.:])(?P<u1>\d+)(?:-(?P<u2>\d+))?(?P<uu>个月|个工作日|个自然日|天|周|小时|年))
|(?P<md>(?<![\d.])(?P<mdm>\d{1,2})月(?P<mdd>\d{1,2})日)
|(?P<mon>(?<![\d.\-])(?P<monm>\d{1,2})月(?![\d日]))
|(?P<day>(?<![\d.\-月])(?P<dayd>\d{1,2})日(?!\d))
|(?P<cnt>(?<![\d.:])(?P<c1>\d+)(?P<cu>名|位|家|项|次|种|类|个|人|周岁|岁|号))
"""

def _first_chars():
    toks = PROVINCES + EXTRA_CITY_TOKENS + [_short(p[2]) for p in PLACES]
    return "".join(sorted(set(t[0] for t in toks)))


# The leading look-ahead lets the scanner skip positions that cannot start a
# match (about 4x faster than trying every alternative at every position).
VARY_RE = re.compile("(?=[0-9%s])(?:" % _first_chars() + _build_place_re() + "|" + _NUM_RE + ")", re.X)
PLACE_RE = re.compile(_build_place_re())

DUR_CHOICES = {
    "个月": [1, 2, 3, 3, 6, 6, 12],
    "天": [7, 15, 30, 30, 60, 90, 90, 180],
    "个工作日": [3, 5, 7, 10, 15, 20],
    "个自然日": [7, 15, 30, 60],
    "年": [1, 2, 3, 5, 10, 15, 15, 20, 25, 30],
}
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _trailing_zeros(n):
    z = 0
    while n and n % 10 == 0:
        n //= 10
        z += 1
    return z


class Varier:
    """Re-draws places and numbers of one text unit (page body or related item)."""

    def __init__(self, r, place, delta, collapse=True):
        # collapse=True: every city token maps to `place` (page body: the seeds'
        # articles are each about one place).  collapse=False: the first city
        # maps to `place`, other distinct cities to other random places (related
        # snippets such as "淮南和淮北哪个发展好").
        self.r = r
        self.place = place
        self.delta = delta
        self.collapse = collapse
        self.city_map = {}
        self.prov_map = {}

    def _city(self, tok):
        tok = _short(tok)
        pl = self.city_map.get(tok)
        if pl is None:
            if self.collapse or not self.city_map:
                pl = self.place
            else:
                used = set(p[2] for p in self.city_map.values())
                pl = self.place
                for _ in range(8):
                    pl = self.r.choice(PLACES)
                    if pl[2] not in used:
                        break
            self.city_map[tok] = pl
        return pl

    def _prov(self, tok):
        pr = self.prov_map.get(tok)
        if pr is None:
            if not self.prov_map:
                pr = (self.place[0], self.place[1])
            else:
                used = set(self.prov_map.values())
                pr = (self.place[0], self.place[1])
                for _ in range(8):
                    pl = self.r.choice(PLACES)
                    pr = (pl[0], pl[1])
                    if pr not in used:
                        break
            self.prov_map[tok] = pr
        return pr

    # -- numbers ---------------------------------------------------------
    def vint(self, n):
        r = self.r
        if n <= 3:
            return r.randint(1, 5)
        z = min(_trailing_zeros(n), max(len(str(n)) - 1, 0))
        g = 10 ** z
        lo = max(1, int(n * 0.5) // g)
        hi = max(lo, int(n * 1.7) // g)
        return max(g, r.randint(lo, hi) * g)

    def vnum_str(self, s):
        if "." in s:
            dec = len(s.split(".")[1])
            v = float(s) * self.r.uniform(0.5, 1.7)
            out = ("%." + str(dec) + "f") % v
            if float(out) == 0:
                out = s
            return out
        return str(self.vint(int(s)))

    def vpct(self, s):
        r = self.r
        if "." in s:
            return self.vnum_str(s)
        p = int(s)
        if p >= 100 or p == 0:
            return s
        if p % 5 == 0:
            lo, hi = max(5, p - 25), min(95, p + 25)
            return str(r.randrange(lo, hi + 1, 5))
        return str(min(99, max(1, p + r.randint(-6, 6))))

    def vrange(self, a, b, fn, widen=True):
        x, y = fn(a), fn(b)
        if float(x) > float(y):
            x, y = y, x
        if widen and float(x) == float(y):  # keep a real range: widen the upper bound
            y = str(int(y) * 2) if "." not in y else "%s" % (float(y) * 2)
        return x, y

    def date(self, y, m=None, d=None):
        r = self.r
        y = int(y)
        if y < 2015:
            return None
        y = y + self.delta
        if m is not None:
            m = r.randint(1, 12)
        if d is not None:
            d = 1 if r.random() < 0.4 else r.randint(1, DAYS_IN_MONTH[m - 1])
        return y, m, d

    def phone(self):
        r = self.r
        code, nd = self.place[3], self.place[4]
        first = str(r.randint(2, 8))
        return code + "-" + first + "".join(str(r.randint(0, 9)) for _ in range(nd - 1))

    # -- dispatcher --------------------------------------------------------
    def __call__(self, m):
        g = m.lastgroup
        r = self.r
        pl = self.place
        if g == "pc":
            tok = m.group("pcc")
            cp = self._city(tok)
            full = tok.endswith("县") or m.group("pccs") is not None
            city = cp[2] if full else _short(cp[2])
            if m.group("pcp") is not None:
                self.prov_map.setdefault(m.group("pcp"), (cp[0], cp[1]))
                return cp[0] + (cp[1] if m.group("pcps") else "") + city
            return city
        if g == "pv":
            pr = self._prov(m.group("pvp"))
            return pr[0] + (pr[1] if m.group("pvps") else "")
        if g == "phone":
            return self.phone()
        if g == "mobile":
            return "1" + r.choice("3456789") + "".join(str(r.randint(0, 9)) for _ in range(9))
        if g == "dater":  # keep date ranges ordered: end 1-12 months after start
            y = int(m.group("dr1y"))
            if y < 2015:
                return m.group(0)
            a = _dt.date(y + self.delta, r.randint(1, 12), 1 if r.random() < 0.4 else r.randint(1, 28))
            b = a + _dt.timedelta(days=r.randint(28, 365))
            sep = "至" if "至" in m.group(0) else ("到" if "到" in m.group(0) else "-")
            end = ("%d年" % b.year if m.group("dr2y") or b.year != a.year else "") + "%d月%d日" % (b.month, b.day)
            return "%d年%d月%d日%s%s" % (a.year, a.month, a.day, sep, end)
        if g == "pctr":
            x, y = self.vrange(m.group("pr1"), m.group("pr2"), self.vpct, widen=False)
            return x + "%" + m.group("prs") + y + "%"
        if g == "date":
            v = self.date(m.group("dy"), 1, 1)
            if v is None:
                return m.group(0)
            return "%d年%d月%d日" % v
        if g == "ym":
            v = self.date(m.group("ymy"), 1)
            if v is None:
                return m.group(0)
            return "%d年%d月" % v[:2]
        if g == "iso":
            v = self.date(m.group("iy"), 1, 1)
            return "%04d-%02d-%02d" % v
        if g == "year":
            y = int(m.group(0))
            return str(y + self.delta) if y >= 2015 else m.group(0)
        if g == "money":
            a, b = m.group("m1"), m.group("m2")
            unit = (m.group("mu") or "") + "元"
            if b is None:
                return self.vnum_str(a) + unit
            x, y = self.vrange(a, b, self.vnum_str)
            return x + "-" + y + unit
        if g == "pct":
            return self.vpct(m.group("p1")) + "%"
        if g == "dur":
            a, b, u = m.group("u1"), m.group("u2"), m.group("uu")
            ch = DUR_CHOICES.get(u)
            if b is not None:
                x, y = self.vrange(a, b, self.vnum_str)
                return x + "-" + y + u
            if ch and int(a) in ch:
                return str(r.choice(ch)) + u
            return self.vnum_str(a) + u
        if g == "md":
            mo = r.randint(1, 12)
            return "%d月%d日" % (mo, r.randint(1, DAYS_IN_MONTH[mo - 1]))
        if g == "mon":
            return "%d月" % r.randint(1, 12)
        if g == "day":
            return "%d日" % (1 if r.random() < 0.4 else r.randint(1, 28))
        if g == "cnt":
            n, u = int(m.group("c1")), m.group("cu")
            if u == "号":
                return "%d号" % r.randint(1, 28)
            if u in ("岁", "周岁"):
                return "%d%s" % (max(16, n + r.randint(-5, 5)) if n >= 16 else r.randint(1, 15), u)
            return str(self.vint(n)) + u
        return m.group(0)

    def apply(self, s):
        return VARY_RE.sub(self, s)


# --------------------------------------------------------------------------
# Seed parsing -> material pools
# --------------------------------------------------------------------------
CN_NUM = "一二三四五六七八九十"


def cn_num(n):
    """1 -> 一, 10 -> 十, 12 -> 十二, 23 -> 二十三 (1..99)."""
    t, u = divmod(n, 10)
    s = ("" if t == 0 else ("十" if t == 1 else CN_NUM[t - 1] + "十"))
    return s + (CN_NUM[u - 1] if u else "")
RE_CN_HEAD = re.compile(r"^[一二三四五六七八九十]+、\s*(.+)$")
RE_NUM_ITEM = re.compile(r"^\s+\d+\.\s*(.+)$")
RE_BULLET = re.compile(r"^\s+[•·]\s*(.+)$")
RE_SENT = re.compile(r"[^。!?!?]+[。!?!?]")
TOPIC_RE = re.compile(r"医保|报销|参保|缴费|医疗|社保|共济|账户|统筹|门诊|住院|农合|就医|备案|缴纳|待遇")
HEADING_END = ("。", ",", ";", ",", ";")


def _uniq(xs):
    return list(dict.fromkeys(x for x in xs if x))


class Material:
    def __init__(self, texts):
        main_titles, rel_titles = [], []
        self.section_heads, self.plain_heads, self.q_heads = [], [], []
        self.sub_heads, self.bullets, self.num_items = [], [], []
        self.paragraphs, self.sentences, self.intros, self.closings = [], [], [], []
        self.related = []
        for text in texts:
            self._parse(text, main_titles, rel_titles)
        for name in ("section_heads", "plain_heads", "q_heads", "sub_heads", "bullets",
                     "num_items", "paragraphs", "sentences", "intros", "closings"):
            setattr(self, name, _uniq(getattr(self, name)))
        self.related = list(dict.fromkeys(self.related))
        allt = _uniq(main_titles + rel_titles)
        self.titles = [t for t in allt if TOPIC_RE.search(t)] or allt
        # the seeds have few headings of each kind: let them serve both roles
        self.section_heads = self.plain_heads = _uniq(self.section_heads + self.plain_heads)
        self.num_items = _uniq(self.num_items + self.kv_bullets_of(self.bullets))
        self.q_heads = _uniq(self.q_heads + [t + "?" for t in self.titles
                                            if re.search(r"(吗|什么|多少|哪些|怎么|如何|几个|几成)$", t)])
        self.kv_bullets = self.kv_bullets_of(self.bullets)
        self.plain_bullets = [b for b in self.bullets if b not in self.kv_bullets] or self.bullets
        # guarantee non-empty pools
        fallback = self.sentences or ["具体政策以当地医保部门公布为准。"]
        for name in ("section_heads", "plain_heads", "q_heads", "sub_heads", "bullets",
                     "num_items", "paragraphs", "intros", "closings", "kv_bullets"):
            if not getattr(self, name):
                setattr(self, name, list(fallback))
        if not self.related:
            raise SystemExit("gen_corpus: no related items found in samples")

    @staticmethod
    def kv_bullets_of(bullets):
        return [b for b in bullets if re.search(r"^[^,。]{2,14}[::]", b)]

    def _parse(self, text, main_titles, rel_titles):
        lines = text.replace("\r\n", "\n").split("\n")
        if not lines:
            return
        main_titles.append(lines[0].strip())
        try:
            di = next(i for i, l in enumerate(lines) if l.strip().startswith("提示:本内容不能代替面诊"))
        except StopIteration:
            di = len(lines)
        body = lines[1:di]
        first_para = True
        paras = []
        for raw in body:
            s = raw.rstrip()
            if not s.strip():
                continue
            st = s.strip()
            m = RE_CN_HEAD.match(st)
            if m and len(st) <= 30:
                self.section_heads.append(m.group(1))
                continue
            m = RE_NUM_ITEM.match(s)
            if m:
                t = m.group(1).strip()
                if len(t) <= 24 and not t.endswith(HEADING_END) and "。" not in t:
                    self.sub_heads.append(t)
                else:
                    self.num_items.append(t)
                continue
            m = RE_BULLET.match(s)
            if m:
                self.bullets.append(m.group(1).strip())
                continue
            if st.endswith(("?", "?")) and len(st) <= 50:
                self.q_heads.append(st)
                continue
            if len(st) <= 4:
                continue  # bare answers such as "可以"; generated separately
            if len(st) <= 24 and not st.endswith(HEADING_END) and "。" not in st:
                if s.startswith(" "):
                    self.sub_heads.append(st)
                else:
                    self.plain_heads.append(st)
                continue
            # paragraph
            paras.append(st)
            if first_para:
                self.intros.append(st)
                first_para = False
            self.paragraphs.append(st)
            for sent in RE_SENT.findall(st):
                sent = sent.strip()
                if len(sent) >= 8:
                    self.sentences.append(sent)
            if st.startswith(("综上", "总之", "以上", "综合")):
                self.closings.append(st)
        if paras and paras[-1] not in self.closings and len(paras) > 1:
            self.closings.append(paras[-1])
        # related items
        try:
            ri = next(i for i in range(di, len(lines)) if lines[i].strip() == RELATED)
        except StopIteration:
            return
        cur = []
        for raw in lines[ri + 1:]:
            st = raw.strip()
            if not st:
                continue
            if st.startswith(SOURCE + " ") or st == SOURCE:
                if len(cur) >= 2:
                    t, snip = cur[0], " ".join(cur[1:])
                    self.related.append((t, snip))
                    rel_titles.append(t)
                    self._snippet_material(snip)
                cur = []
            else:
                cur.append(st)

    def _snippet_material(self, snip):
        head = snip.split(" ", 1)[0]
        if head.endswith((":", ":")) and 12 <= len(head) <= 80 and TOPIC_RE.search(head):
            self.intros.append(head)
        for piece in RE_SENT.findall(snip):
            # snippets are flattened articles: "一、标题 小标题 句子。" -> keep the sentence
            piece = piece.strip().rsplit(" ", 1)[-1]
            if not (12 <= len(piece) <= 150) or piece[0] in ",:;、。)":
                continue
            if TOPIC_RE.search(piece):
                self.sentences.append(piece)


# Extra sentence templates (written with seed-like literals; the Varier
# re-draws place, phone, dates, money, percents and durations).
TEMPLATES = [
    "湘潭市医保服务热线:0731-55666736,工作时间为工作日上午8:30-12:00、下午14:30-17:30。",
    "参保人如有疑问,可拨打12393医保服务热线或12333社保咨询电话进行咨询。",
    "自2024年9月1日起,湘潭市城乡居民医保个人缴费标准调整为每人每年380元。",
    "在一级定点医疗机构住院,起付线为200元,报销比例为85%;二级医院起付线500元,报销70%;三级医院起付线1000元,报销60%。",
    "完成异地就医备案后,备案有效期为6个月,临时外出就医人员需在90天内补办相关手续。",
    "职工医保年度最高支付限额为30万元,超出部分由大病保险按60%比例继续报销。",
    "断缴超过3个月再参保的,需设置90天的待遇等待期,等待期内发生的医疗费用不予报销。",
    "门诊慢特病患者年度报销限额为3000元,报销比例为70%,每月最多可申请10种药品。",
    "一名职工参保人最多可绑定10名近亲属作为共济对象,每年可变更2次。",
    "湖南省湘潭市医疗保障事务中心咨询电话:0731-58585858。",
    "灵活就业人员缴费基数为上年度全省平均工资的60%至300%,缴费比例为8%。",
    "2025年度城乡居民医保集中缴费期为2024年9月1日至2024年12月31日。",
    "材料审核通过后,医保经办机构将在15个工作日内完成报销并将款项打入个人银行账户。",
    "住院费用在5000元以下的部分报销比例为75%,5000-30000元的部分报销80%。",
]


# --------------------------------------------------------------------------
# Page model
# --------------------------------------------------------------------------
class Deck:
    """Draws from a pool without repetition until exhausted, then reshuffles."""

    def __init__(self, r, pool):
        self.r, self.pool, self.cur = r, pool, []

    def draw(self):
        if not self.cur:
            self.cur = list(self.pool)
            self.r.shuffle(self.cur)
        return self.cur.pop()


class Page:
    __slots__ = ("title", "blocks", "related", "blank_before_tip", "rel_date",
                 "disclaimer", "related_label", "source")

    def __init__(self):
        self.disclaimer, self.related_label, self.source = DISCLAIMER, RELATED, SOURCE

    # blocks: list of (kind, indent, marker, text); kind in
    #   h (section heading), h3 (sub heading), q (question heading),
    #   p (paragraph), li (list item), blank
    def map(self, fn):
        self.title = fn(self.title)
        self.blocks = [(k, ind, fn(mk) if mk else mk, fn(t) if t else t) for k, ind, mk, t in self.blocks]
        self.related = [(fn(a), fn(b)) for a, b in self.related]
        self.rel_date = fn(self.rel_date)
        self.disclaimer = fn(self.disclaimer)
        self.related_label = fn(self.related_label)
        self.source = fn(self.source)

    def text(self):
        out = [self.title, ""]
        for k, ind, mk, t in self.blocks:
            if k == "blank":
                out.append("")
            elif k == "li":
                out.append(ind + mk + " " + t)
            else:
                out.append(ind + t)
        while out and out[-1] == "":
            out.pop()
        if self.blank_before_tip:
            out.append("")
        out.append(self.disclaimer)
        out.append(self.related_label)
        out.append("")
        for i, (t, s) in enumerate(self.related):
            out += [t, "", s, "", self.source + " " + self.rel_date]
            if i + 1 < len(self.related):
                out.append("")
        return "\n".join(out)


YEAR_WEIGHTS = [(2023, 0.15), (2024, 0.25), (2025, 0.60)]
BASE_TIME = _dt.datetime(2025, 3, 1, 0, 0, 0)


def _pick_year(r):
    x = r.random()
    acc = 0.0
    for y, w in YEAR_WEIGHTS:
        acc += w
        if x < acc:
            return y
    return YEAR_WEIGHTS[-1][0]


class Generator:
    STYLES = ("cn", "plain", "cnpara", "num")

    def __init__(self, material, seed):
        self.M = material
        self.seed = seed

    def rng(self, i, what):
        return random.Random("%s:%d:%s" % (self.seed, i, what))

    def fetched_at(self, i):
        r = self.rng(i, "time")
        t = BASE_TIME + _dt.timedelta(seconds=i * 97 + r.randint(0, 96))
        return t.strftime("%Y-%m-%dT%H:%M:%S+08:00")

    def target_size(self, r):
        t = 8000 + r.gammavariate(2.0, 3000.0)
        return int(min(t, 28500))

    def page(self, i):
        M = self.M
        r = self.rng(i, "page")
        year = _pick_year(r)
        delta = year - 2025
        place = r.choice(PLACES)
        v = Varier(r, place, delta)
        target = self.target_size(r)
        style = r.choice(self.STYLES)
        all_ones = r.random() < 0.5          # markdown artifact: every item "1."
        loose = r.random() < 0.35            # blank lines between list items
        decks = {}

        def d(name):
            if name not in decks:
                decks[name] = Deck(r, getattr(M, name))
            return decks[name].draw()

        p = Page()
        # title
        raw = d("titles")
        t = v.apply(raw)
        if not PLACE_RE.search(raw) and r.random() < 0.4:
            t = "%d%s%s%s" % (year, place[0], _short(place[2]), re.sub(r"^20\d\d年?", "", t))
        p.title = t

        # related items first (their size bounds the article body)
        n_rel = 20 if r.random() < 0.8 else r.randint(15, 24)
        rel, rel_bytes = [], 0
        rd = Deck(r, M.related)
        for _ in range(n_rel):
            rt, rs = rd.draw()
            rv = Varier(r, r.choice(PLACES), _pick_year(r) - 2025, collapse=False)
            rt, rs = rv.apply(rt), rv.apply(rs)
            b = len(rt.encode()) + len(rs.encode()) + 30
            if len(rel) >= 10 and rel_bytes + b > target - 1000:
                break
            rel.append((rt, rs))
            rel_bytes += b
        p.related = rel
        day = BASE_TIME + _dt.timedelta(seconds=i * 97) - _dt.timedelta(days=r.randint(0, 40))
        p.rel_date = day.strftime("%Y-%m-%d")

        body_target = max(target - rel_bytes - len(t.encode()) - 120, 600 + r.randint(0, 900))
        blocks = []
        size = [0]

        def add(kind, text="", ind="", mk=""):
            if text:
                text = v.apply(text)
            blocks.append((kind, ind, mk, text))
            size[0] += len(ind) + len(mk) + len(text.encode()) + 2

        def para(nmin=1, nmax=4):
            if r.random() < 0.3:
                return d("paragraphs")
            k = r.randint(nmin, nmax)
            s = "".join(d("sentences") for _ in range(k))
            if r.random() < 0.25:
                s += r.choice(TEMPLATES)
            return s

        def marker(j):
            return "1." if all_ones else "%d." % j

        # answer line + intro
        if r.random() < 0.05:
            add("p", r.choice(["可以", "不可以", "能", "不能"]))
            add("blank")
        add("p", d("intros") if r.random() < 0.6 else para(1, 3))
        add("blank")

        sec = 0
        while size[0] < body_target:
            sec += 1
            if style == "cn":
                add("h", "%s、%s" % (cn_num(min(sec, 99)), d("section_heads")))
                add("blank")
                for j in range(1, r.randint(1, 3) + 1):
                    add("li", d("sub_heads"), "  ", marker(j))
                    for _ in range(r.randint(1, 3)):
                        add("li", d("bullets") if r.random() < 0.85 else r.choice(TEMPLATES), "  ", "•")
                        if loose:
                            add("blank")
                if not loose:
                    add("blank")
            elif style == "plain":
                if r.random() < 0.25:
                    add("q", d("q_heads"))
                    add("blank")
                    add("p", para(1, 2))
                    add("blank")
                add("h", d("plain_heads"))
                add("blank")
                mode = r.random()
                if mode < 0.5:
                    for _ in range(r.randint(1, 2)):
                        add("h3", d("sub_heads"))
                        add("blank")
                        for _ in range(r.randint(1, 3)):
                            add("li", d("kv_bullets"), "  ", "•")
                        add("blank")
                elif mode < 0.8:
                    for j in range(1, r.randint(2, 4) + 1):
                        add("li", d("num_items"), "  ", "%d." % j)
                        if r.random() < 0.5:
                            add("li", d("bullets"), "    ", "•")
                    add("blank")
                else:
                    add("p", para())
                    add("blank")
            elif style == "cnpara":
                add("h", "%s、%s" % (cn_num(min(sec, 99)), d("section_heads")))
                add("blank")
                for j in range(1, r.randint(1, 2) + 1):
                    add("li", d("sub_heads"), "  ", marker(j))
                    if r.random() < 0.7:
                        add("blank")
                        add("p", para(1, 3))
                        add("blank")
                    else:
                        for _ in range(r.randint(1, 2)):
                            add("li", d("bullets"), "  ", "•")
                            add("blank")
            else:  # num
                add("li", d("sub_heads"), "  ", "%d." % sec)
                if r.random() < 0.7:
                    add("p", para(1, 3), "    ")
                else:
                    add("blank")
                    for _ in range(r.randint(1, 3)):
                        add("li", d("bullets"), "    ", "•")
                add("blank")
        if r.random() < 0.7:
            add("p", d("closings") if r.random() < 0.5 else para(1, 2))
        p.blocks = blocks
        p.blank_before_tip = r.random() < 0.75
        return p


# --------------------------------------------------------------------------
# Transforms
# --------------------------------------------------------------------------
FULLWIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789%:,;()!?-.+/"})

# Simplified -> traditional, character level, for the characters that occur in
# the seeds and templates (generated once with OpenCC s2t; embedded so the
# generator needs nothing outside the stdlib).
S2T_SRC = (
    "万与专业东两严个丰临为举么义乡买于云产亩亲亿仅从仪们价众优会传体余倾偿储儿关养内册写农决况准减几凭击划则创别办务动劳势区"
    "医华协单占卧卫厂厅压县参双发变叠台号后吗吨员咨响团园围国场块垫壮声处备复够头妇娄孙学宁宝实审宫对导将尔尽层属岁岛岳峰师带"
    "帮干并广庄床应开异张弹强当录征径怀态总户托执扩扫扬抚抢护报担拥拨择挂挛换据携撑数断无时显暂术机杂权条来极构柜标树样档桥检"
    "楼横气汇汉没测济浏温满潜灵点烦热状独环现电畴疗痉盐盖矫矿码础确碍离种积称稳筑筹签简类粤红约级纳纸线组细终绍经绑结给统继续"
    "维综编缴网群职联肃肤肿脑脚脸节芜苏范荐药获衔补装见规视览计认训议讯记许设访证评识诊话询该详语误说请读谁调谈谋谐谦负贡责败"
    "账质贫购贴贵费资赖车转轻载较输辞辽达过运还这进远连适选邮邻郸采释里针钢钱铁银铺销锁错锦键镇镜长门问间闻阅队阳际陕险随隐难"
    "页顶项顺须顽预领颈频颗题额风验骤齐齿龄龙"
)
S2T_DST = (
    "萬與專業東兩嚴個豐臨爲舉麼義鄉買於雲產畝親億僅從儀們價衆優會傳體餘傾償儲兒關養內冊寫農決況準減幾憑擊劃則創別辦務動勞勢區"
    "醫華協單佔臥衛廠廳壓縣參雙發變疊臺號後嗎噸員諮響團園圍國場塊墊壯聲處備復夠頭婦婁孫學寧寶實審宮對導將爾盡層屬歲島嶽峯師帶"
    "幫幹並廣莊牀應開異張彈強當錄徵徑懷態總戶託執擴掃揚撫搶護報擔擁撥擇掛攣換據攜撐數斷無時顯暫術機雜權條來極構櫃標樹樣檔橋檢"
    "樓橫氣匯漢沒測濟瀏溫滿潛靈點煩熱狀獨環現電疇療痙鹽蓋矯礦碼礎確礙離種積稱穩築籌籤簡類粵紅約級納紙線組細終紹經綁結給統繼續"
    "維綜編繳網羣職聯肅膚腫腦腳臉節蕪蘇範薦藥獲銜補裝見規視覽計認訓議訊記許設訪證評識診話詢該詳語誤說請讀誰調談謀諧謙負貢責敗"
    "賬質貧購貼貴費資賴車轉輕載較輸辭遼達過運還這進遠連適選郵鄰鄲採釋裏針鋼錢鐵銀鋪銷鎖錯錦鍵鎮鏡長門問間聞閱隊陽際陝險隨隱難"
    "頁頂項順須頑預領頸頻顆題額風驗驟齊齒齡龍"
)
S2T = str.maketrans(S2T_SRC, S2T_DST)

# --------------------------------------------------------------------------
# HTML rendering
# --------------------------------------------------------------------------
SKINS = [
    {"site": "健康新闻网", "host": "news.example.cn", "cls": "art",
     "nav": ["首页", "健康新闻", "医保政策", "社保查询", "疾病百科", "找医院", "问医生"]},
    {"site": "民生健康资讯", "host": "www.example-health.cn", "cls": "article-body",
     "nav": ["首页", "资讯", "医保", "养老", "就医指南", "药品", "专题"]},
]


def _e(s):
    return _html.escape(s, quote=False)


def render_html(page, i, r):
    sk = SKINS[r.randrange(len(SKINS))]
    hexid = "%032x" % r.getrandbits(128)
    css = "%08x" % r.getrandbits(32)
    views = r.randint(120, 98000)
    title = page.title
    desc = ""
    for k, _, _, t in page.blocks:
        if k == "p" and t:
            desc = t[:80]
            break
    o = []
    a = o.append
    a("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
    a("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n")
    a("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n")
    a("<title>%s_%s_%s</title>\n" % (_e(title), SOURCE, sk["site"]))
    a("<meta name=\"keywords\" content=\"%s,医保,报销,%s\">\n" % (_html.escape(title), SOURCE))
    a("<meta name=\"description\" content=\"%s\">\n" % _html.escape(desc))
    a("<link rel=\"canonical\" href=\"https://%s/a/%06d.html\">\n" % (sk["host"], i))
    a("<link rel=\"stylesheet\" href=\"//static.%s/css/article.%s.css\">\n" % (sk["host"], css))
    a("<script>var _hmt=_hmt||[];(function(){var hm=document.createElement(\"script\");"
      "hm.src=\"//stat.%s/hm.js?%s\";var s=document.getElementsByTagName(\"script\")[0];"
      "s.parentNode.insertBefore(hm,s);})();</script>\n" % (sk["host"], hexid))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": page.rel_date, "publisher": {"@type": "Organization", "name": sk["site"]}},
                    ensure_ascii=False).replace("</", "<\\/")
    a("<script type=\"application/ld+json\">%s</script>\n</head>\n<body class=\"page-article\">\n" % ld)
    a("<div class=\"topbar\"><div class=\"wrap\"><a href=\"/\" class=\"logo\">%s</a>"
      "<form class=\"search\" action=\"/search\"><input name=\"q\" placeholder=\"搜索疾病、医院、医保政策\">"
      "<button type=\"submit\">搜索</button></form></div></div>\n" % sk["site"])
    a("<nav class=\"main-nav\"><ul>")
    for j, n in enumerate(sk["nav"]):
        a("<li%s><a href=\"/c%d/\">%s</a></li>" % (" class=\"on\"" if j == 1 else "", j, n))
    a("</ul></nav>\n")
    a("<div class=\"breadcrumb\"><a href=\"/\">首页</a> &gt; <a href=\"/news/\">%s</a> &gt; <span>正文</span></div>\n" % SOURCE)
    a("<div class=\"container\"><div class=\"main\">\n<article class=\"%s\" id=\"a%06d\">\n" % (sk["cls"], i))
    a("<h1 class=\"title\">%s</h1>\n" % _e(title))
    a("<div class=\"meta\"><span class=\"source\">来源:%s</span> <span class=\"time\">%s</span> "
      "<span class=\"views\">阅读 %d</span></div>\n<div class=\"content\">\n" % (SOURCE, page.rel_date, views))
    open_list = None
    for k, ind, mk, t in page.blocks:
        if k == "li":
            lt = "ol" if mk[:1].isdigit() else "ul"
            if open_list != lt:
                if open_list:
                    a("</%s>\n" % open_list)
                a("<%s>\n" % lt)
                open_list = lt
            cls = " class=\"sub\"" if len(ind) > 2 else ""
            a("<li%s>%s</li>\n" % (cls, _e(t)))
            continue
        if k == "blank":
            continue
        if open_list:
            a("</%s>\n" % open_list)
            open_list = None
        if k == "h":
            a("<h2>%s</h2>\n" % _e(t))
        elif k in ("h3", "q"):
            a("<h3>%s</h3>\n" % _e(t))
        else:
            a("<p>%s</p>\n" % _e(t))
    if open_list:
        a("</%s>\n" % open_list)
    a("<p class=\"tip\">%s</p>\n</div>\n</article>\n" % _e(page.disclaimer))
    slot = r.randint(1, 9)
    a("<div class=\"ad-slot\" id=\"art-bottom-%d\"><script>(window.slotbydup=window.slotbydup||[])"
      ".push({id:\"u%d\",container:\"art-bottom-%d\",async:true});</script></div>\n"
      % (slot, r.randint(1000000, 9999999), slot))
    a("<section class=\"related\">\n<h3 class=\"related-title\">%s</h3>\n<ul class=\"rel-list\">\n" % page.related_label)
    for t, s in page.related:
        a("<li><a href=\"https://%s/a/%06d.html\" target=\"_blank\"><h4>%s</h4><p class=\"snippet\">%s</p></a>"
          "<div class=\"info\"><span class=\"src\">%s</span> <span class=\"date\">%s</span></div></li>\n"
          % (sk["host"], r.randint(1, 999999), _e(t), _e(s), page.source, page.rel_date))
    a("</ul>\n</section>\n</div>\n<aside class=\"sidebar\"><div class=\"box hot\"><h3>热门文章</h3><ol>")
    for t, _ in page.related[:6]:
        a("<li><a href=\"/a/%06d.html\">%s</a></li>" % (r.randint(1, 999999), _e(t)))
    a("</ol></div></aside>\n</div>\n")
    a("<footer class=\"footer\"><p><a href=\"/about\">关于我们</a> | <a href=\"/contact\">联系我们</a> | "
      "<a href=\"/disclaimer\">免责声明</a></p><p>Copyright &copy; 2025 %s 版权所有</p>"
      "<p>京ICP备%08d号-1</p><p>本站内容仅供参考,不作为诊断及医疗依据。</p></footer>\n" % (sk["host"], r.randint(10000000, 99999999)))
    a("<script src=\"//static.%s/js/jquery-1.12.4.min.js\"></script>\n" % sk["host"])
    a("<script>$(function(){$(\".rel-list li\").hover(function(){$(this).addClass(\"hover\")},"
      "function(){$(this).removeClass(\"hover\")});if(window.innerWidth<768&&1<2){$(\".sidebar\").hide();}});</script>\n")
    a("</body>\n</html>\n")
    return "".join(o)


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------
def parse_size(s):
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)(?:i?B)?\s*", s, re.I)
    if not m:
        raise argparse.ArgumentTypeError("bad size %r (use e.g. 100MB, 10MB, 500KB)" % s)
    mult = {"": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}[m.group(2).upper()]
    return int(float(m.group(1)) * mult)


def frac(s):
    v = float(s)
    if not 0.0 <= v <= 1.0:
        raise argparse.ArgumentTypeError("fraction must be in [0,1]")
    return v


BAD_UTF8 = [b"\xff", b"\xfe\xfe", b"\xc3\x28", b"\x80\x80", b"\xe5\x8c", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"]


def break_line(r, line_bytes, rec, field):
    """Return (broken bytes incl. newline, kind)."""
    kind = r.choice(["truncated", "no_text", "bad_utf8"])
    if kind == "truncated":
        s = line_bytes.decode("utf-8").rstrip("\n")
        cut = r.randint(max(12, len(s) // 5), max(13, len(s) * 9 // 10))
        return s[:cut].encode("utf-8") + b"\n", kind
    if kind == "no_text":
        obj = {k: rec[k] for k in ("id", "url", "fetched_at")}
        obj["title"] = rec.get("_title", "")
        return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8"), kind
    # bad_utf8: raw invalid bytes inside the text/html string value
    key = ('"%s": "' % field).encode()
    start = line_bytes.index(key) + len(key)
    end = len(line_bytes) - 3  # before closing quote/brace/newline
    pos = r.randint(start, max(start, end))
    while pos > start and (line_bytes[pos] & 0xC0) == 0x80:
        pos -= 1  # land on a character boundary
    j = line_bytes.rfind(b"\\", max(start, pos - 6), pos)
    if j != -1:
        pos = j  # never split a \uXXXX / \n escape: insert before it
    bad = r.choice(BAD_UTF8)
    return line_bytes[:pos] + bad + line_bytes[pos:], kind


class Sink:
    def __init__(self, path, gz):
        self.path = path
        if gz:
            self.raw = open(path, "wb")
            self.f = gzip.GzipFile(filename="", mode="wb", fileobj=self.raw, mtime=0, compresslevel=6)
        else:
            self.raw = None
            self.f = open(path, "wb", buffering=1 << 20)

    def write(self, b):
        self.f.write(b)

    def close(self):
        self.f.close()
        if self.raw:
            self.raw.close()


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate a reproducible policy-extract benchmark corpus.")
    ap.add_argument("--out", required=True, help="output file (jsonl/html) or directory (text)")
    ap.add_argument("--size", required=True, type=parse_size, help="e.g. 100MB, 10MB, 500KB (binary units)")
    ap.add_argument("--seed", default="1", help="random seed (default 1)")
    ap.add_argument("--format", default="jsonl", choices=["jsonl", "text", "html"])
    ap.add_argument("--gzip", action="store_true", help="gzip-compress the output (deterministic header)")
    ap.add_argument("--fullwidth", type=frac, default=0.0, help="fraction of pages with full-width ASCII digits/punct")
    ap.add_argument("--traditional", type=frac, default=0.0, help="fraction of pages in traditional characters")
    ap.add_argument("--broken", type=frac, default=0.0, help="fraction of deliberately broken lines/files")
    ap.add_argument("--samples", default=str(DEFAULT_SAMPLES), help="seed page directory (default samples/text)")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)

    files = sorted(Path(a.samples).glob("*.txt"))
    if not files:
        raise SystemExit("gen_corpus: no seed pages in %s" % a.samples)
    texts = [f.read_bytes().decode("utf-8") for f in files]
    gen = Generator(Material(texts), a.seed)

    out = Path(a.out)
    broken = []      # (line number or file name, kind, id)
    total = 0
    n = 0
    if a.format == "text":
        out.mkdir(parents=True, exist_ok=True)
        sink = None
    else:
        if out.parent and not out.parent.exists():
            out.parent.mkdir(parents=True, exist_ok=True)
        sink = Sink(out, a.gzip)
    field = "html" if a.format == "html" else "text"
    try:
        while total < a.size:
            n += 1
            page = gen.page(n)
            tr = gen.rng(n, "xform")
            fw = tr.random() < a.fullwidth
            trad = tr.random() < a.traditional
            if trad:
                page.map(lambda s: s.translate(S2T))
            if fw:
                page.map(lambda s: s.translate(FULLWIDTH))
            pid = "bench-%06d" % n
            br = gen.rng(n, "broken")
            is_broken = br.random() < a.broken
            if a.format == "text":
                data = page.text().encode("utf-8")
                name = pid + ".txt" + (".gz" if a.gzip else "")
                if is_broken:
                    kind = br.choice(["bad_utf8", "truncated_char", "empty"])
                    if kind == "empty":
                        data = b""
                    elif kind == "truncated_char":
                        cut = br.randint(len(data) // 5, len(data) * 9 // 10)
                        while cut < len(data) - 1 and data[cut] < 0xC0:
                            cut += 1  # find the lead byte of a multi-byte character
                        data = data[:cut + 1]  # ends right after that lead byte
                    else:
                        pos = br.randint(0, len(data) - 1)
                        while pos > 0 and (data[pos] & 0xC0) == 0x80:
                            pos -= 1
                        data = data[:pos] + br.choice(BAD_UTF8) + data[pos:]
                    broken.append((name, kind, pid))
                if a.gzip:
                    with open(out / name, "wb") as raw:
                        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
                            g.write(data)
                else:
                    (out / name).write_bytes(data)
                total += len(data)
                continue
            rec = {"id": pid, "url": "https://news.example.cn/a/%06d.html" % n,
                   "fetched_at": gen.fetched_at(n)}
            if a.format == "html":
                rec["html"] = render_html(page, n, gen.rng(n, "html"))
            else:
                rec["text"] = page.text()
            line = (json.dumps(rec, ensure_ascii=(n % 50 == 0)) + "\n").encode("utf-8")
            if is_broken:
                rec["_title"] = page.title
                line, kind = break_line(br, line, rec, field)
                broken.append((n, kind, pid))
            sink.write(line)
            total += len(line)
    finally:
        if sink:
            sink.close()

    if a.broken > 0:
        side = Path(str(out).rstrip("/") + ".broken.txt")
        unit = "files" if a.format == "text" else "lines"
        with open(side, "w", encoding="utf-8", newline="\n") as f:
            f.write("broken_%s: %d\n" % (unit, len(broken)))
            f.write("total_%s: %d\n" % (unit, n))
            for where, kind, pid in broken:
                f.write("%s\t%s\t%s\n" % (where, kind, pid))
        print("gen_corpus: %d broken %s of %d: %s" % (len(broken), unit, n,
              ",".join(str(b[0]) for b in broken) or "-"), file=sys.stderr)
    if not a.quiet:
        print("gen_corpus: wrote %d pages, %d bytes (uncompressed) to %s" % (n, total, out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
