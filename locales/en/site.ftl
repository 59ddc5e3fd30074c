# The words of the readers' pages, in English. Every message here must also be in
# ../ko/site.ftl and ../ja/site.ftl (a test compares the three).

## The frame of every page

site-name = Korea–Japan Relations: A Timeline
skip-to-content = Skip to content
footer = A curated, sourced record of Korea–Japan relations. Every event cites its sources; dates are shown as precisely as they are known.
languages = Languages
# Offered, on a page in another language, to a reader who prefers this catalogue's language.
language-offer = Read this page in English
not-translated = Not yet translated into English; shown in the original.

## The timeline

timeline-heading = Korea–Japan relations, event by event
timeline-description = A curated, sourced timeline of Korea–Japan relations, from the 1876 Treaty of Ganghwa, the 1910 annexation and the 1965 normalization treaty to the wartime-labor rulings, the 2019 export restrictions and the GSOMIA dispute.
on-this-day-link = On this day in history
loading-timeline = Loading the timeline…
filters-not-applied = These filters could not be applied, so the whole timeline is shown:
count-none = No events match these filters.
count-matching = { $count ->
    [one] 1 event matches.
   *[other] { $count } events match.
}
count-all = { $count ->
    [one] 1 event.
   *[other] { $count } events.
}
# When the events are more than one page holds: the whole sentence for each case.
count-matching-range = { $count ->
    [one] 1 event matches. Showing { $first }–{ $last }.
   *[other] { $count } events match. Showing { $first }–{ $last }.
}
count-all-range = { $count ->
    [one] 1 event. Showing { $first }–{ $last }.
   *[other] { $count } events. Showing { $first }–{ $last }.
}
clear-filters = Clear filters
copy-link = Copy link to this view
link-copied = Link copied
take-away = Download or embed
download-view = Download this view:
download-csv = CSV (spreadsheet)
download-json = JSON
download-timelinejs = TimelineJS
embed-code = To show this view on your own web page, paste this HTML into it:
embed-open-view = Open this view on the timeline
embed-open-event = Read more on the timeline
periods = Periods
pages = Pages
earlier-events = ← Earlier events
later-events = Later events →
page-of = Page { $page } of { $pages }
axis-moves = Move through time
axis-earlier = ← Earlier
axis-later = Later →
axis-zoom-in = Zoom in
axis-zoom-out = Zoom out
axis-decade = { $year }s
axis-column = { $count ->
    [one] { $when }: 1 event
   *[other] { $when }: { $count } events
}
axis-caption = Events from { $first } to { $last }, by { $unit ->
    [day] day
    [month] month
    [year] year
    [decade] decade
   *[century] century
}. Choose a bar to see only its events.
# A span of years, such as the years without events between two that have some.
year-span = { $first }–{ $last }

## The filter form

search = Search
search-placeholder = GSOMIA, wartime labor, export restrictions …
search-hint = Search in English, Korean or Japanese
apply-filters = Apply filters
filters = Filters
categories = Categories
actors = Actors
dates = Dates
disputed-filter = Positions
disputed-only = Only where the sides disagree
date-from = From
date-to = To
date-hint = A year, a month or a day: 2019, 2019-07 or 2019-07-04

## Categories and actors

category-history = History
category-legal = Legal
category-trade = Trade
category-security = Security
category-diplomacy = Diplomacy
category-society = Society
actor-KR = South Korea
# Korea as it was named on an event's date: before 12 October 1897, until 29 August 1910, until 15 August 1948.
actor-KR-joseon = Joseon Korea
actor-KR-empire = Korean Empire
actor-KR-colonial = Korea
actor-JP = Japan
actor-US = United States
actor-CN = China
actor-KP = North Korea
actor-WTO = World Trade Organization
actor-UN = United Nations

## An event

