"""Every write of the self-assessment. Each service is one transaction; refusals are
ValidationError (bad input, with the field) or PermissionDenied (not theirs to do)."""

import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ppi4cities.accounts.models import Membership
from ppi4cities.accounts.permissions import is_member, is_staff
from ppi4cities.community.services import notification_send

from . import permissions, selectors
from .models import (
    Answer,
    Assessment,
    AssessmentStatus,
    BenchmarkOptOut,
    Dimension,
    PeerContactOptIn,
    QuestionnaireVersion,
    Round,
    RoundInvitation,
    ScaleOption,
    Statement,
    Variant,
)


def new_anonymous_key() -> str:
    """The key that ties an anonymous visitor's short assessment to their session."""
    return secrets.token_urlsafe(32)


def variant_statements(version, variant):
    statements = Statement.objects.filter(version=version)
    if variant == Variant.SHORT:
        statements = statements.filter(in_short=True)
    return statements


def _check_editor(actor):
    # None is the platform itself (the default questionnaire's loader, commands).
    if actor is not None and not is_staff(actor):
        raise PermissionDenied(_("Only staff edit questionnaires."))


# Questionnaire versions ---------------------------------------------------------------------


def _publication_problems(version) -> list[str]:
    problems = []
    dimensions = list(version.dimensions.prefetch_related("statements"))
    if not dimensions:
        problems.append(_("The version has no dimensions."))
    for dimension in dimensions:
        statements = list(dimension.statements.all())
        short = [s for s in statements if s.in_short]
        if not statements:
            problems.append(_("Dimension “%(code)s” has no statements.") % {"code": dimension.code})
        elif len(short) != 1:
            problems.append(
                _(
                    "Dimension “%(code)s” has %(count)d statements in the short variant; "
                    "it needs exactly one."
                )
                % {"code": dimension.code, "count": len(short)}
            )
    values = sorted(version.scale_options.values_list("value", flat=True))
    if len(values) < 2 or values != list(range(1, len(values) + 1)):
        problems.append(
            _("The answer scale needs at least two options valued 1, 2, 3 … without gaps.")
        )
    return problems


@transaction.atomic
def questionnaire_version_publish(*, version: QuestionnaireVersion, actor=None):
    """Make a complete draft the current version of its questionnaire."""
    _check_editor(actor)
    version = QuestionnaireVersion.objects.select_for_update().get(pk=version.pk)
    if version.is_published:
        raise ValidationError({"published_at": _("This version is already published.")})
    newest = (
        QuestionnaireVersion.objects.filter(
            questionnaire=version.questionnaire_id, published_at__isnull=False
        ).aggregate(number=Max("number"))["number"]
        or 0
    )
    if version.number < newest:
        raise ValidationError(
            {"number": _("A newer version is already published; copy it to make changes.")}
        )
    problems = _publication_problems(version)
    if problems:
        raise ValidationError({"__all__": problems})
    version.published_at = timezone.now()
    version.full_clean()
    version.save(update_fields=["published_at"])
    return version


def _copy(obj, **changes):
    obj.pk = None
    obj._state.adding = True
    for field, value in changes.items():
        setattr(obj, field, value)
    obj.full_clean()
    obj.save()
    return obj


@transaction.atomic
def questionnaire_version_copy(*, version: QuestionnaireVersion, actor, notes: str = ""):
    """A new draft with the same content as `version`, to edit where the original may not
    change any more. Its number follows the questionnaire's highest."""
    _check_editor(actor)
    highest = QuestionnaireVersion.objects.filter(questionnaire=version.questionnaire_id).aggregate(
        number=Max("number")
    )["number"]
    draft = QuestionnaireVersion(
        questionnaire_id=version.questionnaire_id,
        number=highest + 1,
        notes=notes or _("Copy of version %(number)d.") % {"number": version.number},
    )
    draft.full_clean()
    draft.save()
    for option in ScaleOption.objects.filter(version=version):
        _copy(option, version=draft)
    statements = list(Statement.objects.filter(version=version))
    for dimension in Dimension.objects.filter(version=version):
        old_pk = dimension.pk
        _copy(dimension, version=draft)
        for statement in statements:
            if statement.dimension_id == old_pk:
                _copy(statement, dimension=dimension, version=draft)
    return draft


# Assessments --------------------------------------------------------------------------------


