"""Starting netzwerkkarte-server for a test and talking to it (python3 standard library only).

Server(binary, data_dir) starts it on a free loopback port (--port 0) and reads the port from
its first line ("listening 127.0.0.1:PORT") and the facilitator's secret from the second.
call() sends one request on a new connection (optionally from another loopback source
address) and returns (status, headers, parsed JSON or raw bytes); feed() follows the
facilitator's feed page by page. ServerTestCase is a unittest class whose tests share one
server on a temporary site and data folder; run_tests() runs a file's classes with the
binary given on the command line.
"""
import http.client
import json
import os
import signal
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

# A live round as core/voting/live.hpp's liveRoundJson writes it: dot voting, 5 points, at most 3
# per proposal, over three proposals.
ROUND = {
    "id": 7, "name": "Punkteabfrage", "title": "Sozialraumkonferenz Nord", "method": "dots",
    "state": "open", "points": 5, "maxPerProposal": 3, "allPointsRequired": False,
    "named": False, "criteria": [],
    "proposals": [{"id": 12, "text": "Familienzentrum", "ageGroup": "0-3"},
                  {"id": 13, "text": "Sprachkita", "ageGroup": "3-6"},
                  {"id": 14, "text": "Lotsen „Übergang“"}],
    "groups": [{"id": 3, "name": "Kita"}, {"id": 4, "name": "Schule"}],
}


def dots(*values, group=3):
    """A ballot giving values[i] points to the i-th proposal of ROUND."""
    entries = [{"proposal": p["id"], "value": v, "criterion": 0} for p, v in zip(ROUND["proposals"], values) if v]
    return {"group": group, "voter": "", "entries": entries}


class Server:
    def __init__(self, binary, data_dir, site_dir=None, extra_args=(), umask=None):
        args = [binary, "--port", "0", "--bind", "127.0.0.1", "--data", str(data_dir)]
        if site_dir:
            args += ["--site", str(site_dir)]
        args += list(extra_args)
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True,
                                     preexec_fn=None if umask is None else lambda: os.umask(umask))
        first = self.proc.stdout.readline().split()
        if len(first) != 2 or first[0] != "listening":
            raise RuntimeError(f"unexpected first line {first!r}")
        self.port = int(first[1].rsplit(":", 1)[1])
        self.secret = self.proc.stdout.readline().strip().rsplit("#facilitator=", 1)[1]

    def call(self, method, path, body=None, token=None, headers=None, source=None, timeout=30):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout,
                                          source_address=(source, 0) if source else None)
        hdrs = dict(headers or {})
        if token:
            hdrs["Authorization"] = f"Bearer {token}"
        if body is not None and not isinstance(body, (bytes, str)):
            body = json.dumps(body)
            hdrs.setdefault("Content-Type", "application/json")
        try:
            conn.request(method, path, body=body, headers=hdrs)
            res = conn.getresponse()
            raw = res.read()
            data = raw
            if res.getheader("Content-Type", "").startswith("application/json") and raw:
                data = json.loads(raw)
            return res.status, {k.lower(): v for k, v in res.getheaders()}, data
        finally:
            conn.close()

    def control(self, method, path, body=None, **kw):
        return self.call(method, path, body, token=self.secret, **kw)

    def open_round(self, round_doc=None, key=None):
        path = "/api/rounds" + (f"?key={key}" if key else "")
        status, _, data = self.control("POST", path, round_doc or ROUND)
        assert status in (200, 201), (status, data)
        return data["code"]

    def feed(self, code, since=0):
        """Every ballot changed after `since`, following the feed's pages; the last page's feed
        with all the ballots and the number of pages."""
        ballots, pages = [], 0
        while True:
            status, _, page = self.control("GET", f"/api/rounds/{code}/ballots?since={since}")
            assert status == 200, page
            ballots += page["ballots"]
            pages += 1
            since = page["lastSeq"]
            if not page.get("more"):
                return dict(page, ballots=ballots), pages

    def join(self, code, source=None):
        status, _, data = self.call("POST", "/api/join", {"code": code}, source=source)
        assert status == 200, (status, data)
        return data["token"]

    def stop(self):
        """SIGTERM, then the exit code (0 when it shut down cleanly)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=30)

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)


def memory_mb(pid, field="VmRSS"):
    """A process's memory from /proc (VmRSS now, VmHWM its peak), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no {field} for {pid}")


class ServerTestCase(unittest.TestCase):
    """Tests sharing one server, started before them on a temporary folder with site/ (an
    index.html, and what prepare() adds) and data/, with server_args; stopped after them,
    and it must exit cleanly."""
    binary = None
    server_args = {}

    @classmethod
    def prepare(cls, root, site):
        """Adds files to the site (or beside it) before the server starts."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        root = Path(cls.tmp.name)
        site = root / "site"
        site.mkdir()
        (site / "index.html").write_text("<!doctype html><title>Netzwerkkarte</title>\n")
        cls.prepare(root, site)
        cls.server = Server(ServerTestCase.binary, root / "data", site, **cls.server_args)

    @classmethod
    def tearDownClass(cls):
        status = cls.server.stop()
        cls.tmp.cleanup()
        assert status == 0, f"server exit code {status}"


def run_tests():
    """unittest.main for a test file: its first argument is the server binary."""
    ServerTestCase.binary = sys.argv.pop(1)
    unittest.main(module="__main__", verbosity=2)
