# Common dict patterns: counting, grouping, nested updates, sorting by value.
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
cfg = {"db": {"host": "h", "port": 1}}
cfg["db"]["port"] += 1
cfg.setdefault("cache", {})["size"] = 10
print(cfg, max(counts, key=counts.get), min(counts.values()))