@transaction.atomic
def assessment_start(
    *,
    version: QuestionnaireVersion,
    variant: str,
    user=None,
    anonymous_key: str | None = None,
    organisation=None,
    round: Round | None = None,
) -> Assessment:
    """Start an assessment, or resume the unfinished one of the same kind: same version and
    variant, same person (or anonymous key), organisation and round."""
    if variant not in Variant.values:
        raise ValidationError({"variant": _("Choose the full or the short variant.")})
    if not version.is_published:
        raise ValidationError({"version": _("This questionnaire version is not published.")})
    signed_in = bool(user and user.is_authenticated)
    if not signed_in:
        user = None
        if not anonymous_key:
            raise ValidationError({"anonymous_key": _("Start the assessment from its page.")})
        if variant != Variant.SHORT or organisation is not None or round is not None:
            raise PermissionDenied(_("Sign in to take the full assessment."))
    else:
        anonymous_key = ""
    if round is not None:
        if organisation is not None and organisation.pk != round.organisation_id:
            raise ValidationError({"round": _("This round belongs to another organisation.")})
        organisation = round.organisation
        if not permissions.can_take_part(user, round):
            raise PermissionDenied(_("Only the colleagues invited to a round take part in it."))
        if round.version_id != version.pk or variant != Variant.FULL:
            raise ValidationError(
                {"round": _("A round uses the full variant of the round's version.")}
            )
    elif organisation is not None and not permissions.can_assess_for(user, organisation):
        raise PermissionDenied(_("Only the organisation's admins assess it on its behalf."))
    kind = {
        "version": version,
        "variant": variant,
        "organisation": organisation,
        "round": round,
        "status": AssessmentStatus.IN_PROGRESS,
    }
    kind.update({"user": user} if user else {"user__isnull": True, "anonymous_key": anonymous_key})
    unfinished = Assessment.objects.filter(**kind).order_by("-started_at", "-pk").first()
    if unfinished is not None:
        return unfinished
    if (
        round is not None
        and Assessment.objects.filter(
            round=round, user=user, status=AssessmentStatus.COMPLETED
        ).exists()
    ):
        raise ValidationError({"round": _("You have already completed this round.")})
    assessment = Assessment(
        version=version,
        variant=variant,
        user=user,
        anonymous_key=anonymous_key or "",
        organisation=organisation,
        round=round,
    )
    assessment.full_clean()
    assessment.save()
    return assessment


def _check_open(assessment):
    if assessment.is_completed:
        raise ValidationError(
            {"__all__": _("This assessment is completed; its answers can no longer change.")}
        )
    if assessment.round_id is not None and not assessment.round.is_open:
        raise ValidationError({"__all__": _("This round is closed.")})
    if assessment.round_id is not None and not permissions.is_participant(
        assessment.user, assessment.round
    ):
        raise ValidationError({"__all__": _("Your invitation to this round was withdrawn.")})


def answer_save(
    *, assessment: Assessment, statement: Statement, value=None, not_applicable: bool = False
) -> Answer:
    """Record (or change) the answer to one statement: a value on the scale, or "not
    applicable"."""
    return answers_save(assessment=assessment, answers=[(statement, value, not_applicable)])[0]


def _check_answer(statement, value, not_applicable, *, statements: set, values: set) -> None:
    if statement.pk not in statements:
        raise ValidationError({"statement": _("This statement is not part of this assessment.")})
    if not_applicable and value is not None:
        raise ValidationError({"value": _("Choose a value or “not applicable”, not both.")})
    if not_applicable:
        return
    if value is None:
        raise ValidationError({"value": _("Choose a value or “not applicable”.")})
    if isinstance(value, bool) or not isinstance(value, int) or value not in values:
        raise ValidationError(
            {
                "value": _("Choose a value from %(lowest)d to %(highest)d.")
                % {"lowest": min(values), "highest": max(values)}
            }
        )


def remaining_count(assessment) -> int:
    """Statements of the assessment's variant with neither a value nor "not applicable"."""
    return (
        variant_statements(assessment.version_id, assessment.variant)
        .exclude(answers__assessment=assessment)
        .count()
    )


@transaction.atomic
def assessment_complete(*, assessment: Assessment) -> Assessment:
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
    _check_open(assessment)
    left = remaining_count(assessment)
    if left:
        raise ValidationError(
            {
                "__all__": ngettext(
                    "%(count)d statement is still unanswered. Answer it or mark it "
                    "“not applicable”.",
                    "%(count)d statements are still unanswered. Answer them or mark them "
                    "“not applicable”.",
                    left,
                )
                % {"count": left}
            }
        )
    assessment.status = AssessmentStatus.COMPLETED
    assessment.completed_at = timezone.now()
    assessment.full_clean()
    assessment.save(update_fields=["status", "completed_at"])
    return assessment


