//! The time axis above the timeline: which stretch of days it spans, the unit it counts in,
//! and the views one step in, out, earlier and later, all as plain filters, so that every
//! move is a link that works without a script.
//!
//! The axis spans the view's date filter, or the whole timeline without one. Its unit is the
//! finest of day, month, year, decade and century that keeps it within [`MAX_BUCKETS`]
//! columns, so the number of marks drawn is bounded however many events there are.

use super::{EventLink, Filter, PartialDate, Precision};
use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// The most columns the axis is divided into (a century of decades, five years of months,
/// two months of days).
pub const MAX_BUCKETS: u32 = 60;

/// What one column of the axis counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    Day,
    Month,
    Year,
    Decade,
    Century,
}

impl Unit {
    const FINEST_FIRST: [Unit; 5] = [
        Unit::Day,
        Unit::Month,
        Unit::Year,
        Unit::Decade,
        Unit::Century,
    ];

    /// The finest unit that divides `range` into at most [`MAX_BUCKETS`] columns.
    pub fn for_range(range: DayRange) -> Unit {
        Self::FINEST_FIRST
            .into_iter()
            .find(|unit| unit.columns(range) <= MAX_BUCKETS)
            .unwrap_or(Unit::Century)
    }

    pub fn code(self) -> &'static str {
        match self {
            Unit::Day => "day",
            Unit::Month => "month",
            Unit::Year => "year",
            Unit::Decade => "decade",
            Unit::Century => "century",
        }
    }

    /// How many leading characters of a `YYYY-MM-DD` date name its column: `201` is the
    /// decade 2010–2019, `2019-11` a month. The store counts events by this prefix.
    pub fn key_len(self) -> usize {
        match self {
            Unit::Century => 2,
            Unit::Decade => 3,
            Unit::Year => 4,
            Unit::Month => 7,
            Unit::Day => 10,
        }
    }

    /// The first day of the column holding `day`.
    fn start_of(self, day: NaiveDate) -> NaiveDate {
        let year = |y: i32| NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(day);
        match self {
            Unit::Day => day,
            Unit::Month => day.with_day(1).unwrap_or(day),
            Unit::Year => year(day.year()),
            Unit::Decade => year(day.year() - day.year().rem_euclid(10)),
            Unit::Century => year(day.year() - day.year().rem_euclid(100)),
        }
    }

    /// The first day of the column after the one starting on `start`.
    fn after(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            Unit::Day => start.checked_add_days(Days::new(1)),
            Unit::Month => start.checked_add_months(Months::new(1)),
            Unit::Year => start.checked_add_months(Months::new(12)),
            Unit::Decade => start.checked_add_months(Months::new(120)),
            Unit::Century => start.checked_add_months(Months::new(1200)),
        }
    }

    fn columns(self, range: DayRange) -> u32 {
        let (first, last) = (range.first, range.last);
        let months = |a: NaiveDate, b: NaiveDate| {
            (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32
        };
        let span = match self {
            Unit::Day => (last - first).num_days(),
            Unit::Month => i64::from(months(first, last)),
            Unit::Year => i64::from(last.year() - first.year()),
            Unit::Decade => i64::from(last.year().div_euclid(10) - first.year().div_euclid(10)),
            Unit::Century => i64::from(last.year().div_euclid(100) - first.year().div_euclid(100)),
        };
        u32::try_from(span + 1).unwrap_or(u32::MAX)
    }

    /// A column as the filter that selects it: `from=2010&to=2019` for a decade,
    /// `from=2019-11&to=2019-11` for a month.
    fn dates(self, start: NaiveDate) -> Option<(PartialDate, PartialDate)> {
        match self {
            Unit::Century => years(start.year(), 100),
            Unit::Decade => years(start.year(), 10),
            Unit::Year => years(start.year(), 1),
            Unit::Month => month_of(start).map(|m| (m, m)),
            Unit::Day => day_of(start).map(|d| (d, d)),
        }
    }
}

