# The words of the editors' pages (sign-in, the event list, the event form, the audit
# trail), in English. Every message here must also be in ../ko/editors.ftl and
# ../ja/editors.ftl (a test compares the three).

## Navigation and signing in

admin = Admin
admin-events = Events
admin-new-event = New event
admin-audit = Audit trail
sign-out = Sign out
sign-in-lede = For editors of the timeline.
username = Username
password = Password
sign-in-refused = The username or password is not right.
sign-in-paused = { $minutes ->
    [one] Too many failed attempts. Sign-in is paused; try again in 1 minute.
   *[other] Too many failed attempts. Sign-in is paused; try again in { $minutes } minutes.
}

## The list of events

admin-events-title = Admin: events
admin-search-label = Search titles and summaries
admin-translations = Translations
admin-translations-any = Any
admin-translations-missing = Not yet in every language
admin-translations-outdated = Older than the English
loading-events = Loading events…
no-events-match = No events match.
showing-most-recent = Showing the { $count } most recently changed; search to find others.
column-date = Date
column-title = Title
column-category = Category
column-translations = Translations
column-status = Status
status-retired = Retired
status-published = Published
# $language is the code of the translation's language: en, ko or ja.
translation-missing = { $language ->
        [ko] Korean
        [ja] Japanese
       *[en] English
    } missing
translation-outdated = { $language ->
        [ko] Korean
        [ja] Japanese
       *[en] English
    } older than the English
translations-complete = Complete

## The audit trail

admin-audit-title = Admin: audit trail
loading-audit = Loading the audit trail…
column-when = When (UTC)
column-who = Who
column-from = From
column-what = What
column-changes = Changes
older-entries = Older entries
audit-sign-in = Signed in
audit-sign-in-failed = Failed to sign in
audit-sign-out = Signed out
audit-create = Created event { $id }
audit-edit = Edited event { $id }
audit-retire = Retired event { $id }
audit-restore = Restored event { $id }

## Readers' reports of errors

admin-reports = Reports
admin-reports-new = { $count } new
admin-reports-title = Admin: reports of errors
report-states = Reports by state
report-state-new = New
report-state-accepted = Accepted
report-state-declined = Declined
report-state-any = All
loading-reports = Loading the reports…
reports-none = No reports here.
column-report = Report (received, UTC)
column-event = Event
column-reported = What the reader wrote
column-state = State
older-reports = Older reports
report-source-label = Source
report-email-label = Email
report-lang-label = Page language
report-answer-heading = Report { $reference }
report-answer-saved = The answer is saved and shown on the report's status page.
report-answer-conflict = Another editor answered this report first; their answer stands. Your reply is kept below.
report-answered = answered by { $who } on { $date } (UTC)
report-decision = Decision
report-accept = Accept: the event is or will be corrected
report-decline = Decline
report-reply = Reply, shown to whoever has the reference
report-save-answer = Save the answer
audit-accept-report = Accepted a report on event { $id }
audit-decline-report = Declined a report on event { $id }

## The event form

new-event-title = New event
edit-event-title = Edit event { $id }
loading-form = Loading the form…
saved = Saved.
saved-retired = Retired: readers no longer see this event.
saved-restored = Restored: readers see this event again.
nothing-saved = Nothing was saved: please correct the fields marked below.
event-retired = Retired: hidden from readers.
event-published = Published.
permanent-page = Permanent page
save = Save
# The button beside Save: the form is checked, and the event shown as readers would see it.
preview = Preview
preview-heading = Preview: not saved
preview-lede = The event as readers would see its page in each language, with what you typed. Nothing is saved until you press Save.
# $language is the name of a readers' language: "Korean".
preview-in = The page in { $language }
field-title = Title
field-summary = Summary
field-summary-hint = One or two sentences, shown on the timeline.
field-body = Body (optional)
field-body-hint = The full account, shown on the event's page. Separate paragraphs with a blank line.
# A field of the event's words in another language: "Title (Korean)". $language is the
# code of that language: en, ko or ja.
field-in-language = { $field } ({ $language ->
        [ko] Korean
        [ja] Japanese
       *[en] English
    })
