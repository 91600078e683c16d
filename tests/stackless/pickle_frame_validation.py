# A loaded frame is checked against the code this VM compiled (vm/PICKLE.md
# "Validation"): a pickle whose frame names a code object the module lacks,
# a function that does not run the frame's code, or an offset the code cannot
# resume at is refused with UnpicklingError and its reason - and the pickle
# left as written still loads and runs.  (The frames are found by their bytes:
# jumpgate-only, as is the format.)
import pickle
import stackless

RESULTS = []


def inner(ch):
    a = 1
    got = ch.receive()
    return a + got


def outer(ch):
    r = inner(ch)
    RESULTS.append(r * 2)


ch = stackless.channel()
t = stackless.tasklet(outer)(ch)
stackless.run()
blob = pickle.dumps((t, ch))

# Each FRAME (ext type 17, as an ext 32: c9, 4 length bytes, 11) starts with
# its head: flags (bit 0 the code is named by index, bits 1-2 the function:
# 1 the one the module names by the code's qualname), the finish kind, then
# big-endian uint32s: the instruction offset, the slot count, the stack depth
# and the code's index in its module.
frames = []
at = blob.find(b"\xc9")
while at >= 0:
    if blob[at + 5] == 0x11:
        frames.append(at + 6)
    at = blob.find(b"\xc9", at + 1)
print("frames:", len(frames))


def patched(pos, new):
    return blob[:pos] + new + blob[pos + len(new):]


def attempt(label, data):
    try:
        t2, ch2 = pickle.loads(data)
    except pickle.UnpicklingError as e:
        print(label, "->", e)
    else:
        print(label, "-> loaded")


top = frames[-1]
print("top frame flags:", blob[top], "finish:", blob[top + 1])
attempt("code index past the module's", patched(top + 14, (127).to_bytes(4, "big")))
attempt("code index of another function", patched(top + 14, blob[frames[0] + 14:frames[0] + 18]))
attempt("function nil", patched(top, bytes([blob[top] & ~6])))
attempt("unknown flag", patched(top, bytes([blob[top] | 0x40])))
ip = int.from_bytes(blob[top + 2:top + 6], "big")
attempt("offset inside an instruction", patched(top + 2, (ip + 1).to_bytes(4, "big")))
attempt("offset past the code", patched(top + 2, (127).to_bytes(4, "big")))
attempt("one slot too many", patched(top + 6, (int.from_bytes(blob[top + 6:top + 10], "big") + 1).to_bytes(4, "big")))
attempt("a stack deeper than the code's", patched(top + 10, (1000).to_bytes(4, "big")))
attempt("frame body shorter than its head", patched(top - 5, (10).to_bytes(4, "big")))
saved = inner
inner = outer
attempt("module rebinds the name", blob)
# Written now, the frame of the function the module no longer names carries
# its function by value (flags 5: the code by index, the function a value),
# and loads; once the name is back the frame names it again (flags 3).
rebound = pickle.dumps((t, ch))
print("rebound top frame flags:", rebound[top], "same bytes:", rebound == blob)
attempt("written while rebound", rebound)
inner = saved
attempt("unchanged", blob)
print("named again:", pickle.dumps((t, ch)) == blob)

t2, ch2 = pickle.loads(blob)
ch2.send(20)
ch.send(4)
stackless.run()
print(RESULTS)
