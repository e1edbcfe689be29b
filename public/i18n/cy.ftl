# Pollcard — catalog Cymraeg (Welsh catalogue).
# Every message here must also be in en.ftl (a unit test checks).

## Pob tudalen (every page)

service-name = Pollcard
skip-link = Neidio i'r prif gynnwys
language-switch-label = Dewiswch iaith
language-name-en = English
language-name-cy = Cymraeg
back = Yn ôl
loading = Wrthi'n llwytho…
title-error-prefix = Gwall:
error-prefix = Gwall:
error-summary-title = Mae problem wedi codi
fictional-title = Data demo ffug.
fictional-body = Mae'r cyngor hwn, ei orsafoedd pleidleisio a'i gyfeiriadau wedi'u creu i ddangos sut mae Pollcard yn gweithio. Peidiwch â'u defnyddio i weld ble i bleidleisio.
footer-contact-heading = Cysylltu â'ch cyngor
contact-phone = Ffôn:
contact-email = E-bost:
contact-website = Gwefan etholiadau'r cyngor
privacy-link = Preifatrwydd
search-again = Chwilio am god post arall
ask-council-heading = Gofynnwch i'ch cyngor

## Hafan: y cwestiwn cod post (home: the postcode question)

home-title = Dod o hyd i'ch gorsaf bleidleisio
home-lead = Rhowch eich cod post i weld ble rydych chi'n pleidleisio, pryd mae ar agor a pha mor hygyrch ydyw.
home-accessibility = Rydym yn dangos pa nodweddion hygyrchedd sydd gan bob gorsaf bleidleisio, pa rai nad oes ganddi, a beth nad yw'n hysbys eto.
home-privacy = Mae eich cod post yn aros ar y ddyfais hon.
home-privacy-link = Sut mae Pollcard yn defnyddio eich gwybodaeth
postcode-label = Cod post
postcode-hint = Er enghraifft, AA1 1AA
postcode-submit = Dod o hyd i orsaf bleidleisio
error-postcode = { $code ->
    [empty] Rhowch god post
   *[other] Rhowch god post llawn yn y DU, fel AA1 1AA
}
error-lookup-failed = Mae'n ddrwg gennym, nid oedd modd chwilio am eich cod post. Gwiriwch eich cysylltiad â'r rhyngrwyd a rhowch gynnig arall arni.
error-lookup-unverified = Nid oedd modd i ni gadarnhau bod yr wybodaeth ar gyfer y cod post hwn yn ddilys, felly nid ydym wedi'i dangos. Ail-lwythwch y dudalen a rhowch gynnig arall arni; os yw hyn yn dal i ddigwydd, gwiriwch eich cerdyn pleidleisio neu cysylltwch â'ch cyngor.

## Dewis cyfeiriad (address picker)

choose-address-title = Dewiswch eich cyfeiriad
# Welsh has six plural forms. After 2 the noun takes the soft mutation (dau
# gyfeiriad); after 3 and 6 the aspirate mutation (tri chyfeiriad, chwe chyfeiriad).
choose-address-found = { $count ->
    [zero] Ni ddaethom o hyd i unrhyw gyfeiriad ar gyfer { $postcode }.
    [one] Daethom o hyd i 1 cyfeiriad ar gyfer { $postcode }.
    [two] Daethom o hyd i 2 gyfeiriad ar gyfer { $postcode }.
    [few] Daethom o hyd i { $count } chyfeiriad ar gyfer { $postcode }.
    [many] Daethom o hyd i { $count } chyfeiriad ar gyfer { $postcode }.
   *[other] Daethom o hyd i { $count } cyfeiriad ar gyfer { $postcode }.
}
choose-address-why = Mae pobl mewn cyfeiriadau gwahanol yn y cod post hwn yn pleidleisio mewn gorsafoedd pleidleisio gwahanol.
continue = Parhau
error-select-address = Dewiswch eich cyfeiriad
choose-address-not-listed = Nid yw fy nghyfeiriad yma – chwilio eto

## Gorsaf bleidleisio (station)

station-caption = Eich gorsaf bleidleisio
# Shown on the station page when the council's data says this voter's polling
# station is not the one they had at the last election.
station-changed-title = Mae eich gorsaf bleidleisio wedi newid ers yr etholiad diwethaf.
station-changed-body = Gwiriwch y cyfeiriad ar y dudalen hon cyn i chi fynd: nid dyma ble y gwnaethoch chi bleidleisio y tro diwethaf.
opening-hours-heading = Oriau agor
opening-hours = { $opens } tan { $closes }
opening-hours-queue = Os ydych chi yn y ciw am { $closes }, cewch bleidleisio o hyd.
# yb = y bore (am), yh = yr hwyr (pm).
clock-time = { $minutes ->
    [none] { $hour }{ $period ->
        [am] yb
       *[pm] yh
    }
   *[other] { $hour }:{ $minutes }{ $period ->
        [am] yb
       *[pm] yh
    }
}
accessibility-heading = Hygyrchedd
accessibility-unsurveyed = Nid yw'r cyngor wedi dweud wrthym eto pa mor hygyrch yw'r orsaf bleidleisio hon. Gofynnwch iddyn nhw cyn i chi fynd.
# The answer agrees with the implied question: "Oes mynediad gwastad?" (is there…?)
# is answered Oes / Nac oes; "Ydy hi'n adeilad dros dro?" (is it…?) Ydy / Nac ydy.
availability = { $state ->
    [yes] { $feature ->
        [is_temporary] Ydy
       *[other] Oes
    }
    [no] { $feature ->
        [is_temporary] Nac ydy
       *[other] Nac oes
    }
   *[unknown] Ddim yn hysbys
}
feature-level_access = Mynediad gwastad
feature-permanent_ramp = Ramp parhaol
feature-temporary_ramp = Ramp dros dro
feature-disabled_parking = Parcio i bobl anabl
feature-nearby_parking = Parcio gerllaw
feature-is_temporary = Adeilad dros dro
feature-seating = Seddi
feature-accessible_toilet = Toiled hygyrch
feature-public_toilets = Toiledau cyhoeddus
feature-hearing_loop = Dolen sain
feature-lighting = Goleuadau da
feature-wheelchair_height_booth = Bwth pleidleisio ar uchder cadair olwyn
feature-tactile_voting_device = Dyfais bleidleisio gyffyrddol
feature-large_print_ballot = Papur pleidleisio print bras
feature-magnifiers = Chwyddwydrau
feature-step_free_route = Llwybr heb risiau o'r man gollwng
feature-wide_doors = Drws llydan (o leiaf 80 cm)
feature-steps_at_entrance = Grisiau wrth y fynedfa
feature-pencil_grips = Gafaelion pensil
feature-quiet_time = Amser tawel neu ymweliad synhwyraidd isel
feature-bsl_interpreter = Iaith Arwyddion Prydain neu gyfieithydd
feature-ballot_brought_outside = Dod â'r papur pleidleisio allan atoch chi
getting-there-heading = Cyrraedd yno
at-the-station-heading = Yn yr orsaf
no-information = Nid yw'r cyngor wedi rhoi unrhyw wybodaeth am hyn eto.
not-suitable-heading = Os nad yw'r orsaf bleidleisio hon yn addas i chi
not-suitable-body = Gallwch bleidleisio drwy'r post, neu ofyn i rywun rydych chi'n ymddiried ynddo bleidleisio ar eich rhan (pleidlais drwy ddirprwy). Mae angen i chi wneud cais cyn y dyddiad cau ar gyfer pob etholiad.
not-suitable-contact = Gall eich cyngor ddweud wrthych beth yw'r dyddiadau cau a pha help sydd ar gael yn yr orsaf bleidleisio. Mae eu manylion cyswllt ar waelod y dudalen hon.

# Offered on the station page when the data is national (many councils): everything
# for the postcode area of the lookup, kept on the device. $area: the postcode area, e.g. AA.
area-download-heading = Defnyddio Pollcard heb gysylltiad
area-download-body = Gallwch gadw'r holl wybodaeth am orsafoedd pleidleisio ar gyfer ardal cod post { $area } ar y ddyfais hon, er mwyn chwilio am unrhyw gyfeiriad yno heb gysylltiad â'r rhyngrwyd.
# The same on a station page opened by its address (no lookup): $area is the station's own postcode area.
area-download-station-body = Gallwch gadw'r holl wybodaeth am orsafoedd pleidleisio ar gyfer ardal cod post { $area }, lle mae'r orsaf bleidleisio hon, ar y ddyfais hon, er mwyn chwilio am unrhyw gyfeiriad yno heb gysylltiad â'r rhyngrwyd.
area-download-button = Lawrlwytho'r holl ddata ar gyfer yr ardal hon
area-download-busy = Wrthi'n lawrlwytho…
area-download-done = Wedi gorffen: mae'r wybodaeth ar gyfer ardal cod post { $area } ar y ddyfais hon.
area-download-failed = Nid oedd modd i ni lawrlwytho'r wybodaeth. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.
unknown-station-title = Ni allem ddod o hyd i'r orsaf bleidleisio honno
unknown-station-body = Efallai fod y ddolen wedi dyddio. Chwiliwch gyda'ch cod post i ddod o hyd i'ch gorsaf bleidleisio.

## Dim gorsaf, heb ei ganfod (no station, not found)

no-station-title = Nid ydym yn gwybod eto ble mae eich gorsaf bleidleisio
no-station-body = Nid yw eich cyngor wedi dweud eto ble mae pobl yn eich cyfeiriad yn { $postcode } yn pleidleisio.
no-station-poll-card = Bydd eich cerdyn pleidleisio yn dweud wrthych ble i bleidleisio. Os nad oes gennych un, gofynnwch i'ch cyngor.
not-found-title = Ni allem ddod o hyd i'r cod post hwnnw
# Worded so that the council's name follows "mae" and keeps its radical form
# ("gan" would need a mutation: gan Gyngor…).
not-found-body = Nid yw { $postcode } yn yr wybodaeth am orsafoedd pleidleisio y mae { $council } wedi'i chyhoeddi.
# Names the council in not-found-body when a national bundle covers no council there.
national-your-council = eich cyngor
not-found-advice-heading = Beth allwch chi ei wneud
not-found-advice-check = Gwiriwch y cod post ar eich cerdyn pleidleisio neu ar lythyr, a chwiliwch eto.
not-found-advice-new = Os yw eich cartref yn newydd, efallai nad yw'r cyngor wedi ei ychwanegu eto.
not-found-advice-other-council = Os ydych chi'n byw yn ardal cyngor arall, y cyngor hwnnw sy'n cyhoeddi ble rydych chi'n pleidleisio.

## Tudalen sydd angen chwiliad, wedi'i hail-lwytho (a page reloaded without a lookup)

start-again-title = Chwiliwch am eich gorsaf bleidleisio eto
start-again-body = Er mwyn diogelu eich preifatrwydd, nid yw Pollcard yn cadw eich cod post na'ch cyfeiriad. Mae'n eu hanghofio pan fyddwch yn ail-lwytho neu'n gadael y dudalen.
start-again-link = Dechrau eto

## Gwallau (errors)

page-not-found-title = Heb ddod o hyd i'r dudalen
page-not-found-body = Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.
page-not-found-link = Dod o hyd i'ch gorsaf bleidleisio
service-error-title = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
service-error-body = Nid oedd modd llwytho'r wybodaeth am orsafoedd pleidleisio. Rhowch gynnig arall arni yn nes ymlaen.
service-error-unverified = Nid oedd modd i ni gadarnhau bod yr wybodaeth hon yn ddilys, felly nid yw'n cael ei dangos. Rhowch gynnig arall arni yn nes ymlaen, gwiriwch eich cerdyn pleidleisio, neu cysylltwch â'ch cyngor.
service-error-poll-card = Mae eich cerdyn pleidleisio yn dweud wrthych ble i bleidleisio.
service-error-details = Manylion technegol

## Preifatrwydd (privacy)

privacy-title = Preifatrwydd
privacy-lead = Nid yw Pollcard yn anfon nac yn storio unrhyw beth amdanoch chi, oni bai eich bod yn gofyn iddo wneud hynny.
privacy-lookup-heading = Mae eich cod post yn aros ar y ddyfais hon
privacy-lookup-body = Mae Pollcard yn chwilio am eich cod post ar y ddyfais hon. Nid yw eich cod post, eich cyfeiriad na'ch lleoliad byth yn cael eu hanfon atom ni nac at unrhyw un arall, ac nid ydynt byth yn ymddangos mewn cyfeiriad gwe.
privacy-download-body = I wneud hyn, mae Pollcard yn llwytho i lawr yr wybodaeth am orsafoedd pleidleisio ar gyfer pob cod post sy'n dechrau gyda'r un llythrennau â'ch un chi. Ardal gyfan yw hon, felly ni all neb ddweud o'r hyn sy'n cael ei lwytho i lawr ble rydych chi'n byw.
privacy-storage-heading = Nid yw eich cod post na'ch cyfeiriad yn cael eu storio
privacy-storage-body = Nid yw Pollcard yn defnyddio cwcis ac nid yw'n cadw eich cod post na'ch cyfeiriad. Mae'n eu hanghofio pan fyddwch yn cau neu'n ail-lwytho'r dudalen.
privacy-third-party-heading = Dim olrhain
privacy-third-party-body = Nid oes gan Pollcard ddadansoddeg na hysbysebion, ac nid yw'n llwytho dim o wefannau eraill: dim mapiau, ffontiau na delweddau.
privacy-council-body = Os byddwch yn dilyn dolen i wefan eich cyngor, hysbysiad preifatrwydd y cyngor ei hun sy'n berthnasol yno.

