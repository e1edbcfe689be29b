"""Demo elections for Pollcard's fictional Demo County Council (Wales).

Everything here is invented: wards, parties and people. Used by generate.py to write
wards.csv (pollcard-district-wards/1), ballots.csv (pollcard-ballots/1) and
candidates.csv (pollcard-candidates/1). What the demo exercises:

- 12 March 2026, by-elections in three wards, all past: Aberdemo contested with
  results; Cwmderwen cancelled (a candidate died) and re-run on 23 April 2026, with
  results; Tregarreg uncontested (elected unopposed).
- 6 May 2027, the whole council, every ward: before the statement of persons
  nominated (due 9 April 2027), so every candidate is standing, not yet confirmed,
  and one has already withdrawn.
- 4 May 2028, the Police and Crime Commissioner: a whole-area ballot every district
  votes in, with photo ID required (PCC polls in Wales need it).

Dates of statements come from `pollcard timetable` for each poll.
"""

import csv
import io

# ward id, English name, Welsh name, polling districts, seats in May 2027
WARDS = [
    ("llanffug-north", "Llanffug North", "Gogledd Llanffug", ["AA-A", "AA-B", "AA-C"], 3),
    ("llanffug-south", "Llanffug South", "De Llanffug", ["AA-D", "AA-E"], 2),
    ("aberdemo", "Aberdemo", "Aberdemo", ["AA-F", "AA-G"], 2),
    ("cwmderwen", "Cwmderwen", "Cwmderwen", ["AA-H", "AA-Z"], 1),
    ("rhosfelen", "Rhosfelen", "Rhosfelen", ["AA-J", "AA-K"], 1),
    ("pentrewen", "Pentrewen", "Pentrewen", ["AA-L", "AA-M"], 1),
    ("betws-ffug", "Betws Ffug", "Betws Ffug", ["AA-N", "AA-P", "AA-Q"], 1),
    ("nant-y-derw", "Nant-y-Derw", "Nant-y-Derw", ["AA-R", "AA-S"], 2),
    ("tregarreg", "Tregarreg", "Tregarreg", ["AA-T", "AA-U"], 1),
    ("bryncelyn", "Bryncelyn", "Bryncelyn", ["AA-W", "AA-X", "AA-Y"], 1),
]

COUNCIL_ID = "demo-county"
BY_ELECTIONS = ("Demo County Council by-elections", "Isetholiadau Cyngor Sir Demo")
RERUN = ("Demo County Council by-election, Cwmderwen (re-run)", "Isetholiad Cyngor Sir Demo, Cwmderwen (ail-gynnal)")
WHOLE_COUNCIL = ("Demo County Council election", "Etholiad Cyngor Sir Demo")
PCC = ("Demo Police and Crime Commissioner election", "Etholiad Comisiynydd Heddlu a Throseddu Demo")

# Fictional parties.
RED = "Red Kite Party"
GREEN = "Fictional Green Party"
PLAID = "Plaid Ffug"
BLUE = "Blue Heron Party"
IND = "Independent"

BALLOT_COLUMNS = [
    "ballot_id", "election_name", "election_name_cy", "ballot_name", "ballot_name_cy", "ward_id",
    "voting_system", "seats", "sopn_date", "sopn_published", "photo_id_required", "cancelled_reason",
    "cancelled_reason_cy", "replaced_by", "turnout_percent", "electorate", "ballots_cast", "rejected_ballots",
]
CANDIDATE_COLUMNS = [
    "ballot_id", "name", "surname", "party", "party_description", "ballot_position", "status",
    "statement", "statement_cy", "votes",
]


def ward(ward_id):
    return next(w for w in WARDS if w[0] == ward_id)


def ballot_row(ballot_id, election, ward_id, seats, sopn_date, published, **extra):
    row = {
        "ballot_id": ballot_id,
        "election_name": election[0],
        "election_name_cy": election[1],
        "voting_system": "fptp",
        "seats": str(seats),
        "sopn_date": sopn_date,
        "sopn_published": "yes" if published else "no",
    }
    if ward_id:
        _, en, cy, _, _ = ward(ward_id)
        row.update(ballot_name=en, ballot_name_cy=cy, ward_id=ward_id)
    row.update(extra)
    return row


def ballots():
    aberdemo = "local.demo-county.aberdemo.by.2026-03-12"
    cwm = "local.demo-county.cwmderwen.by.2026-03-12"
    cwm_rerun = "local.demo-county.cwmderwen.by.2026-04-23"
    tregarreg = "local.demo-county.tregarreg.by.2026-03-12"
    rows = [
        ballot_row(aberdemo, BY_ELECTIONS, "aberdemo", 1, "2026-02-16", True,
                   turnout_percent="31.4", electorate="3312", ballots_cast="1040", rejected_ballots="9"),
        ballot_row(cwm, BY_ELECTIONS, "cwmderwen", 1, "2026-02-16", True,
                   cancelled_reason="Poll countermanded after the death of a candidate",
                   cancelled_reason_cy="Gohiriwyd y bleidlais ar ôl marwolaeth ymgeisydd", replaced_by=cwm_rerun),
        ballot_row(tregarreg, BY_ELECTIONS, "tregarreg", 1, "2026-02-16", True),
        ballot_row(cwm_rerun, RERUN, "cwmderwen", 1, "2026-03-26", True,
                   turnout_percent="27.9", electorate="1406", ballots_cast="392", rejected_ballots="4"),
    ]
    for ward_id, _, _, _, seats in WARDS:
        rows.append(ballot_row(f"local.demo-county.{ward_id}.2027-05-06", WHOLE_COUNCIL, ward_id, seats,
                               "2027-04-09", False))
    rows.append({
        "ballot_id": "pcc.demo-police.2028-05-04",
        "election_name": PCC[0],
        "election_name_cy": PCC[1],
        "ballot_name": "Demo Police Area",
        "ballot_name_cy": "Ardal Heddlu Demo",
        "voting_system": "fptp",
        "seats": "1",
        "sopn_date": "2028-04-05",
        "sopn_published": "no",
    })
    return rows


