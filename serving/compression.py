"""Pages and feeds compressed on the way out: hielspoor's 55 KB of HTML is about 13 KB with gzip, less with
Brotli, which is most of what a phone waits for.

Where a web server in front compresses (docs/deployment.md), this finds the work done and leaves it. BREACH
reads a secret out of the size of compressed answers that also echo the visitor's input, so an answer that
carries a form token, sets a cookie or is meant for one signed-in visitor is sent as it is: those are the
pages with secrets on them. Kept pages (serving.page_cache) are stored plain and compressed per answer, so one
copy serves every visitor whatever their browser accepts.
"""

import re

import brotli
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

TYPES = ("text/html", "application/json", "application/rss+xml", "application/xml", "text/xml", "text/plain")
# Below this, compressing saves less than the headers it adds.
MIN_SIZE = 500
BROTLI_QUALITY = 5  # fast enough to do per answer; within a few per cent of the smallest
ACCEPTS_BR = re.compile(r"\bbr\b")
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def carries_a_secret(request, response):
    # Django notes in this key that a form token was asked for while answering this request.
    return (
        "CSRF_COOKIE_NEEDS_UPDATE" in request.META
        or bool(response.cookies)
        or "private" in response.get("Cache-Control", "")
    )


class CompressionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.streaming
            or response.has_header("Content-Encoding")
            or response.get("Content-Type", "").split(";")[0].strip() not in TYPES
            or len(response.content) < MIN_SIZE
        ):
            return response
        # The answer differs by what the browser accepts, whether or not this one is compressed.
        patch_vary_headers(response, ("Accept-Encoding",))
        if carries_a_secret(request, response):
            return response
        accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
        if ACCEPTS_BR.search(accepted):
            body, encoding = brotli.compress(response.content, quality=BROTLI_QUALITY), "br"
        elif ACCEPTS_GZIP.search(accepted):
            body, encoding = compress_string(response.content, max_random_bytes=100), "gzip"
        else:
            return response
        if len(body) >= len(response.content):
            return response
        response.content = body
        response["Content-Length"] = str(len(body))
        response["Content-Encoding"] = encoding
        # The same page in other bytes: a strong validator would claim they are identical.
        if response.has_header("ETag") and not response["ETag"].startswith("W/"):
            response["ETag"] = "W/" + response["ETag"]
        return response
