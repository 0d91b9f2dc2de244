"""Every write of partner search: posting, editing and closing calls, expressing interest.

Each service is one transaction, checks the permission again, and refuses bad input with a
ValidationError naming the field, so pages and the API share every rule.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries import countries as all_countries

from ppi4cities.accounts.models import OrganisationKind, Role
from ppi4cities.accounts.permissions import is_member
from ppi4cities.accounts.services import tags_from_names
from ppi4cities.community.messaging.services import conversation_start
from ppi4cities.community.services import notification_send
from ppi4cities.core import fulltext, ratelimit, spam
from ppi4cities.core.models import Theme
from ppi4cities.moderation.sanctions import ensure_may_post

from . import permissions
from .models import CallStatus, Interest, PartnerCall, Target

SEARCH_KIND = "partner_call"
NOTIFICATION_KIND = "call_interest"
# The fields a form or the API sets directly on a call.
CALL_FIELDS = ["title", "purpose", "programme", "call_name", "description", "language", "deadline"]


def call_document(call: PartnerCall) -> fulltext.Document:
    return fulltext.Document(
        object_id=call.pk,
        language=call.language,
        title=call.title,
        summary=" ".join(filter(None, [call.programme, call.call_name])),
        body=call.description,
        keywords=call.organisation.name,
    )


def call_index(call: PartnerCall) -> None:
    """Keep the search index in step: a hidden call is taken out, so no search anywhere on
    the platform finds it; a restored one comes back."""
    if call.hidden_at is None:
        fulltext.index_many(SEARCH_KIND, [call_document(call)])
    else:
        fulltext.remove(SEARCH_KIND, call.pk)


def _clean_targets(*, partner_kinds, countries) -> tuple[list[str], list[str]]:
    kinds = sorted(set(partner_kinds or []))
    unknown = [kind for kind in kinds if kind not in OrganisationKind.values]
    if unknown:
        raise ValidationError(
            {"partner_kinds": _("Unknown types: %(values)s.") % {"values": ", ".join(unknown)}}
        )
    codes = sorted({str(code).upper() for code in countries or []})
    unknown = [code for code in codes if code not in all_countries]
    if unknown:
        raise ValidationError(
            {"countries": _("Unknown countries: %(values)s.") % {"values": ", ".join(unknown)}}
        )
    return kinds, codes


def _check_deadline(deadline, *, today: datetime.date) -> None:
    if deadline is not None and deadline < today:
        raise ValidationError({"deadline": _("The deadline cannot be in the past.")})


def _apply(call: PartnerCall, data: dict, *, partner_kinds, countries) -> None:
    for field in CALL_FIELDS:
        if field in data:
            value = data[field]
            setattr(call, field, value.strip() if isinstance(value, str) else value)
    call.partner_kinds, call.countries = _clean_targets(
        partner_kinds=partner_kinds, countries=countries
    )
    call.full_clean(exclude=["organisation", "author", "themes", "expertise"])


def _set_relations(call: PartnerCall, *, themes, expertise) -> None:
    call.themes.set(Theme.objects.filter(code__in=[getattr(t, "code", t) for t in themes]))
    call.expertise.set(tags_from_names(list(expertise)))
    call.targets.all().delete()
    Target.objects.bulk_create(
        [Target(call=call, facet=Target.Facet.KIND, value=kind) for kind in call.partner_kinds]
        + [Target(call=call, facet=Target.Facet.COUNTRY, value=code) for code in call.countries]
    )


@transaction.atomic
def partner_call_create(
    *,
    author,
    organisation,
    data: dict,
    partner_kinds=(),
    countries=(),
    themes=(),
    expertise=(),
    is_demo: bool = False,
    today: datetime.date | None = None,
) -> PartnerCall:
    """Post a call on behalf of an organisation the author belongs to. `themes` are Theme
    rows or codes, `expertise` tag names."""
    ensure_may_post(author)
    if not permissions.can_create_for(author, organisation):
        raise PermissionDenied(_("Post calls on behalf of an organisation you belong to."))
    ratelimit.check(user=author, action="partner_call")
    _check_deadline(data.get("deadline"), today=today or timezone.localdate())
    call = PartnerCall(
        organisation=organisation,
        author=author,
        links_clickable=spam.links_clickable(author),
        is_demo=is_demo,
    )
    _apply(call, data, partner_kinds=partner_kinds, countries=countries)
    call.save()
    _set_relations(call, themes=themes, expertise=expertise)
    call_index(call)
    return call


@transaction.atomic
def partner_call_update(
    *,
    call: PartnerCall,
    actor,
    data: dict,
    partner_kinds=(),
    countries=(),
    themes=(),
    expertise=(),
    today: datetime.date | None = None,
) -> PartnerCall:
    """Edit a call. A new deadline cannot be in the past; an unchanged one may be (editing an
    expired call's text does not reopen it)."""
    ensure_may_post(actor)
    if not permissions.can_edit(actor, call):
        raise PermissionDenied(_("Only the author and the organisation's administrators edit it."))
    if data.get("deadline") != call.deadline:
        _check_deadline(data.get("deadline"), today=today or timezone.localdate())
    _apply(call, data, partner_kinds=partner_kinds, countries=countries)
    call.save()
    _set_relations(call, themes=themes, expertise=expertise)
    call_index(call)
    return call


@transaction.atomic
def partner_call_close(
    *, call: PartnerCall, actor, withdraw: bool = False, now: datetime.datetime | None = None
) -> PartnerCall:
    """Close a call before its deadline (or withdraw it: the project will not go ahead)."""
    if not permissions.can_close(actor, call):
        raise PermissionDenied(_("Only the author and the organisation's administrators close it."))
    if call.status != CallStatus.OPEN:
        raise ValidationError(_("This call is already closed."))
    call.status = CallStatus.WITHDRAWN if withdraw else CallStatus.CLOSED
    call.closed_at = now or timezone.now()
    call.save(update_fields=["status", "closed_at", "updated_at"])
    return call


def _interest_line_data(interest: Interest) -> dict:
    return {
        "person": interest.person.full_name,
        "organisation": interest.organisation.name if interest.organisation else "",
        "title": interest.call.title,
    }


def _call_contacts(call: PartnerCall) -> list:
    """Who hears from interested members: the author, or, if their account is gone, the
    offering organisation's administrators."""
    if call.author is not None and call.author.is_active:
        return [call.author]
    memberships = call.organisation.memberships.filter(role=Role.ADMIN, user__is_active=True)
    return [membership.user for membership in memberships.select_related("user")]


@transaction.atomic
def interest_express(
    *,
    call: PartnerCall,
    person,
    message: str,
    organisation=None,
    today: datetime.date | None = None,
) -> Interest:
    """Record a member's interest in a call and open a private conversation with the caller,
    whose first message is the member's; the caller is notified."""
    ensure_may_post(person)
    today = today or timezone.localdate()
    if not is_member(person):
        raise PermissionDenied(_("Confirm your email address to express interest."))
    if call.hidden_at is not None:
        raise PermissionDenied(_("This call is not available."))
    if permissions.is_caller(person, call):
        raise PermissionDenied(_("You cannot express interest in your own organisation's call."))
    if not call.is_open_on(today):
        raise ValidationError(_("This call is closed; it no longer takes expressions of interest."))
    if organisation is not None and not permissions.can_create_for(person, organisation):
        raise ValidationError({"organisation": _("Choose an organisation you belong to.")})
    if Interest.objects.filter(call=call, person=person).exists():
        raise ValidationError(_("You have already expressed interest in this call."))
    ratelimit.check(user=person, action="interest")
    message = (message or "").strip()
    interest = Interest(call=call, person=person, organisation=organisation, message=message)
    interest.full_clean(exclude=["conversation"])
    contacts = _call_contacts(call)
    if not contacts:
        raise ValidationError(_("Nobody can answer for this call at the moment."))
    try:
        conversation = conversation_start(
            starter=person,
            others=contacts,
            text=message,
            subject=call.title[:200],
            about=call,
            # The caller hears of it once, as interest in their call.
            notify=False,
        )
    except ValidationError as error:
        if hasattr(error, "error_dict") and "text" in error.error_dict:
            raise ValidationError({"message": error.error_dict["text"]}) from None
        raise
    interest.conversation = conversation
    try:
        with transaction.atomic():
            interest.save()
    except IntegrityError:
        # The same person sent the form twice at once; the first one counts.
        raise ValidationError(_("You have already expressed interest in this call.")) from None
    PartnerCall.objects.filter(pk=call.pk).update(interest_count=F("interest_count") + 1)
    for contact in contacts:
        notification_send(
            recipient=contact,
            kind=NOTIFICATION_KIND,
            data=_interest_line_data(interest),
            url=f"{call.get_absolute_url()}#interests",
            actor=person,
            subject=call,
        )
    return interest