## Data wedi'u llofnodi, diweddariadau a gweithio all-lein (signed data, updates, offline)
date-long = { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
release-published = Gwybodaeth a gyhoeddwyd ar { $date }, fersiwn { $version }.
release-history-link = Hanes cyhoeddi
release-history-title = Hanes cyhoeddi
release-history-lead = Pob fersiwn o'r wybodaeth hon a gyhoeddwyd erioed, y diweddaraf yn gyntaf. Mae pob cofnod yn cynnwys ôl bys o'r un cyn hynny, felly ni ellir ailysgrifennu'r hanes heb i hynny ddangos.
release-history-version = Fersiwn
release-history-published = Cyhoeddwyd
release-history-fingerprint = Ôl bys (SHA-256)
release-history-broken = Nid oedd modd gwirio'r hanes cyhoeddi: nid yw'n cyfateb i'r wybodaeth sy'n cael ei defnyddio. Mae'r wybodaeth ei hun wedi cael ei gwirio ac mae'n ddilys.
release-history-unavailable = Nid yw'r hanes cyhoeddi ar gael.
release-expired-title = Efallai fod yr wybodaeth hon wedi dyddio.
release-expired-body = Roedd i fod i gael ei disodli ar { $date }. Holwch { $council } cyn i chi fynd.
release-clock-body = Mae'r dyddiad ar eich dyfais yn edrych yn anghywir, felly ni all Pollcard ddweud a yw'r wybodaeth hon yn gyfredol. Holwch { $council } cyn i chi fynd.
offline-update-ready = Mae fersiwn newydd yn barod.
offline-updated-elsewhere = Mae Pollcard wedi cael ei ddiweddaru mewn ffenestr arall. Ail-lwythwch y dudalen hon i ddefnyddio'r fersiwn newydd.
offline-reload = Ail-lwytho
offline-refused-altered = Nid oedd modd i ni gadarnhau bod diweddariad i'r wybodaeth hon yn ddilys, felly nid ydym wedi'i ddefnyddio.
offline-refused-rollback = Cawsom fersiwn hŷn o'r wybodaeth hon na'r un sydd gennych eisoes, felly nid ydym wedi'i defnyddio.
offline-refused-expired = Cawsom ddiweddariad sydd wedi dyddio, felly nid ydym wedi'i ddefnyddio.
offline-refused-unsupported = Ni all y porwr hwn wirio bod diweddariadau'n ddilys, felly nid ydym wedi defnyddio'r un diweddaraf.
offline-showing = Mae Pollcard yn dangos yr wybodaeth a gyhoeddwyd ar { $date } (fersiwn { $version }). Os oes amheuaeth, gwiriwch eich cerdyn pleidleisio neu cysylltwch â { $council }.
offline-storage = Nid oes gan eich dyfais ddigon o le storio i gadw copi cyfredol o Pollcard i'w ddefnyddio heb y rhyngrwyd. Mae Pollcard yn dal i weithio tra byddwch ar-lein; rhyddhewch rywfaint o le ac ail-lwythwch y dudalen.

## Ap y gellir ei osod (installable app: web app manifest)
# Yr hyn y mae ffôn neu gyfrifiadur yn ei ddangos ar gyfer Pollcard ar ôl ei osod.
# What a phone or computer shows once Pollcard is installed; `pollcard finalize-dist`
# writes them into manifest.cy.webmanifest. The short name has room for about 12
# characters.

app-name = Pollcard: dod o hyd i'ch gorsaf bleidleisio
app-short-name = Pollcard
app-description = Dewch o hyd i'ch gorsaf bleidleisio, pryd mae ar agor a pha mor hygyrch ydyw. Mae eich cod post yn aros ar eich dyfais.

## Heb JavaScript (without JavaScript: the page's <noscript> fallback)
# Shown only when the browser cannot run Pollcard; written into index.html by
# `pollcard finalize-dist` with the council's contact details from the data bundle.

noscript-title = Mae angen JavaScript ar Pollcard
noscript-body = Mae angen JavaScript a WebAssembly ar Pollcard i chwilio am eich cod post ar eich dyfais eich hun. Maen nhw wedi'u diffodd neu ddim ar gael yn y porwr hwn.
noscript-instead = Mae eich cerdyn pleidleisio yn dweud wrthych ble i bleidleisio. Os nad oes gennych un, neu os ydych am wybod pa mor hygyrch yw eich gorsaf bleidleisio, cysylltwch â'ch cyngor.
noscript-no-data = Mae manylion cyswllt eich cyngor ar eich cerdyn pleidleisio ac ar wefan y cyngor.

## Elections
# Etholiadau'r pleidleisiwr (/elections) ac un balot (/ballot/…). Mae date-weekday
# yn rhoi dyddiad mewn geiriau ("dydd Iau 6 Mai 2027").

elections-link = Etholiadau ac ymgeiswyr lle rydych chi'n byw
elections-yours-title = Eich etholiadau
elections-yours-for = Etholiadau ar gyfer { $whom }.
elections-all-title = Etholiadau
elections-all-lead = Pob etholiad rydym yn gwybod amdano yn ardal y cyngor hwn. Chwiliwch gyda'ch cod post i weld dim ond y rhai y gallwch bleidleisio ynddynt.
elections-find-yours = Dod o hyd i'r etholiadau ar gyfer eich cyfeiriad
elections-upcoming-heading = I ddod
elections-results-heading = Canlyniadau
elections-polling-day = Diwrnod pleidleisio: { $date }
elections-ballot-cancelled = wedi'i chanslo
elections-ballot-uncontested = etholwyd yn ddiwrthwynebiad
elections-none-now = Does dim etholiadau yma ar hyn o bryd.
elections-next = Yr etholiad nesaf rydym yn gwybod amdano yn ardal y cyngor hwn yw { $name }, { $date }.
elections-next-unknown = Dydyn ni ddim yn gwybod pryd bydd yr etholiad nesaf yma. Mae'r cyngor yn cyhoeddi hysbysiad etholiad tua 5 wythnos cyn y diwrnod pleidleisio.
elections-choose-address-why = Mae pobl mewn cyfeiriadau gwahanol yn y cod post hwn yn pleidleisio mewn etholiadau gwahanol.
elections-none-data-title = Does dim gwybodaeth am etholiadau
elections-none-data-body = Does gan Pollcard ddim gwybodaeth am etholiadau yma. Gall eich cyngor ddweud wrthych pa etholiadau sydd i ddod a phwy sy'n sefyll.
weekday-1 = Llun
weekday-2 = Mawrth
weekday-3 = Mercher
weekday-4 = Iau
weekday-5 = Gwener
weekday-6 = Sadwrn
weekday-7 = Sul
date-weekday = dydd { $weekday } { $day } { $month } { $year }
date-weekday-on = ddydd { $weekday } { $day } { $month } { $year }
date-time-weekday = { $time } ddydd { $weekday } { $day } { $month } { $year }

ballot-unknown-title = Ni allem ddod o hyd i'r balot hwnnw
ballot-unknown-body = Efallai fod y ddolen wedi dyddio. Chwiliwch gyda'ch cod post i ddod o hyd i'ch etholiadau.
ballot-polling-day = Diwrnod pleidleisio
ballot-voting-system = System bleidleisio
ballot-voting-system-name = { $system ->
    [fptp] Y cyntaf i'r felin
    [stv] Pleidlais sengl drosglwyddadwy
    [ams_constituency] System aelodau ychwanegol: etholaeth
    [ams_regional] System aelodau ychwanegol: rhestr ranbarthol
    [sv] Pleidlais atodol
   *[closed_list] Rhestr gaeedig o bleidiau
}
ballot-seats = Seddi i'w llenwi
ballot-voting-age = Pwy sy'n cael pleidleisio
ballot-voting-age-value = Pleidleiswyr cofrestredig sy'n { $age } oed neu'n hŷn ar y diwrnod pleidleisio
ballot-cancelled = Cafodd y bleidlais hon ei chanslo.
ballot-replaced-by = Mae'r bleidlais newydd { $date }
ballot-uncontested = { $past ->
    [true] { $count ->
        [one] Dim ond 1 ymgeisydd a safodd, felly doedd dim angen pleidlais: etholwyd { $names } yn ddiwrthwynebiad.
       *[other] Ni safodd mwy o ymgeiswyr nag oedd o seddi, felly doedd dim angen pleidlais: etholwyd { $names } yn ddiwrthwynebiad.
    }
   *[other] { $count ->
        [one] Dim ond 1 ymgeisydd sy'n sefyll, felly does dim angen pleidlais: etholir { $names } yn ddiwrthwynebiad.
       *[other] Does dim mwy o ymgeiswyr yn sefyll nag sydd o seddi, felly does dim angen pleidlais: etholir { $names } yn ddiwrthwynebiad.
    }
}
ballot-candidates-heading = Ymgeiswyr
ballot-candidates-caption = Ymgeiswyr { $ballot }, yn y drefn y byddant ar y papur pleidleisio
ballot-provisional = Nid yw'r ymgeiswyr hyn wedi'u cadarnhau nes i'r cyngor gyhoeddi'r rhestr swyddogol { $date }.
ballot-provisional-no-date = Nid yw'r ymgeiswyr hyn wedi'u cadarnhau nes i'r cyngor gyhoeddi'r rhestr swyddogol o ymgeiswyr.
ballot-no-candidates = Dydyn ni ddim yn gwybod pwy sy'n sefyll eto.
ballot-not-on-paper = Ddim ar y papur pleidleisio:
ballot-column-position = Safle
ballot-column-list = Rhestr plaid
ballot-column-list-position = Lle ar y rhestr
ballot-column-name = Enw
ballot-column-party = Plaid
ballot-column-status = Statws
ballot-column-votes = Pleidleisiau
ballot-column-result = Canlyniad
ballot-no-party = Dim plaid
ballot-status = { $status ->
    [standing] Yn sefyll (heb ei gadarnhau)
    [nominated] Enwebiad dilys
    [invalid] Enwebiad annilys
    [withdrawn] Wedi tynnu'n ôl
    [deselected] Dim cefnogaeth gan y blaid mwyach (ar y papur pleidleisio o hyd)
    [elected] Etholwyd
    [not_elected] Heb ennill
   *[elected_unopposed] Etholwyd yn ddiwrthwynebiad
}
ballot-results-heading = Canlyniadau
ballot-results-caption = Pleidleisiau pob ymgeisydd, y mwyaf yn gyntaf
ballot-turnout = Nifer a bleidleisiodd
ballot-percent = { $percent }%
ballot-electorate = Pleidleiswyr cofrestredig
ballot-ballots-cast = Papurau pleidleisio a gyfrifwyd
ballot-rejected = Papurau pleidleisio a wrthodwyd
ballot-how-to-mark-heading = Sut i bleidleisio
ballot-rehearse-link = Gweld y papur pleidleisio ac ymarfer ei lenwi
ballot-at-the-station-heading = Yn yr orsaf bleidleisio
ballot-photo-id-required = Mae angen i chi ddangos ID â llun i bleidleisio mewn gorsaf bleidleisio yn yr etholiad hwn.
ballot-photo-id-not-required = Does dim angen ID â llun arnoch i bleidleisio yn yr etholiad hwn.
ballot-photo-id-accepted = Gallwch ddefnyddio unrhyw un o'r rhain, hyd yn oed os yw wedi dod i ben, cyn belled â'i fod yn dal i edrych fel chi:
ballot-photo-id-free = { $nation ->
    [northern-ireland] Os nad oes gennych unrhyw un o'r rhain, gallwch wneud cais am Gerdyn Adnabod Etholiadol am ddim.
   *[other] Os nad oes gennych unrhyw un o'r rhain, gallwch wneud cais i'ch cyngor am Dystysgrif Awdurdod Pleidleisiwr am ddim.
}
ballot-queue = Yn y ciw am { $closes }? Gallwch bleidleisio o hyd.

key-dates-heading = Dyddiadau allweddol
key-date-title = { $event ->
    [notice_of_election] Cyhoeddi hysbysiad etholiad
    [close_of_nominations] Enwebiadau'n cau
    [sopn_publication] Cyhoeddi'r rhestr swyddogol o ymgeiswyr
    [withdrawal] Diwrnod olaf i ymgeiswyr dynnu'n ôl
    [registration] Cofrestru i bleidleisio
    [postal_application] Gwneud cais am bleidlais bost
    [postal_change] Newid neu ganslo pleidlais bost
    [postal_proxy] Gwneud cais am bleidlais bost drwy ddirprwy
    [proxy_application] Gwneud cais am bleidlais drwy ddirprwy
    [vac_application] Gwneud cais am Dystysgrif Awdurdod Pleidleisiwr am ddim (ID â llun)
    [emergency_proxy] Gwneud cais am bleidlais frys drwy ddirprwy
    [replacement_postal_pack_from] Pleidleisiau post newydd ar gael o
    [replacement_postal_pack_until] Diwrnod olaf i gael pleidlais bost newydd
    [postal_return] Rhaid cyflwyno pleidleisiau post
    [poll_open] Gorsafoedd pleidleisio'n agor
    [poll_close] Gorsafoedd pleidleisio'n cau
   *[count] Cyfrif y pleidleisiau
}
key-date-action = { $event ->
    [close_of_nominations] i gyflwyno papurau enwebu
    [withdrawal] i dynnu'n ôl fel ymgeisydd
    [registration] i gofrestru i bleidleisio
    [postal_application] i wneud cais am bleidlais bost
    [postal_change] i newid neu ganslo pleidlais bost
    [postal_proxy] i wneud cais am bleidlais bost drwy ddirprwy
    [proxy_application] i wneud cais am bleidlais drwy ddirprwy
    [vac_application] i wneud cais am Dystysgrif Awdurdod Pleidleisiwr
    [emergency_proxy] i wneud cais am bleidlais frys drwy ddirprwy
    [replacement_postal_pack_until] i gael pleidlais bost newydd
   *[postal_return] i gyflwyno eich pleidlais bost
}
key-date-by = Erbyn { $when }
key-date-left = { $days ->
    [zero] Dim diwrnod gwaith ar ôl { $action }
    [one] 1 diwrnod gwaith ar ôl { $action }
    [two] 2 ddiwrnod gwaith ar ôl { $action }
   *[other] { $days } diwrnod gwaith ar ôl { $action }
}
key-date-today = Heddiw yw'r diwrnod olaf { $action }.
key-date-passed = Mae'r dyddiad cau { $action } wedi mynd heibio.
key-date-still = { $event ->
    [proxy_application] Gallwch wneud cais am bleidlais drwy ddirprwy o hyd tan { $when }.
    [emergency_proxy] Os yw argyfwng meddygol neu eich gwaith yn eich rhwystro rhag pleidleisio'n bersonol, gallwch wneud cais am bleidlais frys drwy ddirprwy o hyd tan { $when }.
   *[postal_return] Gallwch gyflwyno eich pleidlais bost o hyd mewn gorsaf bleidleisio yn eich ardal tan { $when }.
}
calendar-download = Ychwanegu'r dyddiadau hyn at eich calendr (.ics)
calendar-event = { $title } – { $election }

## Settings and accessibility
# Long texts are read line by line (see en.ftl): "## " a heading, "- " a list item,
# "=> PATH TEXT" a link, anything else a paragraph.
# `# awaiting-review` above a message: the Welsh is ours and waits for review by a
# professional translator (docs/accessibility.md); the marker goes once it is checked.

# awaiting-review
settings-link = Gosodiadau
# awaiting-review
settings-title = Gosodiadau
# awaiting-review
settings-lead = Newidiwch sut mae Pollcard yn edrych ar y ddyfais hon. Mae pob newid yn digwydd ar unwaith ac yn cael ei gadw yn y porwr hwn yn unig.
# awaiting-review
settings-text-size-legend = Maint y testun
# awaiting-review
settings-text-size-default = Safonol
# awaiting-review
settings-text-size-large = Mawr
# awaiting-review
settings-text-size-larger = Mwy
# awaiting-review
settings-text-size-largest = Mwyaf (dwywaith y maint safonol)
# awaiting-review
settings-contrast-legend = Lliwiau a chyferbyniad
# awaiting-review
settings-contrast-hint = Gyda lliwiau safonol, mae Pollcard yn newid i gyferbyniad uchel pan fydd eich dyfais yn gofyn am fwy o gyferbyniad. Mae modd cyferbyniad uchel neu liwiau gorfodol eich dyfais bob amser yn dod yn gyntaf.
# awaiting-review
settings-contrast-default = Lliwiau safonol
# awaiting-review
settings-contrast-dark = Cyferbyniad uchel: testun gwyn ar ddu
# awaiting-review
settings-contrast-light = Cyferbyniad uchel: testun du ar wyn
# awaiting-review
settings-spacing-legend = Bylchau rhwng llinellau, geiriau a llythrennau
# awaiting-review
settings-spacing-default = Bylchau safonol
# awaiting-review
settings-spacing-wide = Bylchau lletach, sy'n haws eu darllen i rai pobl â dyslecsia
# awaiting-review
settings-motion-legend = Symud
# awaiting-review
settings-motion-hint = Does dim llawer o symud yn Pollcard. Os yw eich dyfais wedi'i gosod i leihau symud, mae Pollcard bob amser yn gwneud hynny.
# awaiting-review
settings-motion-default = Dilyn fy nyfais
# awaiting-review
settings-motion-reduce = Lleihau symud
# awaiting-review
settings-language-legend = Iaith
# awaiting-review
settings-language-hint = Mae tudalen gychwyn Pollcard yn agor yn yr iaith hon.
# awaiting-review
settings-saved = { $setting }: { $choice }. Mae eich gosodiadau wedi'u cadw ar y ddyfais hon.
# awaiting-review
settings-delete-heading = Dileu eich data ar y ddyfais hon
# awaiting-review
settings-delete-what =
    Mae hyn yn dileu popeth mae Pollcard yn ei gadw amdanoch chi yn y porwr hwn:
    - eich gosodiadau (maint y testun, lliwiau, bylchau, symud ac iaith)
    - unrhyw gais drafft y dewisoch ei gadw
    - cod post a chyfeiriad eich chwiliad diwethaf, y mae Pollcard yn eu cadw dim ond nes i chi gau neu ail-lwytho'r dudalen
    - yr wybodaeth am ardaloedd cod post eraill a lawrlwythwyd gennych gyda “Lawrlwytho'r holl ddata ar gyfer yr ardal hon”
    Nid yw'n dileu'r ap ei hun na'r wybodaeth am orsafoedd pleidleisio a gyhoeddwyd gan eich cyngor, y mae Pollcard yn ei chadw er mwyn gweithio heb gysylltiad. Mae hefyd yn cadw rhif y fersiwn mwyaf newydd o'r wybodaeth honno y mae wedi'i gweld, fel na all neb ddangos copi hŷn i chi: nid yw hyn yn dweud dim amdanoch chi.
# awaiting-review
settings-delete-button = Dileu fy holl ddata ar y ddyfais hon
# awaiting-review
settings-delete-confirm-title = Ydych chi'n siŵr eich bod am ddileu eich data ar y ddyfais hon?
# awaiting-review
settings-delete-confirm-body = Ni allwch ddadwneud hyn. Bydd eich gosodiadau'n mynd yn ôl i'r rhai safonol.
# awaiting-review
settings-delete-yes = Ydw, dileu fy nata
# awaiting-review
settings-delete-cancel = Na, cadw fy nata
# awaiting-review
settings-deleted = Mae eich data ar y ddyfais hon wedi'i ddileu ac mae eich gosodiadau yn ôl i'r rhai safonol.
# awaiting-review
privacy-settings-heading = Eich gosodiadau
# awaiting-review
privacy-settings-body = Os byddwch yn newid gosodiadau Pollcard (maint y testun, lliwiau, bylchau, symud neu iaith), caiff eich dewisiadau eu cadw yn storfa leol y porwr hwn fel eu bod yn berthnasol y tro nesaf y byddwch yn agor Pollcard. Nid ydynt yn dweud dim am bwy ydych chi na ble rydych chi'n byw, ac nid ydynt byth yn cael eu hanfon i unman. Gallwch eu dileu, ac unrhyw beth arall mae Pollcard yn ei gadw, ar y dudalen gosodiadau.

# awaiting-review
disabled-voting-link = Pleidleisio os ydych yn anabl
# awaiting-review
disabled-voting-station-link = Pleidleisio os ydych yn anabl: help yn yr orsaf bleidleisio, a ffyrdd eraill o bleidleisio
# awaiting-review
disabled-voting-title = Pleidleisio os ydych yn anabl
# awaiting-review
disabled-voting-lead = Mae gennych hawl i bleidleisio ar eich pen eich hun ac yn gyfrinachol, ac i gael help os ydych ei eisiau.
# awaiting-review
disabled-voting-body =
    ## Beth sy'n rhaid i bob gorsaf bleidleisio ei gael
    - copi print bras o'r papur pleidleisio i'w weld, a chopi print bras y gallwch ei ddal
    - dyfais bleidleisio gyffyrddol: gorchudd plastig sy'n ffitio dros y papur pleidleisio fel y gallwch ddod o hyd i bob blwch drwy gyffwrdd
    - cadeiriau, fel y gallwch eistedd tra byddwch yn aros neu'n pleidleisio
    - chwyddwydrau
    - bwth pleidleisio ar uchder cadair olwyn
    - staff yn gwisgo bathodynnau, fel eich bod yn gwybod pwy i ofyn iddynt am help
    Rhaid i'r Swyddog Canlyniadau, sy'n cynnal yr etholiad, ddarparu'r offer sydd ei angen ar bleidleiswyr anabl i bleidleisio ar eu pen eu hunain ac yn gyfrinachol. Mae gan lawer o orsafoedd pleidleisio hefyd ramp neu fynediad gwastad, golau ychwanegol, gafaelion pensil, blwch pleidleisio isel, parcio i bobl anabl a chopïau braille o'r papur pleidleisio. Mae tudalen eich gorsaf bleidleisio yn Pollcard yn dweud pa rai o'r rhain sydd gan eich gorsaf, pa rai nad oes ganddi, a pha rai nad ydynt yn hysbys.
    Gallwch ddefnyddio eich ffôn yn y bwth pleidleisio i'ch helpu i ddarllen y papur pleidleisio, er enghraifft gyda chwyddwydr, tortsh neu ap testun-i-leferydd. Peidiwch â thynnu lluniau o'r papur pleidleisio.
    ## Dod â rhywun i'ch helpu
    Gallwch ddod â rhywun gyda chi i'ch helpu i bleidleisio. Rhaid iddynt fod yn 18 oed neu'n hŷn. Dywedwch wrth y staff pan fyddwch yn cyrraedd eu bod yn eich helpu. Bydd gofyn iddynt lenwi ffurflen fer.
    ## Gofyn i'r staff am help
    Gallwch ofyn i'r swyddog llywyddu, y person sy'n gyfrifol am yr orsaf bleidleisio, eich helpu i farcio eich papur pleidleisio. Rhaid iddynt gadw eich pleidlais yn gyfrinachol.
    Os na allwch fynd i mewn i'r adeilad, gofynnwch i'ch cyngor cyn diwrnod y bleidlais a all y swyddog llywyddu ddod â'r papur pleidleisio allan atoch chi.
    ## Os nad yw eich gorsaf bleidleisio yn addas i chi
    - Pleidleisio drwy'r post: caiff eich papur pleidleisio ei anfon atoch a byddwch yn ei bostio'n ôl. Mae angen i chi wneud cais cyn y dyddiad cau ar gyfer pob etholiad.
    - Pleidleisio drwy ddirprwy: mae rhywun rydych chi'n ymddiried ynddo yn pleidleisio ar eich rhan. Mae angen i chi wneud cais cyn y dyddiad cau. Os byddwch yn mynd yn anabl neu'n sâl ar ôl y dyddiad cau, gallwch wneud cais am ddirprwy brys tan 5pm ar ddiwrnod y bleidlais.
    - Dywedwch wrth eich cyngor beth sydd ei angen arnoch, fel ramp, cadair neu help gan staff, cyn diwrnod y bleidlais. Mae eu manylion cyswllt ar waelod y dudalen hon.
    Yng Ngogledd Iwerddon mae angen i chi roi rheswm dros bleidlais drwy'r post neu drwy ddirprwy, fel anabledd neu salwch, a Swyddfa Etholiadol Gogledd Iwerddon sy'n delio â cheisiadau.
    => /ways-to-vote Ffyrdd o bleidleisio: yn bersonol, drwy’r post neu drwy ddirprwy, a’r dyddiadau cau
    => /settings Newid maint y testun, lliwiau a bylchau Pollcard

# awaiting-review
accessibility-link = Datganiad hygyrchedd
# awaiting-review
accessibility-title = Datganiad hygyrchedd ar gyfer Pollcard
# awaiting-review
accessibility-body =
    Mae'r datganiad hwn yn berthnasol i Pollcard, y gwasanaeth gorsafoedd pleidleisio ac etholiadau ar y wefan hon. Y cyngor y mae ei fanylion cyswllt ar waelod pob tudalen sy'n ei gyhoeddi.
    Rydym am i gymaint o bobl â phosibl allu defnyddio Pollcard. Er enghraifft, mae hynny'n golygu y dylech allu:
    - newid maint y testun, y lliwiau a'r bylchau ar y dudalen gosodiadau, neu gyda gosodiadau eich porwr neu eich dyfais
    - chwyddo hyd at 400% heb i'r testun ddiflannu oddi ar y sgrin
    - defnyddio'r gwasanaeth cyfan gyda bysellfwrdd yn unig, neu gyda meddalwedd adnabod lleferydd
    - defnyddio'r gwasanaeth cyfan gyda darllenydd sgrin, fel NVDA, JAWS, TalkBack a VoiceOver
    - defnyddio'r gwasanaeth yn Gymraeg neu yn Saesneg
    - defnyddio'r gwasanaeth heb gysylltiad, ar ôl i chi ei agor
    Rydym hefyd wedi gwneud y testun mor syml ag y gallwn. Mae gan AbilityNet gyngor ar wneud eich dyfais yn haws i'w defnyddio os oes gennych anabledd.
    => https://mcmw.abilitynet.org.uk/ AbilityNet (gwefan Saesneg)
    ## Pa mor hygyrch yw'r gwasanaeth hwn
    Rydym yn gwybod nad yw rhai rhannau o Pollcard yn gwbl hygyrch:
    - mae disgrifiadau'r cyngor ei hun o orsafoedd pleidleisio, fel sut i gyrraedd yno, yn cael eu dangos fel y'u hysgrifennwyd gan y cyngor ac efallai nad ydynt mewn iaith glir
    - pan fydd y cyngor yn rhoi disgrifiad mewn un iaith yn unig, caiff ei ddangos yn yr iaith honno
    - nid yw testun Cymraeg y tudalennau gosodiadau, hygyrchedd a phleidleisio os ydych yn anabl wedi cael ei wirio eto gan gyfieithydd proffesiynol
    - nid oes fersiynau Hawdd eu Deall o'r tudalennau eto, a dim botwm i gael y ffeithiau allweddol wedi'u darllen yn uchel
    - pan fydd fersiwn newydd o Pollcard yn barod, mae'r neges amdani yn ymddangos uwchben y ddolen i neidio i'r prif gynnwys
    ## Adborth a gwybodaeth gyswllt
    Os oes angen gwybodaeth o'r gwasanaeth hwn arnoch mewn fformat gwahanol, fel print bras, Hawdd ei Deall, sain neu braille, cysylltwch â'ch cyngor. Mae eu manylion cyswllt ar waelod y dudalen hon.
    ## Rhoi gwybod am broblemau hygyrchedd
    Rydym bob amser yn ceisio gwella hygyrchedd y gwasanaeth hwn. Os byddwch yn dod o hyd i unrhyw broblemau nad ydynt wedi'u rhestru ar y dudalen hon, neu os ydych yn credu nad ydym yn bodloni gofynion hygyrchedd, cysylltwch â'ch cyngor.
    ## Y weithdrefn orfodi
    Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy'n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018 (y rheoliadau hygyrchedd). Os nad ydych yn hapus â'r ffordd rydym yn ymateb i'ch cwyn, cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS).
    => https://www.equalityadvisoryservice.com/ Y Gwasanaeth Cynghori a Chymorth Cydraddoldeb (Saesneg)
    Os ydych yng Ngogledd Iwerddon ac nad ydych yn hapus â'r ffordd rydym yn ymateb i'ch cwyn, cysylltwch â Chomisiwn Cydraddoldeb Gogledd Iwerddon, sy'n gyfrifol am orfodi'r rheoliadau hygyrchedd yng Ngogledd Iwerddon.
    => https://www.equalityni.org/ Comisiwn Cydraddoldeb Gogledd Iwerddon (Saesneg)
    ## Gwybodaeth dechnegol am hygyrchedd y gwasanaeth hwn
    Mae'r cyngor wedi ymrwymo i wneud y gwasanaeth hwn yn hygyrch, yn unol â Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018.
    ## Statws cydymffurfio
    Mae'r gwasanaeth hwn yn cydymffurfio'n rhannol â safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2, oherwydd y diffyg cydymffurfio a restrir isod.
    ## Cynnwys nad yw'n hygyrch
    Ni all testun y cyngor sy'n cymysgu Cymraeg a Saesneg mewn un disgrifiad nodi pa ran sydd ym mha iaith, felly efallai y bydd darllenydd sgrin yn darllen rhan ohono yn y llais anghywir. Mae hyn yn methu maen prawf llwyddiant 3.1.2 WCAG 2.2 (Iaith Rhannau). Rydym yn dangos pob disgrifiad yn iaith y darllenydd pryd bynnag y bydd y cyngor yn ei roi, ac yn nodi disgrifiad yn yr iaith arall fel cyfanwaith.
    ## Beth rydym yn ei wneud i wella hygyrchedd
    Caiff pob tudalen ei gwirio'n awtomatig, yn Gymraeg ac yn Saesneg, ar led ffôn a bwrdd gwaith, gyda lliwiau gorfodol, y lliwiau cyferbyniad uchel a'r testun mwyaf, bob tro y caiff Pollcard ei adeiladu. Rydym yn bwriadu ychwanegu tudalennau Hawdd eu Deall, darllen ffeithiau allweddol yn uchel, a phrofi gyda phleidleiswyr anabl.
    ## Paratoi'r datganiad hygyrchedd hwn
    Paratowyd y datganiad hwn ar 26 Tachwedd 2026. Cafodd ei adolygu ddiwethaf ar 26 Tachwedd 2026.
    Cafodd Pollcard ei brofi ddiwethaf ar 26 Tachwedd 2026 yn erbyn safon AA WCAG 2.2. Cynhaliwyd y prawf gan brosiect Pollcard gyda gwiriadau awtomatig (axe-core) o bob tudalen, a gyda gwiriadau bysellfwrdd.

## Ymgeiswyr a'r papur pleidleisio (candidates and ballot paper)
# After 2 "blwch" (box) takes the soft mutation (2 flwch); "ymgeisydd" (candidate)
# starts with a vowel and does not change. Statuses avoid "ei" (his/her), whose
# mutation would give the candidate a gender.

paper-title = Ymarfer eich papur pleidleisio ar gyfer { $ballot }
paper-lead = Dyma'r papur pleidleisio fel y caiff ei argraffu, gyda'r enwau yn yr un drefn. Mae gwybod y drefn yn help os byddwch yn defnyddio'r ddyfais bleidleisio gyffyrddol, sydd â fflap wedi'i rifo dros bob blwch.
paper-provisional = { $date ->
    [none] Papur dros dro yw hwn. Nid yw'r cyngor wedi cyhoeddi'r rhestr swyddogol o ymgeiswyr (y datganiad o'r personau a enwebwyd) eto, felly gall yr enwau a'u trefn newid.
   *[other] Papur dros dro yw hwn. Bydd y cyngor yn cyhoeddi'r rhestr swyddogol o ymgeiswyr (y datganiad o'r personau a enwebwyd) ar { $date }. Tan hynny, gall yr enwau a'u trefn newid.
}
paper-cancelled = Cafodd y bleidlais hon ei chanslo. Dyma'r papur a fyddai wedi cael ei ddefnyddio.
paper-how-to-mark-heading = Sut i farcio eich papur pleidleisio
paper-legend = Papur pleidleisio ymarfer: { $ballot }
paper-practice-hint = { $allowed ->
    [one] Rhowch groes mewn un blwch yn unig.
    [two] Rhowch groes mewn hyd at 2 flwch.
   *[other] Rhowch groes mewn hyd at { $allowed } blwch.
}
paper-practice-only = Ymarfer yn unig yw hwn: nid yw eich marciau'n cael eu hanfon na'u cadw yn unman.
paper-no-practice = Caiff y papur hwn ei farcio â rhifau neu ddewisiadau yn hytrach na chroesau, felly does dim ymarfer yma. Darllenwch sut i'w farcio uchod.
paper-position = { $position } o { $total }
paper-verdict = { $state ->
    [blank] Nid ydych wedi marcio unrhyw flwch. Ni fyddai papur heb farc yn cael ei gyfrif.
    [too_many] Rydych wedi marcio { $marks ->
        [two] 2 flwch
       *[other] { $marks } blwch
    }, sy'n ormod. Ni fyddai'r papur hwn yn cael ei gyfrif.
   *[valid] Byddai'r papur hwn yn cael ei gyfrif. Rydych wedi marcio { $marks ->
        [two] 2 flwch
       *[other] { $marks } blwch
    } allan o uchafswm o { $allowed }.
}
paper-ballot-link = Ymgeiswyr, dyddiadau allweddol a chanlyniadau'r bleidlais hon

