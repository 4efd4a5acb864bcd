"""Fits the weights of Nutshell's sentence score on news sets, reproducibly.

The score of a sentence is a weighted sum of its additive features times its multiplicative ones
(today, in src/score.rs: (W_FACTS·facts + W_CENTRALITY·centrality + W_POSITION·position) · length).
For a top-k choice only the weights' ratios matter, so the additive weights are searched on a grid
over the simplex (they sum to 1). For each candidate, every article's k best-scored sentences
(ties: earlier first) are scored against the reference with ROUGE-1 and ROUGE-2 F1 (rouge-score's
tokenizer and stemmer), and the objective is their mean. The combined objective averages, over the
sets, each set's objective as a share of the best any grid point reaches on that set (so each set
counts equally whatever its scale); every set is reported so that a gain on one that is a loss on
the other shows.

To guard against fitting noise, articles are split by position: even ones fit, odd ones are held
out, and the report gives both halves.

    eval/run_fit.sh ../shared/data/news/cnn_dev.jsonl:3 ../shared/data/news/bbc_news_summary.jsonl:ref

Each set is PATH:K[:LIMIT], K a number or `ref`. Features come from the CLI: per article,
`nutshell summarize --format json --sentences 1000000` lists every selectable sentence with its
index and features (`--features FILE` reads the same shape from a JSONL file instead, one
{"id", "sentences": [{"index", "text", "features"}]} per article). That is an approximation of
the product, and `make eval` after compiling the weights in is the real measure:
- sentences the CLI leaves out (non-content lines, and near-duplicates of a chosen sentence
  under SEL-3) are not candidates;
- the simulated choice has no near-duplicate rule and no word budget.
"""

import argparse
import collections
import itertools
import json
import os
import subprocess
import sys

import numpy as np
from rouge_score import tokenizers

from rouge_eval import load_articles, ngram_counts

CURRENT = {"facts": 0.3, "centrality": 0.35, "position": 0.35}


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("sets", nargs="+", help="PATH:K[:LIMIT]")
    parser.add_argument("--bin", default="target/release/nutshell", help="the nutshell CLI")
    parser.add_argument("--features", action="append", default=[],
                        help="per-article feature JSONL for the set of the same position")
    parser.add_argument("--multiply", default="length",
                        help="comma-separated features that multiply the score (default: length)")
    parser.add_argument("--step", type=float, default=0.05, help="grid step of the weights")
    parser.add_argument("--current", default=",".join(f"{k}={v}" for k, v in CURRENT.items()),
                        help="the weights compiled in now, name=value,... (for comparison)")
    return parser.parse_args()


# ---------------------------------------------------------------------------------------------
# Data: features and n-grams per sentence


def parse_set(spec):
    parts = spec.split(":")
    if len(parts) not in (2, 3):
        sys.exit(f"fit_weights: a set is PATH:K[:LIMIT], not {spec!r}")
    limit = int(parts[2]) if len(parts) == 3 and parts[2] else None
    return parts[0], parts[1], limit


def cli_features(binary, text):
    """Every selectable sentence of `text` with its index, text and features, from the CLI."""
    proc = subprocess.run(
        [binary, "summarize", "--format", "json", "--sentences", "1000000"],
        input=text.encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode(errors="replace").strip())
    return json.loads(proc.stdout)["sentences"]


def file_features(path):
    with open(path, encoding="utf-8") as lines:
        return {r["id"]: r["sentences"] for r in map(json.loads, lines) if line_ok(r)}


def line_ok(record):
    return isinstance(record, dict) and isinstance(record.get("sentences"), list)


class Article:
    """What the search needs of one article: a feature matrix and n-gram counts."""

    def __init__(self, sentences, reference, k, names, multiply, tokenizer):
        rows = [s for s in sentences if isinstance(s.get("features"), dict)]
        rows = [s for s in rows if s["features"].get("excluded") is None]
        rows.sort(key=lambda s: s["index"])
        self.k = k
        self.additive = np.array([[float(s["features"].get(n, 0.0)) for n in names]
                                  for s in rows]).reshape(len(rows), len(names))
        self.factor = np.array([np.prod([float(s["features"].get(m, 1.0)) for m in multiply])
                                for s in rows])
        tokens = [tokenizer.tokenize(s["text"]) for s in rows]
        self.grams = [[ngram_counts(t, n) for n in (1, 2)] for t in tokens]
        target = tokenizer.tokenize(" ".join(reference))
        self.target = [ngram_counts(target, n) for n in (1, 2)]
        self.memo = {}

    def objective(self, weights):
        """Mean of R-1 and R-2 F1 (x100) of the top-k choice under each weight row."""
        if not len(self.factor):
            return np.zeros(len(weights))
        scores = (self.additive @ weights.T) * self.factor[:, None]
        order = np.argsort(-scores, axis=0, kind="stable")[: self.k]
        return np.array([self.rouge(tuple(sorted(col))) for col in order.T])

    def rouge(self, chosen):
        if chosen not in self.memo:
            total = 0.0
            for n in (0, 1):
                counts = collections.Counter()
                for i in chosen:
                    counts.update(self.grams[i][n])
                overlap = sum(min(c, self.target[n].get(g, 0)) for g, c in counts.items())
                size, target = sum(counts.values()), sum(self.target[n].values())
                if overlap:
                    p, r = overlap / size, overlap / target
                    total += 2 * p * r / (p + r)
            self.memo[chosen] = 50 * total
        return self.memo[chosen]


