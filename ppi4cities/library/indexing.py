"""Keeping the full-text index in step with published resources."""


def resource_index(resource) -> None:
    """(Re)index a published resource in every language it has text in."""