source-count = { $count ->
    [one] 1 source
   *[other] { $count } sources
}
loading-event = Loading the event…
breadcrumbs = Breadcrumbs
timeline = Timeline
sources = Sources
related-events = Related events
see-in-timeline = See in timeline
earlier-and-later = Earlier and later events
earlier = Earlier
later = Later
# Punctuation the page puts between words: after a label, between the items of a list,
# around a quoted title, around a date in brackets.
label-separator = {": "}
list-separator = {", "}
quoted = “{ $value }”
paren-open = {" ("}
paren-close = )
# Each side's position, in its own words (`#positions` on an event's page). A court's name
# follows its state's: "South Korea: Supreme Court".
positions = Positions
holder-government = Government
court-korea-supreme-court = Supreme Court
court-korea-constitutional-court = Constitutional Court
court-seoul-high-court = Seoul High Court
court-seoul-central-district-court = Seoul Central District Court
court-japan-supreme-court = Supreme Court
court-tokyo-district-court = Tokyo District Court
unofficial-translation = Unofficial translation
quote-source = Source
# On the timeline, an event whose positions come from two sides or more.
disputed-mark = The sides disagree: both positions

## On this day

loading-day = Loading the day…
on-this-day-heading = On this day: { $day }
on-this-day-description = Events in South Korea–Japan relations on { $day }, across the years.
on-this-day-count = { $count ->
    [0] No event in the timeline began on { $day }.
    [one] One event in the timeline began on { $day }.
   *[other] { $count } events in the timeline began on { $day }, across the years.
}
days-around = Days before and after
no-such-day = No such day
no-such-day-explanation = “{ $typed }” is not a day of the year; write it as MM-DD, such as 08-15.

## When a page is not there, or fails

not-found-title = Page not found
not-found-heading = This page is not in the timeline
not-found-explanation = The link may be mistyped, or the event may have been removed. Every event is listed on the timeline.
gone-title = Event withdrawn
gone-heading = This event has been withdrawn
gone-explanation = The editors have removed it from the timeline, for example because it duplicated another entry or could not be confirmed.
go-to-timeline = Go to the timeline
sign-in = Sign in
something-went-wrong = Something went wrong
fault-400 = This request could not be answered
fault-401 = Please sign in again
fault-403 = Refused
fault-404 = Not found
fault-405 = Not allowed at this address
fault-410 = Withdrawn
fault-408 = Too slow to arrive
fault-413 = Too large to send
fault-501 = Not available in this form
fault-503 = The page took too long
fault-400-explanation = The request could not be processed. Check the address or what you entered.
fault-403-explanation = Refused: this request came from another site.
fault-405-explanation = This address cannot be used that way. Follow a link or use the form on the page.
fault-408-explanation = The request took too long to arrive, and nothing was saved. Go back (your browser keeps what you typed) and send it again.
fault-413-explanation = Too large: the server accepts at most { $limit } KB, and nothing was saved. Go back (your browser keeps what you typed), shorten the longest text, and send it again.
fault-413-import-explanation = Too large: an import takes a file of at most { $megabytes } MB, and nothing was imported. Split the file into smaller ones and import each.
fault-500-explanation = Something went wrong on our side, and nothing was changed. Please try again in a moment.
fault-501-explanation = This address cannot answer in the form asked for. Ask for it as JSON, or follow a link on the page.
fault-503-explanation = The page took too long to prepare. Please try again in a moment.
error-signed-out = Your session has ended; please sign in again.
error-call = The server could not be reached.

## Filters that could not be applied

problem-search-too-long = The search text is too long: use at most { $max } characters.
problem-search-control = The search text contains a control character.
problem-category = “{ $value }” is not one of the categories.
problem-actor = “{ $value }” is not one of the actors.
problem-date = “{ $value }” is not a date: write a year, a month or a day, such as 2019, 2019-07 or 2019-07-04.
problem-range = The dates end ({ $to }) before they start ({ $from }).
problem-language = “{ $value }” is not a language of this site: use en, ko or ja.
problem-disputed = “{ $value }” is not a choice for disputed events: use 1.

## The register of contested terms

