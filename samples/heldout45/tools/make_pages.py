#!/usr/bin/env python3
"""Write samples/heldout45/pages/ from the Simplified drafts in tools/drafts/, converted to
Traditional with OpenCC as the sites would write them: s2hk (Hong Kong forms) for the Hong Kong
and Macau pages and the aggregator, s2twp (Taiwan forms and vocabulary) for the Taiwan guide, s2t
(OpenCC standard Traditional, what a 繁體 toggle script produces) for the mainland Q&A page.
Hand corrections after conversion are in FIXES.  Needs `opencc` (apt-get install opencc).
Only run it when a draft changes."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = os.path.join(HERE, "drafts")
PAGES = os.path.join(HERE, "..", "pages")
sys.path.insert(0, DRAFTS)

CONFIG = {
    "traditional.txt": "s2hk.json",
    "traditional_macau.txt": "s2hk.json",
    "taiwan_guide.txt": "s2twp.json",
    "qa_residence_permit.txt": "s2t.json",
    "hk_news.html": "s2hk.json",
}
FIXES = {   # page -> [(converted, corrected)]: OpenCC's phrase slips (參 read as 蔘 ginseng, 折合 as 摺合,
    # 發布 as 釋出) and the quotes and copula the sites write
    "traditional.txt": [("多數系", "多數係")],
    "traditional_macau.txt": [("珠海蔘保", "珠海參保"), ("摺合約", "折合約"), ("“", "「"), ("”", "」")],
    "taiwan_guide.txt": [("釋出單位", "發布單位"), ("“", "「"), ("”", "」")],
    "hk_news.html": [("摺合約", "折合約")],
    "aggregator.jsonl": [("“", "「"), ("”", "」")],
    "qa_residence_permit.txt": [("持有人蔘加", "持有人參加"), ("前海蔘保", "前海參保")],
}


def cc(text, config):
    return subprocess.run(["opencc", "-c", config], input=text.encode("utf-8"),
                          stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")


def fix(name, text):
    for a, b in FIXES.get(name, []):
        assert a in text or name.endswith(".jsonl"), (name, a)
        text = text.replace(a, b)
    return text


def main():
    for name, config in CONFIG.items():
        src = open(os.path.join(DRAFTS, name), encoding="utf-8").read()
        with open(os.path.join(PAGES, name), "w", encoding="utf-8") as f:
            f.write(fix(name, cc(src, config)))
    from aggregator import RECORDS
    with open(os.path.join(PAGES, "aggregator.jsonl"), "w", encoding="utf-8") as f:
        for r in RECORDS:
            r = dict(r)
            key = "html" if "html" in r else "text"
            r[key] = fix("aggregator.jsonl", cc(r[key], "s2hk.json"))
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
