"""Finding and contributing library resources in a browser: suggestions, filters, moderation."""

import re

import pytest
from playwright.sync_api import expect

from conftest import make_organisation, make_person
from ppi4cities.accounts import services as accounts
from ppi4cities.accounts.models import Role
from ppi4cities.library import services

from .accessibility import assert_accessible, assert_focus_visible, focused
from .test_keyboard import tab_to

pytestmark = pytest.mark.browser


def _publish(author, organisation, moderator, title, kind, stage):
    resource = services.resource_create(
        author=author,
        organisation=organisation,
        data={"kind": kind, "original_language": "en", "year": 2025},
        texts={"en": {"title": title, "summary": f"About {title.lower()}."}},
        facets={"stage": [stage]},
        submit=True,
    )
    services.resource_approve(resource=resource, actor=moderator)
    return resource


@pytest.fixture
def shelf(transactional_db):
    """Three published resources whose titles start alike, and one draft that does too."""
    author = make_person("ona@panevezys.example", "Ona Author")
    organisation = make_organisation(author)
    moderator = make_person("mona@ppi4cities.example", "Mona Moderator", is_moderator=True)
    template = _publish(
        author,
        organisation,
        moderator,
        "Market consultation notice",
        "template",
        "market-consultation",
    )
    _publish(
        author, organisation, moderator, "Market analysis guide", "guidance", "market-consultation"
    )
    _publish(author, organisation, moderator, "Market dialogue form", "template", "needs")
    services.resource_create(
        author=author,
        organisation=organisation,
        data={"kind": "template", "original_language": "en"},
        texts={"en": {"title": "Market secret draft", "summary": "Not yet."}},
        facets={},
    )
    return template


