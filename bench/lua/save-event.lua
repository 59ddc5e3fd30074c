-- Editors saving new events as fast as the server takes them: the event form posted as a
-- browser sends it from the site's own page (Sec-Fetch-Site: same-origin, the session cookie
-- from COOKIE), each with a title of its own.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread", threads)
end

local headers = {
  ["Content-Type"] = "application/x-www-form-urlencoded",
  ["Sec-Fetch-Site"] = "same-origin",
  ["Cookie"] = os.getenv("COOKIE"),
}
local rest = "&summary=Saved+under+load.&body=&start=2023-03-16&end=&category=diplomacy"
  .. "&actor=KR&actor=JP&source_publisher=Kyodo+News&source_headline=Leaders+meet+in+Tokyo"
  .. "&source_date=2023-03-16&source_url=https%3A%2F%2Fenglish.kyodonews.net%2F&related=&action=save"
local n = 0
request = function()
  n = n + 1
  local title = "title=Load+" .. thread .. "-" .. n .. "-" .. math.random(1, 1000000000)
  return wrk.format("POST", "/admin/events/new", headers, title .. rest)
end
