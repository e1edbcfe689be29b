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
# The same on a station page opened by its address (no lookup): $area is the station's own postcode area.
area-download-station-body = You can keep all the polling station information for postcode area { $area }, where this polling station is, on this device, so that you can look up any address there without an internet connection.
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
privacy-storage-heading = Your postcode and address are not stored
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

## Settings and accessibility
# Long texts (settings-delete-what, disabled-voting-body, accessibility-body) are read
# line by line by the app (src/components/rich_text.rs): a line starting "## " is a
# heading, "- " an item of a bulleted list, "=> PATH TEXT" a link on its own line
# (a path of the app, e.g. /settings, is given in English and shown in the page's
# language), and any other line a paragraph.

settings-link = Settings
settings-title = Settings
settings-lead = Change how Pollcard looks on this device. Each change applies straight away and is saved in this browser only.
settings-text-size-legend = Text size
settings-text-size-default = Standard
settings-text-size-large = Large
settings-text-size-larger = Larger
settings-text-size-largest = Largest (twice the standard size)
settings-contrast-legend = Colours and contrast
settings-contrast-hint = With standard colours, Pollcard switches to high contrast when your device asks for more contrast. Your device’s own high contrast or forced colours mode always comes first.
settings-contrast-default = Standard colours
settings-contrast-dark = High contrast: white text on black
settings-contrast-light = High contrast: black text on white
settings-spacing-legend = Space between lines, words and letters
settings-spacing-default = Standard spacing
settings-spacing-wide = Wider spacing, which some people with dyslexia find easier to read
settings-motion-legend = Movement
settings-motion-hint = Pollcard has very little movement. If your device is set to reduce motion, Pollcard always does.
settings-motion-default = Follow my device
settings-motion-reduce = Reduce motion
settings-language-legend = Language
settings-language-hint = Pollcard’s start page opens in this language.
settings-saved = { $setting }: { $choice }. Your settings are saved on this device.
settings-delete-heading = Delete your data on this device
settings-delete-what =
    This deletes everything Pollcard keeps about you in this browser:
    - your settings (text size, colours, spacing, movement and language)
    - any application drafts you chose to save
    - the postcode and address of your last search, which Pollcard holds only until you close or reload the page
    - the information for other postcode areas you downloaded with “Download all data for this area”
    It does not delete the app itself or your council’s published polling station information, which Pollcard keeps so that it works without a connection. It also keeps the number of the newest version of that information it has seen, so that nobody can show you an older copy: this says nothing about you.
settings-delete-button = Delete all my data on this device
settings-delete-confirm-title = Are you sure you want to delete your data on this device?
settings-delete-confirm-body = You cannot undo this. Your settings go back to standard.
settings-delete-yes = Yes, delete my data
settings-delete-cancel = No, keep my data
settings-deleted = Your data on this device has been deleted and your settings are back to standard.
privacy-settings-heading = Your settings
privacy-settings-body = If you change Pollcard’s settings (text size, colours, spacing, movement or language), your choices are saved in this browser’s local storage so that they apply the next time you open Pollcard. They say nothing about who you are or where you live and are never sent anywhere. You can delete them, and anything else Pollcard keeps, on the settings page.

disabled-voting-link = Voting if you are disabled
disabled-voting-station-link = Voting if you are disabled: help at the polling station, and other ways to vote
disabled-voting-title = Voting if you are disabled
disabled-voting-lead = You have the right to vote on your own and in secret, and to have help if you want it.
disabled-voting-body =
    ## What every polling station must have
    - a large-print copy of the ballot paper on display, and a large-print copy you can hold
    - a tactile voting device: a plastic cover that fits over the ballot paper so you can find each box by touch
    - chairs, so you can sit down while you wait or vote
    - magnifiers
    - a polling booth at wheelchair height
    - staff wearing badges, so you know who to ask for help
    The Returning Officer, who runs the election, must provide the equipment disabled voters need to vote on their own and in secret. Many polling stations also have a ramp or level access, extra lighting, pencil grips, a low ballot box, disabled parking and braille copies of the ballot paper. Your polling station’s page in Pollcard says which of these your station has, which it does not have, and which are not known.
    You can use your phone in the polling booth to help you read the ballot paper, for example with a magnifier, torch or text-to-speech app. Do not take photos of the ballot paper.
    ## Bringing someone to help you
    You can bring someone with you to help you vote. They must be 18 or over. Tell the staff when you arrive that they are helping you. They will be asked to fill in a short form.
    ## Asking the staff for help
    You can ask the presiding officer, the person in charge of the polling station, to help you mark your ballot paper. They must keep your vote secret.
    If you cannot get into the building, ask your council before polling day whether the presiding officer can bring the ballot paper to you outside.
    ## If your polling station does not suit you
    - Vote by post: your ballot paper is sent to you and you post it back. You need to apply before the deadline for each election.
    - Vote by proxy: someone you trust votes for you. You need to apply before the deadline. If you become disabled or ill after the deadline, you can apply for an emergency proxy until 5pm on polling day.
    - Tell your council what you need, such as a ramp, a chair or help from staff, before polling day. Their contact details are at the bottom of this page.
    In Northern Ireland you need to give a reason for a postal or proxy vote, such as a disability or illness, and the Electoral Office for Northern Ireland deals with applications.
    => /ways-to-vote Ways to vote: in person, by post or by proxy, and the deadlines
    => /settings Change the text size, colours and spacing of Pollcard

