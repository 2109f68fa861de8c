from django.conf import settings


def site(request):
    """What every page's frame shows about the site itself."""
    base = settings.COLUMNIST_BASE_URL or request.build_absolute_uri("/").rstrip("/")
    return {
        "site_name": settings.COLUMNIST_SITE_NAME,
        "site_tagline": settings.COLUMNIST_SITE_TAGLINE,
        "site_base_url": base,
        "canonical_url": base + request.path,
    }
