"""Question answering over the sources, with cited evidence and no language model.

A question is parsed into a type (when / who / where / which / what / count / conflict),
weighted terms (the entities it names, its content words with their synonyms, English words
translated through a glossary), the dates it names and the event its verb implies. Search
(``serve.search``) proposes candidate sentences; each is scored by how much of the question
it covers, and the answer slot is the annotation of the right kind (a ``timex`` value, an
``entity`` of the right kind, an event) nearest to the matched words. When the corpus does
not cover the question, the answer is a refusal with the closest passages as evidence.

The result is the JSON contract of ``vakanuvis ask --format json`` (offsets are ORIGINAL):
``{"answered", "answer": {"value", "text"}, "evidence": [{"doc", "start", "end", "text"}],
"claims": [{"value", "doc", "start", "end"}], "confidence"}``.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from vakanuvis.lang import tr
from vakanuvis.serve import search as S

MAX_CANDIDATES = 60
DOC_READS, PER_DOC = 3, 12  # the best hits' documents, read further for their other matching sentences
CONTEXT = 8  # previous sentences whose words count (at half weight) for a passage
MIN_COVERAGE = 0.55  # share of the question's weight a passage must cover to answer
NAME_WINDOW = 8  # words between a date and a name of the question for the date to be about it
MIN_NAMED = 0.35  # share of the question's named-entity weight it must cover
DATE_VALUE = re.compile(r"^\d{3,4}(-\d\d|-SP|-SU|-FA|-WI)?(-\d\d)?(T\S*)?(/\d{4}(-\d\d)?(-\d\d)?)?$")


# --- data ------------------------------------------------------------------------------------

@cache
def _question_patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    return tuple((lang, re.compile(rx), qtype) for lang, rx, qtype in tr.read_table("qa/question_words.tsv"))


@cache
def _answer_nouns() -> tuple[tuple[str, tuple[str, ...], str | None], ...]:
    out = []
    for row in tr.read_table("qa/answer_nouns.tsv"):
        out.append((row[0], tuple(row[1].split()), row[2] if len(row) > 2 and row[2] else None))
    return tuple(sorted(out, key=lambda r: -len(r[0])))


@cache
def _synonyms() -> tuple[tuple[str | None, tuple[str, ...]], ...]:
    fams = []
    for row in tr.read_table("qa/synonyms.tsv"):
        etype, words = (row[0], row[1]) if len(row) > 1 else ("-", row[0])
        fams.append((None if etype == "-" else etype, tuple(S.fold(S.norm(w)) for w in words.split())))
    return tuple(fams)


@cache
def _glossary() -> dict[str, tuple[str, ...]]:
    return {en: tuple(trs.split()) for en, trs in tr.read_table("qa/en_tr.tsv")}


@cache
def _numbers() -> dict[str, int]:
    return {w: int(v) for w, v in tr.read_table("qa/numbers.tsv")}


@cache
def _folded_numbers() -> dict[str, int]:
    return {S.fold(w): v for w, v in _numbers().items()}


@cache
def _months() -> dict[str, int]:
    out = {}
    for row in tr.read_table("qa/months.tsv"):
        n = int(row[0])
        for name in [row[1], row[2], *(row[3].split() if len(row) > 3 else [])]:
            out[S.fold(tr.lower(name))] = n
    return out


@cache
def _month_names() -> dict[int, tuple[str, str]]:
    return {int(r[0]): (r[1], r[2]) for r in tr.read_table("qa/months.tsv")}


@cache
def _messages() -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in tr.read_table("qa/messages.tsv")}


def msg(key: str, lang: str, *args: Any, **kw: Any) -> str:
    tr_text, en_text = _messages()[key]
    return (en_text if lang == "en" else tr_text).format(*args, **kw)


# --- question parsing --------------------------------------------------------------------

@dataclass
class Term:
    """Something a supporting sentence should contain: alternatives, each a word-prefix sequence."""

    word: str
    alternatives: tuple[tuple[str, ...], ...]
    weight: float = 1.0
    named: bool = False
    labels: frozenset[str] = frozenset()  # entity labels that also satisfy it
    kinds: frozenset[str] = frozenset()  # their entity kinds (EVENT_NAME, PERSON...)
    trigger: bool = False


@dataclass
class Question:
    text: str
    lang: str
    qtype: str
    terms: list[Term] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)  # ISO values the question names
    kinds: tuple[str, ...] = ()  # entity kinds that answer
    event_type: str | None = None
    count_event: str | None = None  # event type to count ("kaç antlaşma")
    count_unit: str | None = None  # "gün", "yıl" for "kaç gün sonra"
    case: str | None = None  # case suffix the answer should carry ("dan" for "hangi şehirden")
    after: str | None = None  # postposition after the answer ("üzerinden")
    anchor: tuple[str, ...] = ()  # prefixes of the answer's noun ("vilayet", "temsilci")
    plural: bool = False
    number: int | None = None  # "which two ministers"
    range_wanted: bool = False
    nominative: bool = False  # "kim / kimdi / who" asks for a subject
    answer_noun: str | None = None  # "şehirden" in "hangi şehirden": the answer's type, not its topic
    head_noun: str | None = None  # stem of the noun after "hangi" ("medrese"): names end in it
    question_labels: frozenset[str] = frozenset()
    word_keys: frozenset[str] = frozenset()  # folded stems of the question's own words
    unread: list[str] = field(default_factory=list)  # English words the glossary could not translate
    according: frozenset[str] = frozenset()  # labels of "X'e göre" / "according to X": X's own documents say it


QWORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
CASES = {
    "abl": ("dan", "den", "tan", "ten", "ndan", "nden"),
    "loc": ("da", "de", "ta", "te", "nda", "nde"),
    "dat": ("ya", "ye", "na", "ne", "a", "e"),
    "com": ("yla", "yle", "la", "le"),
}


def detect_language(text: str) -> str:
    ws = [tr.lower(w) for w in re.findall(r"[^\W\d_]+", re.sub(r"['’][^\W\d_]+", "", text))]  # not Kemal'in
    en = sum(w in tr.stop_words("en") or w in ("when", "who", "where", "what", "which", "how", "did", "do") for w in ws)
    trk = sum(w in tr.stop_words("tr") for w in ws) + sum(any(c in w for c in "çğışöü") for w in ws)
    return "en" if en > trk else "tr"


def _case_of(word: str, *, suffix: bool = False) -> str | None:
    """The case a word (or, with ``suffix``, a bare ending such as `ye`) is in."""
    low = tr.lower(word)
    w = re.split(r"['’]", low)[-1]
    suffix = suffix or w != low  # after an apostrophe there is only the ending
    if not suffix and len(w) <= 2:
        return None
    found = [(len(x), case) for case, sufs in CASES.items() for x in sufs if w.endswith(x)]
    return max(found)[1] if found else None  # the longest ending decides (-le is not -e)


def _question_dates(text: str) -> list[str]:
    """ISO dates a question names: `11 Mayıs 1920`, `on 19 May 1919`, `1921 yılında`."""
    months = _months()
    toks = [S.fold(tr.lower(t)) for t in re.findall(r"[^\W_]+", text)]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        day = int(t) if t.isdigit() and len(t) <= 2 else None
        if day and i + 1 < len(toks) and _month_key(toks[i + 1], months):
            m = _month_key(toks[i + 1], months)
            if i + 2 < len(toks) and toks[i + 2][:4].isdigit() and len(toks[i + 2]) >= 4:
                out.append(f"{toks[i + 2][:4]}-{m:02d}-{day:02d}")
                i += 3
                continue
            out.append(f"XXXX-{m:02d}-{day:02d}")
            i += 2
            continue
        m = _month_key(t, months)
        if m and i + 1 < len(toks) and toks[i + 1][:4].isdigit() and len(toks[i + 1]) >= 4:
            out.append(f"{toks[i + 1][:4]}-{m:02d}")
            i += 2
            continue
        if t[:4].isdigit() and len(t) >= 4 and 1000 < int(t[:4]) < 2100 and (len(t) == 4 or not t[4].isdigit()):
            out.append(t[:4])
        i += 1
    return out


def _month_key(tok: str, months: dict[str, int]) -> int | None:
    for name, n in months.items():
        if tok.startswith(name) and len(name) >= 3:
            return n
    return None


def _en_base(word: str) -> list[str]:
    w = word.lower()
    forms = [w]
    for suf in ("ies", "es", "s", "ed", "d", "ing"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            forms.append(w[: -len(suf)] + ("y" if suf == "ies" else ""))
    return forms


def _expand(prefix: str) -> tuple[tuple[str, ...], ...]:
    """A prefix and its synonyms, as alternatives; the event type the family implies."""
    alts = {(prefix,)}
    for _, fam in _synonyms():
        if any(prefix.startswith(f) or (f.startswith(prefix) and len(prefix) >= 4) for f in fam):
            alts.update((f,) for f in fam)
    return tuple(sorted(alts))


def _event_type(prefix: str) -> str | None:
    for etype, fam in _synonyms():
        if etype and any(prefix.startswith(f) for f in fam):
            return etype
    return None


@dataclass(frozen=True)
class Lexicon:
    """Entity surface forms in the store: key (folded stems) -> {label: count}, label -> kind."""

    surfaces: dict[tuple[str, ...], dict[str, int]]
    kinds: dict[str, str]
    max_len: int
    keys: dict[str, set[tuple[str, ...]]]  # label -> its surface keys
    attested: frozenset[str] = frozenset()  # labels the sources' annotations use (not only the KB)


_LEXICONS: dict[tuple[str, int], Lexicon] = {}


def key_of(text: str) -> tuple[str, ...]:
    return tuple(S.fold(S.stem(w)) for _, _, w in S.words(text))


def lexicon(db: sqlite3.Connection) -> Lexicon:
    n = db.execute("SELECT count(*), max(id) FROM annotations WHERE layer = 'entity'").fetchone()
    cache_key = (S.db_identity(db), hash(tuple(n)))
    if cache_key in _LEXICONS:
        return _LEXICONS[cache_key]
    surfaces: dict[tuple[str, ...], dict[str, int]] = {}
    kinds: dict[str, str] = {}
    rows = db.execute("SELECT text, label, json_extract(value, '$.kind'), count(*) FROM annotations"
                      " WHERE layer = 'entity' AND label IS NOT NULL GROUP BY text, label").fetchall()
    attested = frozenset(r[1] for r in rows)
    try:
        for r in db.execute("SELECT name, kind, aliases FROM entities"):
            for alias in [r[0], *json.loads(r[2] or "[]")]:
                rows.append((alias, r[0], r[1], 1))
    except sqlite3.OperationalError:
        pass
    for text, label, kind, count in rows:
        k = key_of(text)
        if not k:
            continue
        surfaces.setdefault(k, {})
        surfaces[k][label] = surfaces[k].get(label, 0) + count
        kinds.setdefault(label, kind or "")
        # the canonical name itself is a surface form too
        lk = key_of(label)
        if lk:
            surfaces.setdefault(lk, {}).setdefault(label, 1)
    keys: dict[str, set[tuple[str, ...]]] = {}
    for k, labels in surfaces.items():
        total = sum(labels.values())
        for label, n in labels.items():
            if n * 2 >= total:  # a surface form that mostly names this entity
                keys.setdefault(label, set()).add(k)
    lex = Lexicon(surfaces, kinds, max((len(k) for k in surfaces), default=0), keys, attested)
    _LEXICONS.clear()
    _LEXICONS[cache_key] = lex
    return lex


def _written(store: Any, table: str, alts: tuple[tuple[str, ...], ...]) -> bool:
    """Do the sources write one of ``alts`` in a sentence or a document title?"""
    total = 10**9  # only whether the count is zero matters
    if _df(store.db, table, alts, total) < math.log(1 + total) - 1e-9:
        return True
    return any(_phrase_in(ws, alt) for *_, ws in _titles(store) for alt in alts)


def _df(db: sqlite3.Connection, table: str, alts: tuple[tuple[str, ...], ...], total: int) -> float:
    """Inverse document frequency (over sentences) of a term's alternatives."""
    expr = "{folded}: (" + " OR ".join(" + ".join(f'"{p}" *' for p in alt) for alt in alts) + ")"
    try:
        n = db.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (expr,)).fetchone()[0]
    except sqlite3.OperationalError:
        n = 0
    return math.log(1 + total / (1 + n))


