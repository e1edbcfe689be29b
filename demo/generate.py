#!/usr/bin/env python3
"""Generates Pollcard's demo data: a fictional council in the made-up AA postcode area.

    python3 demo/generate.py          # rewrites the files below, in demo/
    python3 demo/generate.py --check  # fails if the committed files are out of date

Writes council.toml, stations.csv, addresses.csv, dc-survey.csv, the election files
(wards.csv, ballots.csv, candidates.csv; see demo_elections.py), districts.geojson
(see demo_districts.py), voting-places.csv (see demo_voting_places.py) and expected.json.
Python 3.11 standard library only; a fixed seed and no dependence on hash order or
the clock, so running it twice gives byte-identical files. See README.md.
"""

import sys

sys.dont_write_bytecode = True  # keep demo/ free of __pycache__

import csv  # noqa: E402
import functools  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

from demo_places import CENTRES, COUNCIL, FARMS, HOUSE_NAMES, TOWNS  # noqa: E402
from demo_stations import DC_FEATURES, FEATURES, NOTE_FEATURES, STATIONS  # noqa: E402
import demo_elections  # noqa: E402
import demo_districts  # noqa: E402
import demo_voting_places  # noqa: E402

SEED = 20260507
HERE = Path(__file__).resolve().parent
# Inward codes never use C, I, K, M, O or V.
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
# Test postcodes added after the rest were generated: on top of their town's count of
# postcodes, with UPRNs after every other address, so that adding them changed no
# other address (the data-update fixtures compare addresses by UPRN).
LATER_POSTCODES = {"AA7 5DT"}
# The district whose station the council has not announced yet.
UNKNOWN_DISTRICT = "AA-Z"
NOT_IN_DATA = "AA9 9ZZ"
STATION_BY_ID = {station["id"]: station for station in STATIONS}


# ---------------------------------------------------------------------------
# Postcodes and natural order (the same rules as pollcard-core)


def valid_postcode(postcode):
    outward, _, inward = postcode.partition(" ")
    return (
        outward[:2] == "AA"
        and outward[2:].isdigit()
        and len(inward) == 3
        and inward[0].isdigit()
        and all(letter in UNIT_LETTERS for letter in inward[1:])
    )


def natural_compare(a, b):
    """pollcard_core::natural_order::compare: digit runs as numbers, else case-insensitive."""
    i = j = 0
    while True:
        if i == len(a) and j == len(b):
            return (a > b) - (a < b)
        if i == len(a):
            return -1
        if j == len(b):
            return 1
        if a[i].isascii() and a[i].isdigit() and b[j].isascii() and b[j].isdigit():
            start_i, start_j = i, j
            while i < len(a) and a[i].isascii() and a[i].isdigit():
                i += 1
            while j < len(b) and b[j].isascii() and b[j].isdigit():
                j += 1
            left, right = a[start_i:i].lstrip("0"), b[start_j:j].lstrip("0")
            order = (len(left) > len(right)) - (len(left) < len(right)) or (left > right) - (left < right)
            if order:
                return order
        else:
            left, right = a[i].lower(), b[j].lower()
            if left != right:
                return (left > right) - (left < right)
            i += 1
            j += 1


natural_key = functools.cmp_to_key(natural_compare)


# ---------------------------------------------------------------------------
# The test postcodes: fixed content, documented in README.md and expected.json


def numbered(street, town, numbers, station):
    return [(f"{n} {street}, {town}", station) for n in numbers]


def named(names, street, town, station):
    return [(f"{name}, {street}, {town}", station) for name in names]


def flats(block, number, street, town, count, station):
    return [(f"Flat {i}, {block}, {number} {street}, {town}", station) for i in range(1, count + 1)]


