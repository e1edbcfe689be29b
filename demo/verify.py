#!/usr/bin/env python3
"""Builds the demo with the real CLI and checks it against expected.json.

    python3 demo/verify.py                         # uses `cargo run -p pollcard-cli`
    python3 demo/verify.py --pollcard target/debug/pollcard

Fails (exit 1) unless: the generated files are up to date; `pollcard build` reports no
errors and only the deliberate warnings listed in README.md; and `pollcard lookup`
gives every test postcode in expected.json its expected status, station and (for
split postcodes) addresses in order. Python 3.11 standard library only.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # keep demo/ free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))
import demo_elections  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
INPUTS = [
    "council.toml", "stations.csv", "addresses.csv", "dc-survey.csv", "wards.csv", "ballots.csv", "candidates.csv",
]
# The one deliberate warning: station S13 (a farm barn) has no coordinates, so the
# app must fall back to its directions.
DELIBERATE = [("warning", "no_location", "demo/stations.csv")]


def pollcard_command():
    if "--pollcard" in sys.argv:
        return [sys.argv[sys.argv.index("--pollcard") + 1]]
    return ["cargo", "run", "--quiet", "-p", "pollcard-cli", "--"]


def run(args):
    result = subprocess.run(pollcard_command() + args, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"pollcard {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def main():
    failures = []
    generated = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True)
    if generated.returncode != 0:
        failures.append(generated.stderr.strip() or generated.stdout.strip())

    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as out:
        run(["build", "--out", out, *[f"demo/{name}" for name in INPUTS]])
        report = json.loads((Path(out) / "report.json").read_text(encoding="utf-8"))
        problems = [(p["severity"], p["code"], p.get("file")) for p in report["problems"]]
        if sorted(problems) != sorted(DELIBERATE):
            failures.append(f"build problems {problems}, expected only {DELIBERATE}")
        read = {f["path"]: f["records_read"] for f in report["files"]}
        if read.get("demo/addresses.csv") != expected["figures"]["addresses"]:
            failures.append(f"addresses read {read.get('demo/addresses.csv')}, expected {expected['figures']['addresses']}")

        elections = json.loads((Path(out) / "elections.json").read_text(encoding="utf-8"))
        people = sum(len(ballot["candidates"]) for ballot in elections["ballots"])
        want = demo_elections.figures()
        if (len(elections["ballots"]), people) != (want["ballots"], want["candidates"]):
            failures.append(f"elections.json has {len(elections['ballots'])} ballots and {people} candidates, expected {want}")

        for role, case in expected["postcodes"].items():
            answer = json.loads(run(["lookup", out, case.get("input", case.get("postcode"))]))
            got = answer.get("status")
            if got != case["status"]:
                failures.append(f"{role}: status {got}, expected {case['status']}")
                continue
            if "station_id" in case and answer["station"]["id"] != case["station_id"]:
                failures.append(f"{role}: station {answer['station']['id']}, expected {case['station_id']}")
            if "addresses" in case:
                got = [(a["label"], a.get("station_id")) for a in answer["addresses"]]
                want = [(a["label"], a["station_id"]) for a in case["addresses"]]
                if got != want:
                    failures.append(f"{role}: picker addresses differ:\n  got  {got}\n  want {want}")

    if failures:
        print("demo verification FAILED:\n- " + "\n- ".join(failures), file=sys.stderr)
        sys.exit(1)
    print(f"demo verified: {len(expected['postcodes'])} test postcodes, build clean but for {len(DELIBERATE)} deliberate warning")


if __name__ == "__main__":
    main()
