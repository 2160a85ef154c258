#!/usr/bin/python3
"""Checks that every form of a page gives the same articles and the same values.

Usage: compare_forms.py BASE.jsonl OTHER.jsonl [OTHER.jsonl ...]
Records pair up by page name (source.id, else the file name without extensions and without a
variant prefix such as fullwidth_) and article (main, related-NN). For each pair it compares the
article (title, snippet, category, published date, block kinds) and the mentions (type,
normalised surface, value and flags). Exits 1 if any differs or a page is missing.
"""
import json
import os
import sys

VARIANT_PREFIXES = ("fullwidth_", "traditional_", "crlf_bom_", "gbk_", "utf16_")


def page_name(src):
    if "id" in src:
        return src["id"]
    name = os.path.basename(src["uri"])
    for ext in (".gz", ".jsonl", ".txt", ".html", ".htm"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    for p in VARIANT_PREFIXES:
        if name.startswith(p):
            name = name[len(p):]
    return name


def key_of(r):
    return page_name(r["source"]), r["record_id"].rsplit("/", 1)[1]


def summary(r):
    a = r["article"]
    art = (a["title"], a.get("snippet"), a["category"], a["published"], tuple(b["kind"] for b in a["blocks"]))
    ments = []
    for m in r["mentions"]:
        meaning = {k: v for k, v in m.items() if k not in ("id", "text", "normalized", "span")}
        ments.append((m["type"], m.get("normalized", m["text"]), json.dumps(meaning, sort_keys=True, ensure_ascii=False)))
    params = sorted(json.dumps({k: v for k, v in p.items() if k not in ("evidence", "mentions")}, sort_keys=True,
                               ensure_ascii=False) for p in r["parameters"])
    return art, ments, params, json.dumps(r["jurisdiction"], sort_keys=True, ensure_ascii=False)


def load(path):
    with open(path, encoding="utf-8") as f:
        return {key_of(r): r for r in map(json.loads, f)}


def main(base_path, others):
    base = load(base_path)
    bad = 0
    for path in others:
        other = load(path)
        pages = {k[0] for k in other}
        compared = 0
        for k, r in sorted(other.items()):
            b = base.get(k)
            if b is None:
                print(f"{path}: {k} has no counterpart in {base_path}")
                bad += 1
                continue
            compared += 1
            sa, sb = summary(r), summary(b)
            for name, x, y in zip(("article", "mentions", "parameters", "jurisdiction"), sa, sb):
                if x != y:
                    bad += 1
                    print(f"{path}: {k}: {name} differs")
                    if name == "mentions":
                        print("   only here:", [m for m in x if m not in y][:4])
                        print("   only in base:", [m for m in y if m not in x][:4])
                    else:
                        print("   here:", x)
                        print("   base:", y)
        for k in base:
            if k[0] in pages and k not in other:
                print(f"{path}: {k} missing")
                bad += 1
        print(f"{path}: {compared} records compared with {base_path}")
    print(f"forms: {bad} differences")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