/// A stretch of days, both ends included; never empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DayRange {
    first: NaiveDate,
    last: NaiveDate,
}

impl DayRange {
    /// The days from `first` to `last`, or `None` if `last` comes first.
    pub fn new(first: NaiveDate, last: NaiveDate) -> Option<Self> {
        (first <= last).then_some(Self { first, last })
    }

    /// Every day a partial date or a pair of them covers: 2019 is 1 January to 31 December.
    pub fn of_dates(from: PartialDate, to: PartialDate) -> Option<Self> {
        Self::new(first_day(from)?, last_day(to)?)
    }

    pub fn first(self) -> NaiveDate {
        self.first
    }

    pub fn last(self) -> NaiveDate {
        self.last
    }

    pub fn days(self) -> i64 {
        (self.last - self.first).num_days() + 1
    }

    fn middle(self) -> NaiveDate {
        self.first + Days::new(((self.days() - 1) / 2) as u64)
    }

    pub fn contains(self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }
}

/// The axis for one view: the days it spans, its unit, and the whole timeline's days (which
/// bound the moves earlier and later). Made only by [`AxisFrame::for_filter`], so that the
/// unit always fits the days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AxisFrame {
    range: DayRange,
    unit: Unit,
    timeline: DayRange,
    /// Whether the view has a date filter; without one the axis is the whole timeline.
    dated: bool,
}

/// One column of the axis: its days and the filter dates that select them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub days: DayRange,
    pub from: PartialDate,
    pub to: PartialDate,
}

impl AxisFrame {
    /// The axis for a filter, over a timeline whose events run through `timeline`. An open
    /// end of the filter is the timeline's, and a filter reaching beyond the events is cut to
    /// them (unless it misses them altogether), so that no columns stand empty for lack of
    /// history.
    pub fn for_filter(filter: &Filter, timeline: DayRange) -> AxisFrame {
        let asked = asked_range(filter, timeline);
        let range = DayRange::new(
            asked.first.max(timeline.first),
            asked.last.min(timeline.last),
        )
        .unwrap_or(asked);
        AxisFrame {
            range,
            unit: Unit::for_range(range),
            timeline,
            dated: filter.from.is_some() || filter.to.is_some(),
        }
    }

    /// The days the axis spans.
    pub fn range(&self) -> DayRange {
        self.range
    }

    /// What one column counts.
    pub fn unit(&self) -> Unit {
        self.unit
    }

    /// The columns from the one holding the first day to the one holding the last.
    pub fn columns(&self) -> Vec<Column> {
        let mut columns = Vec::new();
        let mut start = self.unit.start_of(self.range.first);
        while start <= self.range.last && columns.len() < 2 * MAX_BUCKETS as usize {
            let Some(next) = self.unit.after(start) else {
                break;
            };
            let days = DayRange::new(start, next.pred_opt().unwrap_or(start));
            match (days, self.unit.dates(start)) {
                (Some(days), Some((from, to))) => columns.push(Column { days, from, to }),
                _ => break,
            }
            start = next;
        }
        columns
    }

    /// Where a day falls along the axis, in columns from its left edge: 2.5 is the middle of
    /// the third column. Days outside the axis are at its edges.
    pub fn position(&self, day: NaiveDate, columns: &[Column]) -> f64 {
        let Some(first) = columns.first() else {
            return 0.0;
        };
        if day < first.days.first {
            return 0.0;
        }
        for (index, column) in columns.iter().enumerate() {
            if column.days.contains(day) {
                let into = (day - column.days.first).num_days() as f64;
                return index as f64 + into / column.days.days() as f64;
            }
        }
        columns.len() as f64
    }