def parse_question(store: Any, text: str) -> Question:
    """Question type, terms with weights, dates, answer kinds and hints."""
    lang = detect_language(text)
    low = tr.lower(text)
    qtype = "unknown"  # no question word: nothing says what kind of answer is wanted
    for plang, rx, t in _question_patterns():
        if plang == lang and rx.search(low):
            qtype = t
            break
    q = Question(text, lang, qtype, dates=_question_dates(text))
    q.range_wanted = bool(re.search(r"tarihler|arasında|between|from .* to|hangi günler", low))
    q.nominative = bool(re.search(r"\bkim(di|dir|miş|ler|lerdi|lerdir)?\b|^who\b", low))
    if re.search(r"\bwith whom\b|\bwith which\b", low):
        q.case = "com"
    if re.search(r"\bkim(ler)?(in)? tarafından\b|\bby whom\b", low):
        q.after = "tarafindan"  # the doer of a passive: "kimler tarafından işgal edildi"
    toks = [(m.group(0), m.start()) for m in QWORD.finditer(text)]
    qwords = _question_word_set(lang)
    # the noun after hangi / kaç / which / how many: answer kind, case, anchor, postposition
    for i, (tok, _) in enumerate(toks):
        lt = tr.lower(tok)
        if lt in ("hangi", "kaç", "kaçıncı", "which", "what", "many", "kimin", "kimi", "kime", "kimden", "kiminle", "kimle",
                  "nereden", "nereye", "nerede"):
            if lt.startswith(("kim", "nere")):
                ending = lt[3:] if lt.startswith("kim") else lt[4:]
                ending = "le" if ending in ("inle", "le") else ending
                q.case = _case_of(ending, suffix=True) if ending else None
                continue
            j = i + 1
            if j < len(toks) and tr.lower(toks[j][0]) in _numbers():
                q.number = _numbers()[tr.lower(toks[j][0])]
                j += 1
            if j < len(toks):
                noun = S.norm(toks[j][0])
                if lt in ("hangi", "which", "what") and not toks[j][0][:1].isupper():
                    q.head_noun = S.fold(S.stem(noun))
                for prefix, kinds, etype in _answer_nouns():
                    if noun.startswith(prefix):
                        q.answer_noun = toks[j][0]
                        q.kinds, q.anchor = kinds, (S.fold(prefix),)
                        if j + 1 < len(toks) and tr.lower(toks[j + 1][0]) not in qwords:
                            q.anchor += (S.fold(S.stem(S.norm(toks[j + 1][0]))),)
                        if etype and qtype == "count":
                            q.count_event = etype
                        break
                if lt in ("kaç", "kaçıncı"):
                    root = _verb_root(S.fold(noun))  # "yılındaydık": the noun under a copula
                    q.count_unit = S.fold(S.stem(root if root and noun.endswith(COPULA) else noun))
                elif lt == "many" and lang == "en":
                    # the counted noun is the plural one ("how many enemy brigades")
                    nouns = [S.norm(t) for t, _ in toks[j : j + 3]]
                    noun = next((n for n in nouns if n.endswith("s") and len(n) > 3), noun)
                    trs = next((_glossary()[f] for f in _en_base(noun) if f in _glossary()), None)
                    q.count_unit = S.fold(S.norm(trs[0].split("_")[0])) if trs else None
                q.plural = bool(re.search(r"(ler|lar)", noun[len(S.stem(noun)):])) or lt == "many"
                q.case = q.case or _case_of(toks[j][0][len(S.stem(noun)):] or "", suffix=True)
                if j + 1 < len(toks) and tr.lower(toks[j + 1][0]) in ("üzerinden", "yoluyla", "ile", "tarafından"):
                    q.after = S.fold(tr.lower(toks[j + 1][0]))
    if q.number and q.number > 1:
        q.plural = True
    if not q.kinds:
        q.kinds = {"who": ("PERSON",), "where": ("PLACE", "STATE"), "which": (), "what": ()}.get(qtype, ())
        if qtype == "who" and (q.case in ("dat", "com", "abl") or q.after == "tarafindan"):
            q.kinds = ("PERSON", "STATE", "GROUP", "ORG")  # kime / kiminle: a state can be the answer
    if qtype == "who" and re.search(r"\bkimler\b", low):
        q.plural = True
    q.terms = _terms(store, q, toks, qwords)
    if q.terms:
        # the verb asked about is the last plain content word of the first clause (Turkish is
        # verb-final; English questions end on the verb too: "When was the treaty signed?")
        first = re.split(r"[?;]", text)[0]
        named_words = {w for t in q.terms if t.named for w in t.word.split()}
        content = [w for w in QWORD.findall(first) if tr.lower(w) not in qwords and w not in named_words
                   and not w.isdigit() and not _months_hit(tr.lower(w))]
        last = [t for t in q.terms if t.word in first and not t.named]
        verbal = lang == "tr" or re.search(r"\b(did|does|do|was|were|is|are|has|have|had)\b", low)
        if last and content and content[-1] == last[-1].word and verbal:
            last[-1].trigger = True
            if len(last) > 1 and len(content) > 1 and content[-2] == last[-2].word and any(
                    alt[0].startswith(_light_verbs()) for alt in last[-1].alternatives if len(alt[0]) <= 6):
                last[-2].trigger = True  # "itilaf yapıldı": the noun before a light verb is the event
    q.question_labels = frozenset(lab for t in q.terms for lab in t.labels)
    q.according = frozenset(lab for t in q.terms if t.named and re.search(
        rf"{re.escape(t.word)}\s+göre\b|according to\s+{re.escape(t.word)}", text, re.I) for lab in t.labels)
    q.word_keys = frozenset(x for tok, _ in toks for x in key_of(tok)) | frozenset(
        x for t in q.terms if q.lang == "en" for alt in t.alternatives for x in alt)
    for t in q.terms:
        for alt in t.alternatives:
            et = _event_type(alt[0])
            if et and t.trigger:
                q.event_type = q.event_type or et
    return q


@cache
def _light_verbs() -> tuple[str, ...]:
    return tuple(w.strip() for w in tr.read_lines("qa/light_verbs.txt"))


@cache
def _question_word_set(lang: str) -> frozenset[str]:
    own = {tr.lower(w.strip()) for w in tr.read_lines("qa/question_stop_words.txt")}
    return frozenset(own | tr.stop_words("tr") | tr.stop_words("en"))


def _terms(store: Any, q: Question, toks: list[tuple[str, int]], qwords: frozenset[str]) -> list[Term]:
    db = store.db
    lex = lexicon(db)
    table = S.ready_table(store)
    total = db.execute("SELECT count(*) FROM sentences").fetchone()[0] or 1
    terms: list[Term] = []
    used = [False] * len(toks)
    # 1. entities the question names (longest match against the store's surface forms)
    keys = [S.fold(S.stem(S.norm(t.split("’")[0].split("'")[0]))) for t, _ in toks]
    i = 0
    while i < len(toks):
        for n in range(min(lex.max_len, len(toks) - i), 0, -1):
            k = tuple(keys[i : i + n])
            labels = lex.surfaces.get(k)
            if labels and not (n == 1 and tr.lower(toks[i][0]) in qwords):
                if n == 1 and not toks[i][0][:1].isupper():
                    continue
                if n > 1 and not labels.keys() & lex.attested and not _written(
                        store, table, tuple(sorted({k, *(x for lab in labels for x in lex.keys.get(lab, ()))}))[:12]):
                    # a name only the knowledge base knows ("Mustafa Kemal'in Samsun'a Çıkışı") and
                    # the sources never write in any of its forms: its words are asked one by one
                    continue
                # other spellings of the same entity, when they share a word with the question's
                # (`Gümrü Barışı` for `Gümrü Antlaşması`, not a generic `Dostluk Antlaşması`)
                alts = tuple(sorted({k, *(x for lab in labels for x in sorted(lex.keys.get(lab, ()))
                                          if k[0] in x or x == key_of(lab))}))[:12]
                terms.append(Term(" ".join(t for t, _ in toks[i : i + n]), alts, named=True,
                                  labels=frozenset(labels), kinds=frozenset(lex.kinds.get(x, "") for x in labels)))
                for j in range(i, i + n):
                    used[j] = True
                i += n - 1
                break
        i += 1
    # 2. content words (English through the glossary), with synonyms
    gloss = _glossary()
    untranslated: set[str] = set()
    for idx, (tok, _) in enumerate(toks):
        if used[idx]:
            continue
        low = tr.lower(tok)
        base = low.split("’")[0].split("'")[0]
        if base in qwords or base.isdigit() or _months_hit(base) or base in _numbers():
            continue
        named = tok[:1].isupper() and idx > 0
        if q.lang == "en":
            trs = next((gloss[f] for f in _en_base(base) if f in gloss), None)
            if trs is None:
                if not named and len(base) < 4:
                    continue
                if not named:
                    untranslated.add(tok)
                alts: tuple[tuple[str, ...], ...] = ((S.fold(S.stem(S.norm(base))),),)
            else:
                alts = tuple(tuple(S.fold(S.norm(p)) for p in t.split("_")) for t in trs)
                # a final hard consonant softens before a vowel (`sağlık` -> `sağlığı`, `kitap` -> `kitabı`)
                alts += tuple(alt[:-1] + (alt[-1][:-1],) for alt in alts if len(alt[-1]) >= 6 and alt[-1][-1] in "kptc")
                alts = tuple(sorted({a for alt in alts for a in _expand_alt(alt)}))
        else:
            p = S.fold(S.stem(S.norm(base)))
            if len(p) < 2:
                continue
            alts = _expand(p)
            if len(p) >= 5 and p.endswith(("is", "us")):
                # a verbal noun (`çıkış`, `geliş`) asks about its verb's family (`çıktı`, `ayak bastı`)
                alts = tuple(sorted({*alts, *((f,) for _, fam in _synonyms()
                                             if any(f.startswith(p[:-2]) for f in fam) for f in fam)}))
            if p[-1:] in SOFTENED and len(p) >= 4:
                # a final hard consonant softens before a vowel (`hudut` -> `hududundan`)
                alts = tuple(sorted({*alts, (p[:-1] + SOFTENED[p[-1]],)}))
            if p[-1:] in HARDENED and len(p) >= 4:
                # a softened final consonant (`mektubu`, `kitabı`): the bare word ends hard (`mektup`)
                alts = tuple(sorted({*alts, (p[:-1] + HARDENED[p[-1]],)}))
            root = _verb_root(S.fold(S.norm(base)))
            if root and root != p:
                alts = tuple(sorted({*alts, (root,)}))
            if root and len(root) >= 5 and root.endswith(PASSIVE):
                # `verildi` asks about what `verdiğim` tells: the active root without -Il/-In
                alts = tuple(sorted({*alts, (root[:-2],)}))
        trigger = any(_event_type(a[0]) for a in alts)
        first_named = idx == 0 and q.lang == "tr" and tok[:1].isupper() and _capitalised_in_corpus(db, base)
        terms.append(Term(tok, alts, named=named or first_named, trigger=trigger))
    for t in list(terms):
        t.weight = _df(db, table, t.alternatives, total) * (1.6 if t.named else 1.0)
        if t.word in untranslated and t.weight >= math.log(1 + total) - 1e-9:
            terms.remove(t)  # an English word outside the glossary that no source uses: no evidence either way
            q.unread.append(t.word)
        if t.word == q.answer_noun:
            t.weight *= 0.3  # the sentence names a city; it need not say "city"
    return terms


PASSIVE = ("il", "ul", "in", "un")  # folded passive/reflexive suffixes before a verb ending
HARDENED = {"b": "p", "d": "t", "g": "k"}  # consonants softened before a vowel suffix (folded ğ = g)
SOFTENED = {v: k for k, v in HARDENED.items()}
_CAPS: dict[tuple[str, str], bool] = {}


def _capitalised_in_corpus(db: sqlite3.Connection, word: str) -> bool:
    """Is the question's first word a name? Only if the sources write it capitalised inside a
    sentence more often than not (`Moskova` yes, `Şartname`, `Aftan` no)."""
    root = word[: max(4, len(S.stem(S.norm(word))))]
    path = S.db_identity(db) + str(
        db.execute("SELECT max(rowid) FROM sentences").fetchone()[0])
    if (path, root) not in _CAPS:
        cap = tr.upper(root[:1]) + root[1:]
        up, low = db.execute("SELECT count(*) FILTER (WHERE text GLOB ?), count(*) FILTER (WHERE text GLOB ?)"
                             " FROM sentences", (f"* {cap}*", f"* {root}*")).fetchone()
        if len(_CAPS) > 4096:
            _CAPS.clear()
        _CAPS[(path, root)] = up > low or up + low == 0
    return _CAPS[(path, root)]


VERB_ENDINGS = ("dı", "di", "du", "dü", "tı", "ti", "tu", "tü", "mış", "miş", "muş", "müş", "mıştı", "mişti",
                "muştu", "müştü", "dılar", "diler", "dular", "düler",
                "ydı", "ydi", "ydu", "ydü", "ymış", "ymiş", "ymuş", "ymüş",  # copula after a vowel: muharririydi
                "ydık", "ydik", "yduk", "ydük", "ydım", "ydim", "ydum", "ydüm")
COPULA = tuple(e for e in VERB_ENDINGS if e.startswith("y"))


def _verb_root(word: str) -> str | None:
    """The short root of a finite verb (`verdi` -> `ver`, `geldi` -> `gel`) that the stemmer's
    minimum length keeps; None when the word does not end like a past-tense verb."""
    for end in sorted({S.fold(e) for e in VERB_ENDINGS}, key=len, reverse=True):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return None


