# expect-error: RuntimeError: stackless ok: [0, 1, 2] [0, 10, 20] 0
# jumpgate only (CPython has no stackless module): two tasklets exchange values over channels;
# the result is reported in the final exception so the runner can check it.
import stackless
ch = stackless.channel()
back = stackless.channel()
received = []
replies = []
def sender():
    for i in range(3):
        ch.send(i)
        replies.append(back.receive())
def receiver():
    for _ in range(3):
        v = ch.receive()
        received.append(v)
        back.send(v * 10)
stackless.tasklet(sender)()
stackless.tasklet(receiver)()
stackless.run()
raise RuntimeError(f"stackless ok: {received} {replies} {ch.balance}")
