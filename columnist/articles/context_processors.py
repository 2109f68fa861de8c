from columnist.articles.selectors import nav_topics


def navigation(request):
    """The topics in the site's navigation (one query; none on admin pages)."""
    if request.path.startswith("/admin/"):
        return {"nav_topics": []}
    return {"nav_topics": nav_topics()}
