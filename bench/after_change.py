"""The stampede case: a change is published while the page cache is on, and wrk measures hielspoor for the
first DURATION after it. Prints one line for bench/report.py: mode|name|rps|p50|p99|errors.

Run by bench/run.sh with the server's settings in the environment (bench/serve.sh), against its database.
"""

import os
import subprocess
import sys
from pathlib import Path

import django

# Run as a script from bench/: the project's packages are one folder up.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
django.setup()

from conditions.models import ConditionPage  # noqa: E402 (after django.setup)

MODE = "cached, first seconds after a publish"
NAME = "condition page (hielspoor)"


def main(base):
    url = f"{base}/aandoeningen/hielspoor/"
    page = ConditionPage.objects.get(slug="hielspoor")
    # A real publish, as an editor's: the content version rises, every kept page and part is out of date.
    page.save_revision().publish()
    out = subprocess.run(
        [
            "wrk",
            "--threads", os.environ.get("THREADS", "2"),
            "--connections", os.environ.get("CONNECTIONS", "32"),
            "--duration", os.environ.get("DURATION", "10s"),
            "--latency", url,
        ],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    values = {}
    for line in out.splitlines():
        words = line.split()
        if line.startswith("Requests/sec:"):
            values["rps"] = words[1]
        elif words[:1] in (["50%"], ["99%"]):
            values[words[0]] = words[1]
        elif line.strip().startswith("Non-2xx or 3xx responses:"):
            values["errors"] = words[-1]
    print(f"{MODE}|{NAME}|{values['rps']}|{values['50%']}|{values['99%']}|{values.get('errors', '0')}")


if __name__ == "__main__":
    main(sys.argv[1])
