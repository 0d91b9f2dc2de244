"""Data for gamification tests, made through the platform's own services."""

from ppi4cities.assessment import services as assessment_services
from ppi4cities.assessment.models import Variant
from ppi4cities.assessment.selectors import version_dimensions
from ppi4cities.gamification.models import PointAward
from ppi4cities.library import services as library
from ppi4cities.pilots.models import Pilot
from ppi4cities.pilots.tests.test_ocds import make_pilot


def resource(people, *, author="org_member", title="Market consultation notice", approve=True):
    """A library resource submitted by `author`, approved by the moderator unless told not."""
    item = library.resource_create(
        author=people[author],
        organisation=people["organisation"],
        data={"kind": "template", "original_language": "en", "year": 2024},
        texts={"en": {"title": title, "summary": "A template with notes."}},
        facets={"stage": ["market-consultation"]},
        submit=True,
    )
    if approve:
        library.resource_approve(resource=item, actor=people["moderator"])
    return item


def pilot(people, *, author="org_member", organisation="organisation", **fields) -> Pilot:
    """A published pilot shared by `author` for one of their organisations."""
    return make_pilot(author=people[author], organisation=people[organisation], **fields)


def assessment(user, version, value, *, variant=Variant.FULL):
    """A completed assessment answering every statement of the variant with `value`."""
    taken = assessment_services.assessment_start(version=version, variant=variant, user=user)
    for dimension in version_dimensions(version, variant):
        for statement in dimension.statements.all():
            assessment_services.answer_save(assessment=taken, statement=statement, value=value)
    return assessment_services.assessment_complete(assessment=taken)


def ledger(user=None):
    """The ledger as a set of what matters: who, what, which thing, how many points, which day."""
    rows = PointAward.objects.all() if user is None else PointAward.objects.filter(user=user)
    return set(
        rows.values_list("user_id", "action", "subject_type_id", "subject_id", "points", "day")
    )
