"""The four roles of the clinic's admin. The names are stored in the database: change them only with a migration."""

DOCTORS = "Artsen"
MEDICAL_REVIEWERS = "Medisch reviewers"
EDITORS = "Redactie"
MANAGEMENT = "Beheer"

# Who may touch medical content at all. Redactie has page rights on the whole site, but not on these sections.
MEDICAL_ROLES = (DOCTORS, MEDICAL_REVIEWERS, MANAGEMENT)

# Page actions per role on a medical section (its index page and everything below it).
# No "publish" for doctors or reviewers: a medical page goes live only through the review workflow.
MEDICAL_SECTION_PAGE_ACTIONS = {
    DOCTORS: ("add", "change", "lock", "unlock"),
    MEDICAL_REVIEWERS: ("add", "change", "lock", "unlock"),
}


def user_in_roles(user, names):
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    # Cached per request on the user object, like Wagtail's own group checks.
    cache = getattr(user, "_clinic_role_names", None)
    if cache is None:
        cache = set(user.groups.values_list("name", flat=True))
        user._clinic_role_names = cache
    return bool(cache.intersection(names))


def is_medical_user(user):
    return user_in_roles(user, MEDICAL_ROLES)
