//! A moment, in UTC: when an event changed, a session began, a report arrived. Written for
//! machines as RFC 3339 to the millisecond (`2019-07-04T09:30:00.000Z`), as events' times are
//! kept, feeds and sitemaps give them, and the server sends them to the browser.

use super::PartialDate;
use chrono::{DateTime, Datelike, SecondsFormat, TimeDelta, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::{Add, Sub};
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Timestamp(DateTime<Utc>);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BadTimestamp {
    #[error("{0:?} is not an RFC 3339 time")]
    Text(String),
    #[error("{0} seconds since 1970 is not a time this calendar can write")]
    Seconds(i64),
}

impl Timestamp {
    /// The moment `seconds` whole seconds after the Unix epoch, as sessions, the audit trail,
    /// reports and imports keep their times.
    pub fn from_unix_seconds(seconds: i64) -> Result<Self, BadTimestamp> {
        DateTime::from_timestamp(seconds, 0)
            .map(Self)
            .ok_or(BadTimestamp::Seconds(seconds))
    }

    /// Whole seconds since the Unix epoch (earlier parts of a second dropped).
    pub fn unix_seconds(self) -> i64 {
        self.0.timestamp()
    }

    /// The day it falls on (UTC), as a date to show in words; `None` outside the years a
    /// date may have.
    pub fn date(self) -> Option<PartialDate> {
        let day = self.0.date_naive();
        PartialDate::day(
            u16::try_from(day.year()).ok()?,
            u8::try_from(day.month()).ok()?,
            u8::try_from(day.day()).ok()?,
        )
        .ok()
    }

    /// Whole seconds from this moment until `later`, rounded up, as `Retry-After` counts a
    /// wait (negative once `later` has passed).
    pub fn seconds_until(self, later: Self) -> i64 {
        let millis = (later.0 - self.0).num_milliseconds();
        millis.div_euclid(1000) + i64::from(millis.rem_euclid(1000) > 0)
    }

    /// `YYYY-MM-DD HH:MM:SS`, for editors' lists.
    pub fn to_second(self) -> String {
        self.0.format("%Y-%m-%d %H:%M:%S").to_string()
    }

    /// `YYYY-MM-DD HH:MM`, for editors' lists.
    pub fn to_minute(self) -> String {
        self.0.format("%Y-%m-%d %H:%M").to_string()
    }

    /// The moment as chrono holds it, for formats that take one (Atom's `updated`).
    pub fn as_datetime(self) -> DateTime<Utc> {
        self.0
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(moment: DateTime<Utc>) -> Self {
        Self(moment)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::Millis, true))
    }
}

impl FromStr for Timestamp {
    type Err = BadTimestamp;

    /// RFC 3339 at any precision and in any offset; the moment is kept in UTC.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        DateTime::parse_from_rfc3339(text)
            .map(|moment| Self(moment.to_utc()))
            .map_err(|_| BadTimestamp::Text(text.to_owned()))
    }
}

impl From<Timestamp> for String {
    fn from(moment: Timestamp) -> Self {
        moment.to_string()
    }
}

impl TryFrom<String> for Timestamp {
    type Error = BadTimestamp;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl Add<TimeDelta> for Timestamp {
    type Output = Self;

    fn add(self, span: TimeDelta) -> Self {
        Self(self.0 + span)
    }
}

impl Sub<TimeDelta> for Timestamp {
    type Output = Self;

    fn sub(self, span: TimeDelta) -> Self {
        Self(self.0 - span)
    }
}

impl Sub for Timestamp {
    type Output = TimeDelta;

    fn sub(self, earlier: Self) -> TimeDelta {
        self.0 - earlier.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_is_written_as_events_times_are_kept() {
        let moment: Timestamp = "2019-07-04T18:30:05.250+09:00".parse().unwrap();
        assert_eq!(moment.to_string(), "2019-07-04T09:30:05.250Z");
        assert_eq!(
            serde_json::to_string(&moment).unwrap(),
            "\"2019-07-04T09:30:05.250Z\""
        );
        let back: Timestamp = serde_json::from_str("\"2019-07-04T09:30:05.250Z\"").unwrap();
        assert_eq!(back, moment);
    }

    #[test]
    fn unix_seconds_go_both_ways() {
        let moment = Timestamp::from_unix_seconds(1_562_232_605).unwrap();
        assert_eq!(moment.to_string(), "2019-07-04T09:30:05.000Z");
        assert_eq!(moment.unix_seconds(), 1_562_232_605);
        assert_eq!(moment.to_second(), "2019-07-04 09:30:05");
        assert_eq!(moment.to_minute(), "2019-07-04 09:30");
        assert_eq!(moment.date().map(|day| day.first_day()), Some((2019, 7, 4)));
        assert!(Timestamp::from_unix_seconds(i64::MAX).is_err());
    }

    #[test]
    fn moments_order_by_time_not_by_text() {
        let earlier: Timestamp = "2019-07-04T08:00:00+09:00".parse().unwrap();
        let later: Timestamp = "2019-07-04T00:00:00Z".parse().unwrap();
        // The day is UTC's: 3 July there, though 4 July in Seoul.
        assert_eq!(
            earlier.date().map(|day| day.first_day()),
            Some((2019, 7, 3))
        );
        assert!(earlier < later);
        assert_eq!(later - earlier, TimeDelta::hours(1));
        assert_eq!(earlier + TimeDelta::hours(1), later);
        let almost = earlier + TimeDelta::milliseconds(2_500);
        assert_eq!(earlier.seconds_until(almost), 3);
        assert_eq!(almost.seconds_until(earlier), -2);
        assert_eq!(earlier.seconds_until(earlier), 0);
        assert!("4 July 2019".parse::<Timestamp>().is_err());
    }
}
