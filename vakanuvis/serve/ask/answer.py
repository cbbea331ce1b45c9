"""Answering from passages: the best slot per question type (when / who / where / which /
what / count / conflict), votes across sources, rivals and disagreements, refusal."""

from __future__ import annotations

import json
import re
from typing import Any

from vakanuvis.serve import search as S
from vakanuvis.serve.ask.corpus import key_of
from vakanuvis.serve.ask.doc_answer import title_conflict
from vakanuvis.serve.ask.documents import document_authors
from vakanuvis.serve.ask.question import Question, asks_role, event_word, passive_question
from vakanuvis.serve.ask.render import msg, render_timex
from vakanuvis.serve.ask.result import contract, graph_event, refusal, slot_result, with_graph, with_verdict
from vakanuvis.serve.ask.retrieve import (
    Ann,
    Passage,
    date_matches,
    eligible,
    has_dates,
    has_trigger,
    timex_ok,
    title_passages,
)
from vakanuvis.serve.ask.slots import (
    Slot,
    appositions,
    best_slots,
    beyond_question_words,
    clause_after,
    compound_names,
    coordinated,
    entity_slots,
    explicit,
    named_by_construction,
    names_before_anchor,
    number_before,
    proximity,
    slot_confidence,
    speaker_slots,
    verb_factor,
    when_slots,
)

NAME_WINDOW = 8  # words between a date and a name of the question for the date to be about it


def _agreeing(slots: list[Slot], best: Slot) -> list[Slot]:
    """The best slot plus, from other documents, slots with the same value."""
    out, docs = [best], {best.passage.doc}
    for s in slots:
        if s.passage.doc not in docs and s.value == best.value and s.score >= 0.2 * best.score:
            out.append(s)
            docs.add(s.passage.doc)
    return out


def _date_tied(s: Slot, q: Question) -> bool:
    """A date answers only when tied to the question: its verb follows it, or it stands next
    to the question's main name in a sentence that also has the verb."""
    if not any(t.trigger for t in q.terms):
        return _near_top(s, q) or not any(t.named for t in q.terms)
    if not _near_named(s, q):
        return False
    named = [t for t in q.terms if t.named]
    event_name = bool(named) and "EVENT_NAME" in max(named, key=lambda t: t.weight).kinds
    # a date written right next to a named event is that event's date ("3 Mart 1918'de Brest
    # Litovsk Barışı vuku bulmuştur"), whatever verb tells it
    return verb_factor(s.passage, q, _ann_of(s)) > 1 or (
        _near_top(s, q, within=2 if event_name else 3) and (has_trigger(s.passage, q) or event_name))


def _near_named(s: Slot, q: Question, within: int = NAME_WINDOW) -> bool:
    """Is one of the names the question gives near the slot: a few words away, or in the same
    stretch between commas (Turkish puts a long subject before the date and the verb)?"""
    named = [ti for ti, t in enumerate(q.terms) if t.named]
    if not named:
        return True
    p = s.passage
    a, b = p.word_at(s.start), p.word_at(s.end - 1)
    rel_s, rel_e = s.start - p.start, s.end - p.start
    cut = [m.start() for m in re.finditer(r"[,;:]", p.text)]
    seg_s = max((c for c in cut if c < rel_s), default=-1) + p.start
    seg_e = min((c for c in cut if c >= rel_e), default=len(p.text)) + p.start
    for ti in named:
        for h in p.matched.get(ti, []):
            if a - within <= h <= b + within or seg_s < p.words[h][0] < seg_e:
                return True
    return False


def _vote(slots: list[Slot]) -> Slot:
    """The best slot of the value with the most support (each passage's best slot per value
    adds its score), so two sources agreeing outweigh one odd passage."""
    support: dict[str, float] = {}
    seen = set()
    for s in slots:
        key = (json.dumps(s.value), s.passage.sentence_ids)
        if key in seen:
            continue
        seen.add(key)
        support[json.dumps(s.value)] = support.get(json.dumps(s.value), 0.0) + s.score
    top = max(support, key=lambda v: support[v])
    return next(s for s in slots if json.dumps(s.value) == top)


def answer_when(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any]:
    slots = [s for s in best_slots(eligible(ps, q), q, when_slots) if _date_tied(s, q)]
    if not slots:
        return refusal(q, ps)
    best = _vote(slots)
    result = slot_result(q, best.value, best.text, _agreeing(slots, best), slot_confidence(best))
    return with_graph(result, graph_event(store, best))


