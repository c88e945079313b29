"""server_limits: what one address or one request may cost netzwerkkarte-server, and who may
read what it keeps.
- One address flooding requests is held back by its own budget (429) while another address
  is still served: it cannot spend everyone's.
- A chunked body whose chunk-size line never ends is refused (413) once the bounded read
  buffer is full, not read for the whole request deadline.
- Static files are shared: 150 connections asking for a 4 MB file and never reading the
  answer cost the server a few MB, not a copy each.
- The data folder is made 0700 and its files (database, -wal, -shm, secret) 0600 even with
  umask 0.

Usage: server_limits.py PATH/TO/netzwerkkarte-server
"""
import http.client
import socket
import stat
import time
from pathlib import Path

from serverlib import ServerTestCase, dots, memory_mb, run_tests


class ServerLimits(ServerTestCase):
    server_args = {"umask": 0}

    @classmethod
    def prepare(cls, root, site):
        (site / "big.wasm").write_bytes(bytes(range(256)) * (4 * 4096))  # 4 MiB

    def test_one_address_cannot_spend_everyones_request_budget(self):
        s = self.server
        flood = http.client.HTTPConnection("127.0.0.1", s.port, timeout=10, source_address=("127.0.0.50", 0))
        statuses = []
        try:
            for _ in range(1500):
                flood.request("GET", "/api/health")
                res = flood.getresponse()
                res.read()
                statuses.append(res.status)
                if res.status == 429:
                    limited = res
        finally:
            flood.close()
        self.assertEqual(set(statuses), {200, 429}, f"{statuses.count(200)} of {len(statuses)} requests served")
        self.assertGreaterEqual(int(limited.getheader("Retry-After")), 1)
        self.assertEqual(s.call("GET", "/api/health", source="127.0.0.51")[0], 200)  # others still served

    def test_a_chunk_size_line_without_end_is_refused(self):
        s = self.server
        with socket.create_connection(("127.0.0.1", s.port), timeout=5, source_address=("127.0.0.60", 0)) as sock:
            sock.sendall(b"PUT /api/ballot HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n")
            try:
                for _ in range(64):  # 256 KiB of a hex number
                    sock.sendall(b"1" * 4096)
            except OSError:
                pass  # the server stopped reading and closed: also right, if it answered first
            answer = sock.recv(4096)
        self.assertTrue(answer.startswith(b"HTTP/1.1 413"), answer[:100])
        self.assertEqual(s.call("GET", "/api/health")[0], 200)

    def test_static_files_are_shared_not_copied_per_request(self):
        s = self.server
        before = memory_mb(s.proc.pid)
        socks = []
        try:
            for i in range(150):
                sock = socket.create_connection(("127.0.0.1", s.port), timeout=5,
                                                source_address=(f"127.0.4.{1 + i // 50}", 0))
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                sock.sendall(b"GET /big.wasm HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")  # never read
                socks.append(sock)
            time.sleep(1.5)
            grown = memory_mb(s.proc.pid) - before
            self.assertEqual(s.call("GET", "/api/health")[0], 200)
        finally:
            for sock in socks:
                sock.close()
        self.assertLess(grown, 40, f"the server grew by {grown:.0f} MB for 150 answers of 4 MB")
        status, headers, body = s.call("GET", "/big.wasm")
        self.assertEqual((status, headers["content-type"], len(body)), (200, "application/wasm", 4 << 20))

    def test_the_data_folder_is_private_whatever_the_umask(self):
        s = self.server
        code = s.open_round()
        token = s.join(code)
        self.assertEqual(s.call("PUT", "/api/ballot", {"code": code, "ballot": dots(1)}, token=token)[0], 200)
        data = Path(self.tmp.name) / "data"
        self.assertEqual(stat.S_IMODE(data.stat().st_mode), 0o700)
        files = sorted(p.name for p in data.iterdir())
        self.assertEqual(files, ["ballots.sqlite3", "ballots.sqlite3-shm", "ballots.sqlite3-wal", "facilitator-secret"])
        for name in files:
            self.assertEqual(stat.S_IMODE((data / name).stat().st_mode), 0o600, name)


if __name__ == "__main__":
    run_tests()