candidate-search-title = Dod o hyd i ymgeisydd
candidate-search-lead = Chwiliwch am unrhyw un sy'n sefyll, neu sydd wedi sefyll, yn yr etholiadau y mae gan Pollcard wybodaeth amdanynt yma.
candidate-search-label = Enw'r ymgeisydd
candidate-search-hint = Gallwch deipio rhan o enw, mewn priflythrennau neu beidio, gydag acenion neu hebddynt. Er enghraifft, mae fevre yn dod o hyd i Le Fèvre.
candidate-search-submit = Chwilio
candidate-search-footer-link = Dod o hyd i ymgeisydd
error-candidate-name = Rhowch enw ymgeisydd
candidate-search-found = { $count ->
    [0] Nid oes unrhyw ymgeisydd yn cyfateb i “{ $query }”
   *[other] Mae { $count } ymgeisydd yn cyfateb i “{ $query }”
}
candidate-search-none-advice = Gwiriwch y sillafu, neu rhowch gynnig ar ran o'r enw: y cyfenw yn unig, neu ei lythrennau cyntaf.
candidate-search-elections-link = Gweld pob etholiad a phleidlais
candidate-search-no-data-title = Nid oes gwybodaeth am etholiadau yma
candidate-search-no-data-body = Nid oes gan Pollcard unrhyw etholiadau nac ymgeiswyr ar gyfer yr ardal hon ar hyn o bryd. Gall eich cyngor ddweud wrthych am etholiadau sydd ar y ffordd.
candidate-unknown-title = Ni allem ddod o hyd i'r bleidlais na'r ymgeisydd hwnnw
candidate-unknown-body = Efallai fod y ddolen wedi dyddio. Chwiliwch gyda'ch cod post i ddod o hyd i'ch etholiadau, neu chwiliwch am ymgeisydd yn ôl enw.
candidate-ballot-line = { $ballot }: { $election }, { $date }
candidate-status-short = { $status ->
    [standing] Yn sefyll (heb gadarnhad eto)
    [nominated] Enwebiad dilys
    [invalid] Enwebiad annilys
    [withdrawn] Tynnwyd yr enwebiad yn ôl
    [deselected] Dad-ddewiswyd gan y blaid; yn dal ar y papur pleidleisio
    [elected] Etholwyd
    [not_elected] Aflwyddiannus
   *[elected_unopposed] Etholwyd yn ddiwrthwynebiad
}

