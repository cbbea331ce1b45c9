"""Phrase answers, for questions no annotation answers: what a sentence says after the
question's own words (`Ankara’nın istediği; Trakya’da ...` for "Ankara'nın istediği neydi?"),
the words before the noun asked with a case (`iktidarın ... kalması şartıyla` for "hangi
şartla?") or the name before the asked verb (`... Dostluk ve Kardeşlik Antlaşması imzalanmıştı`
for "X ile Y arasında ne imzalandı?"). The passage must cover nearly all of the question, and
every name of it, or the answer is a refusal: a phrase is quoted, never made up."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from vakanuvis.lang import tr
from vakanuvis.serve import search as S
from vakanuvis.serve.ask.documents import first_person
from vakanuvis.serve.ask.question import CASES, Question, light_verbs
from vakanuvis.serve.ask.render import msg
from vakanuvis.serve.ask.result import slot_result
from vakanuvis.serve.ask.retrieve import Passage, timex_ok
from vakanuvis.serve.ask.slots import Slot, slot_confidence

MIN_COVER = 0.75  # share of the question's content weight (light verbs aside) the passage holds
MAX_WORDS = 25  # a quoted phrase longer than this is cut
MAX_GAP = 3  # words between the question's words before the phrase (`bütün milletin kabul ettiği`)
MAX_BEFORE = 8  # words of a phrase ending in the asked noun
COPULA = r"(d[ıiuü]r|t[ıiuü]r|[iy]d[ıiuü])$"
FINITE = r"(m[ıiuü]ş|[dt][ıiuü]|[dt][ıiuü]k|m[ıiuü]şlar|m[ıiuü]şlerdir|[dt][ıiuü]lar|[dt][ıiuü]ler)$"
SAID = re.compile(r"\bne (söyledi|söylemiş|dedi|demiş|demişti)\b|\bwhat did .* (say|said)\b")
DEED = re.compile(r"\bne (oldu|olmuş|yaptı|yapmış|yaptılar|yapmışlar)\b|\bwhat (happened|did)\b")
CASED = ("ndan", "nden", "dan", "den", "tan", "ten", "nda", "nde", "nin", "nun")
POSSESSED = r"([ıiuü]|s[ıiuü]|[dt][ıiuü][gğ][ıiuü])$"
CLAUSE_END = re.compile(r"[,;:.!?()“”\"]")


def _in_title(p: Passage, q: Question, ti: int) -> bool:
    """A question word the passage's document title holds (`... Verdiği Demeç` for `demece göre`)."""
    ws = [S.fold(S.norm(w)) for w in re.findall(r"[^\W\d_]+", p.title or "")]
    return any(all(any(w.startswith(x) for w in ws) for x in alt) for alt in q.terms[ti].alternatives)


def _content_cover(p: Passage, q: Question) -> float:
    """Coverage without the light verbs of `ne yaptı / ne oldu` (they ask, they do not tell),
    words of the document's title counting as said."""
    said = bool(SAID.search(tr.lower(q.text)))

    def light(ti: int) -> bool:
        t = q.terms[ti]
        # `söyledi` of "ne söyledi": the quotation may be `denildi`, `buyurdu` or nothing at all
        return not t.named and (all(alt[0] in light_verbs() for alt in t.alternatives) or said and t.trigger)
    total = sum(t.weight for ti, t in enumerate(q.terms) if not light(ti)) or 1.0
    got = sum(t.weight for ti, t in enumerate(q.terms) if not light(ti) and (ti in p.matched or _in_title(p, q, ti)))
    return min(1.0, max(got / total, p.coverage))


