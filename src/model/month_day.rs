//! A day of the calendar without its year (`08-15`), for "on this day".

use super::Lang;
use super::date::{MONTH_NAMES, days_in_month};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MonthDay {
    month: u8,
    day: u8,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a day of the year; write it as MM-DD, such as 08-15")]
pub struct BadMonthDay(pub String);

impl MonthDay {
    /// A day that some year has (29 February included).
    pub fn new(month: u8, day: u8) -> Option<Self> {
        ((1..=12).contains(&month) && (1..=days_in_month(2000, month)).contains(&day))
            .then_some(Self { month, day })
    }

    /// The day of the year a date falls on.
    pub fn of(date: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        Self::new(date.month() as u8, date.day() as u8).expect("a date's day exists")
    }

    /// The day after, round the year (29 February included).
    pub fn next(self) -> Self {
        Self::new(self.month, self.day + 1)
            .or_else(|| Self::new(self.month % 12 + 1, 1))
            .expect("the first of a month exists")
    }

    /// The day before, round the year.
    pub fn previous(self) -> Self {
        match self.day {
            1 => {
                let month = if self.month == 1 { 12 } else { self.month - 1 };
                Self::new(month, days_in_month(2000, month)).expect("the last day exists")
            }
            day => Self::new(self.month, day - 1).expect("an earlier day of the month exists"),
        }
    }

    /// The tail of a stored day's date (`YYYY-MM-DD`) that falls on this day.
    pub fn date_suffix(self) -> String {
        format!("-{:02}-{:02}", self.month, self.day)
    }

    /// "15 August", "8월 15일", "8月15日".
    pub fn long_in(self, lang: Lang) -> String {
        let (month, day) = (self.month, self.day);
        match lang {
            Lang::En => format!("{day} {}", MONTH_NAMES[usize::from(month) - 1]),
            Lang::Ko => format!("{month}월 {day}일"),
            Lang::Ja => format!("{month}月{day}日"),
        }
    }
}

impl FromStr for MonthDay {
    type Err = BadMonthDay;
    fn from_str(s: &str) -> Result<Self, BadMonthDay> {
        let bad = || BadMonthDay(s.to_owned());
        let (month, day) = s.split_once('-').ok_or_else(bad)?;
        if month.len() != 2 || day.len() != 2 {
            return Err(bad());
        }
        let number = |text: &str| text.parse::<u8>().map_err(|_| bad());
        Self::new(number(month)?, number(day)?).ok_or_else(bad)
    }
}

impl fmt::Display for MonthDay {
    /// `08-15`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_falls_on_its_day_of_the_year() {
        let date = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        assert_eq!(MonthDay::of(date("2024-02-29")).to_string(), "02-29");
        assert_eq!(MonthDay::of(date("1945-08-15")).to_string(), "08-15");
    }

    #[test]
    fn days_of_the_year_parse_and_step_round_it() {
        let day = |s: &str| s.parse::<MonthDay>().unwrap();
        assert_eq!(
            Lang::ALL.map(|lang| day("08-15").long_in(lang)),
            ["15 August", "8월 15일", "8月15日"]
        );
        assert_eq!(day("02-29").to_string(), "02-29");
        for bad in ["02-30", "13-01", "8-15", "08/15", "", "00-10"] {
            assert!(bad.parse::<MonthDay>().is_err(), "{bad}");
        }
        assert_eq!(day("12-31").next(), day("01-01"));
        assert_eq!(day("02-28").next(), day("02-29"));
        assert_eq!(day("03-01").previous(), day("02-29"));
        assert_eq!(day("01-01").previous(), day("12-31"));
        assert_eq!(day("07-04").date_suffix(), "-07-04");
    }
}
