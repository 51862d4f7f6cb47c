from wagtail import hooks

from clinic.page_cache import PARAMETERS_ATTRIBUTE


@hooks.register("before_serve_page")
def name_the_parameters_the_page_reads(page, request, serve_args, serve_kwargs):
    """The page cache keys a page by the query parameters its type names, and only those (clinic/page_cache.py)."""
    setattr(request, PARAMETERS_ATTRIBUTE, getattr(page, "cache_parameters", {}))

