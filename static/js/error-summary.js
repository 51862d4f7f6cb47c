// After a form came back with mistakes, the error summary gets the focus, so a screen reader reads it out
// and a keyboard user starts there (GOV.UK's pattern). Without this script the summary is still at the top.
(function () {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }
})();
