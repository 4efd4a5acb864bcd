"""ROUGE and key-fact recall of Nutshell against Lead-k on a JSONL news set.

Run through eval/run_eval.sh (it builds the CLI and the venv); see eval/README.md for what
each figure means. In short:

    DATA=../shared/data/news/cnn_dev.jsonl K=3 eval/run_eval.sh
    python eval/rouge_eval.py --data FILE --k 3|ref [--limit N] [--oracle] [--dump-sentences]
"""

import argparse
import collections
import json
import os
import sys

from rouge_score import rouge_scorer, tokenizers

import keyfacts
from nutshell_cli import CliFailure, run_jsonl

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
COLUMNS = ("R-1", "R-2", "R-L", "R-Lsum")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, help="JSONL of {id, text, summary}")
    parser.add_argument("--k", default="3", help="sentences per summary, or 'ref'")
    parser.add_argument("--limit", type=int, default=None, help="first N usable records")
    parser.add_argument("--bin", default="target/release/nutshell", help="the nutshell CLI")
    parser.add_argument("--out-dir", default="eval/out")
    parser.add_argument("--oracle", action="store_true", help="also a greedy extractive oracle")
    parser.add_argument(
        "--dump-sentences",
        action="store_true",
        help="write every sentence with its ROUGE against the reference (for inspection)",
    )
    args = parser.parse_args()
    if args.k != "ref" and not (args.k.isdigit() and int(args.k) > 0):
        parser.error(f"K must be a positive number or 'ref', not {args.k!r}")
    if args.limit is not None and args.limit < 0:
        parser.error("LIMIT must not be negative")
    return args


# ---------------------------------------------------------------------------------------------
# Data


def reference_lines(summary):
    return [line.strip() for line in summary.split("\n") if line.strip()]


def load_articles(path, k, limit):
    """The usable records: a non-empty text and summary, not a `duplicate_of` another.

    Returns (articles, skipped) where each article is {id, text, reference (lines), k}.
    """
    articles, skipped = [], collections.Counter()
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if limit is not None and len(articles) >= limit:
                break
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("duplicate_of") is not None:
                skipped["duplicate_of"] += 1
                continue
            text, summary = record.get("text"), record.get("summary")
            if not isinstance(text, str) or not text.strip():
                skipped["no text"] += 1
                continue
            reference = reference_lines(summary) if isinstance(summary, str) else []
            if not reference:
                skipped["no summary"] += 1
                continue
            articles.append({
                "id": record.get("id", f"line-{number}"),
                "text": text,
                "reference": reference,
                "k": len(reference) if k == "ref" else int(k),
            })
    return articles, skipped


# ---------------------------------------------------------------------------------------------
# The two systems, one CLI run each


def run_systems(binary, articles):
    """Nutshell summaries and Lead-k (our splitter's first k sentences) for every article.

    Returns per-article sentence lists for each, the errors, the article sentences, and timings.
    """
    summarize_in = [{"id": a["id"], "text": a["text"], "k": a["k"]} for a in articles]
    summaries, summarize_seconds = run_jsonl(binary, ["summarize"], summarize_in)
    split_in = [{"id": a["id"], "text": a["text"]} for a in articles]
    splits, split_seconds = run_jsonl(binary, ["split"], split_in)
    errors = {"nutshell": [], "lead": []}
    for article, summary, split in zip(articles, summaries, splits):
        article["nutshell"] = sentences_of(summary, "sentences", errors["nutshell"], article)
        article["sentences"] = sentences_of(split, "sentences", errors["lead"], article)
        article["lead"] = article["sentences"][: article["k"]]
    return errors, {"summarize": summarize_seconds, "split": split_seconds}


def sentences_of(result, key, errors, article):
    """The result's sentence list; an error line (or a malformed one) counts as an empty one."""
    value = result.get(key)
    if "error" in result or not isinstance(value, list):
        errors.append({"id": article["id"], "error": result.get("error", f"no `{key}` list")})
        return []
    return [s for s in value if isinstance(s, str)]


# ---------------------------------------------------------------------------------------------
# Scores


