"""Starting netzwerkkarte-server for a test and talking to it (python3 standard library only).

Server(binary, data_dir) starts it on a free loopback port (--port 0) and reads the port from
its first line ("listening 127.0.0.1:PORT") and the facilitator's secret from the second.
call() sends one request on a new connection (optionally from another loopback source
address) and returns (status, headers, parsed JSON or raw bytes).
"""
import http.client
import json
import signal
import subprocess

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
    def __init__(self, binary, data_dir, site_dir=None):
        args = [binary, "--port", "0", "--bind", "127.0.0.1", "--data", str(data_dir)]
        if site_dir:
            args += ["--site", str(site_dir)]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
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
