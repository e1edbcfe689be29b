#!/usr/bin/env python3
"""A plain synthetic country for scripts/bench-national.sh when this pollcard has no
`synth` command: ROOT/<council>/council.toml + stations.csv + addresses.csv in
Pollcard's own CSV formats (pollcard-stations/1, pollcard-addresses/1). About three
councils share each postcode area, 17 addresses a postcode, 110 stations a council,
one postcode in twenty split between two stations. Deterministic.

Usage: bench_synth_fallback.py ADDRESSES COUNCILS ROOT"""
import os
import sys

addresses, councils, root = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
FIRST = "ABCDEFGHKLMNOPRSTUWY"
SECOND = "ABCDEFGHKLMNOPRSTUWY"
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
PER_POSTCODE = 17
STATIONS = 110
areas = [f + s for f in FIRST for s in SECOND]
per_council = addresses // councils

for c in range(councils):
    council_id = f"bench-{c:03d}"
    folder = os.path.join(root, council_id)
    os.makedirs(folder, exist_ok=True)
    area = areas[c // 3]
    first_district = (c % 3) * 30 + 1
    with open(os.path.join(folder, "council.toml"), "w", encoding="utf-8") as out:
        out.write(f'format = "pollcard-council/1"\nid = "{council_id}"\nnation = "england"\n'
                  f'fictional = true\n\n[name]\nen = "Bench Council {c}"\n\n[contact]\n'
                  f'phone = "01234 000000"\n')
    lines = ["station_id,name,address,postcode,lat,lon"]
    for s in range(STATIONS):
        lines.append(f"ST{s},Community Hall {s},{s} Hall Road,{area}{first_district} 9ZZ,"
                     f"{52 + s / 1000:.4f},{-1 - c / 1000:.4f}")
    with open(os.path.join(folder, "stations.csv"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    postcodes = max(1, per_council // PER_POSTCODE)
    rows = ["uprn,address,postcode,station_id,district"]
    uprn = c * 10_000_000
    for p in range(postcodes):
        district = first_district + p // 4000
        n = p % 4000
        postcode = f"{area}{district} {n // 400}{INWARD[n % 20]}{INWARD[n // 20 % 20]}"
        station = p * STATIONS // postcodes
        for a in range(PER_POSTCODE):
            uprn += 1
            this = (station + 1) % STATIONS if p % 20 == 0 and a % 2 else station
            rows.append(f"{uprn},{a + 1} Street {p} Benchtown,{postcode},ST{this},D{this}")
    with open(os.path.join(folder, "addresses.csv"), "w", encoding="utf-8") as out:
        out.write("\n".join(rows) + "\n")
