from wagtail.admin.panels import Panel


class CitedSourceWarningsPanel(Panel):
    """At the top of a medical page's editor: the sources it cites that the weekly check found a warning about
    (sources.watch), so the doctor sees it where the text is changed. Shows nothing when there is none."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "sources/admin/cited_source_warnings.html"

        def warnings(self):
            numbers = getattr(self.instance, "citation_numbers", {})
            return [
                (numbers.get(reference.pk), reference)
                for reference in getattr(self.instance, "references", [])
                if reference.has_warning
            ]

        def is_shown(self):
            return bool(self.warnings()) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["warnings"] = self.warnings()
            return context
