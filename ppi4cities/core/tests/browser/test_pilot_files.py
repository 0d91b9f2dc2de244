"""A pilot's documents and photos in a browser: a member adds a photo to a draft from the files
page and finds it on the pilot's page; the files page has no axe-core violation."""

import io

import pytest
from PIL import Image
from playwright.sync_api import expect

from conftest import make_organisation, make_person
from ppi4cities.library.tests import documents
from ppi4cities.pilots import services

from .accessibility import assert_accessible
from .test_main_pages import LANGUAGES, check_pages

pytestmark = pytest.mark.browser


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (20, 120, 60)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def draft(transactional_db):
    """A draft pilot with one document, and its author."""
    author = make_person("ona@panevezys.example", "Ona Author")
    organisation = make_organisation(author)
    pilot = services.pilot_create(
        author=author,
        organisation=organisation,
        data={
            "country": "LT",
            "city": "Panevėžys",
            "latitude": 55.7348,
            "longitude": 24.3575,
            "approach": "ppi",
        },
        texts={"en": {"title": "Electric buses", "summary": "Three electric buses."}},
    )
    services.pilot_document_add(
        pilot=pilot, actor=author, upload=documents.pdf("notice.pdf"), title="Tender notice"
    )
    return author, pilot


def test_a_member_adds_a_photo_to_a_draft_and_sees_it_on_the_pilot(page, sign_in, draft):
    """From the pilot's page to its files page, a refused upload, then a photo with its text."""
    author, pilot = draft
    sign_in(author)
    page.goto(pilot.get_absolute_url())
    page.get_by_role("link", name="Manage documents and photos").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Documents and photos")
    assert_accessible(page)

    photo = {"name": "bus.png", "mimeType": "image/png", "buffer": _png()}
    page.locator("#id_photo-image").set_input_files(photo)
    page.get_by_role("button", name="Add the photo").click()
    expect(page.locator("#id_photo-alt_text_error")).to_contain_text(
        "Describe what the photo shows"
    )
    assert_accessible(page)

    page.locator("#id_photo-image").set_input_files(photo)
    page.locator("#id_photo-alt_text").fill("A green electric bus at the station")
    page.get_by_role("button", name="Add the photo").click()
    expect(page.get_by_role("status")).to_contain_text("The photo is added.")
    page.get_by_text("Edit the description").click()
    page.get_by_text("Remove", exact=False).first.click()
    assert_accessible(page)

    page.get_by_role("link", name="Back to the pilot").click()
    image = page.get_by_role("img", name="A green electric bus at the station")
    expect(image).to_be_visible()
    assert page.evaluate("img => img.naturalWidth", image.element_handle()) == 120


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_files_page_has_no_violations(page, sign_in, draft, language):
    author, pilot = draft
    sign_in(author)
    check_pages(page, language, [f"/pilots/{pilot.pk}/files/"])
