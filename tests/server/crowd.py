"""A crowd of participants for netzwerkkarte-server (python3 standard library only), shared by
scripts/live_load.py and the flood tests: each participant joins the live round and casts a
ballot on its own keep-alive connection from a given loopback source address, arriving at a
random moment within the burst. Every request's latency is measured from sending it to the
end of its answer (the first one including the TCP connect). A crowd can be split over
several processes (one event loop each) that follow one schedule, so that the load
generator is not one Python thread's speed.
"""
import asyncio
import json
import multiprocessing
import random
import time

from serverlib import ROUND


class Connection:
    """One participant's keep-alive HTTP/1.1 connection. As a browser does, a request that finds
    its kept-alive connection closed by the server (before any answer) goes out once more on a
    new one; `reconnects` counts those."""

    def __init__(self, port, source):
        self.port, self.source = port, source
        self.reader = self.writer = None
        self.reconnects = 0

    async def request(self, method, path, body=None, token=None):
        started = time.perf_counter()
        data = b"" if body is None else json.dumps(body).encode()
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n"
        if data:
            head += f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
        if token:
            head += f"Authorization: Bearer {token}\r\n"
        reused = self.writer is not None
        status_line = await self._send(head.encode() + b"\r\n" + data)
        if not status_line and reused:
            self.close()
            self.reconnects += 1
            status_line = await self._send(head.encode() + b"\r\n" + data)
        status = int(status_line.split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        answer = json.loads(await self.reader.readexactly(length))
        return status, answer, (time.perf_counter() - started) * 1000

    async def _send(self, message):
        """Sends on the open connection (opening one if there is none); the answer's status line,
        empty when the server had closed the connection."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port,
                                                                     local_addr=(self.source, 0))
        try:
            self.writer.write(message)
            await self.writer.drain()
            return await self.reader.readline()
        except ConnectionResetError:
            return b""

    def close(self):
        if self.writer:
            self.writer.close()
        self.reader = self.writer = None


def random_ballot(rng):
    """Dots over ROUND's proposals: up to 5 points, at most 3 on one."""
    values = [0] * len(ROUND["proposals"])
    for _ in range(rng.randint(1, 5)):
        i = rng.randrange(len(values))
        if values[i] < 3:
            values[i] += 1
    entries = [{"proposal": p["id"], "value": v, "criterion": 0} for p, v in zip(ROUND["proposals"], values) if v]
    return {"group": rng.choice(ROUND["groups"])["id"], "voter": "", "entries": entries}


REFRESH_S = 15  # how often the app on a phone that has voted asks whether the round closed


async def participant(port, code, source, start_at, ballot, results, stay_until=None):
    """Joins and votes at `start_at` (time.monotonic()); with `stay_until`, keeps its page open
    until then as a phone does: the connection stays open and it asks /api/me every REFRESH_S."""
    await asyncio.sleep(max(0.0, start_at - time.monotonic()))
    conn = Connection(port, source)
    try:
        status, joined, ms = await conn.request("POST", "/api/join", {"code": code})
        results["latencies"].append(ms)
        if status != 200:
            results["failures"].append(("join", status, joined))
            return
        status, answer, ms = await conn.request("PUT", "/api/ballot", {"code": code, "ballot": ballot},
                                                token=joined["token"])
        results["latencies"].append(ms)
        if status == 200:
            results["acked"][answer["ballot"]] = ballot
        else:
            results["failures"].append(("ballot", status, answer))
        results["last_answer"] = max(results["last_answer"], time.monotonic())
        while stay_until and time.monotonic() + REFRESH_S < stay_until:
            await asyncio.sleep(REFRESH_S)
            status, me, ms = await conn.request("GET", "/api/me", token=joined["token"])
            results["latencies"].append(ms)
            if status != 200:
                results["failures"].append(("me", status, me))
        if stay_until:
            await asyncio.sleep(max(0.0, stay_until - time.monotonic()))
    except (OSError, ValueError, IndexError, asyncio.IncompleteReadError) as e:
        results["failures"].append(("connection", repr(e)))
    finally:
        conn.close()
        results["reconnects"] += conn.reconnects


def schedule(sources, seconds, seed=7):
    """(source, arrival offset in s, ballot) for one participant per source address (repeat an
    address for several), arriving uniformly at random within `seconds`."""
    rng = random.Random(seed)
    return [(source, rng.uniform(0, seconds), random_ballot(rng)) for source in sources]


async def crowd(port, code, plan, t0, stay_until=None):
    """Runs `plan` (part of a schedule) with offsets from t0 (time.monotonic()); returns
    latencies (ms), acked ({ballot id: ballot}), failures, reconnects, last_answer
    (time.monotonic()) and cpu_s (this process's CPU time)."""
    results = {"latencies": [], "acked": {}, "failures": [], "reconnects": 0, "last_answer": t0}
    cpu = time.process_time()
    await asyncio.gather(*(participant(port, code, source, t0 + offset, ballot, results, stay_until)
                           for source, offset, ballot in plan))
    results["cpu_s"] = time.process_time() - cpu
    return results


async def burst(port, code, sources, seconds):
    """One participant per source address (repeat an address for several), all within
    `seconds`, from this process; crowd()'s results and burst_s (until the last answer)."""
    t0 = time.monotonic()
    results = await crowd(port, code, schedule(sources, seconds), t0)
    results["burst_s"] = results["last_answer"] - t0
    return results


def _crowd_process(args):
    return asyncio.run(crowd(*args))


def burst_in_processes(port, code, sources, seconds, processes, stay=False):
    """burst() split over `processes` processes (participant i in process i % processes),
    started together; with `stay`, every phone keeps its page open (see participant) until the
    burst's end. Results merged, cpu_s summed over the processes."""
    plan = schedule(sources, seconds)
    t0 = time.monotonic() + 0.5  # every process has started its event loop
    stay_until = t0 + seconds if stay else None
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        parts = pool.map(_crowd_process, [(port, code, plan[i::processes], t0, stay_until) for i in range(processes)])
    results = {"latencies": [], "acked": {}, "failures": [], "reconnects": 0, "cpu_s": 0.0}
    for part in parts:
        results["reconnects"] += part["reconnects"]
        results["latencies"] += part["latencies"]
        results["acked"].update(part["acked"])
        results["failures"] += part["failures"]
        results["cpu_s"] += part["cpu_s"]
    results["burst_s"] = max(part["last_answer"] for part in parts) - t0
    return results


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))]  # nearest rank


def tallied(results, ballots):
    """How many acknowledged ballots are among `ballots` (a feed's) exactly as they were sent."""
    in_feed = {b["id"]: b for b in ballots if not b["voided"]}
    return sum(1 for bid, sent in results["acked"].items() if bid in in_feed and in_feed[bid]["entries"] == sent["entries"])
