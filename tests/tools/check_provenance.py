#!/usr/bin/python3
"""Checks the provenance contract on policy-extract output, independently of the C++ code.

For every mention (and every article title and block) of every record, reads the source as
delivered -- the file's bytes; for JSONL the decoded string field named in source.field; for a
transcoded file its UTF-8 decoding -- and checks that

    source_bytes[byte_start:byte_end] == text.encode()  and  source_chars[char_start:char_end] == text

Usage: check_provenance.py RECORDS.jsonl [RECORDS.jsonl ...]
Prints the number of spans checked; exits 1 on the first few failures (listed).
"""
import gzip
import json
import sys


def load_source(src, cache):
    key = (src["uri"], src.get("line"))
    if key in cache:
        return cache[key]
    with open(src["uri"], "rb") as f:
        raw = f.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    if src.get("line"):
        line = raw[src["byte_offset"]:src["byte_offset"] + src["byte_length"]]
        obj = json.loads(line)
        data = obj[src["field"]].encode("utf-8")
    else:
        enc = src.get("encoding", "utf-8")
        if enc == "utf-8":
            data = raw
        else:
            pyenc = {"utf-16le": "utf-16-le", "utf-16be": "utf-16-be", "gb18030": "gb18030", "big5": "big5"}[enc]
            body = raw[2:] if enc.startswith("utf-16") else raw
            data = body.decode(pyenc).encode("utf-8")
    text = data.decode("utf-8")
    cache[key] = (data, text)
    return cache[key]


def check_span(data, text, span, surface, where, failures):
    b = data[span["byte_start"]:span["byte_end"]]
    c = text[span["char_start"]:span["char_end"]]
    if surface is not None and (b != surface.encode("utf-8") or c != surface):
        failures.append(f"{where}: text {surface!r} but bytes give {b.decode('utf-8', 'replace')!r}, chars give {c!r}")
        return
    if b.decode("utf-8", "replace") != c:
        failures.append(f"{where}: byte span {b!r} and char span {c!r} disagree")


def main(paths):
    cache, failures, checked = {}, [], 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                r = json.loads(line)
                data, text = load_source(r["source"], cache)
                rid = r["record_id"]
                for m in r["mentions"]:
                    check_span(data, text, m["span"], m["text"], f"{path}:{n} {rid} {m['id']}", failures)
                    checked += 1
                art = r["article"]
                check_span(data, text, art["title_span"], None, f"{path}:{n} {rid} title", failures)
                checked += 1
                for i, b in enumerate(art["blocks"]):
                    check_span(data, text, b["span"], None, f"{path}:{n} {rid} block {i}", failures)
                    checked += 1
    print(f"provenance: {checked} spans checked in {len(paths)} file(s), {len(failures)} failures")
    for fl in failures[:20]:
        print("  " + fl)
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
