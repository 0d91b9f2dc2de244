"""Pages of the platform itself: home, the footer pages, error pages and health checks."""

from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from ppi4cities.accounts import selectors as account_selectors


def home(request):
    context = {
        "stats": account_selectors.platform_stats(),
        "recent_organisations": account_selectors.organisation_recent(limit=6),
    }
    return render(request, "core/home.html", context)


def about(request):
    return render(request, "core/about.html")


def accessibility(request):
    return render(request, "core/accessibility.html")


def privacy(request):
    return render(request, "core/privacy.html")


def contact(request):
    return render(request, "core/contact.html")


@never_cache
def healthz(request):
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
def readyz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # the database is down or unreachable: report, never raise
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def error_403(request, exception=None):
    return render(request, "403.html", status=403)


def error_404(request, exception=None):
    return render(request, "404.html", status=404)


def error_500(request):
    # Render with the request so the page keeps its language; fall back to plain text if the
    # layout itself is what failed.
    try:
        return render(request, "500.html", status=500)
    except Exception:
        return HttpResponse(
            "Server error. Please try again later.", status=500, content_type="text/plain"
        )