def _closeness(p: Passage, q: Question) -> float:
    """How literally the passage repeats the question: its words in the same form (`Ankara’nın
    istediği`, not `Ankara’dan ... talep`) and close together."""
    own = {S.fold(S.norm(w)) for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", q.text)}
    said = {w for _, _, w in p.words}
    same = sum(1 for t in q.terms if S.fold(S.norm(t.word)) in said and S.fold(S.norm(t.word)) in own)
    firsts = [min(hs) for hs in p.matched.values() if hs]
    spread = (max(firsts) - min(firsts) - len(firsts) + 1) if firsts else 99
    return same / max(1, len(q.terms)) + 1 / (1 + max(0, spread))


def _candidates(ps: list[Passage], q: Question) -> list[Passage]:
    el = [p for p in ps if p.named_all and not p.cite and _content_cover(p, q) >= MIN_COVER and all(
        d in (p.doc_date or "") or any(timex_ok(a) and a.value.get("value", "").startswith(d) for a in p.anns)
        for d in q.dates)]
    return sorted(el, key=lambda p: -(_content_cover(p, q) + 0.2 * _closeness(p, q)))


def _slot_of(p: Passage, a: int, b: int) -> tuple[str, Slot]:
    phrase = p.text[a:b].strip(" ,;:.–-“”\"")
    phrase = re.sub(r"\s+", " ", phrase)
    lead = re.match(r"(?:de|da|ise|ki)\s+", phrase)  # `biri de <answer>`: the clitic is not the answer
    if lead:
        a += len(p.text[a:]) - len(p.text[a:].lstrip()) + lead.end()
        phrase = phrase[lead.end():]
    return phrase, Slot(phrase, phrase, p, p.start + a, p.start + b, 1.0)


def phrase_after(p: Passage, q: Question) -> tuple[str, Slot] | None:
    """The rest of the clause after the last of the question's words (each at its first
    occurrence): `istediği; <answer>`, `maksadı, <answer>`."""
    firsts = sorted(min(hs) for hs in p.matched.values() if hs)
    if not firsts or len(firsts) > 1 and firsts[-1] - firsts[-2] > MAX_GAP + 1:
        return None  # the question's last words apart from the rest: no phrase follows them
    i = max(firsts)
    if not any(i in hs for ti, hs in p.matched.items() if not q.terms[ti].named) or i + 2 >= len(p.words):
        # "Misak-ı Milli nedir?": a name alone asks a definition, which no sentence's tail is
        return None
    a = p.words[i + 1][0] - p.start
    gap = p.text[p.words[i][1] - p.start : a]
    own = {S.fold(S.norm(t.word)) for t in q.terms}
    deed = bool(DEED.search(tr.lower(q.text)))
    ends = p.text.rstrip(" .!”\"")
    subject = p.words[i][2] in own and re.search(POSSESSED, p.words[i][2])  # `maksadı`, `istediği`
    if not (re.search(r"[,;:–-]", gap) or (subject or deed) and re.search(COPULA, ends)
            or deed and re.search(FINITE, ends)):
        # `X’in istediği; ...`, `maksadı, ...`, `maksadı ... elde etmektir`, and for `ne oldu /
        # ne yaptı` the subject then its finite predicate; the question's word inside another
        # clause heads no answer
        return None
    rest = p.text[a:]
    b = a + _span_of_words(rest, MAX_WORDS)
    if re.search(r"\b(değil|değildir|değildi|yoktur|yoktu)\W*$", p.text[a:b]):
        return None  # `zevat yalnız Türk değildir`: what it is not answers no "nedir"
    return _slot_of(p, a, b)


def _span_of_words(text: str, n: int) -> int:
    ms = list(re.finditer(r"\S+", text))[:n]
    return ms[-1].end() if ms else 0


def phrase_before_noun(p: Passage, q: Question) -> tuple[str, Slot] | None:
    """`hangi şartla`: the words of the clause up to the asked noun carrying the asked case."""
    if not q.head_noun or q.case not in ("com", "abl"):
        return None  # "hangi şartla / sebepten": a manner or cause, told by a phrase
    endings = tuple(S.fold(x) for x in CASES[q.case])
    for i, (_s, e, w) in enumerate(p.words):
        if i and w.startswith(q.head_noun) and len(w) >= len(q.head_noun) + 2 and w.endswith(endings):
            j = i
            while j > 0 and i - j < MAX_BEFORE:
                gap = p.text[p.words[j - 1][1] - p.start : p.words[j][0] - p.start]
                if CLAUSE_END.search(gap):
                    break
                j -= 1
            if j < i:
                return _slot_of(p, p.words[j][0] - p.start, e - p.start)
    return None


def name_before_verb(p: Passage, q: Question) -> tuple[str, Slot] | None:
    """`ne imzalandı`: the capitalised name (`Dostluk ve Kardeşlik Antlaşması`) right before
    the asked verb, not a name of the question nor a date."""
    verbs = [h for ti, hs in p.matched.items() if q.terms[ti].trigger for h in hs]
    named = {h for ti, hs in p.matched.items() if q.terms[ti].named for h in hs}
    dated = [(a.start, a.end) for a in p.anns if timex_ok(a)]
    for v in verbs:
        j = v
        while j > 0:
            s, e, _w = p.words[j - 1]
            raw = p.text[s - p.start : e - p.start]
            if j - 1 in named or any(a <= s < b for a, b in dated) or CLAUSE_END.search(raw[:-1] or " "):
                break
            if not (raw[:1].isupper() or (tr.lower(raw) == "ve" and j < v)):
                break
            j -= 1
        last = p.text[p.words[v - 1][0] - p.start :].split(maxsplit=1)[0] if v else ""
        if re.search(r"['’]", last):
            continue  # `Cenevre’de`, `Paşa’nın imzasını`: a place or an owner, not the thing done
        if j < v and tr.lower(p.text[p.words[j][0] - p.start : p.words[j][1] - p.start]) != "ve":
            return _slot_of(p, p.words[j][0] - p.start, p.words[v - 1][1] - p.start)
    return None


def thing_before_verb(p: Passage, q: Question) -> tuple[str, Slot] | None:
    """`neye bindi`, `nasıl tebliğ edildi`: the noun in the asked case shortly before the asked
    verb, in its clause (`İngiliz torpidosuna binmiştir`, `şifreli telgrafla Antalya’da
    kendilerine tebliğ ederiz`), with the capitalised word or adjective before it."""
    endings = tuple(S.fold(x) for x in CASES.get(q.case or "", ()))
    verbs = [h for ti, hs in p.matched.items() if q.terms[ti].trigger and not q.terms[ti].named for h in hs]
    for v in verbs:
        k = v - 1
        while k >= 0 and v - k <= 4 and not p.words[k][2].endswith(endings):
            gap = p.text[p.words[k][1] - p.start : p.words[k + 1][0] - p.start]
            if CLAUSE_END.search(gap):
                k = -1
            k -= 1
        if k < 0 or v - k > 4 or len(p.words[k][2]) < 4:
            continue
        j = k
        gap = p.text[p.words[j - 1][1] - p.start : p.words[j][0] - p.start] if j else ","
        prev = p.text[p.words[j - 1][0] - p.start : p.words[j - 1][1] - p.start] if j else ""
        if j and not CLAUSE_END.search(gap) and (prev[:1].isupper() or re.search(r"(l[ıiuü]|s[ıiuü]z)$", prev)):
            j -= 1
        return _slot_of(p, p.words[j][0] - p.start, p.words[k][1] - p.start)
    return None


def said_quote(p: Passage, q: Question) -> tuple[str, Slot] | None:
    """`ne söyledi / ne dedi`: the words the passage quotes (between “ and ”)."""
    m = re.search(r"[“\"]([^”\"]{3,300})[”\"]", p.text)
    if not m:
        return None
    return _slot_of(p, m.start(1), m.end(1))


def _named_by_first_person(p: Passage, q: Question) -> bool:
    """Is a name of the question in the passage only as the speaker's `karşıladım`?"""
    return any(q.terms[ti].named and hs and all(first_person(p.words[h][2]) for h in hs) for ti, hs in p.matched.items())


def phrase_before_word(p: Passage, q: Question) -> tuple[str, Slot] | None:
    """`ne olarak / ne kadar`: up to three words of the clause before that word in the passage,
    with it (`bir istinadgâh olarak`, `israf edilecek kadar değildir`)."""
    word = S.fold(q.post_word or "")
    matched = sorted(h for hs in p.matched.values() for h in hs)
    verbs = [h for ti, hs in p.matched.items() if q.terms[ti].trigger for h in hs]
    found = []
    for k, (_s, e, w) in enumerate(p.words):
        if w != word or not k or not matched or min(abs(k - h) for h in matched) > 6:
            continue
        end = e - p.start
        neg = re.match(r"\s+(değil\w*)", p.text[end:])
        if neg and word == "olarak":
            continue  # `bir gaye olarak değil`: what it was not taken as
        j = k
        while j > 0 and k - j < 3 and j - 1 not in matched:
            gap = p.text[p.words[j - 1][1] - p.start : p.words[j][0] - p.start]
            if CLAUSE_END.search(gap) or p.words[j - 1][2] in ("ne", "bu", "su", "o"):
                break
            j -= 1
        if j < k:
            near = min((abs(v - k) for v in verbs), default=99)
            found.append((near, j, k, end + (neg.end() if neg else 0)))
    if not found:
        return None
    _, j, _k, end = min(found)  # the one by the asked verb (`istinadgâh olarak telâkki ediyorum`)
    return _slot_of(p, p.words[j][0] - p.start, end)


def owner_before_noun(p: Passage, q: Question) -> tuple[str, Slot] | None:
    """`kimin kumandasında`: the untagged name right before the possessed noun (`Mustafa oğlu
    Mehmet Çavuş kumandasındaki`), capitalised words and a patronymic's `oğlu` only."""
    m = re.search(r"\bkimin\s+([^\W\d_]+)", tr.lower(q.text))
    if not m:
        return None
    noun = S.fold(S.norm(m.group(1)))
    tis = [ti for ti, t in enumerate(q.terms) if any(noun.startswith(alt[0]) for alt in t.alternatives)]
    named = {h for ti, hs in p.matched.items() if q.terms[ti].named for h in hs}
    for v in (h for ti in tis for h in p.matched.get(ti, [])):
        j = v
        while j > 0 and v - j < 5:
            s_, e_, w = p.words[j - 1]
            raw = p.text[s_ - p.start : e_ - p.start]
            gap = p.text[e_ - p.start : p.words[j][0] - p.start]
            if j - 1 in named or CLAUSE_END.search(gap) or not (raw[:1].isupper() or w in ("oglu", "kizi")):
                break
            if re.search(r"['’]", p.text[s_ - p.start :].split(maxsplit=1)[0]) or w.endswith(CASED):
                break  # `Bölüğünden`, `Alay’ın`: a unit in a case, not the owner's name
            j -= 1
        if j < v and p.text[p.words[j][0] - p.start][:1].isupper():
            return _slot_of(p, p.words[j][0] - p.start, p.words[v - 1][1] - p.start)
    return None


def answer_owner(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any] | None:
    """"X kimin kumandasındaydı?" when no tagged name answers: the name before the noun."""
    for p in _candidates(ps, q)[:3]:
        found = owner_before_noun(p, q)
        if found:
            phrase, slot = found
            return slot_result(q, phrase, phrase, [slot], slot_confidence(slot) * 0.8)
    return None


@cache
def phrase_nouns() -> tuple[str, ...]:
    return tuple(w.strip() for w in tr.read_lines("qa/phrase_nouns.txt"))


def abstract_noun(q: Question) -> bool:
    """"hangi makam / nokta / şart": an office or a thought, which no tagged name answers."""
    h = q.head_noun or ""
    return q.qtype == "which" and not q.kinds and bool(h) and any(
        h.startswith(x) or len(h) >= 4 and x.startswith(h) for x in phrase_nouns())  # `makama` stems to `maka`


def phrase_question(q: Question) -> bool:
    """Is this a question a quoted phrase answers (`neydi`, `hangi şartla`, `ne imzalandı`)?"""
    if q.qtype == "what":
        return not q.dates
    if abstract_noun(q):
        return True
    return q.qtype == "which" and not q.kinds and (
        q.case in ("com", "abl") and bool(q.head_noun) or q.thing_case or bool(q.post_word)
        or bool(q.event_type) and not q.head_noun)


def answer_phrase(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any] | None:
    """A quoted phrase from the best covering passage, or None (the caller refuses)."""
    for p in _candidates(ps, q)[:3]:
        if q.post_word:
            found = phrase_before_word(p, q)
        elif q.thing_case:
            # `karşıladım` (I welcomed) does not tell how he was welcomed
            found = None if _named_by_first_person(p, q) else thing_before_verb(p, q)
        elif q.qtype == "which":
            found = phrase_before_noun(p, q) or name_before_verb(p, q)
        else:
            found = (said_quote(p, q) if SAID.search(tr.lower(q.text)) else None) or phrase_after(p, q)
        if found:
            phrase, slot = found
            text = phrase if q.lang == "tr" else f"{phrase} {msg('source_language', q.lang)}"
            return slot_result(q, phrase, text, [slot], slot_confidence(slot) * 0.8)
    return None