@transaction.atomic
def assessment_claim(*, assessment: Assessment, anonymous_key: str, user) -> Assessment:
    """A visitor who signs up (or in) keeps the short assessment they took anonymously."""
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if not (user and user.is_authenticated):
        raise PermissionDenied(_("Sign in to keep your assessment."))
    if assessment.user_id is not None or not permissions.is_own(None, assessment, anonymous_key):
        raise PermissionDenied(_("This assessment is not yours to keep."))
    assessment.user = user
    assessment.anonymous_key = ""
    assessment.full_clean()
    assessment.save(update_fields=["user", "anonymous_key"])
    return assessment


@transaction.atomic
def assessment_share(*, assessment: Assessment, actor, shared: bool) -> Assessment:
    """Create (or withdraw) the secret link that shows the result to whoever has it. A new
    link replaces the old one, so withdrawing and sharing again cuts off earlier readers."""
    if not permissions.can_share(actor, assessment):
        raise PermissionDenied(_("Only the person who took the assessment shares its result."))
    assessment.share_token = secrets.token_urlsafe(32) if shared else None
    assessment.save(update_fields=["share_token"])
    return assessment


# Rounds -------------------------------------------------------------------------------------


@transaction.atomic
def round_start(
    *, organisation, version: QuestionnaireVersion, actor, title: str = "", invitees=()
) -> Round:
    """An admin starts a round, taking part in it, and invites colleagues (`invitees`, members
    of the organisation), who then answer it one by one."""
    if not permissions.can_start_round(actor, organisation):
        raise PermissionDenied(_("Only the organisation's admins start a round."))
    if not version.is_published:
        raise ValidationError({"version": _("This questionnaire version is not published.")})
    round = Round(
        organisation=organisation,
        version=version,
        started_by=actor,
        title=title.strip()
        or _("Self-assessment of %(date)s") % {"date": timezone.localdate().isoformat()},
    )
    round.full_clean()
    round.save()
    starter = RoundInvitation(round=round, user=actor, invited_by=actor)
    starter.full_clean()
    starter.save()
    if invitees:
        round_invite(round=round, actor=actor, users=invitees)
    return round


@transaction.atomic
def round_invite(*, round: Round, actor, users) -> list[RoundInvitation]:
    """Invite colleagues to an open round; those invited already are left as they are. Each
    new invitee gets a `round_invitation` notification (emailed as they chose)."""
    round = Round.objects.select_for_update().select_related("organisation").get(pk=round.pk)
    if not permissions.can_start_round(actor, round.organisation):
        raise PermissionDenied(_("Only the organisation's admins invite colleagues to a round."))
    if not round.is_open:
        raise ValidationError({"users": _("This round is closed; no one can join it any more.")})
    people = {user.pk: user for user in users}
    members = set(
        Membership.objects.filter(
            organisation=round.organisation, user__in=list(people), user__is_active=True
        ).values_list("user_id", flat=True)
    )
    outsiders = sorted(str(user) for pk, user in people.items() if pk not in members)
    if outsiders:
        raise ValidationError(
            {
                "users": _("Only members of %(organisation)s can be invited: %(people)s.")
                % {"organisation": round.organisation.name, "people": ", ".join(outsiders)}
            }
        )
    invited = set(
        RoundInvitation.objects.filter(round=round, user__in=list(people)).values_list(
            "user_id", flat=True
        )
    )
    created = []
    for pk in sorted(set(people) - invited):
        invitation = RoundInvitation(round=round, user=people[pk], invited_by=actor)
        invitation.full_clean()
        invitation.save()
        created.append(invitation)
        if pk != actor.pk:
            notification_send(
                recipient=people[pk],
                kind="round_invitation",
                data={
                    "title": round.title,
                    "organisation": round.organisation.name,
                    "inviter": actor.full_name,
                },
                url=reverse("assessment:round", args=[round.pk]),
                actor=actor,
                subject=invitation,
            )
    return created


@transaction.atomic
def round_invitation_withdraw(*, round: Round, actor, user) -> None:
    """Withdraw a colleague's invitation while they have not completed the round: once
    completed, their answers count in the organisation's result."""
    round = Round.objects.select_for_update().select_related("organisation").get(pk=round.pk)
    if not permissions.can_start_round(actor, round.organisation):
        raise PermissionDenied(_("Only the organisation's admins withdraw invitations."))
    if not round.is_open:
        raise ValidationError({"user": _("This round is closed.")})
    if user.pk == round.started_by_id:
        raise ValidationError({"user": _("The person who started the round always takes part.")})
    invitation = RoundInvitation.objects.filter(round=round, user=user).first()
    if invitation is None:
        raise ValidationError({"user": _("This person is not invited to the round.")})
    if Assessment.objects.filter(
        round=round, user=user, status=AssessmentStatus.COMPLETED
    ).exists():
        raise ValidationError(
            {"user": _("%(name)s has completed the round; their answers count.") % {"name": user}}
        )
    invitation.delete()


