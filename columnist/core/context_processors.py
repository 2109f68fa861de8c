from django.conf import settings


def site(request):
    """What every page's frame shows about the site itself."""
    base = settings.COLUMNIST_BASE_URL or request.build_absolute_uri("/").rstrip("/")
    canonical = base + request.path
    page = request.GET.get("page", "")
    if page.isdigit() and page.isascii() and int(page) > 1:
        canonical += f"?page={int(page)}"
    return {
        "site_name": settings.COLUMNIST_SITE_NAME,
        "site_tagline": settings.COLUMNIST_SITE_TAGLINE,
        "site_base_url": base,
        "canonical_url": canonical,
    }
