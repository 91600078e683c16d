# Who runs first after a rendezvous depends on the channel's preference:
# -1 (the default) the receiver, 1 the sender, 0 whoever was running.
import stackless


def trial(pref):
    log = []
    ch = stackless.channel()
    ch.preference = pref

    def sender():
        log.append("send")
        ch.send("x")
        log.append("sender after send")

    def receiver():
        log.append("receive")
        v = ch.receive()
        log.append("receiver got " + v)

    def bystander():
        log.append("bystander")

    stackless.tasklet(receiver)()
    stackless.tasklet(sender)()
    stackless.tasklet(bystander)()
    stackless.run()
    print(pref, ch.preference, log)


for p in (-1, 0, 1):
    trial(p)


def trial_sender_waits(pref):
    log = []
    ch = stackless.channel()
    ch.preference = pref

    def sender():
        log.append("send")
        ch.send("y")
        log.append("sender after send")

    def receiver():
        log.append("receive")
        log.append("receiver got " + ch.receive())

    def bystander():
        log.append("bystander")

    stackless.tasklet(sender)()
    stackless.tasklet(receiver)()
    stackless.tasklet(bystander)()
    stackless.run()
    print(pref, log, ch.balance)


for p in (-1, 0, 1):
    trial_sender_waits(p)
