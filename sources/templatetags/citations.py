from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.rich_text import RichText, expand_db_html

register = template.Library()


def citation_context(page, references):
    numbers_by_pk = getattr(page, "citation_numbers", None) or {}
    numbers = sorted(
        {numbers_by_pk[ref.pk] for ref in (references or []) if ref is not None and ref.pk in numbers_by_pk}
    )
    label = ""
    if numbers:
        label = (_("Bron %(numbers)s") if len(numbers) == 1 else _("Bronnen %(numbers)s")) % {
            "numbers": ", ".join(str(n) for n in numbers)
        }
    return {"numbers": numbers, "label": label}


def citation_marks(numbers, label):
    """[1, 3] with each number a link to its reference; the first link names them all for a screen reader.

    Drawn with format_html rather than a template: a condition page has dozens of marks, and a template render
    each was a tenth of the page's cold render (issue 21).
    """
    if not numbers:
        return ""
    links = format_html_join(
        ", ",
        '<a href="#bron-{}" aria-label="{}">{}</a>',
        ((number, label if position == 0 else number, number) for position, number in enumerate(numbers)),
    )
    return format_html('<sup class="cite">[{}]</sup>', links)


@register.simple_tag(takes_context=True)
def cite(context, references):
    """The page-wide numbers of the references a block cites, as linked marks: [1, 3]."""
    return citation_marks(**citation_context(context.get("page"), references))


@register.simple_tag(takes_context=True)
def cited(context, text, references):
    """Rich text with its citation marks at the end of its last paragraph, where a reader expects them."""
    html = str(text) if isinstance(text, RichText) else expand_db_html(text or "")
    marks = cite(context, references)
    if not marks:
        return mark_safe(html)
    stripped = html.rstrip()
    if stripped.endswith("</p>"):
        return mark_safe(stripped[: -len("</p>")] + " " + marks + "</p>")
    return mark_safe(f'{html}<p class="cite-line">{marks}</p>')
