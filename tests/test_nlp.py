"""The rule-based sentence splitter the parser works within."""
import pytest

from pipeline.nlp import split_sentences


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
