"""Turns the benchmark's measurements into bench/results.md: rows mode|name|requests per second|p50|p99|errors,
cpu|mode|name|ms per request|requests, and transfer|name|KiB."""

import datetime
import os
import platform
import subprocess
import sys

import django
import wagtail

CEILING = "static CSS (the ceiling)"
CONDITION = "condition page (hielspoor)"
NEW_QUERY = "search (a new query each time)"
AFTER_PUBLISH = "cached, first seconds after a publish"
# The targets, as shares of the static file's requests per second in the same mode.
TARGETS = {
    ("cached", CONDITION): 0.50,
    ("uncached", CONDITION): 0.10,
    ("nothing kept", CONDITION): 0.015,
    ("nothing kept", "home page"): 0.02,
    ("nothing kept", "news archive"): 0.02,
    ("nothing kept", "news item"): 0.02,
    ("nothing kept", "search (hiel)"): 0.02,
    ("nothing kept", NEW_QUERY): 0.02,
    ("cold page", CONDITION): 0.015,
    ("cold page", "home page"): 0.02,
    ("cold page", "news archive"): 0.02,
    ("cold page", "news item"): 0.02,
    ("cold page", "search (hiel)"): 0.02,
    ("cold page", NEW_QUERY): 0.02,
}
# After a publish, hielspoor's p99 stays within this many times its cached p99.
AFTER_PUBLISH_P99 = 3
TRANSFER_KIB = 40


def milliseconds(text):
    for unit, factor in (("ms", 1), ("us", 0.001), ("s", 1000)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)


def first_line(*command):
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=10).stdout.splitlines()[0].strip()
    except (OSError, IndexError, subprocess.SubprocessError):
        return "unknown"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            return next(line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor() or "unknown"


def main(lines):
    everything = [line.split("|") for line in lines]
    cpu = [row[1:] for row in everything if row[0] == "cpu"]
    transfer = [row[1:] for row in everything if row[0] == "transfer"]
    rows = [row for row in everything if row[0] not in ("cpu", "transfer")]
    ceiling = {mode: float(rps) for mode, name, rps, *_rest in rows if name == CEILING}
    ceiling[AFTER_PUBLISH] = ceiling.get("cached", 0)
    out = [
        "# Benchmark results",
        "",
        f"Run of `bench/run.sh` on {datetime.date.today():%Y-%m-%d}: gunicorn with production settings, "
        "PostgreSQL and the demo content, wrk on 127.0.0.1. Each figure also as a share of the static CSS "
        "file served by the same server in the same run.",
        "",
        "- nothing kept: every request draws the whole page and works out everything itself (no page cache, "
        "no kept parts, no remembered routes or site-wide parts): what the very first request of each web "
        "process costs after a change.",
        "- cold page: the first visit to a page after a change, once other pages were visited: no page cache, "
        "no kept parts, but what each web process works out once per content version is known: the site, "
        "the drawn header, footer and partners, the carousel, the news under every condition, the archive's "
        "filters, practice details, routes with their ancestors, whether any view restriction exists.",
        "- uncached: the page cache off, as for a visitor with a session or an address not seen before. "
        "The page is read and its view restrictions checked for every request; its rendered parts come "
        "from Redis (serving/templatetags/fragments.py).",
        "- cached: the whole page from the page cache in Redis, for visitors without a session.",
        "",
        f"'search (hiel)' asks the same query again, which the search answers from what it kept for this "
        f"content version (search/views.py) in every mode but 'nothing kept'. '{NEW_QUERY}' asks a query that "
        "the web process has not answered yet (bench/new_queries.lua): the search itself and its excerpts; "
        "a page that an earlier query showed is not read again.",
        "",
        f"- Machine: {cpu_model()}, {os.cpu_count()} cores; {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}, Django {django.get_version()}, Wagtail {wagtail.__version__}, "
        f"{first_line(os.path.join(os.path.dirname(sys.executable), 'gunicorn'), '--version')}, "
        f"{first_line('wrk', '--version').split(' [')[0]}, "
        f"{first_line('psql', '--version')}, {' '.join(first_line('redis-server', '--version').split()[:3])}",
        f"- wrk: {os.environ.get('THREADS', '2')} threads, {os.environ.get('CONNECTIONS', '32')} connections, "
        f"{os.environ.get('DURATION', '10s')} per target",
        "",
        "| mode | target | requests/s | share of static | p50 | p99 | non-2xx/3xx |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for mode, name, rps, p50, p99, errors in rows:
        share = float(rps) / ceiling[mode] if ceiling.get(mode) else 0
        out.append(f"| {mode} | {name} | {float(rps):.0f} | {share:.1%} | {p50} | {p99} | {errors} |")
    if cpu:
        out += [
            "",
            "Worker CPU time per request: one gunicorn worker, one connection (wrk -t1 -c1), user and system time "
            "of the worker process over the run, divided by the requests it answered.",
            "",
            "| mode | target | CPU ms per request | requests |",
            "|---|---|---:|---:|",
        ]
        out += [f"| {mode} | {name} | {ms} | {requests} |" for mode, name, ms, requests in cpu]
    out += ["", "Targets:", ""]
    for (mode, name), target in TARGETS.items():
        rps = next((float(r) for m, n, r, *_ in rows if (m, n) == (mode, name)), None)
        if rps is None:
            continue
        share = rps / ceiling[mode]
        verdict = "met" if share >= target else "NOT met"
        out.append(f"- {mode} {name}: {share:.1%} of static, target {target:.1%}: {verdict}")
    cached_p99 = next((p99 for m, n, _r, _p50, p99, *_ in rows if (m, n) == ("cached", CONDITION)), None)
    after_p99 = next((p99 for m, n, _r, _p50, p99, *_ in rows if (m, n) == (AFTER_PUBLISH, CONDITION)), None)
    if cached_p99 and after_p99:
        ratio = milliseconds(after_p99) / milliseconds(cached_p99)
        verdict = "met" if ratio <= AFTER_PUBLISH_P99 else "NOT met"
        out.append(
            f"- {CONDITION} in the first seconds after a publish: p99 {after_p99}, {ratio:.1f}× the cached p99 "
            f"({cached_p99}), target at most {AFTER_PUBLISH_P99}×: {verdict}"
        )
    for name, kib in transfer:
        verdict = "met" if kib and float(kib) <= TRANSFER_KIB else "NOT met"
        out.append(f"- {name} for a phone: {kib} KiB transferred, target at most {TRANSFER_KIB} KiB: {verdict}")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1:])
