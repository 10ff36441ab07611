"""The rule-based sentence splitter the parser works within, and names cut at a rubric's separator."""
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.nlp import entities_after_separators, split_sentences


@pytest.mark.parametrize("text, sentences", [
    ("Amazon investit. Google aussi.", ["Amazon investit.", "Google aussi."]),
    ("Eclairion, selon Bercy, doit investir 2,5 milliards d'euros. M. Faury a parlé.",
     ["Eclairion, selon Bercy, doit investir 2,5 milliards d'euros.", "M. Faury a parlé."]),
    ("Imaginez un instant : 26,3 milliards de dollars. C'est la somme.",
     ["Imaginez un instant : 26,3 milliards de dollars.", "C'est la somme."]),
    ("Selon J. Dupont, le groupe investira. « Nous sommes prêts », dit-il.",
     ["Selon J. Dupont, le groupe investira.", "« Nous sommes prêts », dit-il."]),
    ("Le site a coûté 1,2 milliard. 2025 sera une année clé !", ["Le site a coûté 1,2 milliard.", "2025 sera une année clé !"]),
    ("le chiffre atteint 3.5 millions. ensuite rien", ["le chiffre atteint 3.5 millions. ensuite rien"]),
])
def test_split_sentences(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def _doc(words: list[str], spaces: list[bool], pos: list[str], ents: list[str]) -> Doc:
    return Doc(Vocab(), words=words, spaces=spaces, pos=pos, ents=ents)


@pytest.mark.parametrize("words, spaces, pos, ents, names", [
    # a rubric and a dash before the subtitle's "Le groupe": no name at all
    (["Sidérurgie", "-", "Le", "groupe", "prévoit"], [True, True, True, True, False],
     ["NOUN", "PUNCT", "DET", "NOUN", "VERB"], ["B-MISC", "I-MISC", "I-MISC", "I-MISC", "O"], []),
    # a town and a colon before the company: the company
    (["Sherbrooke", ":", "Fabrication", "Trudel", "investit"], [False, True, True, True, False],
     ["PROPN", "PUNCT", "PROPN", "PROPN", "VERB"], ["B-MISC", "I-MISC", "I-MISC", "I-MISC", "O"], ["Fabrication Trudel"]),
    # a breadcrumb of rubrics
    (["Marchés", "|", "Logistique"], [True, True, False], ["NOUN", "PUNCT", "NOUN"], ["B-ORG", "I-ORG", "I-ORG"], []),
    # a hyphen inside a name cuts nothing
    (["Usinage", "Pro", "-", "Tech"], [True, False, False, False], ["PROPN"] * 4, ["B-ORG", "I-ORG", "I-ORG", "I-ORG"],
     ["Usinage Pro-Tech"]),
])
def test_entities_after_separators(words, spaces, pos, ents, names):
    doc = entities_after_separators(_doc(words, spaces, pos, ents))
    assert [e.text for e in doc.ents] == names
