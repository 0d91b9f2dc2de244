"""The platform's own pages, error pages, health checks and language handling."""

import pytest
from django.conf import settings
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from ppi4cities.core import views

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/about/",
    "/accessibility/",
    "/privacy/",
    "/contact/",
    "/organisations/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_page_answers_in_every_language_with_one_h1_and_landmarks(client, path, language):
    """Each public page renders in each language with html lang, one h1, landmarks, skip link."""
    prefix = "" if language == "en" else f"/{language}"
    response = client.get(prefix + path)
    assert response.status_code == 200
    body = response.content.decode()
    assert f'<html lang="{language}"' in body
    assert body.count("<h1") == 1
    for landmark in ("<header", "<main", "<footer", "aria-label="):
        assert landmark in body
    assert 'href="#main"' in body


def test_the_language_switcher_keeps_the_current_page_and_query(client):
    """The switcher links to the same page, with its filters, in each language."""
    body = client.get("/organisations/?country=LT").content.decode()
    assert 'href="/lt/organisations/?country=LT"' in body
    assert 'href="/de/organisations/?country=LT"' in body
    body = client.get("/lt/organisations/?country=LT").content.decode()
    assert 'href="/organisations/?country=LT"' in body
    body = client.get("/fi/notifications/unsubscribe/not-a-token/").content.decode()
    assert 'href="/sv/notifications/unsubscribe/not-a-token/"' in body


def test_interface_strings_are_translated(client):
    """The Lithuanian page shows Lithuanian navigation, not English."""
    english = client.get("/organisations/").content.decode()
    lithuanian = client.get("/lt/organisations/").content.decode()
    with translation.override("lt"):
        label = translation.gettext("Organisations")
    assert label != "Organisations"
    assert label in lithuanian and ">Organisations<" not in lithuanian
    assert ">Organisations<" in english


def test_unknown_addresses_get_the_designed_404_in_the_right_language(client):
    """404 pages use the layout and follow the language prefix."""
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    response = client.get("/lt/no-such-page/")
    assert response.status_code == 404
    assert '<html lang="lt"' in response.content.decode()


def test_the_403_and_500_pages_are_designed():
    """The error handlers render the layout with the status."""
    request = RequestFactory().get("/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    with translation.override("en"):
        forbidden = views.error_403(request)
        failure = views.error_500(request)
    assert forbidden.status_code == 403 and b"<main" in forbidden.content
    assert failure.status_code == 500 and b"Something went wrong" in failure.content


def test_health_checks_are_plain_and_quick(client):
    """/healthz and /readyz answer text without touching sessions."""
    for path in ("/healthz", "/readyz"):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200
        assert response.content == b"ok\n"
        assert response["Content-Type"].startswith("text/plain")
        assert len(queries) <= 1


def test_readyz_reports_a_database_failure_as_503(client, monkeypatch):
    """When the database does not answer, /readyz says so with 503."""

    def broken_cursor(*args, **kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr(views.connection, "cursor", broken_cursor)
    response = client.get("/readyz")
    assert response.status_code == 503


def test_the_home_page_query_count_is_bounded(client):
    """The home page needs a fixed handful of queries."""
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
    assert len(queries) <= 6


def test_dates_are_localised(client, people):
    """An organisation page shows its date in the reader's language."""
    organisation = people["organisation"]
    english = client.get(organisation.get_absolute_url()).content.decode()
    german = client.get(f"/de{organisation.get_absolute_url()}").content.decode()
    from django.utils.formats import date_format
    from django.utils.timezone import localtime

    created = localtime(organisation.created_at)
    with translation.override("en"):
        in_english = date_format(created, "DATE_FORMAT")
    with translation.override("de"):
        in_german = date_format(created, "DATE_FORMAT")
    assert in_english != in_german
    assert in_english in english and in_german in german