accessibility-link = Accessibility statement
accessibility-title = Accessibility statement for Pollcard
accessibility-body =
    This statement applies to Pollcard, the polling station and elections service on this website. The council whose contact details are at the bottom of each page publishes it.
    We want as many people as possible to be able to use Pollcard. For example, that means you should be able to:
    - change the text size, colours and spacing on the settings page, or with your browser or device settings
    - zoom in up to 400% without the text spilling off the screen
    - use the whole service with a keyboard only, or with speech recognition software
    - use the whole service with a screen reader, such as NVDA, JAWS, TalkBack and VoiceOver
    - use the service in English or Welsh
    - use the service without a connection, once you have opened it
    We have also made the text as simple as we can. AbilityNet has advice on making your device easier to use if you have a disability.
    => https://mcmw.abilitynet.org.uk/ AbilityNet: My computer my way
    ## How accessible this service is
    We know some parts of Pollcard are not fully accessible:
    - the council’s own descriptions of polling stations, such as how to get there, are shown as the council wrote them and may not be in plain language
    - when the council gives a description in one language only, it is shown in that language
    - the Welsh text of the settings, accessibility and disabled voting pages has not yet been checked by a professional translator
    - there are no Easy Read versions of the pages yet, and no button to have the key facts read aloud
    - when a new version of Pollcard is ready, the message about it appears above the link to skip to the main content
    ## Feedback and contact information
    If you need information from this service in a different format, such as large print, Easy Read, audio or braille, contact your council. Their contact details are at the bottom of this page.
    ## Reporting accessibility problems
    We are always looking to improve the accessibility of this service. If you find any problems not listed on this page, or think we are not meeting accessibility requirements, contact your council.
    ## Enforcement procedure
    The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the accessibility regulations). If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).
    => https://www.equalityadvisoryservice.com/ Equality Advisory and Support Service
    If you are in Northern Ireland and are not happy with how we respond to your complaint, contact the Equality Commission for Northern Ireland, which is responsible for enforcing the accessibility regulations in Northern Ireland.
    => https://www.equalityni.org/ Equality Commission for Northern Ireland
    ## Technical information about this service’s accessibility
    The council is committed to making this service accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
    ## Compliance status
    This service is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, because of the non-compliance listed below.
    ## Non-accessible content
    Council text that mixes English and Welsh in one description cannot mark which part is in which language, so a screen reader may read part of it in the wrong voice. This fails WCAG 2.2 success criterion 3.1.2 (Language of Parts). We show each description in the reader’s language whenever the council gives it, and mark a description in the other language as a whole.
    ## What we are doing to improve accessibility
    Every page is checked automatically, in English and Welsh, at phone and desktop widths, with forced colours, the high-contrast colours and the largest text size, each time Pollcard is built. We plan to add Easy Read pages, reading key facts aloud, and testing with disabled voters.
    ## Preparation of this accessibility statement
    This statement was prepared on 26 November 2026. It was last reviewed on 26 November 2026.
    Pollcard was last tested on 26 November 2026 against the WCAG 2.2 AA standard. The test was carried out by the Pollcard project with automated checks (axe-core) of every page, and with keyboard checks.

## Candidates and ballot paper

# Ballot rehearsal (/ballot/{id}/paper). $ballot: the ward's or post's name.
paper-title = Practise your ballot paper for { $ballot }
paper-lead = This is the ballot paper as it will be printed, with the names in the same order. Knowing the order helps if you will use the tactile voting device, which has a numbered flap over each box.
# $date: when the statement of persons nominated is due ("9 April 2027"), or "none".
paper-provisional = { $date ->
    [none] This paper is provisional. The council has not yet published the official list of candidates (the statement of persons nominated), so the names and their order may change.
   *[other] This paper is provisional. The council publishes the official list of candidates (the statement of persons nominated) on { $date }. Until then, the names and their order may change.
}
paper-cancelled = This poll was cancelled. This is the paper that would have been used.
paper-how-to-mark-heading = How to mark your ballot paper
paper-legend = Practice ballot paper: { $ballot }
# $allowed: how many boxes a paper may have a cross in and still be counted.
paper-practice-hint = { $allowed ->
    [one] Put a cross in one box only.
   *[other] Put a cross in up to { $allowed } boxes.
}
paper-practice-only = This is practice only: your marks are not sent or saved anywhere.
paper-no-practice = This paper is marked with numbers or choices rather than crosses, so there is no practice here. Read how to mark it above.
# Each box's place on the paper, for voters using the tactile voting device.
# $position: 1, 2, …; $total: how many boxes the paper has.
paper-position = { $position } of { $total }
# $state: blank, valid or too_many; $marks: boxes marked; $allowed: as above.
paper-verdict = { $state ->
    [blank] You have not marked any boxes. A paper with no marks would not be counted.
    [too_many] You have marked { $marks } boxes, which is too many. This paper would not be counted.
   *[valid] This paper would be counted. You have marked { $marks ->
        [one] 1 box
       *[other] { $marks } boxes
    } out of a possible { $allowed }.
}
paper-ballot-link = Candidates, key dates and results for this ballot

# Candidate search (/candidates).
candidate-search-title = Find a candidate
candidate-search-lead = Search for anyone standing, or who has stood, in the elections Pollcard has information about here.
candidate-search-label = Candidate’s name
candidate-search-hint = You can type part of a name, in capitals or not, with or without accents. For example, fevre finds Le Fèvre.
candidate-search-submit = Search
candidate-search-footer-link = Find a candidate
error-candidate-name = Enter a candidate’s name
# $count: how many candidates match; $query: what was typed.
candidate-search-found = { $count ->
    [0] No candidates match “{ $query }”
    [one] 1 candidate matches “{ $query }”
   *[other] { $count } candidates match “{ $query }”
}
candidate-search-none-advice = Check the spelling, or try part of the name: the surname alone, or its first few letters.
candidate-search-elections-link = See all elections and ballots
candidate-search-no-data-title = There is no election information here
candidate-search-no-data-body = Pollcard does not have any elections or candidates for this area at the moment. Your council can tell you about elections coming up.
candidate-unknown-title = We could not find that ballot or candidate
candidate-unknown-body = The link may be out of date. Search with your postcode to find your elections, or search for a candidate by name.
# A candidate's ballot. $ballot: ward or post; $election: the election's name;
# $date: polling day in words.
candidate-ballot-line = { $ballot }: { $election }, { $date }
# $status: the candidate's status key.
candidate-status-short = { $status ->
    [standing] Standing (not confirmed yet)
    [nominated] Validly nominated
    [invalid] Nomination not valid
    [withdrawn] Withdrawn
    [deselected] Deselected by their party, still on the ballot paper
    [elected] Elected
    [not_elected] Not elected
   *[elected_unopposed] Elected unopposed
}

