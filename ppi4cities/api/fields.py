"""Field types the API's schemas share: text PostgreSQL can store, and CPV codes."""

from typing import Annotated

from django.core.exceptions import ValidationError
from pydantic import AfterValidator

from ppi4cities.core.vocabularies import cpv_validator


def _without_null_characters(value: str) -> str:
    # PostgreSQL refuses NUL characters outright; refuse them here, naming the field.
    if "\x00" in value:
        raise ValueError("Null characters are not allowed.")
    return value


def _cpv_code(value: str) -> str:
    try:
        cpv_validator(value)
    except ValidationError as error:
        raise ValueError(" ".join(error.messages)) from None
    return value


Text = Annotated[str, AfterValidator(_without_null_characters)]
CpvCode = Annotated[str, AfterValidator(_cpv_code)]
