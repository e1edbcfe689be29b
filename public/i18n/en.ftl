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
