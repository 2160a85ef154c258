#!/usr/bin/env python3
"""Work-around for the shared normalize.py, run right after it:
    python3 samples/heldout/tools/normalize.py --set samples/heldout45
    python3 samples/heldout45/tools/t2s_normalized.py
The guidelines' normalised text is NFKC with Traditional converted to Simplified, but the shared
normalize.py applies `opencc -c t2s.json` only to pages named `traditional`/`traditional_macau`.
Every page of this set is Traditional, so this script converts the other documents' normalized
text (taiwan_guide, qa_residence_permit, hk_news and the three aggregator records) the same way, and
checks that t2s and NFKC commute on each (as normalize.py does) and that t2s is a no-op on the two
pages normalize.py already converted.  The shared tool is not changed."""
import os
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
NORM = os.path.join(HERE, "..", "normalized")


def t2s(s):
    return subprocess.run(["opencc", "-c", "t2s.json"], input=s.encode("utf-8"),
                          stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")


def main():
    for name in sorted(os.listdir(NORM)):
        path = os.path.join(NORM, name)
        text = open(path, encoding="utf-8").read()
        out = t2s(text)
        assert unicodedata.normalize("NFKC", out) == out, name
        if name[:-4] in ("traditional", "traditional_macau"):
            assert out == text, name      # normalize.py has converted these already
            continue
        with open(path, "w", encoding="utf-8") as f:
            f.write(out)
        print("%6d chars  %s (t2s)" % (len(out), name[:-4]))


if __name__ == "__main__":
    main()
