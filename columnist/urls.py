from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from columnist.api import api
from columnist.articles.sitemaps import SITEMAPS
from columnist.core import outbox
from columnist.core import views as core_views

admin.site.site_header = "Columnist"
admin.site.site_title = "Columnist"
admin.site.index_title = "The author's desk"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", core_views.healthz, name="healthz"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("desk/outbox/", outbox.outbox_list, name="outbox"),
    path("desk/outbox/<int:pk>/", outbox.outbox_detail, name="outbox_detail"),
    path("api/", api.urls),
    # The discussion app serves the article page (with its thread) before the articles app.
    path("", include("columnist.discussion.urls")),
    path("", include("columnist.articles.urls")),
]

handler404 = "columnist.core.views.page_not_found"
handler500 = "columnist.core.views.server_error"
