"""The demo council's places: its nine postcode districts (AA1 to AA9), each a town or
village with its streets, house names and farms. Read by generate.py; every place
here is invented.
"""

COUNCIL = {
    "id": "demo-county",
    "name_en": "Demo County Council",
    "name_cy": "Cyngor Sir Demo",
    # 01632 960xxx is set aside by Ofcom for drama: it can never ring a real person.
    "phone": "01632 960000",
    "email": "elections@example.org",
    "address_en": "Electoral Services, Demo County Council, County Hall, Heol y Castell, Llanffug, AA1 1ZZ",
    "address_cy": "Gwasanaethau Etholiadol, Cyngor Sir Demo, Neuadd y Sir, Heol y Castell, Llanffug, AA1 1ZZ",
    "website_en": "https://example.org/elections",
    "website_cy": "https://example.org/etholiadau",
}

# kind: "town" (numbered streets and flats), "village" (numbered and named houses),
# "rural" (named houses and farms along lanes).
TOWNS = {
    1: dict(
        name="Llanffug", kind="town", postcodes=44,
        streets=[
            "Heol y Castell", "Stryd Fawr", "Ffordd yr Orsaf / Station Road", "Stryd y Capel", "Heol y Bont",
            "Maes y Coed", "Lôn Glan yr Afon", "Church Street", "Victoria Terrace", "Clos y Dderwen",
            "Ffordd y Cae", "Bryn Teg", "Heol Newydd", "Sgwâr y Farchnad / Market Square", "Rhes y Felin",
            "Park Crescent", "Ffordd Dewi Sant", "Willow Close",
        ],
        flats=["Tŷ'r Felin", "Llys Hafren", "Glan yr Afon Court", "Plas y Dref"],
    ),
    2: dict(
        name="Aberdemo", kind="town", postcodes=26,
        streets=[
            "Stryd y Bont", "Heol yr Ysgol", "Glan-y-Môr Road", "Stryd y Dŵr", "Heol y Wern", "Rhodfa'r Cei",
            "Mill Lane", "Maes Glas", "Ffordd Caerffili", "Teras Bethania", "Harbour View",
        ],
        flats=["Tŷ'r Cei", "Harbour Court"],
    ),
    3: dict(
        name="Cwmderwen", kind="rural", postcodes=16,
        streets=["Lôn yr Eglwys", "Heol y Cwm", "Lôn Isaf", "Ffordd y Mynydd", "Maes yr Ysgol"],
    ),
    4: dict(
        name="Rhosfelen", kind="village", postcodes=22,
        streets=["Y Stryd Fawr", "Lôn y Waun", "Maes Newydd", "Heol y Rhos", "Bro Deg", "Chapel Row"],
    ),
    5: dict(
        name="Pentrewen", kind="village", postcodes=20,
        streets=["Stryd Fawr", "Heol Pen-y-Bryn", "Coed y Llan", "Station Terrace", "Lôn Las", "Maes Gwyn"],
    ),
    6: dict(
        name="Betws Ffug", kind="rural", postcodes=16,
        streets=["Lôn yr Eglwys", "Y Groesffordd", "Lôn y Mynydd", "Ffordd Tŷ Isaf", "Cwm Uchaf"],
    ),
    7: dict(
        name="Nant-y-Derw", kind="town", postcodes=28,
        streets=[
            "Heol y Parc", "Lôn yr Ysgol", "Stryd y Gorllewin / West Street", "Ffordd Derwen", "Oak Avenue",
            "Maes y Dderwen", "Heol Llys", "Teras y Glowyr", "Brynhyfryd",
        ],
        flats=["Llys Derwen", "Parc Court"],
    ),
    8: dict(
        name="Tregarreg", kind="village", postcodes=18,
        streets=["Y Lawnt", "Heol Horeb", "Lôn Carreg", "Bryn Awelon", "Quarry Road", "Maes y Chwarel"],
    ),
    9: dict(
        name="Bryncelyn", kind="village", postcodes=20,
        streets=["Clos y Dderwen", "Ffordd y Mynydd", "Lôn yr Eglwys", "Heol Celyn", "Holly Drive", "Maes Celyn"],
        flats=["Bryncelyn House"],
    ),
}

# Town centres, to place nothing in particular but to keep the figures plausible
# (mid Wales, near the English border: about 52.5 N, 3.5 W).
CENTRES = {
    1: (52.5200, -3.4800),
    2: (52.4700, -3.4000),
    3: (52.5600, -3.6200),
    4: (52.6100, -3.5500),
    5: (52.4300, -3.5800),
    6: (52.3900, -3.6900),
    7: (52.5000, -3.3000),
    8: (52.5800, -3.3800),
    9: (52.6500, -3.4500),
}

HOUSE_NAMES = [
    "Tŷ Gwyn", "Tŷ Coch", "Bryn Awel", "Min y Nant", "Y Bwthyn", "Hafan", "Glasfryn", "Rose Cottage", "Awelfryn",
    "Bron Haul", "Llys Derw", "Gwêl y Llyn", "The Old Vicarage", "Yr Hen Swyddfa Bost / The Old Post Office",
    "Penlan", "Delfryn", "Cartref", "Y Wern", "Ivy Cottage", "Tŷ'r Ysgol", "Nant yr Eos", "Bodlondeb", "Maesteg",
    "Orchard House", "Pen y Graig", "Llety'r Wennol", "Tŷ Capel", "Heulwen", "The Barn", "Gorwel",
]

FARMS = [
    "Fferm Tŷ Isaf", "Cae Mawr", "Ffridd Uchaf", "Pant-y-Ffynnon", "Blaen-y-Cwm", "Hendre Wen", "Llwyn Onn",
    "Penrhiw", "Tyddyn Bach", "Maes-yr-Haf", "Cefn Llwyd", "Gelli Aur", "Lower House Farm", "Upper Cwm Farm",
    "Bryn Eithin", "Ty'n y Coed", "Esgair Fawr", "Glan Gors",
]
