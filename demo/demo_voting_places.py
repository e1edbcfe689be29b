"""The demo council's advance voting places and polling-day hub, written by hand:
two advance voting places (one for the whole council, one for the Cwmderwen ward
only) in the fortnight before the May 2027 council election, and one hub for the whole
council on its polling day, 6 May 2027. Read by generate.py, which writes voting-places.csv in the
pollcard-voting-places/1 format; everything here is fictional.

Their accessibility answers differ so that the places page's filters change the
lists: only V1 and H1 are known to be step-free; only V1 has a hearing loop.
"""

import csv
import io

from demo_stations import FEATURES

COLUMNS = [
    "place_id", "kind", "name_en", "name_cy", "address_en", "address_cy", "postcode", "lat", "lon", "wards",
    "districts", "days", *FEATURES, "step_free_route", "getting_there_en", "getting_there_cy",
]

PLACES = [
    dict(
        place_id="V1", kind="advance",
        name=("Llanffug Town Hall", "Neuadd y Dref Llanffug"),
        address=("Sgwâr y Farchnad, Llanffug", "Sgwâr y Farchnad, Llanffug"), postcode="AA1 4PW",
        location=(52.52051, -3.48105), wards="", districts="",
        days="2027-04-24 10:00-16:00; 2027-04-26 10:00-18:00",
        features=dict(level_access="yes", step_free_route="yes", hearing_loop="yes", accessible_toilet="yes",
                      disabled_parking="yes", seating="yes"),
        getting_there=("On the Market Square, beside the bus stop.", "Ar Sgwâr y Farchnad, wrth ymyl yr arhosfan bysiau."),
    ),
    dict(
        place_id="V2", kind="advance",
        name=("Cwmderwen Chapel Vestry", "Festri Capel Cwmderwen"),
        address=("Heol yr Afon, Cwmderwen", "Heol yr Afon, Cwmderwen"), postcode="AA3 2HX",
        location=(52.56102, -3.62033), wards="cwmderwen", districts="",
        days="2027-04-27 12:00-19:00",
        features=dict(level_access="no", hearing_loop="no", seating="yes"),
        getting_there=("Two steps up from the road.", "Dau ris i fyny o'r ffordd."),
    ),
    dict(
        place_id="H1", kind="hub",
        name=("Llanffug Leisure Centre hub", "Hyb Canolfan Hamdden Llanffug"),
        address=("Ffordd y Parc, Llanffug", "Ffordd y Parc, Llanffug"), postcode="AA1 7LW",
        location=(52.51571, -3.47412), wards="", districts="",
        days="2027-05-06 07:00-22:00",
        features=dict(level_access="yes", step_free_route="yes", hearing_loop="no", accessible_toilet="yes"),
        getting_there=("In the sports hall foyer.", "Yng nghyntedd y neuadd chwaraeon."),
    ),
]


def voting_places_csv():
    """voting-places.csv: one row per place."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for place in PLACES:
        answers = [place["features"].get(feature, "") for feature in [*FEATURES, "step_free_route"]]
        writer.writerow([
            place["place_id"], place["kind"], *place["name"], *place["address"], place["postcode"],
            *place["location"], place["wards"], place["districts"], place["days"], *answers, *place["getting_there"],
        ])
    return out.getvalue()
