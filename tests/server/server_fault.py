"""server_fault: acknowledged means committed. Participants join and cast (and change) ballots
from several threads while the server is killed with SIGKILL; restarted on the same data
folder, it must hold every acknowledged ballot exactly once with its last acknowledged
content (or a later one whose answer the kill swallowed), a ballot voided before the kill
still voided, the same secret, and the tokens, which can go on voting under the same ballot.

Usage: server_fault.py PATH/TO/netzwerkkarte-server
"""
import http.client
import sys
import tempfile
import threading
import time
from pathlib import Path

from serverlib import Server, dots

THREADS = 8
SOURCES = [f"127.0.0.{i}" for i in range(2, 12)]


def participant_loop(server, code, source, record, stop):
    """Joins and votes again and again until the server is gone; notes what was acknowledged."""
    choices = [(1, 1, 1), (3, 2, 0), (0, 0, 3), (2, 0, 2)]
    n = 0
    while not stop.is_set():
        try:
            token = server.join(code, source=source)
        except (OSError, http.client.HTTPException, AssertionError):
            return
        for change in range(2):
            ballot = dots(*choices[(n + change) % len(choices)])
            entry = record.setdefault(token, {"acked": None, "pending": [], "id": None})
            entry["pending"].append(ballot["entries"])
            try:
                status, _, data = server.call("PUT", "/api/ballot", {"code": code, "ballot": ballot},
                                              token=token, source=source)
            except (OSError, http.client.HTTPException):
                return
            if status != 200:
                raise AssertionError(f"PUT answered {status}: {data}")
            entry.update(acked=ballot["entries"], pending=[], id=data["ballot"])
        n += 1


def main(binary):
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        server = Server(binary, data)
        secret = server.secret
        code = server.open_round()
        voter = server.join(code)
        voided_id = server.call("PUT", "/api/ballot", {"code": code, "ballot": dots(1, 1)}, token=voter)[2]["ballot"]
        assert server.control("POST", f"/api/rounds/{code}/void", {"ballot": voided_id})[0] == 200

        records = [{} for _ in range(THREADS)]
        stop = threading.Event()
        threads = [threading.Thread(target=participant_loop,
                                    args=(server, code, SOURCES[i % len(SOURCES)], records[i], stop))
                   for i in range(THREADS)]
        for t in threads:
            t.start()
        time.sleep(1.5)
        server.kill()
        stop.set()
        for t in threads:
            t.join(30)
        acked = {tok: e for r in records for tok, e in r.items() if e["acked"] is not None}
        assert len(acked) >= 20, f"only {len(acked)} ballots acknowledged before the kill"

        server = Server(binary, data)
        try:
            assert server.secret == secret, "the secret changed"
            feed, _ = server.feed(code)
            ids = [b["id"] for b in feed["ballots"]]
            assert len(ids) == len(set(ids)), "a ballot appears twice"
            by_id = {b["id"]: b for b in feed["ballots"]}
            for token, e in acked.items():
                b = by_id.get(e["id"])
                assert b is not None, f"acknowledged ballot {e['id']} lost"
                assert b["entries"] == e["acked"] or b["entries"] in e["pending"], (b, e)
                assert not b["voided"]
            assert by_id[voided_id]["voided"], "the voided ballot came back"
            assert feed["devices"] >= len(acked) + 1
            assert feed["lastSeq"] == max(b["seq"] for b in feed["ballots"])
            # A token from before the kill votes on under its ballot id; the voided one stays out.
            token, e = next(iter(acked.items()))
            status, _, again = server.call("PUT", "/api/ballot", {"code": code, "ballot": dots(0, 0, 1)}, token=token)
            assert (status, again["ballot"]) == (200, e["id"]), again
            status, _, refused = server.call("PUT", "/api/ballot", {"code": code, "ballot": dots(1)}, token=voter)
            assert (status, refused["code"]) == (409, "voided"), refused
            print(f"{len(acked)} acknowledged ballots, {len(by_id)} in the feed after the restart, "
                  f"{sum(1 for e in acked.values() if e['pending'])} with an unanswered change")
        finally:
            assert server.stop() == 0


if __name__ == "__main__":
    main(sys.argv[1])
