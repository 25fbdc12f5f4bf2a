"""Operations tagged 'class'."""

from __future__ import annotations

import datetime
from typing import cast

from .. import _serialize, models
from .._http import (
    ApiResponse,
    AsyncHttp,
    RequestOptions,
    SyncHttp,
)

__all__ = [
    "AsyncClass",
    "AsyncClassWithRawResponse",
    "Class",
    "ClassWithRawResponse",
]


class ClassWithRawResponse:
    """Operations tagged 'class'.
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def class_(
        self,
        import_: str,
        *,
        from_: str | None = None,
        self_: int | None = None,
        none: bool | None = None,
        type: str | None = None,
        id: int | None = None,
        request_options_: str | None = None,
        body_: str | None = None,
        user_name: str | None = None,
        user_name_2: str | None = None,
        user_name_3: str | None = None,
        n_1st: str | None = None,
        x_request_id: str | None = None,
        grosse: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Weird]:
        """class

        `GET /class/{import}`

        Args:
            import_:
            from_:
            self_:
            none:
            type:
            id:
            request_options_:
            body_:
            user_name:
            user_name_2:
            user_name_3:
            n_1st:
            x_request_id:
            grosse:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A model full of awkward names.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/class/{import}",
                {
                    "import": import_,
                },
            ),
            response_type=models.Weird,
            response_encoding="json",
            query={
                "from": from_,
                "self": self_,
                "None": none,
                "type": type,
                "id": id,
                "request_options": request_options_,
                "body": body_,
                "user-name": user_name,
                "user.name": user_name_2,
                "userName": user_name_3,
                "1st": n_1st,
                "größe": grosse,
            },
            headers={
                "X-Request-ID": x_request_id,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Weird]", result)

    def search(
        self,
        *,
        list_: list[str] | None = None,
        dict_: str | None = None,
        str_: str | None = None,
        models_: str | None = None,
        cast_: str | None = None,
        result_: str | None = None,
        any: str | None = None,
        datetime_: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Weird]]:
        """search

        Parameters named like what the method body uses.

        `GET /search`

        Args:
            list_:
            dict_:
            str_:
            models_:
            cast_:
            result_:
            any:
            datetime_:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A list, so the body says list[models.Weird].

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/search",
            response_type=list[models.Weird],
            response_encoding="json",
            query={
                "list": list_,
                "dict": dict_,
                "str": str_,
                "models": models_,
                "cast": cast_,
                "result": result_,
                "Any": any,
                "datetime": datetime_,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Weird]]", result)


class Class:
    """Operations tagged 'class'."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http
        self.with_raw_response = ClassWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    def class_(
        self,
        import_: str,
        *,
        from_: str | None = None,
        self_: int | None = None,
        none: bool | None = None,
        type: str | None = None,
        id: int | None = None,
        request_options_: str | None = None,
        body_: str | None = None,
        user_name: str | None = None,
        user_name_2: str | None = None,
        user_name_3: str | None = None,
        n_1st: str | None = None,
        x_request_id: str | None = None,
        grosse: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> models.Weird:
        """class

        `GET /class/{import}`

        Args:
            import_:
            from_:
            self_:
            none:
            type:
            id:
            request_options_:
            body_:
            user_name:
            user_name_2:
            user_name_3:
            n_1st:
            x_request_id:
            grosse:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A model full of awkward names.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            _serialize.encode_path(
                "/class/{import}",
                {
                    "import": import_,
                },
            ),
            response_type=models.Weird,
            response_encoding="json",
            query={
                "from": from_,
                "self": self_,
                "None": none,
                "type": type,
                "id": id,
                "request_options": request_options_,
                "body": body_,
                "user-name": user_name,
                "user.name": user_name_2,
                "userName": user_name_3,
                "1st": n_1st,
                "größe": grosse,
            },
            headers={
                "X-Request-ID": x_request_id,
            },
            options=request_options,
        )
        return cast("models.Weird", result)

    def search(
        self,
        *,
        list_: list[str] | None = None,
        dict_: str | None = None,
        str_: str | None = None,
        models_: str | None = None,
        cast_: str | None = None,
        result_: str | None = None,
        any: str | None = None,
        datetime_: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> list[models.Weird]:
        """search

        Parameters named like what the method body uses.

        `GET /search`

        Args:
            list_:
            dict_:
            str_:
            models_:
            cast_:
            result_:
            any:
            datetime_:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A list, so the body says list[models.Weird].

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = self._http.request(
            "GET",
            "/search",
            response_type=list[models.Weird],
            response_encoding="json",
            query={
                "list": list_,
                "dict": dict_,
                "str": str_,
                "models": models_,
                "cast": cast_,
                "result": result_,
                "Any": any,
                "datetime": datetime_,
            },
            options=request_options,
        )
        return cast("list[models.Weird]", result)


class AsyncClassWithRawResponse:
    """Operations tagged 'class'. (async)
    The same methods, returning `ApiResponse` (status code, headers, parsed data).
    """

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def class_(
        self,
        import_: str,
        *,
        from_: str | None = None,
        self_: int | None = None,
        none: bool | None = None,
        type: str | None = None,
        id: int | None = None,
        request_options_: str | None = None,
        body_: str | None = None,
        user_name: str | None = None,
        user_name_2: str | None = None,
        user_name_3: str | None = None,
        n_1st: str | None = None,
        x_request_id: str | None = None,
        grosse: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[models.Weird]:
        """class

        `GET /class/{import}`

        Args:
            import_:
            from_:
            self_:
            none:
            type:
            id:
            request_options_:
            body_:
            user_name:
            user_name_2:
            user_name_3:
            n_1st:
            x_request_id:
            grosse:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A model full of awkward names.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/class/{import}",
                {
                    "import": import_,
                },
            ),
            response_type=models.Weird,
            response_encoding="json",
            query={
                "from": from_,
                "self": self_,
                "None": none,
                "type": type,
                "id": id,
                "request_options": request_options_,
                "body": body_,
                "user-name": user_name,
                "user.name": user_name_2,
                "userName": user_name_3,
                "1st": n_1st,
                "größe": grosse,
            },
            headers={
                "X-Request-ID": x_request_id,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[models.Weird]", result)

    async def search(
        self,
        *,
        list_: list[str] | None = None,
        dict_: str | None = None,
        str_: str | None = None,
        models_: str | None = None,
        cast_: str | None = None,
        result_: str | None = None,
        any: str | None = None,
        datetime_: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[list[models.Weird]]:
        """search

        Parameters named like what the method body uses.

        `GET /search`

        Args:
            list_:
            dict_:
            str_:
            models_:
            cast_:
            result_:
            any:
            datetime_:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            Status code, headers and data: A list, so the body says list[models.Weird].

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/search",
            response_type=list[models.Weird],
            response_encoding="json",
            query={
                "list": list_,
                "dict": dict_,
                "str": str_,
                "models": models_,
                "cast": cast_,
                "result": result_,
                "Any": any,
                "datetime": datetime_,
            },
            options=request_options,
            raw=True,
        )
        return cast("ApiResponse[list[models.Weird]]", result)


class AsyncClass:
    """Operations tagged 'class'. (async)"""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http
        self.with_raw_response = AsyncClassWithRawResponse(http)
        """The same methods, returning status code and headers with the parsed data."""

    async def class_(
        self,
        import_: str,
        *,
        from_: str | None = None,
        self_: int | None = None,
        none: bool | None = None,
        type: str | None = None,
        id: int | None = None,
        request_options_: str | None = None,
        body_: str | None = None,
        user_name: str | None = None,
        user_name_2: str | None = None,
        user_name_3: str | None = None,
        n_1st: str | None = None,
        x_request_id: str | None = None,
        grosse: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> models.Weird:
        """class

        `GET /class/{import}`

        Args:
            import_:
            from_:
            self_:
            none:
            type:
            id:
            request_options_:
            body_:
            user_name:
            user_name_2:
            user_name_3:
            n_1st:
            x_request_id:
            grosse:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A model full of awkward names.

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            _serialize.encode_path(
                "/class/{import}",
                {
                    "import": import_,
                },
            ),
            response_type=models.Weird,
            response_encoding="json",
            query={
                "from": from_,
                "self": self_,
                "None": none,
                "type": type,
                "id": id,
                "request_options": request_options_,
                "body": body_,
                "user-name": user_name,
                "user.name": user_name_2,
                "userName": user_name_3,
                "1st": n_1st,
                "größe": grosse,
            },
            headers={
                "X-Request-ID": x_request_id,
            },
            options=request_options,
        )
        return cast("models.Weird", result)

    async def search(
        self,
        *,
        list_: list[str] | None = None,
        dict_: str | None = None,
        str_: str | None = None,
        models_: str | None = None,
        cast_: str | None = None,
        result_: str | None = None,
        any: str | None = None,
        datetime_: datetime.datetime | None = None,
        request_options: RequestOptions | None = None,
    ) -> list[models.Weird]:
        """search

        Parameters named like what the method body uses.

        `GET /search`

        Args:
            list_:
            dict_:
            str_:
            models_:
            cast_:
            result_:
            any:
            datetime_:
            request_options: Per-request timeout, retries, extra headers and query.

        Returns:
            A list, so the body says list[models.Weird].

        Raises:
            ApiStatusError: on a non-success status (a subclass per common status).
            ApiConnectionError: when the server cannot be reached or times out.
            ResponseValidationError: when the response body does not match the spec.
        """
        result = await self._http.request(
            "GET",
            "/search",
            response_type=list[models.Weird],
            response_encoding="json",
            query={
                "list": list_,
                "dict": dict_,
                "str": str_,
                "models": models_,
                "cast": cast_,
                "result": result_,
                "Any": any,
                "datetime": datetime_,
            },
            options=request_options,
        )
        return cast("list[models.Weird]", result)
