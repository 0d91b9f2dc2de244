"""Playwright fixtures: one Debian chromium per session, a new context per test, sign-in."""

import os

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect, sync_playwright

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def browser():
    # The sync Playwright API keeps an event loop in the test thread, where the tests also
    # use the ORM to arrange data and read the outbox.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "1"
    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE")


@pytest.fixture
def new_context(browser, live_server, django_db_serialized_rollback):
    """Open browser contexts on the live server; each closes at the end of the test.

    Serialized rollback restores what migrations wrote (the themes) after each test empties the
    database. bypass_csp lets axe-core be injected despite the strict Content-Security-Policy.
    """
    contexts = []

    def open_context(**options):
        context = browser.new_context(
            base_url=live_server.url, bypass_csp=True, locale="en-GB", **options
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield open_context
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def sign_in(context, live_server):
    """Sign a person in to the test's browser context, as if they had used the sign-in form."""

    def sign_in_as(user):
        client = Client()
        client.force_login(user)
        session = client.cookies[settings.SESSION_COOKIE_NAME]
        context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session.value, "url": live_server.url}]
        )

    return sign_in_as