def load_set(spec, features_path, binary, multiply, tokenizer):
    path, k, limit = parse_set(spec)
    articles, _ = load_articles(path, k, limit)
    known = file_features(features_path) if features_path else None
    sentences = [known.get(a["id"], []) if known is not None else cli_features(binary, a["text"])
                 for a in articles]
    names = sorted({n for ss in sentences for s in ss for n, v in s.get("features", {}).items()
                    if isinstance(v, (int, float)) and n not in multiply})
    return os.path.splitext(os.path.basename(path))[0], articles, sentences, names


# ---------------------------------------------------------------------------------------------
# Search


def simplex_grid(dimensions, step):
    """All weight vectors with entries in multiples of `step` that sum to 1."""
    units = round(1 / step)
    rows = [c for c in itertools.product(range(units + 1), repeat=dimensions - 1)
            if sum(c) <= units]
    return np.array([[*c, units - sum(c)] for c in rows], dtype=float) / units


def mean_objective(articles, weights):
    total = np.zeros(len(weights))
    for article in articles:
        total += article.objective(weights)
    return total / max(len(articles), 1)


def main():
    args = parse_args()
    multiply = [m for m in args.multiply.split(",") if m]
    tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)
    features = args.features + [None] * (len(args.sets) - len(args.features))
    loaded = [load_set(s, f, args.bin, multiply, tokenizer) for s, f in zip(args.sets, features)]
    names = sorted({n for _, _, _, ns in loaded for n in ns})
    print(f"additive features: {', '.join(names)}; multiplicative: {', '.join(multiply)}")

    halves = {}
    for name, articles, sentences, _ in loaded:
        built = [Article(s, a["reference"], a["k"], names, multiply, tokenizer)
                 for a, s in zip(articles, sentences)]
        halves[name] = (built[0::2], built[1::2])

    grid = simplex_grid(len(names), args.step)
    current = dict(pair.split("=") for pair in args.current.split(",") if pair)
    current_row = np.array([[float(current.get(n, 0.0)) for n in names]])
    print(f"{len(grid)} weight vectors, {sum(len(a) + len(b) for a, b in halves.values())} "
          "articles")

    fitted = {name: mean_objective(fit, grid) for name, (fit, _) in halves.items()}
    # Sets differ in scale (CNN around 20, BBC around 75): each counts as its share of the best
    # that set reaches on the grid, so a point on CNN weighs as much as one on BBC relatively.
    combined = np.mean([values / max(values.max(), 1e-9) for values in fitted.values()], axis=0)
    candidates = {"current": current_row[0], "best combined": grid[int(np.argmax(combined))]}
    for name, values in fitted.items():
        candidates[f"best on {name}"] = grid[int(np.argmax(values))]

    header = "| weights | " + " | ".join(names) + " | " + " | ".join(
        f"{n} fit | {n} held out" for n in halves) + " |"
    print("\nObjective: mean of R-1 and R-2 F1 of the top-k choice (x100).\n")
    print(header)
    print("|---|" + "---:|" * (len(names) + 2 * len(halves)))
    for label, row in candidates.items():
        cells = [f"{w:.2f}" for w in row]
        for fit, held in halves.values():
            cells += [f"{mean_objective(fit, row[None])[0]:.2f}",
                      f"{mean_objective(held, row[None])[0]:.2f}"]
        print(f"| {label} | " + " | ".join(cells) + " |")

    best = candidates["best combined"]
    print("\nFor src/score.rs (best combined):\n")
    for n, w in zip(names, best):
        print(f"const W_{n.upper()}: f64 = {w:.2f};")


if __name__ == "__main__":
    main()
