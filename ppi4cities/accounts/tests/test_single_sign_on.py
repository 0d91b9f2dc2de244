"""Single sign-on through OpenID Connect, switched on by configuration."""

import pytest

pytestmark = pytest.mark.django_db


def test_without_configuration_the_sign_in_page_offers_email_only(client):
    """No provider is configured by default, so no single sign-on button shows."""
    body = client.get("/accounts/login/").content.decode()
    assert "/accounts/oidc/" not in body


def test_a_configured_provider_appears_on_the_sign_in_page(client, settings):
    """With an OpenID Connect provider configured, sign-in offers it and starts its flow."""
    settings.SOCIALACCOUNT_PROVIDERS = {
        "openid_connect": {
            "OAUTH_PKCE_ENABLED": True,
            "APPS": [
                {
                    "provider_id": "city-sso",
                    "name": "City staff login",
                    "client_id": "ppi4cities",
                    "secret": "not-a-real-secret",
                    "settings": {"server_url": "https://login.city.example/realms/staff"},
                }
            ],
        }
    }
    body = client.get("/accounts/login/").content.decode()
    assert "City staff login" in body
    assert "/accounts/oidc/city-sso/login/" in body
