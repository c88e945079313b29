"""server_api: the real netzwerkkarte-server on a free loopback port, exercised through its
HTTP API: joining, casting and replacing a ballot, /api/me, the facilitator's feed (since,
long poll, pages of the largest ballots), void, close, static files with their headers, the
Host names it answers to, and bad input of every kind, each refused with the right status
while everyone else is still served.

Usage: server_api.py PATH/TO/netzwerkkarte-server
"""
import fcntl
import json
import os
import re
import socket
import struct
import threading
import time

from serverlib import ROUND, ServerTestCase, dots, run_tests

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
       "form-action 'none'")


def json_values(v):
    """How many values the app's JSON reader counts (keys too)."""
    if isinstance(v, dict):
        return 1 + sum(1 + json_values(x) for x in v.values())
    if isinstance(v, list):
        return 1 + sum(json_values(x) for x in v)
    return 1


def interface_addresses():
    """This machine's IPv4 addresses that are not loopback (SIOCGIFADDR per interface)."""
    out = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for _, name in socket.if_nameindex():
            try:
                packed = fcntl.ioctl(s.fileno(), 0x8915, struct.pack("256s", name[:15].encode()))
            except OSError:
                continue
            address = socket.inet_ntoa(packed[20:24])
            if not address.startswith("127."):
                out.append(address)
    return out


