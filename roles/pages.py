"""Keeps the medical sections to the people who are responsible for them.

Wagtail's page permissions flow down the tree, and Redactie needs rights on the home page, so they would
reach every condition page too. A page model with this mixin first in its bases takes those rights away
from anyone without a medical role. Wagtail asks the specific page class for its tester, also from a plain
Page queryset, so this holds in the explorer, the editor and every page action.
"""

from wagtail.models import PagePermissionTester

from .groups import is_medical_user


class MedicalPagePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and not user.is_superuser and not is_medical_user(user):
            self.permissions = set()


class MedicalSectionPermissions:
    def permissions_for_user(self, user):
        return MedicalPagePermissionTester(user, self)
