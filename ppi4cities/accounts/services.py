"""Every write to people and organisations. Each service is one transaction."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ppi4cities.core import caching
from ppi4cities.core.images import reencoded_image
from ppi4cities.core.models import Tag
from ppi4cities.core.search import build_search_text

from . import permissions, selectors
from .models import (
    ApiToken,
    Invitation,
    InvitationStatus,
    JoinRequest,
    Membership,
    Organisation,
    RequestStatus,
    Role,
)
from .tasks import send_invitation_email

INVITATION_LIFETIME = timedelta(days=14)
MAX_TAGS = 15

ORGANISATION_FIELDS = [
    "name",
    "kind",
    "size",
    "country",
    "city",
    "nuts3",
    "latitude",
    "longitude",
    "website",
    "original_language",
]


# Tags and search text -------------------------------------------------------------------


def tags_from_names(names) -> list[Tag]:
    """Existing or new tags for free-text names, matched case-insensitively."""
    tags = []
    seen = set()
    for raw in names[:MAX_TAGS]:
        name = " ".join(raw.split())[:60]
        slug = slugify(name, allow_unicode=True)[:70]
        if not slug or slug in seen:
            continue
        seen.add(slug)
        tag, _created = Tag.objects.get_or_create(slug=slug, defaults={"name": name})
        tags.append(tag)
    return tags


def _organisation_search_text(organisation, themes, tags) -> str:
    descriptions = [
        getattr(organisation, f"description_{code}", "") for code, _name in settings.LANGUAGES
    ]
    # Theme and country names in English, whatever language the editor works in.
    with translation.override(settings.LANGUAGE_CODE):
        return _search_text(organisation, themes, tags, descriptions)


def _search_text(organisation, themes, tags, descriptions) -> str:
    return build_search_text(
        organisation.name,
        organisation.city,
        organisation.nuts3,
        organisation.country.name if organisation.country else "",
        *[tag.name for tag in tags],
        *[theme.label for theme in themes],
        *descriptions,
    )


def _organisations_changed():
    """Invalidate cached directory counts now, and again once the change is committed (a
    reader between the two may have cached the state before it)."""
    caching.bump(selectors.ORGANISATIONS)
    transaction.on_commit(lambda: caching.bump(selectors.ORGANISATIONS))


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "organisation"
    slug = base
    while Organisation.objects.filter(slug=slug).exists():
        slug = f"{base}-{secrets.token_hex(2)}"
    return slug


def _apply_organisation_data(organisation, data, descriptions):
    for field in ORGANISATION_FIELDS:
        if field in data:
            setattr(organisation, field, data[field])
    if not organisation.is_business:
        organisation.size = ""
    for code, text in descriptions.items():
        setattr(organisation, f"description_{code}", text)


# Organisations ---------------------------------------------------------------------------


@transaction.atomic
def organisation_create(
    *, creator, data: dict, descriptions: dict, themes, expertise: list[str], logo=None
) -> Organisation:
    """Create an organisation profile; its creator becomes its first administrator."""
    if not permissions.can_create_organisation(creator):
        raise PermissionDenied(_("Only members with a verified email can create organisations."))
    organisation = Organisation(created_by=creator, slug=_unique_slug(data["name"]))
    _apply_organisation_data(organisation, data, descriptions)
    if logo:
        organisation.logo = reencoded_image(logo, "logo")
    organisation.full_clean(exclude=["slug", "logo"])
    organisation.member_count = 1
    organisation.save()
    tags = tags_from_names(expertise)
    themes = list(themes)
    organisation.themes.set(themes)
    organisation.expertise.set(tags)
    organisation.search_text = _organisation_search_text(organisation, themes, tags)
    organisation.save(update_fields=["search_text"])
    Membership.objects.create(user=creator, organisation=organisation, role=Role.ADMIN)
    _organisations_changed()
    return organisation


@transaction.atomic
def organisation_update(
    *,
    organisation: Organisation,
    actor,
    data: dict,
    descriptions: dict,
    themes,
    expertise: list[str],
    logo=None,
    remove_logo: bool = False,
) -> Organisation:
    if not permissions.can_edit_organisation(actor, organisation):
        raise PermissionDenied(_("Only the organisation's administrators can edit it."))
    _apply_organisation_data(organisation, data, descriptions)
    old_logo = organisation.logo.name if organisation.logo else ""
    if logo:
        organisation.logo = reencoded_image(logo, "logo")
    elif remove_logo:
        organisation.logo = ""
    organisation.full_clean(exclude=["slug", "logo"])
    tags = tags_from_names(expertise)
    themes = list(themes)
    organisation.search_text = _organisation_search_text(organisation, themes, tags)
    organisation.save()
    organisation.themes.set(themes)
    organisation.expertise.set(tags)
    _organisations_changed()
    if old_logo and (logo or remove_logo):
        storage = organisation.logo.storage
        transaction.on_commit(lambda: storage.delete(old_logo))
    return organisation


def _refresh_member_count(organisation):
    Organisation.objects.filter(pk=organisation.pk).update(
        member_count=Membership.objects.filter(organisation=organisation).count()
    )
    _organisations_changed()


def _add_member(organisation, user, role) -> Membership:
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=organisation, defaults={"role": role}
    )
    if created:
        _refresh_member_count(organisation)
    elif role == Role.ADMIN and membership.role != Role.ADMIN:
        membership.role = Role.ADMIN
        membership.save(update_fields=["role"])
    return membership


def _ensure_another_admin(membership):
    """Refuse a change that would leave the organisation without an administrator."""
    admins = (
        Membership.objects.select_for_update()
        .filter(organisation_id=membership.organisation_id, role=Role.ADMIN)
        .exclude(pk=membership.pk)
    )
    if membership.role == Role.ADMIN and not admins.exists():
        raise ValidationError(
            _(
                "An organisation always keeps at least one administrator. "
                "Make another member an administrator first."
            )
        )


# Joining ---------------------------------------------------------------------------------


@transaction.atomic
def join_request_create(*, user, organisation, message: str = "") -> JoinRequest:
    if not permissions.can_request_to_join(user, organisation):
        raise PermissionDenied(_("You cannot ask to join this organisation."))
    if JoinRequest.objects.filter(
        user=user, organisation=organisation, status=RequestStatus.PENDING
    ).exists():
        raise ValidationError(_("You have already asked to join; the administrators will answer."))
    join_request = JoinRequest(user=user, organisation=organisation, message=message.strip())
    join_request.full_clean()
    join_request.save()
    return join_request


@transaction.atomic
def join_request_decide(*, join_request: JoinRequest, actor, accept: bool) -> JoinRequest:
    if not permissions.can_manage_members(actor, join_request.organisation):
        raise PermissionDenied(_("Only the organisation's administrators can answer requests."))
    if join_request.status != RequestStatus.PENDING:
        raise ValidationError(_("This request has already been answered."))
    join_request.status = RequestStatus.ACCEPTED if accept else RequestStatus.REFUSED
    join_request.decided_at = timezone.now()
    join_request.decided_by = actor
    join_request.save(update_fields=["status", "decided_at", "decided_by"])
    if accept:
        _add_member(join_request.organisation, join_request.user, Role.MEMBER)
    return join_request


@transaction.atomic
def join_request_withdraw(*, join_request: JoinRequest, user) -> JoinRequest:
    if join_request.user_id != user.pk:
        raise PermissionDenied(_("Only the person who asked can withdraw a request."))
    if join_request.status != RequestStatus.PENDING:
        raise ValidationError(_("This request has already been answered."))
    join_request.status = RequestStatus.WITHDRAWN
    join_request.save(update_fields=["status"])
    return join_request


# Invitations -----------------------------------------------------------------------------


@transaction.atomic
def invitation_create(*, organisation, actor, email: str, role: str = Role.MEMBER) -> Invitation:
    """Invite someone by email; the email leaves through the background worker."""
    if not permissions.can_manage_members(actor, organisation):
        raise PermissionDenied(_("Only the organisation's administrators can invite."))
    email = email.strip().lower()
    if Membership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
        raise ValidationError({"email": _("This person is already a member.")})
    if Invitation.objects.filter(
        organisation=organisation, email=email, status=InvitationStatus.PENDING
    ).exists():
        raise ValidationError({"email": _("An invitation to this address is already waiting.")})
    invitation = Invitation(
        organisation=organisation,
        email=email,
        role=role,
        invited_by=actor,
        expires_at=timezone.now() + INVITATION_LIFETIME,
    )
    invitation.full_clean()
    invitation.save()
    language = get_language() or settings.LANGUAGE_CODE
    transaction.on_commit(
        lambda: send_invitation_email.enqueue(invitation_id=invitation.pk, language=language)
    )
    return invitation


def _check_answerable(invitation):
    if invitation.status != InvitationStatus.PENDING:
        raise ValidationError(_("This invitation has already been answered or withdrawn."))
    if invitation.is_expired:
        raise ValidationError(_("This invitation has expired. Ask for a new one."))


@transaction.atomic
def invitation_accept(*, invitation: Invitation, user) -> Membership:
    _check_answerable(invitation)
    if not permissions.is_member(user):
        raise PermissionDenied(_("Verify your email address before joining an organisation."))
    invitation.status = InvitationStatus.ACCEPTED
    invitation.answered_at = timezone.now()
    invitation.save(update_fields=["status", "answered_at"])
    JoinRequest.objects.filter(
        user=user, organisation=invitation.organisation, status=RequestStatus.PENDING
    ).update(status=RequestStatus.ACCEPTED, decided_at=timezone.now())
    return _add_member(invitation.organisation, user, invitation.role)


@transaction.atomic
def invitation_decline(*, invitation: Invitation, user) -> Invitation:
    _check_answerable(invitation)
    invitation.status = InvitationStatus.DECLINED
    invitation.answered_at = timezone.now()
    invitation.save(update_fields=["status", "answered_at"])
    return invitation


@transaction.atomic
def invitation_revoke(*, invitation: Invitation, actor) -> Invitation:
    if not permissions.can_manage_members(actor, invitation.organisation):
        raise PermissionDenied(
            _("Only the organisation's administrators can withdraw invitations.")
        )
    if invitation.status != InvitationStatus.PENDING:
        raise ValidationError(_("This invitation has already been answered or withdrawn."))
    invitation.status = InvitationStatus.REVOKED
    invitation.answered_at = timezone.now()
    invitation.save(update_fields=["status", "answered_at"])
    return invitation


# Memberships -----------------------------------------------------------------------------


@transaction.atomic
def membership_change_role(*, membership: Membership, actor, role: str) -> Membership:
    if not permissions.can_manage_members(actor, membership.organisation):
        raise PermissionDenied(_("Only the organisation's administrators can change roles."))
    if role not in Role.values:
        raise ValidationError({"role": _("Choose administrator or member.")})
    if role != Role.ADMIN:
        _ensure_another_admin(membership)
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership, actor) -> None:
    """Remove a member (by an administrator) or leave (by the member)."""
    organisation = membership.organisation
    leaving = actor.pk == membership.user_id
    if not leaving and not permissions.can_manage_members(actor, organisation):
        raise PermissionDenied(_("Only the organisation's administrators can remove members."))
    _ensure_another_admin(membership)
    membership.delete()
    _refresh_member_count(organisation)


# Profile, tokens and privacy ---------------------------------------------------------------


@transaction.atomic
def profile_update(*, user, data: dict, expertise: list[str], avatar=None, remove_avatar=False):
    for field in ["full_name", "job_title", "bio", "languages", "visibility", "language"]:
        if field in data:
            setattr(user, field, data[field])
    old_avatar = user.avatar.name if user.avatar else ""
    if avatar:
        user.avatar = reencoded_image(avatar, "avatar")
    elif remove_avatar:
        user.avatar = ""
    user.full_clean(exclude=["password", "avatar"])
    user.save()
    user.expertise.set(tags_from_names(expertise))
    if old_avatar and (avatar or remove_avatar):
        storage = user.avatar.storage
        transaction.on_commit(lambda: storage.delete(old_avatar))
    return user


def _hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@transaction.atomic
def api_token_create(*, user, name: str) -> tuple[ApiToken, str]:
    """Create a personal API token; the key is returned once and only its hash is kept."""
    if not permissions.is_member(user):
        raise PermissionDenied(_("Verify your email address before creating API tokens."))
    name = name.strip()
    if not name:
        raise ValidationError(
            {"name": _("Give the token a name, such as the script that uses it.")}
        )
    key = settings.API_TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user=user, name=name, key_hash=_hash_key(key), prefix=key[:12])
    token.full_clean()
    token.save()
    return token, key


@transaction.atomic
def api_token_revoke(*, token: ApiToken, user) -> ApiToken:
    if token.user_id != user.pk:
        raise PermissionDenied(_("You can only revoke your own tokens."))
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def api_token_authenticate(key: str):
    """The user that owns a valid, unrevoked token, or None."""
    if not key or not key.startswith(settings.API_TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=_hash_key(key), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=5):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete a person's account and personal data; what they contributed stays, anonymised.

    Organisations they created stay (their creator becomes empty). Where they are the only
    administrator of an organisation that has other members, they must hand over first.
    """
    blocking = []
    for membership in Membership.objects.select_related("organisation").filter(
        user=user, role=Role.ADMIN
    ):
        others = Membership.objects.filter(organisation_id=membership.organisation_id).exclude(
            user=user
        )
        if others.exists() and not others.filter(role=Role.ADMIN).exists():
            blocking.append(membership.organisation.name)
    if blocking:
        raise ValidationError(
            _("Make another member an administrator of %(names)s before deleting your account.")
            % {"names": ", ".join(blocking)}
        )
    organisations = list(Organisation.objects.filter(memberships__user=user))
    avatar = user.avatar.name if user.avatar else ""
    storage = user.avatar.storage
    Invitation.objects.filter(email__iexact=user.email, status=InvitationStatus.PENDING).update(
        status=InvitationStatus.REVOKED, answered_at=timezone.now()
    )
    get_user_model().objects.filter(pk=user.pk).delete()
    for organisation in organisations:
        _refresh_member_count(organisation)
    if avatar:
        transaction.on_commit(lambda: storage.delete(avatar))
