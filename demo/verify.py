#!/usr/bin/env python3
"""Builds the demo with the real CLI and checks it against expected.json.

    python3 demo/verify.py                         # uses `cargo run -p pollcard-cli`
    python3 demo/verify.py --pollcard target/debug/pollcard

Fails (exit 1) unless: the generated files are up to date; `pollcard build` reports no
errors and only the deliberate warnings (see `deliberate_warnings`); and `pollcard lookup`
gives every test postcode in expected.json its expected status, station and (for
split postcodes) addresses in order. Python 3.11 standard library only.
"""

import json
from collections import Counter
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
    "districts.geojson", "voting-places.csv",
]


def deliberate_warnings(expected):
    """The warnings the demo is built to raise, each for a situation the app must show.

    Station S13 (a farm barn) has no coordinates, so the app falls back to its
    directions; S14's accessibility is all unknown; every split postcode is reported;
    each address with a blank station is kept as `no_station`; and district AA-Z has an
    area but no station yet.
    """
    import csv

    with open(HERE / "addresses.csv", encoding="utf-8", newline="") as f:
        without_station = sum(1 for row in csv.DictReader(f) if not row["station_id"].strip())
    return {
        ("warning", "no_location", "demo/stations.csv"): 1,
        ("warning", "no_accessibility_data", "demo/stations.csv"): 1,
        ("warning", "split_postcode", "demo/addresses.csv"): len(expected["figures"]["split_postcodes"]),
        ("warning", "address_without_station", "demo/addresses.csv"): without_station,
        # AA-Z has an area but its station is not announced yet.
        ("warning", "district_without_station", "demo/districts.geojson"): 1,
    }


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
        problems = Counter((p["severity"], p["code"], p.get("file")) for p in report["problems"])
        deliberate = deliberate_warnings(expected)
        if problems != Counter(deliberate):
            failures.append(f"build problems {dict(problems)}, expected only the deliberate {deliberate}")
        read = {f["path"]: f["records_read"] for f in report["files"]}
        if read.get("demo/addresses.csv") != expected["figures"]["addresses"]:
            failures.append(f"addresses read {read.get('demo/addresses.csv')}, expected {expected['figures']['addresses']}")

        index = json.loads((Path(out) / "bundle.json").read_text(encoding="utf-8"))
        boundaries = index.get("district_boundaries")
        drawn = len(json.loads((Path(out) / boundaries).read_text(encoding="utf-8"))["districts"]) if boundaries else 0
        if drawn != expected["figures"]["district_boundaries"]:
            failures.append(f"{drawn} district boundaries in the bundle, expected {expected['figures']['district_boundaries']}")

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
    print(f"demo verified: {len(expected['postcodes'])} test postcodes, build clean but for the deliberate warnings")


if __name__ == "__main__":
    main()