def _expand_alt(alt: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    if len(alt) > 1:
        return (alt,)
    return _expand(alt[0])


def _months_hit(word: str) -> bool:
    return _month_key(S.fold(word), _months()) is not None and len(word) <= 9


# --- passages ----------------------------------------------------------------------------

@dataclass
class Ann:
    layer: str
    start: int
    end: int
    text: str
    label: str | None
    value: dict[str, Any]


@dataclass
class Passage:
    """One sentence (rarely two) with its words and annotations, in ORIGINAL offsets."""

    sentence_ids: tuple[int, ...]
    doc_id: str
    doc: str
    title: str | None
    start: int
    end: int
    text: str
    words: list[tuple[int, int, str]]  # absolute original offsets, folded normalised word
    anns: list[Ann]
    context: str = ""  # folded words of the previous sentences, space-joined
    doc_date: str | None = None  # the document's own date
    cite: tuple[int, int, str] | None = None  # for a title: the sentence cited in its place

    def span(self) -> tuple[int, int, str]:
        """ORIGINAL offsets and text to cite: the passage itself, or for a document's title
        (which is not in the text) the document's first sentence."""
        return self.cite or (self.start, self.end, self.text)
    matched: dict[int, list[int]] = field(default_factory=dict)  # term index -> word indices
    coverage: float = 0.0
    named: float = 1.0
    top_ok: bool = True  # the question's weightiest named term is here (or just before)
    named_all: bool = True  # every named term of the question is here, in the title or just before
    score: float = 0.0

    def word_at(self, offset: int) -> int:
        """Index of the word containing ``offset`` (or the next word)."""
        i = bisect_right([w[0] for w in self.words], offset) - 1
        if i < 0 or self.words[i][1] <= offset:
            i += 1
        return max(0, min(len(self.words) - 1, i))


@cache
def _nonfinal() -> tuple[str, ...]:
    return tuple(tr.lower(w) for w in tr.read_lines("qa/nonfinal.tsv"))


def _cut(text: str) -> bool:
    """Does a sentence end in a word that cannot end a Turkish sentence (a stray period)?"""
    m = re.search(r"([^\W\d_]+)\W*$", text)
    return bool(m) and tr.lower(m.group(1)).endswith(_nonfinal())


@cache
def _folded_title(title: str) -> str:
    return " ".join(S.fold(w) for _, _, w in S.words(title))


def _load_passages(store: Any, ids: list[int]) -> list[Passage]:
    """The sentences ``ids`` as passages (a sentence cut by a stray period is joined to its
    neighbour), with their annotations and the words of the sentences before them; read with
    a few queries per document."""
    if not ids:
        return []
    db = store.db
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT s.id, s.doc_id, d.stem, d.title, s.start, s.end, s.idx, d.date FROM sentences s"
        f" JOIN documents d ON d.id = s.doc_id WHERE s.id IN ({marks})", ids).fetchall()
    by_id = {r[0]: r for r in rows}
    table = S.ready_table(store)  # its `folded` column holds each sentence's words, normalised
    need: dict[str, set[int]] = {}
    for r in rows:
        need.setdefault(r[1], set()).update(range(max(0, r[6] - CONTEXT - 1), r[6] + 2))
    sents: dict[tuple[str, int], tuple[int, int, int, str, str]] = {}  # (doc, idx) -> id, start, end, text, folded
    anns_of: dict[str, list[Any]] = {}  # raw rows sorted by start, decoded per passage
    starts_of: dict[str, list[int]] = {}
    for doc_id, idxs in need.items():
        im = ",".join("?" * len(idxs))
        for sid, idx, st, en, text, folded in db.execute(
                f"SELECT s.id, s.idx, s.start, s.end, substr(d.original, s.start + 1, s.end - s.start), x.folded"
                f" FROM sentences s JOIN documents d ON d.id = s.doc_id LEFT JOIN {table} x ON x.rowid = s.id"
                f" WHERE s.doc_id = ? AND s.idx IN ({im})", (doc_id, *sorted(idxs))):
            sents[(doc_id, idx)] = (sid, st, en, text, folded or "")
        lo = min(v[1] for k, v in sents.items() if k[0] == doc_id)
        hi = max(v[2] for k, v in sents.items() if k[0] == doc_id)
        anns_of[doc_id] = db.execute(
            "SELECT start, layer, end, text, label, value FROM annotations WHERE doc_id = ?"
            " AND layer IN ('timex', 'entity', 'event', 'citation') AND start >= ? AND start < ?"
            " ORDER BY start", (doc_id, lo, hi)).fetchall()
        starts_of[doc_id] = [a[0] for a in anns_of[doc_id]]
    out, seen = [], set()
    for sid in ids:
        r = by_id.get(sid)
        if r is None:
            continue
        sids, doc_id, stem_, title, start, end, idx, doc_date = (r[0],), *r[1:]
        text = sents[(doc_id, idx)][3]
        prev, nxt = sents.get((doc_id, idx - 1)), sents.get((doc_id, idx + 1))
        if prev and _cut(prev[3]):
            sids, start, idx = (prev[0], *sids), prev[1], idx - 1
        elif _cut(text) and nxt:
            sids, end = (*sids, nxt[0]), nxt[2]
        if sids in seen:
            continue
        seen.add(sids)
        if len(sids) > 1:
            text = db.execute("SELECT substr(original, ?, ?) FROM documents WHERE id = ?",
                              (start + 1, end - start, doc_id)).fetchone()[0]
        rows_, starts = anns_of[doc_id], starts_of[doc_id]
        i0 = bisect_left(starts, start)
        i1 = bisect_left(starts, end, lo=i0)
        anns = [Ann(a[1], a[0], a[2], a[3], a[4], json.loads(a[5] or "{}")) for a in rows_[i0:i1]]
        words = [(start + s, start + e, S.fold(w)) for s, e, w in S.words(text)]
        ctx = " ".join(sents[(doc_id, i)][4] for i in range(max(0, idx - CONTEXT), idx) if (doc_id, i) in sents)
        if title:
            # the title is the topic of every sentence (`Heyet-i Aliyyeniz` under a title naming the Assembly)
            ctx = f"{_folded_title(title)} {ctx}"
        out.append(Passage(sids, doc_id, stem_, title, start, end, text, words, anns, ctx, doc_date=doc_date))
    return out


def _match(p: Passage, q: Question, author: Author | None = None) -> None:
    """Which question terms the passage contains, its weighted coverage and named coverage.

    A several-word name matches as a phrase, or loosely (its words within a short window:
    `Moskova Dostluk Antlaşması` for `Moskova Antlaşması`), or through an entity label; when
    only some of its words are there it earns part of its weight. The document's ``author``
    is named by its first-person verbs (`Bilecik'te görüştük` in his telegram).
    """
    total = sum(t.weight for t in q.terms) or 1.0
    named_total = sum(t.weight for t in q.terms if t.named) or 0.0
    got = named_got = 0.0
    labels = {a.label for a in p.anns if a.layer == "entity"}
    ws = [w for _, _, w in p.words]
    memo: dict[str, list[int]] = {}

    def at(prefix: str) -> list[int]:
        if prefix not in memo:
            memo[prefix] = [i for i, w in enumerate(ws) if w.startswith(prefix)]
        return memo[prefix]

    named = [ti for ti, t in enumerate(q.terms) if t.named]
    top = max(named, key=lambda ti: q.terms[ti].weight) if named else None
    p.top_ok = top is None
    seen_named = 0
    for ti, t in enumerate(q.terms):
        hits: list[int] = []
        part = 0.0
        for alt in t.alternatives:
            n = len(alt)
            rest = [set(at(x)) for x in alt[1:]]
            for i in at(alt[0]):
                if all(any(i < j <= i + n + 2 for j in r) for r in rest):
                    hits.append(i)
            if not hits and n > 1:
                found = [at(x) for x in alt]
                f = sum(1 for x in found if x) / n
                if f >= 0.5 and found[0]:
                    # every word of the name, in order, only farther apart (`Doğu cephesinde ...
                    # başlayan ... harekât` for `Doğu Harekâtı`): most of its weight, and present
                    spread = f == 1 and _in_order_within(found, LOOSE_NAME_WINDOW)
                    part = max(part, 0.75 if spread else 0.5 * f)
                    hits_part = [i for x in found for i in x]
                    p.matched.setdefault(ti, sorted(set(hits_part)))
                    p.top_ok = p.top_ok or (spread and ti == top)
        if not hits and author and author.label in t.labels:
            hits = [i for i, w in enumerate(ws) if first_person(w)]
            if not hits and author.label in q.according:
                # "Atatürk'e göre ...": every sentence of his own speech is what he says
                got += t.weight
                named_got += t.weight
                p.top_ok = p.top_ok or ti == top
                seen_named += 1
                continue
        by_label = not hits and bool(t.labels & labels)
        if t.labels & labels:
            hits += [p.word_at(a.start) for a in p.anns if a.layer == "entity" and a.label in t.labels]
        if hits:
            p.matched[ti] = sorted(set(hits))
            got += t.weight * (0.85 if by_label else 1.0)  # the linker may be wrong; the words are there
            named_got += t.weight if t.named else 0.0
            p.top_ok = p.top_ok or ti == top
            seen_named += t.named
        elif any(_phrase_in(p.context, alt) for alt in t.alternatives):
            seen_named += t.named
            p.matched.pop(ti, None)
            got += t.weight * max(0.4, part)
            named_got += t.weight * max(0.4, part) if t.named else 0.0
            p.top_ok = p.top_ok or ti == top
        elif part:
            got += t.weight * part
            named_got += t.weight * part if t.named else 0.0
    p.named_all = seen_named == len(named)
    p.coverage = got / total if q.terms else 1.0  # a question of dates only: the dates decide
    p.named = named_got / named_total if named_total else 1.0


LOOSE_NAME_WINDOW = 12  # words a name's words may spread over and still name it


def _in_order_within(found: list[list[int]], window: int) -> bool:
    """Do the word positions ``found`` (one list per word of a name) hold one occurrence of
    each word, in order, all within ``window`` words of the first?"""
    for i in found[0]:
        last, ok = i, True
        for xs in found[1:]:
            nxt = next((j for j in xs if last < j <= i + window), None)
            if nxt is None:
                ok = False
                break
            last = nxt
        if ok:
            return True
    return False


@cache
def _phrase_rx(alt: tuple[str, ...]) -> re.Pattern[str]:
    # an initial or a regnal number may stand between the words (`Kralı I. Faysal`)
    return re.compile(r"(?:^| )" + r"\S* (?:\S \d* ?)?".join(re.escape(a) for a in alt))


def _phrase_in(text: str, alt: tuple[str, ...]) -> bool:
    """Is the prefix sequence ``alt`` in ``text`` (space-joined folded words)?"""
    return _phrase_rx(alt).search(text) is not None


def _query_of(q: Question) -> str:
    """The search query of every alternative of every term (phrases quoted). An alternative
    whose every word extends the word of a shorter one (of four letters or more) is left out:
    `topl` finds `toplan`, `buyuk mecl` finds `buyuk meclis`, and each would count again in
    the ranking (a frequent verb or name crowding out the rare words)."""
    alts = sorted({a for t in q.terms for a in t.alternatives})

    def covered(b: tuple[str, ...]) -> bool:  # `tel` is too loose to stand for `telgraf`
        return any(a != b and len(a) == len(b) and all(len(x) >= 4 and y.startswith(x) for x, y in zip(a, b, strict=True))
                   for a in alts)

    prefixes = [" ".join(a) for a in alts if not covered(a)]
    return " ".join(f'"{p}"' if " " in p else p for p in prefixes)


def candidates(store: Any, q: Question) -> list[Passage]:
    """Sentences proposed by search (any question word) and, for a dated question, the
    sentences that carry one of its dates; then the documents that cover the question best
    are read further, since the answer is often a sentence or two away from where the
    question's other words are ("Fransa seyahati ..." / "General Mougain ile görüşmüş")."""
    ids: list[int] = []
    query = _query_of(q)
    if query:
        hits = S.search(store, query, fold=True, limit=MAX_CANDIDATES, any_term=True, raw_prefixes=True, marks=False)
        ids = [h.sentence_id for h in hits]
        for d in q.dates:
            if d[:4].isdigit():
                ids += [i for i in _in_dated_documents(store, query, d) if i not in ids]
    if q.dates:
        ids += [i for i in _dated_sentences(store, q.dates) if i not in ids]
    authors = document_authors(store) if any("PERSON" in t.kinds for t in q.terms) else {}
    ps = _load_passages(store, ids)
    for p in ps:
        _match(p, q, authors.get(p.doc_id))
    if query:
        more = [i for doc_id in _covering_documents(q, ps)
                for i in _sentences_in(store, q, doc_id) if i not in ids]
        extra = _load_passages(store, list(dict.fromkeys(more)))
        for p in extra:
            _match(p, q, authors.get(p.doc_id))
        ps += extra
    return ps


def _covering_documents(q: Question, ps: list[Passage]) -> list[str]:
    """The documents whose candidate sentences together cover most of the question."""
    cover: dict[str, set[int]] = {}
    for p in ps:
        cover.setdefault(p.doc_id, set()).update(p.matched)
    weight = {d: sum(q.terms[ti].weight for ti in got) for d, got in cover.items()}
    return sorted(weight, key=lambda d: -weight[d])[:DOC_READS]


def _sentences_in(store: Any, q: Question, doc_id: str) -> list[int]:
    """A document's best sentences for the question: the most weight of its terms, read from
    the folded words of the document's sentences (one id range). A full-text query limited to
    the range would still expand every prefix over the whole index (a third of a second for
    `mecl*`); one document's rows are read faster."""
    table = S.ready_table(store)
    lo, hi = store.db.execute("SELECT min(id), max(id) FROM sentences WHERE doc_id = ?", (doc_id,)).fetchone()
    if lo is None:
        return []
    scored = []
    for rowid, folded in store.db.execute(f"SELECT rowid, folded FROM {table} WHERE rowid BETWEEN ? AND ?", (lo, hi)):
        text = f" {folded or ''}"
        got = sum(t.weight for t in q.terms if any(f" {alt[0]}" in text and _phrase_in(text, alt) for alt in t.alternatives))
        if got:
            scored.append((-got, rowid))
    return [rowid for _, rowid in sorted(scored)[:PER_DOC]]


