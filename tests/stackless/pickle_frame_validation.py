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

# Each FRAME (ext type 17) is an array of 9 (0x99): the code's index in its
# module, the module, then `true` for the function the module names by the
# code's qualname, nil for the namespace, and the instruction offset.
frames = []
at = blob.find(b"\x11\x99")
while at >= 0:
    frames.append(at + 2)
    at = blob.find(b"\x11\x99", at + 2)
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
attempt("code index past the module's", patched(top, b"\x7f"))
attempt("code index of another function", patched(top, blob[frames[0]:frames[0] + 1]))
func_at = blob.find(b"\xc3\xc0", top)
attempt("function nil", patched(func_at, b"\xc0"))
ip = blob[func_at + 2]
attempt("offset inside an instruction", patched(func_at + 2, bytes([ip + 1])))
attempt("offset past the code", patched(func_at + 2, b"\x7f"))
saved = inner
inner = outer
attempt("module rebinds the name", blob)
inner = saved
attempt("unchanged", blob)

t2, ch2 = pickle.loads(blob)
ch2.send(20)
ch.send(4)
stackless.run()
print(RESULTS)
