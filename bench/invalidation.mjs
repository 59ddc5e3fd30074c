// How long a change saved through one server takes to show on another server's kept page:
// each round keeps a view of a year of its own on the reading server, saves an event in that
// year through the saving server, and from the moment the save is acknowledged asks the reading
// server for the view until it shows the event. Prints "p50 p99 max" in milliseconds.
//   node bench/invalidation.mjs SAVING_BASE READING_BASE COOKIE ROUNDS FIRST_YEAR
const [saving, reading, cookie, rounds = "40", firstYear = "1100"] = process.argv.slice(2);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const page = async (path) => (await fetch(reading + path)).text();

const delays = [];
for (let round = 0; round < Number(rounds); round++) {
  const year = String(Number(firstYear) + round);
  const view = `/?from=${year}&to=${year}`;
  const title = `Spread in ${year}`;
  if ((await page(view)).includes(title)) throw new Error(`${view} shows ${title} already`);
  const form = new URLSearchParams([
    ["title", title], ["summary", "Saved to measure how changes spread."], ["body", ""],
    ["start", year], ["end", ""], ["category", "diplomacy"], ["actor", "KR"], ["actor", "JP"],
    ["source_publisher", "Kyodo News"], ["source_headline", "Leaders meet in Tokyo"],
    ["source_date", "2023-03-16"], ["source_url", "https://english.kyodonews.net/"],
    ["related", ""], ["action", "save"],
  ]);
  const saved = await fetch(`${saving}/admin/events/new`, {
    method: "POST",
    body: form,
    redirect: "manual",
    // A form post from the site's own page, as a browser sends it.
    headers: { Cookie: cookie, "Sec-Fetch-Site": "same-origin" },
  });
  if (saved.status !== 303) throw new Error(`save answered ${saved.status}: ${await saved.text()}`);
  const acknowledged = performance.now();
  while (!(await page(view)).includes(title)) await sleep(2);
  delays.push(performance.now() - acknowledged);
  // Saves land anywhere in the poll's half-second cycle, as editors' do.
  await sleep(Math.random() * 500);
}
delays.sort((a, b) => a - b);
const at = (p) => delays[Math.min(delays.length - 1, Math.ceil((p / 100) * delays.length) - 1)];
console.log([at(50), at(99), delays.at(-1)].map((ms) => ms.toFixed(1)).join(" "));
