# a turn-based board game: tic-tac-toe minimax, a text command parser, and an economy tick with float formatting
import functools
from collections import defaultdict
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None
@functools.lru_cache(maxsize=None)
def minimax(b, player):
    w = winner(b)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in b:
        return 0, None
    best = None
    for i, cell in enumerate(b):
        if cell != ".":
            continue
        nb = b[:i] + player + b[i + 1:]
        score, _ = minimax(nb, "O" if player == "X" else "X")
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, i)
    return best
board = "X.O......"
turn = "X"
while winner(board) is None and "." in board:
    score, move = minimax(board, turn)
    board = board[:move] + turn + board[move + 1:]
    print(turn, "plays", move, "->", " ".join(board[i:i + 3] for i in range(0, 9, 3)), "score", score)
    turn = "O" if turn == "X" else "X"
print("result:", winner(board) or "draw", minimax.cache_info().currsize > 100)

rooms = {"hall": {"n": "kitchen", "e": "study"}, "kitchen": {"s": "hall"}, "study": {"w": "hall", "u": "attic"}, "attic": {"d": "study"}}
items = defaultdict(list, {"kitchen": ["knife", "bread"], "study": ["book"], "attic": ["chest"]})
state = {"room": "hall", "inv": []}
def cmd_go(arg):
    dest = rooms[state["room"]].get(arg[:1])
    if dest is None:
        return f"You can't go {arg!r} from the {state['room']}."
    state["room"] = dest
    return f"You enter the {dest}. You see: {', '.join(items[dest]) or 'nothing'}."
def cmd_take(arg):
    if arg not in items[state["room"]]:
        raise KeyError(arg)
    items[state["room"]].remove(arg)
    state["inv"].append(arg)
    return f"Taken: {arg}."
def cmd_inv(arg):
    return "You carry: " + (", ".join(sorted(state["inv"])) if state["inv"] else "nothing")
COMMANDS = {"go": cmd_go, "take": cmd_take, "inventory": cmd_inv, "i": cmd_inv}
script = ["go north", "take bread", "TAKE Knife", "take spoon", "go west", "go south", "go east", "go up", "take chest", "i", "dance", "", "go   down  "]
for line in script:
    words = line.lower().split()
    if not words:
        print("> (nothing)")
        continue
    verb, *rest = words
    fn = COMMANDS.get(verb)
    try:
        out = fn(" ".join(rest)) if fn else f"I don't know how to {verb!r}."
    except KeyError as e:
        out = f"There is no {e.args[0]} here."
    print(f"> {line!r:<16} {out}")

prices = {"wheat": 4.25, "iron": 11.5, "cloth": 7.0}
stock = {k: 100 for k in prices}
history = []
for tick in range(1, 6):
    for good in sorted(prices):
        demand = (tick * 7 + len(good) * 3) % 11 - 5
        stock[good] -= demand
        prices[good] = round(prices[good] * (1 + demand / 100), 2)
    total = sum(prices[g] * stock[g] for g in prices)
    history.append(total)
    print(f"tick {tick}: " + " | ".join(f"{g:>5} {prices[g]:6.2f} x{stock[g]:<4d}" for g in sorted(prices)) + f" | total {total:>10,.2f}")
print("avg %.3f, max %s, growth %+.2f%%" % (sum(history) / len(history), max(history), (history[-1] / history[0] - 1) * 100))
