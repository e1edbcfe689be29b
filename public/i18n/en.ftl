# Pollcard — English catalogue.
# Every message here must also be in cy.ftl (a unit test checks).
# Council data (station names, addresses, notes) is not translated here: it comes
# from the bundle in whichever languages the council provides.

## Every page

service-name = Pollcard
skip-link = Skip to main content
language-switch-label = Choose a language
language-name-en = English
language-name-cy = Cymraeg
back = Back
loading = Loading…
title-error-prefix = Error:
error-prefix = Error:
error-summary-title = There is a problem
fictional-title = Fictional demo data.
fictional-body = This council, its polling stations and its addresses are made up to show how Pollcard works. Do not use them to find where to vote.
footer-contact-heading = Contact your council
contact-phone = Phone:
contact-email = Email:
contact-website = Council elections website
privacy-link = Privacy
search-again = Search for another postcode
ask-council-heading = Ask your council

## Home: the postcode question

home-title = Find your polling station
home-lead = Enter your postcode to see where you vote, when it is open and how accessible it is.
home-accessibility = We show which accessibility features each polling station has, which it does not have, and what is not known yet.
home-privacy = Your postcode stays on this device.
home-privacy-link = How Pollcard uses your information
postcode-label = Postcode
postcode-hint = For example, AA1 1AA
postcode-submit = Find polling station
# $code is pollcard-core's PostcodeError::code(): empty, invalid_character,
# too_short, too_long, invalid_inward_code or invalid_outward_code.
error-postcode = { $code ->
    [empty] Enter a postcode
   *[other] Enter a full UK postcode, like AA1 1AA
}
error-lookup-failed = Sorry, we could not look up your postcode. Check your internet connection and try again.
error-lookup-unverified = We could not confirm that the information for this postcode is genuine, so we have not shown it. Reload the page and try again; if this keeps happening, check your poll card or contact your council.

## Address picker

choose-address-title = Choose your address
# $count: how many addresses share the postcode; $postcode: the postcode, e.g. AA1 1AB.
choose-address-found = { $count ->
    [one] We found 1 address for { $postcode }.
   *[other] We found { $count } addresses for { $postcode }.
}
choose-address-why = People at different addresses in this postcode vote at different polling stations.
continue = Continue
error-select-address = Select your address
choose-address-not-listed = My address is not listed – search again

## Station

station-caption = Your polling station
# Shown on the station page when the council's data says this voter's polling
# station is not the one they had at the last election.
station-changed-title = Your polling station has changed since the last election.
station-changed-body = Check the address on this page before you go: it is not where you voted last time.
opening-hours-heading = Opening hours
# $opens and $closes are clock-time messages.
opening-hours = { $opens } to { $closes }
opening-hours-queue = If you are in the queue at { $closes }, you can still vote.
# A time on the 12-hour clock. $hour: 1 to 12; $minutes: "none" on the hour, else
# two digits; $period: am or pm.
clock-time = { $minutes ->
    [none] { $hour }{ $period ->
        [am] am
       *[pm] pm
    }
   *[other] { $hour }:{ $minutes }{ $period ->
        [am] am
       *[pm] pm
    }
}
accessibility-heading = Accessibility
accessibility-unsurveyed = The council has not told us about this polling station’s accessibility yet. Ask them before you go.
# $state: yes, no or unknown; $feature: the feature's key (as in feature-… below),
# for languages whose answer depends on the question.
availability = { $state ->
    [yes] Yes
    [no] No
   *[unknown] Not known
}
feature-level_access = Level access
feature-permanent_ramp = Permanent ramp
feature-temporary_ramp = Temporary ramp
feature-disabled_parking = Disabled parking
feature-nearby_parking = Parking nearby
feature-is_temporary = Temporary building
feature-seating = Seating
feature-accessible_toilet = Accessible toilet
feature-public_toilets = Public toilets
feature-hearing_loop = Hearing loop
feature-lighting = Good lighting
feature-wheelchair_height_booth = Voting booth at wheelchair height
feature-tactile_voting_device = Tactile voting device
feature-large_print_ballot = Large-print ballot paper
feature-magnifiers = Magnifiers
feature-step_free_route = Step-free route from the drop-off point
feature-wide_doors = Wide doorway (at least 80 cm)
feature-steps_at_entrance = Steps at the entrance
feature-pencil_grips = Pencil grips
feature-quiet_time = Quiet time or low-sensory visit
feature-bsl_interpreter = British Sign Language or an interpreter
feature-ballot_brought_outside = Ballot paper brought out to you
getting-there-heading = Getting there
at-the-station-heading = At the station
no-information = The council has not given any information about this yet.
not-suitable-heading = If this polling station does not suit you
not-suitable-body = You can vote by post, or ask someone you trust to vote for you (a proxy vote). You need to apply before the deadline for each election.
not-suitable-contact = Your council can tell you the deadlines and what help there is at the polling station. Their contact details are at the bottom of this page.

