-- wrk script of the load drill (loadtest/run.sh): each connection cycles through the paths listed in
-- the file $LOADTEST_PATHS, every thread starting at a different place. A response that is not 2xx or
-- 3xx counts as an error (wrk itself only counts status >= 400 and socket errors); done() prints the
-- figures and writes them as key=value lines to $LOADTEST_RESULT for the shell script. Responses
-- are also counted by their X-Page-Cache header (hit, miss, skip; none when the page cache is off).

local threads = {}

function setup(thread)
   thread:set("number", #threads)
   table.insert(threads, thread)
end

function init(args)
   paths = {}
   for line in assert(io.open(os.getenv("LOADTEST_PATHS"))):lines() do
      if line ~= "" then
         table.insert(paths, line)
      end
   end
   position = (number * 7) % #paths
   bad = 0
   bad_4xx = 0
   bad_5xx = 0
   first_bad = ""
   cache_hits = 0
   cache_misses = 0
end

function request()
   position = position % #paths + 1
   return wrk.format("GET", paths[position], { ["Accept-Encoding"] = "gzip" })
end

function response(status, headers, body)
   local cache = headers["X-Page-Cache"]
   if cache == "hit" then
      cache_hits = cache_hits + 1
   elseif cache ~= nil then
      cache_misses = cache_misses + 1
   end
   if status < 200 or status > 399 then
      bad = bad + 1
      if status >= 500 then
         bad_5xx = bad_5xx + 1
      elseif status >= 400 then
         bad_4xx = bad_4xx + 1
      end
      if first_bad == "" then
         first_bad = tostring(status)
      end
   end
end

function done(summary, latency, requests)
   local bad, bad_4xx, bad_5xx, first_bad = 0, 0, 0, ""
   local cache_hits, cache_misses = 0, 0
   for _, thread in ipairs(threads) do
      cache_hits = cache_hits + thread:get("cache_hits")
      cache_misses = cache_misses + thread:get("cache_misses")
      bad = bad + thread:get("bad")
      bad_4xx = bad_4xx + thread:get("bad_4xx")
      bad_5xx = bad_5xx + thread:get("bad_5xx")
      if first_bad == "" then
         first_bad = thread:get("first_bad")
      end
   end
   local errors = summary.errors
   local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
   local seconds = summary.duration / 1e6
   local result = {
      { "requests", summary.requests },
      { "seconds", string.format("%.1f", seconds) },
      { "requests_per_second", string.format("%.1f", summary.requests / seconds) },
      { "latency_p50_ms", string.format("%.1f", latency:percentile(50) / 1000) },
      { "latency_p90_ms", string.format("%.1f", latency:percentile(90) / 1000) },
      { "latency_p99_ms", string.format("%.1f", latency:percentile(99) / 1000) },
      { "latency_max_ms", string.format("%.1f", latency.max / 1000) },
      { "non_2xx_3xx", bad },
      { "status_4xx", bad_4xx },
      { "status_5xx", bad_5xx },
      { "socket_errors", socket_errors },
      { "socket_errors_detail", string.format("connect %d, read %d, write %d, timeout %d",
         errors.connect, errors.read, errors.write, errors.timeout) },
      { "errors", bad + socket_errors },
      { "first_error_status", first_bad },
      { "page_cache_hits", cache_hits },
      { "page_cache_misses", cache_misses },
   }
   local file = assert(io.open(os.getenv("LOADTEST_RESULT"), "w"))
   for _, pair in ipairs(result) do
      file:write(pair[1], "=", tostring(pair[2]), "\n")
   end
   file:close()
end
