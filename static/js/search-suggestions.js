// Suggestions under the search box, as an ARIA 1.2 combobox. Without this script
// the box is a plain search form; with it, typing two letters or more shows up to
// six page titles. Arrow keys move through them, Enter opens one, Escape closes
// the list, and a polite status line says how many there are.
(function () {
    "use strict";

    var DELAY = 200;

    function enhance(form, index) {
        var input = form.querySelector("input[name=q]");
        var url = form.getAttribute("data-suggest-url");
        if (!input || !url || !window.fetch || form.hasAttribute("data-suggest-enhanced")) {
            return;
        }
        form.setAttribute("data-suggest-enhanced", "");
        var listId = "zoeksuggesties-" + index;
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", form.getAttribute("data-suggest-label") || "Suggesties");
        list.hidden = true;
        var status = document.createElement("p");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        form.appendChild(list);
        form.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var timer = null;
        var pending = null;
        var active = -1;

        function options() {
            return Array.prototype.slice.call(list.querySelectorAll("[role=option]"));
        }

        function close() {
            list.hidden = true;
            list.innerHTML = "";
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function select(index) {
            var items = options();
            items.forEach(function (item, i) {
                item.setAttribute("aria-selected", i === index ? "true" : "false");
            });
            active = index;
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", items[index].id);
                items[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function show(suggestions) {
            close();
            suggestions.forEach(function (suggestion, i) {
                var item = document.createElement("li");
                item.id = listId + "-" + i;
                item.setAttribute("role", "option");
                item.setAttribute("aria-selected", "false");
                item.setAttribute("data-url", suggestion.url);
                var title = document.createElement("span");
                title.className = "suggestions__title";
                title.textContent = suggestion.title;
                var type = document.createElement("span");
                type.className = "suggestions__type";
                type.textContent = suggestion.type;
                item.appendChild(title);
                item.appendChild(type);
                item.addEventListener("mousedown", function (event) {
                    // Before the input loses focus, which would close the list.
                    event.preventDefault();
                    window.location.href = suggestion.url;
                });
                list.appendChild(item);
            });
            if (suggestions.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
            var template = form.getAttribute(suggestions.length === 1 ? "data-suggest-one" : "data-suggest-many") || "";
            status.textContent = suggestions.length ? template.replace("%s", suggestions.length) : "";
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query.length < 2) {
                close();
                status.textContent = "";
                return;
            }
            if (pending) {
                pending.abort();
            }
            pending = new AbortController();
            fetch(url + "?q=" + encodeURIComponent(query), { signal: pending.signal, headers: { Accept: "application/json" } })
                .then(function (response) {
                    return response.ok ? response.json() : { suggestions: [] };
                })
                .then(function (data) {
                    if (input.value.trim() === query) {
                        show(data.suggestions || []);
                    }
                })
                .catch(function () {
                    // Aborted or offline: the form still works as a plain search.
                });
        }

        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(fetchSuggestions, DELAY);
        });
        input.addEventListener("keydown", function (event) {
            var items = options();
            if (event.key === "ArrowDown" && items.length) {
                event.preventDefault();
                select(active + 1 < items.length ? active + 1 : 0);
            } else if (event.key === "ArrowUp" && items.length) {
                event.preventDefault();
                select(active > 0 ? active - 1 : items.length - 1);
            } else if (event.key === "Escape" && !list.hidden) {
                event.preventDefault();
                close();
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                window.location.href = items[active].getAttribute("data-url");
            }
        });
        input.addEventListener("blur", close);
    }

    Array.prototype.slice.call(document.querySelectorAll("form[data-suggest-url]")).forEach(enhance);
})();
