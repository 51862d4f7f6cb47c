// The contact form asks only what fits the kind of message: the referral question with an appointment,
// the choice of examination with a request for one. Without this script every question is shown, each
// label saying when it applies, and the server checks the same rules.
(function () {
    var form = document.querySelector(".contact-form");
    if (!form) {
        return;
    }
    var referral = document.getElementById("id_has_referral");
    var examination = document.getElementById("id_examination");
    var advice = form.querySelector("[data-referral-advice]");
    var examinationField = examination && examination.closest(".form-field");

    function checked(name) {
        var input = form.querySelector('input[name="' + name + '"]:checked');
        return input ? input.value : "";
    }

    function update() {
        var kind = checked("kind");
        if (referral) {
            referral.hidden = kind !== "afspraak";
        }
        if (examinationField) {
            examinationField.hidden = kind !== "onderzoek";
        }
        if (advice) {
            advice.hidden = !(kind === "afspraak" && checked("has_referral") === "nee");
        }
    }

    form.addEventListener("change", update);
    update();
})();
