"""Exact-match sentence splitting of `nutshell split --jsonl` on JSONL suites.

Run through eval/run_eval_split.sh (it builds the CLI); see eval/README.md. Standard library
only. A suite is a JSONL file of {"id", "text", "expected": [sentences] | null, "lang"?,
"expected_count"?}. A case passes when the CLI's sentence list equals `expected`, both trimmed
and with whitespace runs collapsed to one space. Cases whose `expected` is null are skipped; those
with an `expected_count` are scored apart, on the number of sentences only ("count" rows).

    python eval/split_eval.py [--bin target/release/nutshell] [--no-language] SUITE...
"""

import argparse
import glob
import json
import os
import sys

from nutshell_cli import CliFailure, run_jsonl


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("suites", nargs="+", help="JSONL files, or directories of them")
    parser.add_argument("--bin", default="target/release/nutshell", help="the nutshell CLI")
    parser.add_argument("--out-dir", default="eval/out")
    parser.add_argument(
        "--no-language",
        action="store_true",
        help="do not pass each case's `lang` as the `language` option (test detection)",
    )
    parser.add_argument("--show", type=int, default=20, help="failing cases printed per suite")
    return parser.parse_args()


def suite_files(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            files += sorted(glob.glob(os.path.join(path, "*.jsonl")))
        elif os.path.isfile(path):
            files.append(path)
        else:
            sys.exit(f"split_eval: no such suite file or directory: {path}")
    if not files:
        sys.exit("split_eval: no .jsonl suites found in " + " ".join(paths))
    return files


def collapse(sentence):
    return " ".join(sentence.split())


def normalise(sentences):
    """Trimmed, whitespace-collapsed, without the empty ones."""
    return [s for s in (collapse(x) for x in sentences) if s]


def load_suite(path):
    cases = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                case = json.loads(line)
                case.setdefault("id", f"line-{number}")
                cases.append(case)
    return cases


def cli_record(case, with_language):
    record = {"id": case["id"], "text": case.get("text", "")}
    language = case.get("lang")
    if with_language and isinstance(language, str) and language:
        record["language"] = language
    return record


def judge(case, result):
    """(mode, passed, got) for one case; mode is 'exact', 'count' or None (skipped)."""
    got = result.get("sentences")
    got = normalise(got) if isinstance(got, list) and "error" not in result else None
    if isinstance(case.get("expected"), list):
        return "exact", got is not None and got == normalise(case["expected"]), got
    if isinstance(case.get("expected_count"), int):
        return "count", got is not None and len(got) == case["expected_count"], got
    return None, False, got


def evaluate_suite(binary, path, with_language):
    """Runs the CLI once over the suite's scored cases; returns its summary and failures."""
    name = os.path.splitext(os.path.basename(path))[0]
    cases = [
        c for c in load_suite(path)
        if isinstance(c.get("expected"), list) or isinstance(c.get("expected_count"), int)
    ]
    results, seconds = run_jsonl(binary, ["split"], [cli_record(c, with_language) for c in cases])
    tally = {"exact": [0, 0], "count": [0, 0]}
    failures, errors = [], 0
    for case, result in zip(cases, results):
        mode, passed, got = judge(case, result)
        tally[mode][0] += 1
        tally[mode][1] += passed
        errors += "error" in result
        if not passed:
            failures.append({"case": case, "mode": mode, "got": got, "error": result.get("error")})
    return {"name": name, "tally": tally, "failures": failures, "errors": errors,
            "seconds": seconds}


def first_difference(expected, got):
    for i, (e, g) in enumerate(zip(expected, got)):
        if e != g:
            return f"#{i + 1}: expected «{e}» got «{g}»"
    if len(expected) != len(got):
        i = min(len(expected), len(got))
        extra = (expected if len(expected) > len(got) else got)[i]
        side = "missing" if len(expected) > len(got) else "extra"
        return f"#{i + 1}: {side} «{extra}»"
    return "identical"


def describe_failure(failure):
    """One line: the id and what differs."""
    case, got = failure["case"], failure["got"]
    if failure["error"] is not None or got is None:
        return f"{case['id']}: CLI error: {failure['error']}"
    if failure["mode"] == "count":
        return f"{case['id']}: expected {case['expected_count']} sentences, got {len(got)}"
    expected = normalise(case["expected"])
    return (f"{case['id']}: expected {len(expected)} sentences, got {len(got)}; "
            + first_difference(expected, got))


def write_details(path, suite):
    """Every failing case in full: text, expected and got, one sentence per line."""
    with open(path, "w", encoding="utf-8") as out:
        exact, count = suite["tally"]["exact"], suite["tally"]["count"]
        out.write(f"# {suite['name']}: exact {exact[1]}/{exact[0]} passed"
                  + (f", count {count[1]}/{count[0]}" if count[0] else "")
                  + f"; {len(suite['failures'])} failing\n")
        for failure in suite["failures"]:
            case = failure["case"]
            out.write(f"\n=== {describe_failure(failure)}\n")
            if case.get("desc"):
                out.write(f"desc: {case['desc']}\n")
            out.write(f"lang: {case.get('lang')}\n--- text\n{case.get('text', '')}\n")
            if failure["mode"] == "exact":
                out.write("--- expected\n" + "".join(
                    f"{s}\n" for s in normalise(case["expected"])))
            else:
                out.write(f"--- expected {case['expected_count']} sentences\n")
            out.write("--- got\n" + "".join(f"{s}\n" for s in failure["got"] or []))


def table(suites):
    lines = ["| suite | cases | passed | % |", "|---|---:|---:|---:|"]
    for suite in suites:
        for mode, label in (("exact", suite["name"]), ("count", f"{suite['name']} (count)")):
            cases, passed = suite["tally"][mode]
            if cases:
                lines.append(f"| {label} | {cases} | {passed} | {100 * passed / cases:.1f} |")
    return "\n".join(lines)


def main():
    args = parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    suites = []
    for path in suite_files(args.suites):
        try:
            suite = evaluate_suite(args.bin, path, not args.no_language)
        except CliFailure as failure:
            sys.exit(f"split_eval: {path}: {failure}")
        suite["details"] = os.path.join(args.out_dir, f"split-{suite['name']}.txt")
        write_details(suite["details"], suite)
        suites.append(suite)

    hint = "no language given" if args.no_language else "each case's `lang` passed as `language`"
    print(f"Sentence splitting, exact match ({hint}):\n")
    print(table(suites))
    for suite in suites:
        failures = suite["failures"]
        print(f"\n{suite['name']}: {len(failures)} failing ({suite['seconds']:.3f} s"
              + (f", {suite['errors']} CLI error lines" if suite["errors"] else "")
              + f"); details in {suite['details']}")
        for failure in failures[: args.show]:
            print("  " + describe_failure(failure))
        if len(failures) > args.show:
            print(f"  … and {len(failures) - args.show} more")


if __name__ == "__main__":
    main()
