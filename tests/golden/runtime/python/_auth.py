"""Credentials per security scheme, and which ones an operation sends.

An operation lists its security requirements as alternatives, each a set of schemes that must all
be sent. The first alternative whose schemes are all configured is used; an operation never sends
the credentials of a scheme it does not name.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Mapping, MutableMapping, Sequence
from typing import Any
from urllib.parse import quote

import httpx

from ._serialize import check_header, cookie_pairs

__all__ = [
    "ApiKey",
    "Basic",
    "Bearer",
    "OAuth2",
    "Scheme",
    "Security",
    "choose",
    "security_schemes",
]

#: an operation's security: alternatives (any one), each mapping schemes (all of them) to scopes
Security = Sequence[Mapping[str, Sequence[str]]]

#: a fetched token is renewed this many seconds before it expires
EXPIRY_MARGIN = 30.0


def _credential(value: str | None, name: str, header: str | None = None) -> str | None:
    """A credential without surrounding whitespace (a header cannot carry it anyway).

    One with a control character, such as a newline left over from reading a file, is refused
    here: sent, it would fail with an error message that quotes the whole credential. One sent in
    a `header` must also be ASCII (InvalidHeaderError, naming the argument, never the value).
    """
    if value is None:
        return None
    value = value.strip()
    if header is not None:
        return check_header(f"{name} (sent in the {header} header)", value)
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise ValueError(
            f"{name} contains a control character (such as a newline); check how it was read"
        )
    return value


class Scheme:
    """One security scheme: whether it is configured, and how it adds itself to a request."""

    def configured(self) -> bool:
        raise NotImplementedError

    def secrets(self) -> list[str]:
        return []

    def apply(
        self,
        headers: MutableMapping[str, str],
        query: list[tuple[str, str]],
        cookies: list[tuple[str, str]],
        token: str | None = None,
    ) -> None:
        raise NotImplementedError


class Bearer(Scheme):
    """`Authorization: Bearer <token>`."""

    def __init__(self, token: str | None) -> None:
        self.token = token

    def configured(self) -> bool:
        return bool(self.token)

    def secrets(self) -> list[str]:
        return [self.token] if self.token else []

    def apply(
        self,
        headers: MutableMapping[str, str],
        query: list[tuple[str, str]],
        cookies: list[tuple[str, str]],
        token: str | None = None,
    ) -> None:
        headers["Authorization"] = f"Bearer {token or self.token}"


class Basic(Scheme):
    """`Authorization: Basic base64(username:password)`."""

    def __init__(self, username: str | None, password: str | None) -> None:
        self.username = username
        self.password = password

    def configured(self) -> bool:
        return self.username is not None

    def secrets(self) -> list[str]:
        return [s for s in (self.username, self.password) if s]

    def apply(
        self,
        headers: MutableMapping[str, str],
        query: list[tuple[str, str]],
        cookies: list[tuple[str, str]],
        token: str | None = None,
    ) -> None:
        pair = f"{self.username}:{self.password or ''}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")


class ApiKey(Scheme):
    """An API key in a header, a query parameter or a cookie."""

    def __init__(self, location: str, name: str, value: str | None) -> None:
        self.location = location
        self.name = name
        self.value = value

    def configured(self) -> bool:
        return bool(self.value)

    def secrets(self) -> list[str]:
        return [self.value] if self.value else []

    def apply(
        self,
        headers: MutableMapping[str, str],
        query: list[tuple[str, str]],
        cookies: list[tuple[str, str]],
        token: str | None = None,
    ) -> None:
        value = self.value or ""
        if self.location == "header":
            headers[self.name] = value
        elif self.location == "query":
            query.append((quote(self.name, safe=""), quote(value, safe="")))
        else:
            cookies.extend(cookie_pairs({self.name: value}))


class OAuth2(Bearer):
    """An OAuth2 access token: a ready one, or fetched with the client credentials flow.

    Given a client id and secret (and no ready token), the token is fetched from the token URL
    (the client authenticates with HTTP basic, RFC 6749 section 2.3.1), cached per set of scopes,
    and fetched again shortly before it expires.
    """

    def __init__(
        self,
        token: str | None,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
    ) -> None:
        super().__init__(token)
        self.client_id = client_id
        self.client_secret = client_secret
        self.token_url = token_url
        self._cache: dict[frozenset[str], tuple[str, float]] = {}

    def configured(self) -> bool:
        return bool(self.token) or self.can_fetch()

    def can_fetch(self) -> bool:
        return bool(self.client_id and self.client_secret and self.token_url)

    def secrets(self) -> list[str]:
        cached = [token for token, _ in self._cache.values()]
        return [s for s in (self.token, self.client_secret, *cached) if s]

    def cached(self, scopes: Sequence[str]) -> str | None:
        """The ready token, or a fetched one that is still fresh; None when one must be fetched."""
        if self.token or not self.can_fetch():
            return self.token
        entry = self._cache.get(frozenset(scopes))
        if entry is not None and entry[1] > time.monotonic():
            return entry[0]
        return None

    def token_request(
        self, client: httpx.Client | httpx.AsyncClient, base_url: str, scopes: Sequence[str]
    ) -> httpx.Request:
        url = httpx.URL(base_url + "/").join(self.token_url or "")
        form: dict[str, str] = {"grant_type": "client_credentials"}
        if scopes:
            form["scope"] = " ".join(scopes)
        user = quote(self.client_id or "", safe="") + ":" + quote(self.client_secret or "", safe="")
        return client.build_request(
            "POST",
            url,
            data=form,
            headers={
                "Accept": "application/json",
                "Authorization": "Basic " + base64.b64encode(user.encode()).decode("ascii"),
            },
        )

    def expire(self, scopes: Sequence[str]) -> bool:
        """Forget the fetched token for these scopes (the server refused it with a 401); whether
        a new one can be fetched (never for a ready token, which only its owner can replace)."""
        if self.token or not self.can_fetch():
            return False
        self._cache.pop(frozenset(scopes), None)
        return True

    def store(self, scopes: Sequence[str], data: Any) -> str:
        """Keep the token from a token response (RFC 6749 section 5.1) and return it."""
        fields: Mapping[str, Any] = data if isinstance(data, Mapping) else {}
        token = fields.get("access_token")
        if not isinstance(token, str) or not token:
            raise ValueError("the token endpoint answered without an access_token")
        check_header("the access_token from the token endpoint", token)
        lifetime = fields.get("expires_in")
        seconds = float(lifetime) if isinstance(lifetime, (int, float)) else 3600.0
        self._cache[frozenset(scopes)] = (
            token,
            time.monotonic() + max(seconds - EXPIRY_MARGIN, 0.0),
        )
        return token


def choose(schemes: Mapping[str, Scheme], security: Security) -> Mapping[str, Sequence[str]]:
    """The first alternative whose schemes are all configured ({} for none: sent without)."""
    for alternative in security:
        if all(name in schemes and schemes[name].configured() for name in alternative):
            return alternative
    return {}


def security_schemes() -> dict[str, Scheme]:
    """The client's schemes, by the spec's scheme name, from the constructor's arguments."""
    return {}
