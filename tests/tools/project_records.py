#!/usr/bin/python3
"""The reviewed part of a record: what a rule-database maintainer checks (jurisdiction, whether it
is about policy, year, schemes, topics, parameters with their conditions), without spans and
mention lists (the gold annotations cover those).

Usage:
  project_records.py RECORDS.jsonl OUT_DIR       write OUT_DIR/<page>.jsonl, one line per record
  project_records.py RECORDS.jsonl --check DIR   compare with DIR/<page>.jsonl; print differences
"""
import json
import os
import sys


def page_name(src):
    return src.get("id") or os.path.basename(src["uri"]).rsplit(".", 1)[0]


def project(r):
    j = r["jurisdiction"]
    return {
        "record": r["record_id"].rsplit("/", 1)[1],
        "title": r["article"]["title"],
        "jurisdiction": {k: j[k] for k in ("level", "path", "decided_by") if k in j},
        "is_policy": r["is_policy"],
        "policy_year": r["policy_year"],
        "schemes": r["schemes"],
        "topics": r["topics"],
        "parameters": [
            {k: p[k] for k in ("kind", "value", "unit", "qualifiers", "change") if k in p} for p in r["parameters"]
        ],
    }


def load(path):
    pages = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            pages.setdefault(page_name(r["source"]), []).append(project(r))
    return pages


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def main(argv):
    pages = load(argv[1])
    if argv[2] == "--check":
        bad = 0
        for page, records in sorted(pages.items()):
            path = os.path.join(argv[3], page + ".jsonl")
            want = open(path, encoding="utf-8").read().splitlines() if os.path.exists(path) else []
            got = dump(records).splitlines()
            for i in range(max(len(want), len(got))):
                w = want[i] if i < len(want) else None
                g = got[i] if i < len(got) else None
                if w != g:
                    bad += 1
                    print(f"{page} record {i}:\n  expected {w}\n  got      {g}")
        print(f"expected: {sum(len(r) for r in pages.values())} records compared, {bad} differ")
        return 1 if bad else 0
    os.makedirs(argv[2], exist_ok=True)
    for page, records in sorted(pages.items()):
        with open(os.path.join(argv[2], page + ".jsonl"), "w", encoding="utf-8") as f:
            f.write(dump(records))
    print(f"wrote {len(pages)} pages to {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
