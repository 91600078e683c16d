# a grid simulation: life steps, BFS/A* with heapq, sets of tuples, string rendering, json state
import heapq, json, math, random
from collections import deque

W, H = 12, 8
random.seed(7)
grid = [[1 if random.random() < 0.25 else 0 for _ in range(W)] for _ in range(H)]
grid[0][0] = grid[H - 1][W - 1] = 0
def render(g, path=()):
    ps = set(path)
    return "\n".join("".join("*" if (x, y) in ps else "#" if g[y][x] else "." for x in range(W)) for y in range(H))
print(render(grid))
def neighbours(x, y):
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < W and 0 <= ny < H and not grid[ny][nx]:
            yield nx, ny
def bfs(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for n in neighbours(*cur):
            if n not in prev:
                prev[n] = cur
                q.append(n)
    if goal not in prev:
        return None
    path, c = [], goal
    while c is not None:
        path.append(c)
        c = prev[c]
    return path[::-1]
def astar(start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    openq = [(h(start), 0, start)]
    best = {start: 0}
    came = {}
    while openq:
        f, g, cur = heapq.heappop(openq)
        if cur == goal:
            out = [cur]
            while cur in came:
                cur = came[cur]
                out.append(cur)
            return out[::-1]
        for n in neighbours(*cur):
            ng = g + 1
            if ng < best.get(n, math.inf):
                best[n] = ng
                came[n] = cur
                heapq.heappush(openq, (ng + h(n), ng, n))
    return None
p1 = bfs((0, 0), (W - 1, H - 1))
p2 = astar((0, 0), (W - 1, H - 1))
print(len(p1) if p1 else None, len(p2) if p2 else None)
if p2:
    print(render(grid, p2))
live = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = (x + dx, y + dy)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
for gen in range(4):
    live = step(live)
print(sorted(live), min(live), max(live))
particles = [{"id": i, "pos": [random.uniform(0, 10), random.uniform(0, 10)], "vel": [random.gauss(0, 1), random.gauss(0, 1)]} for i in range(3)]
dt = 0.1
for _ in range(50):
    for p in particles:
        p["vel"][1] -= 9.81 * dt
        for k in (0, 1):
            p["pos"][k] += p["vel"][k] * dt
        if p["pos"][1] < 0:
            p["pos"][1] = -p["pos"][1]
            p["vel"][1] = -p["vel"][1] * 0.8
state = json.dumps({"particles": [{"id": p["id"], "pos": [round(v, 4) for v in p["pos"]]} for p in particles], "live": sorted(live)}, indent=2, sort_keys=True)
print(state)
back = json.loads(state)
print(back["live"][0], type(back["live"][0]).__name__, sum(len(p["pos"]) for p in back["particles"]))
energy = sum(0.5 * (p["vel"][0] ** 2 + p["vel"][1] ** 2) + 9.81 * p["pos"][1] for p in particles)
print(f"energy={energy:.6f} hyp={math.hypot(*particles[0]['pos']):.9f} ang={math.degrees(math.atan2(particles[0]['vel'][1], particles[0]['vel'][0])):.4f}")
