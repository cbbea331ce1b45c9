"""Property test of the JSON API: schemathesis generates requests from the OpenAPI schema
and every one must be answered without a server error (bounded: a few examples each)."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis not installed (dev dependency)")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from test_web import build_web_db  # noqa: E402

EXAMPLES = 8  # per operation: keeps the run to a few seconds


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory, corpus_files):
    from vakanuvis.serve.web import create_app

    app = create_app(build_web_db(tmp_path_factory.mktemp("schema"), corpus_files))
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def test_api_never_fails_with_a_server_error(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        check_operation(operation)


def check_operation(operation) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(case):
        response = case.call()
        assert response.status_code < 500, f"{operation.label} {case.query}: {response.text[:300]}"
        if response.status_code == 200:
            kind = response.headers.get("content-type") or [""]
            assert (kind[0] if isinstance(kind, list) else kind).startswith("application/json")

    check()