def person(ballot_id, name, party, status, surname="", description="", position="", statement=("", ""), votes=""):
    return {
        "ballot_id": ballot_id, "name": name, "surname": surname, "party": party, "party_description": description,
        "ballot_position": position, "status": status, "statement": statement[0], "statement_cy": statement[1],
        "votes": votes,
    }


# Standing in May 2027, per ward: (name, party[, surname]).
MAY_2027 = {
    "llanffug-north": [("Siân Pritchard", RED), ("Owain Glyn Davies", PLAID), ("Mererid Hopwood-Lewis", GREEN),
                       ("Tomos Rees", RED), ("Elinor O'Connor", BLUE)],
    "llanffug-south": [("Rhodri ap Iorwerth", PLAID, "ap Iorwerth"), ("Catrin Fychan", RED),
                       ("Dylan Öztürk", BLUE)],
    "aberdemo": [("Nia Wyn Roberts", PLAID), ("Gareth Lloyd", RED), ("Beca Thomas", GREEN)],
    "cwmderwen": [("Ffion Maddocks", PLAID), ("Huw Bevan", RED)],
    "rhosfelen": [("Angharad Jenkins", GREEN), ("Iwan Price", BLUE), ("Lowri Ellis", IND)],
    "pentrewen": [("Emyr Hughes", RED), ("Sioned Parry", PLAID)],
    "betws-ffug": [("Gwenllïan Morgan", IND), ("Peredur Jones", PLAID)],
    "nant-y-derw": [("Aled Watkins", RED), ("Manon Griffiths", PLAID), ("Zofia Nowak", GREEN),
                    ("Cai Edwards", BLUE)],
    "tregarreg": [("Dafydd Ŵyn Evans", PLAID), ("Megan Powell", RED)],
    "bryncelyn": [("Llinos Harries", IND), ("Bryn Vaughan", BLUE), ("Eirlys Thomas", RED)],
}


def candidates():
    rows = []
    aberdemo = "local.demo-county.aberdemo.by.2026-03-12"
    for name, party, status, votes in [
        ("Geraint Roberts", PLAID, "elected", "468"),
        ("Helen Ashworth", RED, "not_elected", "311"),
        ("Marc Le Fèvre", GREEN, "not_elected", "152"),
        ("Rhian Jones", BLUE, "not_elected", "100"),
    ]:
        rows.append(person(aberdemo, name, party, status, votes=votes))
    rows.append(person(aberdemo, "Owen Tudor", IND, "invalid"))
    cwm = "local.demo-county.cwmderwen.by.2026-03-12"
    for name, party in [("Eleri Haf Prosser", PLAID), ("Sam Whitfield", RED), ("Alun Jenkins", IND)]:
        rows.append(person(cwm, name, party, "nominated"))
    rerun = "local.demo-county.cwmderwen.by.2026-04-23"
    for name, party, status, votes in [
        ("Eleri Haf Prosser", PLAID, "elected", "201"),
        ("Sam Whitfield", RED, "not_elected", "117"),
        ("Bethan Morys", GREEN, "not_elected", "70"),
    ]:
        rows.append(person(rerun, name, party, status, votes=votes))
    rows.append(person("local.demo-county.tregarreg.by.2026-03-12", "Iolo Thomas", PLAID, "elected_unopposed",
                       statement=("I will keep Tregarreg's bus service running.",
                                  "Byddaf yn cadw gwasanaeth bws Tregarreg i redeg.")))
    for ward_id, standing in MAY_2027.items():
        ballot_id = f"local.demo-county.{ward_id}.2027-05-06"
        for entry in standing:
            name, party = entry[0], entry[1]
            surname = entry[2] if len(entry) > 2 else ""
            rows.append(person(ballot_id, name, party, "standing", surname=surname))
    rows.append(person("local.demo-county.rhosfelen.2027-05-06", "Wil Bowen", RED, "withdrawn"))
    pcc = "pcc.demo-police.2028-05-04"
    for name, party in [("Carys Llywelyn", PLAID), ("David Marsh", RED), ("Patrick O'Neill", BLUE)]:
        rows.append(person(pcc, name, party, "standing"))
    return rows


def table(columns, rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: row.get(column, "") for column in columns})
    return out.getvalue()


def wards_csv():
    rows = []
    for ward_id, en, cy, districts, _ in WARDS:
        for district in districts:
            rows.append({"polling_district": district, "ward_id": ward_id, "ward_name": en, "ward_name_cy": cy})
    return table(["polling_district", "ward_id", "ward_name", "ward_name_cy"], rows)


def ballots_csv():
    return table(BALLOT_COLUMNS, ballots())


def candidates_csv():
    return table(CANDIDATE_COLUMNS, candidates())


def figures():
    people = candidates()
    return {"ballots": len(ballots()), "candidates": len(people)}
