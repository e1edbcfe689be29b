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
privacy-storage-heading = Nid oes dim yn cael ei storio
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
