// A print button for the exercise handout: it needs JavaScript, so it stays hidden without it
// (the browser's own print command gives the same handout).
(function () {
    "use strict";
    Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (holder) {
        holder.hidden = false;
        holder.querySelector("button").addEventListener("click", function () { window.print(); });
    });
})();
