"""Turns the benchmark's measurements (mode|name|requests per second|p50|p99|errors) into bench/results.md."""

import datetime
import os
import platform
import subprocess
import sys

import django
import wagtail

CEILING = "static CSS (the ceiling)"
CONDITION = "condition page (hielspoor)"
# The targets of the production issue, as shares of the static file's requests per second.
TARGETS = {("cached", CONDITION): 0.50, ("uncached", CONDITION): 0.06}


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
    rows = [line.split("|") for line in lines]
    ceiling = {mode: float(rps) for mode, name, rps, *_rest in rows if name == CEILING}
    out = [
        "# Benchmark results",
        "",
        f"Run of `bench/run.sh` on {datetime.date.today():%Y-%m-%d}: gunicorn with production settings, "
        "PostgreSQL and the demo content, wrk on 127.0.0.1. Each figure also as a share of the static CSS "
        "file served by the same server in the same run.",
        "",
        "- nothing kept: every request draws the whole page (no page cache, no kept parts, no remembered "
        "routes): what the first visit to each page costs after a change.",
        "- uncached: the page cache off, as for a visitor with a session or an address not seen before. "
        "The page is read and its view restrictions checked for every request; its rendered parts come "
        "from Redis (serving/templatetags/fragments.py).",
        "- cached: the whole page from the page cache in Redis, for visitors without a session.",
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
    out += ["", "Targets:", ""]
    for (mode, name), target in TARGETS.items():
        rps = next(float(r) for m, n, r, *_ in rows if (m, n) == (mode, name))
        share = rps / ceiling[mode]
        verdict = "met" if share >= target else "NOT met"
        out.append(f"- {mode} {name}: {share:.1%} of static, target {target:.0%}: {verdict}")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1:])
