#!/usr/bin/env python3
"""Build <set>/gold/<doc>.jsonl from <set>/tools/spec_<doc>.py and check it.  Usage:
build_gold.py [--set DIR] (default samples/heldout).

Run tools/normalize.py (with the same --set) first.  Checks: every mention is found in order in
the normalised text, text == normalized[char_start:char_end], no two mentions overlap, region
codes exist in divisions.tsv, phone area codes in area_codes.tsv.
"""
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gold_lib  # noqa: E402

KEYS = ["article", "type", "text", "char_start", "char_end", "value"]


def load_spec(path):
    mod = os.path.basename(path)[:-3]
    loader = importlib.util.spec_from_file_location(mod, path)
    spec = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(spec)
    return mod, spec


def main():
    ROOT, _ = gold_lib.parse_set(__doc__)
    total = {}
    for spec_path in sorted(glob.glob(os.path.join(ROOT, "tools", "spec_*.py"))):
        mod, spec = load_spec(spec_path)
        for doc, items in (spec.DOCS.items() if hasattr(spec, "DOCS") else [(mod[5:], spec.SPEC)]):
            text = open(os.path.join(ROOT, "normalized", doc + ".txt"), encoding="utf-8").read()
            recs = gold_lib.locate(doc, text, items)
            last = -1
            for r in recs:
                assert text[r["char_start"]:r["char_end"]] == r["text"]
                assert r["char_start"] >= last, ("overlap", doc, r)
                last = r["char_end"]
                if r["type"] == "region":
                    assert r["value"]["code"] in gold_lib.DIV
                if r["type"] == "phone" and "area_code" in r:
                    assert r["area_code"] in gold_lib.AREA
                total.setdefault(doc, {}).setdefault(r["type"], 0)
                total[doc][r["type"]] += 1
            with open(os.path.join(ROOT, "gold", doc + ".jsonl"), "w", encoding="utf-8") as f:
                for r in recs:
                    ordered = {k: r[k] for k in KEYS}
                    ordered.update({k: v for k, v in r.items() if k not in KEYS})
                    f.write(json.dumps(ordered, ensure_ascii=False) + "\n")
    types = ["region", "date", "daterange", "percent", "money", "phone", "email", "url", "count", "duration"]
    print("%-16s" % "doc" + "".join("%10s" % t[:9] for t in types) + "%8s" % "all")
    sums = dict.fromkeys(types, 0)
    for doc in sorted(total):
        row = total[doc]
        for t in types:
            sums[t] += row.get(t, 0)
        print("%-16s" % doc + "".join("%10d" % row.get(t, 0) for t in types) + "%8d" % sum(row.values()))
    print("%-16s" % "TOTAL" + "".join("%10d" % sums[t] for t in types) + "%8d" % sum(sums.values()))


if __name__ == "__main__":
    main()
