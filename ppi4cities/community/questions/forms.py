"""Forms of questions and answers: asking and editing, answering, the list's filters, expert
requests and the expert setting."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ppi4cities.accounts.models import Organisation, OrganisationKind

from .models import ANSWER_MAX, BODY_MAX, MESSAGE_MAX, TITLE_MAX, Facet
from .services import TAG_FIELDS
from .vocabularies import facet_choices

MAX_QUERY = 200
LIST_STATUSES = ("unanswered", "open", "answered")


def filters_from(params, *, signed_in: bool) -> dict:
    """The valid part of a list's query string; unknown values are ignored, not refused."""
    filters = {"q": (params.get("q") or "").strip()[:MAX_QUERY]}
    if params.get("status") in LIST_STATUSES:
        filters["status"] = params["status"]
    for field, facet in (
        ("theme", Facet.THEME),
        ("stage", Facet.STAGE),
        ("country", Facet.COUNTRY),
        ("procedure", Facet.PROCEDURE),
    ):
        value = params.get(field, "")
        if value and value in dict(facet_choices(facet)):
            filters[field] = value
    filters["followed"] = signed_in and params.get("followed") == "1"
    return filters


class QuestionForm(forms.Form):
    title = forms.CharField(
        label=_("Your question in one sentence"),
        max_length=TITLE_MAX,
        help_text=_("Similar questions already asked appear below as you type."),
    )
    body = forms.CharField(
        label=_("Details"),
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("What you are preparing and what you tried. Markdown is allowed."),
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"), required=False, widget=forms.CheckboxSelectMultiple
    )
    stages = forms.MultipleChoiceField(
        label=_("PPI stages"), required=False, widget=forms.CheckboxSelectMultiple
    )
    procedures = forms.MultipleChoiceField(
        label=_("Procedure types"), required=False, widget=forms.CheckboxSelectMultiple
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries or legal frameworks"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("Hold Ctrl (or Cmd) to choose more than one."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for facet, field in TAG_FIELDS.items():
            self.fields[field].choices = facet_choices(facet)

    def tags(self) -> dict:
        return {facet: self.cleaned_data[field] for facet, field in TAG_FIELDS.items()}


class AskForm(QuestionForm):
    organisation = forms.ModelChoiceField(
        label=_("Asked on behalf of"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("Myself only"),
    )
    address_country = forms.ChoiceField(
        label=_("Also ask the members in"),
        required=False,
        help_text=_("Members of organisations there are told of your question (up to 200)."),
    )
    address_kind = forms.ChoiceField(
        label=_("Also ask the members of organisations of the type"),
        required=False,
        choices=[("", _("No one in particular"))] + list(OrganisationKind.choices),
    )

    field_order = [
        "title",
        "body",
        "themes",
        "stages",
        "procedures",
        "countries",
        "organisation",
        "address_country",
        "address_kind",
    ]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            memberships__user=user
        ).order_by("name")
        # While the title is typed, similar questions load into the polite live region below it.
        self.fields["title"].widget.attrs.update(
            {
                "hx-get": reverse("questions:similar"),
                "hx-trigger": "keyup changed delay:400ms",
                "hx-target": "#similar-questions",
                "hx-swap": "innerHTML",
                "autocomplete": "off",
            }
        )
        self.fields["address_country"].choices = [("", _("No one in particular"))] + [
            choice for choice in facet_choices(Facet.COUNTRY) if choice[0] != "EU"
        ]


class AnswerForm(forms.Form):
    body = forms.CharField(
        label=_("Your answer"),
        max_length=ANSWER_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Share what you did or know. Markdown is allowed."),
    )


class ExpertRequestForm(forms.Form):
    expert = forms.ChoiceField(label=_("Expert"), widget=forms.RadioSelect)
    message = forms.CharField(
        label=_("A note to the expert"),
        required=False,
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, experts, **kwargs):
        super().__init__(*args, **kwargs)
        self.experts = {str(person.pk): person for person in experts}
        self.fields["expert"].choices = [
            (
                str(person.pk),
                f"{person.full_name} ({', '.join(tag.name for tag in person.expertise.all())})",
            )
            for person in experts
        ]

    def chosen(self):
        return self.experts[self.cleaned_data["expert"]]


class AvailabilityForm(forms.Form):
    accepts_requests = forms.BooleanField(
        label=_("Members may send me their questions as an expert"),
        required=False,
        help_text=_(
            "Askers whose questions match the expertise on your profile can pick you. "
            "You are notified of each request."
        ),
    )
