"""The spaCy Language the extractor parses with: `fr_core_news_md` plus a rule-based sentence
splitter placed before the parser (the statistical parser splits news sentences at commas and
merges headlines into the next sentence), and names cut at a rubric's separator after NER.
Loaded once per process.

An article is parsed only up to its last money amount, and not at all without one (see extract.py);
everything else is read with the pure string layers (money, periods, lexicon).
"""
from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

MODEL = "fr_core_news_md"
# words after which a full stop does not end a sentence
_ABBREVIATIONS = frozenset("m mm mme mmes mlle dr pr st ste me mgr cf etc env art no n° vol p pp av bd ca ex fig "
                           "inc ltd corp co jr sr vs".split())
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'»”)\]]*\s+(?=[«\"“(\[]?\s*[A-ZÀ-ÖØ-Þ0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph: a split after . ! ? … before a capital or a digit, except
    after abbreviations (M., Mme, Dr) and initials (J. Dupont)."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before = text[start:m.start()]
        last_word = re.search(r"(\w+)\W*$", before)
        if last_word and (last_word[1].lower() in _ABBREVIATIONS or
                          (len(last_word[1]) == 1 and last_word[1].isupper())):
            continue
        spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


@Language.component("rule_sentences")
def rule_sentences(doc: Doc) -> Doc:
    """Fix sentence starts from `split_sentences` so that the parser works within them."""
    starts = {a for a, _ in split_sentences(doc.text)}
    for token in doc:
        token.is_sent_start = token.i == 0 or token.idx in starts
    return doc


_SEPARATORS = frozenset(":-–—")


@Language.component("entities_after_separators")
def entities_after_separators(doc: Doc) -> Doc:
    """'Informatique - Le groupe américain prévoit ...', 'Drummondville: Usinage Pro-Tech investit ...': NER
    reads a rubric, a place or an interviewer's name and what follows its separator as one name. A name
    is what follows the last separator; nothing, when a determiner opens it or in a breadcrumb of
    rubrics ("Marchés | Logistique")."""
    ents = []
    for ent in doc.ents:
        cuts = [t.i + 1 for t in ent if t.text in _SEPARATORS and (t.text == ":" or t.i == 0 or doc[t.i - 1].whitespace_)]
        if any(t.text == "|" for t in ent) or cuts and (cuts[-1] == ent.end or doc[cuts[-1]].pos_ == "DET"):
            continue
        ents.append(ent if not cuts else Span(doc, cuts[-1], ent.end, label=ent.label_))
    doc.ents = ents
    return doc


@Language.component("topic_marker_heads")
def topic_marker_heads(doc: Doc) -> Doc:
    """'Pfizer annonce de son côté 520 millions d'euros', '... pour sa part 2 milliards': the parser hangs the
    word after the topic marker on "côté" or "part"; a word with no preposition of its own is the verb's object."""
    for marker in doc:
        if marker.lower_ in ("côté", "part") and marker.head.pos_ in ("VERB", "AUX") and \
                any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in marker.children) and \
                any(c.dep_ == "case" and c.lower_ in ("de", "pour") for c in marker.children):
            for word in [c for c in marker.children if c.dep_ == "nmod" and c.i > marker.i]:
                if not any(c.dep_ == "case" for c in word.children):
                    word.head, word.dep_ = marker.head, "obj"
    return doc


@cache
def load_nlp() -> Language:
    """The French pipeline: tagger, dependency parser, lemmatizer and NER are all used by extraction."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as e:
        raise RuntimeError(f"spaCy model {MODEL} is not installed: run `make setup` "
                           f"(or `pip install {MODEL}`)") from e
    nlp.add_pipe("rule_sentences", before="parser")
    nlp.add_pipe("entities_after_separators", after="ner")
    nlp.add_pipe("topic_marker_heads", after="parser")
    return nlp


@cache
def _verb_tables() -> tuple[frozenset[str], dict, list]:
    lookups = load_nlp().get_pipe("lemmatizer").lookups
    return (frozenset(lookups.get_table("lemma_index")["verb"]), lookups.get_table("lemma_exc")["verb"],
            [*lookups.get_table("lemma_rules")["verb"], ["e", "er"]])


def verb_lemma(word: str) -> str | None:
    """The infinitive of a word read as a verb, from the model's own lemma tables, or None when it is no
    verb's form: the tagger sometimes takes a verb for a noun or an adjective ("Prologis prévoit pour sa
    part ...", "La société réserve 90 milliards à ..."). (The tables' rules lack the present "-e" of "-er"
    verbs; it is added.)"""
    infinitives, exceptions, rules = _verb_tables()
    word = word.lower()
    if word in infinitives:
        return word
    if word in exceptions:
        return exceptions[word][0]
    return next((word[:len(word) - len(old)] + new for old, new in rules
                 if word.endswith(old) and word[:len(word) - len(old)] + new in infinitives), None)


def model_versions() -> dict[str, str]:
    """spaCy and model versions, recorded in each run's manifest."""
    nlp = load_nlp()
    return {"spacy": spacy.__version__, "model": f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}"}
