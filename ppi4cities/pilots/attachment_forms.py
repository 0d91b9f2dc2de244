"""Forms of a pilot's files page: add a document or a photo, describe a photo, remove either.

They check only what a form can see; the services in `attachments.py` check the files by their
content and hold the rules, so the pages and the API refuse the same things.
"""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

DOCUMENT_ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.ods"
IMAGE_ACCEPT = "image/png,image/jpeg,image/webp,image/gif"


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    file = forms.FileField(
        label=_("Document"),
        help_text=_("PDF, DOCX, XLSX, PPTX, ODT or ODS."),
        widget=forms.FileInput(attrs={"accept": DOCUMENT_ACCEPT}),
        error_messages={"required": _("Choose a file to upload.")},
    )


class PhotoDescriptionForm(forms.Form):
    alt_text = forms.CharField(
        label=_("Description for people who cannot see it"),
        max_length=250,
        help_text=_("What the photo shows, in a sentence; not the name of its file."),
        error_messages={
            "required": _("Describe what the photo shows for people who cannot see it.")
        },
    )
    caption = forms.CharField(label=_("Caption"), max_length=250, required=False)


class PhotoForm(PhotoDescriptionForm):
    image = forms.FileField(
        label=_("Photo"),
        help_text=_("PNG, JPEG, WebP or GIF. It is stored without its location and metadata."),
        widget=forms.FileInput(attrs={"accept": IMAGE_ACCEPT}),
        error_messages={"required": _("Choose a photo to upload.")},
    )
    field_order = ["image", "alt_text", "caption"]


class RemoveForm(forms.Form):
    confirm = forms.BooleanField(error_messages={"required": _("Tick the box to confirm.")})

    def __init__(self, *args, name: str, **kwargs):
        super().__init__(*args, **kwargs)
        # Each item on the page has its own box, so its label names the item.
        self.fields["confirm"].label = gettext("Yes, remove “%(name)s”") % {"name": name}
