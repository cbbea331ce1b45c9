"""Answer slots: in a passage, the annotations (or untagged names, numbers) that could answer
the question, each scored by how close the question's matched words stand to it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from vakanuvis.lang import tr
from vakanuvis.serve import search as S
from vakanuvis.serve.ask.corpus import key_of
from vakanuvis.serve.ask.documents import document_authors, first_person
from vakanuvis.serve.ask.question import (
    Question,
    Term,
    case_of,
    event_word,
    light_verbs,
    month_key,
    month_numbers,
    numbers,
    passive_question,
)
from vakanuvis.serve.ask.render import render_timex
from vakanuvis.serve.ask.retrieve import Ann, Passage, date_matches, timex_ok


@cache
def _folded_numbers() -> dict[str, int]:
    return {S.fold(w): v for w, v in numbers().items()}


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


def proximity(p: Passage, q: Question, pos: int, last: int | None = None, *, triggers: bool = True) -> float:
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


def _in_question(a: Ann, q: Question) -> bool:
    """Is this entity one the question names (so it cannot be the answer)?"""
    if a.label in q.question_labels:
        return True
    for k in (key_of(a.label or ""), key_of(a.text)):
        if k and all(any(x == w or (min(len(x), len(w)) >= 4 and (x.startswith(w) or w.startswith(x)))
                         for w in q.word_keys) for x in k):
            return True
    return False


def verb_factor(p: Passage, q: Question, a: Ann) -> float:
    """2 when the question's verb is the first event verb after the date (Turkish puts the
    date before its verb), 0.5 when another event verb comes first, 1.3 when the question's
    verb is just before the date."""
    if not any(t.trigger for t in q.terms):
        return 1.0
    trig = {h for ti, hits in p.matched.items() if q.terms[ti].trigger for h in hits}
    start = p.word_at(a.end)
    glossed = [x for x in p.anns if timex_ok(x) and _gloss_of(p, x, a)]
    after = max((x.end for x in glossed), default=a.end)  # "15 Eylül 1341 (1925) tarihinde": one date
    nxt = min((x.start for x in p.anns if timex_ok(x) and x.start >= after), default=p.end)
    limit = p.word_at(nxt) if nxt < p.end else len(p.words)
    for i in range(start, min(limit, start + 12)):
        if i in trig:
            return 2.0
        if event_word(p.words[i][2]):
            return 0.5
    pos = p.word_at(a.start)
    return 1.3 if any(pos - 6 <= h < pos for h in trig) else 1.0


def _gloss_of(p: Passage, x: Ann, a: Ann) -> bool:
    """Is timex ``x`` a gloss right after ``a`` (`15 Eylül 1341 (1925)`, `1334 (1918)`)?"""
    return x.start >= a.end and re.fullmatch(r"\s*[(\[]\s*", p.text[a.end - p.start : x.start - p.start]) is not None


def _glosses_a_finer_date(p: Passage, a: Ann) -> bool:
    """Does a coarser timex only repeat the date before it (`(1925)` after `15 Eylül 1341`)?"""
    v = a.value["value"]
    return any(timex_ok(b) and _gloss_of(p, a, b) and b.value["value"].startswith(v) and b.value["value"] != v
               for b in p.anns)


def explicit(text: str) -> bool:
    """A date written out (a number or a month name), not a deictic `bugün` or a relative
    `dört ay önce` that the tagger resolved against the speech's own date."""
    if re.search(r"\d", text):
        return True
    return any(month_key(S.fold(tr.lower(w)), month_numbers()) for w in re.findall(r"[^\W\d_]+", text))


def when_slots(p: Passage, q: Question) -> list[Slot]:
    out = []
    for a in p.anns:
        if not timex_ok(a):
            continue
        v = a.value["value"]
        if any(date_matches(v, d) for d in q.dates) or not explicit(a.text) or _glosses_a_finer_date(p, a):
            continue
        pos = p.word_at(a.start)
        sc = proximity(p, q, pos, p.word_at(a.end - 1), triggers=False) * verb_factor(p, q, a)
        sc /= math.sqrt(sum(1 for x in p.anns if timex_ok(x)))
        if q.range_wanted and "/" in v and not a.value.get("mod"):
            sc *= 1.5
        out.append(Slot(v, render_timex(v, a.value.get("mod"), q.lang), p, a.start, a.end, sc, a.value.get("mod")))
    return out


ACCUSATIVE = re.compile(r"['’]y?[ıiuü]$")  # a name in the accusative (`Fethi Bey’i`)


PATRONYMIC = re.compile(r"\s+(oğlu|kızı|bin|ibn)\b")


