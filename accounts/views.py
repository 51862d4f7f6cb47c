from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django_otp import login as otp_login

from .forms import CodeForm
from .twofactor import is_set_up, new_backup_codes, pending_app_device, qr_code_svg, secret_of, verified_device


def next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target.startswith("/") and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("wagtailadmin_home")


@login_required(login_url="wagtailadmin_login")
def setup(request):
    """First sign-in: link an authenticator app, confirm it with a code, and get backup codes once."""
    if is_set_up(request.user):
        return redirect(f"{reverse('accounts_two_factor_verify')}?next={next_url(request)}")
    device = pending_app_device(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token("".join(form.cleaned_data["code"].split())):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            codes = new_backup_codes(request.user)
            return render(request, "accounts/backup_codes.html", {"codes": codes, "next": next_url(request)})
        form.add_error(
            "code", _("Deze code klopt niet. Kijk of de tijd op uw telefoon goed staat en probeer de nieuwe code.")
        )
    context = {"form": form, "qr_code": qr_code_svg(device), "secret": secret_of(device), "next": next_url(request)}
    return render(request, "accounts/setup.html", context, status=400 if form.errors else 200)


@login_required(login_url="wagtailadmin_login")
def verify(request):
    """Every sign-in after that: a code from the app or one backup code."""
    if request.user.is_verified():
        return redirect(next_url(request))
    if not is_set_up(request.user):
        return redirect(f"{reverse('accounts_two_factor_setup')}?next={next_url(request)}")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = verified_device(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(next_url(request))
        form.add_error(
            "code", _("Deze code klopt niet of is al gebruikt. Na een paar foute pogingen moet u even wachten.")
        )
    return render(
        request, "accounts/verify.html", {"form": form, "next": next_url(request)}, status=400 if form.errors else 200
    )
