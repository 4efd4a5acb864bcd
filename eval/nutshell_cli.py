"""Runs `nutshell … --jsonl` once over a batch and pairs every result line with its input.

Standard library only, so `split_eval.py` runs without the venv.
"""

import json
import subprocess
import time


class CliFailure(Exception):
    """The CLI crashed, or its output does not line up with its input."""


def run_jsonl(binary, command, records):
    """Feeds `records` (dicts with an "id") to `binary command --jsonl`, one line each.

    Returns (results, seconds): one parsed result dict per record, in order, and the wall time
    of the run. A line the CLI answered with {"id", "error"} comes back as such; the caller
    counts it. Anything else that breaks the one-line-per-record contract raises CliFailure.
    """
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    started = time.perf_counter()
    proc = subprocess.run(
        [binary, *command, "--jsonl"],
        input=payload,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    seconds = time.perf_counter() - started
    lines = proc.stdout.decode("utf-8", errors="replace").splitlines()
    if proc.returncode != 0:
        raise CliFailure(
            f"`nutshell {' '.join(command)} --jsonl` exited with status {proc.returncode} "
            f"after {len(lines)} of {len(records)} lines; stderr: "
            f"{proc.stderr.decode('utf-8', errors='replace').strip()[:2000]}"
        )
    if len(lines) != len(records):
        raise CliFailure(
            f"`nutshell {' '.join(command)} --jsonl` gave {len(lines)} lines "
            f"for {len(records)} records"
        )
    results = []
    for number, (record, line) in enumerate(zip(records, lines), 1):
        try:
            result = json.loads(line)
        except json.JSONDecodeError as error:
            raise CliFailure(f"output line {number} is not JSON ({error}): {line[:200]}")
        if not isinstance(result, dict) or result.get("id") != record["id"]:
            raise CliFailure(
                f"output line {number} does not answer record {record['id']!r}: {line[:200]}"
            )
        results.append(result)
    return results, seconds
