// Readability while writing: every two seconds, if the edit form changed, its content is read by the server
// (readability.views, nothing is saved) and the readability summary and tab show the new scores.
(function () {
  if (window.readabilityLive) return;
  window.readabilityLive = true;

  function start() {
    var parts = document.querySelectorAll("[data-readability-live]");
    if (!parts.length) return;
    var url = parts[0].getAttribute("data-readability-live");
    var form = parts[0].closest("form");
    if (!form || !window.fetch || !window.FormData) return;
    var summary = document.querySelector("[data-readability-summary]");
    var scores = document.querySelector("[data-readability-scores]");
    var status = document.querySelector("[data-readability-status]");
    var sent = serialise();
    var busy = false;

    function serialise() {
      var fields = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (typeof value === "string") fields.append(name, value);
      });
      return fields.toString();
    }

    function update() {
      if (busy || document.hidden) return;
      var body = serialise();
      if (body === sent) return;
      busy = true;
      sent = body;
      fetch(url, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Requested-With": "XMLHttpRequest" },
      })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (answer) {
          if (answer.ok) {
            if (summary) summary.innerHTML = answer.summary;
            if (scores) scores.innerHTML = answer.scores;
          }
          if (status) {
            status.textContent = answer.ok
              ? "Deze scores volgen wat u nu schrijft (nog niet opgeslagen)."
              : answer.message;
          }
        })
        .catch(function () {
          if (status) status.textContent = "De scores konden niet worden bijgewerkt. Ze gelden voor de opgeslagen versie.";
        })
        .finally(function () {
          busy = false;
        });
    }

    window.setInterval(update, 2000);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