terms-link = Contested terms
loading-terms = Loading the register of terms…
terms-heading = Contested terms
terms-description = The words South Korea's and Japan's governments use for the subjects they dispute, in English, Korean and Japanese: who uses each, since when, and the words this timeline uses.
terms-lede = On these subjects the choice of a word takes a side. Each entry gives the words each government uses, in each language, who uses them and since when, and the words this timeline uses in its own voice, which takes no side. An event's page links the first mention of each term to its entry here.
terms-contents = Terms in this register
voice-korea = South Korea's government
voice-japan = Japan's government
voice-house = This timeline
voice-others = Others
terms-sources = Sources on the usage
terms-events = Events that use these words
terms-no-events = No event in the timeline uses these words yet.
## Reporting an error in an event

report-heading = Report an error
report-intro = Tell the editors what is wrong on this page. No account is needed. Your report goes to the editors only; it is not published.
report-what = What is wrong (required)
report-source = A source (optional)
report-source-hint = A link or a citation that shows it: shown to the editors as text.
report-email = Your email address (optional)
report-email-hint = Only the editors see it, in case they need to ask you about the report.
report-trap = Leave this field empty
report-send = Send the report
report-page-title = Report an error: { $title }
report-about = About:
report-problem-required = Please say what is wrong.
report-problem-too-long = At most { $max } characters.
report-problem-hidden = This contains an invisible character; please type it again.
report-problem-email = This is not an email address (such as name@example.org).
report-refused-too-soon = The report was not sent yet: please check it and send it again.
report-refused-trap = The report was not sent: a field that must stay empty was filled in, perhaps by your browser. Please send it again.
report-refused-paused = { $minutes ->
    [one] Too many reports have come from your connection just now. Please try again in a minute.
   *[other] Too many reports have come from your connection just now. Please try again in { $minutes } minutes.
}
report-status-heading = Report { $reference }
report-status-received = Received on { $date }.
report-status-new = Not answered yet. The editors' answer will appear on this page: keep its address to come back.
report-status-accepted = Accepted on { $date }.
report-status-declined = Declined on { $date }.
report-status-reply = The editors' reply
report-status-unpublished = an event that is no longer published
## An event's history, its revisions and its citation

last-changed = Last changed on { $date }
history-link = History of this event
history-heading = History of “{ $title }”
history-explanation = Every change to this event is kept as a numbered revision, newest first. Each revision shows the event as it stood and what changed from the one before.
revision-number = Revision { $number }
by-an-editor = by an editor
revision-first = The first version kept.
revision-no-change = Saved with no change to the text.
revision-changed = Changed: { $parts }.
revision-languages = Languages: { $languages }.
revision-restores = Brings back revision { $number }.
revision-note = Editor’s note:
language-en = English
language-ko = Korean
language-ja = Japanese
part-title = title
part-summary = summary
part-body = text
part-start = start date
part-end = end date
part-category = category
part-actors = countries and organizations
part-sources = sources
part-positions = positions
part-related = related events
part-status = whether it is published
part-in-language = { $field } ({ $language })
revision-notice = An earlier version of this event;
revision-see-current = see the current one
revision-unreadable = This revision cannot be shown as a page, as it does not meet today’s rules for events; what changed is shown below.
revision-was-retired = At this revision the event was withdrawn from the timeline.
revision-diff = What changed from revision { $number }
revision-previous = See the revision before
diff-added = added:
diff-removed = removed:
cite = Cite this event
cite-quote-open = “
cite-quote-close = .”
cite-text = { $site }, revision { $number }, { $date }.
cite-download = Download the citation for a reference manager:

## The corrections log

corrections-link = Corrections
loading-corrections = Loading the corrections…
corrections-heading = Corrections
corrections-lede = When an editor corrects an error in an event, the correction is listed here, newest first, with the editor’s note saying what was corrected and what changed. Every other change is in each event’s history.
corrections-none = No corrections have been made yet.
corrections-newer = ← Newer corrections
corrections-older = Older corrections →
corrected-on = Corrected on { $date }
revision-correction = Correction