translation-hint = Leave all three empty until it is translated: readers then see the English, marked as not yet translated.
translation-outdated-warning = The English has changed since this was written: check it against the English before saving.
field-start = Start date
field-start-hint = YYYY, YYYY-MM or YYYY-MM-DD
field-circa = Approximate (circa)
field-end = End date (optional)
field-end-hint = For a period; not before the start
field-category = Category
choose-category = Choose a category
field-actors = Actors
field-sources = Sources
source-number = Source { $number }
field-publisher = Publisher
field-headline = Headline
field-source-date = Date (optional)
field-link = Link (optional)
remove-source = Remove source { $number }
add-source = Add a source
field-positions = Positions (optional)
positions-hint = Each side's position on the event in its own words: the words in the language they were published in are the quote, copied exactly from the published text; the other two are unofficial translations. Its source must have a date and a link.
position-number = Position { $number }
field-holder = Whose position
choose-holder = Choose whose position
field-quote-lang = Language of the original words
choose-quote-lang = Choose a language
field-words = Words
field-quote-date = Date
field-quote-link = Link
remove-position = Remove position { $number }
add-position = Add a position
field-related = Related events (optional)
field-related-hint = Event numbers, separated by commas: the number starts each event's address, /events/12-…
too-large-to-send = Too large to send: { $size } KB, and the server accepts { $limit } KB. Shorten the longest text (Korean and Japanese characters take nine bytes each when sent).
retire = Retire
restore = Restore
save-conflict = Someone else saved event { $id } while you were editing it, so nothing was saved. Your version is below; open the event in a new tab to compare, and save again to replace theirs with yours.

## What is wrong with a field

problem-required = This is required.
problem-too-long = At most { $max } characters.
problem-hidden-character = This has an invisible character (a control character or a mark that reverses the text); retype it without.
problem-no-start = Give the date it began.
problem-date-format = Write the date as YYYY, YYYY-MM or YYYY-MM-DD.
problem-date-year = The year must be between { $min } and { $max }.
problem-date-month = The month must be between 01 and 12.
problem-date-day = That day does not exist in that month.
problem-end-before-start = The end date must not be before the start date.
problem-no-category = Choose a category.
problem-unknown-actor = “{ $value }” is not one of the actors.
problem-no-actor = Choose at least one actor.
problem-too-many-sources = At most { $max } sources.
problem-no-source = Cite at least one source.
problem-too-many-positions = At most { $max } positions.
problem-no-holder = Choose whose position this is.
problem-no-quote-language = Choose the language the words were published in.
problem-translation-is-quote = This repeats the original words: write the translation.
problem-url-scheme = Links must start with http:// or https://.
problem-url-invalid = This is not a web address.
problem-not-event-number = “{ $value }” is not an event number.
problem-too-many-related = At most { $max } related events.
problem-correction-without-note = A correction needs a note for readers saying what was corrected.
problem-unknown-related = There is no event { $id } to relate to.

## The event form's parts and its related-events picker
form-part-dates = Dates and classification
form-part-related = Related events
related-chosen = Chosen related events
related-event-number = Event { $id }
related-remove = Remove { $title }
related-search = Find an event to relate
related-search-hint = Type words of its title in any language; the numbers above are filled in for you.
related-add = Add:
related-added = Added { $title }.
related-found = { $count ->
    [0] No event matches.
    [one] One event matches.
   *[other] { $count } events match.
}
related-search-failed = The search could not be reached; type the event's number above instead.

## Notes to readers and revisions