@transaction.atomic
def round_close(*, round: Round, actor) -> Round:
    """Close a round: its result stays, and no one answers it any more."""
    round = Round.objects.select_for_update().get(pk=round.pk)
    if not round.is_open:
        raise ValidationError({"closed_at": _("This round is already closed.")})
    if not permissions.can_close_round(actor, round):
        raise PermissionDenied(_("Only the organisation's admins close a round."))
    round.closed_at = timezone.now()
    round.scores = selectors.round_scores(round)
    round.full_clean()
    round.save(update_fields=["closed_at", "scores"])
    return round


@transaction.atomic
def round_scores_store(*, round: Round) -> Round:
    """Keep a closed round's scores, for rounds closed before scores were kept at closing."""
    round = Round.objects.select_for_update().get(pk=round.pk)
    if round.is_open:
        raise ValidationError({"closed_at": _("This round is still open.")})
    round.scores = selectors.round_scores(round)
    round.save(update_fields=["scores"])
    return round


@transaction.atomic
def answers_save(*, assessment: Assessment, answers: list[tuple]) -> list[Answer]:
    """Record (or change) several answers at once, as (statement, value, not_applicable): a
    step of the questionnaire posted without JavaScript is saved whole or not at all. Every
    answer is checked before any is written, and the answers are written in two queries
    whatever their number."""
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
    _check_open(assessment)
    asked = {statement.pk for statement, _value, _not_applicable in answers}
    statements = set(
        variant_statements(assessment.version_id, assessment.variant)
        .filter(pk__in=asked)
        .values_list("pk", flat=True)
    )
    values = set(
        ScaleOption.objects.filter(version=assessment.version_id).values_list("value", flat=True)
    )
    for statement, value, not_applicable in answers:
        _check_answer(statement, value, not_applicable, statements=statements, values=values)
    by_statement = {
        answer.statement_id: answer
        for answer in Answer.objects.filter(assessment=assessment, statement__in=asked)
    }
    now = timezone.now()
    for statement, value, not_applicable in answers:
        if statement.pk not in by_statement:
            by_statement[statement.pk] = Answer(assessment=assessment, statement=statement)
        answer = by_statement[statement.pk]
        answer.value, answer.not_applicable, answer.updated_at = value, not_applicable, now
    Answer.objects.bulk_update(
        [answer for answer in by_statement.values() if answer.pk is not None],
        ["value", "not_applicable", "updated_at"],
    )
    Answer.objects.bulk_create([answer for answer in by_statement.values() if answer.pk is None])
    return [by_statement[statement.pk] for statement, _value, _not_applicable in answers]


# Peer benchmark -----------------------------------------------------------------------------


@transaction.atomic
def benchmark_opt_out_set(*, organisation, actor, opted_out: bool) -> bool:
    """Keep the organisation's results out of other organisations' peer benchmarks, or let
    them count again. Returns whether the organisation is now opted out."""
    if not permissions.can_manage_benchmark(actor, organisation):
        raise PermissionDenied(_("Only the organisation's admins decide on the peer benchmark."))
    if opted_out and not BenchmarkOptOut.objects.filter(organisation=organisation).exists():
        choice = BenchmarkOptOut(organisation=organisation)
        choice.full_clean()
        choice.save()
    elif not opted_out:
        BenchmarkOptOut.objects.filter(organisation=organisation).delete()
    return opted_out


# Peers to ask ---------------------------------------------------------------------------------


@transaction.atomic
def peer_contact_set(*, user, contactable: bool) -> bool:
    """Agree (or stop agreeing) to be named to others as a peer to ask on the dimensions where
    one scored high. Returns whether the person is now contactable."""
    if not is_member(user):
        raise PermissionDenied(_("Sign in with a confirmed email address to be contactable."))
    if contactable and not PeerContactOptIn.objects.filter(user=user).exists():
        choice = PeerContactOptIn(user=user)
        choice.full_clean()
        choice.save()
    elif not contactable:
        PeerContactOptIn.objects.filter(user=user).delete()
    return contactable
