"""Reading translatable content fields with a visible fallback to the original language."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language


@dataclass(frozen=True)
class TranslatedText:
    text: str
    language: str
    is_fallback: bool


def translated_field(obj, field: str, original_language: str) -> TranslatedText:
    """The text of `field` in the active language, or in `original_language` when missing."""
    codes = [code for code, _name in settings.LANGUAGES]
    active = get_language() or settings.LANGUAGE_CODE
    active = active if active in codes else settings.LANGUAGE_CODE
    text = getattr(obj, f"{field}_{active}", "") or ""
    if text.strip():
        return TranslatedText(text, active, False)
    for code in [original_language, settings.LANGUAGE_CODE, *codes]:
        text = getattr(obj, f"{field}_{code}", "") or ""
        if text.strip():
            return TranslatedText(text, code, True)
    return TranslatedText("", active, False)
