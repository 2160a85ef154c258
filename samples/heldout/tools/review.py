#!/usr/bin/env python3
"""Reviewer aid: show a document with gold spans bracketed, then list what the gold leaves out
that looks like a candidate (digits, Chinese numerals + classifier, gazetteer names), so each
omission can be checked against the guidelines by eye.  Usage: review.py [--set DIR] DOC
(default set samples/heldout)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gold_lib  # noqa: E402

ROOT, args = gold_lib.parse_set(__doc__, lambda ap: ap.add_argument("doc"))
doc = args.doc
text = open(os.path.join(ROOT, "normalized", doc + ".txt"), encoding="utf-8").read()
gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold", doc + ".jsonl"), encoding="utf-8")]
covered = [False] * len(text)
out, cur = [], 0
for g in gold:
    out.append(text[cur:g["char_start"]])
    out.append("[" + g["text"] + "|" + g["type"][:3] + "]")
    cur = g["char_end"]
    for k in range(g["char_start"], g["char_end"]):
        covered[k] = True
out.append(text[cur:])
print("".join(out))
print("---- uncovered candidates ----")
pat = re.compile(r"[0-9][0-9.,:\-~]*|[一二两三四五六七八九十百千万〇零]+[个名家人次种类位项条件例年月日天周岁成倍分]")
for mm in pat.finditer(text):
    if not any(covered[mm.start():mm.end()]):
        print("  %-12s %s" % (mm.group(), text[max(0, mm.start() - 8):mm.end() + 8].replace("\n", "⏎")))
names = set()
for r in gold_lib.DIV.values():
    names.add(r[2])
    for s in r[3].split("|"):
        if len(s) >= 2:
            names.add(s)
hits = []
for n in names:
    for mm in re.finditer(re.escape(n), text):
        if not any(covered[mm.start():mm.end()]):
            hits.append((mm.start(), n))
for i, n in sorted(hits):
    print("  place? %-8s %s" % (n, text[max(0, i - 6):i + len(n) + 6].replace("\n", "⏎")))
