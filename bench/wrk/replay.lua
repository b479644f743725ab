-- Replays the requests listed in the file named by $BENCH_REQUESTS, picking one at random for
-- every request, so that a workload whose constants vary never hits the same query twice in a
-- row and no result cache can help. Each line of the file is
--   METHOD <tab> PATH <tab> ACCEPT <tab> CONTENT-TYPE <tab> BODY
-- (bench/run.py writes it, the body already URL-encoded). done() prints one JSON line that
-- bench/loadgen.py reads: counts, errors and latency percentiles in microseconds.

local prepared = {}
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

function init(args)
  local source = os.getenv("BENCH_REQUESTS")
  for line in io.lines(source) do
    local method, path, accept, content_type, body =
      line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    if method then
      local headers = { ["Accept"] = accept }
      if content_type ~= "" then
        headers["Content-Type"] = content_type
      end
      if body == "" then
        body = nil
      end
      prepared[#prepared + 1] = wrk.format(method, path, headers, body)
    end
  end
  math.randomseed(os.time() * 100 + (thread_id or 0))
end

function request()
  return prepared[math.random(#prepared)]
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, '
      .. '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p99_us": %d, '
      .. '"mean_us": %.1f, "max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes, errors.connect, errors.read,
    errors.write, errors.status, errors.timeout, latency:percentile(50),
    latency:percentile(99), latency.mean, latency.max
  ))
end
