// The header's menu button on a phone. Without this script it is a link to the menu at the bottom of the
// page; with it, it opens and closes the menu in the header and says whether the menu is open.
(function () {
    var header = document.querySelector("[data-site-header]");
    var button = header && header.querySelector("[data-menu-button]");
    var menu = document.getElementById("hoofdmenu");
    if (!button || !menu) {
        return;
    }
    button.setAttribute("role", "button");
    button.setAttribute("aria-expanded", "false");
    header.classList.add("site-header--menu-ready");

    function setOpen(open) {
        header.classList.toggle("site-header--menu-open", open);
        button.setAttribute("aria-expanded", open ? "true" : "false");
    }

    button.addEventListener("click", function (event) {
        event.preventDefault();
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    // A link read as a button also answers the space bar.
    button.addEventListener("keydown", function (event) {
        if (event.key === " ") {
            event.preventDefault();
            button.click();
        }
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            button.focus();
        }
    });
})();
