#!/usr/bin/env python3
"""Prints the national benchmark's figures from a built bundle and the build's
`/usr/bin/time -v` log (called by scripts/bench-national.sh)."""
import gzip
import json
import os
import re
import statistics
import sys

bundle, log_path = sys.argv[1], sys.argv[2]
log = open(log_path, encoding="utf-8").read()


def field(pattern):
    match = re.search(pattern, log, re.M)
    if not match:
        sys.exit(f"not in {log_path}: {pattern}")
    return match.group(1)


elapsed = field(r"Elapsed \(wall clock\) time.*: (\S+)")
parts = [float(part) for part in elapsed.split(":")]
wall = sum(part * 60 ** power for power, part in enumerate(reversed(parts)))
cpu = float(field(r"User time \(seconds\): (\S+)")) + float(field(r"System time \(seconds\): (\S+)"))
peak_kb = int(field(r"Maximum resident set size \(kbytes\): (\d+)"))
summary = field(r"^(pollcard: built .*)$")
records = int(re.search(r"from (\d+) records", summary).group(1))
addresses = int(re.search(r"(\d+) addresses", summary).group(1))


def gz(path):
    with open(path, "rb") as handle:
        return len(gzip.compress(handle.read(), compresslevel=6))


def sizes(folder):
    root = os.path.join(bundle, folder)
    files = sorted(os.listdir(root)) if os.path.isdir(root) else []
    return {name: (os.path.getsize(os.path.join(root, name)), gz(os.path.join(root, name))) for name in files}


total = 0
for folder, _, names in os.walk(bundle):
    if os.path.relpath(folder, bundle).startswith("reports"):
        continue
    total += sum(os.path.getsize(os.path.join(folder, name)) for name in names)

index_path = os.path.join(bundle, "bundle.json")
index = json.load(open(index_path, encoding="utf-8"))
lookup = sizes("lookup")
address_lists = sizes("addresses")
stations = sizes("stations")


def describe(name, table):
    if not table:
        return f"{name}: none"
    gzipped = sorted(size for _, size in table.values())
    raw = sorted(size for size, _ in table.values())
    return (f"{name}: {len(table)} files, median {statistics.median(gzipped) / 1024:.1f} KB gz "
            f"({statistics.median(raw) / 1024:.1f} KB raw), max {gzipped[-1] / 1024:.1f} KB gz "
            f"({raw[-1] / 1024:.1f} KB raw)")


# One lookup fetches the index and one station-lookup shard: the median one.
median_name = sorted(lookup, key=lambda name: lookup[name][1])[len(lookup) // 2] if lookup else None
index_gz = gz(index_path)
print(f"scale: {addresses:,} addresses, {len(index['councils'])} councils, {records:,} records read, "
      f"shard_by {index['shard_by']}")
print(f"wall {wall:.1f} s, CPU {cpu:.1f} s: {records / wall:,.0f} rows/s, "
      f"{records / cpu:,.0f} rows per CPU second, i.e. per core busy (councils are imported on every core)")
print(f"peak memory (max RSS): {peak_kb / 1024:.0f} MB")
print(f"bundle: {total / 1e6:.1f} MB on disk (reports excluded)")
print(f"bundle.json: {os.path.getsize(index_path) / 1024:.1f} KB, {index_gz / 1024:.1f} KB gz")
print(describe("station-lookup shards", lookup))
print(describe("address-list shards", address_lists))
print(describe("council stations files", stations))
if median_name:
    print(f"one lookup fetches bundle.json + {median_name}: {(index_gz + lookup[median_name][1]) / 1024:.1f} KB gz")
