from django.shortcuts import render


def csrf_failure(request, reason=""):
    """A form sent without its security token, mostly an old tab or blocked cookies: say so in plain Dutch."""
    return render(request, "403_csrf.html", status=403)
