#!/usr/bin/env python3
"""Load test of netzwerkkarte-server (scripts/bench.sh): a burst of participants, spread over
the loopback source addresses 127.0.0.2 ... 127.0.0.11 as phones on a hotspot would be, each
joining the live round and casting a ballot on a keep-alive connection, all within --burst
seconds. Measures every request's latency (from sending it to the end of its answer, the
first including the TCP connect), then fetches the facilitator's feed and checks that every
acknowledged ballot is in it as sent. Prints JSON: live_p50_ms, live_p99_ms,
live_ballots_acknowledged, live_ballots_tallied, live_server_rss_mb (VmHWM), live_burst_s.
Exits 1 when an acknowledged ballot is missing or a request failed.

Usage: live_load.py SERVER_BINARY [--participants 500] [--burst 5]
"""
import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "server"))
from serverlib import ROUND, Server  # noqa: E402

SOURCES = [f"127.0.0.{i}" for i in range(2, 12)]


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
    except (OSError, ValueError, asyncio.IncompleteReadError) as e:
        results["failures"].append(("connection", str(e)))
    finally:
        conn.close()


async def burst(port, code, participants, seconds):
    rng = random.Random(7)
    results = {"latencies": [], "acked": {}, "failures": []}
    t0 = time.perf_counter()
    await asyncio.gather(*(participant(port, code, SOURCES[i % len(SOURCES)], t0 + rng.uniform(0, seconds),
                                       random_ballot(rng), results) for i in range(participants)))
    results["burst_s"] = time.perf_counter() - t0
    return results


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))]  # nearest rank


def peak_rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("server")
    ap.add_argument("--participants", type=int, default=500)
    ap.add_argument("--burst", type=float, default=5.0, help="seconds over which participants arrive (<= 10)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(args.server, Path(tmp) / "data")
        try:
            code = server.open_round()
            results = asyncio.run(burst(server.port, code, args.participants, args.burst))
            status, _, feed = server.control("GET", f"/api/rounds/{code}/ballots?since=0")
            assert status == 200, feed
            rss = peak_rss_mb(server.proc.pid)
        finally:
            server.stop()
    in_feed = {b["id"]: b for b in feed["ballots"] if not b["voided"]}
    tallied = sum(1 for bid, sent in results["acked"].items()
                  if bid in in_feed and in_feed[bid]["entries"] == sent["entries"])
    out = {
        "live_p50_ms": round(percentile(results["latencies"], 50), 2),
        "live_p99_ms": round(percentile(results["latencies"], 99), 2),
        "live_ballots_acknowledged": len(results["acked"]),
        "live_ballots_tallied": tallied,
        "live_server_rss_mb": rss,
        "live_burst_s": round(results["burst_s"], 2),
    }
    print(json.dumps(out, indent=2))
    for failure in results["failures"][:5]:
        print("failed:", failure, file=sys.stderr)
    ok = not results["failures"] and tallied == len(results["acked"]) == args.participants
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