# Offered on the station page when the data is national (many councils): everything
# for the postcode area of the lookup, kept on the device. $area: the postcode area, e.g. AA.
area-download-heading = Use Pollcard without a connection
area-download-body = You can keep all the polling station information for postcode area { $area } on this device, so that you can look up any address there without an internet connection.
area-download-button = Download all data for this area
area-download-busy = Downloading…
area-download-done = Done: the information for postcode area { $area } is on this device.
area-download-failed = We could not download the information. Check your connection and try again.
unknown-station-title = We could not find that polling station
unknown-station-body = The link may be out of date. Search with your postcode to find your polling station.

## No station, not found

no-station-title = We do not know your polling station yet
no-station-body = Your council has not yet said where people at your address in { $postcode } vote.
no-station-poll-card = Your poll card will tell you where to vote. If you do not have one, ask your council.
not-found-title = We could not find that postcode
# $council: the council's name.
not-found-body = { $postcode } is not in the polling station information published by { $council }.
# Names the council in not-found-body when a national bundle covers no council there.
national-your-council = your council
not-found-advice-heading = What you can do
not-found-advice-check = Check the postcode on your poll card or on a letter, and search again.
not-found-advice-new = If your home is new, the council may not have added it yet.
not-found-advice-other-council = If you live in another council’s area, that council publishes where you vote.

## A page that needs a lookup, reloaded without one

start-again-title = Search for your polling station again
start-again-body = To protect your privacy, Pollcard does not keep your postcode or address. It forgets them when you reload or leave the page.
start-again-link = Start again

## Errors

page-not-found-title = Page not found
page-not-found-body = If you typed the web address, check it is correct.
page-not-found-link = Find your polling station
service-error-title = Sorry, there is a problem with the service
service-error-body = We could not load the polling station information. Try again later.
service-error-unverified = We could not confirm that this information is genuine, so it is not shown. Try again later, check your poll card, or contact your council.
service-error-poll-card = Your poll card tells you where to vote.
service-error-details = Technical details

## Privacy

privacy-title = Privacy
privacy-lead = Pollcard does not send or store anything about you, unless you ask it to.
privacy-lookup-heading = Your postcode stays on this device
privacy-lookup-body = Pollcard looks up your postcode on this device. Your postcode, your address and your location are never sent to us or to anyone else, and never appear in a web address.
privacy-download-body = To do this, Pollcard downloads the polling station information for every postcode that starts with the same letters as yours. That is a whole area, so nobody can tell from the download where you live.
privacy-storage-heading = Nothing is stored
privacy-storage-body = Pollcard does not use cookies and does not save your postcode or address. It forgets them when you close or reload the page.
privacy-third-party-heading = No tracking
privacy-third-party-body = Pollcard has no analytics or adverts and loads nothing from other websites: no maps, fonts or images.
privacy-council-body = If you follow a link to your council’s website, the council’s own privacy notice applies there.

## Signed data, updates and working offline
# $date is a date in words (date-long); $version the release's number; $council the
# council's name.
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
release-published = Information published on { $date }, version { $version }.
release-history-link = Publication history
release-history-title = Publication history
release-history-lead = Every version of this information ever published, newest first. Each entry includes a fingerprint of the one before it, so the history cannot be rewritten without it showing.
release-history-version = Version
release-history-published = Published
release-history-fingerprint = Fingerprint (SHA-256)
release-history-broken = The publication history could not be checked: it does not match the information in use. The information itself has been checked and is genuine.
release-history-unavailable = The publication history is not available.
release-expired-title = This information may be out of date.
release-expired-body = It was due to be replaced on { $date }. Check with { $council } before you go.
release-clock-body = The date on your device looks wrong, so Pollcard cannot tell whether this information is up to date. Check with { $council } before you go.
offline-update-ready = A new version is ready.
offline-updated-elsewhere = Pollcard has been updated in another window. Reload this page to use the new version.
offline-reload = Reload
offline-refused-altered = We could not confirm that an update to this information is genuine, so we have not used it.
offline-refused-rollback = We were sent an older version of this information than the one you already have, so we have not used it.
offline-refused-expired = We were sent an update that is out of date, so we have not used it.
offline-refused-unsupported = This browser cannot check that updates are genuine, so we have not used the latest one.
offline-showing = Pollcard is showing the information published on { $date } (version { $version }). If in doubt, check your poll card or contact { $council }.
offline-storage = Your device does not have enough storage space to keep an up-to-date copy of Pollcard for use without the internet. Pollcard still works while you are online; free up some space and reload the page.