# The candidate page (/candidate/{ballot}/{key}).
candidate-caption = Candidate
# What the status means. $status: as above; $date: when the statement of persons
# nominated is due, in words, or "none".
candidate-status-meaning = { $status ->
    [standing] { $date ->
        [none] Standing. This is not confirmed until the council publishes the statement of persons nominated, the official list of candidates.
       *[other] Standing. This is not confirmed until the council publishes the statement of persons nominated, the official list of candidates, on { $date }.
    }
    [nominated] Validly nominated: the candidate is on the statement of persons nominated, so their name will be on the ballot paper.
    [invalid] The nomination was not valid, so the candidate’s name is not on the ballot paper.
    [withdrawn] The nomination was withdrawn, so the candidate’s name is not on the ballot paper.
    [deselected] Their party withdrew its support after nominations closed. Their name is still on the ballot paper with the party’s name, because the paper cannot be changed after that.
    [elected] Elected.
    [not_elected] Not elected.
   *[elected_unopposed] Elected unopposed: no more candidates stood than there were seats, so there was no vote.
}
candidate-status-term = Status
candidate-votes-term = Votes
candidate-party-term = Party
candidate-description-term = Description on the ballot paper
candidate-ballot-term = Ballot
candidate-poll-term = Polling day
candidate-statement-heading = In their own words
candidate-paper-link = Practise on the ballot paper
candidate-ballot-cancelled = This poll was cancelled. The ballot’s page says why, and which poll replaces it.
candidate-timetable-heading = Their timetable
candidate-timetable-meanings = What these dates mean for a candidate
# What each step of the timetable means for a candidate. $event: the timetable's key.
candidate-event-meaning = { $event ->
    [notice_of_election] The council announces the election and says where and when nomination papers can be handed in.
    [close_of_nominations] Nomination papers must reach the returning officer by the time above. After this, no one else can stand.
    [withdrawal] A candidate can withdraw by giving written notice before the time above. After it, their name stays on the ballot paper.
    [sopn_publication] The statement of persons nominated: the official list of candidates whose nominations are valid, as they will appear on the ballot paper.
    [poll_open] Voting starts. Candidates and their agents may visit polling stations but must not campaign inside them.
   *[poll_close] Voting ends at 10pm; anyone in the queue then can still vote. The count follows.
}

## Location and map

location-home-link = Or use your location instead of a postcode
location-title = Find your polling station from where you are
location-lead = If you are at home, Pollcard can find your polling station from your device's location.
location-privacy = Your location is used on this device only. It is never sent to anyone, saved or put in a web address, and it is forgotten when you close or reload the page.
location-now-not-registered = This finds the polling station for the place where you are now, not for the address where you are registered to vote. If you are away from home, search by postcode instead.
location-button = Use my location
location-asking = Finding your location…
location-found-heading = Your polling station
location-found-one = The polling station for where you are now is:
location-found-several = Where you are now, voters go to different polling stations. Search by postcode to find which one is yours:
location-now-reminder = This is the station for where you are now. If you are registered at another address, search by its postcode.
location-not-announced = You are in a polling district whose polling station the council has not announced yet. Search by postcode, or contact the council.
location-outside = Your location is outside every polling district Pollcard has. Search by postcode instead.
location-no-boundaries = Pollcard does not have the polling district boundaries for this area, so it cannot use your location. Search by postcode instead.
location-denied = Pollcard was not allowed to use your location. You can allow it in your browser's settings, or search by postcode instead.
location-unavailable = Your device could not find your location. Search by postcode instead.
location-timeout = Finding your location took too long. Try again, or search by postcode instead.
location-failed = Pollcard could not load the polling district boundaries. Search by postcode instead.
location-postcode-link = Search by postcode
location-postcode-instead = Search by postcode instead
map-heading = Map
# $station: the station's name.
map-label = Map of the polling district around { $station }, with north at the top
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-north = N
map-station = Polling station
map-you = You
# $distance: a number; $unit: m or km; $direction: a compass-* message.
map-direction = The polling station is about { $distance } { $unit ->
    [km] km
   *[m] m
} { $direction } of you.
compass-north = north
compass-north-east = north-east
compass-east = east
compass-south-east = south-east
compass-south = south
compass-south-west = south-west
compass-west = west
compass-north-west = north-west
map-external-heading = Directions in another app
map-external-note = These links leave Pollcard. They give the other app or website the station's location only, never yours.
map-external-app = Open in your map app (opens another app)
map-external-web = Open in OpenStreetMap (opens another website)
# $date: "on" and a date, as in date-weekday-on.
provenance-surveyed = Accessibility surveyed { $date }.

## Postal and proxy vote applications (/apply/postal, /apply/proxy)
# Messages pollcard_core::absent_vote returns are listed in docs/absent-voting.md.
# $name: the date's name (absent-date-name-…), in date errors.