candidate-caption = Ymgeisydd
candidate-status-meaning = { $status ->
    [standing] { $date ->
        [none] Yn sefyll. Ni fydd hyn wedi'i gadarnhau nes i'r cyngor gyhoeddi'r datganiad o'r personau a enwebwyd, y rhestr swyddogol o ymgeiswyr.
       *[other] Yn sefyll. Ni fydd hyn wedi'i gadarnhau nes i'r cyngor gyhoeddi'r datganiad o'r personau a enwebwyd, y rhestr swyddogol o ymgeiswyr, ar { $date }.
    }
    [nominated] Enwebiad dilys: mae'r ymgeisydd ar y datganiad o'r personau a enwebwyd, felly bydd enw'r ymgeisydd ar y papur pleidleisio.
    [invalid] Nid oedd yr enwebiad yn ddilys, felly nid yw enw'r ymgeisydd ar y papur pleidleisio.
    [withdrawn] Tynnwyd yr enwebiad yn ôl, felly nid yw enw'r ymgeisydd ar y papur pleidleisio.
    [deselected] Tynnodd y blaid ei chefnogaeth yn ôl ar ôl i'r enwebiadau gau. Mae enw'r ymgeisydd yn dal ar y papur pleidleisio gydag enw'r blaid, oherwydd ni ellir newid y papur ar ôl hynny.
    [elected] Etholwyd.
    [not_elected] Aflwyddiannus: ni chafodd yr ymgeisydd ddigon o bleidleisiau i ennill sedd.
   *[elected_unopposed] Etholwyd yn ddiwrthwynebiad: ni safodd mwy o ymgeiswyr nag oedd o seddi, felly ni fu pleidlais.
}
candidate-status-term = Statws
candidate-votes-term = Pleidleisiau
candidate-party-term = Plaid
candidate-description-term = Disgrifiad ar y papur pleidleisio
candidate-ballot-term = Pleidlais
candidate-poll-term = Diwrnod pleidleisio
candidate-statement-heading = Yn eu geiriau eu hunain
candidate-paper-link = Ymarfer ar y papur pleidleisio
candidate-ballot-cancelled = Cafodd y bleidlais hon ei chanslo. Mae tudalen y bleidlais yn dweud pam, a pha bleidlais sy'n cymryd ei lle.
candidate-timetable-heading = Eu hamserlen
candidate-timetable-meanings = Beth mae'r dyddiadau hyn yn ei olygu i ymgeisydd
candidate-event-meaning = { $event ->
    [notice_of_election] Mae'r cyngor yn cyhoeddi'r etholiad ac yn dweud ble a phryd y gellir cyflwyno papurau enwebu.
    [close_of_nominations] Rhaid i bapurau enwebu gyrraedd y swyddog canlyniadau erbyn yr amser uchod. Ar ôl hyn, ni all neb arall sefyll.
    [withdrawal] Gall ymgeisydd dynnu'n ôl drwy roi rhybudd ysgrifenedig cyn yr amser uchod. Ar ôl hynny, mae enw'r ymgeisydd yn aros ar y papur pleidleisio.
    [sopn_publication] Y datganiad o'r personau a enwebwyd: y rhestr swyddogol o ymgeiswyr y mae eu henwebiadau'n ddilys, fel y byddant yn ymddangos ar y papur pleidleisio.
    [poll_open] Mae'r pleidleisio'n dechrau. Caiff ymgeiswyr a'u hasiantiaid ymweld â gorsafoedd pleidleisio, ond ni chânt ymgyrchu ynddynt.
   *[poll_close] Mae'r pleidleisio'n dod i ben am 10pm; gall unrhyw un sydd yn y ciw bryd hynny bleidleisio o hyd. Mae'r cyfrif yn dilyn.
}

## Location and map

location-home-link = Neu defnyddiwch eich lleoliad yn lle cod post
location-title = Dod o hyd i'ch gorsaf bleidleisio o'r lle rydych chi
location-lead = Os ydych chi gartref, gall Pollcard ddod o hyd i'ch gorsaf bleidleisio o leoliad eich dyfais.
location-privacy = Dim ond ar y ddyfais hon y defnyddir eich lleoliad. Nid yw byth yn cael ei anfon at neb, ei gadw na'i roi mewn cyfeiriad gwe, ac mae'n cael ei anghofio pan fyddwch yn cau'r dudalen neu'n ei hail-lwytho.
location-now-not-registered = Mae hyn yn dod o hyd i'r orsaf bleidleisio ar gyfer y lle rydych chi nawr, nid ar gyfer y cyfeiriad lle rydych wedi cofrestru i bleidleisio. Os ydych oddi cartref, chwiliwch yn ôl cod post yn lle hynny.
location-button = Defnyddio fy lleoliad
location-asking = Wrthi'n dod o hyd i'ch lleoliad…
location-found-heading = Eich gorsaf bleidleisio
location-found-one = Yr orsaf bleidleisio ar gyfer y lle rydych chi nawr yw:
location-found-several = Yn y lle rydych chi nawr, mae pleidleiswyr yn mynd i wahanol orsafoedd pleidleisio. Chwiliwch yn ôl cod post i weld pa un yw'ch un chi:
location-now-reminder = Dyma'r orsaf ar gyfer y lle rydych chi nawr. Os ydych wedi cofrestru mewn cyfeiriad arall, chwiliwch yn ôl ei god post.
location-not-announced = Rydych chi mewn dosbarth pleidleisio nad yw'r cyngor wedi cyhoeddi ei orsaf bleidleisio eto. Chwiliwch yn ôl cod post, neu cysylltwch â'r cyngor.
location-outside = Mae eich lleoliad y tu allan i bob dosbarth pleidleisio sydd gan Pollcard. Chwiliwch yn ôl cod post yn lle hynny.
location-no-boundaries = Nid oes gan Pollcard ffiniau'r dosbarthiadau pleidleisio ar gyfer yr ardal hon, felly ni all ddefnyddio eich lleoliad. Chwiliwch yn ôl cod post yn lle hynny.
location-denied = Ni chafodd Pollcard ganiatâd i ddefnyddio eich lleoliad. Gallwch ei ganiatáu yng ngosodiadau eich porwr, neu chwilio yn ôl cod post yn lle hynny.
location-unavailable = Ni allai eich dyfais ddod o hyd i'ch lleoliad. Chwiliwch yn ôl cod post yn lle hynny.
location-timeout = Cymerodd ormod o amser i ddod o hyd i'ch lleoliad. Rhowch gynnig arall arni, neu chwiliwch yn ôl cod post yn lle hynny.
location-failed = Ni allai Pollcard lwytho ffiniau'r dosbarthiadau pleidleisio. Chwiliwch yn ôl cod post yn lle hynny.
location-postcode-link = Chwilio yn ôl cod post
location-postcode-instead = Chwilio yn ôl cod post yn lle hynny
map-heading = Map
# $station: the station's name.
map-label = Map o'r dosbarth pleidleisio o gwmpas { $station }, gyda'r gogledd ar y brig
map-zoom-in = Chwyddo i mewn
map-zoom-out = Chwyddo allan
map-north = G
map-station = Gorsaf bleidleisio
map-you = Chi
# $distance: a number; $unit: m or km; $direction: a compass-* message.
map-direction = Mae'r orsaf bleidleisio tua { $distance } { $unit ->
    [km] km
   *[m] m
} i'r { $direction } ohonoch chi.
compass-north = gogledd
compass-north-east = gogledd-ddwyrain
compass-east = dwyrain
compass-south-east = de-ddwyrain
compass-south = de
compass-south-west = de-orllewin
compass-west = gorllewin
compass-north-west = gogledd-orllewin
map-external-heading = Cyfarwyddiadau mewn ap arall
map-external-note = Mae'r dolenni hyn yn gadael Pollcard. Maen nhw'n rhoi lleoliad yr orsaf yn unig i'r ap neu'r wefan arall, nid eich lleoliad chi byth.
map-external-app = Agor yn eich ap mapiau (yn agor ap arall)
map-external-web = Agor yn OpenStreetMap (yn agor gwefan arall)
# $date: "on" and a date, as in date-weekday-on.
provenance-surveyed = Arolygwyd hygyrchedd { $date }.

