import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from columnist import env
from columnist.core.views import server_error


def test_healthz_answers_when_the_database_does(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_reports_a_dead_database(client, db, monkeypatch):
    class Gone:
        def cursor(self):
            raise RuntimeError("database is gone")

    monkeypatch.setattr("columnist.core.views.connection", Gone())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"


def test_server_error_page_needs_no_database():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_security_headers_on_every_page(client, db):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "object-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_pages_load_nothing_from_elsewhere(client, db):
    body = client.get("/").content.decode()
    assert "https://" not in body.replace("https://testserver", "")
    assert "//fonts." not in body and "cdn" not in body.lower()


def test_debug_is_off_unless_asked_for(settings):
    assert settings.DEBUG is False


def test_secret_key_is_required_outside_development(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY is not set"):
        env.get_mandatory_secret("SECRET_KEY", debug=False)
    assert env.get_mandatory_secret("SECRET_KEY", debug=True)


@pytest.mark.parametrize("raw", ["maybe", "2"])
def test_bad_boolean_settings_fail_loudly(monkeypatch, raw):
    monkeypatch.setenv("DEBUG", raw)
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be true or false"):
        env.get_bool("DEBUG")


def test_bad_number_settings_fail_loudly(monkeypatch):
    monkeypatch.setenv("PORT", "eighty")
    with pytest.raises(ImproperlyConfigured, match="PORT must be a whole number"):
        env.get_int("PORT", 8000)


def test_passwords_are_hashed_with_argon2(settings):
    assert settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_csrf_is_enforced_on_admin_login(db):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/admin/login/", {"username": "a", "password": "b"})
    assert response.status_code == 403


def test_email_url_is_parsed():
    options = env.parse_email_url("smtp+tls://me%40example.com:p%2Fw@mail.example.com")["OPTIONS"]
    assert options["host"] == "mail.example.com"
    assert options["port"] == 587
    assert options["username"] == "me@example.com"
    assert options["password"] == "p/w"
    assert options["use_tls"] is True


def test_bad_email_url_fails_loudly():
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL must look like"):
        env.parse_email_url("http://example.com")


def test_favicon_ico_points_to_the_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("columnist/favicon.svg")


def test_rates_are_read_as_count_per_seconds(monkeypatch):
    monkeypatch.setenv("DISCUSSION_RATE_PER_IP", "10/60")
    assert env.get_rate("DISCUSSION_RATE_PER_IP", (5, 600)) == (10, 60)
    monkeypatch.setenv("DISCUSSION_RATE_PER_IP", "ten")
    with pytest.raises(ImproperlyConfigured, match="must look like 5/600"):
        env.get_rate("DISCUSSION_RATE_PER_IP", (5, 600))