absent-start-title-postal = Apply for a postal vote
absent-start-title-proxy = Apply for a proxy vote
absent-start-lead-postal = Answer a few questions and Pollcard fills in the application form for you to print, sign and send. Your ballot pack is then posted to you before polling day.
absent-start-lead-proxy = Answer a few questions and Pollcard fills in the application form for you to print, sign and send. Your proxy – someone you trust – then votes for you.
absent-start-privacy = Your answers stay on this device. Pollcard sends them nowhere, and forgets them when you close the page unless you choose to save them here.
absent-start-button = Start now
absent-ready-heading = What to have ready
absent-ready-ni-number = Your National Insurance number, or the reason you cannot give it
absent-ready-signature-photo = To apply online instead: a photo of your signature in black ink on plain white paper
absent-ready-sign-form = A black pen: sign the printed form inside the box
absent-ready-attester = The form must also be signed by { $attester } to confirm your reasons
absent-ready-send = Post it or hand it in to { $authority } before the deadline
absent-authority-council = Electoral services, { $council }
absent-authority-eoni = The Electoral Office for Northern Ireland (EONI)
absent-attester-health-professional = a doctor, nurse or other registered health or social care professional
absent-attester-employer = your employer
absent-attester-course-tutor = the director or tutor of your course
absent-online-postal = Apply for a postal vote online on GOV.UK (leaves Pollcard)
absent-online-proxy = Apply for a proxy vote online on GOV.UK (leaves Pollcard)
absent-q-full-name = What is your full name?
absent-q-previous-name = Have you been registered to vote under a different name?
absent-q-registered-address = What is the address you are registered to vote at?
absent-q-date-of-birth = What is your date of birth?
absent-q-ni-number = What is your National Insurance number?
absent-q-scope = How long do you want this for?
absent-q-ground = Why can you not vote in person?
absent-q-ballot-address = Where should your ballot pack be sent?
absent-q-proxy-name = Who will vote for you?
absent-q-proxy-address = What is your proxy’s address?
absent-q-proxy-relationship = How is your proxy related to you?
absent-q-proxy-limit = Who else is your proxy voting for?
absent-q-proxy-able-and-willing = Can your proxy vote for you?
absent-q-signature = Can you sign the form?
absent-q-contact = How can electoral services contact you? (optional)
absent-label-full-name = Full name
absent-label-previous-name = Previous full name (optional)
absent-hint-previous-name = Leave this empty if you have always been registered under your current name.
absent-legend-registered-address = Your registered address
absent-legend-ballot-address-other = The address to send it to
absent-legend-proxy-address = Your proxy’s address
absent-label-address-line-1 = Address line 1
absent-label-address-line-2 = Address line 2 (optional)
absent-label-address-town = Town or city
absent-label-address-postcode = Postcode
absent-label-date-of-birth = Date of birth
absent-hint-date-of-birth = For example, 27 3 1985
absent-date-day = Day
absent-date-month = Month
absent-date-year = Year
absent-date-name-birth = Date of birth
absent-date-name-until = The end date
absent-label-ni-number = National Insurance number
absent-hint-ni-number = It is on your National Insurance letter, payslip or P60. For example, ‘QQ 12 34 56 C’.
absent-label-ni-number-cannot = I do not have one or cannot provide it
absent-label-ni-number-reason = Why can you not provide it?
absent-legend-scope = Choose one
absent-choice-scope-one-poll = For the next election only
absent-choice-scope-period = Until a date I choose
absent-choice-scope-maximum = For as long as the law allows ({ $years } years, then apply again)
absent-choice-scope-maximum-not-stated = For as long as EONI allows
absent-label-scope-until = End date
absent-hint-scope-until = For example, 31 12 2027
absent-legend-ground = Choose the reason that fits best
absent-choice-ground-disability = A disability or illness
absent-choice-ground-work = Work or service (including the armed forces)
absent-choice-ground-education = A course of study
absent-choice-ground-other = Another reason, such as a holiday or caring for someone
absent-label-ground-blind = I am registered blind
absent-label-ground-details = Tell us more, in your own words
absent-hint-ground-details = For example, “I use a wheelchair and my polling station has steps”.
absent-legend-ballot-address = Choose one
absent-choice-ballot-address-registered = My registered address
absent-choice-ballot-address-other = Another address
absent-label-ballot-address-reason = Why should it go to this address?
absent-label-proxy-name = Your proxy’s full name
absent-hint-proxy-name = Your proxy must be registered to vote and allowed to vote in this election.
absent-legend-proxy-relationship = Choose one
absent-choice-proxy-relationship-spouse = My husband or wife
absent-choice-proxy-relationship-civil-partner = My civil partner
absent-choice-proxy-relationship-parent = My parent
absent-choice-proxy-relationship-grandparent = My grandparent
absent-choice-proxy-relationship-sibling = My brother or sister
absent-choice-proxy-relationship-child = My child
absent-choice-proxy-relationship-grandchild = My grandchild
absent-choice-proxy-relationship-not-close = None of these (a friend, a neighbour or another relative)
absent-legend-proxy-limit = How many other people is your proxy already voting for at this election?
absent-hint-proxy-limit = Enter 0 if none. A proxy can vote for at most 2 people living in the UK, and 4 in all.
absent-label-proxy-limit-uk-resident = People living in the UK
absent-label-proxy-limit-overseas-or-service = Overseas or service voters
absent-label-proxy-able-and-willing = I confirm my proxy is able and willing to vote for me
absent-legend-signature = Choose one
absent-hint-signature = Electoral services compare your signature with the one on your postal vote or proxy papers.
absent-choice-signature-will-sign = Yes, I will sign it
absent-choice-signature-waiver = No, I am asking not to give a signature
absent-legend-signature-waiver-reason = Why can you not sign?
absent-choice-signature-waiver-reason-disability = A disability stops me signing, or signing the same way each time
absent-choice-signature-waiver-reason-cannot-read-or-write = I cannot read or write
absent-label-contact-email = Email address (optional)
absent-label-contact-phone = Phone number (optional)
absent-name-empty = Enter a full name
absent-name-too-long = Names must be 100 characters or fewer
absent-text-too-long = This must be 500 characters or fewer
absent-address-empty = Enter the address
absent-address-line-1-empty = Enter the first line of the address
absent-address-town-empty = Enter the town or city
absent-address-postcode-empty = Enter the postcode
absent-address-postcode-invalid = Enter a full UK postcode, like AA1 1AA
absent-date-empty = Enter the date
absent-date-missing-day = { $name } must include a day
absent-date-missing-month = { $name } must include a month
absent-date-missing-year = { $name } must include a year
absent-date-missing-day-month = { $name } must include a day and month
absent-date-missing-day-year = { $name } must include a day and year
absent-date-missing-month-year = { $name } must include a month and year
absent-date-not-a-number = { $name } must be written in numbers
absent-date-not-a-number-day = The day must be a number
absent-date-not-a-number-month = The month must be a number or the month’s name
absent-date-not-a-number-year = The year must be a number
absent-date-year-four-digits = The year must include 4 numbers
absent-date-impossible = { $name } must be a real date
absent-date-of-birth-in-future = The date of birth must be in the past
absent-date-of-birth-unrealistic = Check the year of your date of birth
absent-date-of-birth-too-young-to-register = You are too young to register to vote. Check your date of birth
absent-date-of-birth-too-young-for-poll = You will be too young to vote at this election. Choose a longer period, or check your date of birth
absent-date-not-after-today = { $name } must be in the future
absent-date-beyond-maximum = { $name } must be no more than 3 years from today
absent-ni-number-choose = Enter your National Insurance number, or tick that you cannot provide it
absent-ni-number-empty = Enter your National Insurance number
absent-ni-number-invalid-character = A National Insurance number has only letters and numbers
absent-ni-number-format = Enter a National Insurance number in the right format: 2 letters, 6 numbers, then A, B, C or D
absent-ni-number-first-letter = A National Insurance number never starts with D, F, I, Q, U or V. Check the first letter
absent-ni-number-second-letter = The second letter of a National Insurance number is never D, F, I, O, Q, U or V
absent-ni-number-prefix-not-issued = National Insurance numbers never start with these 2 letters. Check your number
absent-ni-number-suffix = A National Insurance number ends with A, B, C or D
absent-ni-number-reason-empty = Say why you cannot provide your National Insurance number
absent-scope-choose = Select how long you want this for
absent-ground-choose = Select the reason you cannot vote in person
absent-ground-details-empty = Tell us why you cannot vote in person
absent-ground-not-long-term = This reason is for one election only. Choose “For the next election only”, or a disability, work or study reason
absent-ballot-address-choose = Select where your ballot pack should be sent
absent-ballot-address-reason-empty = Say why the ballot pack should go to this address
absent-proxy-name-is-voter = You cannot be your own proxy. Enter the name of the person who will vote for you
absent-proxy-relationship-choose = Select how your proxy is related to you
absent-proxy-limit-choose = Enter how many people your proxy is voting for, as numbers
absent-proxy-limit-uk-exceeded = A proxy can vote for at most 2 people living in the UK, including you. Choose someone else as your proxy
absent-proxy-limit-total-exceeded = A proxy can vote for at most 4 people in all, including you. Choose someone else as your proxy
absent-proxy-able-and-willing-required = Confirm that your proxy is able and willing to vote for you
absent-signature-choose = Select whether you can sign the form
absent-signature-waiver-reason = Select why you cannot sign
absent-contact-email-invalid = Enter an email address in the right format, like name@example.com
absent-contact-phone-invalid = Enter a phone number, like 01632 960 001 or +44 7700 900 982
absent-emergency-applies = You can apply for an emergency proxy vote
absent-emergency-use-ordinary-proxy = The proxy deadline has not passed: apply for an ordinary proxy vote
absent-emergency-before-deadline = It happened before the proxy deadline, so an emergency proxy is not possible on these grounds
absent-emergency-photo-id-not-required = This election does not need photo ID, so the photo ID grounds do not apply
absent-emergency-ask-electoral-office = Ask the Electoral Office for Northern Ireland (EONI) whether you can have an emergency proxy
absent-emergency-when-in-future = The date you gave is in the future. Enter the day it happened
absent-emergency-too-late = It is too late: emergency proxy applications close at 5pm on polling day
absent-check-title = Check your answers
absent-check-button = Make my application form
absent-change = Change
absent-not-given = Not given
absent-done-title-postal = Your postal vote application form is ready
absent-done-title-proxy = Your proxy vote application form is ready
absent-done-lead = Print it, or save it as a PDF, then check it, sign it and send it. Nothing has been sent anywhere.
absent-print-button = Print or save as PDF
absent-form-title-postal = Application for a postal vote
absent-form-title-proxy = Application for a proxy vote
absent-form-send-to = Send this form to:
absent-form-signature = Signature (in black ink, inside the box):
absent-form-date = Date:
absent-draft-save = Save my answers on this device for 7 days
absent-draft-hint = Only on this device, and deleted after 7 days. Nothing is sent anywhere.
absent-draft-delete = Delete my answers now
absent-draft-saved = Your answers are saved on this device for 7 days
absent-draft-not-saved = Your answers are no longer saved on this device
absent-draft-deleted = Your answers have been deleted

