//! Plausible made-up events in bulk, to measure the app at scale (`seed-synthetic`).

use super::{Store, StoreResult};
use crate::model::NewEvent;
use crate::model::{Actor, Category, EventForm, SourceForm};

const SUBJECTS: [&str; 8] = [
    "Seoul",
    "Tokyo",
    "Washington",
    "Beijing",
    "Pyongyang",
    "Geneva",
    "Busan",
    "Osaka",
];
const ACTIONS: [&str; 10] = [
    "announces",
    "reviews",
    "signs",
    "suspends",
    "protests",
    "resumes",
    "extends",
    "rejects",
    "proposes",
    "ratifies",
];
const TOPICS: [&str; 10] = [
    "trade accord",
    "fisheries pact",
    "export licensing",
    "court ruling",
    "security dialogue",
    "cultural exchange",
    "port agreement",
    "compensation fund",
    "summit communiqué",
    "tariff schedule",
];
const KOREAN: [&str; 8] = [
    "한일 관계",
    "수출 규제",
    "외교 협상",
    "강제징용",
    "지소미아",
    "무역 분쟁",
    "정상회담",
    "배상 판결",
];
const JAPANESE: [&str; 8] = [
    "日韓関係",
    "輸出規制",
    "外交交渉",
    "徴用工",
    "安全保障",
    "貿易摩擦",
    "首脳会談",
    "賠償判決",
];
const PUBLISHERS: [&str; 5] = [
    "Yonhap",
    "Kyodo",
    "The Korea Herald",
    "The Japan Times",
    "AP",
];

/// A small, fixed-seed generator (xorshift64*): the same data on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One made-up event, written as an editor would type it and checked by the same rules.
fn event(random: &mut Random, n: usize) -> NewEvent {
    let year = 1870 + random.below(161);
    let month = 1 + random.below(12);
    let day = 1 + random.below(28);
    // Mostly days, some months, a few years; one in fifty approximate; periods are rare,
    // as eras are.
    let date = match random.below(10) {
        0 => format!("{year:04}"),
        1 | 2 => format!("{year:04}-{month:02}"),
        _ => format!("{year:04}-{month:02}-{day:02}"),
    };
    let end = if random.below(5_000) == 0 {
        format!("{:04}", year + 1 + random.below(10))
    } else {
        String::new()
    };
    let mut actors = vec![random.pick(Actor::ALL).code().to_owned()];
    for _ in 0..random.below(3) {
        actors.push(random.pick(Actor::ALL).code().to_owned());
    }
    let (subject, action, topic) = (
        random.pick(&SUBJECTS),
        random.pick(&ACTIONS),
        random.pick(&TOPICS),
    );
    let (korean, japanese) = (random.pick(&KOREAN), random.pick(&JAPANESE));
    let form = EventForm {
        title: format!("{subject} {action} {topic} ({korean} / {japanese}) #{n}"),
        summary: format!(
            "A synthetic event for load testing: {subject} {action} the {topic}. \
             Keywords: {korean}, {japanese}."
        ),
        start: date.clone(),
        start_circa: random.below(50) == 0,
        end,
        category: random.pick(Category::ALL).code().to_owned(),
        actors,
        sources: vec![SourceForm {
            publisher: random.pick(&PUBLISHERS).to_string(),
            headline: format!("Report on the {topic}"),
            date,
            url: format!("https://example.com/synthetic/{n}"),
        }],
        ..EventForm::default()
    };
    form.validate()
        .unwrap_or_else(|errors| panic!("a generated event breaks the rules: {errors:?}"))
        .event
}

impl Store {
    /// Adds `count` synthetic events, in batches of one transaction each.
    pub async fn add_synthetic_events(&self, count: usize) -> StoreResult<()> {
        const BATCH: usize = 5_000;
        let mut random = Random(0x9E37_79B9_7F4A_7C15);
        let mut done = 0;
        while done < count {
            let batch: Vec<NewEvent> = (done..count.min(done + BATCH))
                .map(|n| event(&mut random, n))
                .collect();
            self.insert_events(&batch).await?;
            done = count.min(done + BATCH);
        }
        Ok(())
    }
}
