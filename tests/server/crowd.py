"""A crowd of participants for netzwerkkarte-server (python3 standard library only), shared by
scripts/live_load.py and the flood tests: each participant joins the live round and casts a
ballot on its own keep-alive connection from a given loopback source address, arriving at a
random moment within the burst. Every request's latency is measured from sending it to the
end of its answer (the first one including the TCP connect).
"""
import asyncio
import json
import random
import time

from serverlib import ROUND


class Connection:
    """One participant's keep-alive HTTP/1.1 connection."""

    def __init__(self, port, source):
        self.port, self.source = port, source
        self.reader = self.writer = None

    async def request(self, method, path, body, token=None):
        started = time.perf_counter()
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port,
                                                                     local_addr=(self.source, 0))
        data = json.dumps(body).encode()
        head = (f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n")
        if token:
            head += f"Authorization: Bearer {token}\r\n"
        self.writer.write(head.encode() + b"\r\n" + data)
        await self.writer.drain()
        status = int((await self.reader.readline()).split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        answer = json.loads(await self.reader.readexactly(length))
        return status, answer, (time.perf_counter() - started) * 1000

    def close(self):
        if self.writer:
            self.writer.close()


def random_ballot(rng):
    """Dots over ROUND's proposals: up to 5 points, at most 3 on one."""
    values = [0] * len(ROUND["proposals"])
    for _ in range(rng.randint(1, 5)):
        i = rng.randrange(len(values))
        if values[i] < 3:
            values[i] += 1
    entries = [{"proposal": p["id"], "value": v, "criterion": 0} for p, v in zip(ROUND["proposals"], values) if v]
    return {"group": rng.choice(ROUND["groups"])["id"], "voter": "", "entries": entries}


async def participant(port, code, source, start_at, ballot, results):
    await asyncio.sleep(max(0.0, start_at - time.perf_counter()))
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
    except (OSError, ValueError, IndexError, asyncio.IncompleteReadError) as e:
        results["failures"].append(("connection", repr(e)))
    finally:
        conn.close()


async def burst(port, code, sources, seconds):
    """One participant per source address (repeat an address for several), all within
    `seconds`; returns latencies (ms), acked ({ballot id: ballot}), failures, burst_s."""
    rng = random.Random(7)
    results = {"latencies": [], "acked": {}, "failures": []}
    t0 = time.perf_counter()
    await asyncio.gather(*(participant(port, code, source, t0 + rng.uniform(0, seconds), random_ballot(rng), results)
                           for source in sources))
    results["burst_s"] = time.perf_counter() - t0
    return results


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))]  # nearest rank


def tallied(results, ballots):
    """How many acknowledged ballots are among `ballots` (a feed's) exactly as they were sent."""
    in_feed = {b["id"]: b for b in ballots if not b["voided"]}
    return sum(1 for bid, sent in results["acked"].items() if bid in in_feed and in_feed[bid]["entries"] == sent["entries"])
