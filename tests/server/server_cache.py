"""server_cache: what a phone's browser gets from netzwerkkarte-server for the web app's files
in a folder prepared by the build's own cmake/Precompress.cmake: the brotli or gzip variant
when its Accept-Encoding takes it (q=0 honoured), the plain file when it asks for none, each
decoding to the file's bytes; a strong ETag per variant and 304 without a body for a copy it
already holds; a year's immutable Cache-Control for content-hashed names and no-cache for
the others; HEAD with GET's head; stale (a file changed a while after its variants) and
orphaned variants never served, variants of a folder copied without its times still served.

Usage: server_cache.py PATH/TO/netzwerkkarte-server
"""
import gzip
import os
import random
import shutil
import subprocess
from pathlib import Path

from serverlib import ServerTestCase, run_tests

PRECOMPRESS = Path(__file__).resolve().parents[2] / "cmake" / "Precompress.cmake"
HASHED_JS = "/app.0123456789ab.js"
HASHED_WASM = "/app.0123456789ab.wasm"
IMMUTABLE = "public, max-age=31536000, immutable"


def unbrotli(data):
    return subprocess.run(["brotli", "-d", "-c"], input=data, capture_output=True, check=True).stdout


class ServerCache(ServerTestCase):
    files = {}

    @classmethod
    def prepare(cls, root, site):
        rng = random.Random(19)
        words = ["Kita", "Schule", "Familienzentrum", "Lotsen", "Sprachkita", "Jugendhilfe"]
        text = " ".join(rng.choice(words) for _ in range(4000))
        cls.files = {
            "/index.html": f"<!doctype html><title>Netzwerkkarte</title><p>{text}</p>\n".encode(),
            HASHED_JS: f"console.log({text!r});\n".encode(),
            HASHED_WASM: b"\0asm\1\0\0\0" + bytes(rng.randrange(4) for _ in range(60000)),
            "/style.css": ("body{margin:0}\n" * 300).encode(),
            "/photo.png": bytes(rng.randrange(256) for _ in range(5000)),
            "/late.css": ("p{color:red}\n" * 300).encode(),
        }
        for path, data in cls.files.items():
            (site / path[1:]).write_bytes(data)
        (site / "gone.js.gz").write_bytes(gzip.compress(b"old"))  # its file was removed
        subprocess.run([shutil.which("cmake"), f"-DSITE={site}", "-P", str(PRECOMPRESS)], check=True)
        # late.css changed after it was compressed: its variants are stale.
        cls.files["/late.css"] = ("p{color:blue}\n" * 300).encode()
        (site / "late.css").write_bytes(cls.files["/late.css"])
        later = os.stat(site / "late.css.gz").st_mtime + 120
        os.utime(site / "late.css", (later, later))
        # style.css was copied after its variants (cp -r of the folder): they still count.
        copied = os.stat(site / "style.css.gz").st_mtime + 10
        os.utime(site / "style.css", (copied, copied))
        cls.site = site

    def get(self, path, encoding=None, method="GET", **headers):
        if encoding is not None:
            headers["Accept-Encoding"] = encoding
        return self.server.call(method, path, headers=headers)

    def test_precompress_made_variants_where_they_pay(self):
        names = sorted(p.name for p in self.site.iterdir())
        for name in ["index.html", "app.0123456789ab.js", "app.0123456789ab.wasm", "style.css"]:
            self.assertIn(name + ".gz", names)
            self.assertIn(name + ".br", names)
        self.assertNotIn("photo.png.gz", names)
        self.assertNotIn("photo.png.br", names)
        self.assertNotIn("gone.js.gz", names)

    def test_each_encoding_decodes_to_the_file(self):
        for path, data in self.files.items():
            status, headers, body = self.get(path, "gzip, deflate, br")
            encoding = headers.get("content-encoding")
            self.assertEqual(status, 200, path)
            decoded = {"br": unbrotli, "gzip": gzip.decompress, None: bytes}[encoding](body)
            self.assertEqual(decoded, data, path)
            self.assertEqual(int(headers["content-length"]), len(body), path)
        self.assertEqual(self.get(HASHED_WASM, "gzip, br")[1]["content-encoding"], "br")
        self.assertLess(len(self.get(HASHED_WASM, "br")[2]), len(self.files[HASHED_WASM]) / 2)

    def test_accept_encoding_is_honoured(self):
        cases = {
            None: None, "": None, "identity": None, "deflate": None,
            "gzip": "gzip", "x-gzip": "gzip", "br": "br", "gzip, br": "br", "BR, GZIP": "br", "*": "br",
            "br;q=0, gzip": "gzip", "br;q=0.5, gzip": "gzip", "gzip;q=0": None, "gzip;q=0, br;q=0": None,
            "*;q=0": None, "*;q=0, gzip": "gzip", "gzip;q=0.001": "gzip", "br ; q=1.0 , gzip": "br",
        }
        for accept, expected in cases.items():
            status, headers, body = self.get("/style.css", accept)
            self.assertEqual((status, headers.get("content-encoding")), (200, expected), accept)
            self.assertEqual(headers["vary"], "Accept-Encoding", accept)
            if expected is None:
                self.assertEqual(body, self.files["/style.css"], accept)

    def test_nothing_compressed_that_does_not_pay_or_is_stale(self):
        status, headers, body = self.get("/photo.png", "gzip, br")
        self.assertEqual((status, headers.get("content-encoding"), body), (200, None, self.files["/photo.png"]))
        self.assertNotIn("vary", headers)
        status, headers, body = self.get("/late.css", "gzip, br")
        self.assertEqual((status, headers.get("content-encoding"), body), (200, None, self.files["/late.css"]))
        for variant in ["/style.css.gz", "/style.css.br", "/gone.js.gz"]:
            self.assertEqual(self.get(variant)[0], 404, variant)

    def test_strong_etags_and_304(self):
        etags = set()
        for accept in [None, "gzip", "br"]:
            status, headers, body = self.get(HASHED_WASM, accept)
            etag = headers["etag"]
            self.assertRegex(etag, r'^"[^"]+"$')  # strong: no W/
            etags.add(etag)
            for held in [etag, f"W/{etag}", f'"other", {etag}', "*"]:
                status, headers, body = self.get(HASHED_WASM, accept, **{"If-None-Match": held})
                self.assertEqual((status, body), (304, b""), (accept, held))
                self.assertEqual(headers["etag"], etag)
                self.assertEqual(headers["cache-control"], IMMUTABLE)
                self.assertEqual(headers["vary"], "Accept-Encoding")
                self.assertNotIn("content-length", headers)
            status, _, body = self.get(HASHED_WASM, accept, **{"If-None-Match": '"other"'})
            self.assertEqual(status, 200)
            self.assertTrue(body)
        self.assertEqual(len(etags), 3, "one ETag per variant")
        # The br variant's ETag does not satisfy a client that now gets gzip.
        br_etag = self.get(HASHED_WASM, "br")[1]["etag"]
        self.assertEqual(self.get(HASHED_WASM, "gzip", **{"If-None-Match": br_etag})[0], 200)
        self.assertNotEqual(self.get("/index.html")[1]["etag"], self.get("/style.css")[1]["etag"])

    def test_cache_control_per_kind(self):
        for path in [HASHED_JS, HASHED_WASM]:
            self.assertEqual(self.get(path, "br")[1]["cache-control"], IMMUTABLE, path)
        for path in ["/", "/index.html", "/style.css", "/photo.png"]:
            self.assertEqual(self.get(path, "br")[1]["cache-control"], "no-cache", path)
        status, headers, _ = self.get("/api/health", "br")
        self.assertEqual((status, headers["cache-control"]), (200, "no-store"))
        self.assertNotIn("content-encoding", headers)
        self.assertNotIn("etag", headers)

    def test_head_gets_the_head_of_get(self):
        for accept in [None, "gzip", "br"]:
            _, got, body = self.get(HASHED_JS, accept)
            status, headers, head_body = self.get(HASHED_JS, accept, method="HEAD")
            self.assertEqual((status, head_body), (200, b""))
            for name in ["content-length", "content-encoding", "etag", "cache-control", "vary", "content-type"]:
                self.assertEqual(headers.get(name), got.get(name), (accept, name))
            self.assertEqual(int(headers["content-length"]), len(body))
            status, _, head_body = self.get(HASHED_JS, accept, method="HEAD", **{"If-None-Match": got["etag"]})
            self.assertEqual((status, head_body), (304, b""))


if __name__ == "__main__":
    run_tests()
