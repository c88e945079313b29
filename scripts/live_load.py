#!/usr/bin/env python3
"""Load test of netzwerkkarte-server (scripts/bench.sh): two steps, each against a fresh server.

Every participant joins the live round and casts a ballot on a keep-alive connection:
- live: 500 participants within 5 s from the loopback addresses 127.0.0.2 ... 127.0.0.11
  (50 each), from one generator process;
- live2000: 2,000 participants within 60 s, each from an address of its own (127.1.x.y) as
  phones in one Wi-Fi are, each keeping its page open until the burst ends as a phone does
  (its connection open, asking /api/me every 15 s), from several generator processes, while
  the facilitator's page follows the feed by long poll as the app does.
Measures every request's latency (from sending it to the end of its answer, the first
including the TCP connect), then fetches the facilitator's feed and checks that every
acknowledged ballot is in it as sent. Prints JSON, for each step STEP: STEP_p50_ms,
STEP_p99_ms, STEP_ballots_acknowledged, STEP_ballots_tallied, STEP_server_rss_mb (VmHWM),
STEP_burst_s (first arrival to last answer), STEP_server_cpu_s and STEP_generator_cpu_s
(CPU time during the burst, /proc), STEP_generator_processes, STEP_reconnects (requests
sent again because the server had closed a kept-alive connection: when all its connections
are taken, it drops the one idle longest), STEP_loadavg (the machine's 1-minute load before
the step: other work shares the cores). Exits 1 when an acknowledged
ballot is missing, a participant's request failed, or the feed could not be followed.

Usage: live_load.py SERVER_BINARY [--step live|live2000]... [--processes N] [--burst S]
"""
import argparse
import json
import os
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "server"))
from crowd import burst_in_processes, percentile, tallied  # noqa: E402
from serverlib import Server, memory_mb  # noqa: E402

STEPS = {
    "live": {"sources": [f"127.0.0.{2 + i % 10}" for i in range(500)], "burst": 5.0, "processes": 1,
             "stay": False, "watch": False},
    "live2000": {"sources": [f"127.1.{i // 250}.{1 + i % 250}" for i in range(2000)], "burst": 60.0,
                 "processes": 2, "stay": True, "watch": True},
}


def cpu_seconds(pid):
    """A process's user + system CPU time so far (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Facilitator(threading.Thread):
    """The facilitator's page following a round's feed by long poll (wait=20) until stop()."""

    def __init__(self, server, code):
        super().__init__(daemon=True)
        self.server, self.code, self.polls, self.problem = server, code, 0, None
        self.stopping = threading.Event()

    def run(self):
        since = 0
        while not self.stopping.is_set():
            try:
                status, _, page = self.server.control("GET", f"/api/rounds/{self.code}/ballots?since={since}&wait=20")
            except OSError as e:
                self.problem = repr(e)
                return
            if status != 200:
                self.problem = f"feed {status}: {page}"
                return
            since, self.polls = page["lastSeq"], self.polls + 1

    def stop(self, server):
        self.stopping.set()
        server.control("POST", f"/api/rounds/{self.code}/close")  # answers the waiting poll
        self.join(30)


def run_step(binary, step, processes, burst):
    """One step against a fresh server; (its keys without the step's prefix, failures)."""
    spec = STEPS[step]
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(binary, Path(tmp) / "data")
        try:
            code = server.open_round()
            watcher = Facilitator(server, code) if spec["watch"] else None
            if watcher:
                watcher.start()
            server_cpu = cpu_seconds(server.proc.pid)
            results = burst_in_processes(server.port, code, spec["sources"], burst, processes, spec["stay"])
            server_cpu = cpu_seconds(server.proc.pid) - server_cpu
            if watcher:
                watcher.stop(server)
                if watcher.problem or watcher.is_alive():
                    results["failures"].append(("facilitator", watcher.problem or "feed poll did not end"))
            feed, _ = server.feed(code)
            rss = round(memory_mb(server.proc.pid, "VmHWM"), 1)
        finally:
            server.stop()
    in_tally = tallied(results, feed["ballots"])
    keys = {
        "p50_ms": round(percentile(results["latencies"], 50), 2),
        "p99_ms": round(percentile(results["latencies"], 99), 2),
        "ballots_acknowledged": len(results["acked"]),
        "ballots_tallied": in_tally,
        "server_rss_mb": rss,
        "burst_s": round(results["burst_s"], 2),
        "server_cpu_s": round(server_cpu, 2),
        "generator_cpu_s": round(results["cpu_s"], 2),
        "generator_processes": processes,
        "reconnects": results["reconnects"],
        "loadavg": round(load, 2),
    }
    if in_tally != len(results["acked"]):
        results["failures"].append(("tally", f"{len(results['acked']) - in_tally} acknowledged ballots missing"))
    elif in_tally != len(spec["sources"]) and not results["failures"]:
        results["failures"].append(("tally", f"{in_tally} of {len(spec['sources'])} ballots"))
    return keys, results["failures"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("server")
    ap.add_argument("--step", action="append", choices=STEPS, help="run only this step (repeatable)")
    ap.add_argument("--processes", type=int, help="generator processes (default: the step's)")
    ap.add_argument("--burst", type=float, help="seconds over which participants arrive (default: the step's)")
    args = ap.parse_args()
    out, failed = {}, False
    for step in args.step or list(STEPS):
        spec = STEPS[step]
        keys, failures = run_step(args.server, step, args.processes or spec["processes"], args.burst or spec["burst"])
        out.update({f"{step}_{name}": value for name, value in keys.items()})
        for failure in failures[:5]:
            print(f"{step} failed ({len(failures)} in all):", failure, file=sys.stderr)
        failed = failed or bool(failures)
    print(json.dumps(out, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