def words(text):
    """Whitespace-separated tokens holding at least one letter or digit."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def score_summary(scorer, reference, sentences):
    """ROUGE F1 (x100), key facts and length of one summary against its reference lines."""
    target, prediction = "\n".join(reference), "\n".join(sentences)
    rouge = scorer.score(target, prediction)
    reference_facts = keyfacts.facts(" ".join(reference))
    offered = keyfacts.summary_facts(" ".join(sentences))
    scores = {name: round(100 * rouge[t].fmeasure, 4) for name, t in zip(COLUMNS, ROUGE_TYPES)}
    scores["facts"] = len(reference_facts)
    scores["facts_recalled"] = sorted(reference_facts & offered)
    scores["words"] = words(prediction)
    scores["sentences"] = len(sentences)
    return scores


def ngram_counts(tokens, n):
    return collections.Counter(zip(*(tokens[i:] for i in range(n))))


def f1(overlap, candidate, target):
    if not overlap:
        return 0.0
    precision, recall = overlap / candidate, overlap / target
    return 2 * precision * recall / (precision + recall)


def greedy_oracle(tokenizer, reference, sentences, k):
    """Up to k sentences, added one at a time, each the one that most raises R-1 F1 + R-2 F1
    against the reference; stops when no sentence raises it. Their indexes, in source order."""
    target_tokens = tokenizer.tokenize(" ".join(reference))
    targets = [ngram_counts(target_tokens, n) for n in (1, 2)]
    target_sizes = [max(sum(t.values()), 1) for t in targets]
    pieces = [tokenizer.tokenize(s) for s in sentences]
    chosen, tokens, best = [], [], 0.0
    while len(chosen) < k:
        best_index = None
        for i, piece in enumerate(pieces):
            if i in chosen or not piece:
                continue
            # Bigrams across the seam are not real; score sentences joined by a gap.
            gain = oracle_gain(tokens + [None] + piece, targets, target_sizes)
            if gain > best:
                best, best_index = gain, i
        if best_index is None:
            break
        chosen.append(best_index)
        tokens = tokens + [None] + pieces[best_index]
    return sorted(chosen)


def oracle_gain(tokens, targets, target_sizes):
    total = 0.0
    for n, target, size in zip((1, 2), targets, target_sizes):
        counts = ngram_counts(tokens, n)
        counts = {g: c for g, c in counts.items() if None not in g}
        overlap = sum(min(c, target.get(g, 0)) for g, c in counts.items())
        total += f1(overlap, max(sum(counts.values()), 1), size)
    return total


def sentence_labels(tokenizer, reference, sentences, oracle_indexes):
    """Per-sentence ROUGE-1/2 precision and recall against the reference, and oracle membership:
    the labels a weight fit learns from."""
    target_tokens = tokenizer.tokenize(" ".join(reference))
    targets = [ngram_counts(target_tokens, n) for n in (1, 2)]
    rows = []
    for index, sentence in enumerate(sentences):
        tokens = tokenizer.tokenize(sentence)
        row = {"index": index, "text": sentence, "words": words(sentence)}
        for n, target in zip((1, 2), targets):
            counts = ngram_counts(tokens, n)
            overlap = sum(min(c, target.get(g, 0)) for g, c in counts.items())
            row[f"r{n}_precision"] = round(overlap / max(sum(counts.values()), 1), 4)
            row[f"r{n}_recall"] = round(overlap / max(sum(target.values()), 1), 4)
        row["in_oracle"] = index in oracle_indexes
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------
# Summing up


def aggregate(articles, system):
    """Mean ROUGE, micro and macro key-fact recall, per-kind recall and mean length."""
    rows = [a["scores"][system] for a in articles]
    n = max(len(rows), 1)
    out = {name: sum(r[name] for r in rows) / n for name in COLUMNS}
    total = sum(r["facts"] for r in rows)
    recalled = sum(len(r["facts_recalled"]) for r in rows)
    out["facts_micro"] = 100 * recalled / total if total else 0.0
    with_facts = [len(r["facts_recalled"]) / r["facts"] for r in rows if r["facts"]]
    out["facts_macro"] = 100 * sum(with_facts) / len(with_facts) if with_facts else 0.0
    out["by_kind"] = facts_by_kind(articles, system)
    out["words"] = sum(r["words"] for r in rows) / n
    out["sentences"] = sum(r["sentences"] for r in rows) / n
    return out


def facts_by_kind(articles, system):
    total, recalled = collections.Counter(), collections.Counter()
    for article in articles:
        for fact in article["reference_facts"]:
            total[keyfacts.kind(fact)] += 1
        for fact in article["scores"][system]["facts_recalled"]:
            recalled[keyfacts.kind(fact)] += 1
    return {k: (100 * recalled[k] / total[k] if total[k] else None, total[k]) for k in keyfacts.KINDS}


def report(name, args, articles, systems, skipped, errors, seconds):
    """The markdown report: the main table, key facts by kind, and notes."""
    k = "ref" if args.k == "ref" else args.k
    lead = "Lead-k (k = reference's count)" if args.k == "ref" else f"Lead-{k}"
    labels = {"nutshell": "Nutshell", "lead": lead, "oracle": f"Oracle (greedy, ≤ {k} sentences)"}
    n = len(articles)
    lines = [
        f"## {name}, k = {k}" + (f", first {args.limit} usable" if args.limit else ""),
        "",
        f"{n} articles. ROUGE F1 ×100 (Google rouge-score, stemming on), mean over articles; "
        "key-fact recall micro-averaged over all reference facts.",
        "",
        "| system | R-1 | R-2 | R-L | R-Lsum | key-fact recall | avg words |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for system, agg in systems.items():
        cells = [f"{agg[c]:.2f}" for c in COLUMNS]
        lines.append(
            f"| {labels[system]} | {' | '.join(cells)} | {agg['facts_micro']:.1f}% | "
            f"{agg['words']:.1f} |"
        )
    lines += ["", "Key-fact recall by kind (recalled / reference facts of that kind):", ""]
    lines += ["| system | micro | macro | " + " | ".join(keyfacts.KINDS) + " |"]
    lines += ["|---|---:|---:|" + "---:|" * len(keyfacts.KINDS)]
    for system, agg in systems.items():
        kinds = [
            "—" if share is None else f"{share:.1f}%" for share, _ in agg["by_kind"].values()
        ]
        lines.append(
            f"| {labels[system]} | {agg['facts_micro']:.1f}% | {agg['facts_macro']:.1f}% | "
            + " | ".join(kinds) + " |"
        )
    lines += ["", *notes(articles, systems, skipped, errors, seconds)]
    return "\n".join(lines) + "\n"


def notes(articles, systems, skipped, errors, seconds):
    n = max(len(articles), 1)
    reference_words = sum(words(" ".join(a["reference"])) for a in articles) / n
    reference_sentences = sum(len(a["reference"]) for a in articles) / n
    total_facts = sum(len(a["reference_facts"]) for a in articles)
    in_article = sum(len(a["reference_facts"] & a["article_facts"]) for a in articles)
    kinds = collections.Counter(keyfacts.kind(f) for a in articles for f in a["reference_facts"])
    megabytes = sum(len(a["text"].encode()) for a in articles) / 1e6
    out = [
        f"- Reference: {reference_words:.1f} words, {reference_sentences:.2f} sentences on "
        f"average; Nutshell {systems['nutshell']['sentences']:.2f} sentences, "
        f"Lead-k {systems['lead']['sentences']:.2f}.",
        f"- Reference facts: {total_facts} ("
        + ", ".join(f"{kinds[k]} {k}" for k in keyfacts.KINDS)
        + f"); {100 * in_article / max(total_facts, 1):.1f}% of them are in the article text "
        "(the ceiling for an extractive summary).",
        f"- CLI wall time: `nutshell summarize --jsonl` {seconds['summarize']:.3f} s for "
        f"{len(articles)} articles ({len(articles) / max(seconds['summarize'], 1e-9):.0f} "
        f"articles/s, {megabytes / max(seconds['summarize'], 1e-9):.1f} MB/s of text); "
        f"`nutshell split --jsonl` {seconds['split']:.3f} s.",
    ]
    if skipped:
        out.append("- Skipped records: " + ", ".join(f"{v} {k}" for k, v in skipped.items()) + ".")
    for system, label in (("nutshell", "summarize"), ("lead", "split")):
        if errors[system]:
            shown = "; ".join(f"{e['id']}: {e['error']}" for e in errors[system][:5])
            out.append(
                f"- **{len(errors[system])} `{label}` error lines** (scored as empty "
                f"summaries): {shown}"
            )
    return out


def main():
    args = parse_args()
    name = os.path.splitext(os.path.basename(args.data))[0]
    articles, skipped = load_articles(args.data, args.k, args.limit)
    if not articles:
        sys.exit(f"rouge_eval: no usable records in {args.data}")
    try:
        errors, seconds = run_systems(args.bin, articles)
    except CliFailure as failure:
        sys.exit(f"rouge_eval: {failure}")

    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)
    system_names = ["nutshell", "lead"] + (["oracle"] if args.oracle else [])
    os.makedirs(args.out_dir, exist_ok=True)
    stem = os.path.join(args.out_dir, f"{name}-k{args.k}")
    dump = open(stem + "-sentences.jsonl", "w", encoding="utf-8") if args.dump_sentences else None
    with open(stem + ".jsonl", "w", encoding="utf-8") as out:
        for article in articles:
            need_oracle = args.oracle or dump
            if need_oracle:
                article["oracle_indexes"] = greedy_oracle(
                    tokenizer, article["reference"], article["sentences"], article["k"]
                )
                article["oracle"] = [article["sentences"][i] for i in article["oracle_indexes"]]
            article["reference_facts"] = keyfacts.facts(" ".join(article["reference"]))
            article["article_facts"] = keyfacts.summary_facts(article["text"])
            article["scores"] = {
                s: score_summary(scorer, article["reference"], article[s]) for s in system_names
            }
            out.write(json.dumps(per_article(article, system_names), ensure_ascii=False) + "\n")
            if dump:
                row = {"id": article["id"], "k": article["k"], "sentences": sentence_labels(
                    tokenizer, article["reference"], article["sentences"], article["oracle_indexes"])}
                dump.write(json.dumps(row, ensure_ascii=False) + "\n")
    if dump:
        dump.close()

    systems = {s: aggregate(articles, s) for s in system_names}
    markdown = report(name, args, articles, systems, skipped, errors, seconds)
    with open(stem + ".md", "w", encoding="utf-8") as md:
        md.write(markdown)
    print(markdown)
    print(f"Per-article outputs: {stem}.jsonl; this table: {stem}.md"
          + (f"; sentences: {stem}-sentences.jsonl" if dump else ""))


def per_article(article, system_names):
    row = {
        "id": article["id"],
        "k": article["k"],
        "reference": "\n".join(article["reference"]),
        "reference_facts": sorted(article["reference_facts"]),
    }
    for system in system_names:
        row[system] = "\n".join(article[system])
    row["scores"] = article["scores"]
    return row


if __name__ == "__main__":
    main()