## Choosing a place: handing in a postal vote

places-link = Hand in your postal vote at a polling station near you
places-title = Hand in your postal vote at a polling station
places-rules = On polling day, you can hand in your postal vote at any polling station in the council's area, until 10pm. You will be asked to fill in a form. You can hand in your own postal vote and up to 5 others.
places-own-station = This does not change where you vote in person: you can only vote in person at your own polling station.
places-ni = In Northern Ireland, postal votes cannot be handed in at polling stations. Post your postal vote back, or contact the Electoral Office for Northern Ireland.
places-no-stations = Pollcard does not have this council's polling stations yet. Search by postcode first.
# $station: a polling station's name.
places-from-station = Nearest first from { $station }.
places-from-you = Nearest first from where you are now. Your location stays on this device.
places-from-nowhere = Search by postcode, or use your location, to list the nearest first.
places-filter-legend = Show only places with
places-filter-hint = A place is shown only when the council has said it has everything you tick. Places where something is not known are left out.
places-filter-step_free = Step-free access
# $shown, $total: numbers.
places-count = Showing { $shown } of { $total } polling stations
places-none = No polling station has everything you ticked. Untick something to see more, or contact the council.
places-here = This is where the list starts from.
# $distance: a number; $unit: m or km; $direction: a compass-* message.
places-away = About { $distance } { $unit ->
    [km] km
   *[m] m
} { $direction }
places-no-location = Distance not known
places-title-voting = Where you can vote, or hand in your postal vote
places-advance-heading = Advance voting
places-advance-lead = You can vote in person at one of these places on the days shown, before polling day, instead of at your polling station.
places-hub-heading = Polling-day hubs
places-hub-lead = On polling day, you can vote at one of these hubs instead of at your own polling station.
# $shown, $total: numbers.
places-group-count = Showing { $shown } of { $total } places
places-group-none = None of these places has everything you ticked. Untick something to see more, or contact the council.
# $date: a date in words (date-weekday); $opens, $closes: clock times.
places-open-day = { $date }, { $opens } to { $closes }
places-days-over = Its voting days are over.
# $areas: ward or polling district names, separated by commas.
places-for-areas = Only for voters in { $areas }. Your poll card says which ward you are in.
station-also-vote = You can also vote at an advance voting place or a polling-day hub.
station-also-vote-perhaps = You may also be able to vote at an advance voting place or a polling-day hub.
station-also-vote-link = See the places you can use
# $date: "on" and a date, as in date-weekday-on.
provenance-confirmed = Station confirmed by the council { $date }.
provenance-confirmed-unknown = Not known when the council last confirmed this station.

