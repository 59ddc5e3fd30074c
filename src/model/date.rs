//! Dates known to a precision: a year, a month or a day, optionally "circa".

use super::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// Years are kept to four digits so that the text form sorts in date order.
pub const MIN_YEAR: u16 = 1000;
pub const MAX_YEAR: u16 = 9999;

pub(super) const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date known to a year, a month or a day.
///
/// Written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form is the precision. The fields
/// are private so that only real calendar dates exist: a month of 0 or a day of 0
/// means "not known", and a day is never known without its month.
/// Ordering is chronological, with a coarser date before the finer ones it contains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: u16,
    month: u8,
    day: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum DateError {
    #[error("write the date as YYYY, YYYY-MM or YYYY-MM-DD")]
    Format,
    #[error("the year must be between {MIN_YEAR} and {MAX_YEAR}")]
    Year,
    #[error("the month must be between 01 and 12")]
    Month,
    #[error("that day does not exist in that month")]
    Day,
}

impl PartialDate {
    pub fn year(year: u16) -> Result<Self, DateError> {
        Self::new(year, 0, 0)
    }

    pub fn month(year: u16, month: u8) -> Result<Self, DateError> {
        if month == 0 {
            return Err(DateError::Month);
        }
        Self::new(year, month, 0)
    }

    pub fn day(year: u16, month: u8, day: u8) -> Result<Self, DateError> {
        if month == 0 {
            return Err(DateError::Month);
        }
        if day == 0 {
            return Err(DateError::Day);
        }
        Self::new(year, month, day)
    }

    fn new(year: u16, month: u8, day: u8) -> Result<Self, DateError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError::Year);
        }
        if month > 12 {
            return Err(DateError::Month);
        }
        if day > 0 && day > days_in_month(year, month) {
            return Err(DateError::Day);
        }
        Ok(Self { year, month, day })
    }

    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    pub fn year_number(self) -> u16 {
        self.year
    }

    /// The first day this date covers, as (year, month, day).
    pub fn first_day(self) -> (u16, u8, u8) {
        (self.year, self.month.max(1), self.day.max(1))
    }

    /// The last day this date covers, as (year, month, day).
    pub fn last_day(self) -> (u16, u8, u8) {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 {
            days_in_month(self.year, month)
        } else {
            self.day
        };
        (self.year, month, day)
    }

    /// The first day this date covers, written `YYYY-MM-DD`.
    pub fn first_day_iso(self) -> String {
        let (y, m, d) = self.first_day();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// The last day this date covers, written `YYYY-MM-DD`.
    pub fn last_day_iso(self) -> String {
        let (y, m, d) = self.last_day();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// The date in words at its precision, as each language writes it: "4 July 2019",
    /// "2019년 7월 4일", "2019年7月4日"; "July 2019", "2019년 7월", "2019年7月"; and "2019",
    /// "2019년", "2019年".
    pub fn long_in(self, lang: Lang) -> String {
        let (year, month, day) = (self.year, self.month, self.day);
        match (lang, self.precision()) {
            (Lang::En, Precision::Year) => year.to_string(),
            (Lang::En, Precision::Month) => format!("{} {year}", self.month_name()),
            (Lang::En, Precision::Day) => format!("{day} {} {year}", self.month_name()),
            (Lang::Ko, Precision::Year) => format!("{year}년"),
            (Lang::Ko, Precision::Month) => format!("{year}년 {month}월"),
            (Lang::Ko, Precision::Day) => format!("{year}년 {month}월 {day}일"),
            (Lang::Ja, Precision::Year) => format!("{year}年"),
            (Lang::Ja, Precision::Month) => format!("{year}年{month}月"),
            (Lang::Ja, Precision::Day) => format!("{year}年{month}月{day}日"),
        }
    }

    /// The month alone, for a scale that writes the year only where it changes: "July",
    /// "7월", "7月". A date known only to its year has no month to name: its year is given.
    pub fn month_in(self, lang: Lang) -> String {
        let month = self.month;
        match (lang, self.precision()) {
            (_, Precision::Year) => self.long_in(lang),
            (Lang::En, _) => self.month_name().to_string(),
            (Lang::Ko, _) => format!("{month}월"),
            (Lang::Ja, _) => format!("{month}月"),
        }
    }

    fn month_name(self) -> &'static str {
        MONTH_NAMES[usize::from(self.month.max(1)) - 1]
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub(super) fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let number = |part: &str, len: usize| -> Result<u16, DateError> {
            if part.len() != len || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError::Format);
            }
            part.parse().map_err(|_| DateError::Format)
        };
        // The month and day numbers have two digits, so they fit in a u8.
        match parts.as_slice() {
            [y] => Self::year(number(y, 4)?),
            [y, m] => Self::month(number(y, 4)?, number(m, 2)? as u8),
            [y, m, d] => Self::day(number(y, 4)?, number(m, 2)? as u8, number(d, 2)? as u8),
            _ => Err(DateError::Format),
        }
    }
}

