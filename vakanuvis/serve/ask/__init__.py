"""Question answering over the sources, with cited evidence and no language model.

A question is parsed into a type (when / who / where / which / what / count / conflict),
weighted terms (the entities it names, its content words with their synonyms, English words
translated through a glossary), the dates it names and the event its verb implies. Search
(``serve.search``) proposes candidate sentences; each is scored by how much of the question
it covers, and the answer slot is the annotation of the right kind (a ``timex`` value, an
``entity`` of the right kind, an event) nearest to the matched words. When the corpus does
not cover the question, the answer is a refusal with the closest passages as evidence.

The flow, one module a step: ``question`` (parse) -> ``retrieve`` (candidate passages) ->
``slots`` (what in a passage could answer) -> ``answer`` (rank, vote, disagree, refuse), with
``documents`` / ``doc_answer`` for questions about a document as a whole, ``corpus`` for what
they all read from the store (lexicon, titles), ``result`` for the contract below and
``render`` for its wording.

The result is the JSON contract of ``vakanuvis ask --format json`` (offsets are ORIGINAL):
``{"answered", "answer": {"value", "text"}, "evidence": [{"doc", "start", "end", "text"}],
"claims": [{"value", "doc", "start", "end"}], "confidence"}``.
"""

from __future__ import annotations

from typing import Any

from vakanuvis.serve.ask.answer import ANSWERERS
from vakanuvis.serve.ask.doc_answer import (
    author_answer,
    best_document,
    date_of_passage,
    document_date,
    kb_definition,
    place_answer,
    title_answer,
    title_with_the_verb,
)
from vakanuvis.serve.ask.documents import (
    about_a_document,
    asked_kind,
    asks_author,
    document_authors,
    first_person,
)
from vakanuvis.serve.ask.phrase import abstract_noun, answer_owner, answer_phrase, phrase_question
from vakanuvis.serve.ask.question import Question, Term, detect_language, parse_question
from vakanuvis.serve.ask.relation import relation_answer
from vakanuvis.serve.ask.render import msg, render_timex
from vakanuvis.serve.ask.result import doc_result, refusal, score_answer, verdict
from vakanuvis.serve.ask.retrieve import Passage, candidates, in_order_within, query_of
from vakanuvis.serve.ask.slots import Slot, parse_number

__all__ = [
    "Passage", "Question", "Slot", "Term", "ask", "candidates", "detect_language", "document_authors",
    "first_person", "msg", "parse_number", "parse_question", "render_timex", "score_answer", "verdict",
    "in_order_within", "query_of", "_in_order_within", "_query_of",
]
_in_order_within, _query_of = in_order_within, query_of  # the names of the module before the split


def ask(store: Any, question: str) -> dict[str, Any]:
    """Answer a question from the store, in the contract format (see the module docstring)."""
    q = parse_question(store, question)
    if q.qtype == "unknown" or (not q.terms and not (q.dates and q.qtype in ("what", "who", "where", "which"))):
        return refusal(q, candidates(store, q) if q.terms else [])
    if q.qtype == "count" and q.lang == "en" and q.count_unit is None and not q.count_event and q.unread:
        return refusal(q, candidates(store, q))  # "how many teachers": what to count is not read
    if q.unread and q.terms and all(t.named for t in q.terms) and q.qtype in ("when", "what", "conflict"):
        # "When did Lenin visit Ankara?" without `visit`: only the names are left, and a date near
        # them would answer another question
        return refusal(q, candidates(store, q))
    if q.qtype == "who" and len(q.terms) == 1 and q.terms[0].named and not q.dates:
        # "Who is Lenin?" asks for a description: the knowledge base's note, else nothing (the
        # sources' sentences do not give a definition as a slot)
        return kb_definition(store, q) or refusal(q, candidates(store, q))
    if q.qtype == "when" and about_a_document(q):
        found = title_answer(store, q)
        if found:
            return found
    if asks_author(q):
        found = author_answer(store, q)
        if found:
            return found
    if q.qtype == "where" and q.case != "dat":
        found = place_answer(store, q, min_score=0.8)  # "the speech at X was given where": its place
        if found:
            return found
    ps = candidates(store, q)
    if q.qtype == "when" and asked_kind(q) and (found := document_date(store, q, ps)):
        return found  # "telgraf ne zaman gönderildi": the telegram's own date, not a date it mentions
    if phrase_question(q):
        # "neydi / ne istedi", "hangi şartla", "X ile Y arasında ne imzalandı": a quoted phrase
        found = answer_phrase(store, q, ps)
        if found or q.qtype == "what" or q.thing_case or q.post_word or abstract_noun(q):
            # a manner, a thing, an office or a thought is no tagged name
            return found or refusal(q, ps)
        if q.event_type and not q.head_noun:
            # "X ile Y arasında ne imzalandı?": the named events of the relation the graph records
            # between them; none recorded, none invented
            return relation_answer(store, q) or refusal(q, ps)
    result = ANSWERERS[q.qtype](store, q, ps)
    if not result["answered"] and q.qtype == "who" and (found := answer_owner(store, q, ps)):
        return found
    if not result["answered"] and q.qtype == "who" and q.plural and q.kinds == ("PERSON",):
        # "Trakya'yı kimler işgal edebilir?": no persons, then peoples and states (Yunanlar, İngilizler)
        wider = Question(**{**q.__dict__, "kinds": ("PERSON", "GROUP", "STATE")})
        result = ANSWERERS[q.qtype](store, wider, ps)
    if result["answered"] and q.qtype == "when" and (found := title_with_the_verb(store, q, result)):
        return found
    if not result["answered"] and q.qtype == "when":
        found = title_answer(store, q) or (
            (document_date(store, q, ps) or date_of_passage(store, q, ps)) if about_a_document(q) else None)
        return found or result
    if not result["answered"] and q.qtype == "where" and q.case != "dat":
        found = place_answer(store, q)
        if not found and about_a_document(q) and (doc := best_document(store, q, ps)) and doc.place:
            found = doc_result(store, q, doc, doc.place, f"{doc.place} ({doc.title})", "document place")
        return found or result
    return result
