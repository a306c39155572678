-- wrk plays LINE: every request is the next pre-generated signed webhook of a batch file
-- (WebhookBatch: one "signature<TAB>body" a line), and each is sent once. Thread i of n takes
-- lines i+1, i+1+n, ... and stops when its share runs out. 200 answers are counted, any other
-- status by code. The wall-clock times of the first request and of the last answer come from
-- gettimeofday through LuaJIT's ffi, in the same microseconds the harness and the LINE stub use.
--
-- wrk -s webhooks.lua <url> -- <batch file> <threads> <webhook path>

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_usec; } benchmark_timeval;
int gettimeofday(benchmark_timeval *tv, void *tz);
]]
local clock = ffi.new("benchmark_timeval")

local function now_micros()
   ffi.C.gettimeofday(clock, nil)
   return tonumber(clock.tv_sec) * 1000000 + tonumber(clock.tv_usec)
end

local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

local function next_line()
   local line = batch:read("*l")
   for _ = 2, stride do
      batch:read("*l")
   end
   return line
end

function init(args)
   batch = assert(io.open(args[1], "r"))
   stride = tonumber(args[2])
   path = args[3]
   for _ = 1, id do
      batch:read("*l")
   end
   upcoming = next_line()
   -- wrk calls request() once on its first thread to check the script, before anything is sent.
   checking = id == 0
   ok, other, first_micros, last_micros, ran_out = 0, {}, 0, 0, false
end

local function webhook(line)
   local tab = line:find("\t", 1, true)
   return wrk.format("POST", path,
      { ["Content-Type"] = "application/json; charset=utf-8", ["X-Line-Signature"] = line:sub(1, tab - 1) },
      line:sub(tab + 1))
end

function request()
   if checking then
      checking = false
      return webhook(upcoming)
   end
   if upcoming == nil then
      -- Answers to this filler are not counted: the thread stops before it matters.
      ran_out = true
      wrk.thread:stop()
      return wrk.format("GET", "/actuator/health")
   end
   local line = upcoming
   upcoming = next_line()
   if first_micros == 0 then
      first_micros = now_micros()
   end
   return webhook(line)
end

function response(status, headers, body)
   if ran_out then
      return
   end
   last_micros = now_micros()
   if status == 200 then
      ok = ok + 1
   else
      other[status] = (other[status] or 0) + 1
   end
end

function done(summary, latency, requests)
   local total, first, last, ran_out_threads, statuses = 0, nil, 0, 0, {}
   for _, thread in ipairs(threads) do
      total = total + thread:get("ok")
      local started = thread:get("first_micros")
      if started > 0 and (first == nil or started < first) then
         first = started
      end
      last = math.max(last, thread:get("last_micros"))
      if thread:get("ran_out") then
         ran_out_threads = ran_out_threads + 1
      end
      for status, count in pairs(thread:get("other")) do
         statuses[status] = (statuses[status] or 0) + count
      end
   end
   local others = {}
   for status, count in pairs(statuses) do
      table.insert(others, status .. ":" .. count)
   end
   local errors = summary.errors
   io.write(string.format(
      "tether-benchmark ok=%d first_micros=%.0f last_micros=%.0f ran_out_threads=%d p50_micros=%.0f p99_micros=%.0f socket_errors=%d timeouts=%d other=%s\n",
      total, first or 0, last, ran_out_threads, latency:percentile(50), latency:percentile(99),
      errors.connect + errors.read + errors.write, errors.timeout, table.concat(others, ",")))
end
