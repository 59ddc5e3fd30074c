//! The reads every engine shares: pages of a filter's events and the time axis, kept until
//! the data changes, since popular views are asked for again and again.

use super::contract::{ColumnCount, EventReads, MatchShare};
use super::{Engine, Store, StoreResult, Weigh};
use crate::model::{
    Axis, AxisColumn, AxisFrame, Column, DayRange, Event, EventId, Filter, Lang, Unit,
};
use std::collections::HashMap;
use std::sync::Arc;

/// One page of the events a filter selects.
#[derive(Clone, Debug)]
pub(crate) struct EventSlice {
    pub events: Vec<Event>,
    /// How many events the filter selects in all.
    pub total: u64,
}

impl Weigh for EventSlice {
    fn weight(&self) -> u64 {
        let texts: usize = self
            .events
            .iter()
            .map(|e| {
                let sources: usize = e
                    .sources
                    .iter()
                    .map(|s| {
                        s.publisher.len()
                            + s.headline.len()
                            + s.url.as_ref().map_or(0, |url| url.as_str().len())
                    })
                    .sum();
                e.title.len() + e.summary.len() + sources + 64
            })
            .sum();
        texts as u64
    }
}

impl Weigh for Arc<[ColumnCount]> {
    fn weight(&self) -> u64 {
        (self.len() * 48) as u64
    }
}

impl Store {
    /// One page (counting from 1) of the events readers may see that the filter selects,
    /// in date order, in `lang` where written (else in English), with the total.
    pub(crate) async fn list_events(
        &self,
        filter: &Filter,
        page: u32,
        lang: Lang,
    ) -> StoreResult<EventSlice> {
        let generation = self.generation().await?;
        let key = (filter.to_query(), page, lang);
        if let Some(slice) = self.pages.get(generation, &key) {
            return Ok(slice);
        }
        let timeline = self.timeline_days().await?;
        let frame = timeline.map(|days| AxisFrame::for_filter(filter, days));
        let counts = self
            .column_counts(generation, filter, frame.map_or(Unit::Year, |f| f.unit()))
            .await?;
        let total: u64 = counts.iter().map(|c| u64::from(c.events)).sum();
        let everything: u64 = match timeline {
            Some(days) => {
                let unit = AxisFrame::for_filter(&Filter::default(), days).unit();
                self.column_counts(generation, &Filter::default(), unit)
                    .await?
                    .iter()
                    .map(|c| u64::from(c.events))
                    .sum()
            }
            None => 0,
        };
        let share = MatchShare {
            matches: total,
            of: everything,
        };
        let events = on_engine!(self, db => db.page_of_events(filter, page, lang, share).await)?;
        let slice = EventSlice { events, total };
        self.pages.put(generation, key, slice.clone());
        Ok(slice)
    }

    /// The time axis over what the filter selects, in `lang`: its columns with their counts,
    /// and the event of each column that has just one. `None` while the timeline is empty.
    pub(crate) async fn axis(&self, filter: &Filter, lang: Lang) -> StoreResult<Option<Axis>> {
        let Some(timeline) = self.timeline_days().await? else {
            return Ok(None);
        };
        let frame = AxisFrame::for_filter(filter, timeline);
        let counts = self
            .column_counts(self.generation().await?, filter, frame.unit())
            .await?;
        let by_key: HashMap<&str, &ColumnCount> =
            counts.iter().map(|c| (c.key.as_str(), c)).collect();
        let columns: Vec<(Column, Option<&ColumnCount>)> = frame
            .columns()
            .into_iter()
            .map(|column| {
                let day = column.days.first().to_string();
                let key = day.get(..frame.unit().key_len()).unwrap_or(&day);
                let count = by_key.get(key).copied();
                (column, count)
            })
            .collect();
        let alone: Vec<EventId> = columns
            .iter()
            .filter_map(|(_, count)| count.filter(|c| c.events == 1).map(|c| c.first))
            .collect();
        let mut links = on_engine!(self, db => db.links(&alone, lang).await)?;
        let columns = columns
            .into_iter()
            .map(|(column, count)| AxisColumn {
                column,
                events: count.map_or(0, |c| c.events),
                only: count
                    .filter(|c| c.events == 1)
                    .and_then(|c| links.remove(&c.first)),
            })
            .collect();
        Ok(Some(Axis { frame, columns }))
    }

    /// The first and last day of all events readers may see, if there are any.
    pub(crate) async fn timeline_days(&self) -> StoreResult<Option<DayRange>> {
        on_engine!(self, db => db.timeline_days().await)
    }

    /// How many events the filter selects starting in each column of `unit`, from the cache
    /// while the data is still at `generation`. The sum is the filter's total.
    async fn column_counts(
        &self,
        generation: i64,
        filter: &Filter,
        unit: Unit,
    ) -> StoreResult<Arc<[ColumnCount]>> {
        let key = (filter.to_query(), unit);
        if let Some(counts) = self.column_counts.get(generation, &key) {
            return Ok(counts);
        }
        let counts: Arc<[ColumnCount]> =
            on_engine!(self, db => db.count_by_column(filter, unit).await)?.into();
        self.column_counts.put(generation, key, counts.clone());
        Ok(counts)
    }
}