def special_postcodes():
    """Postcode → (role, [(address, station id or None)], district override or None)."""
    t = {n: town["name"] for n, town in TOWNS.items()}
    return {
        "AA1 1AA": ("single_station", numbered("Heol y Castell", t[1], range(1, 19), "S1"), None),
        # Split along the street and with a block of flats: house numbers up to 16 and
        # flats up to 12, so only natural ordering puts "2" before "10".
        "AA1 2AB": (
            "split",
            numbered("Heol y Bont", t[1], range(1, 10), "S1")
            + numbered("Heol y Bont", t[1], range(10, 17), "S2")
            + flats("Tŷ'r Felin", 18, "Heol y Bont", t[1], 12, "S2"),
            None,
        ),
        "AA1 3HL": ("level_access_no_hearing_loop", numbered("Stryd y Capel", t[1], range(1, 15), "S2"), None),
        "AA1 4PT": ("portable_cabin", numbered("Sgwâr y Farchnad / Market Square", t[1], range(1, 11), "S4"), None),
        "AA2 1PR": ("permanent_ramp", numbered("Heol yr Ysgol", t[2], range(2, 30, 2), "S6"), None),
        "AA2 2EN": ("english_text_only", numbered("Stryd y Bont", t[2], range(1, 13), "S7"), None),
        "AA2 3SP": (
            "split_extra",
            numbered("Heol y Wern", t[2], range(1, 8), "S6") + numbered("Heol y Wern", t[2], range(8, 15), "S7"),
            None,
        ),
        "AA3 1RP": ("temporary_ramp", named(HOUSE_NAMES[:8], "Lôn yr Eglwys", t[3], "S8"), None),
        # The council has not said yet where these addresses vote.
        "AA3 3NS": (
            "unknown_station",
            named(["Tŷ Gwyn", "Bryn Awel", "Min y Nant", "Y Bwthyn", "Hafan", "Glasfryn"], "Heol y Cwm", t[3], None)
            + [(f"Cae Mawr, {t[3]}", None), (f"Ffridd Uchaf, {t[3]}", None)],
            UNKNOWN_DISTRICT,
        ),
        "AA4 1ST": ("steps_no_ramp", numbered("Y Stryd Fawr", t[4], range(1, 13), "S9"), None),
        "AA4 2SP": (
            "split_extra",
            numbered("Lôn y Waun", t[4], range(1, 6), "S9") + numbered("Lôn y Waun", t[4], range(6, 12), "S10"),
            None,
        ),
        # New houses at the end of Maes Newydd are not in a polling district yet.
        "AA4 4PU": (
            "partly_unknown",
            numbered("Maes Newydd", t[4], range(1, 7), "S10") + numbered("Maes Newydd", t[4], range(7, 15), None),
            None,
        ),
        "AA6 1NL": ("no_location", [(f"Fferm Tŷ Isaf, {t[6]}", "S13")] + named(HOUSE_NAMES[8:13], "Ffordd Tŷ Isaf", t[6], "S13"), None),
        "AA6 2FL": (
            "split_three_ways",
            named(["Penlan", "Delfryn", "Cartref"], "Lôn y Mynydd", t[6], "S13")
            + named(["Y Wern", "Ivy Cottage", "Tŷ'r Ysgol"], "Lôn y Mynydd", t[6], "S14")
            + named(["Nant yr Eos", "Bodlondeb", "Maesteg", "Orchard House"], "Lôn y Mynydd", t[6], "S15"),
            None,
        ),
        "AA6 6UU": ("all_unknown_accessibility", numbered("Lôn yr Eglwys", t[6], range(1, 10), "S14"), None),
        "AA7 2SP": (
            "split_extra",
            numbered("Heol Llys", t[7], range(1, 12), "S16") + numbered("Heol Llys", t[7], range(12, 21), "S17"),
            None,
        ),
        # AA-R has two stations: these addresses vote at S23, the rest of AA-R at S16.
        "AA7 5DT": (
            "district_two_stations",
            named(["Derwen Deg", "Bryn Derw", "Coed y Glyn", "Tŷ Capel"], "Heol y Dderwen", t[7], "S23"),
            None,
        ),
        "AA8 3SP": (
            "split_extra",
            numbered("Heol Horeb", t[8], range(1, 9), "S19") + named(["Gorwel", "The Barn"], "Heol Horeb", t[8], "S18"),
            None,
        ),
    }


