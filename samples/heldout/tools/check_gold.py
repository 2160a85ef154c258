#!/usr/bin/env python3
"""Check <set>/gold against <set>/normalized and the gazetteer (reads only those files); usage:
check_gold.py [--set DIR] (default samples/heldout).  Every line parses; text ==
normalized[char_start:char_end]; mentions sorted and non-overlapping; region values equal the
divisions.tsv row of their code; phone area codes and cities in area_codes.tsv; value shapes per
type.  Exit 1 on any problem."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gold_lib import AREA, DIV, parse_set, region_value  # noqa: E402

ROOT, _ = parse_set(__doc__)

TYPES = {"region", "date", "daterange", "percent", "money", "phone", "email", "url", "count", "duration"}
bad = 0


def fail(msg):
    global bad
    bad += 1
    print("FAIL", msg)


n = 0
for path in sorted(glob.glob(os.path.join(ROOT, "gold", "*.jsonl"))):
    doc = os.path.basename(path)[:-6]
    text = open(os.path.join(ROOT, "normalized", doc + ".txt"), encoding="utf-8").read()
    last = 0
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        where = "%s:%d" % (doc, ln)
        try:
            g = json.loads(line)
        except ValueError as e:
            fail("%s does not parse: %s" % (where, e))
            continue
        n += 1
        for k in ("article", "type", "text", "char_start", "char_end", "value"):
            if k not in g:
                fail("%s lacks %s" % (where, k))
        if g["type"] not in TYPES:
            fail("%s type %s" % (where, g["type"]))
        if text[g["char_start"]:g["char_end"]] != g["text"]:
            fail("%s text %r != %r" % (where, g["text"], text[g["char_start"]:g["char_end"]]))
        if g["char_start"] < last:
            fail("%s overlaps or is out of order" % where)
        last = g["char_end"]
        v = g["value"]
        if g["type"] == "region":
            if v.get("code") not in DIV or v != region_value(v["code"]):
                fail("%s region value %r" % (where, v))
        elif g["type"] == "phone":
            if g.get("kind") not in ("fixed", "mobile", "service", "toll_free"):
                fail("%s phone kind" % where)
            if "area_code" in g:
                cities = [r[2] for r in AREA.get(g["area_code"], [])]
                if g.get("area_city") not in cities:
                    fail("%s area %s/%s" % (where, g["area_code"], g.get("area_city")))
                if not v.startswith("+86" + g["area_code"][1:]):
                    fail("%s phone value %s" % (where, v))
            digits = re.sub(r"\D", "", g["text"])
            if g.get("kind") == "service" and v != digits:
                fail("%s service value" % where)
        elif g["type"] == "date":
            if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?|--\d\d(-\d\d)?|---\d\d", v):
                fail("%s date value %r" % (where, v))
        elif g["type"] == "daterange":
            if set(v) != {"start", "end"}:
                fail("%s daterange value" % where)
        elif g["type"] in ("money", "count", "duration", "percent"):
            if not (isinstance(v, (int, float)) or (isinstance(v, dict) and set(v) == {"min", "max"})):
                fail("%s numeric value %r" % (where, v))
            if g["type"] == "money" and "currency" not in g:
                fail("%s money without currency" % where)
            if g["type"] in ("count", "duration") and "unit" not in g:
                fail("%s without unit" % where)
        elif g["type"] in ("email", "url") and v != g["text"]:
            fail("%s value != text" % where)
print("%d mentions checked, %d problems" % (n, bad))
sys.exit(1 if bad else 0)
