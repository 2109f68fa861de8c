from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from columnist.articles.sitemaps import SITEMAPS
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
    path("", include("columnist.articles.urls")),
]

handler404 = "columnist.core.views.page_not_found"
handler500 = "columnist.core.views.server_error"