## Installable app (web app manifest)
# What a phone or computer shows for Pollcard once it is installed: the home screen,
# the app list and the install prompt. `pollcard finalize-dist` writes them into
# manifest.en.webmanifest. The short name has room for about 12 characters.

app-name = Pollcard: find your polling station
app-short-name = Pollcard
app-description = Find your polling station, when it is open and how accessible it is. Your postcode stays on your device.

## Without JavaScript (the page's <noscript> fallback)
# Shown only when the browser cannot run Pollcard. `pollcard finalize-dist` writes
# these into index.html with the council's contact details from the data bundle (or
# noscript-no-data when the build has no bundle).

noscript-title = Pollcard needs JavaScript
noscript-body = Pollcard needs JavaScript and WebAssembly to look up your postcode on your own device. They are switched off or not available in this browser.
noscript-instead = Your poll card tells you where to vote. If you do not have it, or want to know how accessible your polling station is, contact your council.
noscript-no-data = Your council’s contact details are on your poll card and on the council’s website.

## Elections
# The voter's elections (/elections) and one ballot (/ballot/…). Dates in words use
# date-weekday ("Thursday 6 May 2027"); $date arguments below are already in words.

elections-link = Elections and candidates where you live
elections-yours-title = Your elections
# $whom: the postcode looked up, or the address chosen.
elections-yours-for = Elections for { $whom }.
elections-all-title = Elections
elections-all-lead = Every election we know of in this council area. Search with your postcode to see only the ones you can vote in.
elections-find-yours = Find the elections for your address
elections-upcoming-heading = Coming up
elections-results-heading = Results
elections-polling-day = Polling day: { $date }
elections-ballot-cancelled = cancelled
elections-ballot-uncontested = elected unopposed
elections-none-now = There are no elections here at the moment.
# $name: the election's name.
elections-next = The next election we know of in this council area is the { $name } { $date }.
elections-next-unknown = We do not know when the next election here will be. The council publishes a notice of election about 5 weeks before polling day.
elections-choose-address-why = People at different addresses in this postcode vote in different elections.
elections-none-data-title = There is no election information
elections-none-data-body = Pollcard does not have any information about elections here. Your council can tell you which elections are coming up and who is standing.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
date-weekday = { $weekday } { $day } { $month } { $year }
# A date in a sentence, "on …" (Welsh needs ddydd there).
date-weekday-on = on { $weekday } { $day } { $month } { $year }
# $time is a clock-time message.
date-time-weekday = { $time } on { $weekday } { $day } { $month } { $year }

