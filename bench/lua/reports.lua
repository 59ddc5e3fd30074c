-- A flood of readers' reports, each from an address of its own (the server trusts
-- X-Forwarded-For in this bench), so that the per-address limit does not hold them back:
-- what is measured is the cost of taking them. PATH and TICKET come from the environment.
local path = os.getenv("REPORT_PATH")
local ticket = os.getenv("REPORT_TICKET")
local counter = 0
local thread_id = 0
local threads = 0

setup = function(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

request = function()
  counter = counter + 1
  local n = thread_id * 1000000 + counter
  local address = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256,
    math.floor(n / 256) % 256, n % 256)
  local body = "what=A+flood+report+number+" .. n .. "&ticket=" .. ticket
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Forwarded-For"] = address,
  }, body)
end
