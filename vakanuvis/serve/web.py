"""The read-only web UI: server-rendered pages, each with a JSON twin under ``/api/``.

``create_app(db_path)`` returns a FastAPI app over a database that ``vakanuvis build`` made.
Pages are rendered by Jinja2 with autoescaping and work without JavaScript; the timeline,
network and map are drawn by vendored npm libraries (``scripts/build_assets.sh``) when they
are present. The database is opened ``mode=ro`` with a per-request time limit; nothing here
writes, and no file is served from a path a user gives.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from vakanuvis.serve import queries as q
from vakanuvis.serve.web_i18n import format_date, pick_lang, translator, url_for_lang
from vakanuvis.serve.web_text import Mark, segments, span_marks

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
STATIC = HERE / "static"
VENDOR = STATIC / "vendor"
VENDOR_FILES = {
    "timeline": ("vis-timeline.min.js",),
    "network": ("cytoscape.min.js",),
    "map": ("leaflet/leaflet.js", "leaflet/leaflet.css", "topojson-client.min.js", "world-atlas/countries-50m.json"),
}
HTML_ROWS = 500  # rows a page lists (the API gives more)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
       " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

Lang = Annotated[str | None, Query(description="Interface language: `tr` (default) or `en`.")]
DocFilter = Annotated[str | None, Query(description="Document id or stem.")]
ISO_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def iso(value: str | None) -> str | None:
    """A user's date (YYYY, YYYY-MM or YYYY-MM-DD) or None; anything else is ignored."""
    return value if value and ISO_RE.match(value.strip()) else None


def parse_range(value: str | None) -> tuple[int, int] | None:
    """``"120-245"`` → (120, 245): an evidence range to highlight in the reader."""
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", value or "")
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    return (a, b) if a < b else None


def implied(value: str | None, start: str | None, end: str | None) -> bool:
    """True when a date's interval says nothing its value does not (``1920-12`` = Dec 1–31)."""
    return q.date_bounds(value) == (start, end)


def vendor_status() -> dict[str, bool]:
    return {view: all((VENDOR / f).is_file() for f in files) for view, files in VENDOR_FILES.items()}


def load_extension(name: str) -> Any:
    """The QA engineer's ``serve/search.py`` or ``serve/ask.py`` when present, else None."""
    if importlib.util.find_spec(f"vakanuvis.serve.{name}") is None:
        return None
    module = importlib.import_module(f"vakanuvis.serve.{name}")
    return getattr(module, name, None)



