"""What a phone downloads for one page, in Chromium: every response's bytes on the wire (headers and body,
compressed as sent), from a first visit with an empty browser cache. Prints a Markdown table row per page.

    .venv/bin/python bench/transfer.py http://127.0.0.1:8100 /aandoeningen/hielspoor/ ...
"""

import sys

from playwright.sync_api import sync_playwright

NAMED_KINDS = ("Document", "Stylesheet", "Script", "Image")
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}


def measure(browser, url):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    session = context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.setCacheDisabled", {"cacheDisabled": True})
    sizes, kinds = {}, {}
    session.on("Network.responseReceived", lambda event: kinds.__setitem__(event["requestId"], event["type"]))
    session.on(
        "Network.loadingFinished",
        lambda event: sizes.__setitem__(event["requestId"], event["encodedDataLength"]),
    )
    page.goto(url, wait_until="networkidle")
    by_kind = {}
    for request_id, size in sizes.items():
        kind = kinds.get(request_id, "Other")
        by_kind[kind] = by_kind.get(kind, 0) + size
    context.close()
    return sum(sizes.values()), by_kind


def main(base, paths):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        print("| page | transferred | document | styles | scripts | images | other |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for path in paths:
            total, by_kind = measure(browser, base + path)
            kib = {kind: f"{size / 1024:.1f}" for kind, size in by_kind.items()}
            other = sum(
                size for kind, size in by_kind.items() if kind not in ("Document", "Stylesheet", "Script", "Image")
            )
            print(
                f"| {path} | {total / 1024:.1f} KiB | {kib.get('Document', '0')} | {kib.get('Stylesheet', '0')} | "
                f"{kib.get('Script', '0')} | {kib.get('Image', '0')} | {other / 1024:.1f} |"
            )
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:] or ["/aandoeningen/hielspoor/"])
