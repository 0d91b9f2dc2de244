"""axe-core finds no WCAG 2.1 AA violation on the library's pages, in English and Lithuanian."""

import pytest

from conftest import make_organisation, make_person
from ppi4cities.library import services

from .test_main_pages import LANGUAGES, check_pages

pytestmark = pytest.mark.browser


@pytest.fixture
def library(transactional_db):
    """A published resource, one waiting for moderation, and a moderator."""
    author = make_person("ona@panevezys.example", "Ona Author")
    organisation = make_organisation(author)
    moderator = make_person("mona@ppi4cities.example", "Mona Moderator", is_moderator=True)
    published = services.resource_create(
        author=author,
        organisation=organisation,
        data={"kind": "template", "original_language": "en", "year": 2025},
        texts={
            "en": {
                "title": "Market consultation notice",
                "summary": "A template.",
                "body": "## How to use it\n\n- Publish early\n- Answer everyone equally",
            }
        },
        facets={"stage": ["market-consultation"], "country": ["LT", "EU"], "theme": ["mobility"]},
        submit=True,
    )
    services.resource_approve(resource=published, actor=moderator)
    services.resource_create(
        author=author,
        organisation=organisation,
        data={"kind": "report", "original_language": "lt"},
        texts={"lt": {"title": "Ataskaita", "summary": "Laukia moderavimo."}},
        facets={},
        submit=True,
    )
    return author, moderator, published


@pytest.mark.parametrize("language", LANGUAGES)
def test_library_pages_have_no_violations(page, sign_in, library, language):
    """The listing (filtered and empty), a resource, the contribution form and the queue."""
    author, moderator, published = library
    check_pages(
        page,
        language,
        [
            "/library/",
            "/library/?stage=market-consultation&country=LT",
            "/library/?type=webinar",
            f"/library/{published.pk}/",
        ],
    )
    sign_in(author)
    check_pages(page, language, ["/library/new/"])
    sign_in(moderator)
    check_pages(page, language, ["/library/moderation/"])