def _in_dated_documents(store: Any, query: str, date: str, limit: int = MAX_CANDIDATES // 2) -> list[int]:
    """Sentences matching any query word in the documents written at ``date`` (a letter of
    December 1920 tells what its writer did then, whatever dates its sentences carry)."""
    table = S.ready_table(store)
    expr = S.match_expression(S.parse_query(query, folded=True, raw=True), folded=True, any_term=True)
    rows = store.db.execute(
        f"SELECT s.id FROM {table} JOIN sentences s ON s.id = {table}.rowid JOIN documents d ON d.id = s.doc_id"
        f" WHERE {table} MATCH ? AND d.date LIKE ? ORDER BY bm25({table}) LIMIT ?", (expr, date + "%", limit))
    return [r[0] for r in rows]


def title_passages(store: Any, q: Question, limit: int = 5) -> list[Passage]:
    """Documents' titles as passages (`... Celal Bayar’a Okuması İçin Gönderdiği Mesaj`), their
    names found through the store's entity surfaces; cited by the document's first sentence."""
    lex = lexicon(store.db)
    out = []
    for hit in title_documents(store, q)[:limit]:
        title = hit.title
        ws = list(S.words(title))
        anns, i = [], 0
        while i < len(ws):
            for n in range(min(lex.max_len, len(ws) - i), 0, -1):
                labels = lex.surfaces.get(tuple(S.fold(S.stem(w)) for _, _, w in ws[i : i + n]))
                if labels and title[ws[i][0]:ws[i][0] + 1].isupper():
                    label = max(labels, key=labels.get)
                    s_, e_ = ws[i][0], ws[i + n - 1][1]
                    m = re.match(r"['’][^\W_]+", title[e_:])
                    e_ += m.end() if m else 0
                    anns.append(Ann("entity", s_, e_, title[s_:e_], label, {"kind": lex.kinds.get(label, "")}))
                    i += n - 1
                    break
            i += 1
        first = store.db.execute("SELECT s.start, s.end, substr(d.original, s.start + 1, s.end - s.start) FROM sentences s"
                                 " JOIN documents d ON d.id = s.doc_id WHERE s.doc_id = ? ORDER BY s.idx LIMIT 1",
                                 (hit.doc_id,)).fetchone()
        if first is None:
            continue
        p = Passage((-1,), hit.doc_id, hit.stem, title, 0, len(title), title,
                    [(a, b, S.fold(w)) for a, b, w in ws], anns, doc_date=hit.date, cite=tuple(first))
        _match(p, q, document_authors(store).get(hit.doc_id))
        out.append(p)
    return out


def _dated_sentences(store: Any, dates: list[str], limit: int = MAX_CANDIDATES) -> list[int]:
    """Sentences with a timex whose value is one of ``dates`` (full ISO days only)."""
    out: list[int] = []
    for d in dates:
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", d):
            continue
        rows = store.db.execute(
            "SELECT s.id FROM annotations a JOIN sentences s ON s.doc_id = a.doc_id AND s.start <= a.start"
            " AND a.start < s.end WHERE a.layer = 'timex' AND a.label = ? LIMIT ?", (d, limit)).fetchall()
        out += [r[0] for r in rows if r[0] not in out]
    return out[:limit]


# --- answer slots ------------------------------------------------------------------------

@dataclass
class Slot:
    value: Any
    text: str  # human wording
    passage: Passage
    start: int
    end: int
    score: float
    mod: str | None = None
    case_ok: bool = False  # carries the case the question asks in (hangi şehirden -> Trabzon'dan)


def _proximity(p: Passage, q: Question, pos: int, last: int | None = None, *, triggers: bool = True) -> float:
    """How close the question's matched words sit to words ``pos..last`` (weighted)."""
    last = pos if last is None else last
    s = 0.0
    for ti, hits in p.matched.items():
        if not triggers and q.terms[ti].trigger:
            continue
        d = min(pos - h if h < pos else max(0, h - last) for h in hits)
        w = q.terms[ti].weight * (2.0 if q.terms[ti].trigger else 1.0)
        s += w / (1 + d)
    return s


def _timex_ok(a: Ann) -> bool:
    v = a.value.get("value")
    return a.layer == "timex" and isinstance(v, str) and bool(DATE_VALUE.match(v)) and a.value.get("type") in ("DATE", "TIME", None)


def _date_matches(value: str, wanted: str) -> bool:
    if wanted.startswith("XXXX"):
        return value[4:10] == wanted[4:]
    return value.startswith(wanted) or wanted.startswith(value.split("/")[0]) and len(value) >= len(wanted)


def _has_dates(p: Passage, q: Question) -> bool:
    if not q.dates:
        return True
    vals = [a.value.get("value") for a in p.anns if _timex_ok(a)]
    if p.doc_date:
        vals.append(p.doc_date)  # what a dated letter or telegram tells happened by its date
    return all(any(_date_matches(v, d) for v in vals) for d in q.dates)


def _in_question(a: Ann, q: Question) -> bool:
    """Is this entity one the question names (so it cannot be the answer)?"""
    if a.label in q.question_labels:
        return True
    for k in (key_of(a.label or ""), key_of(a.text)):
        if k and all(any(x == w or (min(len(x), len(w)) >= 4 and (x.startswith(w) or w.startswith(x)))
                         for w in q.word_keys) for x in k):
            return True
    return False


def _event_word(w: str) -> bool:
    return any(etype and w.startswith(fam) for etype, fams in _synonyms() for fam in fams)


def _verb_factor(p: Passage, q: Question, a: Ann) -> float:
    """2 when the question's verb is the first event verb after the date (Turkish puts the
    date before its verb), 0.5 when another event verb comes first, 1.3 when the question's
    verb is just before the date."""
    if not any(t.trigger for t in q.terms):
        return 1.0
    trig = {h for ti, hits in p.matched.items() if q.terms[ti].trigger for h in hits}
    start = p.word_at(a.end)
    glossed = [x for x in p.anns if _timex_ok(x) and _gloss_of(p, x, a)]
    after = max((x.end for x in glossed), default=a.end)  # "15 Eylül 1341 (1925) tarihinde": one date
    nxt = min((x.start for x in p.anns if _timex_ok(x) and x.start >= after), default=p.end)
    limit = p.word_at(nxt) if nxt < p.end else len(p.words)
    for i in range(start, min(limit, start + 12)):
        if i in trig:
            return 2.0
        if _event_word(p.words[i][2]):
            return 0.5
    pos = p.word_at(a.start)
    return 1.3 if any(pos - 6 <= h < pos for h in trig) else 1.0


def _gloss_of(p: Passage, x: Ann, a: Ann) -> bool:
    """Is timex ``x`` a gloss right after ``a`` (`15 Eylül 1341 (1925)`, `1334 (1918)`)?"""
    return x.start >= a.end and re.fullmatch(r"\s*[(\[]\s*", p.text[a.end - p.start : x.start - p.start]) is not None


def _glosses_a_finer_date(p: Passage, a: Ann) -> bool:
    """Does a coarser timex only repeat the date before it (`(1925)` after `15 Eylül 1341`)?"""
    v = a.value["value"]
    return any(_timex_ok(b) and _gloss_of(p, a, b) and b.value["value"].startswith(v) and b.value["value"] != v
               for b in p.anns)


def _explicit(text: str) -> bool:
    """A date written out (a number or a month name), not a deictic `bugün` or a relative
    `dört ay önce` that the tagger resolved against the speech's own date."""
    if re.search(r"\d", text):
        return True
    return any(_month_key(S.fold(tr.lower(w)), _months()) for w in re.findall(r"[^\W\d_]+", text))


def when_slots(p: Passage, q: Question) -> list[Slot]:
    out = []
    for a in p.anns:
        if not _timex_ok(a):
            continue
        v = a.value["value"]
        if any(_date_matches(v, d) for d in q.dates) or not _explicit(a.text) or _glosses_a_finer_date(p, a):
            continue
        pos = p.word_at(a.start)
        sc = _proximity(p, q, pos, p.word_at(a.end - 1), triggers=False) * _verb_factor(p, q, a)
        sc /= math.sqrt(sum(1 for x in p.anns if _timex_ok(x)))
        if q.range_wanted and "/" in v and not a.value.get("mod"):
            sc *= 1.5
        out.append(Slot(v, render_timex(v, a.value.get("mod"), q.lang), p, a.start, a.end, sc, a.value.get("mod")))
    return out


ACCUSATIVE = re.compile(r"['’]y?[ıiuü]$")  # a name in the accusative (`Fethi Bey’i`)


def _entity_slots(p: Passage, q: Question, kinds: tuple[str, ...]) -> list[Slot]:
    out = []
    for a in p.anns:
        if a.layer != "entity" or not a.label:
            continue
        kind = a.value.get("kind")
        if kinds and kind not in kinds:
            continue
        if _in_question(a, q):
            continue
        pos = p.word_at(a.start)
        # a place is told next to its motion verb ("Moskova'ya yollamıştı"); other answers are
        # arguments anywhere before the verb, so only the question's names count for them
        sc = _proximity(p, q, pos, p.word_at(a.end - 1), triggers=q.qtype == "where") + 0.1 * (1.0 + 0.3 * (len(kinds) - kinds.index(kind)) / max(1, len(kinds)) if kinds else 1.0)
        nxt_word = next((w for s_, _, w in p.words if s_ >= a.end), "")
        case_ok = bool(q.case) and (_case_of(a.text) == q.case or q.case == "com" and nxt_word == "ile")
        if case_ok:
            sc *= 1.8
        elif q.nominative and not re.search(r"['’]", a.text) and _case_of(a.text) is None:
            sc *= 1.5  # "kimdi?" asks for the subject: a name without a case ending
        elif q.nominative and ACCUSATIVE.search(a.text):
            # `Fethi Bey’i gönderdik`: the object of the telling is the subject of "kim gönderildi?"
            # and not of "kim gönderdi?"
            sc *= 1.5 if _passive_question(q) else 0.4
        if q.after:
            nxt = [w for s, _, w in p.words if s >= a.end][:1]
            if nxt and nxt[0].startswith(q.after[:5]):
                sc *= 2.5
        if q.anchor:
            d = min((abs(i - pos) for i, (_, _, w) in enumerate(p.words) if w.startswith(q.anchor)), default=99)
            sc *= 1 + 1.5 / (1 + d)
        value = a.label
        if q.qtype == "who" and kind == "PERSON":
            value = _beyond_question_words(a.label, q) if a.label == a.text else a.label
            if not _beyond_question_words(a.text, q):
                continue  # `Haşmetli İsveç Kralı Hazretleri` for "the Swedish king": the question's words, no name
        out.append(Slot(value, value, p, a.start, a.end, sc, case_ok=case_ok))
    return out


def _beyond_question_words(name: str, q: Question) -> str:
    """An unlinked name that swallowed the question's own words (`Verilen Tebliğ Ermeni Patriği
    Zaven Efendi` for "Ermeni Patriği kimdi?"): the words after the last of them; empty when
    only honorifics follow."""
    ws = name.split()
    keys = tuple({alt[0] for t in q.terms if not t.labels for alt in t.alternatives if len(alt[0]) >= 3})
    last = max((i for i, w in enumerate(ws) if S.fold(S.norm(w)).startswith(keys)), default=-1)
    rest = ws[last + 1:]
    if not [w for w in rest if tr.lower(w) not in _name_breakers()]:
        return ""  # nothing but the question's words and honorifics
    return " ".join(rest) if last >= 0 else name


@cache
def _naming_words() -> frozenset[str]:
    return frozenset(tr.lower(w.split()[0]) for w in tr.read_lines("qa/naming_words.txt"))


@cache
def _agent_words() -> frozenset[str]:
    return frozenset(tr.lower(w.split()[0]) for w in tr.read_lines("qa/naming_words.txt") if w.endswith("agent"))


def _named_by_construction(p: Passage, q: Question) -> list[Slot]:
    """Untagged names introduced by `X adlı`, `X isimli` (a fallback for a thin entity layer)."""
    out = []
    tagged = [(a.start, a.end) for a in p.anns if a.layer in ("entity", "citation")]
    for i in range(1, len(p.words) - 1):
        s, e, _ = p.words[i]
        word = p.text[s - p.start : e - p.start]
        nxt = p.text[p.words[i + 1][0] - p.start : p.words[i + 1][1] - p.start]
        if not word[:1].isupper() or tr.lower(nxt) not in _naming_words():
            continue
        if tr.lower(nxt) in _agent_words():
            if not q.nominative:
                continue  # "X tarafından idare" names the doer: the subject of "kim idare etti"
            while i > 1 and p.text[p.words[i - 1][0] - p.start : p.words[i - 1][1] - p.start][:1].isupper() \
                    and re.fullmatch(r"\s+", p.text[p.words[i - 1][1] - p.start : s - p.start]):
                i -= 1
                s = p.words[i][0]
            word = p.text[s - p.start : e - p.start]
        if any(a <= s < b for a, b in tagged) or S.fold(S.stem(S.norm(word))) in q.word_keys:
            continue
        score = 0.5 * (_proximity(p, q, i, triggers=False) + 0.1)
        out.append(Slot(word, word, p, s, e, score))
    return out


@cache
def _name_breakers() -> frozenset[str]:
    return frozenset(tr.lower(w.strip()) for w in tr.read_lines("qa/name_breakers.txt"))


def _first_of_sentence(p: Passage, j: int) -> bool:
    """Does word ``j`` open a sentence (after a full stop, colon or the passage start)?"""
    before = p.text[: p.words[j][0] - p.start].rstrip()
    return not before or before[-1] in ".!?:;-–—\"“”"


def _compound_names(p: Passage, q: Question) -> list[Slot]:
    """Proper names that end in the asked noun (`hangi medrese` -> `Karatay Medresesi`,
    `Alaaddin Camisi`): capitalised words right before a capitalised form of that noun."""
    if not q.head_noun or len(q.head_noun) < 3:
        return []
    out = []
    for i, (s, e, w) in enumerate(p.words):
        if not w.startswith(q.head_noun):
            continue
        lower = not p.text[s - p.start : s - p.start + 1].isupper()
        if lower:
            # `Neologos gazetesinde`: a name before the common noun (the name alone is the answer)
            e = p.words[i - 1][1] if i > 0 else e
        j = i
        while j > 0 and i - j < 3:
            ps_, pe, _ = p.words[j - 1]
            if (not p.text[ps_ - p.start : ps_ - p.start + 1].isupper() or p.text[pe - p.start : p.words[j][0] - p.start] != " "
                    or tr.lower(p.text[ps_ - p.start : pe - p.start]) in _name_breakers()):
                break
            j -= 1
        if j == i or any(p.words[k][2] in q.word_keys or S.fold(S.stem(p.words[k][2])) in q.word_keys for k in range(j, i)):
            continue
        if lower and (j == 0 or _first_of_sentence(p, j)):
            continue  # a capital that only opens the sentence names nothing
        name = p.text[p.words[j][0] - p.start : e - p.start]
        out.append(Slot(name, name, p, p.words[j][0], e, 0.5 * (_proximity(p, q, j, i) + 0.1)))
    return out


CASED_NOUN = re.compile(r"n[dt][ae]n?$")  # folded word with a pronominal-n locative/ablative ending


def _appositions(p: Passage, q: Question) -> list[Slot]:
    """An untagged name standing right after a word the question asks with (`Gazetesi Yazarı
    Madame Titania’ya`, `hususi memuru Yüzbaşı Bennett`): capitalised words up to a case
    ending, a conjunction or punctuation."""
    tagged = [(a.start, a.end) for a in p.anns if a.layer == "entity"]
    out = []
    for ti, hits in p.matched.items():
        if q.terms[ti].labels:
            continue  # an entity of the question, not the noun it asks with (`Elçisi`, `memuru`)
        for i in hits:
            j, run = i + 1, []
            while j < len(p.words) and len(run) < 4:
                s, e, w = p.words[j]
                gap = p.text[p.words[j - 1][1] - p.start : s - p.start]
                word = p.text[s - p.start : e - p.start]
                initial = len(run) > 0 and re.fullmatch(r"[A-ZÇĞİÖŞÜ]", p.text[run[-1][0] - p.start : run[-1][1] - p.start])
                if not word[:1].isupper() or not re.fullmatch(r"\.?\s+" if initial else r"\s+", gap) or any(
                        w.startswith(k) for k in q.word_keys if len(k) >= 3) or tr.lower(word) in _name_breakers():
                    break  # the question's own words (`Gazetesi Yazarı`) are not the name
                if CASED_NOUN.search(w) and not re.search(r"['’]", word):
                    break  # `Töreninde`: a common noun with a case ending and no apostrophe
                run.append((s, e))
                if re.match(r"['’]", p.text[e - p.start : e - p.start + 1]):
                    break  # `Titania’ya`: the name ends with its case ending
                j += 1
            # a tagged entity after two untagged words ends the run (`Nobuhito Takamatsu Şerefine
            # Marmara Köşkü’nde`); one word before a tagged name is its title (`General Frunze`)
            cut = next((k for k, (s, e) in enumerate(run) if any(a < e and s < b for a, b in tagged)), len(run))
            if not run or cut < len(run) and cut < 2:
                continue
            run = run[:cut]
            name = p.text[run[0][0] - p.start : run[-1][1] - p.start]
            out.append(Slot(name, name, p, run[0][0], run[-1][1], 0.6 * (_proximity(p, q, i) + 0.1)))
    return out


def _passive_question(q: Question) -> bool:
    """Is the verb asked about passive (`kim gönderildi?`, `who was sent`)? Its subject is the
    one acted upon, so the speaker of `gönderdik` is not the answer."""
    if q.lang == "en":
        return bool(re.search(r"\b(was|were|been|be)\s+\w+(ed|en|wn|ght|nt)\b", q.text.lower()))
    verbs = [t for t in q.terms if t.trigger and not t.named]
    if not verbs:
        return False
    root = _verb_root(S.fold(S.norm(verbs[-1].word)))
    return bool(root) and len(root) >= 5 and root.endswith(PASSIVE)


ROLE_QUESTION = re.compile(r"\bkim(di|dir)?\s*\?*\s*$|^who (was|is|were|are) (the|a|an)\b")


def _asks_role(q: Question) -> bool:
    """Does the question ask who held a role ("Mısır Elçisi kimdi?", "Who was the Italian
    ambassador ...")? The answer is then the name beside the role noun."""
    return q.qtype == "who" and bool(ROLE_QUESTION.search(tr.lower(q.text.strip())))


def _coordinated(p: Passage, slots: list[Slot]) -> list[list[Slot]]:
    """Runs of entity slots joined only by commas and `ve`/`ile`/`and` (a list in the text)."""
    runs: list[list[Slot]] = []
    for s in sorted(slots, key=lambda s: s.start):
        if runs:
            gap = p.text[runs[-1][-1].end - p.start : s.start - p.start]
            if re.fullmatch(r"[\s,]*(ve|ile|and|,)?[\s,]*", gap):
                runs[-1].append(s)
                continue
        runs.append([s])
    return runs


def _clause_after(p: Passage, q: Question, a: Ann) -> str:
    """The words after a date up to the first finite verb or comma: what happened then
    (the question's own words at its start, such as the subject, are left out)."""
    rest = p.text[a.end - p.start :]
    prefixes = [alt[0] for t in q.terms for alt in t.alternatives]
    out: list[str] = []
    for w in re.findall(r"\S+", rest):
        clean = w.strip(",.;:“”\"()")
        low = S.fold(tr.lower(clean))
        if not out and (low in ("gunu", "tarihinde", "de", "da", "ise") or (clean and any(
                S.fold(S.norm(clean)).startswith(x) for x in prefixes) and clean[:1].isupper())):
            continue
        if not clean:
            continue
        out.append(clean)
        if not clean[:1].isupper() and len(low) > 4 and re.search(
                r"(mis|mus|di|du|ti|tu|dir|tir|dur|tur|ir|ur|ar|er)$", low) and len(out) > 1:
            break
        if w.endswith((",", ";", ".")) and len(out) > 3:
            break
        if len(out) >= 14:
            break
    if len(out) < 3:
        # Turkish puts the subject before the date: "Moskova Antlaşması 16 Mart 1921’de imzalandı"
        before = re.split(r"[,;:.()“”]", p.text[: a.start - p.start])[-1].split()[-4:]
        out = [w for w in before if w] + out
    return " ".join(out)


# --- rendering ---------------------------------------------------------------------------

def render_timex(value: str, mod: str | None, lang: str) -> str:
    """`1921-03-16` -> `16 Mart 1921` / `16 March 1921`; ranges, seasons and mods in words."""
    if "/" in value:
        a, b = value.split("/", 1)
        ra, rb = render_timex(a, None, lang), render_timex(b, None, lang)
        ya, yb = ra.split()[-1], rb.split()[-1]
        if ya == yb and len(ra.split()) > 1:
            ra = " ".join(ra.split()[:-1])
            ma, mb = ra.split()[-1:], rb.split()[1:2]
            if len(ra.split()) == 2 and ma == mb:
                ra = ra.split()[0]
        text = msg("range", lang, ra, rb) if not (mod == "APPROX") else msg("or", lang, ra, rb)
        return text
    m = re.match(r"^(\d{4})(?:-(\d\d|SP|SU|FA|WI))?(?:-(\d\d))?", value)
    if not m:
        return value
    year, mid, day = m.groups()
    if mid in ("SP", "SU", "FA", "WI"):
        text = msg(f"season.{mid}", lang, year)
    elif mid:
        name = _month_names()[int(mid)][1 if lang == "en" else 0]
        text = f"{int(day)} {name} {year}" if day else f"{name} {year}"
    else:
        text = year
    if mod and f"mod.{mod}" in _messages():
        text = msg(f"mod.{mod}", lang, text)
    return text


def _evidence(store: Any, p: Passage) -> dict[str, Any]:
    start, end, text = p.span()
    ev: dict[str, Any] = {"doc": p.doc, "start": start, "end": end, "text": text}
    refs = [r for a in p.anns if a.layer == "citation" for r in a.value.get("refs", [])]
    if refs:
        ev["citations"] = refs
    if p.title:
        ev["title"] = p.title
    return ev


def _refusal(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any]:
    near = sorted(ps, key=lambda p: -p.coverage)[:3]
    return {"answered": False, "answer": {"value": None, "text": msg("unknown", q.lang)},
            "evidence": [_evidence(store, p) for p in near], "claims": [], "confidence": 0.0,
            "question": {"type": q.qtype, "lang": q.lang}}


def _result(store: Any, q: Question, value: Any, text: str, support: list[Slot], conf: float,
            claims: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    seen, evidence = set(), []
    for s in support:
        if s.passage.sentence_ids in seen:
            continue
        seen.add(s.passage.sentence_ids)
        evidence.append(_evidence(store, s.passage))
    if claims is None:
        claims = [{"value": s.value, "doc": s.passage.doc, "start": s.passage.span()[0], "end": s.passage.span()[1]}
                  for s in support]
    out = {"answered": True, "answer": {"value": value, "text": text}, "evidence": evidence,
           "claims": claims, "confidence": round(conf, 2), "question": {"type": q.qtype, "lang": q.lang}}
    if support and support[0].passage.cite:
        out["source"] = "document title"
    out.update(extra)
    return out


# --- the event graph (tables events / claims / conflicts, when a linking pass filled them) --

@dataclass
class GraphEvent:
    event_id: str
    title: str
    claims: list[dict[str, Any]]  # contract claims (+ "evidence" text) of every source
    conflicts: list[dict[str, str]]


def graph_event(store: Any, s: Slot) -> GraphEvent | None:
    """The linked historical event whose claim in this document gives this date in this passage."""
    db = store.db
    p = s.passage
    try:
        rows = db.execute("SELECT event_id, date, evidence FROM claims WHERE doc_id = ? AND date IS NOT NULL",
                          (p.doc_id,)).fetchall()
    except sqlite3.OperationalError:
        return None
    event_id = None
    for eid, date, evidence in rows:
        if date != s.value:
            continue
        if any(e["start"] < p.end and p.start < e["end"] for e in json.loads(evidence or "[]")):
            event_id = eid
            break
    if event_id is None:
        return None
    title = db.execute("SELECT title FROM events WHERE id = ?", (event_id,)).fetchone()
    claims = []
    for stem_, date, mod, evidence in db.execute(
            "SELECT d.stem, c.date, c.mod, c.evidence FROM claims c JOIN documents d ON d.id = c.doc_id"
            " WHERE c.event_id = ? AND c.date IS NOT NULL ORDER BY d.stem", (event_id,)):
        evs = json.loads(evidence or "[]")
        if not evs:
            continue
        claims.append({"value": date, "doc": stem_, "start": evs[0]["start"], "end": evs[0]["end"],
                       **({"mod": mod} if mod else {}), "text": evs[0].get("text", "")})
    conflicts = [{"kind": k, "explanation": x} for k, x in db.execute(
        "SELECT kind, explanation FROM conflicts WHERE event_id = ?", (event_id,))]
    return GraphEvent(event_id, title[0] if title else "", claims, conflicts)


def _with_graph(result: dict[str, Any], g: GraphEvent | None) -> dict[str, Any]:
    """Add the other sources' claims of the same linked event (and the graph's conflicts)."""
    if g is None:
        return result
    docs = {c["doc"] for c in result["claims"]}
    have = {(e["doc"], e["start"]) for e in result["evidence"]}
    for c in g.claims:
        if c["doc"] in docs:
            continue
        docs.add(c["doc"])
        result["claims"].append({k: v for k, v in c.items() if k != "text"})
        if (c["doc"], c["start"]) not in have and c.get("text"):
            result["evidence"].append({"doc": c["doc"], "start": c["start"], "end": c["end"], "text": c["text"]})
    result["event"] = {"id": g.event_id, "title": g.title}
    if g.conflicts:
        result["conflicts"] = g.conflicts
    return result


# --- documents as answers (a speech's title and date) ---------------------------------------

@cache
def _document_words() -> tuple[str, ...]:
    return tuple(S.fold(S.norm(w.strip())) for w in tr.read_lines("qa/document_words.txt"))


def _about_a_document(q: Question) -> bool:
    """Does the question name a document (a speech, a telegram, a statement), by one of its
    words or their stems (`açıklamayı` stems to `açık`, so the word itself counts too)?"""
    words = _document_words()
    return any(S.fold(S.norm(t.word)).startswith(words) or any(alt[0].startswith(words) for alt in t.alternatives)
               for t in q.terms)


# --- documents: who wrote them, where and when (a speech's speaker is its author) ------------

@cache
def _person_endings() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) for row in tr.read_table("qa/first_person.tsv")}


