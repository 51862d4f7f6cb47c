"""Two-factor authentication for the admin, with django-otp: an authenticator app and backup codes."""

import base64
import io
import secrets

import qrcode
import qrcode.image.svg
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_DEVICE_NAME = "Authenticator-app"
BACKUP_DEVICE_NAME = "Reservecodes"
BACKUP_CODE_COUNT = 10


def is_set_up(user):
    return user_has_device(user, confirmed=True)


def pending_app_device(user):
    """The not yet confirmed authenticator device of this user, created on first use."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def secret_of(device):
    """The key as authenticator apps want it typed: base32, in groups of four."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code_svg(device):
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    return buffer.getvalue().decode()


def new_backup_codes(user):
    """Replace the user's backup codes with fresh ones; each works once."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=BACKUP_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [f"{secrets.randbelow(10**8):08d}" for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def verified_device(user, token):
    """The confirmed device this code belongs to, or None. Each device throttles repeated failures."""
    token = "".join(token.split())
    for device in devices_for_user(user, confirmed=True):
        if device.verify_token(token):
            return device
    return None