def answer_entity(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any]:
    kinds = q.kinds or ("PERSON", "PLACE", "STATE", "ORG", "EVENT_NAME", "GROUP")
    ps = ps + title_passages(store, q)  # "Celal Bayar’a Okuması İçin Gönderdiği Mesaj" names the reader

    def slots_of(p: Passage, qq: Question) -> list[Slot]:
        found = entity_slots(p, qq, kinds)
        if "PERSON" in kinds and (qq.nominative or qq.lang == "en") and not qq.case and not passive_question(qq):
            found += speaker_slots(store, p, qq)
        if qq.qtype == "which" and not any(s.case_ok for s in found):
            found += compound_names(p, qq)
        if "PERSON" in kinds and qq.qtype == "who" and (not found or asks_role(qq)):
            named = appositions(p, qq)
            if named and asks_role(qq):
                # "X Elçisi kimdi?": the name standing by the role noun, not the speaker of the text
                author = document_authors(store).get(p.doc_id)
                found = [s for s in found if not author or s.value != author.label]
            found += named
        return found + (named_by_construction(p, qq) if "PERSON" in kinds else [])

    el = eligible(ps, q)
    side = _side_term(q)
    if side is not None:
        # "Ukrayna adına": the side is named right there, with all of its words
        alts = q.terms[side].alternatives
        el = [p for p in el if any(all(any(w.startswith(x) for _, _, w in p.words) for x in alt) for alt in alts)]
    if asks_role(q):
        el = [p for p in el if p.named_all]  # "the ambassador in Moscow": every qualifier must hold
    slots = best_slots(el, q, slots_of)
    if q.qtype == "who":
        slots = [s for s in slots if beyond_question_words(s.value, q)]  # not just "İsveç Kralı Hazretleri"
    if q.case and any(s.case_ok for s in slots):
        slots = [s for s in slots if s.case_ok]  # the question's case ending is strong evidence
    if not slots:
        return refusal(q, ps)
    best = slots[0]
    if q.plural:
        same = [s for s in slots if s.passage is best.passage]
        run = next((r for r in coordinated(best.passage, same) if best in r), [best])
        names = list(dict.fromkeys(s.value for s in run))
        if q.number and len(names) != q.number:
            names = list(dict.fromkeys(s.value for s in sorted(same, key=lambda s: -s.score)))[: q.number]
        if len(names) > 1:
            text = ", ".join(names[:-1]) + f" {msg('and', q.lang)} " + names[-1]
            return slot_result(q, names, text, [best] + [s for s in slots if s.passage.doc != best.passage.doc
                                                             and s.value in names][:2], slot_confidence(best))
    rivals = _rivals(slots, best)
    if rivals:
        # as well supported in another document, with another name ("Mısır Elçisi": one in 1928,
        # another in 1930): say so and show every version rather than pick one silently
        text = f"{best.text} ({msg('also', q.lang)} {', '.join(s.text for s in rivals)})"
        return slot_result(q, best.value, text, [best, *rivals], slot_confidence(best) * 0.6)
    return slot_result(q, best.value, best.text, _agreeing(slots, best), slot_confidence(best))


def _side_term(q: Question) -> int | None:
    """The term of "X adına / on behalf of X" (the side the answer acted for), if any."""
    for ti, t in enumerate(q.terms):
        if t.named and re.search(rf"{re.escape(t.word)}\s+adına\b|on behalf of\s+(the\s+)?{re.escape(t.word)}",
                                 q.text, re.I):
            return ti
    return None


def _rivals(slots: list[Slot], best: Slot, ratio: float = 0.9) -> list[Slot]:
    """Slots from other documents with other values and nearly the best score."""
    out, seen = [], {best.value}
    for s in slots:
        if s.passage.doc != best.passage.doc and s.value not in seen and s.score >= ratio * best.score:
            out.append(s)
            seen.add(s.value)
    return out