def first_person(word: str) -> bool:
    """Is a (folded, normalised) word an active verb in the first person (`ettim`, `görüştük`)?
    Then the speaker of the document is its subject."""
    ends = _person_endings()
    return len(word) >= 5 and word.endswith(ends["active"]) and not word.endswith(ends["passive"])


@cache
def _author_verbs() -> tuple[str, ...]:
    return tuple(p for row in tr.read_table("qa/document_roles.tsv") if row[0] == "author" for p in row[1].split())


@dataclass(frozen=True)
class Author:
    """A document's author and how we know: `meta`, `title` (a genitive name opening the
    title: "Atatürk'ün ... telgrafı"), `signature` (a name closing the text) or `corpus` (the
    author of most documents whose author is known, for an unsigned speech or letter)."""

    label: str
    how: str
    start: int = -1  # the signature's original offsets (-1: the title is the evidence)
    end: int = -1


SPEAKER_KINDS = ("speech", "letter", "telegram", "statement", "report", "message")
_AUTHORS: dict[tuple[str, int], dict[str, Author]] = {}


def document_authors(store: Any) -> dict[str, Author]:
    """doc_id -> its author, for the documents whose author the store shows."""
    db = store.db
    n = db.execute("SELECT count(*), max(rowid) FROM documents").fetchone()
    key = (S.db_identity(db), hash(tuple(n)))
    if key in _AUTHORS:
        return _AUTHORS[key]
    lex = lexicon(db)
    out: dict[str, Author] = {}
    docs = db.execute("SELECT id, title, kind, meta, length(original) FROM documents").fetchall()
    tails = {}
    for doc_id, start, end, label, tail in db.execute(
            "SELECT a.doc_id, a.start, a.end, a.label, substr(d.original, a.end + 1, 40) FROM annotations a"
            " JOIN documents d ON d.id = a.doc_id WHERE a.layer = 'entity' AND a.label IS NOT NULL"
            " AND json_extract(a.value, '$.kind') = 'PERSON' AND a.start >= length(d.original) - 160"):
        if re.fullmatch(r"[\s\d.,;:)\]*]*", tail) and label:
            tails[doc_id] = Author(label, "signature", start, end)
    for doc_id, title, _kind, meta, _n in docs:
        who = json.loads(meta or "{}").get("author")
        if isinstance(who, str) and who.strip():
            labels = lex.surfaces.get(key_of(who), {})
            out[doc_id] = Author(max(labels, key=labels.get) if labels else who.strip(), "meta")
        elif title and (label := _title_author(title, lex)):
            out[doc_id] = Author(label, "title")
        elif doc_id in tails:
            out[doc_id] = tails[doc_id]
    counts: dict[str, int] = {}
    for a in out.values():
        counts[a.label] = counts.get(a.label, 0) + 1
    top = max(counts, key=lambda k: counts[k], default=None)
    if top and counts[top] >= 3 and counts[top] >= 0.6 * len(out):
        for doc_id, _title, kind, _meta, _n in docs:
            if doc_id not in out and kind in SPEAKER_KINDS:
                out[doc_id] = Author(top, "corpus")
    _AUTHORS.clear()
    _AUTHORS[key] = out
    return out


