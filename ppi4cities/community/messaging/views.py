"""Pages of messages: the list of conversations, starting one, reading and replying, leaving a
group, blocking members."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ppi4cities.core.ratelimit import RateLimited

from . import permissions, selectors, services
from .forms import SERVICE_FIELDS, ConversationForm, FindMembersForm, ReplyForm

PAGE_SIZE = 20
MESSAGES_PAGE_SIZE = 30


def _conversation_or_404(request, conversation_id: int):
    # A conversation one is not in does not exist for them, moderators and staff included.
    conversation = selectors.conversation_for(request.user, conversation_id)
    if conversation is None:
        raise Http404
    return conversation


def _add_service_errors(form, error: ValidationError) -> None:
    for field, errors in error.message_dict.items():
        name = SERVICE_FIELDS.get(field)
        for message in errors:
            form.add_error(name if name in form.fields else None, message)


def _refusal(form, error) -> int:
    """Show why a send was refused above the form, which keeps what was typed."""
    if isinstance(error, RateLimited):
        form.add_error(None, error.message)
        return 429
    if isinstance(error, PermissionDenied):
        form.add_error(None, str(error) or _("You may not send this message."))
        return 403
    _add_service_errors(form, error)
    return 400


@login_required
def conversation_list(request):
    page = Paginator(selectors.conversations_for(request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    rows = [selectors.conversation_row(conversation, request.user) for conversation in page]
    return render(request, "messaging/list.html", {"page": page, "rows": rows})


def _chosen_ids(values) -> list[int]:
    return [int(value) for value in values if str(value).isdigit()][:50]


def _start(request, form) -> tuple[object | None, int]:
    """Start the conversation the form describes: (conversation, 200) or (None, status)."""
    if not form.is_valid():
        return None, 400
    try:
        conversation = services.conversation_start(
            starter=request.user,
            others=list(form.cleaned_data["to"]),
            subject=form.cleaned_data["subject"],
            text=form.cleaned_data["text"],
        )
    except (ValidationError, PermissionDenied, RateLimited) as error:
        return None, _refusal(form, error)
    return conversation, 200


@login_required
def conversation_new(request):
    if not permissions.can_use_messages(request.user):
        raise PermissionDenied(_("Confirm your email address to send messages."))
    candidates = selectors.messageable_people(request.user)
    source = request.POST if request.method == "POST" else request.GET
    chosen = _chosen_ids(source.getlist("to"))
    find = FindMembersForm(source)
    query = find.cleaned_data["q"] if find.is_valid() else ""
    # "Find" re-shows the form with more people to choose from, keeping what was typed.
    sending = request.method == "POST" and request.POST.get("action") != "find"
    form = ConversationForm(
        request.POST if sending else None,
        candidates=candidates,
        initial={
            "to": chosen,
            "subject": source.get("subject", ""),
            "text": source.get("text", ""),
        },
    )
    status = 200
    if sending:
        conversation, status = _start(request, form)
        if conversation is not None:
            messages.success(request, _("Your message is sent."))
            return redirect(conversation.get_absolute_url())
    shown = list(candidates.filter(pk__in=chosen))
    found = [
        person for person in selectors.find_people(request.user, query) if person.pk not in chosen
    ]
    context = {"form": form, "find": find, "query": query, "chosen": shown, "found": found}
    return render(request, "messaging/new.html", context, status=status)


@login_required
def conversation_detail(request, conversation_id: int):
    conversation = _conversation_or_404(request, conversation_id)
    form = ReplyForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                message = services.message_send(
                    conversation=conversation, sender=request.user, text=form.cleaned_data["text"]
                )
            except (ValidationError, PermissionDenied, RateLimited) as error:
                status = _refusal(form, error)
            else:
                return redirect(f"{conversation.get_absolute_url()}#message-{message.pk}")
        else:
            status = 400
    paginator = Paginator(selectors.messages_of(conversation), MESSAGES_PAGE_SIZE)
    # The latest messages first come into view; earlier pages hold older ones.
    page = paginator.get_page(request.GET.get("page") or paginator.num_pages)
    services.conversation_read(conversation=conversation, user=request.user)
    context = selectors.conversation_context(conversation, request.user)
    context.update(
        {
            "form": form,
            "page": page,
            "items": [selectors.message_view(message, request.user, context) for message in page],
        }
    )
    return render(request, "messaging/conversation.html", context, status=status)


@login_required
@require_POST
def conversation_leave(request, conversation_id: int):
    conversation = _conversation_or_404(request, conversation_id)
    try:
        services.conversation_leave(conversation=conversation, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(conversation.get_absolute_url())
    messages.success(request, _("You left the conversation."))
    return redirect("messaging:list")


def _next_or(request, default: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return default


@login_required
def blocked_list(request):
    page = Paginator(selectors.blocked_by(request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "messaging/blocked.html", {"page": page})


@login_required
@require_POST
def member_block(request, user_id: int):
    person = get_object_or_404(get_user_model(), pk=user_id, is_active=True)
    try:
        services.block_create(blocker=request.user, blocked=person)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("You blocked %(name)s. They can no longer write to you.")
            % {"name": person.full_name},
        )
    return redirect(_next_or(request, reverse("messaging:blocked")))


@login_required
@require_POST
def member_unblock(request, user_id: int):
    person = get_object_or_404(get_user_model(), pk=user_id)
    if services.block_delete(blocker=request.user, blocked=person):
        messages.success(request, _("You unblocked %(name)s.") % {"name": person.full_name})
    return redirect(_next_or(request, reverse("messaging:blocked")))
