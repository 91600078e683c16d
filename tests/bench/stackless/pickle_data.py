# The locals of the ten frames of pickle_tasklet.py as plain data: for each
# level k (0..9) a position dict, a stats dict, a path list, three strings
# and two floats.  pickle_tasklet.py (jumpgate) and pickle_ref.py (CPython)
# both pickle this to give the data-only reference figure.


def level_locals(k):
    pos = {"x": 1.5 * k, "y": -2.25, "z": 0.0}
    stats = {"hp": 100 + k, "mp": 35, "lvl": 7}
    path = [3, 4, 5, 8, 13 + k]
    name = "unit-%d" % k
    state = "patrol"
    faction = "horde"
    speed = 3.5 + k
    heading = 0.25 * k
    return (pos, stats, path, name, state, faction, speed, heading)


def make_data():
    return [level_locals(k) for k in range(10)]
