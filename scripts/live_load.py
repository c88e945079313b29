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
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "server"))
from crowd import burst, percentile, tallied  # noqa: E402
from serverlib import Server, memory_mb  # noqa: E402

SOURCES = [f"127.0.0.{i}" for i in range(2, 12)]


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
            sources = [SOURCES[i % len(SOURCES)] for i in range(args.participants)]
            results = asyncio.run(burst(server.port, code, sources, args.burst))
            feed, _ = server.feed(code)
            rss = round(memory_mb(server.proc.pid, "VmHWM"), 1)
        finally:
            server.stop()
    in_tally = tallied(results, feed["ballots"])
    out = {
        "live_p50_ms": round(percentile(results["latencies"], 50), 2),
        "live_p99_ms": round(percentile(results["latencies"], 99), 2),
        "live_ballots_acknowledged": len(results["acked"]),
        "live_ballots_tallied": in_tally,
        "live_server_rss_mb": rss,
        "live_burst_s": round(results["burst_s"], 2),
    }
    print(json.dumps(out, indent=2))
    for failure in results["failures"][:5]:
        print("failed:", failure, file=sys.stderr)
    ok = not results["failures"] and in_tally == len(results["acked"]) == args.participants
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
