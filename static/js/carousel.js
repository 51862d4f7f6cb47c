// The recent-publications carousel, enhanced. Without this script the list is
// a row of links that scrolls sideways and snaps to each card; with it, two
// buttons move the row a screenful at a time and a polite status line tells
// screen-reader users which items are in view. Nothing moves by itself.
(function () {
    "use strict";

    var reducedMotion = window.matchMedia ? window.matchMedia("(prefers-reduced-motion: reduce)") : null;

    function smoothOrInstant() {
        return reducedMotion && reducedMotion.matches ? "auto" : "smooth";
    }

    function enhance(root) {
        var track = root.querySelector("[data-carousel-track]");
        var controls = root.querySelector("[data-carousel-controls]");
        var previous = root.querySelector("[data-carousel-previous]");
        var next = root.querySelector("[data-carousel-next]");
        var status = root.querySelector("[data-carousel-status]");
        var items = Array.prototype.slice.call(root.querySelectorAll("[data-carousel-item]"));
        var announce = false;
        var settleTimer = null;
        if (!track || !controls || items.length === 0) {
            return;
        }

        function distanceBetweenCards() {
            return items.length > 1 ? items[1].offsetLeft - items[0].offsetLeft : track.clientWidth;
        }

        function cardsInView() {
            var left = track.scrollLeft;
            var right = left + track.clientWidth;
            var first = -1;
            var last = -1;
            items.forEach(function (item, index) {
                var start = item.offsetLeft;
                var end = start + item.offsetWidth;
                if (start >= left - 2 && end <= right + 2) {
                    if (first === -1) {
                        first = index;
                    }
                    last = index;
                }
            });
            return { first: first, last: last };
        }

        function update() {
            var end = track.scrollWidth - track.clientWidth;
            var atStart = track.scrollLeft <= 1;
            var atEnd = track.scrollLeft >= end - 1;
            previous.setAttribute("aria-disabled", atStart ? "true" : "false");
            next.setAttribute("aria-disabled", atEnd ? "true" : "false");
            controls.hidden = atStart && atEnd;
            var view = cardsInView();
            // Tab from the buttons goes to the first card in view, not back to a card scrolled out of sight
            // on the left; the cards after it stay in the tab order and scroll into view when they get focus.
            items.forEach(function (item, index) {
                Array.prototype.forEach.call(item.querySelectorAll("a"), function (link) {
                    if (view.first !== -1 && index < view.first) {
                        link.setAttribute("tabindex", "-1");
                    } else {
                        link.removeAttribute("tabindex");
                    }
                });
            });
            if (announce && status) {
                if (view.first !== -1) {
                    var template = view.first === view.last ? "data-template-one" : "data-template";
                    status.textContent = status.getAttribute(template)
                        .replace("{first}", view.first + 1)
                        .replace("{last}", view.last + 1)
                        .replace("{count}", items.length);
                }
                announce = false;
            }
        }

        function move(direction, button) {
            if (button.getAttribute("aria-disabled") === "true") {
                return;
            }
            var view = cardsInView();
            var perView = view.first === -1 ? 1 : view.last - view.first + 1;
            announce = true;
            track.scrollBy({
                left: direction * perView * distanceBetweenCards(),
                behavior: smoothOrInstant()
            });
        }

        // The browser scrolls a focused link only until part of it shows; bring the whole card into view.
        track.addEventListener("focusin", function (event) {
            var item = event.target.closest("[data-carousel-item]");
            if (!item) {
                return;
            }
            var start = item.offsetLeft;
            var end = start + item.offsetWidth;
            if (start < track.scrollLeft || end > track.scrollLeft + track.clientWidth) {
                item.scrollIntoView({ block: "nearest", inline: "start", behavior: smoothOrInstant() });
            }
        });

        previous.addEventListener("click", function () { move(-1, previous); });
        next.addEventListener("click", function () { move(1, next); });
        track.addEventListener("scroll", function () {
            window.clearTimeout(settleTimer);
            settleTimer = window.setTimeout(update, 120);
        }, { passive: true });
        window.addEventListener("resize", update);
        update();
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll("[data-carousel]"), enhance);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
