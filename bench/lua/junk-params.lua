-- `/` with tracking tags and junk parameters, different on every request: the view is the
-- same, so the server should answer from the page it keeps.
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, "/?utm_source=feed" .. n .. "&x=" .. math.random(1, 1000000000))
end
