-- Lua 5.4 peer of spawn.py: coroutines created and resumed to their end, per
-- second (wall clock of this single-threaded process: os.clock is CPU time).
-- Usage: lua5.4 spawn.lua [N] [MAX_SECONDS]
local N = tonumber(arg[1]) or 1000000
local MAXSEC = tonumber(arg[2]) or 5
local clock = os.clock
local create, resume = coroutine.create, coroutine.resume
local acc = 0
local function work(i) acc = acc + i + 1 end
local t0 = clock()
local done = 0
while done < N do
  local stop = math.min(done + 1000, N)
  for i = done, stop - 1 do
    local co = create(work)
    resume(co, i)
  end
  done = stop
  if clock() - t0 > MAXSEC then break end
end
local el = clock() - t0
print(string.format("spawn_per_s=%.0f", done / el))
print(string.format("spawned=%d checksum=%d", done, acc))
