"""Helpers that turn hand-written mention lists (specs/*.py) into gold JSONL.

A spec is a list of mentions in reading order; each is located in the normalised text by
searching forward from the end of the previous mention (`After(anchor)` moves the cursor past an
anchor first).  Values of regions come from data/gazetteer/divisions.tsv by code, phone area
codes/cities from data/gazetteer/area_codes.tsv; everything else is written by hand in the spec.
"""
import argparse
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
GAZ = os.path.join(REPO, "data", "gazetteer")


def parse_set(description=None, extra=None):
    """Parse `--set DIR` (default samples/heldout; a relative DIR is taken from the repository
    root).  The set's pages/, normalized/ and gold/ live in DIR, its spec files in DIR/tools/.
    `extra(parser)` may add more arguments.  Returns (set directory, parsed arguments)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--set", default=os.path.join("samples", "heldout"),
                    help="evaluation set directory (default: samples/heldout)")
    if extra:
        extra(ap)
    args = ap.parse_args()
    root = args.set if os.path.isabs(args.set) else os.path.join(REPO, args.set)
    assert os.path.isdir(root), root
    return os.path.normpath(root), args


def write_pages_jsonl(script_file, name, records):
    """Writes records (dicts) one per line as JSON to <set>/pages/<name>, the set being the one whose
    tools/ directory holds script_file (the calling make_*.py)."""
    out = os.path.join(os.path.dirname(os.path.abspath(script_file)), "..", "pages", name)
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _tsv(name):
    with open(os.path.join(GAZ, name), encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]


DIV = {r[0]: r for r in _tsv("divisions.tsv")}
AREA = {}
for r in _tsv("area_codes.tsv"):
    AREA.setdefault(r[0], []).append(r)


def region_value(code):
    code_, level, name, _short, _parent, prov, city = DIV[code]
    return {"code": code_, "level": level, "province": prov,
            "city": (city or None) if level != "province" else None,
            "county": name if level == "county" else None}


class After:
    def __init__(self, anchor):
        self.anchor = anchor


class Article:
    """The mentions after this marker belong to `key` (`related-01` ...) instead of `main`."""
    def __init__(self, key):
        self.key = key


def m(type_, text, value, **flags):
    d = {"type": type_, "text": text, "value": value}
    d.update(flags)
    return d


def R(text, code, **flags):
    assert code in DIV, code
    return m("region", text, region_value(code), **flags)


def D(text, value, **flags):
    return m("date", text, value, **flags)


def DR(text, start, end, **flags):
    return m("daterange", text, {"start": start, "end": end}, **flags)


def P(text, value, **flags):
    return m("percent", text, value, **flags)


def M(text, value, currency="CNY", **flags):
    if isinstance(value, tuple):
        value = {"min": value[0], "max": value[1]}
        flags.setdefault("qualifier", "range")
    d = m("money", text, value, currency=currency)
    d.update(flags)
    return d


def C(text, value, unit, **flags):
    return m("count", text, value, unit=unit, **flags)


def T(text, value, unit, **flags):
    if isinstance(value, tuple):
        value = {"min": value[0], "max": value[1]}
    return m("duration", text, value, unit=unit, **flags)


SERVICE = {"12333", "12345", "12320", "12393", "120", "110", "119", "114"}


def PH(text, city=None, inferred_code=None):
    digits = re.sub(r"\D", "", text)
    if digits in SERVICE or (digits.startswith("95") and len(digits) == 5):
        return m("phone", text, digits, kind="service")
    if len(digits) == 11 and digits[0] == "1":
        return m("phone", text, "+86" + digits, kind="mobile")
    if digits[:3] in ("400", "800"):
        return m("phone", text, "+86" + digits, kind="toll_free")
    if digits[0] == "0":
        code = digits[:3] if digits[:3] in AREA else digits[:4]
        rows = AREA[code]
        names = [r[2] for r in rows]
        if city is None:
            assert len(names) == 1, (code, names)
            city = names[0]
        assert city in names, (code, city, names)
        return m("phone", text, "+86" + digits[1:], kind="fixed", area_code=code, area_city=city)
    # local number completed from the article's region
    assert inferred_code, text
    rows = AREA[inferred_code]
    names = [r[2] for r in rows]
    if city is None:
        assert len(names) == 1
        city = names[0]
    assert city in names
    return m("phone", text, "+86" + inferred_code[1:] + digits, kind="fixed",
             area_code=inferred_code, area_code_inferred=True, area_city=city)


def E(text):
    return m("email", text, text)


def U(text):
    return m("url", text, text)


KEY_ORDER = ["article", "type", "text", "char_start", "char_end", "value"]


def locate(doc, text, spec, article="main"):
    out, cur = [], 0
    for item in spec:
        if isinstance(item, Article):
            article = item.key
            continue
        if isinstance(item, After):
            i = text.find(item.anchor, cur)
            assert i >= 0, (doc, "anchor", item.anchor, cur)
            cur = i + len(item.anchor)
            continue
        i = text.find(item["text"], cur)
        assert i >= 0, (doc, "not found after %d" % cur, item["text"])
        j = i + len(item["text"])
        # numeric boundary guard: a mention must not start/end inside a number
        guard = not item.get("_nb")
        if guard and item["text"][0].isdigit() and i > 0 and (text[i - 1].isdigit() or text[i - 1] == "."):
            raise AssertionError((doc, "starts inside a number", item["text"], text[i - 5:j + 5]))
        if guard and item["text"][-1].isdigit() and j < len(text) and text[j].isdigit():
            raise AssertionError((doc, "ends inside a number", item["text"], text[i - 5:j + 5]))
        rec = {"article": article, "type": item["type"], "text": item["text"],
               "char_start": i, "char_end": j, "value": item["value"]}
        for k, v in item.items():
            if k not in rec and not k.startswith("_"):
                rec[k] = v
        out.append(rec)
        cur = j
    return out
