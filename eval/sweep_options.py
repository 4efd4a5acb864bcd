#!/usr/bin/env python3
"""Summarises every sentence of real articles alone, and each with the next, under small word
limits, the headline type and a tiny ratio: the paths that cut a sentence short (SEL-6), which
generated text and the fuzzer reach only rarely. A panic aborts the CLI, so the calls go in
batches, and a batch that fails is bisected to the first call that fails alone.

    python3 eval/sweep_options.py target/release/nutshell ../shared/data/news/*.jsonl

Reads JSONL files with a "text" field; prints the number of calls and of failing batches, and
exits 1 if any batch failed. Against the build before ce29b1f, whose headline cut panicked on
short sentences that open like a leading phrase, every batch failed; none fails since.
"""

import json
import random
import subprocess
import sys

BATCH = 20_000


def sentences_of(cli, texts):
    lines = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts))
    out = subprocess.run([cli, "split", "--jsonl"], input=lines, capture_output=True, text=True, check=True)
    return [json.loads(line)["sentences"] for line in out.stdout.splitlines()]


def calls(sentences, rng):
    for sents in sentences:
        for i, text in enumerate(sents):
            for options in (
                {"words": rng.randint(1, 10)},
                {"type": "headline"},
                {"ratio": 0.01},
                {"type": "tldr", "words": rng.randint(1, 4)},
            ):
                yield json.dumps({"id": "one", "text": text, **options})
            if i + 1 < len(sents):
                yield json.dumps({"id": "two", "text": f"{text} {sents[i + 1]}", "words": rng.randint(1, 12)})


def fails(cli, lines):
    done = subprocess.run([cli, "summarize", "--jsonl"], input="\n".join(lines) + "\n", capture_output=True, text=True)
    return done.returncode != 0 or done.stdout.count("\n") != len(lines), done.stderr


def first_failure(cli, batch):
    """The first line of `batch` (which fails as a whole) that fails: the shortest prefix of
    `batch` that fails ends with it, found by bisection."""
    lo, hi = 0, len(batch)  # batch[:hi] fails, batch[:lo] does not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fails(cli, batch[:mid])[0]:
            hi = mid
        else:
            lo = mid
    return batch[lo]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    cli, paths = sys.argv[1], sys.argv[2:]
    texts = [r["text"] for p in paths for r in map(json.loads, open(p, encoding="utf-8")) if r.get("text")]
    lines = list(calls(sentences_of(cli, texts), random.Random(7)))
    failed = 0
    for k in range(0, len(lines), BATCH):
        batch = lines[k : k + BATCH]
        failing, stderr = fails(cli, batch)
        if failing:
            failed += 1
            print(f"batch {k // BATCH} failed, first at: {first_failure(cli, batch)[:300]}")
            print(next(iter(stderr.strip().splitlines()), ""))
    print(f"{len(lines)} calls from {len(texts)} articles; {failed} of {-(-len(lines) // BATCH)} batches failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
