"""Parsing a question: its type and language, the entities and content words it names (weighted
by rarity, English words translated through the glossary), the dates it names, the answer's
kind and case, and the event type its verb implies."""

from __future__ import annotations

import math
import re
import sqlite3
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from vakanuvis.lang import tr
from vakanuvis.serve import search as S
from vakanuvis.serve.ask.corpus import key_of, lexicon, phrase_in, titles


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
def numbers() -> dict[str, int]:
    return {w: int(v) for w, v in tr.read_table("qa/numbers.tsv")}


@cache
def month_numbers() -> dict[str, int]:
    out = {}
    for row in tr.read_table("qa/months.tsv"):
        n = int(row[0])
        for name in [row[1], row[2], *(row[3].split() if len(row) > 3 else [])]:
            out[S.fold(tr.lower(name))] = n
    return out


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
    thing_case: bool = False  # "neye / neyle bindi": a thing in that case, right before the verb
    post_word: str | None = None  # "ne olarak / ne kadar": the answer is the phrase before that word
    according: frozenset[str] = frozenset()  # labels of "X'e göre" / "according to X": X's own documents say it

    def verbs(self) -> list[Term]:
        """The terms telling the asked event (its verb), not a name."""
        return [t for t in self.terms if t.trigger and not t.named]

    def top_named(self) -> int | None:
        """Index of the weightiest named term: the name a supporting passage must hold."""
        named = [ti for ti, t in enumerate(self.terms) if t.named]
        return max(named, key=lambda ti: self.terms[ti].weight) if named else None


EXISTENTIAL = frozenset({"var", "vardı", "vardır", "varmış", "varmıştı", "yok", "yoktu", "yokmuş"})
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


def case_of(word: str, *, suffix: bool = False) -> str | None:
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
    months = month_numbers()
    toks = [S.fold(tr.lower(t)) for t in re.findall(r"[^\W_]+", text)]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        day = int(t) if t.isdecimal() and len(t) <= 2 else None
        if day and i + 1 < len(toks) and month_key(toks[i + 1], months):
            m = month_key(toks[i + 1], months)
            if i + 2 < len(toks) and toks[i + 2][:4].isdecimal() and len(toks[i + 2]) >= 4:
                out.append(f"{toks[i + 2][:4]}-{m:02d}-{day:02d}")
                i += 3
                continue
            out.append(f"XXXX-{m:02d}-{day:02d}")
            i += 2
            continue
        m = month_key(t, months)
        if m and i + 1 < len(toks) and toks[i + 1][:4].isdecimal() and len(toks[i + 1]) >= 4:
            out.append(f"{toks[i + 1][:4]}-{m:02d}")
            i += 2
            continue
        if t[:4].isdecimal() and len(t) >= 4 and 1000 < int(t[:4]) < 2100 and (len(t) == 4 or not t[4].isdecimal()):
            out.append(t[:4])
        i += 1
    return out


def month_key(tok: str, months: dict[str, int]) -> int | None:
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


def event_type_of(prefix: str) -> str | None:
    for etype, fam in _synonyms():
        if etype and any(prefix.startswith(f) for f in fam):
            return etype
    return None


def _written(store: Any, table: str, alts: tuple[tuple[str, ...], ...]) -> bool:
    """Do the sources write one of ``alts`` in a sentence or a document title?"""
    total = 10**9  # only whether the count is zero matters
    if _df(store.db, table, alts, total) < math.log(1 + total) - 1e-9:
        return True
    return any(phrase_in(ws, alt) for *_, ws in titles(store) for alt in alts)


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
    qwords = _question_word_set()
    # the noun after hangi / kaç / which / how many: answer kind, case, anchor, postposition
    for i, (tok, _) in enumerate(toks):
        lt = tr.lower(tok)
        if lt in ("hangi", "kaç", "kaçar", "kaçıncı", "which", "what", "many", "kimin", "kimi", "kime", "kimden", "kiminle", "kimle",
                  "nereden", "nereye", "nerede"):
            if lt.startswith(("kim", "nere")):
                ending = lt[3:] if lt.startswith("kim") else lt[4:]
                ending = "le" if ending in ("inle", "le") else ending
                q.case = case_of(ending, suffix=True) if ending else None
                continue
            j = i + 1
            if j < len(toks) and tr.lower(toks[j][0]) in numbers():
                q.number = numbers()[tr.lower(toks[j][0])]
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
                if lt in ("kaç", "kaçar", "kaçıncı"):
                    root = verb_root(S.fold(noun))  # "yılındaydık": the noun under a copula
                    q.count_unit = S.fold(S.stem(root if root and noun.endswith(COPULA) else noun))
                elif lt == "many" and lang == "en":
                    # the counted noun is the plural one ("how many enemy brigades")
                    nouns = [S.norm(t) for t, _ in toks[j : j + 3]]
                    noun = next((n for n in nouns if n.endswith("s") and len(n) > 3), noun)
                    trs = next((_glossary()[f] for f in _en_base(noun) if f in _glossary()), None)
                    q.count_unit = S.fold(S.norm(trs[0].split("_")[0])) if trs else None
                q.plural = bool(re.search(r"(ler|lar)", noun[len(S.stem(noun)):])) or lt == "many"
                q.case = q.case or case_of(toks[j][0][len(S.stem(noun)):] or "", suffix=True)
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
    m = re.search(r"\bne(ye|yle)\b|\bnasıl\b", low)
    if m and qtype == "which" and not q.case:
        # "neye / neyle bindi"; "nasıl tebliğ edildi": the manner is told with -la/-le (`telgrafla`)
        q.case, q.thing_case = case_of(m.group(1) or "le", suffix=True), True
    m = re.search(r"\bne (olarak|kadar)", low)
    if m and qtype == "which":
        q.post_word = m.group(1)  # "ne olarak telakki": `bir istinadgâh olarak`
    if re.search(r"\bhangiler", low):
        q.plural = True  # "Kafkas Cumhuriyetleri hangileriydi?": a list
    q.terms = _terms(store, q, toks, qwords)
    if qtype == "count":
        # "kaç dridnotu vardı": `var` says there were some, it is no arrival to look for
        q.terms = [t for t in q.terms if tr.lower(t.word) not in EXISTENTIAL]
    if q.terms:
        # the verb asked about is the last plain content word of the first clause (Turkish is
        # verb-final; English questions end on the verb too: "When was the treaty signed?")
        first = re.split(r"[?;]", text)[0]
        named_words = {w for t in q.terms if t.named for w in t.word.split()}
        content = [w for w in QWORD.findall(first) if tr.lower(w) not in qwords and w not in named_words
                   and not w.isdecimal() and not _months_hit(tr.lower(w))]
        last = [t for t in q.terms if t.word in first and not t.named]
        verbal = lang == "tr" or re.search(r"\b(did|does|do|was|were|is|are|has|have|had)\b", low)
        if last and content and content[-1] == last[-1].word and verbal:
            last[-1].trigger = True
            if len(last) > 1 and len(content) > 1 and content[-2] == last[-2].word and any(
                    alt[0].startswith(light_verbs()) for alt in last[-1].alternatives if len(alt[0]) <= 6):
                last[-2].trigger = True  # "itilaf yapıldı": the noun before a light verb is the event
    q.question_labels = frozenset(lab for t in q.terms for lab in t.labels)
    q.according = frozenset(lab for t in q.terms if t.named and re.search(
        rf"{re.escape(t.word)}\s+göre\b|according to\s+{re.escape(t.word)}", text, re.I) for lab in t.labels)
    q.word_keys = frozenset(x for tok, _ in toks for x in key_of(tok)) | frozenset(
        x for t in q.terms if q.lang == "en" for alt in t.alternatives for x in alt)
    for t in q.terms:
        for alt in t.alternatives:
            et = event_type_of(alt[0])
            if et and t.trigger:
                q.event_type = q.event_type or et
    return q