    /// The view one step closer around the axis's middle: the largest of day, week, month,
    /// year, decade and half-century that is shorter than what is shown. `None` at a day.
    pub fn zoom_in(&self, filter: &Filter) -> Option<Filter> {
        let middle = self.range.middle();
        let window = Window::FINEST_FIRST
            .into_iter()
            .rev()
            .filter_map(|window| window.around(middle))
            .find(|(range, _)| range.days() < self.range.days())?;
        Some(with_dates(filter, Some(window.1)))
    }

    /// The view one step further out around the axis's middle: the smallest of those windows
    /// longer than what is shown, or the whole timeline. `None` when it is shown already.
    pub fn zoom_out(&self, filter: &Filter) -> Option<Filter> {
        if !self.dated {
            return None;
        }
        // Longer than what was asked for, which may run beyond the events shown.
        let asked = asked_range(filter, self.timeline).days();
        let middle = self.range.middle();
        let window = Window::FINEST_FIRST
            .into_iter()
            .filter_map(|window| window.around(middle))
            .find(|(range, _)| range.days() > asked)
            .filter(|(range, _)| {
                !(range.first <= self.timeline.first && self.timeline.last <= range.last)
            });
        Some(with_dates(filter, window.map(|(_, dates)| dates)))
    }

    /// The view of as long a stretch just before this one, or `None` if nothing is earlier.
    pub fn earlier(&self, filter: &Filter) -> Option<Filter> {
        if !self.dated || self.range.first <= self.timeline.first {
            return None;
        }
        self.shifted(filter, -1)
            .map(|dates| with_dates(filter, Some(dates)))
    }

    /// The view of as long a stretch just after this one, or `None` if nothing is later.
    pub fn later(&self, filter: &Filter) -> Option<Filter> {
        if !self.dated || self.range.last >= self.timeline.last {
            return None;
        }
        self.shifted(filter, 1)
            .map(|dates| with_dates(filter, Some(dates)))
    }

    /// The range moved by its own length, written as precisely as the filter wrote it:
    /// `from=2010&to=2019` becomes `from=2000&to=2009`, a month the month before.
    fn shifted(&self, filter: &Filter, direction: i32) -> Option<(PartialDate, PartialDate)> {
        let same = |precision| {
            filter.from.map(PartialDate::precision) == Some(precision)
                && filter.to.map(PartialDate::precision) == Some(precision)
        };
        let asked = asked_range(filter, self.timeline);
        let (first, last) = (asked.first, asked.last);
        if same(Precision::Year) {
            let years = last.year() - first.year() + 1;
            let start = first.year() + direction * years;
            return self::years(start, years);
        }
        if same(Precision::Month) {
            let months =
                (last.year() - first.year()) * 12 + last.month() as i32 - first.month() as i32 + 1;
            let by = Months::new(u32::try_from(months).ok()?);
            let start = if direction < 0 {
                first.checked_sub_months(by)?
            } else {
                first.checked_add_months(by)?
            };
            let end = start.checked_add_months(Months::new(u32::try_from(months - 1).ok()?))?;
            return Some((month_of(start)?, month_of(end)?));
        }
        let by = Days::new(u64::try_from(asked.days()).ok()?);
        let (start, end) = if direction < 0 {
            (first.checked_sub_days(by)?, last.checked_sub_days(by)?)
        } else {
            (first.checked_add_days(by)?, last.checked_add_days(by)?)
        };
        Some((day_of(start)?, day_of(end)?))
    }
}

/// The axis as drawn for a view: its frame, and each column with what starts in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Axis {
    pub frame: AxisFrame,
    pub columns: Vec<AxisColumn>,
}

/// One column and the events that start in it, which the axis draws as one mark: the event
/// itself when it is alone, else a cluster with their count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AxisColumn {
    pub column: Column,
    pub events: u32,
    /// The one event, when there is exactly one.
    pub only: Option<EventLink>,
}

/// The stretches "zoom in" and "zoom out" step between, each at a day's place.
#[derive(Clone, Copy, Debug)]
enum Window {
    Day,
    /// Monday to Sunday.
    Week,
    Month,
    Year,
    Decade,
    HalfCentury,
}