class ServerApi(ServerTestCase):
    server_args = {"extra_args": ["--host", "Netzwerkkarte.local"]}

    @classmethod
    def prepare(cls, root, site):
        (site / "sub").mkdir()
        (site / "app.wasm").write_bytes(b"\0asm\1\0\0\0")
        (site / "app.js").write_text("console.log(1)\n")
        (site / ".hidden").write_text("secret\n")
        (site / "sub" / "x.css").write_text("body{}\n")
        (root / "outside.txt").write_text("outside\n")
        (root / "outside").mkdir()
        (root / "outside" / "y.txt").write_text("outside\n")
        os.symlink(root / "outside.txt", site / "out.txt")  # symlinks out of the site
        os.symlink(root / "outside", site / "out")
        os.symlink("app.js", site / "same.js")  # and one that stays inside
        os.mkfifo(site / "fifo.txt")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.code = cls.server.open_round()

    def feed(self, since=0, code=None, wait=None):
        path = f"/api/rounds/{code or self.code}/ballots?since={since}" + (f"&wait={wait}" if wait else "")
        status, _, data = self.server.control("GET", path)
        self.assertEqual(status, 200, data)
        return data

    def assertError(self, result, status, code):
        self.assertEqual(result[0], status, result[2])
        self.assertEqual(result[2]["code"], code)
        self.assertTrue(result[2]["error"])

    # -- participants ---------------------------------------------------------------------

    def test_join_vote_replace_and_me(self):
        s = self.server
        token = s.join(self.code.lower())  # a typed code may be lower case
        self.assertRegex(token, r"^[0-9a-f]{32}$")
        status, _, me = s.call("GET", "/api/me", token=token)
        self.assertEqual(status, 200)
        self.assertEqual(me["round"]["state"], "open")
        self.assertEqual(me["round"]["title"], ROUND["title"])
        self.assertIsNone(me["ballot"])
        self.assertIsNone(me["ballotId"])

        status, _, first = s.call("PUT", "/api/ballot", {"code": self.code, "ballot": dots(3, 2)}, token=token)
        self.assertEqual(status, 200, first)
        status, _, second = s.call("PUT", "/api/ballot", {"code": self.code, "ballot": dots(0, 1, 3)}, token=token)
        self.assertEqual(status, 200, second)
        self.assertEqual(second["ballot"], first["ballot"])  # replaced: same id
        self.assertGreater(second["seq"], first["seq"])

        status, _, me = s.call("GET", "/api/me", token=token)
        self.assertEqual(me["ballotId"], first["ballot"])
        self.assertEqual(me["ballot"]["entries"], dots(0, 1, 3)["entries"])
        self.assertFalse(me["voided"])

        feed = self.feed()
        mine = [b for b in feed["ballots"] if b["id"] == first["ballot"]]
        self.assertEqual(len(mine), 1)
        self.assertEqual(mine[0]["entries"], dots(0, 1, 3)["entries"])
        self.assertEqual(mine[0]["seq"], second["seq"])
        self.assertGreaterEqual(feed["devices"], 1)
        self.assertEqual(self.feed(since=feed["lastSeq"])["ballots"], [])

    def test_join_refusals(self):
        s = self.server
        self.assertError(s.call("POST", "/api/join", {"code": "ZZZZ"}), 404, "unknown_round")
        self.assertError(s.call("POST", "/api/join", "{\"code\":"), 400, "bad_json")
        self.assertError(s.call("POST", "/api/join", {"nope": 1}), 400, "bad_request")
        self.assertError(s.call("GET", "/api/join"), 405, "method_not_allowed")

    def test_bad_ballots(self):
        s = self.server
        token = s.join(self.code)
        other = s.open_round()
        self.assertError(s.call("PUT", "/api/ballot", "{\"code\": \"" + self.code + "\", ", token=token), 400, "bad_json")
        over = s.call("PUT", "/api/ballot", {"code": self.code, "ballot": dots(3, 3)}, token=token)
        self.assertError(over, 422, "invalid_ballot")
        self.assertIn("6 Punkte vergeben, nur 5 möglich", over[2]["error"])
        self.assertError(s.call("PUT", "/api/ballot", {"code": self.code, "ballot": {"entries": "x"}}, token=token),
                         422, "invalid_ballot")
        self.assertError(s.call("PUT", "/api/ballot", {"code": other, "ballot": dots(1)}, token=token), 409, "wrong_round")
        self.assertError(s.call("PUT", "/api/ballot", {"code": "ZZZZ", "ballot": dots(1)}, token=token), 404, "unknown_round")
        forged = "0123456789abcdef0123456789abcdef"
        self.assertError(s.call("PUT", "/api/ballot", {"code": self.code, "ballot": dots(1)}, token=forged), 403, "unknown_token")
        self.assertError(s.call("GET", "/api/me", token=forged), 403, "unknown_token")
        self.assertError(s.call("GET", "/api/me"), 401, "missing_token")
        self.assertError(s.call("POST", "/api/ballot", {}, token=token), 405, "method_not_allowed")

    def test_oversized_body_is_refused_without_reading_it(self):
        s = self.server
        token = s.join(self.code)
        big = {"code": self.code, "ballot": dots(1), "padding": "x" * 17000}
        self.assertError(s.call("PUT", "/api/ballot", big, token=token), 413, "request_too_large")
        # A huge Content-Length with hardly any body: the answer comes at once.
        with socket.create_connection(("127.0.0.1", s.port), timeout=5) as sock:
            sock.sendall(b"PUT /api/ballot HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000000\r\n\r\n{")
            answer = sock.recv(4096).decode()
        self.assertTrue(answer.startswith("HTTP/1.1 413"), answer)

    def test_a_flood_from_one_token_is_limited_others_still_served(self):
        s = self.server
        flooder, other = s.join(self.code), s.join(self.code)
        statuses = [s.call("GET", "/api/me", token=flooder) for _ in range(15)]
        limited = [r for r in statuses if r[0] == 429]
        self.assertTrue(limited, [r[0] for r in statuses])
        self.assertGreaterEqual(int(limited[0][1]["retry-after"]), 1)
        self.assertEqual(limited[0][2]["code"], "too_many_requests")
        self.assertEqual(s.call("PUT", "/api/ballot", {"code": self.code, "ballot": dots(1)}, token=other)[0], 200)

    def test_joins_are_limited_per_address(self):
        s = self.server
        statuses = [s.call("POST", "/api/join", {"code": self.code}, source="127.0.0.9")[0] for _ in range(70)]
        self.assertEqual(statuses[:60], [200] * 60)  # a class behind one address still gets in
        self.assertIn(429, statuses[60:])
        self.assertEqual(s.call("POST", "/api/join", {"code": self.code}, source="127.0.0.10")[0], 200)

    # -- facilitator ----------------------------------------------------------------------

    def test_control_needs_the_secret(self):
        s = self.server
        self.assertError(s.call("POST", "/api/rounds", ROUND), 401, "missing_secret")
        self.assertError(s.call("POST", "/api/rounds", ROUND, token="f" * 32), 403, "wrong_secret")
        self.assertError(s.call("GET", f"/api/rounds/{self.code}/ballots?since=0"), 401, "missing_secret")
        one_off = s.secret[:-1] + ("1" if s.secret.endswith("0") else "0")  # never the secret itself
        self.assertError(s.call("POST", f"/api/rounds/{self.code}/close", token=one_off), 403, "wrong_secret")
        self.assertError(s.call("POST", f"/api/rounds/{self.code}/void", {"ballot": "x"}, token="nope"), 403, "wrong_secret")
        self.assertEqual(self.feed()["state"], "open")

    def test_open_round_answer_and_key(self):
        s = self.server
        status, _, data = s.control("POST", "/api/rounds?key=4711-7", ROUND)
        self.assertEqual(status, 201, data)
        self.assertRegex(data["code"], r"^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$")
        self.assertTrue(data["joinUrl"].endswith(f"/?join={data['code']}"))
        self.assertEqual(data["urls"][0], data["joinUrl"])
        qr = data["qr"]
        self.assertGreaterEqual(qr["size"], 21)
        self.assertEqual(len(qr["rows"]), qr["size"])
        self.assertTrue(all(re.fullmatch(f"[01]{{{qr['size']}}}", row) for row in qr["rows"]))
        again = s.control("POST", "/api/rounds?key=4711-7", ROUND)
        self.assertEqual((again[0], again[2]["code"]), (200, data["code"]))  # a reload: same round
        self.assertNotEqual(s.open_round(), data["code"])
        # The Host a phone can reach is used for the link; a loopback Host is not.
        lan = s.control("POST", "/api/rounds", ROUND, headers={"Host": "netzwerkkarte.local:8090"})[2]
        self.assertEqual(lan["joinUrl"], f"http://netzwerkkarte.local:8090/?join={lan['code']}")

    def test_bad_rounds(self):
        s = self.server
        self.assertError(s.control("POST", "/api/rounds", "{\"id\":"), 400, "bad_json")
        broken = dict(ROUND, method="lottery")
        result = s.control("POST", "/api/rounds", broken)
        self.assertError(result, 422, "invalid_round")
        self.assertIn("Keine gültige Live-Abstimmung", result[2]["error"])
        self.assertError(s.control("POST", "/api/rounds?key=a%20b", ROUND), 400, "bad_key")
        self.assertError(s.control("GET", "/api/rounds"), 405, "method_not_allowed")
        self.assertError(s.control("GET", "/api/rounds/ZZZZ/ballots?since=0"), 404, "unknown_round")
        self.assertError(s.control("GET", f"/api/rounds/{self.code}/ballots?since=x"), 400, "bad_request")
        self.assertError(s.control("POST", f"/api/rounds/{self.code}/frob"), 404, "not_found")

    def test_long_poll_returns_when_a_ballot_arrives(self):
        s = self.server
        code = s.open_round()
        token = s.join(code)
        last = self.feed(code=code)["lastSeq"]
        started = time.monotonic()
        quiet = self.feed(since=last, code=code, wait=1)
        self.assertGreaterEqual(time.monotonic() - started, 0.9)  # nothing new: after the wait
        self.assertEqual(quiet["ballots"], [])

        result = {}
        poll = threading.Thread(target=lambda: result.update(
            feed=self.feed(since=last, code=code, wait=20), at=time.monotonic()))
        poll.start()
        time.sleep(0.5)
        sent = time.monotonic()
        status, _, put = s.call("PUT", "/api/ballot", {"code": code, "ballot": dots(2, 2, 1)}, token=token)
        self.assertEqual(status, 200)
        poll.join(25)
        self.assertLess(result["at"] - sent, 2.0)  # woken by the ballot, not by the timeout
        self.assertEqual([b["id"] for b in result["feed"]["ballots"]], [put["ballot"]])

    def test_void_then_close(self):
        s = self.server
        code = s.open_round()
        voter, other = s.join(code), s.join(code)
        ballot = s.call("PUT", "/api/ballot", {"code": code, "ballot": dots(1, 1)}, token=voter)[2]["ballot"]
        self.assertEqual(s.call("PUT", "/api/ballot", {"code": code, "ballot": dots(2)}, token=other)[0], 200)
        status, _, void = s.control("POST", f"/api/rounds/{code}/void", {"ballot": ballot})
        self.assertEqual(status, 200, void)
        self.assertEqual(s.control("POST", f"/api/rounds/{code}/void", {"ballot": ballot})[0], 200)  # again: fine
        self.assertError(s.control("POST", f"/api/rounds/{code}/void", {"ballot": "nope"}), 404, "unknown_ballot")
        self.assertError(s.control("POST", f"/api/rounds/{code}/void", "[]"), 400, "bad_json")
        voided = [b for b in self.feed(code=code)["ballots"] if b["id"] == ballot]
        self.assertEqual((len(voided), voided[0]["voided"], voided[0]["seq"]), (1, True, void["seq"]))
        self.assertError(s.call("PUT", "/api/ballot", {"code": code, "ballot": dots(1)}, token=voter), 409, "voided")
        self.assertTrue(s.call("GET", "/api/me", token=voter)[2]["voided"])

        self.assertEqual(s.control("POST", f"/api/rounds/{code}/close")[0], 200)
        self.assertEqual(s.control("POST", f"/api/rounds/{code}/close")[0], 200)  # idempotent
        # A closed round's result is final: no more voids either.
        counted = [b for b in self.feed(code=code)["ballots"] if not b["voided"]]
        self.assertError(s.control("POST", f"/api/rounds/{code}/void", {"ballot": counted[0]["id"]}), 409, "closed")
        self.assertEqual([b for b in self.feed(code=code)["ballots"] if not b["voided"]], counted)
        self.assertError(s.call("PUT", "/api/ballot", {"code": code, "ballot": dots(1)}, token=other), 409, "closed")
        self.assertError(s.call("POST", "/api/join", {"code": code}), 409, "closed")
        self.assertEqual(self.feed(code=code)["state"], "closed")
        self.assertEqual(s.call("GET", "/api/me", token=other)[2]["round"]["state"], "closed")
        started = time.monotonic()
        self.feed(since=10**6, code=code, wait=20)  # a closed round answers a long poll at once
        self.assertLess(time.monotonic() - started, 2.0)

    def test_feed_pages_hold_the_largest_ballots(self):
        """150 phones send the largest ballot the rules and the body limit allow (a named
        weighting of as many proposals as fit, 8 criteria): the feed comes in pages that the
        app can read (at most 200,000 JSON values), each ballot exactly once."""
        s = self.server
        proposals = [{"id": 100 + i, "text": f"Vorschlag {i}"} for i in range(60)]
        round_doc = dict(ROUND, method="weighting", named=True, criteria=[f"K{c}" for c in range(8)],
                         proposals=proposals)
        code = s.open_round(round_doc)
        voter = "Ä" * 100  # 200 bytes, the longest name
        entries = []
        for p in proposals:
            scored = entries + [{"proposal": p["id"], "value": 5, "criterion": c} for c in range(8)]
            if len(json.dumps({"code": code, "ballot": {"group": 3, "voter": voter, "entries": scored}})) > 16 * 1024:
                break
            entries = scored
        ballot = {"group": 3, "voter": voter, "entries": entries}
        acked = set()
        for i in range(150):
            token = s.join(code, source=f"127.0.3.{i + 1}")
            status, _, put = s.call("PUT", "/api/ballot", {"code": code, "ballot": ballot}, token=token)
            self.assertEqual(status, 200, put)
            acked.add(put["ballot"])
        seen, since, pages = [], 0, 0
        while True:
            status, _, page = s.control("GET", f"/api/rounds/{code}/ballots?since={since}")
            self.assertEqual(status, 200, page)
            self.assertLessEqual(json_values(page), 200_000)
            seen += [b["id"] for b in page["ballots"]]
            pages += 1
            if page["ballots"]:
                self.assertEqual(page["lastSeq"], page["ballots"][-1]["seq"])
            since = page["lastSeq"]
            if not page["more"]:
                break
        self.assertGreater(pages, 1)
        self.assertEqual(sorted(seen), sorted(acked))  # each once
        self.assertEqual(self.feed(since=since, code=code)["ballots"], [])

    # -- HTTP -----------------------------------------------------------------------------

    def test_only_its_own_host_names(self):
        """DNS rebinding: a request naming any other host is refused before it is routed."""
        s = self.server
        for host in ["evil.example", "evil.example:" + str(s.port), "127.0.0.1.evil.example", "localhost.evil.example",
                     "127.evil.example", "netzwerkkarte.local.evil.example", ""]:
            for method, path, body in [("GET", "/", None), ("GET", "/api/health", None),
                                       ("POST", "/api/join", {"code": self.code})]:
                self.assertError(s.call(method, path, body, headers={"Host": host}), 421, "wrong_host")
        self.assertError(s.control("POST", f"/api/rounds/{self.code}/close", headers={"Host": "evil.example"}),
                         421, "wrong_host")
        own = ["localhost", f"localhost:{s.port}", "LOCALHOST", "127.0.0.1", f"127.0.0.5:{s.port}", f"[::1]:{s.port}",
               "app.localhost", "netzwerkkarte.local", f"NETZWERKKARTE.LOCAL:{s.port}"] + interface_addresses()
        for host in own:
            self.assertEqual(s.call("GET", "/api/health", headers={"Host": host})[0], 200, host)
        with socket.create_connection(("127.0.0.1", s.port), timeout=5) as sock:  # HTTP/1.0 without a Host
            sock.sendall(b"GET /api/health HTTP/1.0\r\n\r\n")
            self.assertTrue(sock.recv(4096).startswith(b"HTTP/1.0 421"))
        self.assertEqual(self.feed()["state"], "open")


    def test_static_files_and_headers(self):
        s = self.server
        status, headers, body = s.call("GET", "/?join=ABCD")
        self.assertEqual((status, headers["content-type"]), (200, "text/html; charset=utf-8"))
        self.assertIn(b"Netzwerkkarte", body)
        self.assertEqual(headers["content-security-policy"], CSP)
        self.assertEqual(headers["x-content-type-options"], "nosniff")
        self.assertEqual(headers["referrer-policy"], "no-referrer")
        self.assertEqual(headers["x-frame-options"], "DENY")
        self.assertFalse([h for h in headers if h.startswith("access-control-")])
        self.assertEqual(s.call("GET", "/app.wasm")[1]["content-type"], "application/wasm")
        self.assertTrue(s.call("GET", "/app.js")[1]["content-type"].startswith("text/javascript"))
        self.assertEqual(s.call("GET", "/sub/x.css")[0], 200)
        status, headers, body = s.call("HEAD", "/index.html")
        self.assertEqual((status, body, headers["content-length"]), (200, b"", "44"))
        for path in ["/../outside.txt", "/sub/../../outside.txt", "/%2e%2e/outside.txt", "/.hidden", "/sub/",
                     "/sub", "/nope.html", "//etc/passwd", "/out.txt", "/out/y.txt", "/fifo.txt"]:
            self.assertEqual(s.call("GET", path)[0], 404, path)
        self.assertEqual(s.call("GET", "/same.js")[2], b"console.log(1)\n")  # a symlink within the site
        self.assertEqual(s.call("POST", "/index.html", "x")[0], 405)

    def test_api_headers_and_routes(self):
        s = self.server
        status, headers, data = s.call("GET", "/api/health")
        self.assertEqual((status, data), (200, {"ok": True}))
        self.assertEqual(headers["cache-control"], "no-store")
        self.assertEqual(headers["content-security-policy"], CSP)
        self.assertFalse([h for h in headers if h.startswith("access-control-")])
        self.assertError(s.call("GET", "/api/nothing"), 404, "not_found")
        self.assertError(s.call("POST", "/api/health"), 405, "method_not_allowed")

    def test_cross_origin_requests_are_refused(self):
        s = self.server
        evil = {"Origin": "http://evil.example"}
        self.assertError(s.call("POST", "/api/join", {"code": self.code}, headers=evil), 403, "cross_origin")
        self.assertError(s.control("POST", f"/api/rounds/{self.code}/close", headers=evil), 403, "cross_origin")
        same = {"Origin": f"http://127.0.0.1:{s.port}", "Host": f"127.0.0.1:{s.port}"}
        self.assertEqual(s.call("POST", "/api/join", {"code": self.code}, headers=same)[0], 200)
        self.assertEqual(self.feed()["state"], "open")

    def test_expect_100_continue_is_answered(self):
        body = json.dumps({"code": "ZZZZ"}).encode()
        with socket.create_connection(("127.0.0.1", self.server.port), timeout=5) as sock:
            sock.sendall(b"POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
                         b"Content-Length: %d\r\n\r\n" % len(body))
            self.assertTrue(sock.recv(4096).startswith(b"HTTP/1.1 100 Continue"))
            sock.sendall(body)
            self.assertTrue(sock.recv(4096).startswith(b"HTTP/1.1 404"))

    def test_a_slow_request_is_cut_off(self):
        """Slowloris: a first request dribbled byte by byte, and a connection that sends
        nothing at all, are dropped at the first request's deadline (5 s after the connect)."""
        started = time.monotonic()
        silent = socket.create_connection(("127.0.0.1", self.server.port), timeout=15)
        with silent, socket.create_connection(("127.0.0.1", self.server.port), timeout=15) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            closed = False
            while time.monotonic() - started < 14 and not closed:
                try:
                    sock.sendall(b"X")
                    self.assertEqual(self.server.call("GET", "/api/health")[0], 200)  # others still served
                    time.sleep(1)
                except OSError:
                    closed = True
                if not closed:
                    sock.setblocking(False)
                    try:
                        closed = sock.recv(1) == b""
                    except BlockingIOError:
                        pass
                    except OSError:  # a reset: the server closed with our unread bytes in its buffer
                        closed = True
                    sock.setblocking(True)
            self.assertTrue(closed)
            self.assertLess(time.monotonic() - started, 7.5)
            self.assertEqual(silent.recv(1), b"")
        self.assertLess(time.monotonic() - started, 7.5)

    def test_malformed_http_is_refused(self):
        with socket.create_connection(("127.0.0.1", self.server.port), timeout=5) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n")
            self.assertTrue(sock.recv(4096).startswith(b"HTTP/1.1 400"))


if __name__ == "__main__":
    run_tests()
