"""API endpoints of partner search (mounted at /api/v1/partners/)."""

from ninja import Router

router = Router(tags=["partners"])
