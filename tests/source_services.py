"""Crossref and PubMed as a small HTTP server on 127.0.0.1, answering from tests/recordings/sources/.

The suite never calls the real services. Each address below gives a recorded answer, or one of the ways a
service fails: no answer in time, a body that is not JSON, '429 Too Many Requests' with a Retry-After.
"""

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

RECORDINGS = Path(__file__).resolve().parent / "recordings" / "sources"
# Longer than the short lookup timeout of the test that waits for it (SHORT_TIMEOUT).
SLOW_SECONDS = 1.0
SHORT_TIMEOUT = 0.3

CROSSREF = {
    "10.1111/sms.12313": (200, {}, "crossref-work-10.1111-sms.12313.json"),
    "10.5555/markup.1": (200, {}, "crossref-work-with-markup.json"),
    "10.5555/incomplete.1": (200, {}, "crossref-work-incomplete.json"),
    "10.5555/garbled.1": (200, {}, b'{"status": "ok", "message": {'),
    "10.5555/busy.1": (429, {"Retry-After": "120"}, b"Too many requests"),
    # For the weekly check (sources.watch): notices recorded on the work under `updated-by`.
    "10.5555/retracted.1": (200, {}, "crossref-work-retracted.json"),
    "10.5555/concern.1": (200, {}, "crossref-work-concern.json"),
    "10.5555/down.1": (503, {}, b"Service unavailable"),
}
ESUMMARY = {"25145882": "pubmed-esummary-25145882.json"}
ESEARCH = {"10.1111/sms.12313[doi]": "pubmed-esearch-10.1111-sms.12313.json"}


class Services(BaseHTTPRequestHandler):
    # Per server: how many times each address was asked, and what was asked (to check parameters).
    def do_GET(self):
        address = urlsplit(self.path)
        query = {name: values[0] for name, values in parse_qs(address.query).items()}
        self.server.requests.append((address.path, query))
        path = unquote(address.path)
        if path.startswith("/crossref/works/"):
            self.crossref(path.removeprefix("/crossref/works/"))
        elif path == "/eutils/esummary.fcgi":
            self.answer(200, {}, ESUMMARY.get(query.get("id", ""), "pubmed-esummary-unknown.json"))
        elif path == "/eutils/esearch.fcgi":
            self.answer(200, {}, ESEARCH.get(query.get("term", ""), "pubmed-esearch-none.json"))
        else:
            self.answer(404, {}, b"Not found")

    def crossref(self, doi):
        if doi == "10.5555/slow.1":
            time.sleep(SLOW_SECONDS)
            return self.answer(200, {}, "crossref-work-10.1111-sms.12313.json")
        if doi == "10.5555/once-busy.1":
            # Busy the first time, with a short Retry-After; the recorded work the second time.
            asked = sum(1 for path, _ in self.server.requests if path.endswith("once-busy.1"))
            if asked == 1:
                return self.answer(429, {"Retry-After": "1"}, b"Too many requests")
            return self.answer(200, {}, "crossref-work-10.1111-sms.12313.json")
        self.answer(*CROSSREF.get(doi, (404, {}, b"Resource not found.")))

    def answer(self, status, headers, body):
        if isinstance(body, str):
            body = (RECORDINGS / body).read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if status == 200 else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        # The client may have given up already (the timeout test).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args):
        pass


def start():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Services)
    server.daemon_threads = True
    server.requests = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