def test_a_template_is_found_with_the_keyboard_alone(page, shelf):
    """Suggestions by arrow keys, Escape, two filters by Space, Enter on a suggestion."""
    page.goto("/library/")
    assert_accessible(page)
    search = page.locator("#library-q")
    listbox = page.get_by_role("listbox")
    announcement = page.locator("#library-suggestions-status")
    live_region = announcement.element_handle()

    tab_to(page, "library-q")
    page.keyboard.type("mar")
    expect(listbox).to_be_visible()
    options = listbox.get_by_role("option")
    expect(options).to_have_count(3)
    expect(options).to_contain_text(["Market", "Market", "Market"])
    expect(listbox).not_to_contain_text("secret draft")
    expect(search).to_have_attribute("aria-expanded", "true")
    expect(announcement).to_have_text("3 suggestions")

    page.keyboard.press("ArrowDown")
    first = options.nth(0)
    expect(search).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    expect(first).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowDown")
    second = options.nth(1)
    expect(search).to_have_attribute("aria-activedescendant", second.get_attribute("id"))
    expect(first).to_have_attribute("aria-selected", "false")
    page.keyboard.press("ArrowUp")
    expect(search).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    assert focused(page)["id"] == "library-q"
    assert_accessible(page)

    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(search).to_have_attribute("aria-expanded", "false")
    expect(search).not_to_have_attribute("aria-activedescendant", re.compile(".*"))
    expect(search).to_have_value("mar")
    assert focused(page)["id"] == "library-q"
    # The results below search whole words; the suggestions already match word beginnings.
    page.keyboard.type("ket")
    expect(listbox).to_be_visible()
    expect(page.locator("#library-count")).to_have_text("3 resources found")

    count = page.locator("#library-count")
    results = page.locator("#library-results")
    tab_to(page, "lf-type-template")
    page.keyboard.press("Space")
    expect(count).to_have_text("2 resources found")
    expect(page.locator("#lf-type-template")).to_be_checked()
    assert focused(page)["id"] == "lf-type-template"
    tab_to(page, "lf-stage-market-consultation")
    page.keyboard.press("Space")
    expect(count).to_have_text("1 resource found")
    expect(results.get_by_role("heading")).to_have_text(["Market consultation notice"])
    assert focused(page)["id"] == "lf-stage-market-consultation"
    assert_focus_visible(page)
    assert live_region.evaluate("region => region.isConnected")
    expect(page).to_have_url(re.compile(r"type=template.*stage=market-consultation"))
    assert_accessible(page)

    tab_to(page, "library-q", key="Shift+Tab")
    page.keyboard.press("End")
    page.keyboard.type(" cons")
    expect(options).to_have_text(["Market consultation notice"])
    expect(announcement).to_have_text("1 suggestion")
    page.keyboard.press("ArrowDown")
    expect(search).to_have_attribute("aria-activedescendant", f"library-suggestion-{shelf.pk}")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/library/{shelf.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Market consultation notice")
    assert_accessible(page)


def test_suggestions_work_in_lithuanian_too(page, shelf):
    """The Lithuanian page offers the same suggestions with no violation, and Tab leaves."""
    page.goto("/lt/library/")
    expect(page.locator("html")).to_have_attribute("lang", "lt")
    tab_to(page, "library-q")
    page.keyboard.type("market")
    options = page.get_by_role("listbox").get_by_role("option")
    expect(options).to_have_count(3)
    expect(page.locator("#library-suggestions-status")).to_have_text(re.compile(r"^3\D"))
    page.keyboard.press("ArrowDown")
    expect(page.locator("#library-q")).to_have_attribute(
        "aria-activedescendant", options.nth(0).get_attribute("id")
    )
    expect(options.nth(0)).to_have_attribute("href", re.compile(r"^/lt/library/\d+/$"))
    assert_accessible(page)
    page.keyboard.press("Tab")
    expect(page.get_by_role("listbox")).to_be_hidden()
    assert focused(page)["id"] != "library-q"


@pytest.fixture
def contributor(transactional_db):
    """A member (not an admin) of a city, and a moderator."""
    admin = make_person("ona@panevezys.example", "Ona Admin")
    organisation = make_organisation(admin)
    member = make_person("petras@panevezys.example", "Petras Member")
    accounts._add_member(organisation, member, Role.MEMBER)
    moderator = make_person("mona@ppi4cities.example", "Mona Moderator", is_moderator=True)
    return member, moderator


def test_a_submitted_resource_is_approved_and_then_found_by_visitors(
    page, sign_in, new_context, contributor
):
    """A member submits a template, a moderator approves it, an anonymous visitor finds it."""
    member, moderator = contributor
    sign_in(member)
    page.goto("/library/new/")
    assert_accessible(page)
    page.get_by_label("On behalf of").select_option(label="Panevėžys City Municipality")
    page.get_by_label("Type").select_option("template")
    page.get_by_label("Language of the text").select_option("en")
    page.get_by_label("Title").fill("Smart lighting tender clauses")
    page.get_by_label("Summary").fill("Clauses for buying adaptive street lighting.")
    page.get_by_label("Tender documents").check()
    page.get_by_label("Year").fill("2025")
    page.get_by_role("button", name="Send to the moderators").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Smart lighting tender clauses")
    expect(page.get_by_text("The moderators will review it.")).to_be_visible()
    assert_accessible(page)

    sign_in(moderator)
    page.goto("/library/moderation/")
    waiting = page.get_by_role("article", name="Smart lighting tender clauses")
    assert_accessible(page)
    waiting.get_by_label("Approve and publish").check()
    waiting.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_text("Your decision is recorded.")).to_be_visible()
    expect(page.get_by_role("article", name="Smart lighting tender clauses")).to_have_count(0)
    assert_accessible(page)

    visitor = new_context().new_page()
    visitor.goto("/library/")
    visitor.get_by_label("Search the library").fill("lighting clauses")
    visitor.get_by_role("button", name="Search", exact=True).click()
    results = visitor.locator("#library-results")
    expect(results.get_by_role("link", name="Smart lighting tender clauses")).to_be_visible()
    expect(visitor.locator("#library-count")).to_have_text("1 resource found")
    assert_accessible(visitor)
    results.get_by_role("link", name="Smart lighting tender clauses").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Smart lighting tender clauses")
    assert_accessible(visitor)