ballot-unknown-title = We could not find that ballot
ballot-unknown-body = The link may be out of date. Search with your postcode to find your elections.
ballot-polling-day = Polling day
ballot-voting-system = Voting system
# $system: fptp, stv, ams_constituency, ams_regional, sv or closed_list.
ballot-voting-system-name = { $system ->
    [fptp] First past the post
    [stv] Single transferable vote
    [ams_constituency] Additional member system: constituency
    [ams_regional] Additional member system: regional list
    [sv] Supplementary vote
   *[closed_list] Closed party list
}
ballot-seats = Seats to fill
ballot-voting-age = Who can vote
ballot-voting-age-value = Registered voters aged { $age } or over on polling day
ballot-cancelled = This poll was cancelled.
# $date: the new polling day, date-weekday-on.
ballot-replaced-by = The new poll is { $date }
# $names: the candidates' names; $count: how many; $past: true once polling day has passed.
ballot-uncontested = { $past ->
    [true] { $count ->
        [one] Only 1 candidate stood, so no vote was needed: { $names } was elected unopposed.
       *[other] No more candidates stood than there were seats, so no vote was needed: { $names } were elected unopposed.
    }
   *[other] { $count ->
        [one] Only 1 candidate is standing, so no vote is needed: { $names } is elected unopposed.
       *[other] No more candidates are standing than there are seats, so no vote is needed: { $names } are elected unopposed.
    }
}
ballot-candidates-heading = Candidates
# $ballot: the ballot's name.
ballot-candidates-caption = Candidates for { $ballot }, in the order they will appear on the ballot paper
ballot-provisional = These candidates are not confirmed until the council publishes the official list { $date }.
ballot-provisional-no-date = These candidates are not confirmed until the council publishes the official list of candidates.
ballot-no-candidates = We do not know who is standing yet.
ballot-not-on-paper = Not on the ballot paper:
ballot-column-position = Position
ballot-column-list = Party list
ballot-column-list-position = Place on the list
ballot-column-name = Name
ballot-column-party = Party
ballot-column-status = Status
ballot-column-votes = Votes
ballot-column-result = Result
ballot-no-party = No party
# $status: a candidate status key.
ballot-status = { $status ->
    [standing] Standing (not confirmed)
    [nominated] Validly nominated
    [invalid] Nomination not valid
    [withdrawn] Withdrawn
    [deselected] No longer supported by their party (still on the ballot paper)
    [elected] Elected
    [not_elected] Not elected
   *[elected_unopposed] Elected unopposed
}
ballot-results-heading = Results
ballot-results-caption = Votes for each candidate, most first
ballot-turnout = Turnout
# $percent: a number with one decimal place.
ballot-percent = { $percent }%
ballot-electorate = Registered voters
ballot-ballots-cast = Ballot papers counted
ballot-rejected = Rejected ballot papers
ballot-how-to-mark-heading = How to vote
ballot-rehearse-link = See the ballot paper and practise filling it in
ballot-at-the-station-heading = At the polling station
ballot-photo-id-required = You need to show photo ID to vote at a polling station in this election.
ballot-photo-id-not-required = You do not need photo ID to vote in this election.
ballot-photo-id-accepted = You can use any of these, even if it has expired, as long as it still looks like you:
# $nation: england, wales, scotland or northern-ireland.
ballot-photo-id-free = { $nation ->
    [northern-ireland] If you do not have any of these, you can apply for a free Electoral Identity Card.
   *[other] If you do not have any of these, you can apply to your council for a free Voter Authority Certificate.
}
# $closes: the polling station's closing time (clock-time).
ballot-queue = In the queue at { $closes }? You can still vote.

key-dates-heading = Key dates
# $event: a timetable event key (registration, postal_application, …).
key-date-title = { $event ->
    [notice_of_election] Notice of election published
    [close_of_nominations] Nominations close
    [sopn_publication] Official list of candidates published
    [withdrawal] Last day for candidates to withdraw
    [registration] Register to vote
    [postal_application] Apply for a postal vote
    [postal_change] Change or cancel a postal vote
    [postal_proxy] Apply for a postal proxy vote
    [proxy_application] Apply for a proxy vote
    [vac_application] Apply for a free Voter Authority Certificate (photo ID)
    [emergency_proxy] Apply for an emergency proxy vote
    [replacement_postal_pack_from] Replacement postal votes available from
    [replacement_postal_pack_until] Last day to get a replacement postal vote
    [postal_return] Postal votes must be handed in
    [poll_open] Polling stations open
    [poll_close] Polling stations close
   *[count] The votes are counted
}
# What a deadline is for, to finish the countdown sentences below.
key-date-action = { $event ->
    [close_of_nominations] to hand in nomination papers
    [withdrawal] to withdraw as a candidate
    [registration] to register to vote
    [postal_application] to apply for a postal vote
    [postal_change] to change or cancel a postal vote
    [postal_proxy] to apply for a postal proxy vote
    [proxy_application] to apply for a proxy vote
    [vac_application] to apply for a Voter Authority Certificate
    [emergency_proxy] to apply for an emergency proxy vote
    [replacement_postal_pack_until] to get a replacement postal vote
   *[postal_return] to hand in your postal vote
}
# $when: a deadline in words (date-time-weekday).
key-date-by = By { $when }
# $days: working days left, today and the deadline's day included; $action: key-date-action.
key-date-left = { $days ->
    [one] 1 working day left { $action }
   *[other] { $days } working days left { $action }
}
key-date-today = Today is the last day { $action }.
key-date-passed = The deadline { $action } has passed.
# What is still possible after a deadline; $event: the later deadline, $when: it in words.
key-date-still = { $event ->
    [proxy_application] You can still apply for a proxy vote until { $when }.
    [emergency_proxy] If a medical emergency or your work stops you voting in person, you can still apply for an emergency proxy vote until { $when }.
   *[postal_return] You can still hand in your postal vote at a polling station in your area until { $when }.
}
calendar-download = Add these dates to your calendar (.ics)
# A calendar entry's title; $title: key-date-title, $election: the election's name.
calendar-event = { $title } – { $election }
