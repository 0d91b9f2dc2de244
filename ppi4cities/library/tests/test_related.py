"""Related resources: what shares stages, procedures and themes, closest first."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ppi4cities.library import selectors, services
from ppi4cities.library.models import Resource

pytestmark = pytest.mark.django_db


def _create(people, title, facets, publish=True, kind="guidance", year=2024, **extra):
    resource = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": kind, "original_language": "en", "year": year},
        texts={"en": {"title": title, "summary": f"About {title.lower()}."}},
        facets=facets,
        submit=publish,
        **extra,
    )
    if publish:
        services.resource_approve(resource=resource, actor=people["moderator"])
    return resource


def _vote(people, resource, roles):
    for role in roles:
        services.resource_feedback_give(resource=resource, user=people[role], useful=True)


def _related(resource, user=None):
    resource = Resource.objects.prefetch_related("facets").get(pk=resource.pk)
    return [item.pk for item in selectors.related_resources(resource, user)]


@pytest.fixture
def subject(people):
    return _create(
        people,
        "Needs assessment for smart mobility",
        {
            "stage": ["needs", "market-consultation"],
            "procedure": ["innovation"],
            "theme": ["mobility", "digital"],
            "country": ["LT"],
        },
    )


def test_resources_sharing_more_weigh_more_then_the_most_useful_come_first(people, subject):
    """A shared stage and procedure beat two shared themes; a tie goes to the most useful."""
    stage_and_procedure = _create(
        people, "Innovation partnership needs", {"stage": ["needs"], "procedure": ["innovation"]}
    )
    two_themes = _create(people, "Mobility apps", {"theme": ["mobility", "digital"]})
    one_stage_useful = _create(people, "Market dialogue notes", {"stage": ["market-consultation"]})
    _vote(people, one_stage_useful, ["member", "other_member"])
    _create(people, "Lithuanian rules", {"country": ["LT"], "stage": ["impact-scaling"]})

    assert _related(subject) == [stage_and_procedure.pk, one_stage_useful.pk, two_themes.pk]


def test_among_equals_the_newest_comes_first(people, subject):
    """Two resources sharing the same value and equally useful: the newer one first."""
    older = _create(people, "Older needs guide", {"stage": ["needs"]})
    newer = _create(people, "Newer needs guide", {"stage": ["needs"]})

    assert _related(subject) == [newer.pk, older.pk]


def test_drafts_and_the_resource_itself_are_left_out(people, subject):
    """Unpublished resources never show, not even to their author or a moderator."""
    _create(people, "Draft with everything in common", {"stage": ["needs"]}, publish=False)
    shared = _create(people, "Published needs guide", {"stage": ["needs"]})

    for role in ["anonymous", "org_member", "moderator"]:
        assert _related(subject, people[role]) == [shared.pk], role


def test_superseded_versions_and_the_resources_own_versions_are_left_out(people, subject):
    """Only the newest version of another resource shows; a resource's own versions never."""
    first = _create(people, "Needs template", {"stage": ["needs"]}, kind="template")
    second = _create(
        people, "Needs template", {"stage": ["needs"]}, kind="template", previous_version=first
    )
    replacement = _create(
        people, "Needs assessment, second edition", {"stage": ["needs"]}, previous_version=subject
    )
    newest = _create(
        people,
        "Needs assessment, third edition",
        {"stage": ["needs"]},
        previous_version=replacement,
    )

    assert first.pk not in _related(subject)
    assert set(_related(subject)) == {second.pk}
    assert set(_related(newest)) == {second.pk}


def test_at_most_five_are_given(people, subject):
    """However many resources are related, five are listed."""
    for number in range(7):
        _create(people, f"Needs guide {number}", {"stage": ["needs"]})

    assert len(_related(subject)) == 5


def test_a_resource_without_stages_procedures_or_themes_has_none(people):
    """Sharing only a country or a language does not make resources related."""
    lonely = _create(people, "Only a country", {"country": ["LT"], "language": ["lt"]})
    _create(people, "Also Lithuanian", {"country": ["LT"], "language": ["lt"]})

    assert _related(lonely) == []


def test_ranking_takes_one_query_whatever_the_number_of_candidates(people, subject):
    """Related resources are ranked by one grouped query, not one query per candidate."""
    for number in range(3):
        _create(people, f"Needs guide {number}", {"stage": ["needs"], "theme": ["mobility"]})
    resource = Resource.objects.prefetch_related("facets").get(pk=subject.pk)
    resource.is_superseded  # noqa: B018 - the page has already asked this

    def queries():
        with CaptureQueriesContext(connection) as captured:
            selectors.related_resources(resource, people["member"])
        return len(captured.captured_queries)

    assert queries() == 1
    for number in range(3, 30):
        _create(people, f"Needs guide {number}", {"stage": ["needs"], "theme": ["mobility"]})
    assert queries() == 1


def test_the_resource_page_lists_related_resources_with_type_and_year(client, people, subject):
    """The page has a "Related resources" section linking each with its type and year."""
    related = _create(
        people, "Evaluation grid for partnerships", {"procedure": ["innovation"]}, kind="tool"
    )

    body = client.get(subject.get_absolute_url()).content.decode()

    section = body[body.index('id="related-title"') :]
    assert "Related resources" in section
    assert f'href="/library/{related.pk}/"' in section
    assert "Evaluation grid for partnerships" in section
    assert "(Tool, 2024)" in section


def test_without_related_resources_the_section_is_left_out(client, people, subject):
    """A resource with nothing in common shows no empty section."""
    assert "Related resources" not in client.get(subject.get_absolute_url()).content.decode()
