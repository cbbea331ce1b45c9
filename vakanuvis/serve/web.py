"""The read-only web UI: server-rendered pages, each with a JSON twin under ``/api/``.

``create_app(db_path)`` returns a FastAPI app over a database that ``vakanuvis build`` made.
Pages are rendered by Jinja2 with autoescaping and work without JavaScript; the timeline,
network and map are drawn by vendored npm libraries (``scripts/build_assets.sh``) when they
are present. The database is opened ``mode=ro`` with a per-request time limit; nothing here
writes, and no file is served from a path a user gives.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, ConfigDict, Field

from vakanuvis.serve import queries as q
from vakanuvis.serve.ask import ask
from vakanuvis.serve.search import Hit, search
from vakanuvis.serve.web_ask import ask_view
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


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class AskAnswer(_Open):
    value: Any = Field(description="TIMEX value, canonical name, a list of them, a short phrase, or null")
    text: str = Field(description="The answer in words, in the question's language (`16 Mart 1921`)")


class AskEvidence(_Open):
    doc: str = Field(description="Document file stem")
    start: int
    end: int
    text: str


class AskClaim(_Open):
    value: Any
    doc: str
    start: int
    end: int


class AskResult(_Open):
    """The JSON contract of question answering (extra keys such as `question` may follow)."""

    answered: bool
    answer: AskAnswer
    evidence: list[AskEvidence]
    claims: list[AskClaim]
    confidence: float


def explanation(conflict: dict[str, Any], lang: str = "tr") -> str:
    """A conflict's explanation in the page's language: English pages show ``explanation_en``
    when the linker wrote one, the Turkish text otherwise."""
    if lang == "en" and conflict.get("explanation_en"):
        return conflict["explanation_en"]
    return conflict.get("explanation") or ""


def create_app(db_path: str | Path, time_limit: float = q.TIME_LIMIT) -> FastAPI:
    """The ASGI app over one database file (opened read-only)."""
    database = q.Database(db_path, time_limit)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["implied"] = implied
    env.filters["num"] = lambda n, lang="tr": f"{n:,}".replace(",", "." if lang == "tr" else ",")
    env.filters["explain"] = explanation
    vendor = vendor_status()
    app = FastAPI(
        title="Vakanüvis",
        description="Read-only JSON API of a Vakanüvis knowledge base: every HTML view has a twin here.",
        version="0.1.0", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.database = database
    english: dict[str, str] = {}

    def namer(lang: str) -> Callable[..., str]:
        """``name(name, id)``: the entity's English name on English pages, when it has one."""
        if lang != "en":
            return lambda name, key=None: name
        if not english:
            with database.session() as store:
                english.update(q.english_names(store.db) or {"": ""})
        # the shown name first: a participant may be linked to a neighbouring entity (Ermenistan → ermeniler)
        return lambda name, key=None: english.get(name or "") or english.get(key or "") or name
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
            fmt=lambda v: format_date(v, lang), name=namer(lang), path=request.url.path, query=params, **ctx)
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

    # --- search and questions -----------------------------------------------------------
    @app.get("/api/search", tags=["search"], summary="Full-text search over sentences, hits marked")
    def api_search(q_: Annotated[str, Query(alias="q", max_length=500, description="Words to find")] = "",
                   limit: Annotated[int, Query(ge=1, le=200)] = 50,
                   offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> dict[str, Any]:
        with database.session() as store:
            results = run_search(store, q_, limit, offset)
            answer = ask(store, q_) if q_.strip().endswith("?") else None
        return {"q": q_, "offset": offset, "results": results, "answer": answer}

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def page_search(request: Request, lang: Lang = None, q_: Annotated[str, Query(alias="q", max_length=500)] = "",
                    offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> HTMLResponse:
        return render(request, "search.html", lang, data=api_search(q_, 50, offset), q=q_)

    @app.get("/api/ask", tags=["ask"], response_model=AskResult,
             summary="Answer a question from the sources (the `vakanuvis ask --format json` contract)",
             description="Offsets are ORIGINAL offsets into the document (`doc` is its file stem): "
                         "`original[start:end] == text`. A question the sources do not answer gets "
                         "`answered: false`, `answer.value: null` and the closest passages as evidence.")
    def api_ask(q_: Annotated[str, Query(alias="q", min_length=1, max_length=500,
                                         description="A question, Turkish or English")]) -> Response:
        with database.session() as store:
            return JSONResponse(ask(store, q_))  # as it is: the contract, not a re-serialised copy

    @app.get("/ask", response_class=HTMLResponse, include_in_schema=False)
    def page_ask(request: Request, lang: Lang = None,
                 q_: Annotated[str, Query(alias="q", max_length=500)] = "") -> HTMLResponse:
        view = None
        if q_.strip():
            with database.session() as store:
                view = ask_view(store, ask(store, q_))
        return render(request, "ask.html", lang, q=q_, view=view)

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


# --- search adapter ------------------------------------------------------------------------

def run_search(store: Any, query: str, limit: int, offset: int) -> list[dict[str, Any]]:
    """Morphology-aware search (``serve.search``) over the index ``build`` keeps; plain FTS5
    for a database built before that index existed."""
    if not query.strip():
        return []
    if "search_fts" not in q.tables(store.db):
        return q.search_sentences(store, query, limit, offset)
    hits = search(store, query, limit=limit + offset)
    if not hits and len(query.split()) > 1:  # a question or a long phrase: any of its words
        hits = search(store, query, limit=limit + offset, any_term=True)
    return [hit_dict(h) for h in hits[offset:offset + limit]]


def hit_dict(hit: Hit) -> dict[str, Any]:
    """A search hit as the pages and ``/api/search`` give it (``parts``: ``[text, is_hit]``)."""
    parts = [[seg.text, bool(seg.marks)] for seg in segments(hit.text, [Mark(a, b, "hit") for a, b in hit.marks])]
    return {"doc_id": hit.doc_id, "idx": hit.index, "start": hit.start, "end": hit.end, "text": hit.text,
            "stem": hit.doc, "title": hit.title, "date": hit.date, "score": round(hit.score, 4), "parts": parts}
