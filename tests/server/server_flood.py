"""server_flood: nobody can lock the room out by holding connections. A holder process opens
idle TCP connections (sending nothing) and opens each again as soon as the server drops it,
while 300 participants, each from an address of its own as phones on a hotspot, join and
vote within 3 s. Every ballot must be acknowledged and tallied, with p99 under 100 ms:
- from one address, 3000 connections (the per-address cap refuses most of them);
- from 40 addresses, 64 each: more than the server's 2000 connections in all, so it is full
  and drops the connection that has been idle longest to take a new one.
Prints the measured p99 of each.

Usage: server_flood.py PATH/TO/netzwerkkarte-server
"""
import asyncio
import multiprocessing
import resource
import selectors
import socket
import sys
import tempfile
import time
from pathlib import Path

from crowd import burst, percentile, tallied
from serverlib import Server

PARTICIPANTS = [f"127.0.{1 + i // 250}.{1 + i % 250}" for i in range(300)]
P99_LIMIT_MS = 100
REOPEN_PER_SECOND = 500  # how fast the holder replaces dropped connections
# The data folder in memory where there is one: the latency measured is the server's, not
# that of a disk's fsync shared with other work (server_fault tests durability).
FAST_DISK = "/dev/shm" if Path("/dev/shm").is_dir() else None


def hold_idle(port, sources, per_source, ready, stop):
    """Keeps up to per_source idle connections open from each source address until `stop`."""
    sel = selectors.DefaultSelector()
    missing = [s for s in sources for _ in range(per_source)]

    def open_one(source):
        sock = socket.socket()
        sock.setblocking(False)
        sock.bind((source, 0))
        try:
            sock.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        except OSError:
            sock.close()
            missing.append(source)
            return
        sel.register(sock, selectors.EVENT_READ, source)

    opened = len(missing)
    while missing and not stop.is_set():
        open_one(missing.pop())
    ready.set()
    budget, tick = 0.0, time.monotonic()
    while not stop.is_set():
        for key, _ in sel.select(timeout=0.05):
            sel.unregister(key.fileobj)
            key.fileobj.close()  # dropped by the server (or refused): open it again soon
            missing.append(key.data)
        now = time.monotonic()
        budget = min(REOPEN_PER_SECOND, budget + (now - tick) * REOPEN_PER_SECOND)
        tick = now
        while missing and budget >= 1:
            open_one(missing.pop())
            opened += 1
            budget -= 1
    print(f"  holder: {opened} connections opened in all", flush=True)
    for key in list(sel.get_map().values()):
        key.fileobj.close()


def vote_under_siege(binary, holders, per_holder):
    with tempfile.TemporaryDirectory(dir=FAST_DISK) as tmp:
        server = Server(binary, Path(tmp) / "data")
        ready, stop = multiprocessing.Event(), multiprocessing.Event()
        holder = multiprocessing.Process(target=hold_idle, args=(server.port, holders, per_holder, ready, stop))
        try:
            code = server.open_round()
            holder.start()
            assert ready.wait(60), "the holder did not open its connections"
            time.sleep(1)
            results = asyncio.run(burst(server.port, code, PARTICIPANTS, 3.0))
            stop.set()
            holder.join(30)
            feed, _ = server.feed(code)
        finally:
            stop.set()
            holder.join(30)
            status = server.stop()
        assert status == 0, f"server exit code {status}"
    assert not results["failures"], results["failures"][:5]
    assert len(results["acked"]) == len(PARTICIPANTS), len(results["acked"])
    assert tallied(results, feed["ballots"]) == len(PARTICIPANTS)
    p99 = percentile(results["latencies"], 99)
    print(f"{len(holders)} holding address(es) x {per_holder}: {len(results['acked'])} of {len(PARTICIPANTS)} "
          f"acknowledged, p50 {percentile(results['latencies'], 50):.1f} ms, p99 {p99:.1f} ms", flush=True)
    assert p99 < P99_LIMIT_MS, f"p99 {p99:.1f} ms"


def main(binary):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))
    vote_under_siege(binary, ["127.0.0.200"], 3000)
    vote_under_siege(binary, [f"127.0.9.{i}" for i in range(1, 41)], 64)


if __name__ == "__main__":
    main(sys.argv[1])