def answer_what(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any]:
    el = [p for p in eligible(ps, q)] or [p for p in ps if q.dates and has_dates(p, q) and p.coverage >= 0.3]
    best: tuple[float, Passage, Ann] | None = None
    for p in el:
        for a in p.anns:
            if timex_ok(a) and any(date_matches(a.value["value"], d) for d in q.dates):
                sc = p.coverage + proximity(p, q, p.word_at(a.start)) * 0.01
                # a date whose clause reports an event (a verb of the event vocabulary) is better
                clause = [S.fold(S.norm(w)) for w in re.findall(r"[^\W\d_]+", clause_after(p, q, a))]
                sc += 0.5 * any(event_word(w) for w in clause) + 0.2 * explicit(a.text)
                if best is None or sc > best[0]:
                    best = (sc, p, a)
    if best is None:
        return refusal(q, ps)
    _, p, a = best
    phrase = clause_after(p, q, a)
    text = phrase if q.lang == "tr" else f"{phrase} {msg('source_language', q.lang)}"
    slot = Slot(phrase, text, p, a.start, a.end, 1.0)
    return slot_result(q, phrase, text, [slot], slot_confidence(slot))


def answer_count(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any]:
    el = eligible(ps, q)
    if q.count_unit:
        # a number written next to the counted noun: "iki gün sonra", "100 kadar ölü"
        for p in sorted(el, key=lambda p: -p.coverage):
            found = number_before(p, q.count_unit)
            if found:
                n, a, b = found
                s = Slot(n, str(n), p, p.start + a, p.start + b, 1.0)
                return slot_result(q, n, f"{n} ({p.text[a:b]})", [s], slot_confidence(s))
    if q.count_event and q.dates:
        # "1921'de kaç antlaşma imzalandı": the dates of the period in the passage that tells it
        for p in sorted(el, key=lambda p: -p.coverage):
            dated = [a for a in p.anns if timex_ok(a) and any(date_matches(a.value["value"], d) for d in q.dates)]
            values = list(dict.fromkeys(a.value["value"] for a in dated))
            if values and has_trigger(p, q):
                n = len(values)
                s = Slot(n, str(n), p, dated[0].start, dated[-1].end, 1.0)
                text = f"{n}: " + ", ".join(render_timex(v, None, q.lang) for v in values)
                return slot_result(q, n, text, [s], slot_confidence(s), items=values)
    if q.count_event:
        res = _count_events(store, q)
        if res:
            return res
    if q.count_unit and not q.kinds:
        return refusal(q, ps)  # "kaç ders": a number of lessons, not a list of names
    kinds = q.kinds or ("PERSON", "PLACE", "STATE", "ORG", "GROUP", "EVENT_NAME")
    slots = best_slots(el, q, lambda p, qq: entity_slots(p, qq, kinds))
    cands: list[tuple[float, Passage, list[tuple[int, int]]]] = []
    for r in [r for p in {id(s.passage): s.passage for s in slots}.values()
              for r in coordinated(p, [s for s in slots if s.passage is p])]:
        cands.append((max(s.score for s in r) * (1 + 0.25 * (len(r) - 1)), r[0].passage, [(s.start, s.end) for s in r]))
    top = max((c[0] for c in cands), default=1.0)
    for p in el:
        run = names_before_anchor(p, q)
        if run:
            cands.append((top * p.coverage * (1 + 0.25 * (len(run) - 1)), p, run))
    if not cands:
        return refusal(q, ps)
    _, p, run = max(cands, key=lambda c: c[0])
    items = list(dict.fromkeys(p.text[a - p.start : b - p.start] for a, b in run))
    n = len(items)
    if n == 1 and q.count_unit:
        return refusal(q, ps)  # "kaç kişi öldü": one name near the words is no count of the dead
    best = Slot(n, str(n), p, run[0][0], run[-1][1], 1.0)
    return slot_result(q, n, f"{n}: " + ", ".join(items), [best], slot_confidence(best), items=items)