## Ways to vote (/ways-to-vote) and the emergency proxy wizard (/emergency-proxy)
# $way: in-person, postal, proxy or emergency-proxy; wtv-who adds -ni in Northern Ireland.

wtv-title = Ways to vote
wtv-lead = You can vote in person at your polling station, by post, or by asking someone you trust to vote for you (a proxy). If something happens after the deadline, you may be able to get an emergency proxy vote.
wtv-way = { $way ->
    [in-person] In person
    [postal] By post
    [proxy] By proxy
   *[emergency-proxy] Emergency proxy
}
wtv-who = { $way ->
    [in-person] Anyone registered to vote can vote at their own polling station on polling day. Staff are there to help, and you can bring someone to help you.
    [in-person-ni] Anyone registered to vote can vote at their own polling station on polling day. Staff are there to help, and you can bring someone to help you.
    [postal] Anyone registered to vote can vote by post. You do not need to give a reason. Your ballot paper is sent to you and you post it back.
    [postal-ni] In Northern Ireland you need a reason to vote by post, such as a disability, illness, work or study. The Electoral Office for Northern Ireland (EONI) deals with applications.
    [proxy] Anyone registered to vote can ask someone they trust to vote for them. For one election you do not need to give a reason. For longer, you need a reason such as a disability, work or study, and someone to confirm it.
    [proxy-ni] In Northern Ireland you need a reason for someone to vote for you, such as a disability, illness, work or study. EONI deals with applications.
   *[other] If, after the proxy deadline, you have a medical emergency, your disability gets worse, you are called away for work or military service, or your photo ID is lost, stolen or has not come back, you can apply for an emergency proxy vote until 5pm on polling day.
}
wtv-link = { $way ->
    [postal] Apply for a postal vote
    [proxy] Apply for a proxy vote
   *[emergency-proxy] Check whether you can get an emergency proxy vote
}
wtv-dates-heading = Deadlines
wtv-link-from = Ways to vote: in person, by post or by proxy, and the deadlines
wtv-no-poll = Pollcard has no election coming up for your area. Your council can tell you about the next one.
# $date: polling day in words.
wtv-poll-heading = Polling day: { $date }
# $when: a deadline in words ("5pm on Tuesday 20 April 2027").
wtv-passed = The deadline passed at { $when }.
wtv-polling-hours = { $opens } to { $closes } on { $date }
wtv-from-until = From { $opens } until { $closes }, if the grounds apply
# $days: working days after today up to the deadline's day; $today: yes when the deadline is today.
wtv-by = { $today ->
    [yes] By { $when } – that is today
   *[no] By { $when } – { $days ->
        [one] 1 working day from today
       *[other] { $days } working days from today
    }
}
wtv-photo-id = You need to show photo ID to vote at a polling station in this election. If you have none, you can apply for a free Voter Authority Certificate.
wtv-still-heading = What you can still do
# $kind: what; $from, $until: moments in words; $opens, $closes: times; $date: a day in words.
wtv-still = { $kind ->
    [proxy] Apply for a proxy vote by { $until }.
    [emergency-proxy] If the grounds apply, apply for an emergency proxy vote by { $until }.
    [replacement] If you already have a postal vote and your ballot pack is lost, spoilt or has not come, ask your council for a replacement from { $from } until { $until }.
    [hand-in] Hand in your completed postal vote at a polling station in your area, { $opens } to { $closes } on { $date }.
   *[in-person] Vote in person at your polling station, { $opens } to { $closes } on { $date }.
}
emergency-what-title = What has happened?
emergency-what-lead = An emergency proxy vote lets someone you trust vote for you when something happens after the deadline for an ordinary proxy vote.
emergency-what-legend = Choose the one that fits best
emergency-what-choice = { $choice ->
    [medical-emergency] I have a medical emergency, or my disability or illness has got worse
    [detained-patient] I am being kept in hospital under mental health law
    [work-or-service] My work or military service means I cannot get to my polling station
    [id-lost-stolen-or-damaged] My photo ID has been lost, stolen, destroyed or damaged
    [id-sent-away-not-returned] I sent my photo ID away, for example to renew it, and it has not come back
    [id-or-certificate-not-arrived] I applied for photo ID or a Voter Authority Certificate and it has not arrived
   *[something-else] Something else
}
emergency-what-error = Select what has happened
emergency-when-title = When did it happen?
emergency-when-legend = The day it happened, or the day you found out
emergency-when-hint = For example, 27 4 2027
# $problem: empty, in-future, impossible, year-four-digits, missing-… or not-a-number-….
emergency-when-error = { $problem ->
    [empty] Enter the date it happened
    [in-future] The date it happened must be today or in the past
    [missing-day] The date it happened must include a day
    [missing-month] The date it happened must include a month
    [missing-year] The date it happened must include a year
    [missing-day-month] The date it happened must include a day and month
    [missing-day-year] The date it happened must include a day and year
    [missing-month-year] The date it happened must include a month and year
    [year-four-digits] The year must include 4 numbers
   *[other] The date it happened must be a real date
}
# $when: the deadline in words.
emergency-time-title = Did it happen before { $when }?
emergency-time-legend = Choose one
emergency-time-choice = { $choice ->
    [before] Yes, before then
   *[after] No, at that time or later
}
emergency-time-error = Select whether it happened before the deadline
# $outcome: applies, use-ordinary-proxy, before-deadline, too-late, photo-id-not-required,
# ask-electoral-office or no-ground; $when: a moment in words.
emergency-outcome-title = { $outcome ->
    [applies] You can apply for an emergency proxy vote
    [use-ordinary-proxy] Apply for an ordinary proxy vote instead
    [too-late] It is too late to apply for an emergency proxy vote
    [photo-id-not-required] You do not need photo ID for this election
    [ask-electoral-office] Ask the Electoral Office for Northern Ireland
   *[other] You cannot get an emergency proxy vote for this
}
emergency-outcome-body = { $outcome ->
    [applies] Your application must arrive by { $when }.
    [use-ordinary-proxy] The deadline for an ordinary proxy vote has not passed yet. Apply by { $when }.
    [before-deadline] It happened before { $when }, when you could still apply for an ordinary proxy vote. An emergency proxy vote is only for something that happens after that deadline.
    [too-late] Applications closed at { $when }.
    [photo-id-not-required] You can vote at your polling station without photo ID in this election, so you do not need an emergency proxy vote for this reason.
    [ask-electoral-office] Pollcard cannot tell whether you can get an emergency proxy vote for this. Contact the Electoral Office for Northern Ireland.
   *[other] An emergency proxy vote is only for a medical emergency or disability, work or military service, or a problem with your photo ID that happens after the proxy deadline.
}
# $attester: health-professional, employer, course-tutor or none.
emergency-attester = { $attester ->
    [health-professional] A doctor, nurse or other registered health or social care professional must confirm your application by signing it.
    [employer] Your employer must confirm your application by signing it. If you are self-employed, someone who knows you and is not related to you signs it.
    [course-tutor] Your course tutor must confirm your application by signing it.
   *[none] You do not need anyone to confirm your application.
}
emergency-next-heading = What to do next
# $step: proxy, form, attester or send; $when: when the application must arrive.
emergency-next = { $step ->
    [proxy] Choose someone you trust to vote for you. They must be registered to vote and able to go to your polling station on polling day.
    [form] Get the emergency proxy application form from the office below, or from the Electoral Commission’s website.
    [attester] Ask the person who must confirm your application to fill in and sign their part.
   *[send] Send the completed form so that it arrives by { $when }.
}
emergency-in-person = You can still vote in person at your polling station on polling day. If you need help to get there or to vote, contact the office below.
emergency-change = Change your answers
emergency-contact-heading = { $ni ->
    [yes] Electoral Office for Northern Ireland
   *[no] Your council’s electoral services
}
emergency-eoni-link = The Electoral Office for Northern Ireland (opens another website)