impl Window {
    const FINEST_FIRST: [Window; 6] = [
        Window::Day,
        Window::Week,
        Window::Month,
        Window::Year,
        Window::Decade,
        Window::HalfCentury,
    ];

    /// The window of this kind holding `day`, with the filter dates that name it.
    fn around(self, day: NaiveDate) -> Option<(DayRange, (PartialDate, PartialDate))> {
        let dates = match self {
            Window::Day => (day_of(day)?, day_of(day)?),
            Window::Week => {
                let monday = day - Days::new(u64::from(day.weekday().num_days_from_monday()));
                (day_of(monday)?, day_of(monday + Days::new(6))?)
            }
            Window::Month => (month_of(day)?, month_of(day)?),
            Window::Year => years(day.year(), 1)?,
            Window::Decade => years(day.year() - day.year().rem_euclid(10), 10)?,
            Window::HalfCentury => years(day.year() - day.year().rem_euclid(50), 50)?,
        };
        Some((DayRange::of_dates(dates.0, dates.1)?, dates))
    }
}

/// The days a filter's dates cover, an open end being the timeline's.
fn asked_range(filter: &Filter, timeline: DayRange) -> DayRange {
    let first = filter.from.and_then(first_day).unwrap_or(timeline.first);
    let last = filter.to.and_then(last_day).unwrap_or(timeline.last);
    // One open end beyond the other: the given date alone, as `from=2030` shows 2030.
    DayRange::new(first, last)
        .or_else(|| DayRange::of_dates(filter.from?, filter.from?))
        .or_else(|| DayRange::of_dates(filter.to?, filter.to?))
        .unwrap_or(timeline)
}

/// The filter with its dates replaced (or removed), at its first page.
fn with_dates(filter: &Filter, dates: Option<(PartialDate, PartialDate)>) -> Filter {
    Filter {
        from: dates.map(|d| d.0),
        to: dates.map(|d| d.1),
        ..filter.clone()
    }
}

/// The first day a partial date covers.
pub fn first_day(date: PartialDate) -> Option<NaiveDate> {
    let (y, m, d) = date.first_day();
    NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d))
}

/// The last day a partial date covers.
pub fn last_day(date: PartialDate) -> Option<NaiveDate> {
    let (y, m, d) = date.last_day();
    NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d))
}

/// The `count` years from `first`, as the filter writes them: `from=2010&to=2019`.
fn years(first: i32, count: i32) -> Option<(PartialDate, PartialDate)> {
    let year = |y: i32| PartialDate::year(u16::try_from(y).ok()?).ok();
    Some((year(first)?, year(first + count - 1)?))
}

fn month_of(day: NaiveDate) -> Option<PartialDate> {
    PartialDate::month(
        u16::try_from(day.year()).ok()?,
        u8::try_from(day.month()).ok()?,
    )
    .ok()
}

