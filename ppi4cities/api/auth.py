"""API authentication: the browser's session (with CSRF) or a personal bearer token."""

from ninja.security import HttpBearer, SessionAuth

from ppi4cities.accounts.services import api_token_authenticate


class PersonalToken(HttpBearer):
    openapi_scheme = "bearer"

    def authenticate(self, request, token):
        user = api_token_authenticate(token)
        if user is not None:
            request.user = user
        return user


class BrowserSession(SessionAuth):
    """The signed-in browser session; unsafe methods need the CSRF token."""


signed_in = [PersonalToken(), BrowserSession()]