field-note = Note for readers
field-note-hint = Optional. Shown with this change in the event’s public history, e.g. “Corrected the number of plaintiffs (source: …)”. At most 500 characters, on one line.
field-correction = This change corrects an error
admin-revisions-title = Admin: revisions
admin-revisions-heading = Revisions of “{ $title }”
admin-revisions-link = Revisions of this event
admin-edit-event = Edit this event
column-revision = Revision
revision-no-editor = (seed, or from before revisions were kept)
restore-revision = Restore
restore-revision-number = Restore revision { $number }
restore-invalid = Revision { $number } was not restored: it does not meet today’s rules for events ({ $count ->
    [one] 1 problem
   *[other] { $count } problems
}). Edit the event instead.
restore-conflict = Someone else saved event { $id } while you were looking at its revisions, so nothing was restored. The list below is up to date; restore again if you still want to.
restore-unknown-related = Revision { $number } relates the event to event { $id }, which does not exist, so nothing was restored.
## Importing events from a file

admin-import = Import
admin-import-title = Admin: import
import-lede = Add or change many events at once from a file: a CSV file with the columns of the timeline's CSV download (a row with an id and the version it was downloaded at changes that event; a row without an id adds one), or a TimelineJS3 JSON file (each slide adds an event, in English). Every row is checked by the event form's rules and shown to you before anything is saved.
import-limits = The file must be UTF-8, at most { $megabytes } MB and { $count } rows.
import-file = File (CSV or JSON)
import-preview = Check the file
import-reading = Reading the file…
import-checking = Checking the file…
import-no-file = Choose a file to import.
import-empty = The file is empty.
import-not-utf8-as = The file is not in UTF-8: it looks like { $encoding }. Save it as “CSV UTF-8” (in Excel: Save As, then CSV UTF-8) and choose it again. Nothing was imported.
import-not-utf8 = The file is not UTF-8 text. Nothing was imported.
import-unreadable = The file could not be read as CSV or as TimelineJS JSON: { $reason }. Nothing was imported.
import-missing-columns = The file lacks these columns of the CSV download: { $columns }. Nothing was imported.
import-unknown-columns = The file has columns the CSV download does not have: { $columns }. Start from a downloaded file. Nothing was imported.
import-no-rows = The file has no events in it.
import-too-many-rows = The file has more than { $count } rows: split it into smaller files.
import-preview-title = Import of { $file }
import-counts = { $count } to add, { $updated } to change, { $refused } refused.
import-confirm = { $count ->
    [one] Import 1 event
   *[other] Import { $count } events
}
import-cannot-confirm = Nothing can be imported while any row is refused: correct those rows in your file and choose it again.
import-again = Choose a file
import-done = Imported: { $count } added, { $updated } changed.
import-gone = This import has expired or has been imported already.
import-forged = This confirmation did not come from the import's own page, so nothing was imported.
import-refused-now = { $count ->
    [one] A row is refused now (an event changed since the check), so nothing was imported. The rows are checked again below.
   *[other] { $count } rows are refused now (events changed since the check), so nothing was imported. The rows are checked again below.
}
import-conflict = Someone else saved event { $id } in the meantime, so nothing was imported. The rows are checked again below.
import-taken = Event { $id } was added by someone else in the meantime, so nothing was imported. The rows are checked again below.
import-unknown-related = There is no event { $id } to relate to any more, so nothing was imported.
column-row = Row
column-outcome = What happens
import-line = Line { $line }
import-slide = Slide { $slide }
import-create = Added as a new event
import-create-as = Added as event { $id }
import-update = Changes event { $id } (downloaded at version { $version })
import-refused = Refused
import-not-json = This is not readable JSON: { $value }
import-not-version = “{ $value }” is not a version number.
import-not-flag = “{ $value }” is not 1, 0 or empty.
import-no-version = The event exists: give the version it was downloaded at, so that no one else's changes are overwritten.
import-stale = The event has changed since it was downloaded (at version { $exported }; it is now at { $current }): download it again and make your changes there.
import-repeated-id = Event { $id } is in an earlier row already.
import-exists = Event { $id } exists: a TimelineJS file only adds events (it carries one language and no positions); change it with a CSV file.