impl fmt::Display for PartialDate {
    /// The ISO form at its precision: `2019`, `2019-07` or `2019-07-04`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if self.month > 0 {
            write!(f, "-{:02}", self.month)?;
        }
        if self.day > 0 {
            write!(f, "-{:02}", self.day)?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// When an event starts or ends: a date at its precision, possibly approximate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub struct EventDate {
    pub date: PartialDate,
    #[serde(default)]
    pub circa: bool,
}

impl EventDate {
    pub fn exact(date: PartialDate) -> Self {
        Self { date, circa: false }
    }

    pub fn precision(self) -> Precision {
        self.date.precision()
    }
}

impl Serialize for EventDate {
    /// Spells out the precision too, for API readers who don't parse the date's form.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut fields = serializer.serialize_struct("EventDate", 3)?;
        fields.serialize_field("date", &self.date)?;
        fields.serialize_field("precision", &self.precision())?;
        fields.serialize_field("circa", &self.circa)?;
        fields.end()
    }
}

impl EventDate {
    /// The date in words, "circa" as each language marks it: "c. 1910", "1910년경",
    /// "1910年頃".
    pub fn in_words(self, lang: Lang) -> String {
        let date = self.date.long_in(lang);
        match (self.circa, lang) {
            (false, _) => date,
            (true, Lang::En) => format!("c. {date}"),
            (true, Lang::Ko) => format!("{date}경"),
            (true, Lang::Ja) => format!("{date}頃"),
        }
    }
}

/// When an event happened: a moment, or a period with an end not before its start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "SpanFields")]
pub struct DateSpan {
    start: EventDate,
    end: Option<EventDate>,
}

#[derive(Deserialize)]
struct SpanFields {
    start: EventDate,
    end: Option<EventDate>,
}