def create_app(db_path: str | Path, time_limit: float = q.TIME_LIMIT) -> FastAPI:
    """The ASGI app over one database file (opened read-only)."""
    database = q.Database(db_path, time_limit)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["implied"] = implied
    env.filters["num"] = lambda n, lang="tr": f"{n:,}".replace(",", "." if lang == "tr" else ",")
    vendor = vendor_status()
    app = FastAPI(
        title="Vakanüvis",
        description="Read-only JSON API of a Vakanüvis knowledge base: every HTML view has a twin here.",
        version="0.1.0", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.database = database
    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    @app.exception_handler(q.QueryTimeout)
    async def too_slow(request: Request, exc: q.QueryTimeout) -> Response:
        lang = pick_lang(request.query_params.get("lang"))
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": translator(lang)("too_slow")}, status_code=503)
        return render(request, "error.html", lang, status=503, message=translator(lang)("too_slow"))

    def render(request: Request, template: str, lang: str | None, status: int = 200, **ctx: Any) -> HTMLResponse:
        lang = pick_lang(lang)
        params = dict(request.query_params)
        params.pop("lang", None)
        other = "en" if lang == "tr" else "tr"
        switch = url_for_lang(other)(request.url.path, **params)
        html = env.get_template(template).render(
            t=translator(lang), url=url_for_lang(lang), lang=lang, switch_url=switch, vendor=vendor,
            fmt=lambda v: format_date(v, lang), path=request.url.path, query=params, **ctx)
        return HTMLResponse(html, status_code=status)

    def not_found(request: Request, lang: str | None, what: str) -> HTMLResponse:
        return render(request, "error.html", lang, status=404, message=f"{translator(pick_lang(lang))('not_found')}: {what}")

    def api_404(what: str) -> HTTPException:
        return HTTPException(status_code=404, detail=f"not found: {what}")

    # --- overview ------------------------------------------------------------------------
    @app.get("/api/overview", tags=["overview"], summary="Corpus size, counts per layer, busiest actors and years")
    def api_overview() -> dict[str, Any]:
        with database.session() as store:
            return q.overview(store)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page_overview(request: Request, lang: Lang = None) -> HTMLResponse:
        return render(request, "overview.html", lang, data=api_overview())

    # --- documents and reader ------------------------------------------------------------
    @app.get("/api/documents", tags=["documents"], summary="Documents, by date")
    def api_documents(offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
                      limit: Annotated[int, Query(ge=1, le=q.MAX_ROWS)] = 100) -> dict[str, Any]:
        with database.session() as store:
            return q.documents(store, offset, limit)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def page_documents(request: Request, lang: Lang = None,
                       offset: Annotated[int, Query(ge=0, le=10**9)] = 0) -> HTMLResponse:
        return render(request, "documents.html", lang, data=api_documents(offset, 100))

    @app.get("/api/documents/{doc_id}", tags=["documents"],
             summary="A document's original text and its annotations (original offsets)")
    def api_reader(doc_id: str) -> dict[str, Any]:
        with database.session() as store:
            data = q.reader(store, doc_id)
        if data is None:
            raise api_404(doc_id)
        data.pop("_map")
        return data

    @app.get("/doc/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_reader(request: Request, doc_id: str, lang: Lang = None, hl: str | None = None,
                    hide: str | None = None, text: str | None = None) -> HTMLResponse:
        with database.session() as store:
            data = q.reader(store, doc_id)
        if data is None:
            return not_found(request, lang, doc_id)
        original = text == "original"
        marks = span_marks(data["spans"], clean=not original)
        evidence = parse_range(hl)
        if evidence:
            a, b = evidence if original else q.to_clean(data["_map"], *evidence)
            marks.append(Mark(a, b, "evidence"))
        hidden = {x for x in (hide or "").split(",") if x in q.SPAN_LAYERS}
        layers = [x for x in q.SPAN_LAYERS if x in data["layers"]]
        shown = data["text"] if original else data["clean"]
        return render(request, "reader.html", lang, data=data, segs=segments(shown, marks),
                      layers=layers, hidden=hidden, evidence=evidence, original=original)

    # --- timeline and events -------------------------------------------------------------
    def timeline_data(actor: str | None, type: str | None, doc: str | None, start: str | None, end: str | None,
                      limit: int) -> dict[str, Any]:
        flt = q.TimelineFilter(actor or None, type or None, doc or None, iso(start), iso(end))
        with database.session() as store:
            return q.timeline(store, flt, limit)

    @app.get("/api/timeline", tags=["events"], response_class=JSONResponse,
             summary="Events with their date intervals (uncertainty as ranges), filtered")
    def api_timeline(actor: Annotated[str | None, Query(description="Entity id or canonical name")] = None,
                     type: Annotated[str | None, Query(description="Event type, e.g. TREATY_SIGNED")] = None,
                     doc: DocFilter = None,
                     start: Annotated[str | None, Query(alias="from", description="ISO date")] = None,
                     end: Annotated[str | None, Query(alias="to", description="ISO date")] = None,
                     limit: Annotated[int, Query(ge=1, le=q.TIMELINE_MAX)] = 10_000) -> Response:
        # SQLite writes the JSON itself (10,000 items in ~1/3 the time of encoding dicts)
        flt = q.TimelineFilter(actor or None, type or None, doc or None, iso(start), iso(end))
        with database.session() as store:
            return Response(q.timeline_json(store, flt, limit), media_type="application/json")

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def page_timeline(request: Request, lang: Lang = None, actor: str | None = None, type: str | None = None,
                      doc: str | None = None, start: Annotated[str | None, Query(alias="from")] = None,
                      end: Annotated[str | None, Query(alias="to")] = None) -> HTMLResponse:
        data = timeline_data(actor, type, doc, start, end, HTML_ROWS)
        with database.session() as store:
            actors = q.busiest_actors(store.db, 50)
            docs = q.documents(store, 0, q.MAX_ROWS)["documents"]
        api = url_for_lang("tr")("/api/timeline", actor=actor, type=type, doc=doc, **{"from": iso(start), "to": iso(end)})
        months = [translator(pick_lang(lang))(f"month_{i}") for i in range(1, 13)]
        return render(request, "timeline.html", lang, data=data, actors=actors, docs=docs, api=api, months=months,
                      flt={"actor": actor or "", "type": type or "", "doc": doc or "",
                           "from": iso(start) or "", "to": iso(end) or ""})

    @app.get("/api/events/{event_id:path}", tags=["events"],
             summary="One historical event: each source's claim, evidence, citations and disagreements")
    def api_event(event_id: str) -> dict[str, Any]:
        with database.session() as store:
            data = q.event(store, event_id)
        if data is None:
            raise api_404(event_id)
        return data

    @app.get("/events/{event_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def page_event(request: Request, event_id: str, lang: Lang = None) -> HTMLResponse:
        with database.session() as store:
            data = q.event(store, event_id)
        if data is None:
            return not_found(request, lang, event_id)
        in_conflict = {c[k] for c in data["conflicts"] for k in ("claim_a", "claim_b")}
        for c in data["claims"]:
            for ev in c["evidence"]:
                marks = span_marks(ev["spans"], ("timex", "entity", "citation"), clean=True)
                marks.append(Mark(ev["clean_start"], ev["clean_end"], "evidence"))
                ev["segs"] = segments(ev["clean_context"], marks, ev["clean_context_start"])
        return render(request, "event.html", lang, data=data, in_conflict=in_conflict)

    # --- network and map -----------------------------------------------------------------
    @app.get("/api/network", tags=["network"],
             summary="Actors and typed relations; `at` keeps those in force at a date")
    def api_network(at: Annotated[str | None, Query(description="ISO date (YYYY, YYYY-MM, YYYY-MM-DD)")] = None
                    ) -> dict[str, Any]:
        with database.session() as store:
            return q.network(store, iso(at))

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def page_network(request: Request, lang: Lang = None, at: str | None = None) -> HTMLResponse:
        data = api_network(at)
        return render(request, "network.html", lang, data=data, at=iso(at) or "")

    @app.get("/api/map", tags=["map"], summary="Places with coordinates and their events in a period")
    def api_map(start: Annotated[str | None, Query(alias="from", description="ISO date")] = None,
                end: Annotated[str | None, Query(alias="to", description="ISO date")] = None) -> dict[str, Any]:
        with database.session() as store:
            return q.map_places(store, iso(start), iso(end))

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def page_map(request: Request, lang: Lang = None, start: Annotated[str | None, Query(alias="from")] = None,
                 end: Annotated[str | None, Query(alias="to")] = None) -> HTMLResponse:
        data = api_map(start, end)
        api = url_for_lang("tr")("/api/map", **{"from": iso(start), "to": iso(end)})
        return render(request, "map.html", lang, data=data, api=api,
                      flt={"from": iso(start) or "", "to": iso(end) or ""})

    # --- entities ------------------------------------------------------------------------
    @app.get("/api/entities", tags=["entities"], summary="Entities by mentions, filtered by kind or name")
    def api_entities(kind: Annotated[str | None, Query(description="PERSON STATE ORG PLACE EVENT_NAME GROUP")] = None,
                     q_: Annotated[str | None, Query(alias="q", description="Part of a name or alias")] = None,
                     offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
                     limit: Annotated[int, Query(ge=1, le=q.MAX_ROWS)] = 200) -> dict[str, Any]:
        with database.session() as store:
            return q.entities(store, kind or None, (q_ or "")[:200] or None, offset, limit)

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def page_entities(request: Request, lang: Lang = None, kind: str | None = None,
                      q_: Annotated[str | None, Query(alias="q")] = None,
                      offset: Annotated[int, Query(ge=0, le=10**9)] = 0) -> HTMLResponse:
        data = api_entities(kind, q_, offset, 200)
        return render(request, "entities.html", lang, data=data, flt={"kind": kind or "", "q": q_ or ""})

    @app.get("/api/entities/{entity_id:path}", tags=["entities"],
             summary="One entity: names, aliases, QID, mentions, events and relations over time")
    def api_entity(entity_id: str) -> dict[str, Any]:
        with database.session() as store:
            data = q.entity(store, entity_id)
        if data is None:
            raise api_404(entity_id)
        return data

    @app.get("/entities/{entity_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def page_entity(request: Request, entity_id: str, lang: Lang = None) -> HTMLResponse:
        with database.session() as store:
            data = q.entity(store, entity_id)
        if data is None:
            return not_found(request, lang, entity_id)
        return render(request, "entity.html", lang, data=data)

    # --- search --------------------------------------------------------------------------
    search_fn = load_extension("search")
    ask_fn = load_extension("ask")

    @app.get("/api/search", tags=["search"], summary="Full-text search over sentences, hits marked")
    def api_search(q_: Annotated[str, Query(alias="q", max_length=500, description="Words to find")] = "",
                   limit: Annotated[int, Query(ge=1, le=200)] = 50,
                   offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> dict[str, Any]:
        with database.session() as store:
            results = run_search(store, q_, limit, offset, search_fn)
            answer = run_ask(store, q_, ask_fn) if q_.strip().endswith("?") else None
        return {"q": q_, "offset": offset, "results": results, "answer": answer}

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def page_search(request: Request, lang: Lang = None, q_: Annotated[str, Query(alias="q", max_length=500)] = "",
                    offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> HTMLResponse:
        return render(request, "search.html", lang, data=api_search(q_, 50, offset), q=q_)

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def page_api(request: Request, lang: Lang = None) -> HTMLResponse:
        """The API's endpoints from its OpenAPI schema (served offline, unlike Swagger UI)."""
        endpoints = [
            {"path": path, "method": method.upper(), "summary": op.get("summary", ""),
             "params": [(p["name"], p.get("in"), p.get("description", "")) for p in op.get("parameters", [])]}
            for path, ops in app.openapi()["paths"].items() for method, op in ops.items()
        ]
        return render(request, "api.html", lang, endpoints=endpoints)

    return app


# --- search adapters -----------------------------------------------------------------------

def run_search(store: Any, query: str, limit: int, offset: int, search_fn: Callable | None) -> list[dict[str, Any]]:
    """The morphology-aware ``serve.search.search`` when present, else plain FTS5."""
    if not query.strip():
        return []
    if search_fn is not None:
        try:
            rows = list(search_fn(store, query, limit=limit + offset))
            if not rows and len(query.split()) > 1:  # a question or a long phrase: any of its words
                try:
                    rows = list(search_fn(store, query, limit=limit + offset, any_term=True))
                except TypeError:
                    pass
            return [normalise_hit(store, r) for r in rows[offset:offset + limit]]
        except sqlite3.OperationalError as e:
            if "interrupted" in str(e):
                raise
            log.warning("serve.search failed (%s); plain FTS5 search instead", e)
    return q.search_sentences(store, query, limit, offset)


def normalise_hit(store: Any, row: Any) -> dict[str, Any]:
    """A search hit (``serve.search.Hit``, a dict or a Row) as the dict the pages render."""
    if hasattr(row, "to_json"):
        item = row.to_json()
    elif hasattr(row, "__dataclass_fields__"):
        item = dict(vars(row))
    else:
        item = dict(row)
    text = str(item.get("text") or "")
    marks = item.get("marks") or []
    if marks and all(isinstance(m, (list, tuple)) and len(m) == 2 for m in marks):
        parts = [[seg.text, bool(seg.marks)] for seg in segments(text, [Mark(a, b, "hit") for a, b in marks])]
    else:
        parts = [[text, False]]
    return {"doc_id": item.get("doc_id"), "idx": item.get("sentence", item.get("index")),
            "start": item.get("start"), "end": item.get("end"), "text": text,
            "stem": item.get("stem") or item.get("doc"), "title": item.get("title"), "date": item.get("date"),
            "score": item.get("score"), "parts": parts}


def run_ask(store: Any, question: str, ask_fn: Callable | None) -> Any:
    """A question answered by ``serve.ask.ask`` when present (JSON-ready), else None."""
    if ask_fn is None:
        return None
    answer = ask_fn(store, question)
    if hasattr(answer, "__dataclass_fields__"):
        from dataclasses import asdict

        answer = asdict(answer)
    return answer if isinstance(answer, (dict, list, str)) else str(answer)