def _count_events(store: Any, q: Question) -> dict[str, Any] | None:
    """Distinct events of a type in the question's period (by date), from the graph or the
    ``event`` annotations."""
    db = store.db
    lo = q.dates[0] if q.dates else None
    found: dict[str, tuple[str, int, int, str]] = {}
    rows = db.execute("SELECT a.doc_id, d.stem, a.start, a.end, a.value FROM annotations a JOIN documents d"
                      " ON d.id = a.doc_id WHERE a.layer = 'event'").fetchall()
    for _doc_id, stem_, start, end, value in rows:
        ev = json.loads(value or "{}")
        date = ev.get("date") or ""
        if ev.get("type") != q.count_event or not date or (lo and not date.startswith(lo)):
            continue
        if not _event_fits(ev, q):
            continue
        evs = ev.get("evidence") or [{"start": start, "end": end}]
        found.setdefault(date[:10], (stem_, evs[0]["start"], evs[0]["end"], ev.get("title") or ""))
    if not found:
        return None
    ev_list = []
    for date, (stem_, s, e, title) in sorted(found.items()):
        text = db.execute("SELECT substr(original, ?, ?) FROM documents WHERE stem = ?", (s + 1, e - s, stem_)).fetchone()[0]
        ev_list.append({"doc": stem_, "start": s, "end": e, "text": text, "title": title, "date": date})
    n = len(found)
    items = [f"{e['title']} ({render_timex(e['date'], None, q.lang)})" for e in ev_list]
    return contract(q, n, f"{n}: " + "; ".join(items),
                    [{k: e[k] for k in ("doc", "start", "end", "text")} for e in ev_list],
                    [{"value": e["date"], "doc": e["doc"], "start": e["start"], "end": e["end"]} for e in ev_list],
                    0.6, items=items)


def _event_fits(ev: dict[str, Any], q: Question) -> bool:
    """Does an event involve every actor the question names (by label or by words)?"""
    names = [str(x.get("entity", "")) if isinstance(x, dict) else str(x) for x in ev.get("participants") or []]
    bag = {w for n in names + [str(ev.get("title") or "")] for w in key_of(n)}
    for t in q.terms:
        if not t.named:
            continue
        if t.labels & set(names):
            continue
        if any(all(any(b.startswith(x) for b in bag) for x in alt) for alt in t.alternatives):
            continue
        return False
    return True


def answer_conflict(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any]:
    """Each document's own best answer to the when-question, and whether they agree."""
    q2 = Question(**{**q.__dict__, "qtype": "when"})
    slots = [s for s in best_slots(eligible(ps, q2), q2, when_slots) if _date_tied(s, q2)]
    if not slots:
        return title_conflict(store, q) or refusal(q, ps)
    per_doc: dict[str, Slot] = {slots[0].passage.doc: slots[0]}
    others = best_slots(eligible(ps, q2, relax=0.5), q2, when_slots)
    year = int(slots[0].value[:4])
    tied = [s for s in others if abs(int(s.value[:4]) - year) <= 1
            and (verb_factor(s.passage, q2, _ann_of(s)) > 1 or _near_top(s, q2))]
    # a document that tells the leading value anywhere agrees, though a weaker-resolved
    # mention of the same day (`21 Şubat’ta` read into another year) may score higher there
    agreeing = {s.passage.doc: s for s in reversed(tied) if s.value == slots[0].value}
    for s in tied:
        # another source's version of the same happening: tied to the question's verb or name,
        # and within a year (dates decades apart tell another event: 1453 is not 1920)
        if s.passage.doc not in per_doc:
            per_doc[s.passage.doc] = agreeing.get(s.passage.doc, s)
    chosen = list(per_doc.values())
    claims = [{"value": s.value, "doc": s.passage.doc, "start": s.passage.start, "end": s.passage.end,
               **({"mod": s.mod} if s.mod else {})} for s in chosen]
    result = with_graph(slot_result(q, None, "", chosen, slot_confidence(slots[0]), claims=claims),
                         graph_event(store, slots[0]))
    says = "; ".join(f"{c['doc']}: {render_timex(c['value'], c.get('mod'), q.lang)}" for c in result["claims"])
    return with_verdict(result, says, q.lang)


def _near_top(s: Slot, q: Question, within: int = 3) -> bool:
    """Is the slot next to the question's weightiest named term (`3 Aralık'ta Gümrü ...`)?"""
    top = q.top_named()
    if top is None:
        return False
    a, b = s.passage.word_at(s.start), s.passage.word_at(s.end - 1)
    return any(a - within <= h <= b + within for h in s.passage.matched.get(top, []))


def _ann_of(s: Slot) -> Ann:
    return next(a for a in s.passage.anns if a.start == s.start and a.end == s.end and a.layer == "timex")


ANSWERERS = {
    "when": answer_when, "who": answer_entity, "where": answer_entity, "which": answer_entity,
    "what": answer_what, "count": answer_count, "conflict": answer_conflict,
}