fn day_of(day: NaiveDate) -> Option<PartialDate> {
    PartialDate::day(
        u16::try_from(day.year()).ok()?,
        u8::try_from(day.month()).ok()?,
        u8::try_from(day.day()).ok()?,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn range(first: &str, last: &str) -> DayRange {
        DayRange::new(day(first), day(last)).unwrap()
    }

    /// The curated timeline's days.
    fn timeline() -> DayRange {
        range("1876-02-26", "2025-10-30")
    }

    fn frame(query: &str) -> AxisFrame {
        AxisFrame::for_filter(&Filter::from_query(query).unwrap(), timeline())
    }

    /// Where a move leads, as its query string.
    fn to(filter: Option<Filter>) -> Option<String> {
        filter.map(|f| f.to_query())
    }

    #[test]
    fn the_unit_is_the_finest_that_fits_the_span() {
        assert_eq!(frame("").unit, Unit::Decade);
        assert_eq!(frame("from=1950&to=2009").unit, Unit::Year);
        assert_eq!(frame("from=2010&to=2019").unit, Unit::Year);
        assert_eq!(frame("from=2015&to=2019").unit, Unit::Month);
        assert_eq!(frame("from=2014&to=2019").unit, Unit::Year);
        assert_eq!(frame("from=2019&to=2019").unit, Unit::Month);
        assert_eq!(frame("from=2019-02&to=2019-03").unit, Unit::Day);
        assert_eq!(frame("from=2019-10&to=2019-12").unit, Unit::Month);
        assert_eq!(frame("from=2019-11-22&to=2019-11-22").unit, Unit::Day);
        assert_eq!(
            Unit::for_range(range("1000-01-01", "9999-12-31")),
            Unit::Century
        );
    }

    #[test]
    fn columns_cover_the_range_and_name_their_views() {
        let whole = frame("").columns();
        assert_eq!(whole.len(), 16, "the 1870s to the 2020s");
        assert_eq!(whole[0].days, range("1870-01-01", "1879-12-31"));
        assert_eq!(
            (whole[0].from.to_string(), whole[0].to.to_string()),
            ("1870".into(), "1879".into())
        );
        let months = frame("from=2019&to=2019").columns();
        assert_eq!(months.len(), 12);
        assert_eq!(months[1].days, range("2019-02-01", "2019-02-28"));
        assert_eq!(months[1].from.to_string(), "2019-02");
        let days = frame("from=2019-11-18&to=2019-11-24").columns();
        assert_eq!(days.len(), 7);
        assert_eq!(days[4].from.to_string(), "2019-11-22");
        assert_eq!(days[4].to, days[4].from);
    }

    #[test]
    fn no_range_has_more_columns_than_the_bound() {
        for (first, last) in [
            ("1000-01-01", "9999-12-31"),
            ("1876-02-26", "2025-10-30"),
            ("1960-01-01", "2025-12-31"),
            ("2019-01-01", "2024-12-31"),
            ("2019-01-01", "2025-01-31"),
            ("2019-11-01", "2019-12-31"),
            ("2019-11-01", "2020-01-01"),
        ] {
            let days = range(first, last);
            let frame = AxisFrame::for_filter(&Filter::default(), days);
            let columns = frame.columns().len();
            assert!(
                columns as u32 <= 2 * MAX_BUCKETS,
                "{first}..{last}: {columns}"
            );
            if frame.unit != Unit::Century {
                assert!(columns as u32 <= MAX_BUCKETS, "{first}..{last}: {columns}");
            }
        }
    }

    #[test]
    fn a_filter_far_beyond_the_events_is_cut_to_them() {
        let wide = frame("from=1000&to=9999");
        assert_eq!(wide.range, timeline());
        assert_eq!(wide.unit, Unit::Decade);
        // Nearer the events, the axis shows what was asked for.
        assert_eq!(frame("from=2025").range, range("2025-01-01", "2025-10-30"));
        assert_eq!(
            frame("from=2020&to=2029").range,
            range("2020-01-01", "2025-10-30")
        );
        assert_eq!(
            frame("from=1990&to=1999").range,
            range("1990-01-01", "1999-12-31")
        );
        // A view of no events keeps its own days.
        assert_eq!(
            frame("from=2030&to=2030").range,
            range("2030-01-01", "2030-12-31")
        );
    }

    #[test]
    fn positions_fall_within_their_column() {
        let frame = frame("from=2019&to=2019");
        let columns = frame.columns();
        assert_eq!(frame.position(day("2019-01-01"), &columns), 0.0);
        let mid_november = frame.position(day("2019-11-16"), &columns);
        assert!((10.4..10.6).contains(&mid_november), "{mid_november}");
        assert_eq!(frame.position(day("2018-06-01"), &columns), 0.0);
        assert_eq!(frame.position(day("2020-06-01"), &columns), 12.0);
    }

    #[test]
    fn zooming_in_steps_down_to_a_day_around_the_middle() {
        assert_eq!(
            to(frame("").zoom_in(&Filter::default())).unwrap(),
            "from=1950&to=1999"
        );
        let trade = Filter::from_query("category=trade&from=2010&to=2019").unwrap();
        let step = |query: &str| {
            let filter = Filter::from_query(query).unwrap();
            to(AxisFrame::for_filter(&filter, timeline()).zoom_in(&filter))
        };
        assert_eq!(
            to(AxisFrame::for_filter(&trade, timeline()).zoom_in(&trade)).unwrap(),
            "category=trade&from=2014&to=2014",
            "the other filters are kept"
        );
        assert_eq!(
            step("from=2019&to=2019").unwrap(),
            "from=2019-07&to=2019-07"
        );
        assert_eq!(
            step("from=2019-11&to=2019-11").unwrap(),
            "from=2019-11-11&to=2019-11-17"
        );
        assert_eq!(
            step("from=2019-11-18&to=2019-11-24").unwrap(),
            "from=2019-11-21&to=2019-11-21"
        );
        assert_eq!(step("from=2019-11-22&to=2019-11-22"), None);
        // A stretch of no particular kind zooms to the largest window within it.
        assert_eq!(step("from=1965&to=1990").unwrap(), "from=1970&to=1979");
    }

    #[test]
    fn zooming_out_steps_up_to_the_whole_timeline() {
        let step = |query: &str| {
            let filter = Filter::from_query(query).unwrap();
            to(AxisFrame::for_filter(&filter, timeline()).zoom_out(&filter))
        };
        assert_eq!(
            step("from=2019-11-22&to=2019-11-22").unwrap(),
            "from=2019-11-18&to=2019-11-24"
        );
        assert_eq!(
            step("from=2019-11-18&to=2019-11-24").unwrap(),
            "from=2019-11&to=2019-11"
        );
        assert_eq!(
            step("from=2019-11&to=2019-11").unwrap(),
            "from=2019&to=2019"
        );
        assert_eq!(step("from=2019&to=2019").unwrap(), "from=2010&to=2019");
        assert_eq!(step("from=2010&to=2019").unwrap(), "from=2000&to=2049");
        assert_eq!(step("from=2020&to=2029").unwrap(), "from=2000&to=2049");
        assert_eq!(
            step("category=legal&from=1950&to=1999").unwrap(),
            "category=legal"
        );
        assert_eq!(
            step("category=legal"),
            None,
            "the whole timeline is shown already"
        );
    }

    #[test]
    fn earlier_and_later_move_by_the_length_shown() {
        let step = |query: &str| {
            let filter = Filter::from_query(query).unwrap();
            let frame = AxisFrame::for_filter(&filter, timeline());
            (to(frame.earlier(&filter)), to(frame.later(&filter)))
        };
        assert_eq!(
            step("from=2000&to=2009"),
            (
                Some("from=1990&to=1999".into()),
                Some("from=2010&to=2019".into())
            )
        );
        assert_eq!(
            step("from=2019-11&to=2019-11"),
            (
                Some("from=2019-10&to=2019-10".into()),
                Some("from=2019-12&to=2019-12".into())
            )
        );
        assert_eq!(
            step("from=2019-11&to=2020-02"),
            (
                Some("from=2019-07&to=2019-10".into()),
                Some("from=2020-03&to=2020-06".into())
            )
        );
        assert_eq!(
            step("from=2019-11-18&to=2019-11-24"),
            (
                Some("from=2019-11-11&to=2019-11-17".into()),
                Some("from=2019-11-25&to=2019-12-01".into())
            )
        );
        // Nothing is earlier than the first event, or later than the last.
        assert_eq!(step("from=1876&to=1876").0, None);
        assert_eq!(
            step("from=2020&to=2029"),
            (Some("from=2010&to=2019".into()), None)
        );
        assert_eq!(step(""), (None, None));
    }
}
