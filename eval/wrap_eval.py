#!/usr/bin/env python3
"""Splits real articles as they are and wrapped at a width, as mail, plain-text files and PDFs
wrap them, and counts the articles whose sentences come out the same (SEG-3).

    python3 eval/wrap_eval.py target/release/nutshell ../shared/data/news/bbc_news_summary.jsonl

Each paragraph (the text's blank-line- or line-separated parts) is wrapped on its own, at each of
`--widths` characters (monospace, like `fmt` or a mail client), and at each of `--pdf` em widths
in a proportional font (approximate Helvetica advance widths, as a PDF's text comes out when
copied). Sentences are compared with whitespace collapsed, and a word that the wrap broke at its
hyphen is read whole. Prints one row per wrap; `--show n` prints the first n differing articles
of each as a diff of their sentences. Records with `duplicate_of` are skipped.
"""

import argparse
import difflib
import json
import re
import subprocess
import textwrap

NARROW, WIDE = set("fijlrt.,'"), {"m": 0.83, "w": 0.72, "M": 0.83, "W": 0.94}


def advance(c):
    """The width of `c` in ems, near Helvetica's."""
    if c in WIDE:
        return WIDE[c]
    if c in NARROW or c == " ":
        return 0.27
    if c.isupper():
        return 0.3 if c in "IJ" else 0.68
    return 0.56 if c.isdigit() else 0.5


def wrap_proportional(paragraph, ems):
    lines, line, width = [], [], 0.0
    for word in paragraph.split():
        w = sum(map(advance, word))
        if line and width + advance(" ") + w > ems:
            lines.append(" ".join(line))
            line, width = [], 0.0
        width += (advance(" ") if line else 0) + w
        line.append(word)
    return "\n".join(lines + [" ".join(line)] if line else lines)


def wrapped(text, wrap):
    sep = "\n\n" if "\n\n" in text else "\n"
    return sep.join(wrap(p) for p in text.split(sep))


def split(cli, texts):
    lines = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts))
    out = subprocess.run([cli, "split", "--jsonl"], input=lines, capture_output=True, text=True, check=True)
    norm = lambda s: re.sub(r"(\w)- (\w)", r"\1-\2", " ".join(s.split()))
    return [[norm(s) for s in json.loads(line)["sentences"]] for line in out.stdout.splitlines()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cli")
    ap.add_argument("data")
    ap.add_argument("--widths", default="50,72", help="monospace widths in characters")
    ap.add_argument("--pdf", default="40", help="proportional widths in ems")
    ap.add_argument("--limit", type=int, default=0, help="the first n usable articles")
    ap.add_argument("--show", type=int, default=0, help="differing articles printed per wrap")
    args = ap.parse_args()

    texts = []
    for line in open(args.data, encoding="utf-8"):
        record = json.loads(line)
        if not record.get("duplicate_of"):
            texts.append(record["text"])
        if args.limit and len(texts) >= args.limit:
            break
    plain = split(args.cli, texts)
    wraps = [(f"{w} characters", lambda p, w=int(w): textwrap.fill(p, w)) for w in args.widths.split(",") if w]
    wraps += [(f"{e} ems, proportional", lambda p, e=float(e): wrap_proportional(p, e)) for e in args.pdf.split(",") if e]
    print(f"| wrapped at | articles | split the same | % | sentences, unwrapped → wrapped |")
    print("|---|---:|---:|---:|---|")
    for name, wrap in wraps:
        got = split(args.cli, [wrapped(t, wrap) for t in texts])
        same = sum(a == b for a, b in zip(plain, got))
        counts = f"{sum(map(len, plain))} → {sum(map(len, got))}"
        print(f"| {name} | {len(texts)} | {same} | {100 * same / max(len(texts), 1):.1f} | {counts} |")
        shown = 0
        for i, (a, b) in enumerate(zip(plain, got)):
            if a != b and shown < args.show:
                shown += 1
                print(f"  article {i}:")
                for d in difflib.unified_diff(a, b, lineterm="", n=0):
                    if d[:1] in "-+" and d[:3] not in ("---", "+++"):
                        print("    " + d[:200])


if __name__ == "__main__":
    main()