# ---------------------------------------------------------------------------
# Everything else: ordinary postcodes, generated from the seed


class Streets:
    """Hands out house numbers along each street of each town, after any the test
    postcodes use, so postcodes follow one another along a street."""

    def __init__(self, taken):
        self.next_number = {}
        for _, addresses, _ in taken.values():
            for label, _ in addresses:
                found = re.search(r"(\d+)A? ([^,]+), ([^,]+)$", label)
                if found:
                    key = (found.group(2), found.group(3))
                    self.next_number[key] = max(self.next_number.get(key, 1), int(found.group(1)) + 1)

    def take(self, street, town, count):
        start = self.next_number.get((street, town), 1)
        self.next_number[(street, town)] = start + count
        return range(start, start + count)


def random_postcode(rng, district, used):
    while True:
        postcode = f"AA{district} {rng.randint(1, 9)}{rng.choice(UNIT_LETTERS)}{rng.choice(UNIT_LETTERS)}"
        if postcode not in used and postcode != NOT_IN_DATA:
            used.add(postcode)
            return postcode


def ordinary_addresses(rng, number, town, streets, station, farms):
    """The addresses of one ordinary postcode, all voting at `station`."""
    name, kind = town["name"], town["kind"]
    street = rng.choice(town["streets"])
    roll = rng.random()
    if kind == "town" and roll < 0.2 and town.get("flats"):
        block = rng.choice(town["flats"])
        (door,) = streets.take(street, name, 1)
        return flats(block, door, street, name, rng.randint(6, 12), station) + numbered(
            street, name, streets.take(street, name, rng.randint(0, 6)), station
        )
    if kind == "town" or (kind == "village" and roll < 0.6):
        count = rng.randint(8, 22) if kind == "town" else rng.randint(5, 14)
        addresses = numbered(street, name, streets.take(street, name, count), station)
        if rng.random() < 0.15 and addresses:
            # A house split into two: "12A" beside "12".
            first = addresses[0][0].split(" ", 1)
            addresses.append((f"{first[0]}A {first[1]}", station))
        return addresses
    houses = rng.sample(HOUSE_NAMES, rng.randint(3, 8))
    addresses = named(houses, street, name, station)
    for _ in range(rng.randint(0, 2) if kind == "rural" else 0):
        if farms:
            addresses.append((f"{farms.pop()}, {name}", station))
    return addresses


def all_addresses():
    """[(postcode, label, station id or None, district)] for the whole council."""
    rng = random.Random(SEED)
    specials = special_postcodes()
    streets = Streets(specials)
    used = set(specials)
    used.update(station["postcode"] for station in STATIONS)
    rows = []
    labels = {label for _, addresses, _ in specials.values() for label, _ in addresses}
    for postcode, (_, addresses, district) in specials.items():
        for label, station in addresses:
            rows.append((postcode, label, station, district if district else district_of(station)))
    for number, town in TOWNS.items():
        stations = [s["id"] for s in STATIONS if s["town"] == number and not s.get("second_in_district")]
        ordinary = town["postcodes"] - sum(
            1 for p in specials if p.startswith(f"AA{number} ") and p not in LATER_POSTCODES
        )
        farms = sorted(FARMS)
        rng.shuffle(farms)
        for index in range(ordinary):
            station = stations[index % len(stations)]
            postcode = random_postcode(rng, number, used)
            for label, station_id in ordinary_addresses(rng, number, town, streets, station, farms):
                # Two houses of one name on one lane would confuse voters picking theirs.
                if label not in labels:
                    labels.add(label)
                    rows.append((postcode, label, station_id, district_of(station_id)))
    rows.sort(key=lambda row: (row[0], natural_key(row[1])))
    return rows


def district_of(station_id):
    return STATION_BY_ID[station_id]["district"] if station_id else ""


# ---------------------------------------------------------------------------
# Files


