#!/usr/bin/env python3
"""Write <set>/normalized/<doc>.txt: the text the gold offsets index.  Usage: normalize.py
[--set DIR] (default samples/heldout; the set's pages are read from DIR/pages/).

.txt pages: NFKC of the file (full-width ASCII variants -> ASCII, U+3000 -> space);
traditional.txt (and heldout3's traditional_macau.txt) additionally go through `opencc -c t2s.json` (Traditional -> Simplified)
before NFKC.  .html fragments: visible text as samples/make_samples.py's VisibleText extracts it,
one block per line, whitespace collapsed inside each line, then NFKC.  mixed.jsonl: one document
per record, named by the record's id (the evaluator matches records to gold by source.id); a
`text` record (or a `content` one:
heldout4) is NFKC of the field, an `html` record is treated like an .html fragment.
"""
import json
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # samples/ (for make_samples.VisibleText)
sys.path.insert(0, HERE)
from make_samples import VisibleText, visible_lines  # noqa: E402
from gold_lib import parse_set  # noqa: E402

ROOT = None                                       # the set directory, set by main()

TRADITIONAL = {"traditional", "traditional_macau"}   # samples/heldout, samples/heldout3


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def t2s(s):
    return subprocess.run(["opencc", "-c", "t2s.json"], input=s.encode("utf-8"),
                          stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")


def html_text(doc):
    p = VisibleText()
    p.feed(doc)
    p.close()
    return nfkc("\n".join(visible_lines(p.text())) + "\n")


def documents():
    pages = os.path.join(ROOT, "pages")
    for name in sorted(os.listdir(pages)):
        path = os.path.join(pages, name)
        stem, ext = os.path.splitext(name)
        raw = open(path, encoding="utf-8").read()
        if ext == ".txt":
            if stem in TRADITIONAL:
                a, b = nfkc(t2s(raw)), t2s(nfkc(raw))
                assert a == b, "NFKC and t2s do not commute on " + name
                yield stem, a
            else:
                yield stem, nfkc(raw)
        elif ext == ".html":
            yield stem, html_text(raw)
        elif ext == ".jsonl":
            for line in raw.splitlines():
                rec = json.loads(line)
                if "html" in rec:
                    yield rec["id"], html_text(rec["html"])
                else:   # `text`, or `content` (docs/bad_input.md: a record needs text, content or html)
                    yield rec["id"], nfkc(rec["text"] if "text" in rec else rec["content"])


def main():
    global ROOT
    ROOT, _ = parse_set(__doc__)
    out = os.path.join(ROOT, "normalized")
    os.makedirs(out, exist_ok=True)
    for doc, text in documents():
        with open(os.path.join(out, doc + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        print("%6d chars  %s" % (len(text), doc))


if __name__ == "__main__":
    main()
