# kill() raises TaskletExit in the tasklet at once (finally blocks run), it
# ends the tasklet silently; any other exception a tasklet does not catch
# comes out of run() in the main tasklet.
import stackless

ch = stackless.channel()


def waiter():
    try:
        print("waiting")
        ch.receive()
        print("not reached")
    finally:
        print("cleanup in waiter")


t = stackless.tasklet(waiter)()
stackless.run()
print("blocked:", t.blocked, "balance", ch.balance, "alive", t.alive)
t.kill()
print("after kill: alive", t.alive, "balance", ch.balance)
print(issubclass(stackless.TaskletExit, SystemExit))


def failing():
    print("failing runs")
    raise ValueError("boom in tasklet")


stackless.tasklet(failing)()
try:
    stackless.run()
except ValueError as e:
    print("main caught:", e)
print("runcount", stackless.getruncount())


def catches():
    try:
        stackless.schedule()
    except stackless.TaskletExit:
        print("caught TaskletExit")
        raise


c = stackless.tasklet(catches)()
c.run()
c.kill()
print("killed:", c.alive)
u = stackless.tasklet(catches)
u.kill()
print("never started, killed:", u.alive)