## Ceisiadau am bleidlais bost a phleidlais drwy ddirprwy (/apply/postal, /apply/proxy)
# $name: enw’r dyddiad (absent-date-name-…), mewn gwallau dyddiad.

# awaiting-review
absent-start-title-postal = Gwneud cais am bleidlais bost
# awaiting-review
absent-start-title-proxy = Gwneud cais am bleidlais drwy ddirprwy
# awaiting-review
absent-start-lead-postal = Atebwch ychydig o gwestiynau ac mae Pollcard yn llenwi'r ffurflen gais i chi ei hargraffu, ei llofnodi a'i hanfon. Yna caiff eich pecyn pleidleisio ei bostio atoch cyn y diwrnod pleidleisio.
# awaiting-review
absent-start-lead-proxy = Atebwch ychydig o gwestiynau ac mae Pollcard yn llenwi'r ffurflen gais i chi ei hargraffu, ei llofnodi a'i hanfon. Yna bydd eich dirprwy – rhywun rydych chi'n ymddiried ynddo – yn pleidleisio ar eich rhan.
# awaiting-review
absent-start-privacy = Mae eich atebion yn aros ar y ddyfais hon. Nid yw Pollcard yn eu hanfon i unman, ac mae'n eu hanghofio pan fyddwch chi'n cau'r dudalen oni bai eich bod yn dewis eu cadw yma.
# awaiting-review
absent-start-button = Dechrau nawr
# awaiting-review
absent-ready-heading = Beth i'w gael yn barod
# awaiting-review
absent-ready-ni-number = Eich rhif Yswiriant Gwladol, neu'r rheswm na allwch ei roi
# awaiting-review
absent-ready-signature-photo = I wneud cais ar-lein yn lle hynny: llun o'ch llofnod mewn inc du ar bapur gwyn plaen
# awaiting-review
absent-ready-sign-form = Beiro du: llofnodwch y ffurflen argraffedig y tu mewn i'r blwch
# awaiting-review
absent-ready-attester = Rhaid i'r ffurflen gael ei llofnodi hefyd gan { $attester } i gadarnhau eich rhesymau
# awaiting-review
absent-ready-send = Postiwch hi neu ewch â hi i { $authority } cyn y dyddiad cau
# awaiting-review
absent-authority-council = Gwasanaethau etholiadol, { $council }
# awaiting-review
absent-authority-eoni = Swyddfa Etholiadol Gogledd Iwerddon (EONI)
# awaiting-review
absent-attester-health-professional = meddyg, nyrs neu weithiwr iechyd neu ofal cymdeithasol cofrestredig arall
# awaiting-review
absent-attester-employer = eich cyflogwr
# awaiting-review
absent-attester-course-tutor = cyfarwyddwr neu diwtor eich cwrs
# awaiting-review
absent-online-postal = Gwneud cais am bleidlais bost ar-lein ar GOV.UK (yn gadael Pollcard)
# awaiting-review
absent-online-proxy = Gwneud cais am bleidlais drwy ddirprwy ar-lein ar GOV.UK (yn gadael Pollcard)
# awaiting-review
absent-q-full-name = Beth yw eich enw llawn?
# awaiting-review
absent-q-previous-name = Ydych chi wedi cofrestru i bleidleisio dan enw gwahanol?
# awaiting-review
absent-q-registered-address = Beth yw'r cyfeiriad rydych chi wedi cofrestru i bleidleisio ynddo?
# awaiting-review
absent-q-date-of-birth = Beth yw eich dyddiad geni?
# awaiting-review
absent-q-ni-number = Beth yw eich rhif Yswiriant Gwladol?
# awaiting-review
absent-q-scope = Am ba mor hir ydych chi eisiau hyn?
# awaiting-review
absent-q-ground = Pam na allwch chi bleidleisio'n bersonol?
# awaiting-review
absent-q-ballot-address = I ble dylid anfon eich pecyn pleidleisio?
# awaiting-review
absent-q-proxy-name = Pwy fydd yn pleidleisio ar eich rhan?
# awaiting-review
absent-q-proxy-address = Beth yw cyfeiriad eich dirprwy?
# awaiting-review
absent-q-proxy-relationship = Sut mae eich dirprwy yn perthyn i chi?
# awaiting-review
absent-q-proxy-limit = Ar ran pwy arall mae eich dirprwy yn pleidleisio?
# awaiting-review
absent-q-proxy-able-and-willing = All eich dirprwy bleidleisio ar eich rhan?
# awaiting-review
absent-q-signature = Allwch chi lofnodi'r ffurflen?
# awaiting-review
absent-q-contact = Sut gall y gwasanaethau etholiadol gysylltu â chi? (dewisol)
# awaiting-review
absent-label-full-name = Enw llawn
# awaiting-review
absent-label-previous-name = Enw llawn blaenorol (dewisol)
# awaiting-review
absent-hint-previous-name = Gadewch hwn yn wag os ydych chi bob amser wedi cofrestru dan eich enw presennol.
# awaiting-review
absent-legend-registered-address = Eich cyfeiriad cofrestredig
# awaiting-review
absent-legend-ballot-address-other = Y cyfeiriad i'w anfon iddo
# awaiting-review
absent-legend-proxy-address = Cyfeiriad eich dirprwy
# awaiting-review
absent-label-address-line-1 = Llinell 1 y cyfeiriad
# awaiting-review
absent-label-address-line-2 = Llinell 2 y cyfeiriad (dewisol)
# awaiting-review
absent-label-address-town = Tref neu ddinas
# awaiting-review
absent-label-address-postcode = Cod post
# awaiting-review
absent-label-date-of-birth = Dyddiad geni
# awaiting-review
absent-hint-date-of-birth = Er enghraifft, 27 3 1985
# awaiting-review
absent-date-day = Diwrnod
# awaiting-review
absent-date-month = Mis
# awaiting-review
absent-date-year = Blwyddyn
# awaiting-review
absent-date-name-birth = Dyddiad geni
# awaiting-review
absent-date-name-until = Y dyddiad gorffen
# awaiting-review
absent-label-ni-number = Rhif Yswiriant Gwladol
# awaiting-review
absent-hint-ni-number = Mae ar eich llythyr Yswiriant Gwladol, eich slip cyflog neu eich P60. Er enghraifft, ‘QQ 12 34 56 C’.
# awaiting-review
absent-label-ni-number-cannot = Nid oes gen i un neu ni allaf ei roi
# awaiting-review
absent-label-ni-number-reason = Pam na allwch chi ei roi?
# awaiting-review
absent-legend-scope = Dewiswch un
# awaiting-review
absent-choice-scope-one-poll = Ar gyfer yr etholiad nesaf yn unig
# awaiting-review
absent-choice-scope-period = Tan ddyddiad rwy'n ei ddewis
# awaiting-review
absent-choice-scope-maximum = Cyhyd ag y mae'r gyfraith yn ei ganiatáu ({ $years } blynedd, yna gwneud cais eto)
# awaiting-review
absent-choice-scope-maximum-not-stated = Cyhyd ag y mae EONI yn ei ganiatáu
# awaiting-review
absent-label-scope-until = Dyddiad gorffen
# awaiting-review
absent-hint-scope-until = Er enghraifft, 31 12 2027
# awaiting-review
absent-legend-ground = Dewiswch y rheswm sy'n gweddu orau
# awaiting-review
absent-choice-ground-disability = Anabledd neu salwch
# awaiting-review
absent-choice-ground-work = Gwaith neu wasanaeth (gan gynnwys y lluoedd arfog)
# awaiting-review
absent-choice-ground-education = Cwrs astudio
# awaiting-review
absent-choice-ground-other = Rheswm arall, fel gwyliau neu ofalu am rywun
# awaiting-review
absent-label-ground-blind = Rwyf wedi cofrestru'n ddall
# awaiting-review
absent-label-ground-details = Dywedwch fwy wrthym, yn eich geiriau eich hun
# awaiting-review
absent-hint-ground-details = Er enghraifft, “Rwy'n defnyddio cadair olwyn ac mae grisiau yn fy ngorsaf bleidleisio”.
# awaiting-review
absent-legend-ballot-address = Dewiswch un
# awaiting-review
absent-choice-ballot-address-registered = Fy nghyfeiriad cofrestredig
# awaiting-review
absent-choice-ballot-address-other = Cyfeiriad arall
# awaiting-review
absent-label-ballot-address-reason = Pam y dylai fynd i'r cyfeiriad hwn?
# awaiting-review
absent-label-proxy-name = Enw llawn eich dirprwy
# awaiting-review
absent-hint-proxy-name = Rhaid i'ch dirprwy fod wedi cofrestru i bleidleisio a chael pleidleisio yn yr etholiad hwn.
# awaiting-review
absent-legend-proxy-relationship = Dewiswch un
# awaiting-review
absent-choice-proxy-relationship-spouse = Fy ngŵr neu fy ngwraig
# awaiting-review
absent-choice-proxy-relationship-civil-partner = Fy mhartner sifil
# awaiting-review
absent-choice-proxy-relationship-parent = Fy rhiant
# awaiting-review
absent-choice-proxy-relationship-grandparent = Fy nain neu daid, neu fy mam-gu neu dad-cu
# awaiting-review
absent-choice-proxy-relationship-sibling = Fy mrawd neu fy chwaer
# awaiting-review
absent-choice-proxy-relationship-child = Fy mhlentyn
# awaiting-review
absent-choice-proxy-relationship-grandchild = Fy ŵyr neu fy wyres
# awaiting-review
absent-choice-proxy-relationship-not-close = Dim un o'r rhain (ffrind, cymydog neu berthynas arall)
# awaiting-review
absent-legend-proxy-limit = Ar ran faint o bobl eraill mae eich dirprwy eisoes yn pleidleisio yn yr etholiad hwn?
# awaiting-review
absent-hint-proxy-limit = Rhowch 0 os nad oes neb. Gall dirprwy bleidleisio ar ran 2 berson sy'n byw yn y DU ar y mwyaf, a 4 i gyd.
# awaiting-review
absent-label-proxy-limit-uk-resident = Pobl sy'n byw yn y DU
# awaiting-review
absent-label-proxy-limit-overseas-or-service = Pleidleiswyr tramor neu yn y lluoedd arfog
# awaiting-review
absent-label-proxy-able-and-willing = Rwy'n cadarnhau bod fy nirprwy yn gallu ac yn fodlon pleidleisio ar fy rhan
# awaiting-review
absent-legend-signature = Dewiswch un
# awaiting-review
absent-hint-signature = Mae'r gwasanaethau etholiadol yn cymharu eich llofnod â'r un ar eich papurau pleidlais bost neu ddirprwy.
# awaiting-review
absent-choice-signature-will-sign = Gallaf, byddaf yn ei llofnodi
# awaiting-review
absent-choice-signature-waiver = Na allaf, rwy'n gofyn am gael peidio â rhoi llofnod
# awaiting-review
absent-legend-signature-waiver-reason = Pam na allwch chi lofnodi?
# awaiting-review
absent-choice-signature-waiver-reason-disability = Mae anabledd yn fy atal rhag llofnodi, neu rhag llofnodi yr un ffordd bob tro
# awaiting-review
absent-choice-signature-waiver-reason-cannot-read-or-write = Ni allaf ddarllen nac ysgrifennu
# awaiting-review
absent-label-contact-email = Cyfeiriad e-bost (dewisol)
# awaiting-review
absent-label-contact-phone = Rhif ffôn (dewisol)
# awaiting-review
absent-name-empty = Rhowch enw llawn
# awaiting-review
absent-name-too-long = Rhaid i enwau fod yn 100 nod neu lai
# awaiting-review
absent-text-too-long = Rhaid i hwn fod yn 500 nod neu lai
# awaiting-review
absent-address-empty = Rhowch y cyfeiriad
# awaiting-review
absent-address-line-1-empty = Rhowch linell gyntaf y cyfeiriad
# awaiting-review
absent-address-town-empty = Rhowch y dref neu'r ddinas
# awaiting-review
absent-address-postcode-empty = Rhowch y cod post
# awaiting-review
absent-address-postcode-invalid = Rhowch god post llawn yn y DU, fel AA1 1AA
# awaiting-review
absent-date-empty = Rhowch y dyddiad
# awaiting-review
absent-date-missing-day = { $name }: rhaid cynnwys diwrnod
# awaiting-review
absent-date-missing-month = { $name }: rhaid cynnwys mis
# awaiting-review
absent-date-missing-year = { $name }: rhaid cynnwys blwyddyn
# awaiting-review
absent-date-missing-day-month = { $name }: rhaid cynnwys diwrnod a mis
# awaiting-review
absent-date-missing-day-year = { $name }: rhaid cynnwys diwrnod a blwyddyn
# awaiting-review
absent-date-missing-month-year = { $name }: rhaid cynnwys mis a blwyddyn
# awaiting-review
absent-date-not-a-number = { $name }: rhaid ei ysgrifennu mewn rhifau
# awaiting-review
absent-date-not-a-number-day = Rhaid i'r diwrnod fod yn rhif
# awaiting-review
absent-date-not-a-number-month = Rhaid i'r mis fod yn rhif neu'n enw'r mis
# awaiting-review
absent-date-not-a-number-year = Rhaid i'r flwyddyn fod yn rhif
# awaiting-review
absent-date-year-four-digits = Rhaid i'r flwyddyn gynnwys 4 rhif
# awaiting-review
absent-date-impossible = { $name }: rhaid iddo fod yn ddyddiad go iawn
# awaiting-review
absent-date-of-birth-in-future = Rhaid i'r dyddiad geni fod yn y gorffennol
# awaiting-review
absent-date-of-birth-unrealistic = Gwiriwch flwyddyn eich dyddiad geni
# awaiting-review
absent-date-of-birth-too-young-to-register = Rydych chi'n rhy ifanc i gofrestru i bleidleisio. Gwiriwch eich dyddiad geni
# awaiting-review
absent-date-of-birth-too-young-for-poll = Byddwch chi'n rhy ifanc i bleidleisio yn yr etholiad hwn. Dewiswch gyfnod hirach, neu gwiriwch eich dyddiad geni
# awaiting-review
absent-date-not-after-today = { $name }: rhaid iddo fod yn y dyfodol
# awaiting-review
absent-date-beyond-maximum = { $name }: rhaid iddo fod ddim mwy na 3 blynedd o heddiw
# awaiting-review
absent-ni-number-choose = Rhowch eich rhif Yswiriant Gwladol, neu ticiwch na allwch ei roi
# awaiting-review
absent-ni-number-empty = Rhowch eich rhif Yswiriant Gwladol
# awaiting-review
absent-ni-number-invalid-character = Dim ond llythrennau a rhifau sydd mewn rhif Yswiriant Gwladol
# awaiting-review
absent-ni-number-format = Rhowch rif Yswiriant Gwladol yn y fformat cywir: 2 lythyren, 6 rhif, yna A, B, C neu D
# awaiting-review
absent-ni-number-first-letter = Nid yw rhif Yswiriant Gwladol byth yn dechrau gyda D, F, I, Q, U na V. Gwiriwch y llythyren gyntaf
# awaiting-review
absent-ni-number-second-letter = Nid yw ail lythyren rhif Yswiriant Gwladol byth yn D, F, I, O, Q, U na V
# awaiting-review
absent-ni-number-prefix-not-issued = Nid yw rhifau Yswiriant Gwladol byth yn dechrau gyda'r 2 lythyren hyn. Gwiriwch eich rhif
# awaiting-review
absent-ni-number-suffix = Mae rhif Yswiriant Gwladol yn gorffen gydag A, B, C neu D
# awaiting-review
absent-ni-number-reason-empty = Dywedwch pam na allwch roi eich rhif Yswiriant Gwladol
# awaiting-review
absent-scope-choose = Dewiswch am ba mor hir rydych chi eisiau hyn
# awaiting-review
absent-ground-choose = Dewiswch y rheswm na allwch bleidleisio'n bersonol
# awaiting-review
absent-ground-details-empty = Dywedwch wrthym pam na allwch bleidleisio'n bersonol
# awaiting-review
absent-ground-not-long-term = Mae'r rheswm hwn ar gyfer un etholiad yn unig. Dewiswch “Ar gyfer yr etholiad nesaf yn unig”, neu reswm anabledd, gwaith neu astudio
# awaiting-review
absent-ballot-address-choose = Dewiswch i ble dylid anfon eich pecyn pleidleisio
# awaiting-review
absent-ballot-address-reason-empty = Dywedwch pam y dylai'r pecyn pleidleisio fynd i'r cyfeiriad hwn
# awaiting-review
absent-proxy-name-is-voter = Ni allwch fod yn ddirprwy i chi eich hun. Rhowch enw'r person a fydd yn pleidleisio ar eich rhan
# awaiting-review
absent-proxy-relationship-choose = Dewiswch sut mae eich dirprwy yn perthyn i chi
# awaiting-review
absent-proxy-limit-choose = Rhowch ar ran faint o bobl mae eich dirprwy yn pleidleisio, mewn rhifau
# awaiting-review
absent-proxy-limit-uk-exceeded = Gall dirprwy bleidleisio ar ran 2 berson sy'n byw yn y DU ar y mwyaf, gan eich cynnwys chi. Dewiswch rywun arall yn ddirprwy
# awaiting-review
absent-proxy-limit-total-exceeded = Gall dirprwy bleidleisio ar ran 4 person i gyd ar y mwyaf, gan eich cynnwys chi. Dewiswch rywun arall yn ddirprwy
# awaiting-review
absent-proxy-able-and-willing-required = Cadarnhewch fod eich dirprwy yn gallu ac yn fodlon pleidleisio ar eich rhan
# awaiting-review
absent-signature-choose = Dewiswch a allwch chi lofnodi'r ffurflen
# awaiting-review
absent-signature-waiver-reason = Dewiswch pam na allwch chi lofnodi
# awaiting-review
absent-contact-email-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com
# awaiting-review
absent-contact-phone-invalid = Rhowch rif ffôn, fel 01632 960 001 neu +44 7700 900 982
# awaiting-review
absent-emergency-applies = Gallwch wneud cais am bleidlais drwy ddirprwy mewn argyfwng
# awaiting-review
absent-emergency-use-ordinary-proxy = Nid yw'r dyddiad cau ar gyfer dirprwy wedi mynd heibio: gwnewch gais am bleidlais drwy ddirprwy arferol
# awaiting-review
absent-emergency-before-deadline = Digwyddodd cyn y dyddiad cau ar gyfer dirprwy, felly nid yw dirprwy mewn argyfwng yn bosibl ar y sail hon
# awaiting-review
absent-emergency-photo-id-not-required = Nid oes angen prawf adnabod â llun yn yr etholiad hwn, felly nid yw'r rhesymau prawf adnabod â llun yn berthnasol
# awaiting-review
absent-emergency-ask-electoral-office = Gofynnwch i Swyddfa Etholiadol Gogledd Iwerddon (EONI) a allwch chi gael dirprwy mewn argyfwng
# awaiting-review
absent-emergency-when-in-future = Mae'r dyddiad a roesoch yn y dyfodol. Rhowch y diwrnod y digwyddodd
# awaiting-review
absent-emergency-too-late = Mae'n rhy hwyr: mae ceisiadau am ddirprwy mewn argyfwng yn cau am 5yh ar y diwrnod pleidleisio
# awaiting-review
absent-check-title = Gwiriwch eich atebion
# awaiting-review
absent-check-button = Gwneud fy ffurflen gais
# awaiting-review
absent-change = Newid
# awaiting-review
absent-not-given = Heb ei roi
# awaiting-review
absent-done-title-postal = Mae eich ffurflen gais am bleidlais bost yn barod
# awaiting-review
absent-done-title-proxy = Mae eich ffurflen gais am bleidlais drwy ddirprwy yn barod
# awaiting-review
absent-done-lead = Argraffwch hi, neu cadwch hi fel PDF, yna gwiriwch hi, llofnodwch hi a'i hanfon. Does dim wedi cael ei anfon i unman.
# awaiting-review
absent-print-button = Argraffu neu gadw fel PDF
# awaiting-review
absent-form-title-postal = Cais am bleidlais bost
# awaiting-review
absent-form-title-proxy = Cais am bleidlais drwy ddirprwy
# awaiting-review
absent-form-send-to = Anfonwch y ffurflen hon i:
# awaiting-review
absent-form-signature = Llofnod (mewn inc du, y tu mewn i'r blwch):
# awaiting-review
absent-form-date = Dyddiad:
# awaiting-review
absent-draft-save = Cadw fy atebion ar y ddyfais hon am 7 diwrnod
# awaiting-review
absent-draft-hint = Ar y ddyfais hon yn unig, ac yn cael eu dileu ar ôl 7 diwrnod. Does dim yn cael ei anfon i unman.
# awaiting-review
absent-draft-delete = Dileu fy atebion nawr
# awaiting-review
absent-draft-saved = Mae eich atebion wedi'u cadw ar y ddyfais hon am 7 diwrnod
# awaiting-review
absent-draft-not-saved = Nid yw eich atebion wedi'u cadw ar y ddyfais hon mwyach
# awaiting-review
absent-draft-deleted = Mae eich atebion wedi cael eu dileu

## Choosing a place: handing in a postal vote

# awaiting-review
places-link = Rhoi eich pleidlais bost i mewn mewn gorsaf bleidleisio yn agos atoch chi
# awaiting-review
places-title = Rhoi eich pleidlais bost i mewn mewn gorsaf bleidleisio
# awaiting-review
places-rules = Ar ddiwrnod y bleidlais, gallwch roi eich pleidlais bost i mewn mewn unrhyw orsaf bleidleisio yn ardal y cyngor, tan 10pm. Bydd gofyn i chi lenwi ffurflen. Gallwch roi eich pleidlais bost eich hun i mewn a hyd at 5 arall.
# awaiting-review
places-own-station = Nid yw hyn yn newid ble rydych chi'n pleidleisio yn bersonol: dim ond yn eich gorsaf bleidleisio eich hun y gallwch chi bleidleisio yn bersonol.
# awaiting-review
places-ni = Yng Ngogledd Iwerddon, ni ellir rhoi pleidleisiau post i mewn mewn gorsafoedd pleidleisio. Anfonwch eich pleidlais bost yn ôl drwy'r post, neu cysylltwch â Swyddfa Etholiadol Gogledd Iwerddon.
# awaiting-review
places-no-stations = Does gan Pollcard ddim gorsafoedd pleidleisio'r cyngor hwn eto. Chwiliwch yn ôl cod post yn gyntaf.
# $station: a polling station's name.
# awaiting-review
places-from-station = Yr agosaf yn gyntaf, gan ddechrau o'r orsaf hon: { $station }.
# awaiting-review
places-from-you = Yr agosaf yn gyntaf o'r lle rydych chi nawr. Mae eich lleoliad yn aros ar y ddyfais hon.
# awaiting-review
places-from-nowhere = Chwiliwch yn ôl cod post, neu defnyddiwch eich lleoliad, i restru'r agosaf yn gyntaf.
# awaiting-review
places-filter-legend = Dangos dim ond lleoedd sydd â
# awaiting-review
places-filter-hint = Dim ond pan fydd y cyngor wedi dweud bod gan le bopeth rydych chi'n ei dicio y caiff ei ddangos. Mae lleoedd lle nad yw rhywbeth yn hysbys yn cael eu gadael allan.
# awaiting-review
places-filter-step_free = Mynediad heb risiau
# $shown, $total: numbers.
# awaiting-review
places-count = Yn dangos { $shown } o { $total } gorsaf bleidleisio
# awaiting-review
places-none = Does gan yr un orsaf bleidleisio bopeth rydych chi wedi'i dicio. Dad-diciwch rywbeth i weld mwy, neu cysylltwch â'r cyngor.
# awaiting-review
places-here = Dyma'r man lle mae'r rhestr yn dechrau.
# $distance: a number; $unit: m or km; $direction: a compass-* message.
# awaiting-review
places-away = Tua { $distance } { $unit ->
    [km] km
   *[m] m
} i'r { $direction }
# awaiting-review
places-no-location = Pellter ddim yn hysbys
# awaiting-review
places-title-voting = Ble gallwch chi bleidleisio, neu roi eich pleidlais bost i mewn
# awaiting-review
places-advance-heading = Pleidleisio ymlaen llaw
# awaiting-review
places-advance-lead = Gallwch bleidleisio'n bersonol yn un o'r lleoedd hyn ar y diwrnodau a ddangosir, cyn diwrnod y bleidlais, yn lle yn eich gorsaf bleidleisio.
# awaiting-review
places-hub-heading = Hybiau diwrnod y bleidlais
# awaiting-review
places-hub-lead = Ar ddiwrnod y bleidlais, gallwch bleidleisio yn un o'r hybiau hyn yn lle yn eich gorsaf bleidleisio eich hun.
# $shown, $total: numbers.
# awaiting-review
places-group-count = Yn dangos { $shown } o { $total } lle
# awaiting-review
places-group-none = Does gan yr un o'r lleoedd hyn bopeth rydych chi wedi'i dicio. Dad-diciwch rywbeth i weld mwy, neu cysylltwch â'r cyngor.
# $date: a date in words (date-weekday); $opens, $closes: clock times.
# awaiting-review
places-open-day = { $date }, { $opens } tan { $closes }
# awaiting-review
places-days-over = Mae ei ddiwrnodau pleidleisio wedi dod i ben.
# $areas: ward or polling district names, separated by commas.
# awaiting-review
places-for-areas = Dim ond ar gyfer pleidleiswyr yn { $areas }. Mae eich cerdyn pleidleisio yn dweud ym mha ward rydych chi.
# awaiting-review
station-also-vote = Gallwch hefyd bleidleisio mewn man pleidleisio ymlaen llaw neu mewn hyb diwrnod y bleidlais.
# awaiting-review
station-also-vote-perhaps = Efallai y gallwch chi hefyd bleidleisio mewn man pleidleisio ymlaen llaw neu mewn hyb diwrnod y bleidlais.
# awaiting-review
station-also-vote-link = Gweld y lleoedd y gallwch eu defnyddio
# $date: "on" and a date, as in date-weekday-on.
# awaiting-review
provenance-confirmed = Cadarnhawyd yr orsaf gan y cyngor { $date }.
# awaiting-review
provenance-confirmed-unknown = Does dim gwybodaeth am pryd y cadarnhaodd y cyngor yr orsaf hon ddiwethaf.

## Ways to vote (/ways-to-vote) and the emergency proxy wizard (/emergency-proxy)
# $way: in-person, postal, proxy or emergency-proxy; wtv-who adds -ni in Northern Ireland.

# awaiting-review
wtv-title = Ffyrdd o bleidleisio
# awaiting-review
wtv-lead = Gallwch bleidleisio yn bersonol yn eich gorsaf bleidleisio, drwy’r post, neu drwy ofyn i rywun rydych chi’n ymddiried ynddo bleidleisio ar eich rhan (dirprwy). Os bydd rhywbeth yn digwydd ar ôl y dyddiad cau, efallai y gallwch gael pleidlais drwy ddirprwy mewn argyfwng.
# awaiting-review
wtv-way = { $way ->
    [in-person] Yn bersonol
    [postal] Drwy’r post
    [proxy] Drwy ddirprwy
   *[emergency-proxy] Dirprwy mewn argyfwng
}
# awaiting-review
wtv-who = { $way ->
    [in-person] Gall unrhyw un sydd wedi cofrestru i bleidleisio bleidleisio yn ei orsaf bleidleisio ei hun ar y diwrnod pleidleisio. Mae staff yno i helpu, a gallwch ddod â rhywun gyda chi i’ch helpu.
    [in-person-ni] Gall unrhyw un sydd wedi cofrestru i bleidleisio bleidleisio yn ei orsaf bleidleisio ei hun ar y diwrnod pleidleisio. Mae staff yno i helpu, a gallwch ddod â rhywun gyda chi i’ch helpu.
    [postal] Gall unrhyw un sydd wedi cofrestru i bleidleisio bleidleisio drwy’r post. Does dim angen i chi roi rheswm. Bydd eich papur pleidleisio’n cael ei anfon atoch a byddwch chi’n ei anfon yn ôl drwy’r post.
    [postal-ni] Yng Ngogledd Iwerddon mae angen rheswm arnoch i bleidleisio drwy’r post, fel anabledd, salwch, gwaith neu astudio. Swyddfa Etholiadol Gogledd Iwerddon (EONI) sy’n delio â cheisiadau.
    [proxy] Gall unrhyw un sydd wedi cofrestru i bleidleisio ofyn i rywun mae’n ymddiried ynddo bleidleisio ar ei ran. Ar gyfer un etholiad does dim angen i chi roi rheswm. Ar gyfer cyfnod hirach, mae angen rheswm arnoch, fel anabledd, gwaith neu astudio, a rhywun i’w gadarnhau.
    [proxy-ni] Yng Ngogledd Iwerddon mae angen rheswm arnoch i rywun bleidleisio ar eich rhan, fel anabledd, salwch, gwaith neu astudio. EONI sy’n delio â cheisiadau.
   *[other] Os bydd gennych argyfwng meddygol ar ôl y dyddiad cau ar gyfer pleidlais drwy ddirprwy, os bydd eich anabledd yn gwaethygu, os cewch eich galw i ffwrdd i’r gwaith neu ar wasanaeth milwrol, neu os bydd eich ID â llun wedi’i golli neu ei ddwyn neu heb ddod yn ôl, gallwch wneud cais am bleidlais drwy ddirprwy mewn argyfwng tan 5yh ar y diwrnod pleidleisio.
}
# awaiting-review
wtv-link = { $way ->
    [postal] Gwneud cais am bleidlais bost
    [proxy] Gwneud cais am bleidlais drwy ddirprwy
   *[emergency-proxy] Gweld a allwch gael pleidlais drwy ddirprwy mewn argyfwng
}
# awaiting-review
wtv-dates-heading = Dyddiadau cau
# awaiting-review
wtv-link-from = Ffyrdd o bleidleisio: yn bersonol, drwy’r post neu drwy ddirprwy, a’r dyddiadau cau
# awaiting-review
wtv-no-poll = Does gan Pollcard ddim etholiad i ddod yn eich ardal chi. Gall eich cyngor ddweud wrthych am yr un nesaf.
# awaiting-review
wtv-poll-heading = Diwrnod pleidleisio: { $date }
# awaiting-review
wtv-passed = Aeth y dyddiad cau heibio am { $when }.
# awaiting-review
wtv-polling-hours = { $opens } tan { $closes } ar { $date }
# awaiting-review
wtv-from-until = O { $opens } tan { $closes }, os yw’r sail yn berthnasol
# awaiting-review
wtv-by = { $today ->
    [yes] Erbyn { $when } – sef heddiw
   *[no] Erbyn { $when } – { $days ->
        [zero] dim diwrnod gwaith o heddiw
        [one] 1 diwrnod gwaith o heddiw
        [two] 2 ddiwrnod gwaith o heddiw
       *[other] { $days } diwrnod gwaith o heddiw
    }
}
# awaiting-review
wtv-photo-id = Mae angen i chi ddangos ID â llun i bleidleisio mewn gorsaf bleidleisio yn yr etholiad hwn. Os nad oes gennych chi un, gallwch wneud cais am Dystysgrif Awdurdod Pleidleisiwr am ddim.
# awaiting-review
wtv-still-heading = Beth gallwch chi ei wneud o hyd
# awaiting-review
wtv-still = { $kind ->
    [proxy] Gwneud cais am bleidlais drwy ddirprwy erbyn { $until }.
    [emergency-proxy] Os yw’r sail yn berthnasol, gwneud cais am bleidlais drwy ddirprwy mewn argyfwng erbyn { $until }.
    [replacement] Os oes gennych bleidlais bost yn barod a bod eich pecyn pleidleisio wedi’i golli, wedi’i ddifetha neu heb gyrraedd, gofynnwch i’ch cyngor am un newydd rhwng { $from } a { $until }.
    [hand-in] Rhoi eich pleidlais bost wedi’i llenwi mewn gorsaf bleidleisio yn eich ardal, { $opens } tan { $closes } ar { $date }.
   *[in-person] Pleidleisio yn bersonol yn eich gorsaf bleidleisio, { $opens } tan { $closes } ar { $date }.
}
# awaiting-review
emergency-what-title = Beth sydd wedi digwydd?
# awaiting-review
emergency-what-lead = Mae pleidlais drwy ddirprwy mewn argyfwng yn gadael i rywun rydych chi’n ymddiried ynddo bleidleisio ar eich rhan pan fydd rhywbeth yn digwydd ar ôl y dyddiad cau ar gyfer pleidlais drwy ddirprwy arferol.
# awaiting-review
emergency-what-legend = Dewiswch yr un sy’n gweddu orau
# awaiting-review
emergency-what-choice = { $choice ->
    [medical-emergency] Mae gen i argyfwng meddygol, neu mae fy anabledd neu fy salwch wedi gwaethygu
    [detained-patient] Rydw i’n cael fy nghadw yn yr ysbyty o dan gyfraith iechyd meddwl
    [work-or-service] Mae fy ngwaith neu fy ngwasanaeth milwrol yn golygu na allaf fynd i fy ngorsaf bleidleisio
    [id-lost-stolen-or-damaged] Mae fy ID â llun wedi’i golli, ei ddwyn, ei ddinistrio neu ei ddifrodi
    [id-sent-away-not-returned] Anfonais fy ID â llun i ffwrdd, er enghraifft i’w adnewyddu, a dydy e ddim wedi dod yn ôl
    [id-or-certificate-not-arrived] Gwnes i gais am ID â llun neu Dystysgrif Awdurdod Pleidleisiwr a dydy e ddim wedi cyrraedd
   *[something-else] Rhywbeth arall
}
# awaiting-review
emergency-what-error = Dewiswch beth sydd wedi digwydd
# awaiting-review
emergency-when-title = Pryd digwyddodd hyn?
# awaiting-review
emergency-when-legend = Y diwrnod y digwyddodd, neu’r diwrnod y daethoch chi i wybod
# awaiting-review
emergency-when-hint = Er enghraifft, 27 4 2027
# awaiting-review
emergency-when-error = { $problem ->
    [empty] Rhowch y dyddiad y digwyddodd
    [in-future] Rhaid i’r dyddiad y digwyddodd fod heddiw neu yn y gorffennol
    [missing-day] Rhaid i’r dyddiad y digwyddodd gynnwys diwrnod
    [missing-month] Rhaid i’r dyddiad y digwyddodd gynnwys mis
    [missing-year] Rhaid i’r dyddiad y digwyddodd gynnwys blwyddyn
    [missing-day-month] Rhaid i’r dyddiad y digwyddodd gynnwys diwrnod a mis
    [missing-day-year] Rhaid i’r dyddiad y digwyddodd gynnwys diwrnod a blwyddyn
    [missing-month-year] Rhaid i’r dyddiad y digwyddodd gynnwys mis a blwyddyn
    [year-four-digits] Rhaid i’r flwyddyn gynnwys 4 rhif
   *[other] Rhaid i’r dyddiad y digwyddodd fod yn ddyddiad go iawn
}
# awaiting-review
emergency-time-title = A ddigwyddodd hyn cyn { $when }?
# awaiting-review
emergency-time-legend = Dewiswch un
# awaiting-review
emergency-time-choice = { $choice ->
    [before] Do, cyn hynny
   *[after] Naddo, ar yr amser hwnnw neu’n hwyrach
}
# awaiting-review
emergency-time-error = Dewiswch a ddigwyddodd hyn cyn y dyddiad cau
# awaiting-review
emergency-outcome-title = { $outcome ->
    [applies] Gallwch wneud cais am bleidlais drwy ddirprwy mewn argyfwng
    [use-ordinary-proxy] Gwnewch gais am bleidlais drwy ddirprwy arferol yn lle hynny
    [too-late] Mae’n rhy hwyr i wneud cais am bleidlais drwy ddirprwy mewn argyfwng
    [photo-id-not-required] Does dim angen ID â llun arnoch ar gyfer yr etholiad hwn
    [ask-electoral-office] Gofynnwch i Swyddfa Etholiadol Gogledd Iwerddon
   *[other] Allwch chi ddim cael pleidlais drwy ddirprwy mewn argyfwng am hyn
}
# awaiting-review
emergency-outcome-body = { $outcome ->
    [applies] Rhaid i’ch cais gyrraedd erbyn { $when }.
    [use-ordinary-proxy] Dydy’r dyddiad cau ar gyfer pleidlais drwy ddirprwy arferol ddim wedi mynd heibio eto. Gwnewch gais erbyn { $when }.
    [before-deadline] Digwyddodd hyn cyn { $when }, pan allech chi wneud cais am bleidlais drwy ddirprwy arferol o hyd. Mae pleidlais drwy ddirprwy mewn argyfwng ar gyfer rhywbeth sy’n digwydd ar ôl y dyddiad cau hwnnw yn unig.
    [too-late] Caeodd y ceisiadau am { $when }.
    [photo-id-not-required] Gallwch bleidleisio yn eich gorsaf bleidleisio heb ID â llun yn yr etholiad hwn, felly does dim angen pleidlais drwy ddirprwy mewn argyfwng arnoch am y rheswm hwn.
    [ask-electoral-office] Dydy Pollcard ddim yn gallu dweud a allwch gael pleidlais drwy ddirprwy mewn argyfwng am hyn. Cysylltwch â Swyddfa Etholiadol Gogledd Iwerddon.
   *[other] Mae pleidlais drwy ddirprwy mewn argyfwng ar gyfer argyfwng meddygol neu anabledd, gwaith neu wasanaeth milwrol, neu broblem gyda’ch ID â llun sy’n digwydd ar ôl y dyddiad cau ar gyfer pleidlais drwy ddirprwy yn unig.
}
# awaiting-review
emergency-attester = { $attester ->
    [health-professional] Rhaid i feddyg, nyrs neu weithiwr iechyd neu ofal cymdeithasol cofrestredig arall gadarnhau eich cais drwy ei lofnodi.
    [employer] Rhaid i’ch cyflogwr gadarnhau eich cais drwy ei lofnodi. Os ydych chi’n hunangyflogedig, mae rhywun sy’n eich adnabod ac nad yw’n perthyn i chi yn ei lofnodi.
    [course-tutor] Rhaid i diwtor eich cwrs gadarnhau eich cais drwy ei lofnodi.
   *[none] Does dim angen i neb gadarnhau eich cais.
}
# awaiting-review
emergency-next-heading = Beth i’w wneud nesaf
# awaiting-review
emergency-next = { $step ->
    [proxy] Dewiswch rywun rydych chi’n ymddiried ynddo i bleidleisio ar eich rhan. Rhaid iddo fod wedi cofrestru i bleidleisio a gallu mynd i’ch gorsaf bleidleisio ar y diwrnod pleidleisio.
    [form] Cewch y ffurflen gais am bleidlais drwy ddirprwy mewn argyfwng gan y swyddfa isod, neu o wefan y Comisiwn Etholiadol.
    [attester] Gofynnwch i’r person sy’n gorfod cadarnhau eich cais lenwi a llofnodi ei ran.
   *[send] Anfonwch y ffurflen wedi’i llenwi fel ei bod yn cyrraedd erbyn { $when }.
}
# awaiting-review
emergency-in-person = Gallwch bleidleisio yn bersonol yn eich gorsaf bleidleisio ar y diwrnod pleidleisio o hyd. Os oes angen help arnoch i gyrraedd yno neu i bleidleisio, cysylltwch â’r swyddfa isod.
# awaiting-review
emergency-change = Newid eich atebion
# awaiting-review
emergency-contact-heading = { $ni ->
    [yes] Swyddfa Etholiadol Gogledd Iwerddon
   *[no] Gwasanaethau etholiadol eich cyngor
}
# awaiting-review
emergency-eoni-link = Swyddfa Etholiadol Gogledd Iwerddon (yn agor gwefan arall)

# Darllen yn uchel, Hawdd ei Ddeall a "Dweud wrth y cyngor" (docs/accessibility.md).

# awaiting-review
read-aloud-button = { $state ->
    [speaking] Oedi'r darllen
    [paused] Parhau i ddarllen
   *[idle] Darllen yn uchel
}
# awaiting-review
read-aloud-stop = Stopio darllen
# awaiting-review
read-aloud-reading = Yn darllen yn uchel.
# awaiting-review
read-aloud-paused = Mae'r darllen wedi'i oedi.
# awaiting-review
read-aloud-stopped = Mae'r darllen wedi stopio.
# awaiting-review
read-aloud-finished = Wedi gorffen darllen.
# awaiting-review
read-aloud-no-voice = Nid oes gan y ddyfais hon lais sy'n darllen Cymraeg ar y ddyfais ei hun. Dim ond lleisiau nad ydynt yn anfon y testun i unman y mae Pollcard yn eu defnyddio, felly ni all ddarllen y dudalen hon yn uchel. Gall darllenydd sgrin eich dyfais wneud hynny.
# awaiting-review
read-aloud-station = { $name }. { $address }. Ar agor o { $opens } tan { $closes } ar ddiwrnod pleidleisio.
# awaiting-review
easy-read-link = Hawdd ei Ddeall
# awaiting-review
easy-read-standard-link = Fersiwn safonol y dudalen hon
# awaiting-review
easy-read-picture = { $picture ->
    [ballot] Papur pleidleisio gyda chroes mewn un blwch
    [home] Tŷ
    [station] Adeilad gyda baner arno: gorsaf bleidleisio
    [phone] Ffôn symudol gyda chlo clap
    [help] Dau berson, un yn helpu'r llall
    [staff] Aelod o staff gyda bathodyn, yn helpu rhywun
    [post] Amlen yn mynd i mewn i flwch post
    [proxy] Un person yn rhoi papur pleidleisio i berson arall
    [email] Amlen, ar gyfer e-bost neu lythyr
    [clock] Cloc
    [access] Person mewn cadair olwyn yn mynd i fyny ramp
   *[none] Llun
}
# awaiting-review
easy-read-home-title = Hawdd ei Ddeall: dod o hyd i ble rydych yn pleidleisio
# awaiting-review
easy-read-home-vote =
    Mae etholiad.
    Gallwch bleidleisio ynddo.
    Rydych yn pleidleisio mewn lle o'r enw gorsaf bleidleisio.
# awaiting-review
easy-read-home-postcode =
    Teipiwch eich cod post ar dudalen gyntaf Pollcard.
    Eich cod post yw rhan olaf eich cyfeiriad.
    Mae Pollcard yn dangos i chi ble i bleidleisio.
# awaiting-review
easy-read-home-station =
    Mae Pollcard yn dweud enw'r adeilad wrthych.
    Mae'n dweud pryd mae'r adeilad ar agor.
    Mae'n dweud a yw'n hawdd mynd i mewn iddo.
# awaiting-review
easy-read-home-private =
    Mae eich cod post yn aros ar eich ffôn neu eich cyfrifiadur.
    Nid yw Pollcard yn ei anfon at neb.
# awaiting-review
easy-read-home-help =
    Gallwch gael help pan fyddwch yn pleidleisio.
    Darllenwch am help i bleidleiswyr anabl.
# awaiting-review
easy-read-disabled-title = Hawdd ei Ddeall: pleidleisio os ydych yn anabl
# awaiting-review
easy-read-disabled-station =
    Rhaid i bob gorsaf bleidleisio helpu pobl anabl i bleidleisio.
    Rhaid i'r staff wneud newidiadau i'ch helpu.
# awaiting-review
easy-read-disabled-equipment =
    Gallwch ofyn am bapur pleidleisio mewn print bras.
    Gallwch ofyn am declyn sy'n helpu pobl ddall i bleidleisio.
    Gallwch ofyn am gadair.
# awaiting-review
easy-read-disabled-companion =
    Gallwch ddod â rhywun i'ch helpu i bleidleisio.
    Rhaid iddyn nhw fod yn 18 oed neu'n hŷn.
# awaiting-review
easy-read-disabled-staff =
    Gallwch ofyn i'r person sy'n gyfrifol am help.
    Gallan nhw farcio'r papur pleidleisio i chi.
    Byddan nhw'n cadw eich pleidlais yn gyfrinachol.
# awaiting-review
easy-read-disabled-postal =
    Gallwch bleidleisio drwy'r post.
    Rhaid i chi ofyn i'r cyngor cyn yr etholiad.
# awaiting-review
easy-read-disabled-proxy =
    Gallwch ofyn i rywun rydych yn ymddiried ynddo bleidleisio ar eich rhan.
    Pleidlais drwy ddirprwy yw'r enw ar hyn.
    Rhaid i chi ofyn i'r cyngor cyn yr etholiad.
# awaiting-review
easy-read-disabled-council =
    Ydy'r orsaf bleidleisio yn anodd i chi ei defnyddio?
    Dywedwch wrth y cyngor.
    Gallan nhw helpu.
# awaiting-review
easy-read-station-title = Hawdd ei Ddeall: eich gorsaf bleidleisio, { $name }
# awaiting-review
easy-read-station-where =
    Rydych yn pleidleisio yn { $name }.
    Y cyfeiriad yw { $address }.
# awaiting-review
easy-read-station-open =
    Mae ar agor o { $opens } tan { $closes } ar ddiwrnod pleidleisio.
    Os ydych yn y ciw am { $closes }, gallwch bleidleisio o hyd.
# awaiting-review
easy-read-station-unsurveyed =
    Nid oes neb wedi gwirio'r adeilad hwn eto.
    Nid ydym yn gwybod pa mor hawdd yw mynd i mewn.
    Gofynnwch i'r cyngor os oes angen i chi wybod.
# awaiting-review
easy-read-station-features = { $state ->
    [yes] Mae gan yr adeilad:
    [no] Nid oes gan yr adeilad:
   *[unknown] Nid ydym yn gwybod am:
}
# awaiting-review
easy-read-station-help =
    Gallwch ofyn i'r staff am help.
    Gallwch ddod â rhywun i'ch helpu.
# awaiting-review
easy-read-station-tell =
    Gallwch ddweud wrth y cyngor beth sydd ei angen arnoch cyn i chi fynd.
    Gallwch ddweud wrth y cyngor sut aeth hi ar ôl i chi bleidleisio.
# awaiting-review
tell-station-link = Dweud wrth y cyngor beth sydd ei angen arnoch, neu sut aeth eich ymweliad
# awaiting-review
tell-title = Dweud wrth y cyngor
# awaiting-review
tell-lead = Ysgrifennwch at dîm gwasanaethau etholiadol y cyngor am yr orsaf bleidleisio hon. Mae Pollcard yn llenwi e-bost i chi. Mae'n agor yn eich ap e-bost eich hun, lle gallwch ei newid a'i anfon.
# awaiting-review
tell-nothing-sent = Nid yw Pollcard yn anfon dim ei hun ac nid yw'n cadw dim rydych yn ei ysgrifennu.
# awaiting-review
tell-no-email = Nid yw'r cyngor wedi cyhoeddi cyfeiriad e-bost. Gallwch eu ffonio neu ysgrifennu atyn nhw yn lle hynny.
# awaiting-review
tell-before-heading = Cyn i chi bleidleisio: beth sydd ei angen arnoch
# awaiting-review
tell-before-legend = Beth fyddai'n eich helpu i bleidleisio?
# awaiting-review
tell-before-list = Hoffwn ofyn am:
# awaiting-review
tell-before-send = Ysgrifennu'r e-bost am yr hyn sydd ei angen arnaf
# awaiting-review
tell-before-subject = Beth sydd ei angen arnaf i bleidleisio yn { $name }
# awaiting-review
tell-after-heading = Ar ôl i chi bleidleisio: sut aeth hi
# awaiting-review
tell-after-legend = Beth aeth o'i le?
# awaiting-review
tell-after-list = Pan wnes i bleidleisio:
# awaiting-review
tell-after-send = Ysgrifennu'r e-bost am fy ymweliad
# awaiting-review
tell-after-subject = Fy ymweliad â gorsaf bleidleisio { $name }
# awaiting-review
tell-words-label = Unrhyw beth arall rydych am ei ddweud (dewisol)
# awaiting-review
tell-email-greeting = Annwyl dîm gwasanaethau etholiadol,
# awaiting-review
tell-email-station = Mae hyn am yr orsaf bleidleisio yn { $name }, { $address }.
# awaiting-review
tell-email-thanks = Diolch.
# awaiting-review
tell-choice = { $choice ->
    [ramp] Ramp i fynd i mewn
    [chair] Cadair i eistedd arni wrth aros
    [staff_help] Help gan y staff
    [large_print] Papur pleidleisio print bras
    [tactile_device] Dyfais bleidleisio gyffyrddol
    [magnifier] Chwyddwydr
    [hearing_loop] Dolen sain sy'n gweithio
    [parking] Lle parcio ger y drws
    [quiet_time] Amser tawel i ddod i bleidleisio
    [ramp_missing] Nid oedd y ramp yno
    [step_free_blocked] Roedd y ffordd i mewn heb risiau wedi'i rhwystro
    [no_chair] Nid oedd cadair
    [hearing_loop_broken] Nid oedd y ddolen sain yn gweithio
    [no_large_print] Nid oedd papur pleidleisio print bras
    [no_tactile_device] Nid oedd dyfais bleidleisio gyffyrddol
    [no_help] Nid oedd y staff yn gallu fy helpu
    [booth_too_high] Roedd y bwth pleidleisio yn rhy uchel
    [parking_blocked] Roedd y lle parcio i bobl anabl yn llawn neu wedi'i rwystro
   *[other] Rhywbeth arall
}

## US: use my location and choose a place (a bundle with a Voting Information Project feed)

# awaiting-review
us-title = Dod o hyd i ble i bleidleisio o'r man lle rydych chi
# awaiting-review
us-lead = Gall Pollcard ddod o hyd i'ch ardal bleidleisio (precinct), a ble gallwch chi bleidleisio, o leoliad eich dyfais.
# awaiting-review
us-now-not-registered = Mae hyn yn dod o hyd i'r ardal bleidleisio ar gyfer y man lle rydych chi nawr, nid ar gyfer y cyfeiriad lle rydych chi wedi cofrestru i bleidleisio. Os ydych chi oddi cartref, gofynnwch i'ch swyddfa etholiadau ble rydych chi'n pleidleisio.
# awaiting-review
us-found-heading = Ble gallwch chi bleidleisio
# $precinct: the precinct's name; $locality: its county, city or town.
# awaiting-review
us-found = Mae'r man lle rydych chi nawr yn ardal bleidleisio (precinct) { $precinct }, { $locality }.
# awaiting-review
us-polling-place = Ar ddiwrnod yr etholiad, rydych chi'n pleidleisio yn eich man pleidleisio:
# $locality: the county, city or town.
# awaiting-review
us-vote-centres = Mae eich ardal bleidleisio yn defnyddio canolfannau pleidleisio: ar ddiwrnod yr etholiad gallwch bleidleisio mewn unrhyw ganolfan bleidleisio yn { $locality }:
# awaiting-review
us-mail-only = Mae pawb yn yr ardal bleidleisio hon yn pleidleisio drwy'r post, felly does dim man pleidleisio. Gallwch ddychwelyd eich papur pleidleisio drwy'r post neu, lle mae un, mewn blwch gollwng.
# awaiting-review
us-not-said = Nid yw eich swyddfa etholiadau wedi dweud ble mae'r ardal bleidleisio hon yn pleidleisio yn bersonol. Cysylltwch â nhw cyn i chi fynd.
# awaiting-review
us-now-reminder = Mae hyn ar gyfer y man lle rydych chi nawr. Os ydych chi wedi cofrestru mewn cyfeiriad arall, gofynnwch i'ch swyddfa etholiadau ble rydych chi'n pleidleisio.
# awaiting-review
us-places-link = Dewis canolfan bleidleisio, safle pleidleisio cynnar neu flwch gollwng yn agos atoch chi
# awaiting-review
us-outside = Mae eich lleoliad y tu allan i bob ardal bleidleisio sydd gan Pollcard. Cysylltwch â'ch swyddfa etholiadau i gael gwybod ble rydych chi'n pleidleisio.
# awaiting-review
us-no-boundaries = Nid oes gan Pollcard ffiniau'r ardaloedd pleidleisio ar gyfer yr ardal hon, felly ni all ddefnyddio eich lleoliad. Cysylltwch â'ch swyddfa etholiadau i gael gwybod ble rydych chi'n pleidleisio.
# awaiting-review
us-denied = Ni chafodd Pollcard ganiatâd i ddefnyddio eich lleoliad. Gallwch ei ganiatáu yng ngosodiadau eich porwr, neu gysylltu â'ch swyddfa etholiadau i gael gwybod ble rydych chi'n pleidleisio.
# awaiting-review
us-unavailable = Nid oedd eich dyfais yn gallu dod o hyd i'ch lleoliad. Rhowch gynnig arall arni, neu cysylltwch â'ch swyddfa etholiadau i gael gwybod ble rydych chi'n pleidleisio.
# awaiting-review
us-timeout = Cymerodd hi'n rhy hir i ddod o hyd i'ch lleoliad. Rhowch gynnig arall arni, neu cysylltwch â'ch swyddfa etholiadau i gael gwybod ble rydych chi'n pleidleisio.
# awaiting-review
us-failed = Nid oedd Pollcard yn gallu llwytho gwybodaeth yr ardaloedd pleidleisio. Rhowch gynnig arall arni yn nes ymlaen, neu cysylltwch â'ch swyddfa etholiadau.
# $from, $to: dates in words (or as the data wrote them).
# awaiting-review
us-days-between = { $from } i { $to }
# awaiting-review
us-days-from = O { $date }
# awaiting-review
us-days-until = Tan { $date }
# awaiting-review
us-appointment-only = drwy apwyntiad yn unig
# awaiting-review
us-appointment-or = neu drwy apwyntiad
# awaiting-review
us-hours-unknown = Oriau agor ddim yn hysbys. Holwch eich swyddfa etholiadau.
# $text: the directions, as the election office wrote them.
# awaiting-review
us-directions = Cyfarwyddiadau: { $text }
# awaiting-review
us-accessibility-unknown = Hygyrchedd: ddim yn hysbys. Nid yw'r data etholiad yn dweud a yw'r lle hwn yn hygyrch. Gofynnwch i'ch swyddfa etholiadau cyn i chi fynd.
# awaiting-review
us-office-heading = Eich swyddfa etholiadau
# awaiting-review
us-office-phone = Ffôn:
# awaiting-review
us-office-email = E-bost:
# $link: which of the office's web pages.
# awaiting-review
us-office-link = { $link ->
    [elections] Gwybodaeth am etholiadau
    [registration] Cofrestru i bleidleisio
    [am_i_registered] Gwirio a ydych chi wedi cofrestru
    [absentee] Pleidleisio drwy'r post (pleidleisio absennol)
    [where_do_i_vote] Ble ydw i'n pleidleisio?
    [what_is_on_my_ballot] Beth sydd ar fy mhapur pleidleisio?
   *[rules] Rheolau pleidleisio
} (yn agor gwefan arall, gan adael Pollcard)
# awaiting-review
us-places-title = Dewis ble i bleidleisio neu adael eich papur pleidleisio
# awaiting-review
us-places-lead = Dyma'r lleoedd y cewch eu defnyddio, yr agosaf yn gyntaf o'r man lle rydych chi nawr. Mae eich lleoliad yn aros ar y ddyfais hon.
# awaiting-review
us-places-need-location = Mae angen i Pollcard wybod ble rydych chi i restru'r lleoedd y cewch eu defnyddio.
# awaiting-review
us-filter-legend = Dangos dim ond
# awaiting-review
us-filter-hint = Ticiwch y mathau o le rydych chi am eu gweld. Os nad oes blwch wedi'i dicio, dangosir pob math.
# $use: polling-place, vote-centre, early-voting or drop-box.
# awaiting-review
us-use-heading = { $use ->
    [polling-place] Eich man pleidleisio
    [vote-centre] Canolfannau pleidleisio
    [early-voting] Safleoedd pleidleisio cynnar
   *[drop-box] Blychau gollwng papurau pleidleisio
}
# awaiting-review
us-places-count = Yn dangos { $shown } o { $total } o leoedd
# awaiting-review
us-places-none = Nid oes gan Pollcard leoedd ar gyfer eich ardal bleidleisio. Cysylltwch â'ch swyddfa etholiadau.