# Read aloud, Easy Read and "Tell the council" (docs/accessibility.md).

# $state: idle, speaking or paused.
read-aloud-button = { $state ->
    [speaking] Pause reading
    [paused] Carry on reading
   *[idle] Read aloud
}
read-aloud-stop = Stop reading
read-aloud-reading = Reading aloud.
read-aloud-paused = Reading paused.
read-aloud-stopped = Reading stopped.
read-aloud-finished = Finished reading.
read-aloud-no-voice = This device has no voice that reads English on the device itself. Pollcard only uses voices that do not send the text anywhere, so it cannot read this page aloud. Your device's own screen reader can.
# $name, $address: the station's; $opens, $closes: clock times.
read-aloud-station = { $name }. { $address }. Open from { $opens } to { $closes } on polling day.
easy-read-link = Easy Read
easy-read-standard-link = Standard version of this page
# $picture: the name of a picture in public/easy-read/; its alt text.
easy-read-picture = { $picture ->
    [ballot] A ballot paper with a cross in one box
    [home] A house
    [station] A building with a flag on it: a polling station
    [phone] A mobile phone with a padlock
    [help] Two people, one helping the other
    [staff] A member of staff with a badge, helping someone
    [post] An envelope going into a post box
    [proxy] One person giving a ballot paper to another
    [email] An envelope, for an email or a letter
    [clock] A clock
    [access] A person in a wheelchair going up a ramp
   *[none] A picture
}
easy-read-home-title = Easy Read: find where you vote
easy-read-home-vote =
    There is an election.
    You can vote in it.
    You vote at a place called a polling station.
easy-read-home-postcode =
    Type your postcode on the first page of Pollcard.
    Your postcode is the last part of your address.
    Pollcard shows you where to vote.
easy-read-home-station =
    Pollcard tells you the name of the building.
    It tells you when the building is open.
    It tells you if it is easy to get into.
easy-read-home-private =
    Your postcode stays on your phone or computer.
    Pollcard does not send it to anyone.
easy-read-home-help =
    You can get help when you vote.
    Read about help for disabled voters.
easy-read-disabled-title = Easy Read: voting if you are disabled
easy-read-disabled-station =
    Every polling station must help disabled people to vote.
    The staff must make changes to help you.
easy-read-disabled-equipment =
    You can ask for a ballot paper in big print.
    You can ask for a tool that helps blind people vote.
    You can ask for a chair.
easy-read-disabled-companion =
    You can bring someone to help you vote.
    They must be 18 or older.
easy-read-disabled-staff =
    You can ask the person in charge to help you.
    They can mark the ballot paper for you.
    They will keep your vote secret.
easy-read-disabled-postal =
    You can vote by post.
    You must ask the council before the election.
easy-read-disabled-proxy =
    You can ask someone you trust to vote for you.
    This is called a proxy vote.
    You must ask the council before the election.
easy-read-disabled-council =
    Is the polling station hard for you to use?
    Tell the council.
    They can help.
# $name: the station's name.
easy-read-station-title = Easy Read: your polling station, { $name }
# $name: the station's name; $address: its address.
easy-read-station-where =
    You vote at { $name }.
    The address is { $address }.
