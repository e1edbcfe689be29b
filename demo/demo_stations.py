"""The demo council's polling stations, written by hand so that every accessibility
situation a voter can meet is present exactly once or more, with natural English and
Welsh text. Read by generate.py; everything here is fictional.

Feature answers are "yes", "no" or "" (not known). A feature left out of a station's
`features` is not known.
"""

FEATURES = [
    "is_temporary",
    "level_access",
    "temporary_ramp",
    "permanent_ramp",
    "nearby_parking",
    "disabled_parking",
    "hearing_loop",
    "public_toilets",
    "accessible_toilet",
    "seating",
    "wheelchair_height_booth",
    "tactile_voting_device",
    "large_print_ballot",
    "magnifiers",
    "lighting",
]

# Features with a note column in stations.csv (English and Welsh).
NOTE_FEATURES = ["level_access", "temporary_ramp", "permanent_ramp", "hearing_loop", "lighting"]

# The features Democracy Club's survey asks about.
DC_FEATURES = [
    "is_temporary",
    "nearby_parking",
    "disabled_parking",
    "level_access",
    "temporary_ramp",
    "hearing_loop",
    "public_toilets",
]

# Everything a voter could ask for, and step-free without needing a ramp.
FULLY_ACCESSIBLE = {feature: "yes" for feature in FEATURES} | {
    "is_temporary": "no",
    "temporary_ramp": "no",
    "permanent_ramp": "no",
}


def features(base=None, **answers):
    """A full feature map: `base` (or nothing known), then `answers` on top."""
    result = {feature: "" for feature in FEATURES}
    result.update(base or {})
    result.update(answers)
    return result


