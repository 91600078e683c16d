# A KeyboardInterrupt raised and handled as BaseException, then an uncaught RuntimeError.
try:
    raise KeyboardInterrupt
except BaseException as e:
    print("handled", type(e).__name__)
raise RuntimeError("after interrupt")
