"""A moderator curates a collection with the keyboard alone; visitors read it; axe finds nothing."""

import pytest
from playwright.sync_api import expect

from conftest import make_organisation, make_person
from ppi4cities.library import services
from ppi4cities.library.models import Collection

from .accessibility import assert_accessible, assert_focus_visible, focused
from .test_main_pages import LANGUAGES, check_pages

pytestmark = pytest.mark.browser

MAX_TABS = 80


@pytest.fixture
def library(transactional_db):
    """Two published resources and a moderator to curate them."""
    author = make_person("ona@panevezys.example", "Ona Author")
    organisation = make_organisation(author)
    moderator = make_person("mona@ppi4cities.example", "Mona Moderator", is_moderator=True)
    resources = []
    for title, kind in [
        ("Needs assessment guide", "guidance"),
        ("Consultation notice", "template"),
    ]:
        resource = services.resource_create(
            author=author,
            organisation=organisation,
            data={"kind": kind, "original_language": "en", "year": 2025},
            texts={"en": {"title": title, "summary": f"About the {title.lower()}."}},
            facets={"stage": ["market-consultation"]},
            submit=True,
        )
        services.resource_approve(resource=resource, actor=moderator)
        resources.append(resource)
    return moderator, resources


def tab_to(page, locator, key="Tab"):
    """Press Tab (or Shift+Tab) until `locator` has focus, and check the focus ring shows."""
    for _ in range(MAX_TABS):
        page.keyboard.press(key)
        if locator.evaluate("element => element === document.activeElement"):
            assert_focus_visible(page)
            return
    pytest.fail(f"{locator} was not reached with {key} in {MAX_TABS} presses")


def test_a_moderator_curates_a_collection_with_the_keyboard(page, sign_in, new_context, library):
    """Create, add two resources, move the second up and publish; a visitor sees that order."""
    moderator, (needs, notice) = library
    sign_in(moderator)
    page.goto("/library/collections/")
    assert_accessible(page)
    tab_to(page, page.get_by_role("link", name="New collection"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("New collection")
    assert_accessible(page)

    # A refused form first: the error summary takes focus and names the field.
    tab_to(page, page.get_by_role("button", name="Create the collection"))
    page.keyboard.press("Enter")
    expect(page.locator(".error-summary")).to_be_focused()
    assert_accessible(page)
    tab_to(page, page.get_by_label("Title"))
    page.keyboard.type("Starter kit for a market consultation")
    page.keyboard.press("Tab")
    page.keyboard.type("Talk to suppliers before you tender.")
    tab_to(page, page.get_by_role("button", name="Create the collection"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Starter kit for a market consultation"
    )
    expect(page).to_have_url("/library/collections/starter-kit-for-a-market-consultation/")

    for resource in (needs, notice):
        tab_to(page, page.get_by_label("Resource address or number"))
        page.keyboard.type(str(resource.pk))
        page.keyboard.press("Enter")
        expect(page.get_by_role("status")).to_contain_text("is added at position")
    items = page.locator("ol.collection-items > li h3")
    expect(items).to_have_text(["Needs assessment guide", "Consultation notice"])
    assert_accessible(page)

    collection = Collection.objects.get()
    moved = collection.items.get(resource=notice)
    tab_to(page, page.get_by_role("button", name="Move up “Consultation notice”"))
    page.keyboard.press("Enter")
    expect(items).to_have_text(["Consultation notice", "Needs assessment guide"])
    # The item moved to the top has no "Move up" any more, so focus rests on the item itself.
    expect(page.locator(f"#item-{moved.pk}")).to_be_focused()
    tab_to(page, page.get_by_role("button", name="Move down “Consultation notice”"))
    tab_to(page, page.get_by_role("button", name="Publish"), key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Unpublish")).to_be_visible()
    assert_accessible(page)

    visitor = new_context().new_page()
    visitor.goto("/library/collections/starter-kit-for-a-market-consultation/")
    expect(visitor.locator("ol.collection-items > li h3")).to_have_text(
        ["Consultation notice", "Needs assessment guide"]
    )
    expect(visitor.get_by_role("button", name="Publish")).to_have_count(0)
    assert_accessible(visitor)
    visitor.goto("/library/collections/")
    expect(
        visitor.get_by_role("link", name="Starter kit for a market consultation")
    ).to_be_visible()
    assert_accessible(visitor)


@pytest.mark.parametrize("language", LANGUAGES)
def test_collection_pages_have_no_violations(page, sign_in, library, language):
    """The list, a collection for visitors and curators, its forms, and a resource in it."""
    moderator, (needs, notice) = library
    collection = services.collection_create(
        actor=moderator,
        slug="starter-kit",
        texts={"en": {"title": "Starter kit", "summary": "Talk to suppliers first."}},
        is_published=True,
    )
    for resource in (needs, notice):
        services.collection_add_resource(
            collection=collection, resource=resource, actor=moderator, note="Read it first."
        )
    services.collection_create(actor=moderator, slug="draft-kit", texts={"en": {"title": "Draft"}})
    paths = ["/library/collections/", "/library/collections/starter-kit/", "/library/"]
    check_pages(page, language, [*paths, f"/library/{needs.pk}/"])
    sign_in(moderator)
    check_pages(
        page,
        language,
        [
            *paths,
            f"/library/{needs.pk}/",
            "/library/collections/new/",
            "/library/collections/starter-kit/edit/",
        ],
    )
    # The per-item note and position controls, opened.
    prefix = "" if language == "en" else f"/{language}"
    page.goto(f"{prefix}/library/collections/starter-kit/")
    for summary in page.locator(".collection-tools summary").all():
        summary.focus()
        page.keyboard.press("Enter")
    assert focused(page)["tag"] == "summary"
    assert_accessible(page)