def entity_slots(p: Passage, q: Question, kinds: tuple[str, ...]) -> list[Slot]:
    out = []
    for a in p.anns:
        if a.layer != "entity" or not a.label:
            continue
        kind = a.value.get("kind")
        if kinds and kind not in kinds:
            continue
        if _in_question(a, q):
            continue
        if kind == "PERSON" and PATRONYMIC.match(p.text[a.end - p.start :]):
            continue  # `Mustafa oğlu Mehmet Çavuş`: the father, named to tell the son apart
        pos = p.word_at(a.start)
        # a place is told next to its motion verb ("Moskova'ya yollamıştı"); other answers are
        # arguments anywhere before the verb, so only the question's names count for them
        sc = proximity(p, q, pos, p.word_at(a.end - 1), triggers=q.qtype == "where") + 0.1 * (1.0 + 0.3 * (len(kinds) - kinds.index(kind)) / max(1, len(kinds)) if kinds else 1.0)
        nxt_word = next((w for s_, _, w in p.words if s_ >= a.end), "")
        case_ok = bool(q.case) and (case_of(a.text) == q.case or q.case == "com" and nxt_word == "ile")
        if case_ok:
            sc *= 1.8
        elif q.nominative and not re.search(r"['’]", a.text) and case_of(a.text) is None:
            sc *= 1.5  # "kimdi?" asks for the subject: a name without a case ending
        elif q.nominative and ACCUSATIVE.search(a.text):
            # `Fethi Bey’i gönderdik`: the object of the telling is the subject of "kim gönderildi?"
            # and not of "kim gönderdi?"
            sc *= 1.5 if passive_question(q) else 0.4
        if q.after:
            nxt = [w for s, _, w in p.words if s >= a.end][:1]
            if nxt and nxt[0].startswith(q.after[:5]):
                sc *= 2.5
        if q.anchor:
            d = min((abs(i - pos) for i, (_, _, w) in enumerate(p.words) if w.startswith(q.anchor)), default=99)
            sc *= 1 + 1.5 / (1 + d)
        value = a.label
        if q.qtype == "who" and kind == "PERSON":
            value = beyond_question_words(a.label, q) if a.label == a.text else a.label
            if not beyond_question_words(a.text, q):
                continue  # `Haşmetli İsveç Kralı Hazretleri` for "the Swedish king": the question's words, no name
        out.append(Slot(value, value, p, a.start, a.end, sc, case_ok=case_ok))
    return out


def beyond_question_words(name: str, q: Question) -> str:
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


def named_by_construction(p: Passage, q: Question) -> list[Slot]:
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
        score = 0.5 * (proximity(p, q, i, triggers=False) + 0.1)
        out.append(Slot(word, word, p, s, e, score))
    return out


@cache
def _name_breakers() -> frozenset[str]:
    return frozenset(tr.lower(w.strip()) for w in tr.read_lines("qa/name_breakers.txt"))


def _first_of_sentence(p: Passage, j: int) -> bool:
    """Does word ``j`` open a sentence (after a full stop, colon or the passage start)?"""
    before = p.text[: p.words[j][0] - p.start].rstrip()
    return not before or before[-1] in ".!?:;-–—\"“”"


def compound_names(p: Passage, q: Question) -> list[Slot]:
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
        out.append(Slot(name, name, p, p.words[j][0], e, 0.5 * (proximity(p, q, j, i) + 0.1)))
    return out


CASED_NOUN = re.compile(r"n[dt][ae]n?$")  # folded word with a pronominal-n locative/ablative ending


def appositions(p: Passage, q: Question) -> list[Slot]:
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
            out.append(Slot(name, name, p, run[0][0], run[-1][1], 0.6 * (proximity(p, q, i) + 0.1)))
    return out


def coordinated(p: Passage, slots: list[Slot]) -> list[list[Slot]]:
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


def clause_after(p: Passage, q: Question, a: Ann) -> str:
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


def _light(t: Term) -> bool:
    return all(alt[0].startswith((*light_verbs(), "ed")) and len(alt[0]) <= 8 for alt in t.alternatives)


def speaker_slots(store: Any, p: Passage, q: Question) -> list[Slot]:
    """The document's author as the subject of a first-person verb the question asks about
    (`sol kanadına taarruz ettim` answers `kim taarruz etti?`)."""
    author = document_authors(store).get(p.doc_id)
    if author is None or author.label in q.question_labels:
        return []
    # `hareket edeceğim` is no answer to "kim kumanda edecekti": a light verb alone asks nothing
    hits = {h for ti, hs in p.matched.items() if not q.terms[ti].named and not _light(q.terms[ti]) for h in hs}
    # "Ukrayna adına kim imzaladı?": `imzaladık` (we, his government) does not make the
    # speaker the one who signed for a side; only his own `imzaladım` would
    for_a_side = bool(re.search(r"\badına\b|\bon behalf of\b", tr.lower(q.text)))
    out = []
    for i, (s, e, w) in enumerate(p.words):
        if first_person(w) and (i in hits or i - 1 in hits) and not (for_a_side and w.endswith(("k", "z"))):
            sc = proximity(p, q, i) * 1.2 + 0.1
            out.append(Slot(author.label, author.label, p, s, e, sc))
    return out


def best_slots(ps: list[Passage], q: Question, fn) -> list[Slot]:
    slots = []
    for p in ps:
        for s in fn(p, q):
            s.score = s.score * (0.5 + p.coverage) * (0.5 + p.named)
            slots.append(s)
    return sorted(slots, key=lambda s: -s.score)


def slot_confidence(s: Slot) -> float:
    return max(0.05, min(0.99, 0.35 + 0.4 * s.passage.coverage + 0.25 * s.passage.named))


def names_before_anchor(p: Passage, q: Question) -> list[tuple[int, int]]:
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
    if words and words[-1] not in nums:  # a distributive: "yüzer", "ikişer", "altışar" (each)
        stems = [re.sub(r"(er|ar)$", "", words[-1]), re.sub(r"(ser|sar)$", "", words[-1])]
        stems += [x[:-1] + "t" for x in stems if x.endswith("d")]  # `dörder`: dört
        words[-1] = next((x for x in stems if x in nums), words[-1])
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


def number_before(p: Passage, unit: str) -> tuple[int, int, int] | None:
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