@cache
def light_verbs() -> tuple[str, ...]:
    return tuple(w.strip() for w in tr.read_lines("qa/light_verbs.txt"))


@cache
def _question_word_set() -> frozenset[str]:
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

    def fits(i: int, n: int, labels: dict[str, int]) -> bool:
        if n == 1:
            return tr.lower(toks[i][0]) not in qwords and toks[i][0][:1].isupper()
        # a name only the knowledge base knows ("Mustafa Kemal'in Samsun'a Çıkışı") and the
        # sources never write in any of its forms: its words are asked one by one
        k = tuple(keys[i : i + n])
        return bool(labels.keys() & lex.attested) or _written(
            store, table, tuple(sorted({k, *(x for lab in labels for x in lex.keys.get(lab, ()))}))[:12])

    for i, n, labels in lex.names_in(keys, fits):
        k = tuple(keys[i : i + n])
        # other spellings of the same entity, when they share a word with the question's
        # (`Gümrü Barışı` for `Gümrü Antlaşması`, not a generic `Dostluk Antlaşması`)
        alts = tuple(sorted({k, *(x for lab in labels for x in sorted(lex.keys.get(lab, ()))
                                  if k[0] in x or x == key_of(lab))}))[:12]
        terms.append(Term(" ".join(t for t, _ in toks[i : i + n]), alts, named=True,
                          labels=frozenset(labels), kinds=frozenset(lex.kinds.get(x, "") for x in labels)))
        for j in range(i, i + n):
            used[j] = True
    # 2. content words (English through the glossary), with synonyms
    gloss = _glossary()
    untranslated: set[str] = set()
    for idx, (tok, _) in enumerate(toks):
        if used[idx]:
            continue
        low = tr.lower(tok)
        base = low.split("’")[0].split("'")[0]
        if base in qwords or base.isdecimal() or _months_hit(base) or base in numbers():
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
            root = verb_root(S.fold(S.norm(base)))
            if root and root != p:
                alts = tuple(sorted({*alts, (root,)}))
            if root and len(root) >= 5 and root.endswith(PASSIVE):
                # `verildi` asks about what `verdiğim` tells: the active root without -Il/-In
                alts = tuple(sorted({*alts, (root[:-2],)}))
        trigger = any(event_type_of(a[0]) for a in alts)
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


def verb_root(word: str) -> str | None:
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
    return month_key(S.fold(word), month_numbers()) is not None and len(word) <= 9


def event_word(w: str) -> bool:
    return any(etype and w.startswith(fam) for etype, fams in _synonyms() for fam in fams)


def passive_question(q: Question) -> bool:
    """Is the verb asked about passive (`kim gönderildi?`, `who was sent`)? Its subject is the
    one acted upon, so the speaker of `gönderdik` is not the answer."""
    if q.lang == "en":
        return bool(re.search(r"\b(was|were|been|be)\s+\w+(ed|en|wn|ght|nt)\b", q.text.lower()))
    verbs = q.verbs()
    if not verbs:
        return False
    root = verb_root(S.fold(S.norm(verbs[-1].word)))
    return bool(root) and len(root) >= 5 and root.endswith(PASSIVE)


ROLE_QUESTION = re.compile(r"\bkim(di|dir)?\s*\?*\s*$|^who (was|is|were|are) (the|a|an)\b")


def asks_role(q: Question) -> bool:
    """Does the question ask who held a role ("Mısır Elçisi kimdi?", "Who was the Italian
    ambassador ...")? The answer is then the name beside the role noun."""
    return q.qtype == "who" and bool(ROLE_QUESTION.search(tr.lower(q.text.strip())))