impl TryFrom<SpanFields> for DateSpan {
    type Error = SpanError;
    fn try_from(fields: SpanFields) -> Result<Self, SpanError> {
        DateSpan::new(fields.start, fields.end)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the end date must not be before the start date")]
pub struct SpanError;

impl DateSpan {
    pub fn new(start: EventDate, end: Option<EventDate>) -> Result<Self, SpanError> {
        // Compare what each date can cover: "1945" may end a span starting 1945-08-15.
        match end {
            Some(end) if end.date.last_day() < start.date.first_day() => Err(SpanError),
            _ => Ok(Self { start, end }),
        }
    }

    pub fn start(&self) -> EventDate {
        self.start
    }

    pub fn end(&self) -> Option<EventDate> {
        self.end
    }

    /// The last date the span covers: its end, or for a moment its start.
    pub fn last(&self) -> PartialDate {
        self.end.unwrap_or(self.start).date
    }

    pub fn is_period(&self) -> bool {
        self.end.is_some()
    }
}

/// A span as words: its start, and for a period the separator and its end.
pub struct SpanWords {
    pub start: String,
    pub end: Option<(&'static str, String)>,
}

impl DateSpan {
    /// The span in words: "4 July 2019"; "29 August 1910 – 15 August 1945"; and two plain
    /// years as one range, "1910–1945", "1910–1945년", "1910–1945年".
    pub fn in_words(&self, lang: Lang) -> SpanWords {
        let Some(end) = self.end else {
            return SpanWords {
                start: self.start.in_words(lang),
                end: None,
            };
        };
        let plain_year = |date: EventDate| !date.circa && date.precision() == Precision::Year;
        if plain_year(self.start) && plain_year(end) {
            SpanWords {
                start: self.start.date.year.to_string(),
                end: Some(("–", end.in_words(lang))),
            }
        } else {
            SpanWords {
                start: self.start.in_words(lang),
                end: Some((" – ", end.in_words(lang))),
            }
        }
    }

    /// The span in words as one text.
    pub fn text_in(&self, lang: Lang) -> String {
        let words = self.in_words(lang);
        match words.end {
            None => words.start,
            Some((separator, end)) => format!("{}{separator}{end}", words.start),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn formats_each_precision_in_words_in_each_language() {
        let all = |text: &str, circa: bool| {
            let date = EventDate {
                date: date(text),
                circa,
            };
            Lang::ALL.map(|lang| date.in_words(lang))
        };
        assert_eq!(all("2019", false), ["2019", "2019년", "2019年"]);
        assert_eq!(
            all("2019-07", false),
            ["July 2019", "2019년 7월", "2019年7月"]
        );
        assert_eq!(
            all("2019-07-04", false),
            ["4 July 2019", "2019년 7월 4일", "2019年7月4日"]
        );
        assert_eq!(all("1910", true), ["c. 1910", "1910년경", "1910年頃"]);
        assert_eq!(
            all("1945-08-15", true),
            ["c. 15 August 1945", "1945년 8월 15일경", "1945年8月15日頃"]
        );
    }

    #[test]
    fn spans_of_plain_years_read_as_one_range() {
        let span = |start: &str, end: &str, circa: bool| {
            let span = DateSpan::new(
                EventDate {
                    date: date(start),
                    circa,
                },
                Some(EventDate::exact(date(end))),
            )
            .unwrap();
            Lang::ALL.map(|lang| span.text_in(lang))
        };
        assert_eq!(
            span("1910", "1945", false),
            ["1910–1945", "1910–1945년", "1910–1945年"]
        );
        assert_eq!(
            span("1910-08-29", "1945-08-15", false),
            [
                "29 August 1910 – 15 August 1945",
                "1910년 8월 29일 – 1945년 8월 15일",
                "1910年8月29日 – 1945年8月15日"
            ]
        );
        assert_eq!(span("1910", "1945", true)[0], "c. 1910 – 1945");
    }

    #[test]
    fn round_trips_the_iso_form_and_knows_its_precision() {
        for text in ["1910", "2019-07", "2020-02-06"] {
            assert_eq!(date(text).to_string(), text);
        }
        assert_eq!(date("1910").precision(), Precision::Year);
        assert_eq!(date("2019-03").precision(), Precision::Month);
        assert_eq!(date("2019-11-22").precision(), Precision::Day);
    }

    #[test]
    fn rejects_dates_that_do_not_exist() {
        assert_eq!("2019-13".parse::<PartialDate>(), Err(DateError::Month));
        assert_eq!("2019-00".parse::<PartialDate>(), Err(DateError::Month));
        assert_eq!("2019-02-29".parse::<PartialDate>(), Err(DateError::Day));
        assert_eq!("2019-04-31".parse::<PartialDate>(), Err(DateError::Day));
        assert_eq!("2019-13-45".parse::<PartialDate>(), Err(DateError::Month));
        assert!("2020-02-29".parse::<PartialDate>().is_ok());
        assert!("2000-02-29".parse::<PartialDate>().is_ok());
        assert_eq!("1900-02-29".parse::<PartialDate>(), Err(DateError::Day));
    }

    #[test]
    fn rejects_malformed_text() {
        for bad in [
            "",
            "yesterday",
            "19",
            "2019-7",
            "2019-07-4",
            "2019/07/04",
            "+2019",
            "2019-07-04-01",
            "２０１９",
        ] {
            assert_eq!(
                bad.parse::<PartialDate>(),
                Err(DateError::Format),
                "{bad:?}"
            );
        }
        assert_eq!("0999".parse::<PartialDate>(), Err(DateError::Year));
    }

    #[test]
    fn knows_the_days_it_covers() {
        assert_eq!(date("2019").first_day_iso(), "2019-01-01");
        assert_eq!(date("2019").last_day_iso(), "2019-12-31");
        assert_eq!(date("2020-02").last_day_iso(), "2020-02-29");
        assert_eq!(date("2019-02").last_day_iso(), "2019-02-28");
        assert_eq!(date("2019-07-04").first_day_iso(), "2019-07-04");
        assert_eq!(date("2019-07-04").last_day_iso(), "2019-07-04");
    }

    #[test]
    fn orders_chronologically_with_coarser_dates_first() {
        let mut dates = [
            date("2019-07-04"),
            date("2019"),
            date("2018-12-31"),
            date("2019-07"),
        ];
        dates.sort();
        let sorted: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(sorted, ["2018-12-31", "2019", "2019-07", "2019-07-04"]);
    }

    #[test]
    fn a_span_may_not_end_before_it_starts() {
        let start = EventDate::exact(date("1945-08-15"));
        assert!(DateSpan::new(start, Some(EventDate::exact(date("1945")))).is_ok());
        assert!(DateSpan::new(start, Some(EventDate::exact(date("1945-08")))).is_ok());
        assert_eq!(
            DateSpan::new(start, Some(EventDate::exact(date("1945-08-14")))),
            Err(SpanError)
        );
        let span = DateSpan::new(
            EventDate::exact(date("1910-08-29")),
            Some(EventDate::exact(date("1945-08-15"))),
        )
        .unwrap();
        assert_eq!(span.text_in(Lang::En), "29 August 1910 – 15 August 1945");
    }

    #[test]
    fn serializes_as_iso_text_with_its_precision() {
        let when = EventDate::exact(date("2019-07"));
        let json = serde_json::to_string(&when).unwrap();
        assert_eq!(
            json,
            r#"{"date":"2019-07","precision":"month","circa":false}"#
        );
        assert_eq!(serde_json::from_str::<EventDate>(&json).unwrap(), when);
        assert!(serde_json::from_str::<EventDate>(r#"{"date":"2019-02-30"}"#).is_err());
    }
}
