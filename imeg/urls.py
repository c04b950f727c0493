from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from imeg import health, views, views_security
from imeg.search import search_route
from imeg.search import views as search_views
from imeg.seo import views as seo_views

handler400 = "imeg.views.bad_request"
handler404 = "imeg.views.page_not_found"
handler500 = "imeg.views.server_error"

urlpatterns = [
    path("", views.choose_language, name="choose_language"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("robots.txt", seo_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", seo_views.sitemap_index, name="sitemap_index"),
    re_path(seo_views.SITEMAP_PATTERN, seo_views.sitemap, name="sitemap"),
    re_path(seo_views.SITEMAP_PART_PATTERN, seo_views.sitemap, name="sitemap_part"),
    path(".well-known/security.txt", views_security.security_txt, name="security_txt"),
    path(settings.ADMIN_PATH, include(wagtailadmin_urls)),
    # Shadows the download pattern of wagtaildocs_urls (same regular expression and name).
    re_path(r"^documents/(\d+)/(.*)$", views.serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # Pages are served without a CSRF cookie so visitors get no cookies; the only page that
    # accepts POST, the contact form, checks the Origin header instead (imeg.models.contact).
    path(search_route, search_views.search, name="search"),
    re_path(wagtail_urls.serve_pattern, csrf_exempt(wagtail_views.serve), name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
