#!/usr/bin/env python3
"""A worst case for per-page work that grows faster than the page: one page of plain text written on
a single line, dense with district names that several cities share (鼓楼区, 朝阳区, 新华区 …), each
with a count. Checks that look back over the places named before (the region extractor's settling
of units of one name) must stay linear here; bench/run.sh times it.

Usage: gen_long_line.py --out FILE [--places N] [--seed S]
"""
import argparse
import random

NAMES = ["鼓楼区", "朝阳区", "新华区", "桥西区", "和平区", "铁西区", "长宁", "宝山区", "西湖区", "城关区",
         "南京市", "福州市", "北京市", "沈阳市", "天津市", "石家庄市", "沧州市", "张家口市"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--places", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    items = (f"{rng.choice(NAMES)}医保参保人数{rng.randint(1, 999)}人" for _ in range(args.places))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("各区医保参保情况\n" + ",".join(items) + "\n")


if __name__ == "__main__":
    main()