def _title_author(title: str, lex: Lexicon) -> str | None:
    """A person named in the genitive at the start of a title (`Atatürk'ün ... telgrafı`)."""
    ws = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", title)[:4]
    for n in range(1, len(ws) + 1):
        last = ws[n - 1]
        m = re.search(r"['’](n?[ıiuü]n)$", tr.lower(last))
        if not m:
            continue
        k = key_of(" ".join(ws[:n]))
        labels = {lab: c for lab, c in lex.surfaces.get(k, {}).items() if lex.kinds.get(lab) == "PERSON"}
        return max(labels, key=labels.get) if labels else None
    return None


def _asks_author(q: Question) -> bool:
    """"Mektubu kim yazdı?", "Who wrote the letter?": the question's verb makes a document."""
    if q.qtype != "who" or not _about_a_document(q):
        return False
    verbs = _author_verbs()
    for w in QWORD.findall(q.text):
        f = S.fold(S.norm(w))
        finite = q.lang == "en" or _verb_root(f) is not None
        if finite and f.startswith(verbs) and not f.startswith(_document_words()):
            return True
    return False


@dataclass
class DocHit:
    score: float
    doc_id: str
    stem: str
    title: str
    date: str | None
    place: str | None
    verb_ok: bool = True  # the title tells the question's verb (`Ayrılırken` for `ayrıldı`)


def _verb_terms(q: Question) -> list[Term]:
    """The question's own event verbs (of a family in synonyms.tsv): not names, light verbs or
    document words."""
    return [t for t in q.terms if t.trigger and not t.named and any(_event_type(alt[0]) for alt in t.alternatives)
            and not any(alt[0].startswith(_light_verbs()) or alt[0].startswith(_document_words())
                        for alt in t.alternatives if len(alt[0]) <= 6)
            and not S.fold(S.norm(t.word)).startswith(_author_verbs())]  # `telgraf gönderdi`: the document's own act


def title_documents(store: Any, q: Question, *, need_date: bool = False, min_score: float = 0.6,
                    need_top: bool = True) -> list[DocHit]:
    """Documents whose title names what the question names, best first: the title must hold
    the question's most specific name (a speaker's own name seldom is in the title of his
    speech) and most of its weight, and the document's date must fit the question's dates."""
    if not q.terms:
        return []
    # the speaker of a speech is seldom named in its title: the question may name him freely
    # (any document when it names a document; else only in his own documents)
    by_doc = document_authors(store)
    authors = {a.label for a in by_doc.values()}
    speaker_all = [t for t in q.terms if t.named and t.labels & authors]
    about = _about_a_document(q)
    verbs = _verb_terms(q)
    out = []
    for doc_id, stem_, title, date, place, ws in _titles(store):
        if (need_date and not date) or q.dates and not (date and all(date.startswith(d[:4]) for d in q.dates)):
            continue
        own = by_doc.get(doc_id)
        speaker = speaker_all if about else [t for t in speaker_all if own and own.label in t.labels]
        total = sum(t.weight for t in q.terms if t not in speaker) or 1.0
        named = [t for t in q.terms if t.named and t not in speaker]
        top = max(named, key=lambda t: t.weight) if named else None
        hit = [t for t in q.terms if t not in speaker
               and any(alt[0] in ws and _phrase_in(ws, alt) for alt in t.alternatives)]
        got = sum(t.weight for t in hit)
        if (top is None or top in hit or not need_top) and got / total >= min_score:
            out.append(DocHit(got / total, doc_id, stem_, title, date, place,
                              verb_ok=not verbs or any(t in hit for t in verbs)))
    return sorted(out, key=lambda h: -h.score)


_TITLES: dict[tuple[str, int], list[tuple[str, str, str, str | None, str | None, str]]] = {}


def _titles(store: Any) -> list[tuple[str, str, str, str | None, str | None, str]]:
    """(id, stem, title, date or dateline date, place, folded title words) of every titled
    document, read once per database state."""
    db = store.db
    n = db.execute("SELECT count(*), max(rowid) FROM documents").fetchone()
    key = (S.db_identity(db), hash(tuple(n)))
    if key not in _TITLES:
        rows = db.execute("SELECT id, stem, title, date, place FROM documents WHERE title IS NOT NULL").fetchall()
        _TITLES.clear()
        _TITLES[key] = [(i, st, t, d or _dateline_date(store, i), pl, " ".join(S.fold(w) for _, _, w in S.words(t)))
                        for i, st, t, d, pl in rows]
    return _TITLES[key]


def _doc_evidence(store: Any, hit: DocHit, start: int = -1, end: int = -1) -> dict[str, Any]:
    """The sentence at ``start`` (a signature, a dateline), else the document's first one."""
    db = store.db
    row = None
    if start >= 0:
        row = db.execute("SELECT start, end FROM sentences WHERE doc_id = ? AND start <= ? AND ? < end",
                         (hit.doc_id, start, start)).fetchone()
    row = row or db.execute("SELECT start, end FROM sentences WHERE doc_id = ? ORDER BY idx LIMIT 1",
                            (hit.doc_id,)).fetchone()
    s, e = row if row else (0, 0)
    text = db.execute("SELECT substr(original, ?, ?) FROM documents WHERE id = ?", (s + 1, e - s, hit.doc_id)).fetchone()[0]
    return {"doc": hit.stem, "start": s, "end": e, "text": text, "title": hit.title}


def _doc_result(store: Any, q: Question, hit: DocHit, value: Any, text: str, source: str,
                start: int = -1, end: int = -1) -> dict[str, Any]:
    ev = _doc_evidence(store, hit, start, end)
    return {"answered": True, "answer": {"value": value, "text": text}, "evidence": [ev],
            "claims": [{"value": value, "doc": hit.stem, "start": ev["start"], "end": ev["end"]}],
            "confidence": round(0.5 + 0.4 * hit.score, 2), "question": {"type": q.qtype, "lang": q.lang},
            "source": source}


def _unique(hits: list[DocHit], value) -> DocHit | None:
    """The best document, unless another one fits as well and gives another value."""
    if not hits:
        return None
    best = hits[0]
    if value(best) is None or any(h.score == best.score and value(h) != value(best) for h in hits[1:]):
        return None
    return best


def title_answer(store: Any, q: Question) -> dict[str, Any] | None:
    """When was a speech/telegram given: the document whose title names everything the
    question names, and its date. When several fit as well with other dates (two statements
    to the same newspaper), the answer gives every one of them, at a lower confidence."""
    # the date of a document whose title does not tell the asked verb is another event's
    # ("Japon Prensi Ankara'dan ne zaman ayrıldı?" is not answered by the day of his visit)
    hits = [h for h in title_documents(store, q, need_date=True) if h.verb_ok]
    if not hits:
        return None
    best = hits[0]
    rivals = list({h.date: h for h in hits[1:] if h.score == best.score and h.date != best.date}.values())
    text = f"{render_timex(best.date, None, q.lang)} ({best.title})"
    out = _doc_result(store, q, best, best.date, text, "document date")
    if rivals:
        also = "; ".join(f"{render_timex(h.date, None, q.lang)} ({h.title})" for h in rivals[:4])
        out["answer"]["text"] = f"{text}; {msg('also', q.lang)} {also}"
        for h in rivals[:4]:
            ev = _doc_evidence(store, h)
            out["evidence"].append(ev)
            out["claims"].append({"value": h.date, "doc": h.stem, "start": ev["start"], "end": ev["end"]})
        out["confidence"] = round(out["confidence"] * 0.6, 2)
    return out


def author_answer(store: Any, q: Question) -> dict[str, Any] | None:
    """Who wrote/sent/gave a document: its author (signature, title or the corpus's speaker)."""
    authors = document_authors(store)
    best = _unique(title_documents(store, q), lambda h: authors[h.doc_id].label if h.doc_id in authors else None)
    if best is None:
        return None
    a = authors[best.doc_id]
    return _doc_result(store, q, best, a.label, f"{a.label} ({best.title})", f"document author ({a.how})", a.start, a.end)


def place_answer(store: Any, q: Question, min_score: float = 0.6) -> dict[str, Any] | None:
    """Where a speech was given / a telegram sent from: the document's place, else the place
    of its dateline (`Konya: 19.2.1931`)."""
    hits = [h for h in title_documents(store, q) if h.score >= min_score]
    for h in hits:
        if not h.place:
            h.place = _dateline_place(store, h.doc_id) or _title_place(store, h.title)
    best = _unique(hits, lambda h: h.place)
    if best is None or not best.place:
        return None
    return _doc_result(store, q, best, best.place, f"{best.place} ({best.title})", "document place")


def _dateline_date(store: Any, doc_id: str) -> str | None:
    """The full date that opens an undated document (a telegram's `20 Eylül 1925` line)."""
    row = store.db.execute("SELECT label FROM annotations WHERE doc_id = ? AND layer = 'timex' AND start < 40"
                           " ORDER BY start LIMIT 1", (doc_id,)).fetchone()
    return row[0] if row and row[0] and re.fullmatch(r"\d{4}-\d\d-\d\d", row[0]) else None


TITLE_LOCATIVE = re.compile(r"((?:[A-ZÇĞİÖŞÜ][^\W\d_]+ ){0,2}[A-ZÇĞİÖŞÜ][^\W\d_]+)['’](?:da|de|ta|te)\b")


def _title_place(store: Any, title: str) -> str | None:
    """A known place in the locative in a document's title (`Kütahya’da Öğretmenlere Hitaben
    Yaptığı Konuşma`): where the speech was given, when the metadata does not say."""
    lex = lexicon(store.db)
    for m in TITLE_LOCATIVE.finditer(title):
        words = m.group(1).split()
        for i in range(len(words)):  # the longest known name ending at the apostrophe
            labels = lex.surfaces.get(tuple(S.fold(S.stem(S.norm(w))) for w in words[i:]), {})
            places = [lab for lab in labels if lex.kinds.get(lab) in ("PLACE", "STATE")]
            if places:
                return max(places, key=labels.get)
    return None


def _dateline_place(store: Any, doc_id: str) -> str | None:
    """A place that opens the text before a colon or a date: `Konya: 19.2.1931`."""
    row = store.db.execute(
        "SELECT a.label, a.end, substr(d.original, a.end + 1, 3) FROM annotations a JOIN documents d ON d.id = a.doc_id"
        " WHERE a.doc_id = ? AND a.layer = 'entity' AND json_extract(a.value, '$.kind') = 'PLACE'"
        " AND a.start < 60 ORDER BY a.start LIMIT 1", (doc_id,)).fetchone()
    if row and re.match(r"\s*[:,]", row[2]):
        return row[0]
    return None


