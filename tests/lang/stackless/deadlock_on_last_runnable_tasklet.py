# expect-error: RuntimeError: Deadlock: the last runnable tasklet cannot be blocked.
# jumpgate only: receiving on a channel nobody sends to, from the main tasklet, is a deadlock.
import stackless
ch = stackless.channel()
ch.receive()
