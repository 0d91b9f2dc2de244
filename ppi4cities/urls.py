"""Top-level addresses. Pages people read live under a language prefix (none for English)."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path

from ppi4cities.api.api import api
from ppi4cities.core import media
from ppi4cities.core import views as core_views

handler403 = "ppi4cities.core.views.error_403"
handler404 = "ppi4cities.core.views.error_404"
handler500 = "ppi4cities.core.views.error_500"

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("readyz", core_views.readyz, name="readyz"),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
    re_path(r"^media/(?P<path>.+)$", media.serve_media, name="media"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("ppi4cities.accounts.urls")),
    path("", include("ppi4cities.library.urls")),
    path("", include("ppi4cities.pilots.urls")),
    path("", include("ppi4cities.assessment.urls")),
    path("", include("ppi4cities.gamification.urls")),
    path("", include("ppi4cities.community.urls")),
    path("", include("ppi4cities.community.questions.urls")),
    path("", include("ppi4cities.community.messaging.urls")),
    path("", include("ppi4cities.community.partners.urls")),
    path("", include("ppi4cities.moderation.urls")),
    path("", include("ppi4cities.core.urls")),
    prefix_default_language=False,
)
