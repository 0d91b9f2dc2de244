"""Questionnaire versions: publishing checks them; once answered they never change, neither
through the models nor in the admin; a copy makes an editable draft."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import ProtectedError

from ppi4cities.assessment import selectors, services
from ppi4cities.assessment.models import (
    Dimension,
    QuestionnaireVersion,
    ScaleOption,
    Statement,
    Variant,
)

from .content import load_fake, statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(people):
    people["staff"].is_superuser = True
    people["staff"].save()
    return people["staff"]


@pytest.fixture
def version(people):
    return load_fake()


@pytest.fixture
def answered(version, people):
    services.assessment_start(version=version, variant=Variant.FULL, user=people["member"])
    return version


def test_an_unanswered_version_can_be_edited(version):
    dimension = version.dimensions.get(code="strategy")
    dimension.name_en = "Strategy"
    dimension.save()
    assert Dimension.objects.get(pk=dimension.pk).name_en == "Strategy"


def test_an_answered_version_refuses_every_change(answered):
    """Saving, deleting, bulk updating or bulk deleting its parts raises, and nothing changes."""
    dimension = answered.dimensions.get(code="strategy")
    item = statement(answered, "strategy-1")
    option = answered.scale_options.get(value=1)
    for part in (dimension, item, option):
        part.position = 9
        with pytest.raises(ValidationError, match="can no longer change"):
            part.save()
        with pytest.raises(ValidationError, match="can no longer change"):
            part.delete()
    with pytest.raises(ValidationError):
        Statement(dimension=dimension, code="strategy-9", text="New.").save()
    with pytest.raises(ValidationError):
        ScaleOption.objects.filter(version=answered).update(label_en="Changed")
    with pytest.raises(ValidationError):
        Dimension.objects.filter(version=answered).delete()
    with pytest.raises(ProtectedError):
        answered.delete()
    assert [d.position for d in answered.dimensions.all()] == [0, 1]
    assert Statement.objects.filter(version=answered).count() == 4
    assert ScaleOption.objects.get(version=answered, value=1).label_en == "Strongly disagree"


def test_a_part_cannot_be_moved_out_of_an_answered_version(answered, people):
    draft = services.questionnaire_version_copy(version=answered, actor=people["staff"])
    option = answered.scale_options.get(value=5)
    option.version = draft
    with pytest.raises(ValidationError):
        option.save()


def test_the_admin_shows_an_answered_version_read_only(client, answered, superuser):
    client.force_login(superuser)
    dimension = answered.dimensions.get(code="strategy")
    page = client.get(f"/admin/assessment/dimension/{dimension.pk}/change/")
    assert page.status_code == 200
    assert b'name="_save"' not in page.content
    refused = client.post(
        f"/admin/assessment/dimension/{dimension.pk}/change/", {"code": "changed"}
    )
    assert refused.status_code == 403
    assert client.post(f"/admin/assessment/dimension/{dimension.pk}/delete/").status_code == 403
    version_page = client.get(f"/admin/assessment/questionnaireversion/{answered.pk}/change/")
    assert b'name="_save"' not in version_page.content
    assert Dimension.objects.get(pk=dimension.pk).code == "strategy"


def test_the_admin_edits_a_draft(client, version, superuser):
    client.force_login(superuser)
    dimension = version.dimensions.get(code="strategy")
    page = client.get(f"/admin/assessment/dimension/{dimension.pk}/change/")
    assert b'name="_save"' in page.content


def test_a_copy_is_an_editable_draft_with_the_same_content(answered, people):
    draft = services.questionnaire_version_copy(version=answered, actor=people["staff"])
    assert draft.number == 2 and not draft.is_published
    copied = statement(draft, "strategy-2")
    original = statement(answered, "strategy-2")
    assert copied.pk != original.pk and copied.dimension.version == draft
    assert (copied.text_en, copied.weight, copied.in_short) == (
        original.text_en,
        original.weight,
        original.in_short,
    )
    assert copied.dimension.name_de == "Strategie und Führung"
    assert draft.scale_options.count() == 5
    copied.text_en = "Changed."
    copied.save()
    services.questionnaire_version_publish(version=draft, actor=people["staff"])
    assert selectors.current_version() == draft
    assert statement(answered, "strategy-2").text_en == "Our leaders support pilots."


def test_only_staff_copy_and_publish(version, people):
    with pytest.raises(PermissionDenied):
        services.questionnaire_version_copy(version=version, actor=people["moderator"])
    draft = services.questionnaire_version_copy(version=version, actor=people["staff"])
    with pytest.raises(PermissionDenied):
        services.questionnaire_version_publish(version=draft, actor=people["org_admin"])


def test_publishing_checks_the_version(version, people):
    draft = services.questionnaire_version_copy(version=version, actor=people["staff"])
    Statement.objects.filter(version=draft, code="market-2").update(in_short=True)
    draft.scale_options.filter(value=3).delete()
    with pytest.raises(ValidationError) as refusal:
        services.questionnaire_version_publish(version=draft, actor=people["staff"])
    text = " ".join(refusal.value.messages)
    assert "“market” has 2 statements in the short variant" in text
    assert "without gaps" in text
    assert not QuestionnaireVersion.objects.get(pk=draft.pk).is_published
    with pytest.raises(ValidationError, match="already published"):
        services.questionnaire_version_publish(version=version, actor=people["staff"])


def test_an_older_draft_cannot_overtake_the_current_version(version, people):
    older = services.questionnaire_version_copy(version=version, actor=people["staff"])
    newer = services.questionnaire_version_copy(version=version, actor=people["staff"])
    services.questionnaire_version_publish(version=newer, actor=people["staff"])
    with pytest.raises(ValidationError, match="newer version"):
        services.questionnaire_version_publish(version=older, actor=people["staff"])
    assert selectors.current_version() == newer


def test_weights_must_be_positive_and_stages_known(version):
    dimension = version.dimensions.get(code="strategy")
    dimension.weight = 0
    dimension.stages = ["preparation"]
    with pytest.raises(ValidationError) as refusal:
        dimension.full_clean()
    assert set(refusal.value.message_dict) == {"weight", "stages"}
    item = statement(version, "strategy-2")
    item.code = "strategy-1"
    with pytest.raises(ValidationError) as refusal:
        item.full_clean()
    assert "code" in refusal.value.message_dict