def best_document(store: Any, q: Question, ps: list[Passage], min_cover: float = 0.75) -> DocHit | None:
    """The one document whose sentences and title together cover the question (a telegram
    about museums sent to the Prime Ministry), when the question asks about a document as a
    whole."""
    total = sum(t.weight for t in q.terms) or 1.0
    by_doc: dict[str, set[int]] = {}
    spoken: dict[str, set[int]] = {}  # terms naming the document's own author: half credit
    authors = document_authors(store)
    for p in ps:
        got = by_doc.setdefault(p.doc_id, set())
        got.update(p.matched)
        if (author := authors.get(p.doc_id)) is not None:
            spoken[p.doc_id] = {ti for ti, t in enumerate(q.terms) if author.label in t.labels}
        title = " ".join(S.fold(w) for _, _, w in S.words(p.title or ""))
        got.update(ti for ti, t in enumerate(q.terms)
                   if any(_phrase_in(p.context, alt) or _phrase_in(title, alt) for alt in t.alternatives))
    def cover(d: str, got: set[int]) -> float:
        own = spoken.get(d, set()) - got
        return (sum(q.terms[ti].weight for ti in got) + 0.5 * sum(q.terms[ti].weight for ti in own)) / total

    scored = sorted(((cover(d, got), d) for d, got in by_doc.items()), reverse=True)
    if not scored or scored[0][0] < min_cover or (len(scored) > 1 and scored[1][0] >= scored[0][0] - 0.1):
        return None
    cover, doc_id = scored[0]
    row = store.db.execute("SELECT stem, title, date, place FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return DocHit(cover, doc_id, row[0], row[1] or row[0], row[2], row[3] or _dateline_place(store, doc_id))


@cache
def _document_kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((row[0], tuple(row[1].split())) for row in tr.read_table("qa/document_kinds.tsv"))


def asked_kind(q: Question) -> str | None:
    """The kind of document the question names (`telgraf` -> telegram), if any."""
    for t in q.terms:
        w = S.fold(S.norm(t.word))
        for kind, prefixes in _document_kinds():
            if w.startswith(prefixes):
                return kind
    return None


def document_date(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any] | None:
    """When was the document sent that the question describes by its title and its content
    together (`illere telgraf` in the title, `meclisin Ankara'da toplanması` in the text): the
    documents of the asked kind whose titles hold part of the question are read too, and a
    document of another kind (a long speech that mentions all the words) does not count."""
    kind = asked_kind(q)
    if kind:
        kinds = dict(store.db.execute("SELECT id, kind FROM documents WHERE kind IS NOT NULL").fetchall())
        seen = {p.doc_id for p in ps}
        more = [i for h in title_documents(store, q, min_score=0.3, need_top=False)[:DOC_READS]
                if h.doc_id not in seen and kinds.get(h.doc_id) == kind for i in _sentences_in(store, q, h.doc_id)]
        extra = _load_passages(store, more)
        for p in extra:
            _match(p, q)
        ps = [p for p in ps + extra if kinds.get(p.doc_id) in (kind, None)]
    doc = best_document(store, q, ps)
    if doc is None or not doc.date or not re.fullmatch(r"\d{4}-\d\d-\d\d", doc.date):
        return None
    return _doc_result(store, q, doc, doc.date, f"{render_timex(doc.date, None, q.lang)} ({doc.title})", "document date")


def date_of_passage(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any] | None:
    """When was a letter/telegram written that the question describes by its content: the
    document date of the passage that covers the question best (the text need not repeat it)."""
    el = sorted(_eligible(ps, q), key=lambda p: -(p.coverage + p.named))
    if not el:
        return None
    p = el[0]
    row = store.db.execute("SELECT date, title FROM documents WHERE id = ?", (p.doc_id,)).fetchone()
    if not row or not row[0] or not re.fullmatch(r"\d{4}-\d\d-\d\d", row[0]):
        return None
    date, title = row
    slot = Slot(date, render_timex(date, None, q.lang), p, p.start, p.end, 1.0)
    out = _result(store, q, date, f"{render_timex(date, None, q.lang)} ({title})", [slot], _confidence(slot) * 0.9)
    out["source"] = "document date"
    return out


def speaker_slots(store: Any, p: Passage, q: Question) -> list[Slot]:
    """The document's author as the subject of a first-person verb the question asks about
    (`sol kanadına taarruz ettim` answers `kim taarruz etti?`)."""
    author = document_authors(store).get(p.doc_id)
    if author is None or author.label in q.question_labels:
        return []
    hits = {h for ti, hs in p.matched.items() if not q.terms[ti].named for h in hs}
    out = []
    for i, (s, e, w) in enumerate(p.words):
        if first_person(w) and (i in hits or i - 1 in hits):
            sc = _proximity(p, q, i) * 1.2 + 0.1
            out.append(Slot(author.label, author.label, p, s, e, sc))
    return out


def kb_definition(store: Any, q: Question) -> dict[str, Any] | None:
    """"Who is X?": the knowledge base's entry (its name and note), with the corpus sentences
    that mention X as evidence; None when X has no entry with a note."""
    from vakanuvis import kb

    labels = [lab for t in q.terms if t.named for lab in t.labels]
    base = kb.load()
    entry = next((e for lab in labels if (e := base.get(lab)) and e.note), None)
    if entry is None:
        return None
    rows = store.db.execute(
        "SELECT d.stem, s.start, s.end, substr(d.original, s.start + 1, s.end - s.start) FROM annotations a"
        " JOIN sentences s ON s.doc_id = a.doc_id AND s.start <= a.start AND a.start < s.end"
        " JOIN documents d ON d.id = a.doc_id WHERE a.layer = 'entity' AND a.label = ? LIMIT 3",
        (entry.name,)).fetchall()
    name = entry.name_en if q.lang == "en" and entry.name_en else entry.name
    return {"answered": True, "answer": {"value": entry.name, "text": f"{name}: {entry.note}"},
            "evidence": [{"doc": r[0], "start": r[1], "end": r[2], "text": r[3]} for r in rows],
            "claims": [], "confidence": 0.8, "question": {"type": q.qtype, "lang": q.lang},
            "source": "knowledge base"}


# --- answering ---------------------------------------------------------------------------

def _eligible(ps: list[Passage], q: Question, relax: float = 1.0) -> list[Passage]:
    """Passages covering enough of the question (and its main name, dates and, for entity
    answers, its verb) to answer from."""
    verb = q.qtype in ("who", "where", "which", "count") and any(t.trigger for t in q.terms)
    return [p for p in ps if p.coverage >= MIN_COVERAGE * relax and p.named >= MIN_NAMED * relax
            and (p.top_ok or relax < 1) and _has_dates(p, q) and (not verb or _has_trigger(p, q))]


def _best_slots(ps: list[Passage], q: Question, fn) -> list[Slot]:
    slots = []
    for p in ps:
        for s in fn(p, q):
            s.score = s.score * (0.5 + p.coverage) * (0.5 + p.named)
            slots.append(s)
    return sorted(slots, key=lambda s: -s.score)


def _confidence(s: Slot) -> float:
    return max(0.05, min(0.99, 0.35 + 0.4 * s.passage.coverage + 0.25 * s.passage.named))


def _agreeing(slots: list[Slot], best: Slot) -> list[Slot]:
    """The best slot plus, from other documents, slots with the same value."""
    out, docs = [best], {best.passage.doc}
    for s in slots:
        if s.passage.doc not in docs and s.value == best.value and s.score >= 0.2 * best.score:
            out.append(s)
            docs.add(s.passage.doc)
    return out


def _has_trigger(p: Passage, q: Question) -> bool:
    return any(q.terms[ti].trigger for ti in p.matched)


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
    return _verb_factor(s.passage, q, _ann_of(s)) > 1 or (
        _near_top(s, q, within=2 if event_name else 3) and (_has_trigger(s.passage, q) or event_name))


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
    slots = [s for s in _best_slots(_eligible(ps, q), q, when_slots) if _date_tied(s, q)]
    if not slots:
        return _refusal(store, q, ps)
    best = _vote(slots)
    result = _result(store, q, best.value, best.text, _agreeing(slots, best), _confidence(best))
    return _with_graph(result, graph_event(store, best))


def answer_entity(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any]:
    kinds = q.kinds or ("PERSON", "PLACE", "STATE", "ORG", "EVENT_NAME", "GROUP")
    ps = ps + title_passages(store, q)  # "Celal Bayar’a Okuması İçin Gönderdiği Mesaj" names the reader

    def slots_of(p: Passage, qq: Question) -> list[Slot]:
        found = _entity_slots(p, qq, kinds)
        if "PERSON" in kinds and (qq.nominative or qq.lang == "en") and not qq.case and not _passive_question(qq):
            found += speaker_slots(store, p, qq)
        if qq.qtype == "which" and not any(s.case_ok for s in found):
            found += _compound_names(p, qq)
        if "PERSON" in kinds and qq.qtype == "who" and (not found or _asks_role(qq)):
            named = _appositions(p, qq)
            if named and _asks_role(qq):
                # "X Elçisi kimdi?": the name standing by the role noun, not the speaker of the text
                author = document_authors(store).get(p.doc_id)
                found = [s for s in found if not author or s.value != author.label]
            found += named
        return found + (_named_by_construction(p, qq) if "PERSON" in kinds else [])

    el = _eligible(ps, q)
    if _asks_role(q):
        el = [p for p in el if p.named_all]  # "the ambassador in Moscow": every qualifier must hold
    slots = _best_slots(el, q, slots_of)
    if q.qtype == "who":
        slots = [s for s in slots if _beyond_question_words(s.value, q)]  # not just "İsveç Kralı Hazretleri"
    if q.case and any(s.case_ok for s in slots):
        slots = [s for s in slots if s.case_ok]  # the question's case ending is strong evidence
    if not slots:
        return _refusal(store, q, ps)
    best = slots[0]
    if q.plural:
        same = [s for s in slots if s.passage is best.passage]
        run = next((r for r in _coordinated(best.passage, same) if best in r), [best])
        names = list(dict.fromkeys(s.value for s in run))
        if q.number and len(names) != q.number:
            names = list(dict.fromkeys(s.value for s in sorted(same, key=lambda s: -s.score)))[: q.number]
        if len(names) > 1:
            text = ", ".join(names[:-1]) + f" {msg('and', q.lang)} " + names[-1]
            return _result(store, q, names, text, [best] + [s for s in slots if s.passage.doc != best.passage.doc
                                                             and s.value in names][:2], _confidence(best))
    rivals = _rivals(slots, best)
    if rivals:
        # as well supported in another document, with another name ("Mısır Elçisi": one in 1928,
        # another in 1930): say so and show every version rather than pick one silently
        text = f"{best.text} ({msg('also', q.lang)} {', '.join(s.text for s in rivals)})"
        return _result(store, q, best.value, text, [best, *rivals], _confidence(best) * 0.6)
    return _result(store, q, best.value, best.text, _agreeing(slots, best), _confidence(best))


def _rivals(slots: list[Slot], best: Slot, ratio: float = 0.9) -> list[Slot]:
    """Slots from other documents with other values and nearly the best score."""
    out, seen = [], {best.value}
    for s in slots:
        if s.passage.doc != best.passage.doc and s.value not in seen and s.score >= ratio * best.score:
            out.append(s)
            seen.add(s.value)
    return out


def answer_what(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any]:
    el = [p for p in _eligible(ps, q)] or [p for p in ps if q.dates and _has_dates(p, q) and p.coverage >= 0.3]
    best: tuple[float, Passage, Ann] | None = None
    for p in el:
        for a in p.anns:
            if _timex_ok(a) and any(_date_matches(a.value["value"], d) for d in q.dates):
                sc = p.coverage + _proximity(p, q, p.word_at(a.start)) * 0.01
                # a date whose clause reports an event (a verb of the event vocabulary) is better
                clause = [S.fold(S.norm(w)) for w in re.findall(r"[^\W\d_]+", _clause_after(p, q, a))]
                sc += 0.5 * any(_event_word(w) for w in clause) + 0.2 * _explicit(a.text)
                if best is None or sc > best[0]:
                    best = (sc, p, a)
    if best is None:
        return _refusal(store, q, ps)
    _, p, a = best
    phrase = _clause_after(p, q, a)
    text = phrase if q.lang == "tr" else f"{phrase} {msg('source_language', q.lang)}"
    slot = Slot(phrase, text, p, a.start, a.end, 1.0)
    return _result(store, q, phrase, text, [slot], _confidence(slot))


def answer_count(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any]:
    el = _eligible(ps, q)
    if q.count_unit:
        # a number written next to the counted noun: "iki gün sonra", "100 kadar ölü"
        for p in sorted(el, key=lambda p: -p.coverage):
            found = _number_before(p, q.count_unit)
            if found:
                n, a, b = found
                s = Slot(n, str(n), p, p.start + a, p.start + b, 1.0)
                return _result(store, q, n, f"{n} ({p.text[a:b]})", [s], _confidence(s))
    if q.count_event and q.dates:
        # "1921'de kaç antlaşma imzalandı": the dates of the period in the passage that tells it
        for p in sorted(el, key=lambda p: -p.coverage):
            dated = [a for a in p.anns if _timex_ok(a) and any(_date_matches(a.value["value"], d) for d in q.dates)]
            values = list(dict.fromkeys(a.value["value"] for a in dated))
            if values and _has_trigger(p, q):
                n = len(values)
                s = Slot(n, str(n), p, dated[0].start, dated[-1].end, 1.0)
                text = f"{n}: " + ", ".join(render_timex(v, None, q.lang) for v in values)
                return _result(store, q, n, text, [s], _confidence(s), items=values)
    if q.count_event:
        res = _count_events(store, q)
        if res:
            return res
    if q.count_unit and not q.kinds:
        return _refusal(store, q, ps)  # "kaç ders": a number of lessons, not a list of names
    kinds = q.kinds or ("PERSON", "PLACE", "STATE", "ORG", "GROUP", "EVENT_NAME")
    slots = _best_slots(el, q, lambda p, qq: _entity_slots(p, qq, kinds))
    cands: list[tuple[float, Passage, list[tuple[int, int]]]] = []
    for r in [r for p in {id(s.passage): s.passage for s in slots}.values()
              for r in _coordinated(p, [s for s in slots if s.passage is p])]:
        cands.append((max(s.score for s in r) * (1 + 0.25 * (len(r) - 1)), r[0].passage, [(s.start, s.end) for s in r]))
    top = max((c[0] for c in cands), default=1.0)
    for p in el:
        run = _names_before_anchor(p, q)
        if run:
            cands.append((top * p.coverage * (1 + 0.25 * (len(run) - 1)), p, run))
    if not cands:
        return _refusal(store, q, ps)
    _, p, run = max(cands, key=lambda c: c[0])
    items = list(dict.fromkeys(p.text[a - p.start : b - p.start] for a, b in run))
    n = len(items)
    best = Slot(n, str(n), p, run[0][0], run[-1][1], 1.0)
    return _result(store, q, n, f"{n}: " + ", ".join(items), [best], _confidence(best), items=items)


def _names_before_anchor(p: Passage, q: Question) -> list[tuple[int, int]]:
    """Names listed just before the counted noun (`İngiliz, Fransız ve İtalyan temsilcileri`
    for `kaç ülkenin temsilcileriyle`), as (start, end) offsets; adjacent capitalised words
    form one name."""
    if not q.anchor:
        return []
    best: list[tuple[int, int]] = []
    for i, (_, _, w) in enumerate(p.words):
        if i < 2 or not w.startswith(q.anchor):
            continue
        run: list[tuple[int, int]] = []
        nxt = p.words[i][0]
        for j in range(i - 1, 0, -1):
            s, e, _ = p.words[j]
            word = p.text[s - p.start : e - p.start]
            gap = p.text[e - p.start : nxt - p.start]
            if word in ("ve", "and") and re.fullmatch(r"\s+", gap):
                nxt = s
                continue
            if not word[:1].isupper() or not re.fullmatch(r"[\s,]*", gap) and not re.fullmatch(r"\s*,?\s*(ve|and)\s+", gap):
                break
            if run and re.fullmatch(r"\s+", gap) and nxt == run[0][0]:
                run[0] = (s, run[0][1])  # the same name, one more word
            else:
                run.insert(0, (s, e))
            nxt = s
        if len(run) > len(best):
            best = run
    return best


NUMBER = r"(\d[\d.]*|(?:[^\W\d_]+\s+){0,3}[^\W\d_]+)"


def _split_joined_number(word: str, nums: dict[str, int]) -> list[str]:
    """Number words written together (`onbir`, `yirmibeş`, `yüzelli`): the known words they are made of."""
    if word in nums:
        return [word]
    for i in range(2, len(word) - 1):
        if word[:i] in nums and (rest := _split_joined_number(word[i:], nums)) and all(x in nums for x in rest):
            return [word[:i], *rest]
    return [word]


def parse_number(text: str) -> int | None:
    """`100`, `1.500`, `iki`, `iki yüz elli`, `üç bin` -> int (None when not a number)."""
    t = re.sub(r"(?<=\d)['’]?(n?[ıiuü]nc[ıiuü]|nci|ncı|ncu|ncü|inci|ıncı|uncu|üncü)$", "", text.strip())  # 15’nci
    if re.fullmatch(r"\d[\d.]*", t):
        return int(t.replace(".", ""))
    nums = _folded_numbers()
    total = cur = 0
    words = [x for w in S.fold(tr.lower(t)).split() for x in _split_joined_number(w, nums)]
    if words and words[-1] not in nums:  # an ordinal: "on beşinci" -> 15
        words[-1] = re.sub(r"(?<=[a-z])(i|u)?nc(i|u)$", "", words[-1])
    if not words or any(w not in nums for w in words):
        return None
    for w in words:
        v = nums[w]
        if v == 100:
            cur = (cur or 1) * 100
        elif v >= 1000:
            total += (cur or 1) * v
            cur = 0
        else:
            cur += v
    return total + cur


def _number_before(p: Passage, unit: str) -> tuple[int, int, int] | None:
    """A number right before the unit noun (`kadar`/`civarında` may stand between), as
    (value, start, end) in the passage text; the shortest number phrase that parses wins."""
    low = S.fold(tr.lower(p.text))
    for m in re.finditer(r"(\S+(?:\s+\S+){0,3})\s+(?:kadar\s+|civarinda\s+|kisilik\s+)?" + re.escape(unit)
                         + r"[^\W_]*", low):
        words = m.group(1).split()
        for k in range(len(words)):
            phrase = " ".join(words[k:])
            n = parse_number(phrase.strip(",;:()"))
            if n is not None:
                start = m.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
                return n, start, m.end()
    return None


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
    return {"answered": True, "answer": {"value": n, "text": f"{n}: " + "; ".join(items)},
            "evidence": [{k: e[k] for k in ("doc", "start", "end", "text")} for e in ev_list],
            "claims": [{"value": e["date"], "doc": e["doc"], "start": e["start"], "end": e["end"]} for e in ev_list],
            "confidence": 0.6, "question": {"type": q.qtype, "lang": q.lang}, "items": items}


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


def _interval(value: str) -> tuple[str, str]:
    a, _, b = value.partition("/")
    b = b or a
    return a, b + "-99"[: max(0, 10 - len(b))] if len(b) < 10 else b


def verdict(values: list[str]) -> str:
    """agree (same value), compatible (one interval inside another), disagree."""
    vs = sorted(set(values))
    if len(vs) <= 1:
        return "agree" if len(values) > 1 else "single"
    ivs = [_interval(v) for v in vs]
    for i, (a1, b1) in enumerate(ivs):
        for a2, b2 in ivs[i + 1 :]:
            inside = (a1 <= a2 and b2 <= b1) or (a2 <= a1 and b1 <= b2)
            if not inside:
                return "disagree"
    return "compatible"


def answer_conflict(store: Any, q: Question, ps: list[Passage]) -> dict[str, Any]:
    """Each document's own best answer to the when-question, and whether they agree."""
    q2 = Question(**{**q.__dict__, "qtype": "when"})
    slots = [s for s in _best_slots(_eligible(ps, q2), q2, when_slots) if _date_tied(s, q2)]
    if not slots:
        return title_conflict(store, q) or _refusal(store, q, ps)
    per_doc: dict[str, Slot] = {slots[0].passage.doc: slots[0]}
    others = _best_slots(_eligible(ps, q2, relax=0.5), q2, when_slots)
    year = int(slots[0].value[:4])
    tied = [s for s in others if abs(int(s.value[:4]) - year) <= 1
            and (_verb_factor(s.passage, q2, _ann_of(s)) > 1 or _near_top(s, q2))]
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
    result = _with_graph(_result(store, q, None, "", chosen, _confidence(slots[0]), claims=claims),
                         graph_event(store, slots[0]))
    claims = result["claims"]
    values = list(dict.fromkeys(c["value"] for c in claims))
    v = verdict([c["value"] for c in claims])
    says = "; ".join(f"{c['doc']}: {render_timex(c['value'], c.get('mod'), q.lang)}" for c in claims)
    result["answer"] = {"value": values if len(values) > 1 else values[0], "text": msg(f"verdict.{v}", q.lang, says)}
    result["verdict"] = v
    return result


def title_conflict(store: Any, q: Question) -> dict[str, Any] | None:
    """Do the sources agree, asked of documents rather than of a sentence (two speeches under
    one title, dated differently): every document whose title fits as well as the best one,
    with its date, and the verdict over those dates."""
    hits = title_documents(store, q, need_date=True)
    if not hits:
        return None
    fit = [h for h in hits if h.score >= hits[0].score - 1e-9][:6]
    out = _doc_result(store, q, fit[0], fit[0].date, "", "document date")
    for h in fit[1:]:
        ev = _doc_evidence(store, h)
        out["evidence"].append(ev)
        out["claims"].append({"value": h.date, "doc": h.stem, "start": ev["start"], "end": ev["end"]})
    dates = [c["value"] for c in out["claims"]]
    values = list(dict.fromkeys(dates))
    v = verdict(dates)
    says = "; ".join(f"{h.stem}: {render_timex(h.date, None, q.lang)} ({h.title})" for h in fit)
    out["answer"] = {"value": values if len(values) > 1 else values[0], "text": msg(f"verdict.{v}", q.lang, says)}
    out["verdict"] = v
    return out


def _near_top(s: Slot, q: Question, within: int = 3) -> bool:
    """Is the slot next to the question's weightiest named term (`3 Aralık'ta Gümrü ...`)?"""
    named = [ti for ti, t in enumerate(q.terms) if t.named]
    if not named:
        return False
    top = max(named, key=lambda ti: q.terms[ti].weight)
    a, b = s.passage.word_at(s.start), s.passage.word_at(s.end - 1)
    return any(a - within <= h <= b + within for h in s.passage.matched.get(top, []))


def _ann_of(s: Slot) -> Ann:
    return next(a for a in s.passage.anns if a.start == s.start and a.end == s.end and a.layer == "timex")


ANSWERERS = {
    "when": answer_when, "who": answer_entity, "where": answer_entity, "which": answer_entity,
    "what": answer_what, "count": answer_count, "conflict": answer_conflict,
}


def _title_with_the_verb(store: Any, q: Question, result: dict[str, Any]) -> dict[str, Any] | None:
    """A title that names everything the question asks, its verb included (`Erzurum Kongresi’nin
    Kapanışı` for "ne zaman kapandı?"), dates the question better than a sentence that only
    names the same things (`Erzurum Kongresi’nden 16 Mart’a kadar`)."""
    verbs = [t for t in q.terms if t.trigger and not t.named]
    if not verbs or not result["evidence"]:
        return None
    words = {S.fold(w) for ev in result["evidence"][:1] for _, _, w in S.words(ev["text"])}
    if any(w.startswith(alt[0]) for t in verbs for alt in t.alternatives for w in words):
        return None  # the sentence tells the asked event itself
    hits = [h for h in title_documents(store, q, need_date=True) if h.score >= 0.99 and h.verb_ok]
    if not hits or not any(_phrase_in(_folded_title(hits[0].title), alt) for t in verbs for alt in t.alternatives):
        return None
    return title_answer(store, q)


def ask(store: Any, question: str) -> dict[str, Any]:
    """Answer a question from the store, in the contract format (see the module docstring)."""
    q = parse_question(store, question)
    if q.qtype == "unknown" or (not q.terms and not (q.dates and q.qtype in ("what", "who", "where", "which"))):
        return _refusal(store, q, candidates(store, q) if q.terms else [])
    if q.qtype == "count" and q.lang == "en" and q.count_unit is None and not q.count_event and q.unread:
        return _refusal(store, q, candidates(store, q))  # "how many teachers": what to count is not read
    if q.unread and q.terms and all(t.named for t in q.terms) and q.qtype in ("when", "what", "conflict"):
        # "When did Lenin visit Ankara?" without `visit`: only the names are left, and a date near
        # them would answer another question
        return _refusal(store, q, candidates(store, q))
    if q.qtype == "who" and len(q.terms) == 1 and q.terms[0].named and not q.dates:
        # "Who is Lenin?" asks for a description: the knowledge base's note, else nothing (the
        # sources' sentences do not give a definition as a slot)
        return kb_definition(store, q) or _refusal(store, q, candidates(store, q))
    if q.qtype == "when" and _about_a_document(q):
        found = title_answer(store, q)
        if found:
            return found
    if _asks_author(q):
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
    result = ANSWERERS[q.qtype](store, q, ps)
    if result["answered"] and q.qtype == "when" and (found := _title_with_the_verb(store, q, result)):
        return found
    if not result["answered"] and q.qtype == "when":
        found = title_answer(store, q) or (
            (document_date(store, q, ps) or date_of_passage(store, q, ps)) if _about_a_document(q) else None)
        return found or result
    if not result["answered"] and q.qtype == "where" and q.case != "dat":
        found = place_answer(store, q)
        if not found and _about_a_document(q) and (doc := best_document(store, q, ps)) and doc.place:
            found = _doc_result(store, q, doc, doc.place, f"{doc.place} ({doc.title})", "document place")
        return found or result
    return result


# --- scoring against gold questions (benchmarks/qa.py, `vakanuvis eval-qa`) ----------------

def _norm_value(value: Any) -> str:
    return re.sub(r"[^\w/-]+", " ", S.fold(tr.lower(str(value)))).strip()


def score_answer(pred: dict[str, Any], gold: dict[str, Any]) -> tuple[bool, bool | None]:
    """(answer right, evidence hit or None for unanswerable questions).

    A value matches the gold value or an accepted alternative after Turkish lower-casing and
    diacritic folding (lists as sets); a phrase answer matches when it contains every gold
    keyword; an unanswerable question (gold value null) is right only when refused. The
    evidence hits when one evidence span overlaps a gold evidence span of the same document.
    """
    ans = gold["answer"]
    gv = ans.get("value")
    if gv is None:
        return (not pred["answered"]), None
    ev = any(p["doc"] == g["doc"] and p["start"] < g["end"] and g["start"] < p["end"]
             for p in pred.get("evidence", []) for g in gold.get("evidence", []))
    if not pred["answered"]:
        return False, ev
    pv = pred["answer"]["value"]
    if ans.get("keywords"):
        hay = _norm_value(pv) + " " + _norm_value(pred["answer"]["text"])
        return all(_norm_value(k) in hay for k in ans["keywords"]), ev
    golds = [gv, *ans.get("alternatives", [])]
    if isinstance(gv, list) or gold.get("type") == "conflict":
        pset = {_norm_value(v) for v in (pv if isinstance(pv, list) else [pv])}
        return any(isinstance(g, list) and pset == {_norm_value(v) for v in g} for g in golds), ev
    return any(_norm_value(pv) == _norm_value(g) for g in golds if not isinstance(g, list)), ev
