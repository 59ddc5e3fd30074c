-- A flood of distinct, valid views: random year ranges, categories and pages, so that nearly
-- every request is one the server has not kept.
local categories = { "history", "legal", "trade", "security", "diplomacy", "society" }
request = function()
  local from = math.random(1876, 2025)
  local to = math.min(2025, from + math.random(0, 60))
  local path = string.format("/?from=%d&to=%d&category=%s&page=%d", from, to,
    categories[math.random(#categories)], math.random(1, 2))
  if math.random() < 0.5 then
    path = "/api/events" .. path:sub(2)
  end
  return wrk.format(nil, path)
end
