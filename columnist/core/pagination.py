from django.core.paginator import Page, Paginator

MAX_PAGE_PARAM_CHARS = 12


def page_of(object_list, page_param: str | None, per_page: int) -> Page:
    """The requested page; a missing, malformed or absurd page number gives the first or
    last page rather than an error."""
    raw = (page_param or "1").strip()[:MAX_PAGE_PARAM_CHARS]
    return Paginator(object_list, per_page, allow_empty_first_page=True).get_page(raw)
