"""Editing library resources in a browser: by keyboard, with the published text kept until the
moderators approve, and with no axe-core violation on the form or on the queue's changes."""

import pytest
from playwright.sync_api import expect

from conftest import make_organisation, make_person
from ppi4cities.library import services
from ppi4cities.library.tests import documents

from .accessibility import assert_accessible
from .test_keyboard import tab_to
from .test_main_pages import LANGUAGES, check_pages

pytestmark = pytest.mark.browser


@pytest.fixture
def shelf(transactional_db):
    """A published template with a file, a draft, and their author and a moderator."""
    author = make_person("ona@panevezys.example", "Ona Author")
    organisation = make_organisation(author)
    moderator = make_person("mona@ppi4cities.example", "Mona Moderator", is_moderator=True)
    published = services.resource_create(
        author=author,
        organisation=organisation,
        data={"kind": "template", "original_language": "en", "year": 2024},
        texts={
            "en": {
                "title": "Market consultation notice",
                "summary": "A notice for a preliminary market consultation.",
                "body": "## How to use it\n\nPublish early and answer everyone equally.",
            }
        },
        facets={"stage": ["market-consultation"], "country": ["LT"]},
        links=[{"url": "https://example.org/notice", "title": "Model notice"}],
        files=[documents.pdf()],
        submit=True,
    )
    services.resource_approve(resource=published, actor=moderator)
    draft = services.resource_create(
        author=author,
        organisation=organisation,
        data={"kind": "report", "original_language": "lt"},
        texts={"lt": {"title": "Bandomojo projekto ataskaita", "summary": "Kas paaiškėjo."}},
        facets={},
        files=[documents.docx()],
    )
    return author, moderator, published, draft


def test_an_author_edits_a_published_resource_by_keyboard(page, sign_in, shelf):
    """The edit waits for the moderators; the page keeps the published text and says so."""
    author, moderator, published, _draft = shelf
    sign_in(author)
    page.goto(published.get_absolute_url())
    tab_to(page, "edit-resource")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit the resource")
    expect(page.get_by_label("Title")).to_have_value("Market consultation notice")
    assert_accessible(page)

    tab_to(page, "id_title")
    page.keyboard.press("End")
    page.keyboard.type(", 2025 edition")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Market consultation notice")
    expect(page.get_by_text("Your edit is waiting for the moderators")).to_be_visible()
    notice = page.locator("#proposed-edit")
    expect(notice).to_contain_text("Waiting for moderation")
    expect(notice).to_contain_text("The published version below stays as it is")
    expect(notice.get_by_role("button", name="Withdraw from moderation")).to_be_visible()
    assert_accessible(page)

    sign_in(moderator)
    page.goto("/library/moderation/")
    edit = page.get_by_role("article", name="Market consultation notice")
    changes = edit.get_by_role("region", name="What the edit changes")
    expect(changes.get_by_role("row", name="Title")).to_contain_text(", 2025 edition")
    expect(changes.locator("ins")).to_have_text("Added: , 2025 edition")
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_editing_pages_have_no_violations(page, sign_in, shelf, language):
    """The edit form of a draft and of a published resource with a waiting edit, the new
    version form, the resource page with its notice, and the queue with the edit's changes."""
    author, moderator, published, draft = shelf
    services.resource_update(
        resource=published,
        actor=author,
        data={"year": 2025},
        texts={"en": {"title": "Market consultation notice, 2025 edition"}},
        facets={"stage": ["market-consultation", "needs"]},
        links=[],
        files=[documents.odt()],
        remove_files=[published.files.get().pk],
    )
    sign_in(author)
    check_pages(
        page,
        language,
        [
            f"/library/{draft.pk}/edit/",
            f"/library/{published.pk}/edit/",
            f"/library/{published.pk}/new-version/",
            f"/library/{published.pk}/",
        ],
    )
    sign_in(moderator)
    check_pages(page, language, ["/library/moderation/"])
