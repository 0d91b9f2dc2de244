"""Forms for people and organisations. They validate; services write."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from ppi4cities.core.honeypot import HoneypotMixin
from ppi4cities.core.images import validate_image_upload
from ppi4cities.core.models import Theme
from ppi4cities.core.vocabularies import SPOKEN_LANGUAGES, ThemeCode

from .models import (
    BUSINESS_KINDS,
    CompanySize,
    Organisation,
    OrganisationKind,
    ProfileVisibility,
    Role,
    User,
)
from .selectors import SORTS, DirectoryFilters
from .services import ORGANISATION_FIELDS

IMAGE_ACCEPT = "image/png,image/jpeg,image/webp,image/gif"
# ISO 3166 alpha-2 codes whose NUTS prefix differs.
NUTS_PREFIX_EXCEPTIONS = {"GR": "EL", "GB": "UK"}


def split_tags(value: str) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


class TagsField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 600)
        kwargs.setdefault("help_text", _("Separate tags with commas, up to 15."))
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        tags = split_tags(value)
        if len(tags) > 15:
            raise ValidationError(_("Use at most 15 tags."))
        if any(len(tag) > 60 for tag in tags):
            raise ValidationError(_("Each tag can be at most 60 characters long."))
        return tags


class ImageUploadField(forms.FileField):
    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("validators", [validate_image_upload])
        kwargs.setdefault("widget", forms.ClearableFileInput(attrs={"accept": IMAGE_ACCEPT}))
        super().__init__(**kwargs)


class SignupDetailsForm(HoneypotMixin, forms.Form):
    """What allauth's sign-up form adds: the person's name, and a trap for robots."""

    full_name = forms.CharField(
        label=_("Your name"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )

    def signup(self, request, user):
        user.full_name = self.cleaned_data["full_name"].strip()
        user.language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
        user.save(update_fields=["full_name", "language"])


class ProfileForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"),
        choices=SPOKEN_LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    expertise = TagsField(label=_("Expertise"))
    avatar = ImageUploadField(
        label=_("Photo"),
        help_text=_("PNG, JPEG, WebP or GIF, at most 2 MB."),
    )
    remove_avatar = forms.BooleanField(label=_("Remove the current photo"), required=False)

    class Meta:
        model = User
        fields = ["full_name", "job_title", "bio", "languages", "visibility", "language"]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5}),
            "visibility": forms.RadioSelect,
        }
        labels = {"language": _("Language of the emails you receive")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["visibility"].choices = ProfileVisibility.choices
        if self.instance.pk and not self.is_bound:
            self.initial["expertise"] = ", ".join(t.name for t in self.instance.expertise.all())


class OrganisationForm(forms.ModelForm):
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    expertise = TagsField(label=_("Expertise"))
    website = forms.URLField(
        label=_("Website"), max_length=300, required=False, assume_scheme="https"
    )
    logo = ImageUploadField(label=_("Logo"), help_text=_("PNG, JPEG, WebP or GIF, at most 2 MB."))
    remove_logo = forms.BooleanField(label=_("Remove the current logo"), required=False)

    class Meta:
        model = Organisation
        fields = [
            *ORGANISATION_FIELDS,
            *[f"description_{code}" for code, _name in settings.LANGUAGES],
        ]
        help_texts = {
            "size": _("For companies and start-ups only."),
            "nuts3": _("For example LT025 for Panevėžys county. Leave empty if unsure."),
            "latitude": _("Decimal degrees between -90 and 90, for example 55.7333."),
            "longitude": _("Decimal degrees between -180 and 180, for example 24.35."),
            "original_language": _("The language you write the description in."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["size"].choices = [("", _("Not a company")), *CompanySize.choices]
        self.fields["kind"].choices = [("", _("Choose a type")), *OrganisationKind.choices]
        self.fields["latitude"].widget = forms.NumberInput(attrs={"step": "any"})
        self.fields["longitude"].widget = forms.NumberInput(attrs={"step": "any"})
        self.fields["website"].widget.attrs["placeholder"] = "https://"
        names = dict(settings.LANGUAGE_NAMES_ENGLISH)
        for code, _name in settings.LANGUAGES:
            field = self.fields[f"description_{code}"]
            field.label = _("Description in %(language)s") % {"language": names[code]}
            field.widget = forms.Textarea(attrs={"rows": 6, "lang": code})
            field.help_text = ""
        if self.instance.pk and not self.is_bound:
            self.initial["themes"] = list(self.instance.themes.all())
            self.initial["expertise"] = ", ".join(t.name for t in self.instance.expertise.all())

    def description_fields(self):
        return [self[f"description_{code}"] for code, _name in settings.LANGUAGES]

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_nuts3(self):
        return self.cleaned_data.get("nuts3", "").strip().upper()

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if kind in BUSINESS_KINDS and not cleaned.get("size"):
            self.add_error("size", _("Choose the size of the company."))
        if kind and kind not in BUSINESS_KINDS:
            cleaned["size"] = ""
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if (latitude is None) != (longitude is None) and not (
            "latitude" in self.errors or "longitude" in self.errors
        ):
            self.add_error(
                "longitude" if longitude is None else "latitude",
                _("Give both latitude and longitude, or neither."),
            )
        nuts3, country = cleaned.get("nuts3"), cleaned.get("country")
        if nuts3 and country:
            prefix = NUTS_PREFIX_EXCEPTIONS.get(str(country), str(country))
            if not nuts3.startswith(prefix):
                self.add_error(
                    "nuts3",
                    _("NUTS codes of %(country)s start with %(prefix)s.")
                    % {"country": countries.name(country), "prefix": prefix},
                )
        return cleaned

    def service_arguments(self) -> dict:
        data = {field: self.cleaned_data.get(field) for field in ORGANISATION_FIELDS}
        descriptions = {
            code: self.cleaned_data.get(f"description_{code}", "") or ""
            for code, _name in settings.LANGUAGES
        }
        return {
            "data": data,
            "descriptions": descriptions,
            "themes": self.cleaned_data.get("themes") or [],
            "expertise": self.cleaned_data.get("expertise") or [],
            "logo": self.cleaned_data.get("logo"),
        }


class JoinRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the administrators (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=254)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.MEMBER)


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Token name"),
        max_length=80,
        help_text=_("For example the name of the script that will use it."),
    )


class DeleteAccountForm(forms.Form):
    confirm_email = forms.EmailField(
        label=_("Type your email address to confirm"),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_confirm_email(self):
        email = self.cleaned_data["confirm_email"].strip().lower()
        if email != self.user.email.lower():
            raise ValidationError(_("This is not the email address of your account."))
        return email


class DirectoryForm(forms.Form):
    """The directory's search and filters, read from the URL so any view can be shared."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    kind = forms.MultipleChoiceField(
        label=_("Type"),
        choices=OrganisationKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    country = forms.MultipleChoiceField(
        label=_("Country"), choices=[], required=False, widget=forms.CheckboxSelectMultiple
    )
    theme = forms.MultipleChoiceField(
        label=_("Theme"), choices=[], required=False, widget=forms.CheckboxSelectMultiple
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("name", _("Name")),
            ("-created", _("Newest")),
            ("country", _("Country")),
            ("-members", _("Most members")),
        ],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Country names are not rendered from this form (the facets are); codes suffice.
        self.fields["country"].choices = [(code, code) for code in countries.countries]
        self.fields["theme"].choices = ThemeCode.choices

    def filters(self) -> DirectoryFilters:
        """The valid part of the query; unknown values are ignored rather than rejected."""
        data = self.data
        kinds = set(OrganisationKind.values)
        codes = set(countries.countries)
        themes = set(ThemeCode.values)
        sort = data.get("sort", "")
        return DirectoryFilters(
            q=(data.get("q") or "").strip()[:200],
            kinds=[k for k in data.getlist("kind") if k in kinds],
            countries=[c for c in data.getlist("country") if c in codes],
            themes=[t for t in data.getlist("theme") if t in themes],
            sort=sort if sort in SORTS else "name",
        )