# $opens, $closes: clock times.
easy-read-station-open =
    It is open from { $opens } to { $closes } on polling day.
    If you are in the queue at { $closes }, you can still vote.
easy-read-station-unsurveyed =
    Nobody has checked this building yet.
    We do not know how easy it is to get in.
    Ask the council if you need to know.
# $state: yes, no or unknown; a list of features follows.
easy-read-station-features = { $state ->
    [yes] The building has:
    [no] The building does not have:
   *[unknown] We do not know about:
}
easy-read-station-help =
    You can ask the staff for help.
    You can bring someone to help you.
easy-read-station-tell =
    You can tell the council what you need before you go.
    You can tell the council how it went after you vote.
tell-station-link = Tell the council what you need, or how your visit went
tell-title = Tell the council
tell-lead = Write to the council's electoral services team about this polling station. Pollcard fills in an email for you. It opens in your own email app, where you can change it and send it.
tell-nothing-sent = Pollcard sends nothing itself and keeps nothing you write.
tell-no-email = The council has not published an email address. You can phone them or write to them instead.
tell-before-heading = Before you vote: what you need
tell-before-legend = What would help you vote?
tell-before-list = I would like to ask for:
tell-before-send = Write the email about what I need
# $name: the station's name.
tell-before-subject = What I need to vote at { $name }
tell-after-heading = After you vote: how it went
tell-after-legend = What went wrong?
tell-after-list = When I voted:
tell-after-send = Write the email about my visit
# $name: the station's name.
tell-after-subject = My visit to { $name } polling station
tell-words-label = Anything else you want to say (optional)
tell-email-greeting = Dear electoral services team,
# $name: the station's name; $address: its address.
tell-email-station = This is about the polling station at { $name }, { $address }.
tell-email-thanks = Thank you.
# $choice: a key of pollcard_core::council_message's NEEDS or PROBLEMS.
tell-choice = { $choice ->
    [ramp] A ramp to get in
    [chair] A chair to sit on while I wait
    [staff_help] Help from the staff
    [large_print] A large-print ballot paper
    [tactile_device] A tactile voting device
    [magnifier] A magnifier
    [hearing_loop] A hearing loop that works
    [parking] A parking space near the door
    [quiet_time] A quiet time to come and vote
    [ramp_missing] The ramp was missing
    [step_free_blocked] The step-free way in was blocked
    [no_chair] There was no chair
    [hearing_loop_broken] The hearing loop did not work
    [no_large_print] There was no large-print ballot paper
    [no_tactile_device] There was no tactile voting device
    [no_help] The staff could not help me
    [booth_too_high] The voting booth was too high
    [parking_blocked] The disabled parking was full or blocked
   *[other] Something else
}

## US: use my location and choose a place (a bundle with a Voting Information Project feed)

us-title = Find where to vote from where you are
us-lead = Pollcard can find your voting precinct, and where you can vote, from your device's location.
us-now-not-registered = This finds the precinct for the place where you are now, not for the address where you are registered to vote. If you are away from home, ask your election office where you vote.
us-found-heading = Where you can vote
# $precinct: the precinct's name; $locality: its county, city or town.
us-found = Where you are now is in precinct { $precinct }, { $locality }.
us-polling-place = On election day, you vote at your polling place:
# $locality: the county, city or town.
us-vote-centres = Your precinct uses vote centres: on election day you can vote at any vote centre in { $locality }:
us-mail-only = Everyone in this precinct votes by mail, so there is no polling place. You can return your ballot by mail or, where there is one, at a drop box.
us-not-said = Your election office has not said where this precinct votes in person. Contact them before you go.
us-now-reminder = This is for where you are now. If you are registered at another address, ask your election office where you vote.
us-places-link = Choose a vote centre, early voting site or drop box near you
us-outside = Your location is outside every precinct Pollcard has. Contact your election office to find where you vote.
us-no-boundaries = Pollcard does not have the precinct boundaries for this area, so it cannot use your location. Contact your election office to find where you vote.
us-denied = Pollcard was not allowed to use your location. You can allow it in your browser's settings, or contact your election office to find where you vote.
us-unavailable = Your device could not find your location. Try again, or contact your election office to find where you vote.
us-timeout = Finding your location took too long. Try again, or contact your election office to find where you vote.
us-failed = Pollcard could not load the precinct information. Try again later, or contact your election office.
# $from, $to: dates in words (or as the data wrote them).
us-days-between = { $from } to { $to }
us-days-from = From { $date }
us-days-until = Until { $date }
us-appointment-only = by appointment only
us-appointment-or = or by appointment
us-hours-unknown = Opening hours not known. Check with your election office.
# $text: the directions, as the election office wrote them.
us-directions = Directions: { $text }
us-accessibility-unknown = Accessibility: not known. The election data does not say whether this place is accessible. Ask your election office before you go.
us-office-heading = Your election office
us-office-phone = Phone:
us-office-email = Email:
# $link: which of the office's web pages.
us-office-link = { $link ->
    [elections] Elections information
    [registration] Register to vote
    [am_i_registered] Check if you are registered
    [absentee] Vote by mail (absentee voting)
    [where_do_i_vote] Where do I vote?
    [what_is_on_my_ballot] What is on my ballot?
   *[rules] Voting rules
} (opens another website, leaving Pollcard)
us-places-title = Choose where to vote or leave your ballot
us-places-lead = These are the places you may use, nearest first from where you are now. Your location stays on this device.
us-places-need-location = Pollcard needs to know where you are to list the places you may use.
us-filter-legend = Show only
us-filter-hint = Tick the kinds of place you want to see. With no box ticked, every kind is shown.
# $use: polling-place, vote-centre, early-voting or drop-box.
us-use-heading = { $use ->
    [polling-place] Your polling place
    [vote-centre] Vote centres
    [early-voting] Early voting sites
   *[drop-box] Ballot drop boxes
}
us-places-count = Showing { $shown } of { $total } places
us-places-none = Pollcard has no places for your precinct. Contact your election office.