def csv_text(header, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def toml_string(text):
    return json.dumps(text, ensure_ascii=False)


def council_toml():
    c = COUNCIL
    return f"""# Pollcard demo council. FICTIONAL: no such council, places, people or stations exist.
# Generated by demo/generate.py; edit the generator, not this file.
format = "pollcard-council/1"
id = {toml_string(c["id"])}
nation = "wales"
fictional = true

[name]
en = {toml_string(c["name_en"])}
cy = {toml_string(c["name_cy"])}

[contact]
phone = {toml_string(c["phone"])}
email = {toml_string(c["email"])}

[contact.address]
en = {toml_string(c["address_en"])}
cy = {toml_string(c["address_cy"])}

[contact.website]
en = {toml_string(c["website_en"])}
cy = {toml_string(c["website_cy"])}
"""


def stations_csv():
    notes = [f"{feature}_note_{language}" for feature in NOTE_FEATURES for language in ("en", "cy")]
    header = ["station_id", "name", "address", "postcode", "lat", "lon", "opens", "closes", *FEATURES, *notes]
    header += ["getting_there_en", "getting_there_cy", "at_the_station_en", "at_the_station_cy"]
    rows = []
    for station in STATIONS:
        lat, lon = (f"{value:.5f}" for value in station["location"]) if station["location"] else ("", "")
        row = [station["id"], station["name"], station["address"], station["postcode"], lat, lon, "07:00", "22:00"]
        row += [station["features"][feature] for feature in FEATURES]
        for feature in NOTE_FEATURES:
            row += list(station.get("notes", {}).get(feature, ("", "")))
        welsh = not station.get("survey_adds_welsh")
        for en, cy in (station["getting_there"], station["at_the_station"]):
            row += [en, cy if welsh else ""]
        rows.append(row)
    return csv_text(header, rows)


def addresses_csv(rows):
    # Postcodes added later take the UPRNs after all the others, so none changed.
    order = [row for row in rows if row[0] not in LATER_POSTCODES] + [row for row in rows if row[0] in LATER_POSTCODES]
    uprn = {id(row): f"99{index:08d}" for index, row in enumerate(order, 1)}
    out = [(uprn[id(row)], label, postcode, station or "", district) for row in rows for (postcode, label, station, district) in [row]]
    return csv_text(["uprn", "address", "postcode", "station_id", "district"], out)


def dc_survey_csv():
    header = [
        "internal_council_id", "polling_station_address", "polling_station_postcode", "polling_station_uprn",
        "polling_station_identifier", *DC_FEATURES,
        "getting_to_the_station", "at_the_station", "getting_to_the_station_cy", "at_the_station_cy",
    ]
    rows = []
    for index, station in enumerate(STATIONS, 1):
        if not station.get("survey"):
            continue
        row = [station["id"], station["address"], station["postcode"], f"98{index:08d}", station["id"]]
        row += [station["features"][feature] for feature in DC_FEATURES]
        row += [station["getting_there"][0], station["at_the_station"][0]]
        row += [station["getting_there"][1], station["at_the_station"][1]]
        rows.append(row)
    return csv_text(header, rows)


def expected_json(rows):
    """What a lookup must answer for each test postcode (status keys as in pollcard-core)."""
    by_postcode = {}
    for postcode, label, station, _ in rows:
        by_postcode.setdefault(postcode, []).append((label, station))
    roles = {}
    for postcode, (role, _, _) in special_postcodes().items():
        if role == "split_extra":
            continue
        addresses = by_postcode[postcode]
        stations = [station for _, station in addresses]
        entry = {"postcode": postcode, "compact": postcode.replace(" ", "")}
        if all(station is None for station in stations):
            entry["status"] = "no_station"
        elif len(set(stations)) == 1:
            entry |= {"status": "station", "station_id": stations[0], "station_name": STATION_BY_ID[stations[0]]["name"]}
        else:
            distinct = sorted({s for s in stations if s}, key=natural_key) + ([None] if None in stations else [])
            entry |= {
                "status": "address_picker",
                "station_ids": distinct,
                "addresses": [{"label": label, "station_id": station} for label, station in addresses],
            }
        entry["address_count"] = len(addresses)
        roles[role] = entry
    roles["not_in_data"] = {"postcode": NOT_IN_DATA, "compact": NOT_IN_DATA.replace(" ", ""), "status": "not_found"}
    roles["typed_messily"] = {"input": " aa1-1aa ", "postcode": "AA1 1AA", "status": "station", "station_id": "S1"}
    roles["invalid"] = {"input": "AA1 1A", "status": "invalid_postcode"}

    known = {p: {s for _, s in addresses if s} for p, addresses in by_postcode.items()}
    split = sorted((p for p, stations in known.items() if len(stations) > 1), key=natural_key)
    partly = sorted(p for p, addresses in by_postcode.items() if known[p] and any(s is None for _, s in addresses))
    return {
        "note": "Generated by demo/generate.py. Lookup answers for the demo's test postcodes; see README.md.",
        "council": {"id": COUNCIL["id"], "name_en": COUNCIL["name_en"], "name_cy": COUNCIL["name_cy"]},
        "postcodes": roles,
        "stations": {
            "fully_accessible": "S1",
            "level_access_no_hearing_loop": "S2",
            "portable_cabin": "S4",
            "permanent_ramp": "S6",
            "english_text_only": "S7",
            "temporary_ramp": "S8",
            "steps_no_ramp": "S9",
            "no_location": "S13",
            "all_unknown_accessibility": "S14",
            "welsh_text_from_survey": [s["id"] for s in STATIONS if s.get("survey_adds_welsh")],
        },
        "figures": {
            "addresses": len(rows),
            "postcodes": len(by_postcode),
            "stations": len(STATIONS),
            "surveyed_stations": sum(1 for s in STATIONS if s.get("survey")),
            "split_postcodes": split,
            "partly_unknown_postcodes": partly,
            "district_boundaries": len(demo_districts.cells()),
        },
        "locations": demo_districts.locations(),
    }


def check(rows, expected):
    """The promises README.md makes about the data."""
    postcodes = {row[0] for row in rows} | {s["postcode"] for s in STATIONS}
    assert all(valid_postcode(p) for p in postcodes), sorted(p for p in postcodes if not valid_postcode(p))
    assert NOT_IN_DATA not in {row[0] for row in rows}
    figures = expected["figures"]
    assert figures["addresses"] >= 2000 and figures["postcodes"] >= 150 and figures["stations"] >= 20, figures
    used = {row[2] for row in rows}
    assert all(s["id"] in used for s in STATIONS), "every station has addresses"
    unknown = [p for p in {r[0] for r in rows} if all(r[2] is None for r in rows if r[0] == p)]
    assert unknown == ["AA3 3NS"], unknown
    labels = [(row[0], row[1]) for row in rows]
    assert len(labels) == len(set(labels)), "addresses are unique within a postcode"
    for s in STATIONS:
        f = s["features"]
        assert not (f["level_access"] == "yes" and f["temporary_ramp"] == "yes"), s["id"]
        assert set(f.values()) <= {"yes", "no", ""}, s["id"]
    assert all(v == "" for v in STATION_BY_ID["S14"]["features"].values())


def main():
    rows = all_addresses()
    expected = expected_json(rows)
    check(rows, expected)
    files = {
        "council.toml": council_toml(),
        "stations.csv": stations_csv(),
        "addresses.csv": addresses_csv(rows),
        "dc-survey.csv": dc_survey_csv(),
        "wards.csv": demo_elections.wards_csv(),
        "ballots.csv": demo_elections.ballots_csv(),
        "candidates.csv": demo_elections.candidates_csv(),
        "districts.geojson": demo_districts.districts_geojson(),
        "voting-places.csv": demo_voting_places.voting_places_csv(),
        "expected.json": json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
    }
    stale = []
    for name, text in files.items():
        path = HERE / name
        if "--check" in sys.argv[1:]:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8", newline="\n")
    if stale:
        sys.exit(f"demo data out of date (run python3 demo/generate.py): {', '.join(stale)}")
    f = expected["figures"]
    print(
        f"demo: {f['addresses']} addresses in {f['postcodes']} postcodes, {f['stations']} stations, "
        f"{len(f['split_postcodes'])} split postcodes"
    )


if __name__ == "__main__":
    main()
