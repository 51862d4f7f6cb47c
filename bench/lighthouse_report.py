"""The four Lighthouse category scores per page, as a Markdown table (bench/lighthouse.sh)."""

import json
import sys
from pathlib import Path

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def main(reports, paths):
    lines = [
        "# Lighthouse, mobile preset",
        "",
        "Lighthouse 12.2.3 with Debian's Chromium against gunicorn with production settings, PostgreSQL, Redis and",
        "the demo content (`bash bench/lighthouse.sh`). Scores out of 100; each page measured after one visit",
        "that filled the caches.",
        "",
        "| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for path in paths:
        name = "".join(c if c.isalnum() else "-" for c in path.lower()).strip("-") or "home"
        report = json.loads((Path(reports) / f"{name}.json").read_text())
        scores = [round(report["categories"][key]["score"] * 100) for key in CATEGORIES]
        audits = report["audits"]
        lcp = audits["largest-contentful-paint"]["displayValue"]
        tbt = audits["total-blocking-time"]["displayValue"]
        cls = audits["cumulative-layout-shift"]["displayValue"]
        lines.append(f"| {path} | " + " | ".join(map(str, scores)) + f" | {lcp} | {tbt} | {cls} |")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
