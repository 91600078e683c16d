-- Lua 5.4 peer of idle.py: N coroutines, each started and suspended inside
-- coroutine.yield(), all alive at once (held in one table).  The runner takes
-- the peak RSS at N = 1,000,000 minus N = 0, divided by N.  Afterwards each is
-- resumed with a value it adds to its number, for the checksum.
-- Usage: lua5.4 idle.lua [N]
-- Prints "blocked=B tasklets=N checksum=S" (B = N, S = N*(N-1)/2 + 3*N).
local N = tonumber(arg[1]) or 1000000
local create, resume, yield = coroutine.create, coroutine.resume, coroutine.yield
local acc = 0
local function worker(i)
  local v = yield()
  acc = acc + i + v
end
local holder = {}
for i = 0, N - 1 do
  local co = create(worker)
  resume(co, i)
  holder[i + 1] = co
end
local blocked = 0
for i = 1, N do
  if coroutine.status(holder[i]) == "suspended" then blocked = blocked + 1 end
end
for i = 1, N do resume(holder[i], 3) end
print(string.format("blocked=%d tasklets=%d checksum=%d", blocked, N, acc))