# Each station: id, polling district, name, address (without postcode), postcode,
# (lat, lon) or None, features, notes {feature: (en, cy)}, getting there (en, cy),
# at the station (en, cy); `survey` says whether the Democracy Club survey covers it
# and `survey_adds_welsh` whether only the survey has its Welsh text.
STATIONS = [
    dict(
        id="S1", town=1, district="AA-A", kind="fully accessible",
        name="Llanffug Library / Llyfrgell Llanffug", address="Heol y Castell, Llanffug", postcode="AA1 1BD",
        location=(52.52113, -3.47952),
        features=features(FULLY_ACCESSIBLE),
        getting_there=(
            "The library is on Heol y Castell, 200 metres from the bus station. There are four disabled parking "
            "bays beside the main entrance and a public car park behind the building.",
            "Mae'r llyfrgell ar Heol y Castell, 200 metr o'r orsaf fysiau. Mae pedwar man parcio i bobl anabl wrth "
            "ymyl y brif fynedfa a maes parcio cyhoeddus y tu ôl i'r adeilad.",
        ),
        at_the_station=(
            "Level entrance with automatic doors. You vote in the main hall on the ground floor. There is a hearing "
            "loop, seating and an accessible toilet, and the staff can help you.",
            "Mynedfa wastad gyda drysau awtomatig. Byddwch yn pleidleisio yn y brif neuadd ar y llawr gwaelod. Mae "
            "dolen glyw, seddi a thoiled hygyrch yno, a gall y staff eich helpu.",
        ),
        survey=True,
    ),
    dict(
        id="S2", town=1, district="AA-B", kind="level access, no hearing loop",
        name="Capel Bethel Vestry / Festri Capel Bethel", address="Stryd y Capel, Llanffug", postcode="AA1 3BE",
        location=(52.51874, -3.48391),
        features=features(
            FULLY_ACCESSIBLE, hearing_loop="no", disabled_parking="no", accessible_toilet="no"
        ),
        notes={
            "hearing_loop": (
                "There is no hearing loop. The staff can write things down for you.",
                "Does dim dolen glyw. Gall y staff ysgrifennu pethau i chi.",
            )
        },
        getting_there=(
            "The vestry is behind Capel Bethel on Stryd y Capel, off the High Street. Street parking is usually "
            "available on Stryd y Capel.",
            "Mae'r festri y tu ôl i Gapel Bethel ar Stryd y Capel, oddi ar y Stryd Fawr. Fel arfer mae lle i barcio "
            "ar Stryd y Capel.",
        ),
        at_the_station=(
            "Level access through the side door. There is no hearing loop. Toilets are available, but they are not "
            "suitable for wheelchair users.",
            "Mynediad gwastad drwy'r drws ochr. Does dim dolen glyw. Mae toiledau ar gael, ond dydyn nhw ddim yn "
            "addas i ddefnyddwyr cadair olwyn.",
        ),
    ),
    dict(
        id="S3", town=1, district="AA-C", kind="mixed yes, no and not known",
        name="Llanffug Rugby Club / Clwb Rygbi Llanffug", address="Ffordd y Cae, Llanffug", postcode="AA1 6RG",
        location=(52.52702, -3.47118),
        features=features(
            level_access="yes", temporary_ramp="no", nearby_parking="yes", disabled_parking="yes",
            public_toilets="yes", seating="yes", tactile_voting_device="yes", large_print_ballot="yes",
            is_temporary="no", lighting="no",
        ),
        notes={"lighting": ("The car park and the path are not lit.", "Does dim golau yn y maes parcio nac ar y llwybr.")},
        getting_there=(
            "The clubhouse is at the far end of Ffordd y Cae. Park in the club car park; the path from the car park "
            "is gravel.",
            "Mae'r clwb ym mhen draw Ffordd y Cae. Parciwch ym maes parcio'r clwb; mae'r llwybr o'r maes parcio yn "
            "raean.",
        ),
        at_the_station=(
            "Voting is in the function room on the ground floor. The car park is not lit after dark.",
            "Mae'r pleidleisio yn yr ystafell ddigwyddiadau ar y llawr gwaelod. Does dim golau yn y maes parcio ar "
            "ôl iddi dywyllu.",
        ),
        survey=True, survey_adds_welsh=True,
    ),
    dict(
        id="S4", town=1, district="AA-D", kind="portable cabin (temporary building) with a ramp",
        name="Portable cabin, Market car park / Caban dros dro, Maes Parcio'r Farchnad",
        address="Sgwâr y Farchnad / Market Square, Llanffug", postcode="AA1 4PT",
        location=(52.52015, -3.48240),
        features=features(
            FULLY_ACCESSIBLE, is_temporary="yes", level_access="no", temporary_ramp="yes", public_toilets="no",
            accessible_toilet="no",
        ),
        notes={
            "temporary_ramp": ("Ramp with handrails to the cabin door.", "Ramp gyda chanllawiau at ddrws y caban."),
            "hearing_loop": (
                "Portable hearing loop: ask the staff to switch it on.",
                "Dolen glyw symudol: gofynnwch i'r staff ei throi ymlaen.",
            ),
        },
        getting_there=(
            "The cabin is in the corner of the Market car park nearest the High Street. Two disabled parking bays "
            "are kept free beside it on polling day.",
            "Mae'r caban yng nghornel maes parcio'r Farchnad agosaf at y Stryd Fawr. Cedwir dau le parcio i bobl "
            "anabl yn rhydd wrth ei ymyl ar ddiwrnod y bleidlais.",
        ),
        at_the_station=(
            "This is a temporary building. A ramp with handrails leads to the door. There is a portable hearing "
            "loop, but no toilets.",
            "Adeilad dros dro yw hwn. Mae ramp gyda chanllawiau yn arwain at y drws. Mae dolen glyw symudol, ond "
            "does dim toiledau.",
        ),
        survey=True,
    ),
    dict(
        id="S5", town=1, district="AA-E", kind="fully accessible except magnifiers not known",
        name="Llanffug Leisure Centre / Canolfan Hamdden Llanffug",
        address="Ffordd yr Orsaf / Station Road, Llanffug", postcode="AA1 7LW",
        location=(52.51560, -3.47399),
        features=features(FULLY_ACCESSIBLE, magnifiers=""),
        getting_there=(
            "The leisure centre is on Station Road, next to the railway station. There is a large free car park "
            "with disabled bays by the entrance.",
            "Mae'r ganolfan hamdden ar Ffordd yr Orsaf, drws nesaf i'r orsaf drenau. Mae maes parcio mawr am ddim "
            "gyda mannau parcio i bobl anabl wrth y fynedfa.",
        ),
        at_the_station=(
            "Level entrance and wide corridors. Voting is in the sports hall, signposted from reception.",
            "Mynedfa wastad a choridorau llydan. Mae'r pleidleisio yn y neuadd chwaraeon, ac mae arwyddion o'r "
            "dderbynfa.",
        ),
    ),
    dict(
        id="S6", town=2, district="AA-F", kind="permanent ramp",
        name="Ysgol Gynradd Aberdemo / Aberdemo Primary School", address="Heol yr Ysgol, Aberdemo",
        postcode="AA2 1PR", location=(52.47108, -3.40237),
        features=features(FULLY_ACCESSIBLE, level_access="no", permanent_ramp="yes", public_toilets="no"),
        notes={
            "permanent_ramp": (
                "Gentle ramp with a handrail at the main door.",
                "Ramp graddol gyda chanllaw wrth y prif ddrws.",
            )
        },
        getting_there=(
            "Enter the school grounds from Heol yr Ysgol. The school car park is open to voters all day.",
            "Ewch i mewn i dir yr ysgol o Heol yr Ysgol. Mae maes parcio'r ysgol ar agor i bleidleiswyr drwy'r dydd.",
        ),
        at_the_station=(
            "A permanent ramp leads to the main door. Voting is in the school hall. There is an accessible toilet "
            "next to the hall.",
            "Mae ramp parhaol yn arwain at y prif ddrws. Mae'r pleidleisio yn neuadd yr ysgol. Mae toiled hygyrch "
            "wrth ymyl y neuadd.",
        ),
        survey=True,
    ),
    dict(
        id="S7", town=2, district="AA-G", kind="English text only",
        name="Aberdemo Community Centre", address="Stryd y Bont, Aberdemo", postcode="AA2 5EN",
        location=(52.46890, -3.39811),
        features=features(
            level_access="yes", temporary_ramp="no", permanent_ramp="no", hearing_loop="no", seating="yes",
            nearby_parking="yes", public_toilets="yes", accessible_toilet="yes", tactile_voting_device="yes",
            large_print_ballot="yes",
        ),
        getting_there=("The community centre is on Stryd y Bont, opposite the post office. Parking is on the street.", ""),
        at_the_station=("Level access. There is no hearing loop. Seating is available while you wait.", ""),
    ),
    dict(
        id="S8", town=3, district="AA-H", kind="temporary ramp",
        name="Cwmderwen Village Hall / Neuadd Bentref Cwmderwen", address="Lôn yr Eglwys, Cwmderwen",
        postcode="AA3 2HW", location=(52.56045, -3.62118),
        features=features(
            is_temporary="no", level_access="no", temporary_ramp="yes", permanent_ramp="no", nearby_parking="yes",
            disabled_parking="no", public_toilets="yes", accessible_toilet="no", seating="yes",
            tactile_voting_device="yes", large_print_ballot="yes", lighting="yes",
        ),
        notes={
            "temporary_ramp": (
                "Temporary ramp at the side door on Lôn yr Eglwys.",
                "Ramp dros dro wrth y drws ochr ar Lôn yr Eglwys.",
            )
        },
        getting_there=(
            "The hall is next to St Teilo's Church on Lôn yr Eglwys. There is a small car park behind the hall.",
            "Mae'r neuadd wrth ymyl Eglwys Sant Teilo ar Lôn yr Eglwys. Mae maes parcio bach y tu ôl i'r neuadd.",
        ),
        at_the_station=(
            "The front entrance has a step. On polling day a temporary ramp is put out at the side door; ring the "
            "bell and the staff will help.",
            "Mae gris wrth y fynedfa flaen. Ar ddiwrnod y bleidlais bydd ramp dros dro wrth y drws ochr; canwch y "
            "gloch a bydd y staff yn helpu.",
        ),
        survey=True,
    ),
    dict(
        id="S9", town=4, district="AA-J", kind="steps, no ramp",
        name="Capel Seion", address="Y Stryd Fawr, Rhosfelen", postcode="AA4 2SN",
        location=(52.61022, -3.55307),
        features=features(
            is_temporary="no", level_access="no", temporary_ramp="no", permanent_ramp="no", nearby_parking="yes",
            disabled_parking="no", hearing_loop="no", public_toilets="no", accessible_toilet="no", seating="yes",
            wheelchair_height_booth="no", tactile_voting_device="yes", large_print_ballot="yes", magnifiers="no",
            lighting="yes",
        ),
        notes={
            "level_access": (
                "Three steps with a handrail on the left. If you cannot use steps, contact the council about voting "
                "by post or by proxy.",
                "Tri gris gyda chanllaw ar y chwith. Os na allwch ddefnyddio grisiau, cysylltwch â'r cyngor am "
                "bleidleisio drwy'r post neu drwy ddirprwy.",
            )
        },
        getting_there=(
            "Capel Seion is on the main road through Rhosfelen. You can park in the lay-by opposite the chapel.",
            "Mae Capel Seion ar y brif ffordd drwy Rosfelen. Gallwch barcio yn y gilfan gyferbyn â'r capel.",
        ),
        at_the_station=(
            "There are three stone steps up to the door and no ramp. Voting is in the vestry at the back of the "
            "chapel.",
            "Mae tri gris carreg i fyny at y drws a does dim ramp. Mae'r pleidleisio yn y festri yng nghefn y capel.",
        ),
        survey=True,
    ),
    dict(
        id="S10", town=4, district="AA-K", kind="mixed yes, no and not known",
        name="Rhosfelen Scout Hut / Caban y Sgowtiaid", address="Lôn y Waun, Rhosfelen", postcode="AA4 3WN",
        location=(52.61377, -3.54861),
        features=features(level_access="yes", temporary_ramp="no", public_toilets="yes", seating="yes", lighting="no"),
        getting_there=(
            "The scout hut is at the top of Lôn y Waun, past the playing field.",
            "Mae caban y sgowtiaid ar ben Lôn y Waun, heibio i'r cae chwarae.",
        ),
        at_the_station=("Level access from the car park. Toilets are available.", "Mynediad gwastad o'r maes parcio. Mae toiledau ar gael."),
    ),
    dict(
        id="S11", town=5, district="AA-L", kind="good access",
        name="Pentrewen Memorial Hall / Neuadd Goffa Pentrewen", address="Stryd Fawr, Pentrewen",
        postcode="AA5 1GF", location=(52.43051, -3.58012),
        features=features(FULLY_ACCESSIBLE, wheelchair_height_booth="", magnifiers="no"),
        getting_there=(
            "The memorial hall is in the centre of the village, opposite the war memorial. Disabled parking is at "
            "the front.",
            "Mae'r neuadd goffa yng nghanol y pentref, gyferbyn â'r gofeb ryfel. Mae lle parcio i bobl anabl o "
            "flaen yr adeilad.",
        ),
        at_the_station=(
            "Level entrance. There is a hearing loop and an accessible toilet.",
            "Mynedfa wastad. Mae dolen glyw a thoiled hygyrch yno.",
        ),
        survey=True, survey_adds_welsh=True,
    ),
    dict(
        id="S12", town=5, district="AA-M", kind="one small step",
        name="Red Lion back room / Ystafell gefn y Llew Coch", address="Stryd Fawr, Pentrewen", postcode="AA5 1LT",
        location=(52.42978, -3.58155),
        features=features(level_access="no", temporary_ramp="no", permanent_ramp="no", seating="yes", public_toilets="yes"),
        getting_there=(
            "Use the side entrance of the Red Lion on Stryd Fawr; the polling station is in the back room, not the "
            "bar.",
            "Defnyddiwch fynedfa ochr y Llew Coch ar y Stryd Fawr; mae'r orsaf bleidleisio yn yr ystafell gefn, nid "
            "yn y bar.",
        ),
        at_the_station=("One small step at the side door. Seating is available.", "Mae un gris bach wrth y drws ochr. Mae seddi ar gael."),
    ),
    dict(
        id="S13", town=6, district="AA-N", kind="no location (directions only)",
        name="Tŷ Isaf Farm barn / Ysgubor Tŷ Isaf", address="Fferm Tŷ Isaf, Betws Ffug", postcode="AA6 4TY",
        location=None,
        features=features(
            is_temporary="no", level_access="yes", temporary_ramp="no", nearby_parking="yes", public_toilets="no",
            accessible_toilet="no", lighting="yes",
        ),
        getting_there=(
            "From the village, take the lane signposted Tŷ Isaf for one mile. The barn is on the right after the "
            "cattle grid. Park in the farmyard.",
            "O'r pentref, dilynwch y lôn sydd ag arwydd i Dŷ Isaf am filltir. Mae'r ysgubor ar y dde ar ôl y grid "
            "gwartheg. Parciwch ar fuarth y fferm.",
        ),
        at_the_station=(
            "The barn has a concrete floor and a wide, level doorway. There are no toilets.",
            "Mae llawr concrit a drws llydan, gwastad yn yr ysgubor. Does dim toiledau.",
        ),
        survey=True,
    ),
    dict(
        id="S14", town=6, district="AA-P", kind="all features not known, no text",
        name="Betws Ffug Church Hall / Neuadd yr Eglwys", address="Lôn yr Eglwys, Betws Ffug", postcode="AA6 5EH",
        location=(52.38992, -3.68870),
        features=features(),
        getting_there=("", ""),
        at_the_station=("", ""),
    ),
    dict(
        id="S15", town=6, district="AA-Q", kind="temporary ramp on request",
        name="Capel Salem", address="Y Groesffordd, Betws Ffug", postcode="AA6 5SL",
        location=(52.39140, -3.69233),
        features=features(level_access="no", temporary_ramp="yes", nearby_parking="yes", hearing_loop="no", seating="yes"),
        getting_there=(
            "Capel Salem is at the crossroads in the middle of Betws Ffug.",
            "Mae Capel Salem wrth y groesffordd yng nghanol Betws Ffug.",
        ),
        at_the_station=(
            "Two steps at the front door; a temporary ramp can be put out if you ask.",
            "Mae dau ris wrth y drws blaen; gellir gosod ramp dros dro os gofynnwch chi.",
        ),
    ),
    dict(
        id="S16", town=7, district="AA-R", kind="fully accessible",
        name="Nant-y-Derw Leisure Centre / Canolfan Hamdden Nant-y-Derw", address="Heol y Parc, Nant-y-Derw",
        postcode="AA7 1LP", location=(52.50112, -3.30047),
        features=features(FULLY_ACCESSIBLE),
        getting_there=(
            "The leisure centre is on Heol y Parc. Buses stop outside. There are six disabled parking bays by the "
            "entrance.",
            "Mae'r ganolfan hamdden ar Heol y Parc. Mae bysiau'n aros y tu allan. Mae chwe man parcio i bobl anabl "
            "wrth y fynedfa.",
        ),
        at_the_station=(
            "Level entrance with automatic doors. Voting is in the studio on the ground floor. A hearing loop, "
            "seating, magnifiers and an accessible toilet are available.",
            "Mynedfa wastad gyda drysau awtomatig. Mae'r pleidleisio yn y stiwdio ar y llawr gwaelod. Mae dolen "
            "glyw, seddi, chwyddwydrau a thoiled hygyrch ar gael.",
        ),
        survey=True,
    ),
    dict(
        id="S17", town=7, district="AA-S", kind="level access, accessible toilet out of use",
        name="Ysgol Nant-y-Derw", address="Lôn yr Ysgol, Nant-y-Derw", postcode="AA7 3YS",
        location=(52.49874, -3.29705),
        features=features(
            level_access="yes", temporary_ramp="no", nearby_parking="yes", accessible_toilet="no",
            public_toilets="yes", seating="yes", tactile_voting_device="yes",
        ),
        getting_there=(
            "Enter from Lôn yr Ysgol. The school car park is open to voters.",
            "Ewch i mewn o Lôn yr Ysgol. Mae maes parcio'r ysgol ar agor i bleidleiswyr.",
        ),
        at_the_station=(
            "Level access to the school hall. The accessible toilet is being rebuilt and is not available.",
            "Mynediad gwastad i neuadd yr ysgol. Mae'r toiled hygyrch yn cael ei ailadeiladu ac nid yw ar gael.",
        ),
    ),
    dict(
        id="S18", town=8, district="AA-T", kind="permanent ramp",
        name="Tregarreg Village Hall / Neuadd Bentref Tregarreg", address="Y Lawnt, Tregarreg", postcode="AA8 1RW",
        location=(52.58033, -3.38129),
        features=features(
            level_access="no", permanent_ramp="yes", temporary_ramp="no", nearby_parking="yes", hearing_loop="yes",
            accessible_toilet="yes", seating="yes", is_temporary="no",
        ),
        getting_there=(
            "The village hall is beside the green. There is parking on the road around the green.",
            "Mae neuadd y pentref wrth ymyl y lawnt. Mae lle i barcio ar y ffordd o gwmpas y lawnt.",
        ),
        at_the_station=(
            "A permanent ramp leads to the main door. Voting is in the main hall.",
            "Mae ramp parhaol yn arwain at y prif ddrws. Mae'r pleidleisio yn y brif neuadd.",
        ),
        survey=True, survey_adds_welsh=True,
    ),
    dict(
        id="S19", town=8, district="AA-U", kind="level access, no accessible toilet",
        name="Capel Horeb Schoolroom / Festri Capel Horeb", address="Heol Horeb, Tregarreg", postcode="AA8 2HB",
        location=(52.58291, -3.37650),
        features=features(level_access="yes", temporary_ramp="no", accessible_toilet="no", seating="yes", hearing_loop="yes"),
        getting_there=(
            "The schoolroom is behind Capel Horeb on Heol Horeb.",
            "Mae'r festri y tu ôl i Gapel Horeb ar Heol Horeb.",
        ),
        at_the_station=(
            "Level access through the garden gate. There is no accessible toilet.",
            "Mynediad gwastad drwy giât yr ardd. Does dim toiled hygyrch.",
        ),
    ),
    dict(
        id="S20", town=9, district="AA-W", kind="English text only",
        name="Bryncelyn Community Room", address="Clos y Dderwen, Bryncelyn", postcode="AA9 1DD",
        location=(52.65094, -3.44921),
        features=features(level_access="yes", temporary_ramp="no", seating="yes", hearing_loop="yes"),
        getting_there=(
            "The community room is on the ground floor of the Bryncelyn flats, with its entrance on Clos y Dderwen.",
            "",
        ),
        at_the_station=("Level entrance. Seating and a hearing loop are available.", ""),
    ),
    dict(
        id="S21", town=9, district="AA-X", kind="good access",
        name="Ysgol Bryncelyn", address="Ffordd y Mynydd, Bryncelyn", postcode="AA9 2FW",
        location=(52.65312, -3.45388),
        features=features(FULLY_ACCESSIBLE, hearing_loop="", magnifiers=""),
        getting_there=(
            "Ysgol Bryncelyn is on Ffordd y Mynydd. Disabled parking is signposted at the main gate.",
            "Mae Ysgol Bryncelyn ar Ffordd y Mynydd. Mae arwyddion i'r mannau parcio i bobl anabl wrth y brif giât.",
        ),
        at_the_station=(
            "Level access to the hall. An accessible toilet is next to reception.",
            "Mynediad gwastad i'r neuadd. Mae toiled hygyrch wrth ymyl y dderbynfa.",
        ),
        survey=True,
    ),
    dict(
        id="S22", town=9, district="AA-Y", kind="step at the porch, temporary ramp",
        name="St Cynog's Church / Eglwys Sant Cynog", address="Lôn yr Eglwys, Bryncelyn", postcode="AA9 3SE",
        location=(52.65560, -3.44502),
        features=features(level_access="no", temporary_ramp="yes", permanent_ramp="no", seating="yes", lighting="yes"),
        getting_there=(
            "The church is at the top of the village. Park on Lôn yr Eglwys.",
            "Mae'r eglwys ar ben uchaf y pentref. Parciwch ar Lôn yr Eglwys.",
        ),
        at_the_station=(
            "There is a step at the porch; a temporary ramp is in place on polling day. The church can be cold, so "
            "bring a coat.",
            "Mae gris wrth y porth; bydd ramp dros dro yn ei le ar ddiwrnod y bleidlais. Gall yr eglwys fod yn oer, "
            "felly dewch â chot.",
        ),
    ),
    # A second station in AA-R: the district's voters are split between S16 and this
    # one, so a location search in AA-R lists both. `second_in_district`: it is no
    # district's site (demo_districts.py) and takes no generated postcodes, only
    # AA7 5DT's addresses (generate.py), so adding it changed nothing else.
    dict(
        id="S23", town=7, district="AA-R", kind="level access, second station of a district",
        name="Nant-y-Derw Chapel Vestry / Festri Capel Nant-y-Derw", address="Heol y Dderwen, Nant-y-Derw",
        postcode="AA7 1LP", location=(52.50200, -3.30200),
        features=features(level_access="yes", temporary_ramp="no", seating="yes", accessible_toilet="yes"),
        getting_there=(
            "The vestry is behind the chapel on Heol y Dderwen, a short walk from the leisure centre.",
            "Mae'r festri y tu ôl i'r capel ar Heol y Dderwen, ychydig o gerdded o'r ganolfan hamdden.",
        ),
        at_the_station=(
            "Level access through the front door. There is seating and an accessible toilet.",
            "Mynediad gwastad drwy'r drws ffrynt. Mae seddi a thoiled hygyrch yno.",
        ),
        second_in_district=True,
    ),
]
