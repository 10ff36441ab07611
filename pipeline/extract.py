"""One article -> its investment facts.

The string layers find every money amount (money.py), period (periods.py) and company name
(lexicon.py); spaCy parses an article only up to its last amount (none at all without one). For
each amount this module decides whether it is an investment (cue words, cues.toml), who spends it
(grammatical subject, nearest named company, "X (26 Mds$)" lists, anaphora such as "le groupe", or
the next sentence when it takes the amount up: "C'est la somme qu'Amazon prévoit d'investir"), over
which period, at which rate, with which status and for what.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from . import __version__
from .articles import Article
from .cues import TYPOGRAPHY, Cues
from .facts import Fact
from .gazetteer import ends_in_trade_word, is_first_name, is_person_name, is_place
from .lexicon import VIA_DESCRIPTOR, Company, Lexicon
from .money import Amount, find_amounts, local_currencies, names_country_of
from .nlp import load_nlp, verb_lemma
from .periods import (RANKED_PART, Period, count_pattern, find_periods, find_rates, fiscal_period, is_completion,
                      is_month, label_bounds, month_number, months_of, number_value, said_to_date, shift_months,
                      shift_years)

DATA_DIR = Path(__file__).parent / "data"
_CODE_DIR = Path(__file__).parent
_HEADER = re.compile(r"\A\s*date\s+\d{4}-\d{2}(?:-\d{2})?")
# "LA POCATIÈRE — Alstom investira ...", "PARIS, 4 mars (Reuters) - ", "DÉCRYPTAGE - ": a dateline or a rubric
# in capitals at a line's start names no company
_DATELINE = re.compile(r"(?m)^[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'. -]{1,40}[A-ZÀ-Ý]\s*(?:,[^\n—–]{0,30})?(?:\([^)\n]{2,30}\))?\s*[—–-]\s")
# "Lire aussi : Bassin de Lacq : un projet à 500 millions d'euros": the headline of another article
# "Rabat - La Commission ...": a town's name and a dash opening a line (a town the gazetteer knows)
_TOWN_DATELINE = re.compile(r"(?m)^[ \t]*(?P<town>[A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+)?)(?:\s*\([A-Z][\w ]{1,20}\))?"
                            r"\s+[—–-]\s+(?=[A-ZÀ-Ý])")
# "Paris La Défense, le 24 juin 2025 – Saint-Gobain annonce ...": a press release's place and date
_RELEASE_DATELINE = re.compile(r"(?m)^[ \t]*[A-ZÀ-Ý][^\n,.;:]{1,40},\s*(?:le\s+)?\d{1,2}(?:er)?\s+[a-zéèûô]+\.?\s+\d{4}\s*[—–-]\s")
_SEE_ALSO = re.compile(r"(?im)^[ \t]*(?:[àa] lire aussi|lire aussi|lire également|voir aussi|à voir aussi)\b[^\n]*")
_SHIFTED_YEAR = re.compile(r"\bexercice\s+décalé\b", re.IGNORECASE)
# "sur cinq ans" in an article with no date: a span of its own, though unresolved
_LENGTH_SAID = re.compile(rf"\b(?:sur|en|pendant|durant)\s+(?:{count_pattern()})\s+(?:ans|années|exercices)\b", re.IGNORECASE)
# "sur l'ensemble de l'année", "pour l'exercice entier": a whole year, though unresolved in an article with no date
_WHOLE_YEAR = re.compile(r"\b(?:(?:sur|pour)\s+(?:l['’]ensemble|la totalité)\s+de\s+l['’](?:année|exercice)"
                         r"|(?:sur|pour)\s+l['’](?:année|exercice)\s+entiers?e?)\b", re.IGNORECASE)
_RUBRIC_MARKS = (":", "·", "|", "—", "–")     # what sets a rubric off its title
_ENDS_LINE = re.compile(r"[ \t]*(?:\n|$)")
# "| pour une nouvelle unité de production", "| pour le futur campus", "| à Onnaing": what or where the money is put into
_PUT_INTO = re.compile(rf"\s*(?:pour\s+(?:la|le|l['’]\s*|les|des|{count_pattern()})\s*"
                      r"(?:(?:nouvel|nouvelle|nouveaux|nouvelles|nouveau|futur|future|futurs|futures|second|seconde)\s+)?"
                      r"(?P<thing>[\w-]+)|à\s+[A-ZÀ-Ý])")
_TICKER = re.compile(r"\b[A-Z]{2,6}\.(?:O|N|PA|L|DE|AS|MI|T|HK|SW|TO)\b")
_TIME_BACK = (rf"(?P<years>{count_pattern()})\s+ans?\s+(?:plus\s+tôt|auparavant)|il y a un an"
                # "contre 22,6 milliards trois mois plus tôt", "un trimestre plus tôt": the part before
                rf"|(?P<months>{count_pattern()})\s+mois\s+(?:plus\s+tôt|auparavant)|(?P<quarter>un\s+trimestre)\s+plus\s+tôt"
                r"|l'an dernier à la même période|à la même période l'an dernier|sur la même période l'an dernier"
                # "soit bien plus que les 88 milliards de l'exercice précédent"
                r"|(?:(?:lors de|pour|sur|au cours de|durant|de) )?l'(?:exercice|année) précédente?")
_SAME_PART = r"(?:au cours d[ue]|sur l[ae]|pour l[ae]|lors d[ue]|durant l[ae]|à la|au)\s+même\s+(?:trimestre|semestre|période|mois)"
# "..., contre 9,2 milliards un an plus tôt", "contre 2,15 milliards au cours du même trimestre de l'exercice précédent":
# right after the amount
_YEAR_EARLIER = re.compile(rf"\s*(?:{_SAME_PART}\s+(?:de\s+)?)?(?:{_TIME_BACK})")
# "Un an plus tôt, ce montant s'élevait à ...", "Au cours du même trimestre un an plus tôt, ...", "Un an plus tôt, sur le
# même trimestre, ...", "Au cours du même trimestre de l'exercice précédent, ...": opening the sentence that takes the spending up
_YEAR_EARLIER_LEAD = re.compile(rf"\s*(?:{_SAME_PART}\s+(?:de\s+)?)?(?:{_TIME_BACK})\s*,(?:\s*{_SAME_PART}\s*,)?", re.IGNORECASE)
# "La troisième, de 200 millions", "La seconde, estimée entre 1,3 et 1,5 milliard": a ranked part as subject, its amount
# in apposition
_RANKED_PART = r"(?:La|Le)\s+(?:première|premier|seconde?|deuxième|troisième|quatrième|cinquième|dernière|dernier)"
# "Une seconde tranche, estimée à 150 millions, pourrait suivre", "Une seconde phase du projet de GNL, d'environ 6
# milliards": one more stage of the spending read before
_RANKED_STAGE = (r"(?:Une|Un)\s+(?:seconde?|deuxième|troisième|quatrième|nouvelle|nouveau)\s+"
                 r"(?:tranche|phase|étape|volet|ligne|unité|usine|extension)(?:\s+(?:du|de\s+la|des|de|d['’])\s*[^,;:]{1,60})?")
# "Le gros morceau, 1 milliard, servira à ...", "L'essentiel, soit environ 1,6 milliard, financera ...", "Le premier tiers
# de l'enveloppe, soit environ 140 millions, sera engagé ...": a part named by its size, its amount in apposition
_SIZED_PART = (r"(?:Le\s+gros\s+morceau|L['’]essentiel|Le\s+gros|La\s+part\s+du\s+lion|La\s+(?:plus\s+grosse|plus\s+grande|"
               r"majeure)\s+part(?:ie)?|(?:La|Le)\s+(?:\w+\s+)?(?:moitié|tiers|quart))"
               r"(?:\s+(?:de\s+l['’]|de\s+la\s+|du\s+)(?:enveloppe|somme|montant|programme|plan|investissement|budget))?")
_RANKED_PART_OPENER = re.compile(rf"\s*(?:{_RANKED_PART}|{_RANKED_STAGE}|{_SIZED_PART})\s*,\s*(?:(?:d['’]un (?:montant|coût) )?(?:de |d['’])|"
                                 r"(?:estimée?|évaluée?|chiffrée?|budgétée?) (?:(?:à|entre) )?|soit |qui représente |"
                                 r"représentant )?"
                                 r"(?:environ |près de |quelque |plus de )?")
# "D'un montant de 650 milliards, il ...", "Doté de 2 milliards, le programme ...": a sentence opened by the amount of
# what was just said
_AMOUNT_OPENER = re.compile(r"\s*(?:D['’]un (?:montant|coût|budget)(?: total| global)?|Dotée?s? d['’]une? enveloppe|Dotée?s?)"
                            r"\s+(?:de|d['’])", re.IGNORECASE)
_GROUP_NOUN = re.compile(r"\b(?:groupe|constructeur)\b", re.IGNORECASE)     # what names a brand's group
_COMPLEMENT = re.compile(r"\s(?:de|du|des|d['’])\s*\w")      # "le constructeur de Coventry": a noun said with whose it is
# "Stargate|, la coentreprise formée avec OpenAI": a name described right after it
_DESCRIBED_AFTER = re.compile(r"\s*,\s*(?:la|le|l['’]|une?)\s*\w")
# "La coentreprise de |Stellantis, ...": a venture named by its owners
_VENTURE = r"(?:co-?entreprise|joint-venture|société commune)"
_VENTURE_OF = re.compile(rf"\b{_VENTURE}\s+(?:de|d'|(?:formée|créée|montée|détenue) (?:par|avec))\s*\Z", re.IGNORECASE)
# "ACC, la coentreprise formée par Stellantis, Mercedes-Benz et |TotalEnergies via sa filiale |Saft": the owners of a
# venture named before them
_OWNERS_OF_NAMED_VENTURE = re.compile(rf"[A-ZÀ-Ý][\w&-]*\s*,\s*(?:la|une)\s+{_VENTURE}"
                                      r"\s+(?:formée|créée|montée|détenue)\s+par\s+"
                                      r"(?:[^.;:()]{1,40}(?:,|\set|\svia)\s+){0,4}(?:sa\s+filiale\s+)?\Z")
# "baptisé « |Trégor 1 »": the name given to a thing
_NAMED_THING = re.compile(r"\b(?:baptisé|nommé|dénommé|surnommé|appelé)e?s?\s*[«\"“]?\s*$", re.IGNORECASE)
# "1,5 milliard d'euros| : c'est la première tranche que |ProLogium compte engager": the amount, then who spends it
_CLEFT_OPENER = r"\s*:\s*c['’]est\s+(?:[\w'’-]+\s+){0,5}?qu(?:e\s+|['’])"
_CLEFT = re.compile(rf"{_CLEFT_OPENER}(?:[\w'’-]+\s+){{0,3}}\Z")
# "1,3 milliard de livres| : c'est la somme que |la jeune pousse ... compte engager": the clause that says what it is
_CLEFT_AFTER = re.compile(_CLEFT_OPENER)
# "Pour |2025, ...", "En |2024, ...", "|L'an prochain, ...": what opens a sentence before the period that frames it
_FRAME_LEAD = re.compile(r"\s*(?:(?:Pour|En|Sur|Dès|Au cours de)\s+(?:l'exercice\s+|l'année\s+)?)?")
_CLAUSE_BREAK = re.compile(r"[;:]|\btandis qu|\balors qu|\bmais\b")
_NEW_CLAUSE = re.compile(r",\s*(?:et|mais|tandis|alors|or|puis|après avoir|après être|avant d[e']|sans qu[e']|bien qu[e']"
                         r"|même si)\b|;"
                         # "... à 68-71 milliards et prévenu que la hausse serait plus forte l'an prochain": a verb of
                         # saying joined to the amount's, with a clause of its own
                         # (or in the present: "... sur 70 à 72 milliards et prévient que ses dépenses seront plus
                         # importantes l'an prochain")
                         r"|\bet\s+(?:(?:a|ont)\s+)?[a-zéèêû]{3,}(?:é|i|u|is|it|e|ent)\s+qu(?:e\b|['’])")
# what closes a financial year: "clos", "qui s'achèvera", "se terminant" ...
_YEAR_END_VERBS = (r"(?:clos|close|clôturé|achevé|terminé|s'achève|s'achèvera|s'achevant|se termine|se terminera"
                   r"|se terminant|se clôt|se clôture|se clôturera|se clôturant|court|courant|va|vont|allant)")
# "les |cinq| exercices courant jusqu'à mars 2029": how many financial years a span counts
_YEARS_COUNTED = re.compile(rf"\b({count_pattern()})\s+exercices\b[^,;.]*\Z")
# "exercice clos fin juin", "exercice 2030, clos fin mars", "l'exercice en cours, qui s'achèvera fin mai"
# ("d'ici la clôture de son exercice, fin juin")
_YEAR_CLOSING = re.compile(rf"(?:exercices?(?:\s+fiscal)?(?:\s+[\w/-]+){{0,2}}\s*,?\s*(?:qui\s+)?{_YEAR_END_VERBS}"
                           r"|cl[ôo]ture\s+de\s+(?:son|leur|l['’])\s*exercice(?:\s+fiscal)?\s*,?)"
                           r"(?:\s+(?:le|au|en|à|fin|à la fin))*\s*$")
# "jusqu'à la |clôture de l'exercice, en juin": the close to come
_UP_TO_CLOSING = re.compile(r"\b(?:jusqu['’]\s*(?:à|au)|d['’]ici)\s+(?:la\s+)?cl[ôo]ture\b[^.;:]{0,30}$")
# "son exercice décalé, qui se termine en juin", "l'exercice clos fin mars": the month a financial year ends in (not a
# quarter's: "au premier trimestre de l'exercice, clos fin septembre")
_YEAR_ENDS_IN = re.compile(r"(?<!trimestre de l')(?<!semestre de l')(?<!trimestre de son )(?<!semestre de son )"
                           rf"(?:\bexercices?(?:\s+(?:décalé|fiscal))?(?:\s+\d{{4}}(?:[/-]\d{{2}}(?:\d{{2}})?)?)?\s*,?\s*(?:qui\s+)?"
                           rf"{_YEAR_END_VERBS}|\bcl[ôo]ture\s+de\s+(?:son|leur|l['’])\s*exercice\s*,)"
                           r"\s+(?:le\s+\d{1,2}\s+|fin\s+|en\s+|à\s+la\s+fin\s+de\s+)?(?P<month>[a-zéû]+)")
# "dont l'exercice se clôt fin juin": when the company's financial years end (see _YEAR_CLOSING)
_WHOSE_YEAR_ENDS = re.compile(r"\bdont\s+(?:l['’]exercice|l['’]année\s+fiscale)\b[^,;:.()]*\Z")
# "la 5G", "l'A320": a digit glued to a capital letter, in a name (matched from the character before the digit)
_CODE_NAME = re.compile(r"[A-Z]\d|.\d+[A-Z](?!\w)")
# "le précédent contrat 2021-2024": a span the article compares with, not its own
_FORMER = re.compile(r"\b(?:précédent|précédente|ancien|ancienne|dernier|dernière)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)
# "environ |2 milliards": a qualifier that may stand before an amount (the amount's own, read by the money grammar)
_LEADING_QUALIFIER = r"(?:(?:environ|près de|quelque|plus de|au moins)\s+)?"
# "260 millions d'euros, soit une cinquantaine de millions par an": the same money said another way
_SAID_AGAIN = r"(?:en moyenne\s+|au total\s+)?"      # "soit |en moyenne |près de 8 milliards par an"
_RESTATED = re.compile(rf"(?:,|\()\s*soit\s+{_SAID_AGAIN}{_LEADING_QUALIFIER}\Z")
# ", et Amazon environ 200 milliards": a second clause whose verb (and period) are those of the first
# "760 millions d'euros d'investissements|, puis |quelque 650 millions": a second amount of the same verb
_THEN_GAPPED = re.compile(r"(?:\s+(?:d['’]\s*|de\s+)[a-zà-ÿ]+)?\s*,?\s+(?:puis|et)\s+")
_GAPPED = re.compile(rf",?\s+et\s+(?:[A-ZÀ-Ý][\w&.'-]*\s+){{1,3}}{_LEADING_QUALIFIER}\Z")
# "Cet investissement, porté par la SCI Ennery Parc, ...": the one who carries a project owns it
# "un projet d'un milliard porté par un industriel chinois, dont le nom n'a pas été dévoilé": nobody named
_CARRIED_BY_UNNAMED = re.compile(r"\s*,?\s*port(?:é|ée|és|ées)\s+par\s+(?:un|une|des)\s+[a-zà-ÿ]")
_CARRIED_BY = re.compile(r"\bport(?:é|ée|és|ées)\s+par\s+(?:la\s+|le\s+|les\s+|l')?$")
# "LinkedIn", "Facebook   X   Courriel   Imprimer", "Partager sur Facebook Partager sur X", "Partager : Facebook | X | LinkedIn |
# Copier le lien": a line of a few capitalised words alone, of words between separators, or of share prompts, is a page's
# buttons or tags
_BUTTON_LINE = re.compile(r"\s*[A-ZÀ-Ý][\w.&-]*(?:\s+[A-ZÀ-Ý][\w.&-]*){0,4}\s*"
                          r"|\s*(?:(?:Partager|Partagez|Share)(?:\s+(?:sur|par|on))?\s*:?\s*)?"
                          r"[A-ZÀ-Ý][\w.&-]*(?:\s*[|•·/,›>]\s*[A-ZÀ-Ý][\w.&-]*(?:\s+[a-zà-ÿ][\w.&'’-]*){0,2})+\s*"
                          # "Partager sur X   Partager sur LinkedIn   Envoyer par e-mail"
                          r"|\s*(?:(?:Partager|Partagez|Share|Envoyer|Copier|Imprimer)(?:\s+(?:sur|par|on|le))?"
                          r"(?:\s+[\w.&-]+)?\s*)+"
                          # "Partager  Facebook  X  LinkedIn  E-mail"
                          r"|\s*(?:Partager|Partagez|Share)\s*:?(?:\s+[A-ZÀ-Ý][\w.&-]*)+\s*"
                          # "Partager sur LinkedIn | Partager sur X | Copier le lien"
                          r"|\s*(?:(?:Partager|Partagez|Share|Copier|Envoyer|Imprimer)[^|•·\n]{0,30}(?:[|•·]\s*|\Z))+")
# "Un an plus tôt, ce montant s'élevait à ...": the spending just read, said again for an earlier time
_TAKEN_UP = re.compile(r"\b(?:ce montant|cette somme|ces sommes|ces montants|ce chiffre|ces dépenses|ces investissements|"
                       r"cet investissement|cette enveloppe|ce rythme|cet effort|ce niveau)\b", re.IGNORECASE)
# "37 milliards au raccordement et environ 24 milliards au renouvellement": a second share of the same money
_JOINED_SHARE = re.compile(rf"^[^;:.]{{0,80}}\set\s+{_LEADING_QUALIFIER}\Z")
# "Par Olivier Claus - 18 juin 2025 à 19:10": the author's name, not a company
_BYLINE = re.compile(r"\s*(?:Par|Propos recueillis par)\s+[A-ZÀ-Ý][\w'-]*\s+[A-ZÀ-Ý]")
# "d'un montant de |", "d'une valeur de |": words that set a sum off after the noun it is the cost of
_SUM_WORDS = r"d['’]une?\s+(?:montant|coût|budget|valeur)\s+(?:total\s+|global\s+)?de\s+"
_APPOSITION = re.compile(rf"(?:,|\bsoit)\s*(?:{_SUM_WORDS})?(?:environ\s+|près de\s+|quelque\s+)?\Z")
# "36,2 milliards au premier trimestre, contre 20 milliards": a figure compared with, dated after it if at all
# "..., contre 20 milliards", "soit bien plus que les 91,4 milliards de l'exercice précédent": a figure compared with
_COMPARED = re.compile(r"(?:\bcontre\s+(?:une?\s+[a-zéè]+\s+(?:de\s+|d['’]\s*)?)?(?:(?:environ|près de|quelque|plus de|moins de)\s+)?"
                       r"|\b(?:plus|moins)\s+qu(?:e\s+|['’]\s*)(?:(?:les|le|la)\s+|l['’]\s*)?)\Z")
# below this, an amount is a price, a wage or a fee ("un abonnement de 12,99 euros"), not an investment
_SMALLEST_INVESTMENT = 100_000
# "…, dans laquelle il a investi": a relative clause on the name before, whose subject is someone else
_RELATIVE_PRONOUN_SUBJECT = re.compile(r"[^.;:]{0,60}?\b(?:dans|à|auprès de|pour|chez)\s+(?:laquelle|lequel|lesquels|lesquelles|qui)"
                                       r"\s+(?:il|elle|ils|elles)\b")
_EVENTS = r"(?:ouverture|création|inauguration|lancement|fondation|mise en service|implantation|arrivée|acquisition|rachat|reprise)"
_SINCE_EVENT = re.compile(rf"\bdepuis (?:(?:son|sa|leur|cette|cet|ce) {_EVENTS}\b|la (?:création|fondation) de (?:l['’]entreprise|"
                          r"la société|la start-up|la jeune pousse|l['’]usine|la PME)(?!\s+en\s+\d))", re.IGNORECASE)
# "depuis l'inauguration de l'usine de Melloussa, près de Tanger, en |2012": the year of the event named after "depuis"
_SINCE_EVENT_OF = re.compile(rf"\bdepuis (?:l['’]|la |le ){_EVENTS}\b[^.;:]{{0,90}}\ben\s*$", re.IGNORECASE)
# "Inauguré en 2015", "qui a racheté Bombardier Transport en 2021": the year of the event "depuis" counts from
_EVENT_YEAR = re.compile(r"\b(?:inauguré|ouvert|créé|fondé|lancé|implanté|mis en service|racheté|acquis|repris)e?s?"
                         r"(?:\s+(?!en\b)[\w'’-]+){0,4}?\s+en\s+(\d{4})\b", re.IGNORECASE)
_FORMER_NAME = re.compile(r"\b(?:sous le nom d[e']|anciennement|alias|ex-)\s*\Z", re.IGNORECASE)
# "le programme France |2030", "son Plan d'action |2035": a year that ends a name (not the sentence's first word)
_NAMED_BEFORE = re.compile(r"(?:^[A-ZÀ-Ý][\w-]*|(?<=[\w,] )[A-ZÀ-Ý][\w-]*(?:\s+[a-zà-ÿ'-]+){0,2})\s+$")
_UNITS = r"(?:gigawatt|mégawatt|GW|MW|kilomètre|km|lit|logement|mètre carré|m²)"
_UNIT_PRICE = re.compile(r"\s*(?:pièce|chacune?|l'unité|par unité|l'exemplaire|par exemplaire"
                         rf"|(?:par|le|du) {_UNITS}"
                         r"|par (?:magasin|point de vente|boutique|agence|établissement|restaurant|hôtel))(?!\w)",
                         re.IGNORECASE)
# "Une usine de batteries de 4 milliards de livres| est par ailleurs en construction": what a thing being built costs
_UNDER_CONSTRUCTION = re.compile(r"[^.;:]{0,40}?\b(?:est|sont)\s+(?:[\w-]+\s+){0,3}?en\s+(?:cours\s+de\s+)?construction\b")
# "Son fonds d'investissement régional, doté de |100 millions d'euros": what a fund holds, not what it invests
_FUND_ENDOWED = re.compile(r"\bfonds\b[^.;:]{0,60}?\bdotée?s?\s+(?:de\s+|d['’]\s*)(?:plus\s+de\s+|près\s+de\s+)?\Z",
                           re.IGNORECASE)
# "le coût de construction d'un mégawatt de capacité est passé de |7 à 10 millions": the cost of a unit
_UNIT_COST_BEFORE = re.compile(rf"\b(?:coûts?|prix)\b[^.;:]{{0,40}}?\b(?:d'une?|par) {_UNITS}\b[^.;:]{{0,60}}\Z",
                               re.IGNORECASE)
# "Un poste qui coûtait |100 millions il y a cinq ans en coûte |150 aujourd'hui": what a kind of thing costs, then and now
_TYPICAL_PRICE = re.compile(r"\b(?:un|une)\s[^.;:!?]{1,80}\bqui\s+(?:coûtait|valait|revenait\s+à|se\s+négociait)\s+"
                            r"(?:[^.;:!?]{1,60}\b(?:en\s+coûte|en\s+vaut|se\s+négocie)\b[^.;:!?]{0,30})?\Z", re.IGNORECASE)
_LISTING = re.compile(r"[A-ZÀ-Ý][\w&.'-]*\s*\([^()]*\Z")
_NAME_LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "à", "au", "aux", "en"})
_ABBREVIATED = re.compile(r"(?P<name>[A-ZÀ-Ý][\w’'-]*(?:\s+(?:[A-ZÀ-Ý][\w’'-]*|de|du|des|d'|et|la|le)){1,6})\s*"
                          r"\((?P<abbr>[A-Z][A-Z0-9&]{1,8})\)")
# "prévus à |Billy-Berclau", "à Billy|-Berclau": a proper noun said as where something is
_AT_PLACE = re.compile(r"(?<!\w)(?:à|en|au|aux)\s+(?:[A-ZÀ-Ý][\w-]*)?\Z")
# "ouvrir 40 magasins d'ici à 2027, pour un budget de 150 millions": the cost of what was just said shares its period
_COST_OF = re.compile(r"\bpour un (?:budget|montant|coût|investissement)(?: total| global)? (?:de |d')\s*\Z", re.IGNORECASE)
_COMMISSIONING = re.compile(r"(?<!depuis )(?<!depuis l')(?<!depuis la )(?<!depuis le )(?<!depuis son )(?<!depuis sa )"
                            r"(?<!pas )(?<!jamais )\b(?:mis(?:es?)? en (?:service|production|exploitation)|entr(?:ée|er) en (?:service|production)|"
                            r"livraisons?|livr(?:ée?s?|er|era|eront)|inauguration|démarrage|ouverture|ouvrir|ouvrira|ouvriront|"
                            r"achèvement|fin des travaux|opérationnel(?:le)?s?|"
                            r"produira|produiront|fabriquera|fabriqueront|assemblera|assembleront|"
                            # "à Florange, où il veut produire de l'acier bas carbone à partir de 2029"
                            r"(?:veut|veulent|doit|doivent|devra|devront|compte|comptent) (?:y )?"
                            r"(?:produire|fabriquer|assembler|acheminer|fournir|alimenter|approvisionner|desservir)|"
                            r"(?:sera|seront) (?:assemblée?s?|produite?s?|fabriquée?s?)|"
                            r"(?:démarrer|lancer|débuter) (?:la |sa |leur )?(?:production|exploitation|activité)|"
                            # "une première ligne ... qui doit démarrer au second semestre 2027", "dont l'exploitation doit
                            # débuter fin 2027" (not works or a phase that start: their money is spent from then)
                            r"(?:ligne|usine|unité|centrale|réacteur|installation|production|exploitation)s?\b[^,;.]{0,40}?\b(?:démarr|début)(?:er|era|eront))"
                            r"\b[^,;.]{0,40}\Z",
                            re.IGNORECASE)
# "son concurrent Roche|, qui a promis": a relative clause on the name
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:qui|dont|lequel|laquelle)\b", re.IGNORECASE)
# "un contrat d'approvisionnement en électricité à long terme avec |EDF": the other party to a contract
_CONTRACT_WITH = re.compile(r"\bcontrats?\b[^.;:,]{0,70}\bavec\s+(?:le\s+|la\s+|les\s+|l['’]\s*)?$", re.IGNORECASE)
# "de la ", "de l'", "du ", "des ", "de ", "d'" right before a name
_OF = r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)"     # "de" and its forms before a name
_OF_BEFORE_NAME = rf"{_OF}$"
# "4 milliards de commandes auprès de |Framatome", "a levé 90 millions auprès de |Bpifrance": a supplier or a lender
_FROM_SUPPLIER = re.compile(rf"\bauprès\s+{_OF_BEFORE_NAME}", re.IGNORECASE)
# "une commande de 2 milliards auprès d'|Eurostar": the other party to an order, a company
_ORDER_PARTY = re.compile(rf"\bcommandes?\b[^.;:]{{0,80}}\bauprès\s+{_OF_BEFORE_NAME}", re.IGNORECASE)
# "dont environ 45 % proviennent d'|OpenAI": a customer the money comes from
_COMING_FROM = re.compile(rf"\b(?:provien\w*|émane\w*)\s+{_OF_BEFORE_NAME}", re.IGNORECASE)
# "un niveau modeste au regard de ceux de |Microsoft ou d'|Alphabet", "comparé à |Meta": companies compared with
_COMPARED_TO = re.compile(r"\b(?:au regard|en comparaison|loin|à côté|par rapport|comparée?s?|rapportée?s?)\s+"
                          r"(?:de\s+|d['’]\s*|à\s+|aux?\s+)(?:(?:ceux|celles?|celui)\s+(?:de\s+|d['’]\s*|du\s+|des\s+))?"
                          r"(?:[\w'’-]+\s+(?:ou|et)\s+(?:de\s+|d['’]\s*)?)?$", re.IGNORECASE)
# "la ministre de |l'Économie du Québec", "le ministère des |Finances": a ministry's field, no investor
# "la ministre de |l'Économie", "la ministre de l'Économie, de |l'Innovation et de l'Énergie": what a ministry is for
_OF = r"(?:de\s+l['’]\s*|de\s+la\s+|des\s+|du\s+|de\s+)"
_MINISTRY_OF = re.compile(rf"\bminist(?:re|res|ère|ères)\s+(?:{_OF}[^,.;:()]{{1,40}}?(?:,\s*|\s+et\s+))*{_OF}$")
# "Alphabet vise pour sa part |entre 170 et 180 milliards": a company set beside others just read
_ITS_PART = r"pour sa part|pour leur part|de son côté|de leur côté|quant à lui|quant à elle"
# "Ores n'est pas en reste", "Google, de son côté, ...": words that set a company beside others
_BESIDE_WORDS = rf"{_ITS_PART}|n['’]est pas en reste|ne sont pas en reste"
_FOR_ITS_PART = re.compile(rf"(?:\b(?:{_BESIDE_WORDS})"
                           r"|,\s*(?:lui|elle|eux|elles)\s*,)\s*[,:]?\s*"
                           r"(?:[\w'-]+\s+){0,4}\Z", re.IGNORECASE)
# ", propriétaire de Jaguar Land Rover |depuis 2008,": an aside on how long a company has owned or been somewhere
_OWNED_SINCE = re.compile(r",\s*(?:propriétaire|actionnaire|maison mère|présente?s?|installée?s?|implantée?s?|cotée?s?)\b"
                          r"[^,;.]*\Z")
# a place name of one or two capitalised words ("Tanger Med", "Loon-Plage")
_PLACE_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?"
# "Tanger Med|, Casablanca et ...", "entre Casablanca, |Tanger Med": a name listed with a place
_LISTED_PLACE_AFTER = re.compile(rf"\s*(?:,|\bet\b)\s*(?P<place>{_PLACE_NAME})\s*(?:,|\bet\b)")
_LISTED_PLACE_BEFORE = re.compile(rf"(?:,|\bentre\b)\s*(?P<place>{_PLACE_NAME})\s*(?:,|\bet\b)\s*\Z")
# "un parc solaire de |150 mégawatts": the size of a thing (its noun, maybe with an adjective)
_SIZE_OF = re.compile(r"(?P<thing>[a-zà-ÿ-]+)(?:\s+[a-zà-ÿ-]+)?\s+d(?:e\s+|['’])\Z")
# "... stratégiques| (FONSIS)": a name's initials after it
_ABBREVIATED_AFTER = re.compile(r"\s*\([A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,9}\)")
# "Brevalis Data| et la |Caisse des Dépôts": two names joined
_TWO_NAMES = re.compile(r"\s+et\s+(?:l[ae]s?\s+|l['’]\s*)[A-ZÀ-Ý]")
# "tablait encore sur", "prévoyait alors": a forecast as it stood before
_FORMER_FORECAST = re.compile(r"[^.;:]{0,40}?\b(?:tabl|prévoy|vis|anticip|compt|attend)(?:ait|aient)\b")
# a sentence that sets its company beside others (see _BESIDE_WORDS)
_SET_BESIDE = re.compile(rf"\b(?:{_BESIDE_WORDS})\b", re.IGNORECASE)
# "Quandela|, de son côté, n'a pas attendu", "Amazon|, lui, ...": a topic set beside others
_ITS_PART_AFTER = re.compile(rf"\s*,\s*(?:{_ITS_PART}|lui|elle|eux|elles)\s*,", re.IGNORECASE)
# "pour s'offrir| British Energy", "pour racheter| les actifs aurifères d'Iamgold", "pour acquérir| iGate": a company
# bought (not "pour acquérir| les 62 hectares de terrain", "pour l'acquisition| de 168 trains", "des terrains à Dunkerque")
_BOUGHT_NAME = re.compile(r"(?:\s+(?!(?:à|au|aux|en)\b)[\w'’-]+){0,6}?\s+(?<!\bà\s)(?<!\ben\s)(?<!\bau\s)"
                          r"(?:d['’]|l['’])?[A-ZÀ-Ý]|\s+[a-z]+[A-Z]")
# "Côté industrie, |900 millions pour ...", "Du côté de l'aluminium, |près de 450 millions pour ...": a rubric
# opening a sentence of a round-up, before its amount
_PLEDGE_OPENER = re.compile(r"\s*(?:(?:Du\s+)?[Cc]ôté\s+(?:(?:de\s+la|de\s+l['’]|du|des|de)\s*)?[\w'’-]+"
                            r"(?:\s+[\w'’-]+)?\s*,\s*)?")
# "400 millions d'euros| pour le japonais |Daikin", "210 millions d'euros| pour |Portalis", "240 millions d'euros|, enfin,
# pour |Hydrelis": the company an amount is for
_GIVEN_TO = re.compile(r"(?:\s+environ|\s+sur\s+\S+\s+ans|\s+par\s+an|\s*,\s*[\w-]+\s*,)?\s+pour\s+"
                       r"(?:le|la|l'|les)?\s*(?:[\w-]+\s+){0,2}")
# "qu'en 2025|, année où le groupe a investi": the year a clause after it dates
_YEAR_WHEN = re.compile(r"\s*,?\s*(?:(?:l['’]\s*)?année\s+)?(?:où|lorsque|quand"
                        r"|(?:au cours|durant|pendant|lors)\s+(?:duquel|de laquelle|laquelle|lequel))\b")
# "un niveau proche de celui de |2024", "supérieur à celui de |l'exercice 2025": the year a figure is compared with
_COMPARED_YEAR = re.compile(r"\b(?:proches?|comparables?|supérieure?s?|inférieure?s?|égale?s?|identiques?|semblables?"
                            r"|similaires?|contre|au-dessus|en deçà|en dessous|au niveau)\s+(?:de\s+|à\s+|d['’]\s*)?"
                            r"(?:celui|celle|ceux|celles)(?:\s+de|\s+d['’])?\s*$")
# "8,7 milliards $ US", "10 milliards de dollars américains", "US$": dollars said to be American
_NAMED_US_DOLLAR = re.compile(r"\b(?:US|USD|américains?)\b|US\s?\$", re.IGNORECASE)
# "le sud-coréen |Hyundai Steel", "le groupe américain |Equinix": the word right before a name
_WORD_BEFORE = re.compile(r"([\w-]+)\s+\Z")
# "depuis l'implantation de |Renault", "à l'instar de |Tesla", "qui tranche avec les reculs de |BP", "un alignement sur |BP
# et Shell", "L'annonce survient alors qu'|Hydro-Québec a dévoilé": a company named as a landmark of time or comparison
# (not the agent after them: "engagés depuis 2022 par |l'industriel")
_LANDMARK_BEFORE = re.compile(r"(?:\b(?:depuis|après|à l['’]instar|comme|contrairement|à la différence|à l['’]inverse|"
                              r"tranchen?t? avec|par rapport à|face à|allusion|déboires|alignement sur|dans le sillage)\b"
                              r"|\b(?:survien|intervien|tomb)\w*\s+(?:alors\s+qu(?:e\s|['’])|au\s+moment\s+où\s))"
                              r"(?:(?!\bpar\s)[^,;:.()]){0,50}\Z"
                              r"|\b(?:installée?s?|implantée?s?|située?s?|hébergée?s?)\b[^,;:.()]{0,30}\bsites?\s+"
                              r"(?:de\s+|d['’])?\Z", re.IGNORECASE)
# "Hyperion, en Louisiane, dans lequel la société a promis d'investir": what the money goes into, named before the clause
# (the working text writes « » as "; maybe after who says it: "Sékou Ndiaye (Sonatel) : « Nous allons investir ... »")
_QUOTE_AS_TITLE = re.compile(r'\s*(?:[^"\n:]{2,80}:\s*)?"[^"\n]{10,180}"\s*')
# "Nous avons lancé |en 2023 un programme": the year a programme started
_LAUNCHED = re.compile(r"\b(?:lancé|lancée|lancés|lancées|démarré|démarrée|entamé|entamée|initié|initiée)\s+$")
# "|dès |2027": from a year on ("350 millions dès l'an prochain" is that year's money, a yearly rate runs on)
_FROM = re.compile(r"\bdès\s+\Z", re.IGNORECASE)
# "La première phase|, d'une valeur de |450 millions"
_VALUED_APPOSITION = re.compile(rf",\s*{_SUM_WORDS}\Z")
# "sera lancée |en 2026": a thing yet to be done, by a future or a verb of plan before its participle
_TO_BE_DONE = re.compile(r"\b(?:sera|seront|serait|seraient|(?:doit|doivent|devrait|devraient|va|vont)\s+être)\s+"
                         r"[\w-]+\s+(?:(?:au|à|en|dès|début)\s+)?\Z", re.IGNORECASE)
# "une première tranche qui doit démarrer |fin 2026": a start to come (not "Les travaux démarreront l'an prochain, avec
# une première tranche de 1,5 milliard": the tranche's year)
_STARTS_THEN = re.compile(r"\b(?:doit|doivent|devrait|devraient)\s+(?:démarrer|débuter|commencer)\s+"
                          r"(?:(?:en|au|à|dès|début|mi-)\s*)?\Z", re.IGNORECASE)
# "sera lancée |au printemps 2026 pour une mise en service fin 2027": works that start then
_WORKS_START = re.compile(r"\b(?:lancée?s?|engagée?s?|démarrée?s?|commencée?s?|débutée?s?)\s+(?:(?:au|en|à|dès|début)\s+)?\Z",
                          re.IGNORECASE)
# "un rythme d'environ 1,5 milliard d'euros par an| dans les infrastructures gazières": what a level of spending goes into
_LEVEL_PUT_INTO = re.compile(r"\s*(?:par\s+(?:an|année|trimestre|mois)\s*)?dans\s+(?:les|le|la|l['’]|ses|son|sa)\s*\w")
_INVESTED_IN_AFTER = re.compile(r"(?:\s*,[^,;:.()]{1,40})?\s*,\s*(?:(?:dans|pour|sur|à)\s+(?:lequel|laquelle|lesquels"
                                r"|lesquelles)|auquel|auxquels|où)\b")
# "l'Atlantic |Free| Zone": capitalised words that are no sentence's first word, right around a name
_NAME_WORD_BEFORE = re.compile(r"(?:(?<=\w )|(?<=['’]))([A-ZÀ-Ý][\w-]*) \Z")
_NAME_WORD_AFTER = re.compile(r" [A-ZÀ-Ý][\w-]*")
# "C'est sur le |Grand port maritime de Dunkerque que ...", "dans le |Port de Gennevilliers": a name said as a place
_PLACE_BEFORE = re.compile(r"\b(?:[Ss]ur|[Dd]ans)\s+(?:(?:le|la|les)\s+|l['’])?(?:projet\s+)?\Z")
# "Quant à Meta, le groupe pourrait aller jusqu'à 140 milliards": a sentence on a company set beside others just read
_AS_FOR = re.compile(r"\s*(?:Quant (?:à|au|aux)|Chez)\b\s*")
# "La comparaison reste flatteuse pour le groupe |: chez |Meta, ... la facture devrait tourner autour de 125 milliards"
_AS_FOR_AFTER_COLON = re.compile(r":\s*(?:quant (?:à|au|aux)|chez)\b\s*", re.IGNORECASE)
# "3 milliards d'ici 2030 |: le montant confirmé lundi à Versailles par": a pledge said after a colon (see
# _pledger_after)
_PLEDGED_BY_AFTER = re.compile(r"[^.;:]{0,40}:\s*(?:le|la|l['’]|c'est\s+l[ea]\s*)\s*([\w-]+)\s+(?:[\w-]+\s+)?"
                               r"(?:annoncée?s?|confirmée?s?|promise?s?|dévoilée?s?|officialisée?s?|engagée?s?|"
                               r"mise?s? sur la table)\b[^.;:]{0,80}?\bpar\s+", re.IGNORECASE)
# "Plus d'un milliard d'euros| : le danois |Novo Nordisk.": the company a line opening on an amount lists it for
_LISTED_AFTER_COLON = re.compile(r"\s*:\s*(?:(?:le|la|les|l['’])\s*(?:[\w-]+\s+){0,2})?")
# "(environ |620 millions de dollars)", "soit |19,6 milliards de francs", "soit l'équivalent d'|environ 686 millions
# d'euros", "soit une enveloppe d'|environ 1,8 milliard d'euros", "qui correspond à |quelque 690 millions d'euros": words
# that say an amount again (see _conversions)
_RESTATING = re.compile(r"(?:\(|\b[Ss]oit(?:\s+(?:l['’]équivalent|une enveloppe|un montant|une somme|un investissement)"
                        r"(?:\s+d(?:e\s|['’]))?)?|\bcorrespond(?:ant|ait)?\s+à"   # ("soit l'équivalent |de 100 à 120
                        # milliards": a range says its own "de")
                        r"|\béquivalant\s+à)\s*\Z")
# "27,4 MMDH d'engagements| au titre de son programme": under the speaker's own plan
_OWN_PROGRAMME_AFTER = re.compile(r"\s+(?:au\s+titre|dans\s+le\s+cadre)\s+d[eu]\s+(?:son|sa|ses|leur|leurs)\b",
                                  re.IGNORECASE)
# "Dont 37 milliards", "Le plan, dont environ 120 millions", "7,4 MMDH, soit 20 % du chiffre d'affaires, dont 4,1
# MMDH": "of which", right before an amount
_OF_WHICH = re.compile(rf"(?<![\w'’])\s*[Dd]ont\s+{_LEADING_QUALIFIER}\Z")
# "Le programme, étalé sur ...", "Cet investissement s'étalera ...": a sentence opening on a noun, maybe one that
# takes the money just read up (cues.takeup_heads)
_TAKEUP_OPENER = re.compile(r"\s*(?:(?:les|le|la|ces|cette|cet|ce)\s+|l['’]\s*)([\w-]+)", re.IGNORECASE)
# "Soit près de 4,4 milliards de francs par an", "Cela représente en moyenne plus de 6 milliards par an": a sentence
# that says the money just read another way
_RESTATED_OPENER = re.compile(rf"\s*(?:Soit|(?:Cela|Ceci|Ça)\s+(?:représente|fait|correspond\s+à))\s+{_SAID_AGAIN}"
                              rf"{_LEADING_QUALIFIER}\Z")
# "Sur ce total, 6,5 milliards ont été consacrés par SNCF Réseau à ...", "Dans le détail, 37 milliards doivent
# servir à ...": the parts of the spending just read
# nouns of how a figure moved: "en hausse", "soit un repli"
_CHANGE_NOUNS = r"(?:hausse|baisse|recul|repli|progression|augmentation|diminution|réduction)"
# "soit un repli d'|un milliard": the size of a change
_CHANGE_OF = re.compile(rf"\b{_CHANGE_NOUNS}\s+d(?:e\s+|['’])\s*\Z")
_THE_TOTAL = r"(?:ce total|cette somme|ce montant|cette enveloppe)"
_OF_THE_TOTAL = re.compile(rf"\s*(?:(?:sur|de|dans|parmi) {_THE_TOTAL}|(?:dans le|en) détail)\b", re.IGNORECASE)
# "Le Royaume-Uni absorbera environ 51 milliards de livres| de cette enveloppe": a part of the money just read
_OF_THE_TOTAL_AFTER = re.compile(rf"\s*(?:de|sur) {_THE_TOTAL}\b")
# "Cette dernière représente à elle seule 22 millions": one part of a whole
# "Ils nous ont coûté", "cela lui coûtera": who bears a cost
_DATIVE_PRONOUNS = frozenset({"nous", "vous", "lui", "leur", "me", "m'", "te", "t'"})
_ON_ITS_OWN = re.compile(r"\bà (?:elle|lui|eux|elles) seul(?:e|s|es)?\b", re.IGNORECASE)
# "pour porter", "afin d'y produire", "doit permettre de doubler": a purpose clause, saying what the money is for
_PURPOSE_VERB = re.compile(r"\b(?:pour|afin d[e']|permett?[a-z]* d[e'])\s*(?:y\s+|en\s+)?([a-zà-ÿ]+(?:er|ir|re))\b")
# "980 millions de dirhams, consacrés pour l'essentiel aux portiques du terminal Est de Tanger Med": what the money goes to
_SPENT_ON = re.compile(r"\b(?:consacr|affect|dédi|allou)(?:é|ée|és|ées)\s+(?:[\w'’]+\s+){0,4}?(?:à|au|aux)\s",
                       re.IGNORECASE)   # (not "consacrés par SNCF Réseau à ...", who spends)
# "..., destiné à la production d'un nouveau modèle à partir de 2026": what the money is for, by a noun
_AIMED_AT = re.compile(r"\bdestinée?s?\s+(?:à\s+(?:la\s+|l'|le\s+)?|au\s+|aux\s+)([a-zà-ÿ]+)[^;.]{0,80}$")
# "Le concessionnaire du tunnel, |Getlink": the anaphor named; not "Le fabricant des puces de |Nvidia", its client,
# nor "Le groupe d'électronique de défense met la main sur |Arcwell", the complement of a verb
_APPOSED = re.compile(r"(?:\s+(?:(?:de|du|des|pour)\b|d')\s*[^,;.()]{0,40})?\s*,?\s*(?<!\bde )(?<!\bdu )(?<!\bdes )(?<!d')"
                      r"(?<!\bsur )(?<!\bà )(?<!\bau )(?<!\baux )(?<!\bpar )(?<!\bavec )(?<!\bchez )(?<!\bdans )"
                      r"(?<!\bpour )(?<!\ben )(?<!\bcontre )(?<!\bvers )")
_NAME_BEFORE_AMOUNT = re.compile(r"(?<![\w'’])(?P<name>[A-ZÀ-Ý][\w&'’.-]*(?:\s+[A-ZÀ-Ý][\w&'’.-]*){0,3})\s*\(\s*"
                                 r"(?:environ\s+|près de\s+|plus de\s+|quelque\s+)?\d")
_PUBLIC_KINDS = ("public_bank", "public_body")
_BULLET_MARKS = "[-–—•*▪]"
_BULLET = re.compile(rf"\s*{_BULLET_MARKS}\s")
_LIST_MARK = re.compile(rf"{_BULLET_MARKS}+")   # a list's dash or bullet, which the parser may take for a word
_LABELLED_LINE = re.compile(r"[^:.\n]{3,120}\s:\s[^.\n]{1,60}")
# "la présentation des résultats du trimestre |octobre-décembre 2024": a period that dates results
_RESULTS_OF = re.compile(r"\b(?:(?:présentation|publication)\s+(?:des|de ses|de leurs)"
                         r"|(?:en\s+)?(?:dévoilant|publiant|présentant|annonçant)\s+(?:ses|leurs|les))\s+(?:résultats|comptes)"
                         r"(?:\s+(?:annuels|trimestriels|semestriels|financiers))?\s+"
                         r"(?:(?:du|de la|de l'|des|de)\s*(?:[\w'-]+\s+){0,2})?\Z")
# "dans le cadre de son Plan d'action |2035": the plan that frames the money
_IN_FRAME = re.compile(r"\bdans le cadre d(?:e|u|es|')\s*(?:[\w'-]+\s+){0,3}\Z", re.IGNORECASE)
# "la même période |de 2024": the year a period said again is taken in
_OF_YEAR = re.compile(r"\s+(?:de\s+|d')\s*((?:19|20)\d\d)\b")
_BY_THEN = re.compile(r"\bd['’]ici là\b", re.IGNORECASE)
# "sur la période", "au cours de cette période" with no dates after it: a period said before (not "sur la période
# 2025-2040", "de 2026 à 2030", "allant de")
_BARE_PERIOD = r"(?:au cours de|sur|pour|pendant|durant) (?:la|cette) période\b(?!\s*(?:\d|de\b|du\b|d['’]|qui\b|allant|couv))"
# "Sur le seul trimestre, la firme a consacré 34,9 milliards", "ont été engloutis en un trimestre": the quarter (half)
# said last before
_THE_PART = re.compile(r"\b(?:(?:sur|pour|pendant|durant) le|en un) (?:seul )?(trimestre|semestre)\b(?!\s*(?:\d|de\b|du\b|d['’]|qui\b|"
                       r"en cours|prochain|suivant|précédent|écoulé|dernier|fiscal|clos|achevé|terminé))", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"\b(?:ce|cette|le|la|du|de la|sur la|sur le|pour la|pour le|au cours de la|au cours du)\s+"
                          r"même\s+(?:exercice|année|période|horizon|trimestre|semestre)\b"
                          # "L'opérateur a investi 1,45 milliard au premier semestre. [...] a dépensé 290 millions sur la
                          # période": the period said last (not "sur la période 2025-2040")
                          rf"|\b{_BARE_PERIOD}"
                          # "En 2025, Sorelis a réalisé ... Le groupe a investi 64 millions au cours de l'exercice."
                          r"|\b(?:sur|pour|durant|pendant) le reste de l'exercice\b(?!\s*(?:\d|en cours|fiscal))"
                          r"|\b(?:au cours de|sur|pour|durant|pendant) l'exercice\b(?!\s*(?:en cours|fiscal|actuel|prochain|"
                          r"suivant|précédent|écoulé|clos|qui|,\s*(?:clos|close|qui|achevé|terminé|en cours)|\d))"
                          # "... un bénéfice de 3,3 milliards en 2022. Cette année-là, ses investissements ont atteint"
                          r"|\b(?:cette|cet)\s+(?:année|exercice|trimestre|semestre)-là\b"
                          # "Sur les neuf premiers mois de son exercice 2025-26, ... au cours de ces neuf premiers mois"
                          r"|\bces\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze)\s+(?:premiers|derniers)\s+mois\b",
                          re.IGNORECASE)
# "Nous investirons 100 milliards d'ici 2040. [...] représente environ 37 milliards |sur la période": the plan's
_ON_THE_PERIOD = re.compile(rf"\b(?:{_BARE_PERIOD}"
                            r"|sur (?:l['’]horizon|la durée|l['’]ensemble) (?:du|de ce) (?:plan|programme)\b)", re.IGNORECASE)
_FRAMING_PARTICIPLES = {"compris", "comprise", "comprises", "estimé", "estimée", "estimés", "estimées",
                        "évalué", "évaluée", "évalués", "évaluées", "chiffré", "chiffrée", "chiffrés", "chiffrées"}
# "- Stratocore : l'opérateur ...", "• Nexadata (Lyon) : ...": a name opening an item of a list
_ITEM_HEAD = re.compile(rf"\s*(?:{_BULLET_MARKS}\s*)?(?P<name>[A-ZÀ-Ý][\w&'.-]*"
                        r"(?:\s+(?:[A-ZÀ-Ý0-9&][\w&'.-]*|de|du|des|d['’][A-ZÀ-Ý][\w&'.-]*))*"
                        r"(?<![\s.]))\s*(?:\([^()]{1,40}\)\s*)?:\s+(?=\S)")
_OPENING_NAME = re.compile(r"\s*(?P<name>[A-ZÀ-Ý][\w&'.-]*(?:\s+[A-ZÀ-Ý0-9&][\w&'.-]*)*)(?=\s*,)")
# "Le site de Recyvolt| à Douai": the site's town after its owner's name
_PLACE_AFTER_OWNER = re.compile(r"\s+(?:à|au|aux|près de|en)\s+(?-i:[A-ZÀ-Ý])")
# product designations: "A220", "A350-1000", "ATR 72" after its maker
_MODEL_CODE = re.compile(r"[A-Z]{1,3}-?\d{2,4}[a-z]*(?:-\d+)?")
# "Kokomo (Indiana)", "Orange (Vaucluse)": a town with its region in brackets
# "à Vitry-sur-Seine (Val-de-Marne), au |Trait (Seine-Maritime)": a town, before its region in brackets
_AT_TOWN = re.compile(r"(?<!\w)(?:à|au|aux)\s+$")
_REGION_AFTER = re.compile(r"\s*\(([^()]{2,30})\)")
# "de Hynamis| à Loon-Plage", "|À Kénitra, la gigafactory de ...": the town of a site said apart from what follows its noun
_TOWN_AFTER = re.compile(rf"\s+(?:à|près\s+de)\s+(?P<place>{_PLACE_NAME})")
_TOWN_OPENER = re.compile(rf"\s*(?:À|A)\s+(?P<place>{_PLACE_NAME})\s*,")
# "Le site de Sisseln|, en Argovie,": a town's region after it, set off by commas (in brackets: _REGION_AFTER)
_IN_REGION = re.compile(r"\s*,\s*(?:en|dans\s+l[ea]|dans\s+l['’])\s*([A-ZÀ-Ý][\w'’ -]{1,30}?)\s*[,)]")
# "la société espagnole Plastinova, acquise pour 14 M€": bought by the article's company ("JLR, racheté par
# Tata en 2008" stays the one the text speaks of)
_BOUGHT_AFTER = re.compile(r"\s*,\s*(?:acquis|acquise|rachetée?|achetée?|absorbée?)s?\b(?!\s+par\b)")
# "dont le coût total est estimé à |": a cost said by its words, however it is parsed
_COST_ESTIMATED = re.compile(r"\b(?P<cost>coût|budget)(?:(?:\s+[\w'-]+){0,2}\s+(?:est|a été|sera|serait)\s+(?:\w+\s+)?"
                             r"|(?:\s+[\w'-]+){0,6}\s*,\s*)(?:estimé|évalué|chiffré)\s+(?:à|entre)\s+"
                             r"(?:environ\s+|près de\s+|quelque\s+)?\Z")
# "Une nouvelle station d'épuration, budgétée à |4,5 millions", "une usine de batteries chiffrée à |1,2 milliard": a
# thing and its cost
_THING_COSTED = re.compile(r"\b(?:une?|la|le|l'|ce|cet|cette|sa|son)\s*(?:nouvelle|nouvel|nouveau|future?)?\s*"
                           r"(?P<thing>[\w-]+)[^,;.()]{0,40}(?:(?P<comma>,)\s*|\s+)(?:budgété|chiffré|estimé|évalué)e?\s+à\s+"
                           r"(?:environ\s+|près de\s+|quelque\s+)?\Z", re.IGNORECASE)
# "Sophie Lemaître (Lemaître Emballages) : « ... »": a title that quotes a person of a company
_SPEAKER_TITLE = re.compile(r"\s*[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+){1,2}\s+\((?P<name>[A-ZÀ-Ý][^()\n]{1,60})\)\s*:")
# a name of up to three capitalised words: "Mecachrome", "Lemaître Emballages"
_NAME_WORDS = r"(?P<name>[A-ZÀ-Ý][\w'&.-]*(?:[ \t]+[A-ZÀ-Ý][\w'&.-]*){0,2})"
_NAME_AT = re.compile(_NAME_WORDS)
# "Mecachrome : « Nous investissons ... »": a title that quotes a company
_QUOTED_TITLE = re.compile(rf"\s*{_NAME_WORDS}\s*:\s*[\"«“]")
# the sector hint of "la PME", "l'ETI" (company_anaphora.tsv): a small or mid-sized firm, none of the lexicon's groups
_SMALL_FIRM = "sme"
# "« Nous doublons notre outil industriel » : la PME roannaise Thermivel accélère": a title that quotes first
_QUOTE_THEN_TITLE = re.compile(r"\s*[\"«“][^\"»”\n]{3,200}[\"»”]\s*:\s*")
# "Hélène Fabre : |Un peu plus de 250 millions": the speaker's name, if any, opening an answer
# ("— Un peu plus de 180 milliards", "On parle d'environ 475 millions $ sur trois ans")
_ANSWER_OPENER = re.compile(rf"\s*(?:[–—-]\s*)?(?:{_NAME_WORDS}\s*:\s*)?(?:(?:On parle|Nous parlons|Il s['’]agit)\s+(?:de\s+|d['’])"
                            rf"|Plutôt\s+)?")
# "LE FIGARO. - Pourquoi investir maintenant ?": an interview's turn, opened by the speaker's name in capitals
_TURN_LABEL = re.compile(r"\s*\.?\s*[-–—]\s")
# "Hydro-Québec en assumera la moitié, soit |1,2 milliard $": a share of the money just said
_SHARE_OF_IT = re.compile(r"\ben\b[^,.;:]{0,40}\b(?:la moitié|le tiers|le quart|les deux tiers|les trois quarts|\d+(?:,\d+)?\s*%)"
                          r"\s*,\s*soit\s+\Z", re.IGNORECASE)
# "entre 4 et 5 milliards de dollars par an|, soit un peu moins qu'annoncé |l'an dernier": the date of what it is compared with
_COMPARED_AFTER = re.compile(r"\b(?:moins|plus|autant)\s+(?:qu['’]\s*|que\s+)(?:annoncé|prévu|attendu|promis|envisagé)e?s?\s*\Z")
# "|Avec |1,4 milliard d'euros, Prologis figure aussi dans la liste des plus gros |investisseurs|"
_WITH_AMOUNT = re.compile(rf"\s*Avec\s+{_LEADING_QUALIFIER}\Z")
_INVESTING = re.compile(r"\binvesti(?:sseurs?|ssements?|r)\b", re.IGNORECASE)
# "... 250 M€ d'ici 2027, puis 370 M€ entre 2028 et 2030. Au total, |620 M€ sur six ans": the sum of the spending just read
_IN_ALL = re.compile(rf"\s*(?:Au total|En tout|Au global)\s*,?\s*{_LEADING_QUALIFIER}\Z")   # ("Soit au total": _RESTATED_OPENER)
# "La firme de Redmond|, dont le chiffre d'affaires trimestriel a progressé de 18 %, à |76,4 milliards": a relative
# clause on a figure, up to the amount
_FIGURE_CLAUSE = re.compile(r",\s*dont\s+(?:le|la|les|l['’])\s*(?P<noun>[\w-]+)[^;:.()]{0,80}\Z")
# "après avoir évoqué |85 milliards en juillet": a forecast the sentence has just replaced
# (and "Le groupe visait jusqu'ici une fourchette de 175 à 185 milliards": the forecast replaced)
_EARLIER_FORECAST = re.compile(r"\b(?:après avoir (?:évoqué|visé|tablé sur|anticipé)\s+(?:[\w'’-]+\s+){0,2}"
                               r"|(?:visai|tablai|prévoyai|anticipai|évoquai|ciblai)(?:t|ent)\s+(?:jusqu['’](?:ici|alors|à présent)"
                               r"|auparavant|précédemment|initialement)\s+(?:sur\s+)?(?:[\w'’-]+\s+){0,3})\Z")
# "Le groupe, qui fournira |à partir de 2026": a date inside a relative clause
_RELATIVE_OPENED = re.compile(r",\s*qui\s+[^,;.]*\Z")
# ", où l'entreprise injecte |65 milliards": an amount in a relative clause set between commas
_IN_RELATIVE_CLAUSE = re.compile(r",\s*(?:où|qui)\s[^,;:]*\Z")
# words that leave something out: "hors", "sauf", "à l'exception de"
_EXCLUDING = r"hors|sauf|excepté|excluant|à l['’]exception d[eu'’]?"
# "hors |JLR", "à l'exception de |JLR": a company left out
_LEFT_OUT = re.compile(rf"\b(?:{_EXCLUDING})\s*\Z")
# "Côté rachats, ...", "Du côté des dividendes, ...": the topic a sentence opens on
_SIDE_TOPIC = re.compile(r"\s*(?:Côté|Du côté des?|Du côté du)\s+([\w'’-]+)\s*,", re.IGNORECASE)
# "Shell et BP prévoient |respectivement| 20 et 13 milliards": each name with its amount, in order
_RESPECTIVELY = re.compile(r"\brespectivement\b", re.IGNORECASE)
# "Après un |exercice 2025 record": the period of an event before the one the sentence speaks of
_AFTER_EVENT = re.compile(r"\baprès\s+une?\s+\Z", re.IGNORECASE)
# "La fourchette précédente, communiquée fin avril, allait de |175 à 185 milliards": the figure replaced
_EARLIER_FIGURE = re.compile(r"\b(?:(?:fourchette|prévision|estimation|cible)s?\s+(?:précédente|initiale|antérieure)s?"
                             r"|(?:précédente|ancienne)s?\s+(?:fourchette|prévision|estimation|cible)s?)\b[^.;:]*\Z",
                             re.IGNORECASE)
# "un |cash-flow| libre net d'|au moins 1,5 milliard": a hyphenated noun (and its adjectives) right before an amount
_COMPOUND_BEFORE = re.compile(r"\b(\w+-\w+)(?:\s+[a-zà-ÿ]+){0,3}\s+(?:de\s+|d['’]\s*)\Z")
# "10 milliards| de moins que prévu": a difference, not an amount spent (but "injectera 1,2 milliard| de plus dans la
# réfection de la centrale": more money put into a thing)
_DIFFERENCE = re.compile(r"\s+de (?:plus|moins)\b(?!\s+(?:dans|pour|à|au|aux)\b)")
# "dépenses d'investissement|, y compris les contrats de location-financement, de 37,5 milliards": an aside
# between the noun and its amount
_INCLUSION = re.compile(rf",\s*(?:y compris|incluant|{_EXCLUDING})\b[^,;.]{{0,80}},")
_INCLUSION_ASIDE = re.compile(_INCLUSION.pattern + r"\s*d(?:e\s+|')\Z")
# "à 185 milliards|, en hausse par rapport à sa précédente estimation|": how the figure before moved, no word of its own
_CHANGE_ASIDE = re.compile(rf",\s*(?:(?:en|soit\s+une?|une?)\s+{_CHANGE_NOUNS}"
                           r"(?:\s+d(?:e\s|['’])[^,;.]{0,40}?)?\s+par\s+rapport\s+(?:à|aux?)\b"
                           r"|(?:un|soit\s+un)\s+(?:niveau|montant|chiffre)\s+(?:inférieur|supérieur|proche|comparable)\s+(?:à|aux?)\b)"
                           r"[^,;.]{0,80}")     # (not "en hausse de 49 %": a market's growth says what grew; ", un niveau
# inférieur aux ambitions affichées à l'automne", ", soit un repli d'un milliard par rapport à la trajectoire précédente": the
# same)
# "Les filiales Moov Africa", "sa filiale allemande Kuka": a subsidiary, not the group "le groupe" points back to
# ", dont une première commande ...", ", dont la première tranche serait opérationnelle en 2026": a part said after an
# amount (not a relative clause on the thing, ", dont la mise en service est prévue d'ici 2028", which dates the money
# too)
_PART_SAID = re.compile(r",\s*dont\s+(?:une?\b|\d|l[ae]s?\s+(?:premi[eè]re?s?|deuxièmes?|seconde?s?|troisièmes?|dernière?s?)\b)")
# ", et a confirmé viser ...", "; il prévoit ...": a new clause, with a verb of its own after it
_JOINED_CLAUSE = re.compile(r",\s*(?:et|mais)\b|;")
_SUBSIDIARY_NOUNS = ("filiale", "filiales")
# "la filiale marocaine |de |Renault", "la filiale |du groupe au losange": the parent named after a subsidiary noun
_PARENT_AFTER = re.compile(r"\s+(?:(?:de\s+|du\s+|d['’]\s*)(?:[^,;.()]{0,40}\s)?)?")
# "La société d'État, elle-même engagée ...": the anaphor turns to the company just named
_ITSELF_AFTER = re.compile(r"\s*,\s*(?:elle|lui|elles|eux)-mêmes?\b")
# "Sa filiale |", "sa filiale marocaine |", "Sa filiale de véhicules électriques, |": a subsidiary's name comes next
_SUBSIDIARY_BEFORE = re.compile(r"\b(?:[Ss]a|[Ss]es|[Ll]eurs?|[Ll]es|[Ll]a|[Uu]ne|[Dd]es)\s+filiales?\s+(?:[a-zà-ÿ-]+\s+)?"
                                r"(?:(?:de|d['’]|du|des)\s*[a-zà-ÿ'’ -]{1,40},\s+)?\Z")
# "La centrale de Tan-Tan Est, portée par la société Atlasun Power, mobilisera": a project another company carries
_CARRIED_BY_ANOTHER = re.compile(r",\s*(?:port|men|développ|exploit)(?:é|ée|és|ées)\s+par\s+(?!(?:la|sa|une)\s+filiale)")
# "a bouclé un tour de table auprès du fonds panafricain |Adenia": whom money was raised from
_RAISED_FROM = re.compile(rf"\bauprès\s+{_OF}(?:[\w-]+\s+){{0,3}}\Z")
# "KERBRUME." opening a paragraph of a roundup: a name in capitals alone
_CAPITALS_LABEL = re.compile(r"\s*(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý0-9&'’ -]{2,40}?)\s*\.\s*")
# "Un prêt de la |BOAD est en cours de négociation": the lender of a loan
_LOAN_OF = re.compile(rf"\b(?:prêts?|crédits?|emprunts?)\s+(?:\w+\s+)?{_OF}\Z", re.IGNORECASE)
# "La Banque ouest-africaine de développement (BOAD)| accompagne le projet à travers un prêt": a lender
_LENDS_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:[\w'’-]+\s+){0,2}(?:accord|octroi|consent|apport|accompagn|soutien"
                          r"|financ)\w*\b[^.;:]{0,50}?\bprêts?\b", re.IGNORECASE)
# "Agratas|, contrôlé par le groupe indien Tata,": a name said to be owned by another, a company
_OWNED_AFTER = re.compile(r"\s*,\s*(?:contrôlée?s?|détenue?s?|possédée?s?)\s+(?:à\s+[\d,]+\s*%\s+)?par\b")
# "Orange| Côte d'Ivoire, filiale du groupe français Orange,": a name described as a subsidiary right after it
_SUBSIDIARY_AFTER = re.compile(r"(?:\s+(?:d['’])?[A-ZÀ-Ý][\w'’-]*)*\s*,\s*(?:la\s+|une\s+)?filiale\s+(?:[a-zà-ÿ-]+\s+)?(?:de|du|d['’])")
# "Sa filiale Orange| Finances Mobiles Sénégal": a subsidiary named with two more capitalised words


def _after_subsidiary_noun(work: str, at: int) -> bool:
    """Is the name at `at` said as a subsidiary ("Sa filiale |LinkedIn", "Sa filiale de véhicules électriques, |Tata
    Passenger Electric Mobility")?"""
    return _SUBSIDIARY_BEFORE.search(work, max(0, at - 80), at) is not None


_OWN_NAME_AFTER = re.compile(r"(?: [A-ZÀ-Ý][\w-]+)(?: (?:and |& )?[A-ZÀ-Ý][\w-]+)+")
# "le site de Vacaville, racheté à Roche l'an dernier", "racheté par Brookfield en 2023 auprès d'AXA": the seller
_SOLD_BY = re.compile(r"\b(?:acquis|acquise|rachetée?|achetée?|repris|reprise)s?(?:\s+(?:à|au)|\b[^.;:]{0,40}?\sauprès d[eu'])\s*$")
_RELATIVE_SUBJECTS = ("qui", "lequel", "laquelle")
# "celui-ci" (or "Celui" + "-ci" as the tokenizer may split it), "ce dernier": a subject pronoun and the gender and
# number of the noun it stands for
_DEMONSTRATIVES = {"celui": ("Masc", "Sing"), "celle": ("Fem", "Sing"), "ceux": ("Masc", "Plur"),
                   "celles": ("Fem", "Plur"), "dernier": ("Masc", "Sing"), "dernière": ("Fem", "Sing")}
# "ses dépenses ... : elles avaient atteint 165 M$": a personal pronoun subject and the gender and number it stands for
_PERSONAL = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur")}
_MODEL_AFTER = re.compile(r"\s+[A-Z]{1,3}-?\d{2,4}[a-z]*\b")


def working_text(text: str) -> str:
    """The article text as the rules read it: same length and offsets, typographic quotes and
    no-break spaces made plain, the date header, datelines ("PARIS, 28 septembre (Reuters) -", "Rabat - ",
    "Lyon, le 3 mars 2025 –"), "Lire aussi" links and stock tickers blanked."""
    work = text.translate(TYPOGRAPHY)
    work = _HEADER.sub(lambda m: " " * len(m[0]), work)
    work = _DATELINE.sub(lambda m: " " * len(m[0]), work)
    work = _RELEASE_DATELINE.sub(lambda m: " " * len(m[0]), work)
    work = _TOWN_DATELINE.sub(lambda m: " " * len(m[0]) if is_place(m["town"]) else m[0], work)
    work = _SEE_ALSO.sub(lambda m: " " * len(m[0]), work)
    return _TICKER.sub(lambda m: " " * len(m[0]), work)


@dataclass(frozen=True)
class Candidate:
    """A company named (or referred to) in the text at [start, end)."""

    start: int
    end: int
    name: str           # canonical
    raw: str            # the words of the article
    via: str            # lexicon, ner, guess (a name NER took for a place, person or thing), anaphor
    aside: bool = False  # named as another company's relation ("le principal fournisseur de Nvidia")


@dataclass
class Sentence:
    start: int
    end: int
    span: Span | None                      # parsed sentence; None for a paragraph after the last amount
    candidates: list[Candidate] = field(default_factory=list)


@dataclass(frozen=True)
class Spending:
    """What an amount already read as spending was read as: later amounts take from it (a part, a
    compared figure, a share joined by "et", a year earlier)."""

    investor: Candidate
    partners: list[Candidate]
    period: Period | None
    status: str
    currency: str | None
    part: bool = False      # a part of a spending read before


# the modules whose code decides what is extracted (a change to runner, store or cli does not)
_RULE_MODULES = ("articles", "cues", "extract", "facts", "gazetteer", "lexicon", "money", "nlp", "periods")


def _rule_files(data_dir: Path) -> list[Path]:
    return [_CODE_DIR / f"{m}.py" for m in _RULE_MODULES] + sorted(p for p in data_dir.iterdir() if p.is_file())


class Extractor:
    """Facts of articles; holds the parsed model and the lexicons (load once, reuse)."""

    def __init__(self, data_dir: Path | None = None):
        self.data_dir = Path(data_dir) if data_dir else DATA_DIR
        self.lexicon = Lexicon.load(self.data_dir)
        self.cues = Cues.load(self.data_dir / "cues.toml")

    @cached_property
    def nlp(self):
        return load_nlp()

    @cached_property
    def version(self) -> str:
        """Package version + hash of the rules (code and data): any rule change invalidates cached extractions."""
        h = hashlib.sha256()
        for path in _rule_files(self.data_dir):
            h.update(path.name.encode())
            h.update(path.read_bytes())
        return f"{__version__}+{h.hexdigest()[:12]}"

    # ------------------------------------------------------------------ driving spaCy

    def extract(self, article: Article) -> list[Fact]:
        return next(self.extract_all([article]))[1]

    def extract_all(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, list[Fact]]]:
        """Facts of each article, in input order; the paragraphs to parse go through nlp.pipe in batches."""
        batch: list[ArticleReading] = []
        for article in articles:
            batch.append(ArticleReading(self, article))
            if len(batch) >= batch_size:
                yield from self._finish(batch)
                batch = []
        yield from self._finish(batch)

    def _finish(self, batch: list["ArticleReading"]) -> Iterator[tuple[Article, list[Fact]]]:
        jobs = [(reading, para) for reading in batch for para in reading.paragraphs_to_parse()]
        for (reading, (a, _)), doc in zip(jobs, self.nlp.pipe((r.work[a:b] for r, (a, b) in jobs), batch_size=64)):
            reading.add_parse(a, doc)
        for reading in batch:
            yield reading.article, reading.facts()


class ArticleReading:
    """The state of reading one article: its amounts, sentences and company mentions."""

    def __init__(self, extractor: Extractor, article: Article):
        self.x = extractor
        self.cues = extractor.cues
        self.article = article
        self.work = working_text(article.text)
        self.local = local_currencies(self.article.text)     # datelines ("MONTRÉAL —") count
        self.ref = article.published or dateline(article.text.translate(TYPOGRAPHY))
        self.amounts = [a for a in find_amounts(self.work, **self.local)]
        self.mentions = self._lexicon_mentions()
        self.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\s][^\n]*", self.work)]
        self.docs: dict[int, Doc] = {}
        self.hints: dict[int, str | None] = {}
        self.countries: dict[int, str] = {}       # anaphors that say a country ("le groupe francilien"), by offset
        self.trade_nouns: dict[int, str] = {}     # anaphors that name a trade ("le logisticien"), by offset
        self.plurals: set[int] = set()    # offsets of plural anaphors ("les deux groupes")
        self.defaults: dict[tuple[int, int], Period | None] = {}
        self.period_cache: dict[int, list[Period]] = {}
        self.said_cache: dict[int, list[Period]] = {}
        self.spent: dict[int, Spending] = {}     # the amounts read as spending so far, by offset
        self.dated_back: dict[int, Period] = {}    # amounts dated back from another's period ("un an plus tôt"): that one
        self.local_verdicts: dict[int, bool | None] = {}     # what the words around each amount said, by offset
        self.shares: dict[tuple[int, bool], bool] = {}    # whether each amount is a share received (_share_received)
        self.labels: dict[str, set[str]] = {}    # the NER labels each candidate name was given
        self.called_cache: dict[str, bool] = {}     # whether the article calls each name a company (_called_anywhere)

    def _lexicon_mentions(self) -> list[Candidate]:
        """The lexicon's names, aliases and descriptors. A descriptor said after one of the company's
        subsidiaries was named stands for that subsidiary: in an article about Louis Vuitton, "le
        numéro un mondial du luxe" is Louis Vuitton, not LVMH. A share button ("LinkedIn") names none, nor does a
        subsidiary named as such ("sa filiale LinkedIn": "le géant de Redmond" is still Microsoft)."""
        out, named = [], []
        for m in self.x.lexicon.find_mentions(self.work):
            name = m.company.name
            if m.via == VIA_DESCRIPTOR:
                name = next((n for n in reversed(named) if self.x.lexicon.lookup(n).parent == name), name)
            subsidiary = _after_subsidiary_noun(self.work, m.start)
            if m.via != VIA_DESCRIPTOR and not _BUTTON_LINE.fullmatch(_line_at(self.work, m.start)) and not subsidiary:
                named.append(name)
            own_name = _OWN_NAME_AFTER.match(self.work, m.end) if subsidiary else None
            if own_name is not None:    # "Sa filiale Orange Finances Mobiles Sénégal investira": the subsidiary's own name
                raw = self.article.text[m.start:own_name.end()]
                out.append(Candidate(m.start, own_name.end(), raw, raw, "ner"))
                continue
            out.append(Candidate(m.start, m.end, name, self.article.text[m.start:m.end], "lexicon"))
        return out

    def paragraphs_to_parse(self) -> list[tuple[int, int]]:
        """The paragraphs up to the last one holding an amount: those with amounts are read for facts,
        those before them for the companies that "le groupe" or "la start-up" point back to. An
        article without amounts is not parsed at all."""
        last = max((m.start for m in self.amounts), default=-1)
        return [(a, b) for a, b in self.paragraphs if a <= last]

    def add_parse(self, offset: int, doc: Doc) -> None:
        self.docs[offset] = doc

    # ------------------------------------------------------------------ sentences and candidates

    @cached_property
    def sentences(self) -> list[Sentence]:
        out = []
        for a, b in self.paragraphs:
            doc = self.docs.get(a)
            if doc is None:
                out.append(Sentence(a, b, None, self._candidates(None, a, a, b)))
                continue
            for sent in doc.sents:
                s, e = a + sent.start_char, a + sent.end_char
                out.append(Sentence(s, e, sent, self._candidates(sent, a, s, e)))
        spelled = self._abbreviations()
        places, towns = self._said_as_places(out), self._said_as_towns()
        for sent in out:
            line = _line_at(self.work, sent.start)
            if self.cues.caption_end.search(line) or self.cues.credit_line.match(line):
                # ("Un avion d'easyJet au décollage à Gatwick ( AFP / Justin TALLIS )": no antecedent of "l'aéroport")
                sent.candidates = []
            sent.candidates = [replace(c, name=spelled[c.name]) if c.name in spelled else c for c in sent.candidates
                               if not (c.name in places if c.via != "lexicon" else c.raw in towns)
                               and not _BYLINE.match(self.work, sent.start)
                               and not (_BUTTON_LINE.fullmatch(self.work, sent.start, sent.end)
                                        and not self._opens_line(sent))    # (not the label of a roundup's
                               # paragraph: "Microsoft. Son exercice décalé complique ...")
                               and not self.cues.photo_credit.match(self.work, c.end)]
        self._resolve_anaphors(out)
        return out

    def _opens_line(self, sent: Sentence) -> bool:
        """Does the sentence start a line that goes on after it?"""
        line_start = self.work.rfind("\n", 0, sent.start) + 1
        return not self.work[line_start:sent.start].strip() and \
            len(_line_at(self.work, sent.start).strip()) > len(self.work[sent.start:sent.end].strip())

    @cached_property
    def _ner_kinds(self) -> dict[int, str | None]:
        """How each NER name of the parsed paragraphs can be an investor (see _is_organisation), by its
        offset in the article: read once, for the candidates and for _organisations."""
        return {a + ent.start_char: self._is_organisation(ent, a)
                for a, doc in self.docs.items() for ent in map(_with_name_before, doc.ents)}

    @cached_property
    def _organisations(self) -> set[str]:
        """Names NER takes for an organisation or a thing where an organisation stands somewhere in the
        article ("Néoterra Datacenters a déjà investi ..."), names it takes for a place that the article
        calls a company ("Kelvyn, la start-up grenobloise") or whose first word is a trade ("La Laiterie de
        Montaigu investit"), names of several words it takes for a person's that no first name opens ("Fibréo
        Atlantique promet 180 millions" in a title), and names right after a company noun, whatever NER saw ("la
        pépite nantaise Voltarys", "La jeune pousse lyonnaise Hexalith", "une jeune pousse inconnue du grand public,
        Vireon Bio,"),
        before one opening a sentence ("Urby, la coentreprise de ..."), or subject of a clause that takes an amount up
        ("c'est ce que Lassonde compte investir"): organisations wherever else the article names them."""
        return self._called_names | set(self._spelled_out.values()) | {
            clean_name(ent.text) for a, doc in self.docs.items() for ent in map(_with_name_before, doc.ents)
            if self._ner_kinds[a + ent.start_char] == "ner"
            and (ent.label_ in ("ORG", "MISC") or ent.label_ == "LOC" and (
                self._called_company(ent) or ent.text.split()[0].lower() in self.cues.trade_nouns)
                or ent.label_ == "PER" and " " in clean_name(ent.text) and not is_person_name(clean_name(ent.text)))}

    @cached_property
    def _called_names(self) -> set[str]:
        """Names right after or before a company noun ("la pépite nantaise Voltarys", "Urby, la coentreprise de ..."),
        subject of a clause that takes an amount up ("c'est ce que Lassonde compte investir"), said to have been
        founded ("Fondée en 2020 à Rouen, Hydrolune, qui conçoit") or labelling a roundup's paragraph ("Kestrel
        Compute. Cette jeune pousse britannique prévoit")."""
        return {m["name"] for pattern in (self.cues.name_after_head, self.cues.name_before_head,
                                          self.cues.name_apposed_after_head, self.cues.name_after_cleft,
                                          self.cues.name_after_founding, self.cues.name_as_label)
                for m in pattern.finditer(self.work)
                if not self._not_a_name(m["name"]) and not is_place(m["name"]) and (
                    not self._ordinary_word(m["name"].split()[0])     # ("la Fonderie Vaubrun": a trade and a name)
                    or m["name"].split()[0].lower() in self.cues.trade_nouns and " " in m["name"])}

    @cached_property
    def _observers(self) -> set[str]:
        """Names the article introduces as a firm that measures a market ("le cabinet CBRE"): what it expects is the
        market's, not its own spending."""
        return {m["name"] for m in self.cues.observer_name.finditer(self.work)}

    def _called_anywhere(self, name: str) -> bool:
        """Does the article call the name a company somewhere ("Hydrolithe, une jeune entreprise de Chicoutimi"), or
        the owner of a site ("Le chantier de Solvéon à Loon-Plage")? (Asked for each name NER saw by a site noun, and
        again for places: the article is searched once per name.)"""
        if name not in self.called_cache:
            self.called_cache[name] = name in self._called_names or any(
                self.cues.name_head_after.match(self.work, m.end())
                or self.cues.site_before.search(self.work[max(0, m.start() - 40):m.start()])
                and _placed_apart(self.work, m.start(), m.end())
                for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", self.work))
        return self.called_cache[name]

    def _called_company(self, ent: Span) -> bool:
        """'la start-up Aura Aero', 'Quillon Fusion, une jeune pousse d'Oxford', 'La biscuiterie Le Goff': a name
        beside a company noun."""
        text = ent.doc.text
        before = text[max(0, ent.start_char - 60):ent.start_char].lower()
        return bool(self.cues.name_head_before.search(before) or self.cues.trade_name_before.search(before)
                    or self.cues.name_head_after.match(text, ent.end_char) or _OWNED_AFTER.match(text, ent.end_char)
                    or _SUBSIDIARY_AFTER.match(text, ent.end_char))

    @cached_property
    def _organisation_names(self) -> re.Pattern | None:
        """The article's organisations (see _organisations) as one pattern, longest first."""
        names = sorted((o for o in self._organisations if len(o) > 2 and not self._ordinary_word(o)), key=len,
                       reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None

    def _organisation_at(self, start: int) -> re.Match | None:
        """The article's organisation whose name begins at `start`, if any: NER sometimes cuts a name the
        article writes whole elsewhere."""
        return self._organisation_names.match(self.work, start) if self._organisation_names is not None else None

    def _organisations_unseen(self, s: int, e: int) -> list[Candidate]:
        """An organisation of the article where NER saw no name at all ("Ionwave annonce ..." in a title,
        NER finding Ionwave only further down)."""
        if self._organisation_names is None:
            return []
        return [Candidate(m.start(), m.end(), m[0], self.article.text[m.start():m.end()], "ner")
                for m in self._organisation_names.finditer(self.work, s, e)]

    def _organisation_named(self, name: str) -> str | None:
        """The organisation of the article a name stands for: itself, or the full name it is the first word
        of ("Sungil" for "Sungil Advanced Materials")."""
        if name in self._organisations:
            return name
        if self._not_a_name(name) or self._ordinary_word(name):
            return None
        return min((o for o in self._organisations if o.startswith(name + " ")), default=None)

    def _said_as_places(self, sentences: list[Sentence]) -> set[str]:
        """Names NER took for a place or a person that the article also writes as a place ("son usine de
        Fegersheim", "installer à Fegersheim", "au Trait (Seine-Maritime)"): places wherever they stand ("Fegersheim a démontré ..."); not a
        name the article calls a company ("la jeune pousse lyonnaise Voltaris", then "l'usine de Voltaris"), nor the
        owner of a site said with its town ("Le site de Recyvolt à Douai"), nor one that owns a site ("Novalithe lance
        son usine", then "l'usine de Novalithe"). A name NER calls an organisation is a place
        only when said with its region ("Le site de Sisseln, en Argovie"). A place name is a place too where it
        receives money ("Port Talbot recevra 1,32 milliard de livres")."""
        receivers = {c.name for sent in sentences for c in sent.candidates if c.via == "ner"
                     and (words := _words_of(sent, c)) is not None and words.root.dep_ == "nsubj"
                     and _verb_lemma(words.root.head) in self.cues.allocation_verbs | self.cues.share_taking_verbs
                     and not any("Inf" in v.morph.get("VerbForm") for v in words.root.head.children)}    # (not "va engager")
        return {name for name, labels in self.labels.items() if not self._called_anywhere(name)
                if labels == {"LOC"} and name in receivers or any(
                    _AT_TOWN.search(self.work, max(0, m.start() - 4), m.start())
                       and (region := _REGION_AFTER.match(self.work, m.end())) and is_place(region[1].strip())
                    or self.cues.site_before.search(self.work[max(0, m.start() - 40):m.start()])
                       and not _PLACE_AFTER_OWNER.match(self.work, m.end()) and not _placed_apart(self.work, m.start(), m.end())
                       and ("ORG" not in labels or (region := _REGION_AFTER.match(self.work, m.end())
                                                           or _IN_REGION.match(self.work, m.end())) is not None
                            and is_place(region[1].strip()))
                       for form in {name, re.sub(r"^(?:Le|La|Les) ", "", name)}     # "Le Trait", "son site du Trait"
                       for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", self.work))
                if not any(self.cues.owns_site_after.match(self.work, m.end())     # (not "Novalithe lance son usine")
                           for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", self.work))}

    def _said_as_towns(self) -> set[str]:
        """Company names of the lexicon the article writes as a town with its region ("son usine Isover
        d'Orange (Vaucluse)"): the town throughout, not the company ("AESC (Douai) :" names its site)."""
        return {c.raw for c in self.mentions
                if re.search(r"(?:\bà|\bd'|\bde)\s*$", self.work[max(0, c.start - 4):c.start])
                and (region := _REGION_AFTER.match(self.work, c.end)) and is_place(region[1].strip())}

    @cached_property
    def _things_abbreviated(self) -> set[str]:
        """Abbreviations the article gives for a thing, a phrase of common words ("la ligne à grande vitesse
        (LGV)", not "l'Office national des chemins de fer (ONCF)"): never an investor, even as a subject further
        down ("La première LGV du Royaume avait coûté 22,9 MMDH")."""
        return set(re.findall(r"(?<!\w)(?:la|le|les|l'|un|une)\s*[a-zà-ÿ]+(?:[ '-][a-zà-ÿ]+){0,5}\s*"
                              r"\(([A-ZÀ-Ý][\w&-]{1,9})\)", self.work))

    def _abbreviations(self) -> dict[str, str]:
        """'La société Grande Côte Opérations (GCO)': GCO is that company wherever the article says it."""
        out = {}
        for m in _ABBREVIATED.finditer(self.work):
            name, abbr = clean_name(m["name"]), m["abbr"]
            words = [w for w in re.split(r"[\s'’-]+", name) if w[:1].isupper()]
            if len(words) >= 2 and "".join(w[0] for w in words).upper().startswith(abbr[0]) and \
                    not self.x.lexicon.lookup(abbr):
                known = self.x.lexicon.lookup(name)
                out[abbr] = known.name if known else name
        for abbr, name in self._spelled_out.items():
            out.setdefault(abbr, name)
        return out

    @cached_property
    def _spelled_out(self) -> dict[str, str]:
        """'Le Port autonome d'Abidjan (PAA)': the words before an abbreviation whose initials spell it, lower-case
        words included (not the articles and prepositions), are the name it stands for."""
        out = {}
        for m in re.finditer(r"\((?P<abbr>[A-Z]{2,8})\)", self.work):
            if self.x.lexicon.lookup(m["abbr"]):
                continue
            words = list(re.finditer(r"[dlDL]['’]|[\w-]+", self.work[max(0, m.start() - 120):m.start()]))
            k = len(m["abbr"])
            # the initials of its words but "de", "la"...; else of all its words ("Aéroports de Montréal (ADM)"); not
            # an association's or a plan's name ("Projet Important d'Intérêt Européen Commun (PIIEC)")
            for spelling in ([w for w in words if w[0].lower() not in _NAME_LINKS], words):
                first = spelling[-k] if len(spelling) >= k else None
                if first is not None and "".join(w[0][0] for w in spelling[-k:]).upper() == m["abbr"] and \
                        first[0][0].isupper() and not re.search(r"[,;:.()]", first.string[first.start():]) and \
                        first[0].lower() not in self.cues.not_investor_heads | self.cues.plan_nouns:
                    out[m["abbr"]] = " ".join(first.string[first.start():].split())   # (with its place: an initial)
                    break
        return out

    def _candidates(self, sent: Span | None, offset: int, s: int, e: int) -> list[Candidate]:
        """Lexicon mentions, plus NER names that look like an organisation (in parsed sentences), plus
        anaphors (resolved later)."""
        ents = [_with_name_before(ent) for ent in (sent.ents if sent is not None else ())]
        found = [c for c in self.mentions if s <= c.start < e and not self._inside_other_name(c, ents, offset)]
        taken = [(c.start, c.end) for c in found]
        for ent in ents:
            start, end = offset + ent.start_char, offset + ent.end_char
            if any(a < end and start < b for a, b in taken):
                continue
            name = self._without_article(clean_name(ent.text))
            if (whole := self._organisation_at(start)) is not None and whole.end() > end:
                end, name = whole.end(), whole[0]   # "Marsa Maroc a dévoilé", NER reading "Maroc" as a place
            known = None if self.cues.plan_title_before.search(self.work[max(0, start - 30):start]) else \
                self._organisation_named(name)
            via = self._ner_kinds.get(start) or ("ner" if known else None)
            if via:
                found.append(Candidate(start, end, known or name, self.article.text[start:end], via))
                self.labels.setdefault(name, set()).add(ent.label_)
                taken.append((start, end))
        places = frozenset(clean_name(ent.text) for ent in ents if ent.label_ == "LOC")
        head = self._item_head(offset, s, e)
        if head is not None and head.name in places:
            head = None     # "Locminé : l'usine d'aucy va bénéficier de 28 millions": a town heads the line
        for item in [head, self._capitalised_label(s, e), *self._bracketed_names(s, e), *self._organisations_unseen(s, e),
                     *map(self._name_candidate, self.cues.site_owner.finditer(self.work, s, e)),
                     *self._site_operators(sent, offset, s, e), self._acronym_subject(sent, offset)]:
            if item is not None and not any(a < item.end and item.start < b for a, b in taken):
                found.append(item)
                taken.append((item.start, item.end))
        if sent is not None:
            found = [replace(c, aside=self._named_aside(sent, offset, c)) for c in found]
        for anaphor in self.x.lexicon.find_anaphors(self.work[s:e], places):
            if not anaphor.points_back:
                continue    # "les groupes chinois": a sector
            start, end = s + anaphor.start, s + anaphor.end
            self.hints[start] = anaphor.hint
            if anaphor.country:
                self.countries[start] = anaphor.country
            if (trade := self._trade_noun(anaphor.text)) is not None:
                self.trade_nouns[start] = trade
            if anaphor.plural:
                self.plurals.add(start)
            if not any(a < end and start < b for a, b in taken):
                found.append(Candidate(start, end, "", self.article.text[start:end], "anaphor"))
        return sorted(found, key=lambda c: c.start)

    def _without_article(self, name: str) -> str:
        """'La Laiterie de Kerbrat investit' (NER took the sentence's first word in): a company noun's article is
        no part of the name ("La Poste", a name, is the lexicon's); nor is a kind of company written in capitals
        ("la PME Vellane Composites", "l'ETI Sarvel")."""
        m = re.match(r"(?:L[ae]s?\s+|L['’]\s*)(?P<rest>(?P<noun>\w+)\s+\S.*)", name)
        if m and self.x.lexicon.is_company_noun(name[:m.end("noun")]):
            return m["rest"]
        kind = re.match(r"(?P<noun>[A-Z]{2,5})\s+(?P<rest>\S.*)", name)
        return kind["rest"] if kind and any(
            self.x.lexicon.is_company_noun(f"{article}{kind['noun']}") for article in ("la ", "l'")) else name

    def _inside_other_name(self, c: Candidate, ents: list[Span], offset: int) -> bool:
        """'KTR Advanced Carbon' is not the company Carbon: a lexicon name that ends a longer name whose
        first words are no common words ("Groupe Renault" stays Renault); 'l'Atlantic Free Zone' is not Free:
        one with capitalised words right before and after it, however NER cuts them."""
        before = _NAME_WORD_BEFORE.search(self.work, max(0, c.start - 30), c.start)
        if before and _NAME_WORD_AFTER.match(self.work, c.end) and not self.x.nlp.vocab[before[1].lower()].is_stop:
            return True
        for ent in ents:
            start, end = offset + ent.start_char, offset + ent.end_char
            if start < c.start and c.end <= end:
                head = self.work[start:c.start].split()
                return all(re.fullmatch(r"[A-ZÀ-Ý][\w&.'-]*", w) for w in head) and \
                    not all(self._ordinary_word(w) for w in head)
        return False

    def _item_head(self, offset: int, s: int, e: int) -> Candidate | None:
        """'- Stratocore : l'opérateur américain va investir ...': the name that opens an item of a list
        of pledges speaks in it, whether NER knows it or not (rubrics such as "Automobile :" are common
        words, places or not companies); so does a name that opens a sentence in apposition to a
        company noun ("COBCO, la coentreprise entre ...")."""
        m = _ITEM_HEAD.match(self.work, s, e) if s == offset else None
        if m is None:
            m = _OPENING_NAME.match(self.work, s, e)
            if m is None or not self.cues.name_head_after.match(self.work, m.end("name")):
                return None
        region = _REGION_AFTER.match(self.work, m.end("name"))
        if region and is_place(region[1].strip()):
            return None     # "Le Trait (Seine-Maritime) : 120 M€ pour une ligne": a town heads the line
        return self._name_candidate(m, bulleted=bool(_BULLET.match(self.work, s, e)))

    def _capitalised_label(self, s: int, e: int) -> Candidate | None:
        """'KERBRUME. La start-up brestoise ...': a name in capitals alone, opening a roundup's paragraph, which NER
        does not read (not a rubric, "ÉNERGIE.", nor a town)."""
        m = _CAPITALS_LABEL.fullmatch(self.work, s, e)
        if m is None or not any(a == s for a, _ in self.paragraphs):
            return None
        name = " ".join(w if len(w) <= 4 else w.capitalize() for w in m["name"].split())
        if self._not_a_name(name) or self._common_word(name):
            return None
        return Candidate(m.start("name"), m.end("name"), name, self.article.text[m.start("name"):m.end("name")], "ner")

    def _acronym_subject(self, sent: Span | None, offset: int) -> Candidate | None:
        """'BT Group a publié jeudi ...', 'SSE prévoit ...': initials opening a sentence as the subject of its verb,
        with the capitalised words after them, are a name NER may not read at all (not a place, a person or a common
        word)."""
        if sent is None or len(sent) < 3:
            return None
        first = sent[0]
        if not (first.is_alpha and first.is_upper and 2 <= len(first) <= 6):
            return None
        end = first.i + 1
        while end < sent.end and sent.doc[end].is_title and sent.doc[end].pos_ not in ("VERB", "AUX"):
            end += 1
        words = sent.doc[first.i:end]
        if words.root.dep_ not in ("nsubj", "nsubj:pass") or words.root.head.pos_ not in ("VERB", "AUX"):
            return None
        name = words.text
        if self._not_a_name(name) or is_place(name) or self._common_word(name):
            return None
        start = offset + words.start_char
        return Candidate(start, start + len(name), name, name, "ner")

    def _bracketed_names(self, s: int, e: int) -> list[Candidate]:
        """'Suivent la Cooperl (30 millions d'euros ...), le boulanger Bridor (25 millions ...)': a name
        right before a bracketed amount is the one it belongs to, whether NER knows it or not."""
        found = (m for m in _NAME_BEFORE_AMOUNT.finditer(self.work, s, e)
                 # "12,8 MMDH (1,3 milliard de dollars)": the end of an amount
                 if not any(a.start <= m.start("name") < a.end for a in self.amounts))
        return [c for c in map(self._name_candidate, found) if c is not None]

    @cached_property
    def said_year_end(self) -> int | None:
        """'son exercice décalé, qui se termine en juin': the month the article says a financial year ends in, when
        it says one only."""
        months = {month_number(m["month"]) for m in _YEAR_ENDS_IN.finditer(self.work)} - {None}
        return months.pop() if len(months) == 1 else None

    def _site_operators(self, sent: Span | None, offset: int, s: int, e: int) -> list[Candidate]:
        """"L'aéroport de Gatwick, contrôlé à 50,01 % par Vinci Airports, va investir ...": an airport or a port named by
        its place, as its sentence's subject, is the company that runs it ("Aéroport de Gatwick")."""
        if sent is None:
            return []
        found = []
        for m in self.cues.operator_site.finditer(self.work, s, e):
            noun = sent.doc.char_span(m.start("noun") - offset, m.end("noun") - offset, alignment_mode="expand")
            # (or opening the sentence, its head the main verb: "Aéroports de Lyon, la société contrôlée par ..., va")
            if noun is not None and (noun.root.dep_ in ("nsubj", "nsubj:pass") or noun.start == sent.start
                                     and noun.root.head.dep_ == "ROOT"):
                name = f"{m['noun'][0].upper()}{m['noun'][1:]} {self.work[m.end('noun'):m.end()].lstrip()}"
                found.append(Candidate(m.start("noun"), m.end(), " ".join(name.split()),
                                       self.article.text[m.start("noun"):m.end()], "ner"))
        return found

    def _name_candidate(self, m: re.Match, bulleted: bool = False) -> Candidate | None:
        """The name a pattern found in a place where names spend, unless it is no name: "Automobile :",
        "Budget 2026 :", "En 2025, le groupe", "Au-delà, la compagnie" (a rubric, a common word)."""
        name = m["name"]
        if self._not_a_name(name) or self._ordinary_word(re.split(r"[\s'-]", name)[0]) and not (
                bulleted and re.fullmatch(r"(?:[A-ZÀ-Ý][\w&.-]+\s+)+[A-ZÀ-Ý][\w&.-]+", name)) or re.search(r"\d", name):
            return None     # (but "- Noria Cables : 350 millions": capitalised words heading a bulleted item)
        return Candidate(m.start("name"), m.end("name"), name, self.article.text[m.start("name"):m.end("name")], "ner")

    def _not_a_name(self, text: str) -> bool:
        """Names that are never an investor's: too short, lower-case, digits, a legal form or a people alone
        ("Limited", "Ivoirien"), places, people, the not-companies list, events ("Grand Est Data Summit"),
        product codes ("A220"), rubrics ("Marchés | Logistique"), a name the model ran over an amount ("Office table
        sur une enveloppe globale d'environ 14,2 milliards de dirhams") or across a sentence's end ("série B. Le tour de
        table")."""
        return (len(text) < 2 or not text[0].isupper() or text.isdigit() or self.x.lexicon.is_not_company(text)
                or bool(re.fullmatch(_RANKED_PART, text))
                or self.x.lexicon.is_legal_suffix(text) or self.x.lexicon.is_nationality(text)
                or bool(self.cues.titled_person.match(text))
                or bool(re.search(r"[|/>»«•]|\.\s+(?:Le|La|Les|L['’]|Un|Une|Des|Ce|Cette|Ces)\b", text))
                or bool(find_amounts(text))
                or is_place(text) or is_person_name(text) or bool(_MODEL_CODE.fullmatch(text))
                or bool(self.cues.event_words & set(re.findall(r"[\w-]+", text.lower())))
                or self._said_in_lower_case(text))

    def _said_in_lower_case(self, text: str) -> bool:
        """'Data centers : 30 milliards attendus' in a title, 'les data centers du continent' in the text: words
        capitalised only where they open a line (only names of several words, the first alone capitalised: "Total"
        is no "au total")."""
        words = text.split()
        if len(words) < 2 or not all(w.islower() for w in words[1:]):
            return False
        lower = " ".join([words[0].lower(), *words[1:]])
        return re.search(rf"(?<![\w'’-]){re.escape(lower)}(?![\w-])", self.work) is not None

    def _named_aside(self, sent: Span, offset: int, c: Candidate) -> bool:
        """A company named in a role that does not make it the one the text speaks of: another one's
        relation ("le principal fournisseur de Nvidia"), a company bought ("le rachat de Vodafone
        Italia", "Plastinova, acquise en avril"), an owner ("détenue par EDF"), a source ("selon Xerfi"),
        the maker of a product ("des Airbus A350"). "Le groupe" in the next sentence does not point to it."""
        if _MODEL_AFTER.match(self.work, c.end) or _BOUGHT_AFTER.match(self.work, c.end) \
                or _SOLD_BY.search(self.work[max(0, c.start - 70):c.start]):
            return True     # "des Airbus A350"; "Plastinova, acquise pour 14 M€"; "racheté à Roche", "racheté par
            # Brookfield en 2023 auprès d'AXA"
        if self.cues.own_division_before.search(self.work[max(0, c.start - 80):c.start]):
            return True     # "consacrés à sa branche électricité, Integrated Power"
        if any(m is not None and is_place(m["place"]) for m in (
                _LISTED_PLACE_AFTER.match(self.work, c.end), _LISTED_PLACE_BEFORE.search(self.work, max(0, c.start - 40), c.start))):
            return True     # "réparti entre Tanger Med, Casablanca et les ports du Sud": a place among places
        if self.cues.supported_by.search(self.work[max(0, c.start - 60):c.start]):
            return True     # "avec le soutien de Bpifrance": a funder
        if _OWNERS_OF_NAMED_VENTURE.search(self.work, max(0, c.start - 200), c.start):
            return True     # "ACC, la coentreprise formée par Stellantis, Mercedes-Benz et TotalEnergies": its owners
        if self.cues.relation_listed_before.search(self.work[max(0, c.start - 100):c.start]):
            return True     # "filiale d'EDF, de la Caisse des dépôts et de CNP Assurances" (however it is parsed)
        if self.cues.relation_of_before.search(self.work, max(0, c.start - 40), c.start) and \
                not _DESCRIBED_AFTER.match(self.work, c.end):
            # (not one the sentence goes on to describe: "partenaires de Stargate, la coentreprise formée avec OpenAI")
            return True     # "Oracle, l'opérateur de cloud partenaire d'OpenAI dans le projet Stargate, prévoit"
        said_after = self.cues.relation_said_after.match(self.work, c.end)
        if said_after and (" des " not in said_after[0] or re.search(r"\bdont\s+\Z", self.work[max(0, c.start - 8):c.start])):
            return True     # "La start-up, dont Renault est actionnaire, y a investi 1,6 milliard": its shareholder ("dont
            # Amazon est l'un des principaux actionnaires"; not "Oracle est l'un des principaux partenaires de Stargate")
        if self.cues.employed_at.search(self.work[max(0, c.start - 40):c.start]):
            return True     # "Marc Lhermitte, associé chez EY": a person's employer
        w0 = max(0, c.start - 80)
        related = self.cues.relation_of_company_before.search(self.work[w0:c.start])
        if related:
            noun = sent.doc.char_span(w0 + related.start(1) - offset, w0 + related.end(1) - offset,
                                      alignment_mode="expand")
            if noun is None or not noun.root.dep_.startswith("nsubj"):
                return True     # "Fondée par deux anciens ingénieurs de l'hébergeur OVHcloud, la société": their
                # employer (not "Le client du constructeur X a investi": the subject)
        if _FROM_SUPPLIER.search(self.work[max(0, c.start - 30):c.start]):
            return True     # "Dont 4 milliards auprès de Framatome pour les cuves": whom the money is paid to
        if _COMING_FROM.search(self.work[max(0, c.start - 30):c.start]) and not _RELATIVE_AFTER.match(self.work, c.end):
            return True     # "dont environ 45 % proviennent d'OpenAI" (not "d'OpenAI, qui s'est engagé à acheter")
        if _COMPARED_TO.search(self.work[max(0, c.start - 60):c.start]):
            return True     # "un niveau modeste au regard de ceux de Microsoft ou d'Alphabet": set beside for scale
        if _CONTRACT_WITH.search(self.work[max(0, c.start - 90):c.start]):
            return True     # "un contrat d'approvisionnement en électricité à long terme avec EDF": a counterparty
        if _FORMER_NAME.search(self.work[max(0, c.start - 40):c.start]):
            return True     # "à l'époque sous le nom de Soficar": a former name, "le groupe" is today's
        if _LISTING.search(self.work[max(0, c.start - 60):c.start]):
            return True     # "Ipsen (Euronext : IPN ; ADR : IPSEY)": a name's listing or alias in brackets
        at = c.start - offset - sent.start_char     # (where the name stands in the sentence)
        if any(m.start() < at and at + c.end - c.start <= m.end() for m in _INCLUSION.finditer(sent.text)):
            return True     # "les opérateurs miniers du Royaume, hors OCP, investissent": left out (or counted in)
        if _PLACE_BEFORE.search(self.work[max(0, c.start - 20):c.start]):
            return True     # "C'est sur le Grand port maritime de Dunkerque que l'industriel implantera": a place
            # ("partenaire d'OpenAI dans le projet Stargate": a project)
        before = self.work[max(0, c.start - 80):c.start].lower()
        by = re.search(r"(?<!\ben )\b([\w-]+)\s+par\s+$", before)
        if by and by[1] in self.cues.other_nouns:
            return True     # "l'acquisition par Blackstone d'un portefeuille" (however it is parsed; not "pris en
            # charge par")
        owned = self.cues.owned_by.search(before)
        if owned and owned[1] in self.cues.owner_verbs and not _CLAUSE_BREAK.search(before[owned.end(1):]):
            return True     # "détenue à 70 % par X et à 30 % par la Banque des Territoires": owners
        span = sent.doc.char_span(c.start - offset, c.end - offset, alignment_mode="expand")
        if span is None:
            return False
        root, head = span.root, span.root.head
        cases = {"".join(w.lower_ for w in (t, *t.children) if w.dep_ in ("case", "fixed")).replace(" ", "")
                 for t in root.children if t.dep_ == "case"}
        said_by = self.cues.source_before.search(self.work[max(0, c.start - 120):c.start])
        if cases & self.cues.source_words or self._in_source_phrase(root) and not (said_by and "," in said_by[1]):
            return True     # (not past the comma that ends it: "Selon plusieurs analystes, Microsoft et Meta devraient")
        member = root
        while member.dep_ == "conj" and member.head.pos_ != "VERB":
            member = member.head
        if member.dep_ in ("obj", "conj") and member.head.lemma_.lower() in self.cues.member_verbs:
            return True     # "Les Réseaux, qui regroupent GRDF, GRTgaz et Storengy, recevront": what a division is made of
        if "par" in cases and (head.lemma_.lower() in self.cues.owner_verbs | self.cues.other_verbs or
                               head.lower_ in self.cues.owner_verbs | self.cues.other_nouns and not any(
                                   w.dep_ == "case" and w.lower_ == "en" for w in head.children)):
            return True     # "détenue par EDF", "estimée par Forbes", "attendus par les analystes", "l'acquisition par X"
            # (not "pris en charge par HAROPA PORT")
        if root.dep_ == "nmod" and head.dep_ == "obj" and head.head.lemma_.lower() in self.cues.takeover_verbs \
                and cases & {"de", "d'", "du", "des"}:
            return True     # "Depuis qu'elle a repris le site de Bombardier Transport en 2021": whose it was
        if head.lower_ in self.cues.relation_nouns and head.i < span.start and not cases and not said_by and \
                not head.dep_.startswith("nsubj") and head.dep_ != "ROOT" and \
                (re.fullmatch(r"\s*,\s*", sent.doc.text[head.idx + len(head.text):span.start_char])
                 or head.lower_ not in self.cues.name_heads and not _RELATIVE_AFTER.match(sent.doc.text, span.end_char)
                 and re.fullmatch(r"\s+(?:[a-zà-ÿ-]+\s+)?", sent.doc.text[head.idx + len(head.text):span.start_char])):
            return True     # "Nos clients, Airbus en tête, nous demandent ...", "Avec son homologue espagnol Red
            # Eléctrica, RTE pilote ...": in apposition to them (not to a subject: "Son principal concurrent, MTN, a
            # annoncé ..."; not the subject of a clause of its own: "son concurrent Roche, qui a promis"; not a
            # company noun: "l'équipementier Atlas Câblage"; nor to a subject the parser took for the root: "Son
            # concurrent MTN Côte d'Ivoire, numéro deux du marché, avance pour sa part 40 milliards")
        leader = head.lemma_.lower() in self.cues.leader_nouns and not head.dep_.startswith("nsubj")
        return root.dep_ == "nmod" and bool(cases & {"de", "d'", "du", "des"}) and \
            (head.lemma_.lower() in self.cues.relation_nouns | self.cues.target_nouns or leader)

    def _in_source_phrase(self, token: Token) -> bool:
        """'Selon le bilan annuel du conseil CBRE', 'selon les estimations de Bloomberg Intelligence':
        a name deep inside a phrase opened by "selon" is the source of the figures."""
        for t in token.ancestors:
            if t.pos_ in ("VERB", "AUX") and t.dep_ != "acl":     # ("les chiffres publiés par le conseil X")
                return False
            if any(c.dep_ == "case" and c.lower_ in self.cues.source_words for c in t.children):
                return True
        return False

    def _is_organisation(self, ent: Span, offset: int) -> str | None:
        """How an NER name can be an investor ("ner"; "guess" when only its place before or after an amount says
        so), or None: a place, person, medium or common word.

        ORG names pass on their own; names the model calls LOC, PER or MISC only when they stand
        where an investor stands: subject of a verb, after a company noun ("la start-up Aura Aero") or
        before one in apposition ("Quillon Fusion, une jeune pousse d'Oxford"), or, as a guess, right
        before an amount ("Sesterce 1,5 milliard", "Voltéo : 85 millions") or as whom it is for ("240 millions
        d'euros, enfin, pour Hydrelis"). `offset`: where the name's paragraph starts in the article."""
        text = clean_name(ent.text)
        if self._not_a_name(text) or _TWO_NAMES.search(text):
            return None     # (nor two names NER ran together: "Brevalis Data et la Caisse des Dépôts")
        doc = ent.doc
        before = doc.text[max(0, ent.start_char - 60):ent.start_char].lower()
        word_after = doc[ent.end] if ent.end < len(doc) else None
        if word_after is not None and " " not in text and is_person_name(f"{text} {word_after.text}"):
            return None    # "a martelé Patrick Pouyanné": NER cut a person's first name off the surname
        if self._common_word(text) and word_after is not None and word_after.is_lower and (
                word_after.pos_ in ("ADP", "ADJ", "NOUN", "DET") or "Part" in word_after.morph.get("VerbForm")) \
                and not self.cues.name_head_before.search(before) and not re.search(r"\bd['’]$", before):
            return None    # "Fonds pour l'innovation", "Traduction automatisée": a common noun, capitalised (not
            # "auprès d'Eurostar pour 30 rames": no article, a name)
        line_start = doc.text.rfind("\n", 0, ent.start_char) + 1
        line_end = doc.text.find("\n", ent.end_char) % (len(doc.text) + 1)
        if doc.text[line_start:ent.end_char].isupper() and _TURN_LABEL.match(doc.text, ent.end_char) or \
                not doc.text[line_start:ent.start_char].strip() and doc.text[ent.end_char:].lstrip().startswith(":") \
                and doc.text[line_start:line_end].rstrip().endswith("?"):
            return None    # "LE FIGARO. - Pourquoi investir maintenant ?", "Ouest Entreprises : Combien avez-vous
            # investi ?": who asks in an interview
        mark = doc.text[ent.end_char:ent.end_char + 5].lstrip()[:1]
        mark_before = doc.text[max(0, ent.start_char - 5):ent.start_char].rstrip()[-1:]
        if mark == ":" and self._line_rubric(ent) or self._common_word(text) and (
                mark in _RUBRIC_MARKS or mark_before in _RUBRIC_MARKS and _ENDS_LINE.match(doc.text, ent.end_char)):
            return None    # a rubric: "Automobile : Renault va investir ...", "Bezannes : Daikin officialise ...",
            # "ÉCONOMIE · SANTÉ — Le laboratoire promet ...", "Agence Ecofin — Télécom"
        if self._common_word(text) and re.search(r"\brédaction\s*$", before):
            return None    # "Par la rédaction Économie": a desk of the newsroom
        if re.search(r"\bfamilles?\s*$", before):
            return None    # "L'armateur de la famille Aponte": the owners' family, the company being "l'armateur"
        if self._common_word(text) and (self.cues.division_before.search(before) or re.search(r"\bles\s*$", before)
                                        or self.cues.leader_before.search(before)):
            return None    # "La branche Électricité devrait mobiliser", "Les Réseaux, qui regroupent GRDF, ...,
            # recevront": a division, the company's own ("le vice-président Production, Martin Lavoie": what he leads)
        if re.search(r"[a-zà-ÿ]\s*\($", doc.text[max(0, ent.start_char - 5):ent.start_char]) and \
                doc.text[ent.end_char:ent.end_char + 5].lstrip().startswith(")") or text in self._things_abbreviated:
            return None    # "la commande centralisée du réseau (CCR)": the abbreviation of a thing (see
            # _things_abbreviated for where else it stands)
        site = re.fullmatch(r"([\w-]+)\s+(?:de|du|d['’])\s*(.+)", ent.text)
        if site and site[1].lower() in self.cues.site_nouns and site[1].lower() not in self.cues.operator_sites and is_place(site[2]):
            return None    # "les laboratoires du Campus de Bâle": a site named by its town (not "Aéroports de Lyon")
        region = _REGION_AFTER.match(doc.text, ent.end_char)
        if region and is_place(region[1].strip()):
            return None    # "Kokomo (Indiana) produira ...", "Marignane (Bouches-du-Rhône)": a town
        if _NAMED_THING.search(before):
            return None     # "Le campus, baptisé « Trégor 1 »": the name of a thing
        if self.cues.product_before.search(before):
            return None     # "quelque 18 000 processeurs Grace Blackwell", "l'avion de transport militaire A400M": a
            # product (not "le fabricant de puces Rapidus")
        word = re.search(r"(\S*)\s+([\w-]+)\s+$", before)
        if word and word[2] in self.cues.site_nouns and word[1] in ("le", "la", "l'", "l’") and \
                not re.match(r"\s+(?:de|du|des|d['’])", doc.text[ent.end_char:]):
            return None     # "le campus Hyperion, en Louisiane": the site's own name (not "l'usine Michelin de Cholet")
        if _MINISTRY_OF.search(before):
            return None     # "la ministre de l'Économie du Québec", "... de l'Innovation": what a ministry is for
        words = text.split()
        if len(words) > 1 and words[0].lower() in self.cues.money_nouns | self.cues.plan_nouns and all(
                w.islower() for w in words[1:]) and not _ABBREVIATED_AFTER.match(doc.text, ent.end_char):
            return None     # "Le Fonds vert destiné aux collectivités", "le Fonds spécial routier": a public fund, named by
            # common words (not one with its initials, "le Fonds souverain d'investissements stratégiques (FONSIS)")
        if words[0].lower() in self.cues.not_investor_first_words or \
                len(words) > 1 and words[-1].lower() in self.cues.not_investor_last_words:
            return None    # "Fédération nationale des usagers ...", "Association ...", "Plan national de ...",
            # "Semiconductor Industry Association"
        # (a name after a site noun that ends on a trade word, or whose site's town is said apart, owns the site)
        owner = ends_in_trade_word(text) or _placed_apart(doc.text, ent.start_char, ent.end_char)
        if self.cues.based_in.search(before) or self.cues.site_before.search(before) and not self._called_anywhere(text) \
                and not owner or self.cues.plan_title_before.search(before):
            return None    # "le groupe de Ningde", "sa raffinerie de Jubail": a city (not "L'usine d'Hydrolithe" where
            # the article calls Hydrolithe a company: its owner); "le groupe" points back; "son plan « Ambitions 2028 »":
            # a plan
        if self.cues.site_of_before.search(before) and not is_place(text) and (
                owner or self._called_anywhere(text)
                or ent.label_ == "PER" and " " in text and not is_first_name(re.split(r"[\s-]", text)[0])):
            return "ner"    # "la future usine d'électrolyseurs de Hynamis à Loon-Plage", "l'usine de Gotion High-Tech", "un
            # projet d'Acwa Power": its owner (not a site named after a person, "l'extension de Georges-Besse 2")
        if _AS_FOR.fullmatch(doc.text, ent.sent.start_char, ent.start_char) and \
                doc.text[ent.end_char:ent.end_char + 2].lstrip().startswith(",") or \
                not doc.text[ent.sent.start_char:ent.start_char].strip() and _ITS_PART_AFTER.match(doc.text, ent.end_char):
            return None if is_place(text) else "ner"    # "Quant à Cascades, il engloutit ...", "Quandela, de son côté,
            # n'a pas attendu : ...": the sentence's topic
        at = ent.start - 1 - (ent.start > 1 and doc[ent.start - 1].lower_ in ("la", "l'", "l’"))
        if at >= 0 and (doc[at].lower_ == "à" and ent.root.dep_ in ("nmod", "obl:mod")
                        or doc[at].lower_ == "depuis" and ent.label_ == "LOC"):
            return None    # "un centre de R&D à Curitiba", "La centrale Robert-Bourassa, à la Baie-James": where
            # the money goes, a place; "le plus important chantier depuis la Baie-James": a place or what was built there
        if re.search(r"(?:^|[\s:,])chez\s+$", before) and word_after is not None and word_after.text == ",":
            return "ner"     # "Saint-Avold : chez Hydrelis, la gigafactory sort de terre": whose premises (a person's
            # name is no name here: _not_a_name dropped it)
        nationality = re.search(r"\b(?:le|la|les|l'|du|au|aux|des)\s*([\w-]+)\s+$", before)
        if nationality and self.x.lexicon.is_nationality(nationality[1]):
            return "ner"     # "l'allemand Fresenius Kabi", "le japonais Daikin": a company by its country
        if self._called_company(ent) or self.cues.managed_by.search(before) or _CARRIED_BY.search(before) \
                or self.cues.announced_by.search(before) and not is_person_name(text) \
                or self.cues.apposed_to_relation.search(before) or self._trade_named_subject(ent, text, before):
            return "ner"
        made = ent.root
        while made.dep_ == "conj":
            made = made.head
        if made.dep_ in ("obj", "nsubj:pass", "dep") and made.head.lemma_.lower() in self.cues.made_verbs:
            return None     # "l'usine Somaca, où sont assemblées les Dacia Logan et Sandero": a product
        if ent.label_ == "ORG" or self._inverted_subject(ent):
            return "ner"
        if ent.start > 0 and doc[ent.start - 1].lower_ in ("que", "qu'", "qu’") and word_after is not None and \
                word_after.pos_ in ("VERB", "AUX"):
            return "ner"     # "c'est la somme qu'Eureden va injecter": the subject of the relative clause
        bare = ent.start > 0 and doc[ent.start - 1].lower_ in ("de", "d'", "d’")   # ("de Tizert", not "de l'ESMC")
        if ent.root.dep_ == "nmod" and ent.root.head.lower_ in self.cues.invest_nouns and \
                not (bare and ent.root.head.lower_ in self.cues.place_work_nouns) and \
                any(c.dep_ == "case" and c.lower_ in ("de", "d'") for c in ent.root.children):
            return "ner"     # "les investissements en immobilisations de Cascades": whose spending it is
        if any(t.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and t.head.pos_ in ("VERB", "AUX")
               and not ent.start <= t.head.i < ent.end for t in ent) or _clause_opening_subject(ent):
            return "ner"
        following = [t for t in doc[ent.end:ent.end + 2] if not (t.is_punct and t.text == ":")]
        if _ORDER_PARTY.search(before) and not is_place(text):
            return "ner"    # "une commande de près de 900 millions auprès de NetJets"
        if ent.start > 0 and doc[ent.start - 1].pos_ == "DET":
            return None     # "Le gros morceau concerne l'Anse Saint-Marc : 95 millions": a place or a thing
        if ent.root.dep_ == "nmod" and ent.root.head.lower_ in self.cues.site_nouns and not self._called_anywhere(text):
            return None     # "L'essentiel ira au campus bâlois de St-Johann: 700 millions": the site's place
        if following and following[0].like_num or "pour" in before and any(
                _GIVEN_TO.fullmatch(self.work, a.end, offset + ent.start_char) for a in self.amounts):
            return "guess"      # ("240 millions d'euros, enfin, pour Hydrelis": who an amount goes to)
        return None

    def _trade_named_subject(self, ent: Span, text: str, before: str) -> bool:
        """'Ostral Computing est sur toutes les lèvres': a subject whose name ends on a trade word is a company
        (not "la branche Integrated Power ... recevra": a division; not "iront à Integrated Power": no subject)."""
        return ends_in_trade_word(text) and any(t.dep_ in ("nsubj", "nsubj:pass") for t in ent) \
            and not self.cues.division_before.search(before)

    @staticmethod
    def _line_rubric(ent: Span) -> bool:
        """'Bezannes : Daikin officialise son usine': a name opening a line, then a colon and another name (the
        town or topic of a regional title, not the company)."""
        doc = ent.doc
        line_start = doc.text.rfind("\n", 0, ent.start_char) + 1
        after = [t for t in doc[ent.end:ent.end + 3] if not t.is_space]
        return not doc.text[line_start:ent.start_char].strip() and len(after) > 1 and after[0].text == ":" \
            and after[1].text[:1].isupper() and after[1].ent_iob_ == "B"

    def _inverted_subject(self, ent: Span) -> bool:
        """'... que s'apprête à engager Aérolithe Systems', 'la somme qu'investira Voltéo': a name right
        after a spending verb in a clause opened by "que" spends (the parser often calls it the object)."""
        verb = ent.root.head
        lemma = verb.lemma_.lower()
        if ent.root.dep_ not in ("obj", "nsubj") or verb.i > ent.start or ent.start - verb.i > 2 or \
                lemma not in self.cues.invest_verbs | self.cues.planned_verbs:
            return False
        return any(t.lower_ in ("que", "qu'") for t in ent.doc[max(verb.i - 5, ent.sent.start):verb.i])

    def _ordinary_word(self, word: str) -> bool:
        """'En', 'Au', 'Ensuite', 'Au-delà': a function word or a common French word, capitalised."""
        lexeme = self.x.nlp.vocab[word.lower()]
        return lexeme.is_stop or self._common_word(word) or \
            "-" in word and lexeme.has_vector and self.x.nlp.vocab[word.split("-")[0].lower()].is_stop

    def _common_word(self, text: str) -> bool:
        """'Automobile', 'Énergie': one capitalised French word."""
        if " " in text or "-" in text:
            return False
        lexeme = self.x.nlp.vocab[text.lower()]
        return lexeme.is_alpha and lexeme.has_vector and lexeme.is_lower

    def _parent_of(self, name: str, other: str | None) -> bool:
        """Is the company the lexicon's parent of the other one (Orange of Sonatel)?"""
        company = self.x.lexicon.lookup(other) if other else None
        return company is not None and company.parent == name

    def _fits_hint(self, named: Candidate, anaphor: Candidate, trades: dict[str, set[str]], subjects: set[int]) -> bool:
        """'le fonds' points to a fund, 'l'opérateur' to a telecom company: the anaphor's sector hint
        against the lexicon's sectors (names the lexicon does not know fit any hint); 'le groupe', with no
        hint, to a company, not to a fund or a public bank ("L'arrivée de GIC, un investisseur ... Le groupe
        consacre chaque année 1,3 milliard"), unless the fund is itself the subject that spends ("Le gestionnaire
        d'actifs Brookfield ajoute 3 milliards ... Le groupe avait déjà promis")."""
        hint = self.hints.get(anaphor.start)
        company = self.x.lexicon.lookup(named.name)
        if company is None:
            return not self._other_trade(named.name, anaphor, trades)
        if hint is None and company.kind == "fund":
            return named.start in subjects
        return company.kind == "company" if hint is None else self._known_fit(named, anaphor)

    def _known_fit(self, named: Candidate, anaphor: Candidate) -> bool:
        """Does the lexicon know the name as one of the anaphor's sector ("le port": a port)?"""
        company = self.x.lexicon.lookup(named.name)
        hint = self.hints.get(anaphor.start)
        return company is not None and hint is not None and (hint in company.sectors or hint == company.kind)

    def _other_trade(self, name: str, anaphor: Candidate, trades: dict[str, set[str]]) -> bool:
        """'le logisticien' is not 'la foncière Argan': an anaphor whose noun names a trade, and a name the
        article introduced with another trade's noun (`trades`, see _trades)."""
        head = self.trade_nouns.get(anaphor.start)
        return head is not None and bool(trades.get(name)) and head not in trades[name]

    def _named_as(self, named: Candidate, anaphor: Candidate, trades: dict[str, set[str]]) -> bool:
        """Could the anaphor be the name as the article introduced it: with no trade noun ("Son concurrent KDDI"),
        or with the anaphor's own ("L'opérateur APM Terminals", then "l'opérateur"; not "le port")?"""
        return not trades.get(named.name) or _anaphor_noun(anaphor.raw) in trades[named.name]

    def _trade_noun(self, anaphor: str) -> str | None:
        """'le logisticien': the noun of an anaphor that names a trade ("le groupe" names none)."""
        head = _anaphor_noun(anaphor)
        return head if head in self.cues.company_nouns and head not in self.cues.generic_heads else None

    def _trades(self, sentences: list[Sentence]) -> dict[str, set[str]]:
        """The trade nouns the article puts right before each name ("la foncière Argan": foncière; "le groupe
        Argan" names no trade)."""
        trades: dict[str, set[str]] = {}
        for sent in sentences:
            for c in sent.candidates:
                before = self.work[max(0, c.start - 60):c.start].lower()
                if c.via != "anaphor" and (m := self.cues.trade_before.search(before)) and \
                        m[1] not in self.cues.generic_heads:
                    trades.setdefault(c.name, set()).add(m[1])
        return trades

    def _nationals(self, sentences: list[Sentence]) -> dict[str, str]:
        """The country of each name: the lexicon's, else a nationality the article puts right before it
        ("le sud-coréen Hyundai Steel", "le groupe américain Equinix")."""
        countries = {}
        for c in (c for sent in sentences for c in sent.candidates if c.via != "anaphor"):
            said = _WORD_BEFORE.search(self.work, max(0, c.start - 30), c.start)
            country = getattr(self.x.lexicon.lookup(c.name), "country", None) or (
                self.x.lexicon.country_of(said[1]) if said else None)
            if country:
                countries.setdefault(c.name, country)
        return countries

    def _public(self, c: Candidate) -> bool:
        """A public bank or body ("la BEI", "Bpifrance"): it lends or co-funds more often than it owns."""
        return getattr(self.x.lexicon.lookup(c.name), "kind", "") in _PUBLIC_KINDS

    def _in_background(self, c: Candidate) -> bool:
        """A public lender ("La BEI doit lui accorder un prêt", not a public owner of works, "la Société des grands
        projets") or a subsidiary or division named as such ("Les filiales Moov Africa", "La division Reality Labs"):
        rarely whom a sentence naming nobody, or "le groupe", speaks of."""
        known = self.x.lexicon.lookup(c.name)
        lender = self._public(c) and (known.kind == "public_bank" or bool({"bank", "fund"} & set(known.sectors))) \
            or _LOAN_OF.search(self.work, max(0, c.start - 30), c.start) is not None \
            or _LENDS_AFTER.match(self.work, c.end) is not None  # "Un prêt de la BOAD", "La BOAD accompagne le projet à
        # travers un prêt"
        return lender or bool(_after_subsidiary_noun(self.work, c.start)
                              or self.cues.division_before.search(self.work[max(0, c.start - 20):c.start]))

    def _landmark(self, c: Candidate) -> bool:
        """'depuis l'implantation de Renault à Tanger', 'à l'instar de Tesla', 'comme Amazon avant lui', 'après la
        faillite du suédois Northvolt': a company named as a point of comparison or of time; 'installée au cœur du site
        Renault': as the host of a site; 'Hyperion, en Louisiane, dans lequel la société a promis d'investir': as what
        the money goes into."""
        return bool(_LANDMARK_BEFORE.search(self.work, max(0, c.start - 60), c.start)
                    or _INVESTED_IN_AFTER.match(self.work, c.end))

    def _owner_of_thing_after(self, sent: Sentence, c: Candidate, amount: Amount) -> bool:
        """'... mobilisera 400 M€ et comprendra un poste électrique raccordé au réseau de RTE': a name that completes a
        noun said after the amount owns that thing; it does not spend the amount (not "de la part de RTE", not "les
        investissements de RTE")."""
        words = _words_of(sent, c)
        if words is None or words.root.dep_ != "nmod" or not any(
                x.dep_ == "case" and x.lower_ in ("de", "du", "des", "d'", "d’") for x in words.root.children):
            return False    # (not a name apposed to its trade: "c'est le fonds canadien Brookfield qui signe")
        noun = words.root.head
        return noun.idx >= amount.end - sent.start + sent.span.start_char and noun.pos_ == "NOUN" \
            and noun.lemma_.lower() not in self.cues.invest_nouns | {"part"}

    def _customer(self, sent: Sentence, c: Candidate) -> bool:
        """'L'usine ... fournira Carbon et Holosolis', 'des pneus destinés à Renault et à Stellantis', 'accueillera
        Mistral AI comme locataire': a company named as a plant's customer or tenant, not its owner."""
        words = _words_of(sent, c)
        if words is None:
            return False
        word = _list_head(words.root)
        if word.dep_ in ("obj", "obl:arg", "iobj") and _verb_lemma(word.head) in self.cues.customer_verbs:
            return True
        verb = next((t for t in reversed(words.doc[max(0, words.start - 2):words.start]) if t.lower_ not in ("à", "au", "aux")),
                    None)
        if verb is not None and _verb_lemma(verb) in self.cues.customer_verbs:
            return True     # (right after the verb, however parsed)
        joined = next((d for d in reversed(sent.candidates) if d.end <= c.start), None)     # "Mistral AI et Scaleway",
        # however parsed
        return joined is not None and re.fullmatch(r"\s*(?:,|et)\s*", self.work[joined.end:c.start]) is not None \
            and self._customer(sent, joined)

    def _oblique(self, sent: Sentence, c: Candidate) -> bool:
        """'La Caisse des Dépôts investira 60 millions aux côtés du cimentier': an anaphor after a
        preposition or as an object is someone else than the names of its own sentence."""
        span = _words_of(sent, c)
        return span is not None and span.root.dep_ in ("obl", "obl:mod", "obl:arg", "obj", "iobj", "nmod")

    def _owns_site(self, sent: Sentence, c: Candidate) -> bool:
        """'le plus gros site de production du groupe': an anaphor owning a site is the company of its sentence."""
        span = _words_of(sent, c)
        owned = span.root.head if span is not None and span.root.dep_ == "nmod" else None
        return owned is not None and (owned.lemma_.lower() in self._built_nouns or owned.dep_ == "nmod"
                                      and owned.head.lemma_.lower() in self._built_nouns)

    def _resolve_anaphors(self, sentences: list[Sentence]) -> None:
        """'le groupe', 'l'entreprise'... stand for a company named just before them: in the same
        sentence (unless the anaphor is an object or after a preposition), else in the closest of the
        eight sentences before that names one. Among those, the
        one that fits the anaphor's sector hint, then the one the article names most (by name or by an
        anaphor already resolved), then the latest."""
        counts: dict[str, int] = {}
        trades = self._trades(sentences)
        nationals = self._nationals(sentences)
        said_in = {c.start: sent for sent in sentences for c in sent.candidates}
        subjects = {c.start for sent in sentences for c in sent.candidates
                    if (words := _words_of(sent, c)) is not None and _subject_named(words.root)}
        customers = {c.start for sent in sentences for c in sent.candidates if self._customer(sent, c)}

        def aside(c: Candidate) -> bool:
            """Named as a landmark, as a customer or as a verb's complement."""
            return self._landmark(c) or c.start in customers or self._named_as_complement(said_in[c.start], c)

        def passed_over(c: Candidate, most: str | None) -> bool:
            """Aside, or the parent of the company the article names most."""
            return aside(c) or self._parent_of(c.name, most)

        for k, sent in enumerate(sentences):
            # a name NER took for a place or a person ("l'usine de Lestrem", "Par Olivier Claus") is
            # an antecedent only when no surer name was said in the eight sentences before
            earlier = [[c for c in prev.candidates if not c.aside] for prev in reversed(sentences[max(0, k - 8):k])]
            previous = next((named for named in earlier if any(c.via != "guess" and not self._in_background(c)
                                                                for c in named)), None)
            # (past a sentence that names a company only as a landmark or a complement, when the article named one
            # before as what it speaks of: "... un montant inédit depuis l'implantation de Renault à Tanger. [...] le
            # groupe", "..., dont la totalité sera vendue à Hydro-Québec. [...] l'entreprise aura injecté")
            # (or only the parent of the company most named: "Le groupe Sonatel ... porté par Orange Money. [...]
            # l'opérateur historique a dépensé")
            most = max(counts, key=counts.get, default=None)
            main = next((named for named in earlier if any(
                c.via != "guess" and not self._in_background(c) and not passed_over(c, most) for c in named)), None)
            # (unless the sentence sets its company beside the one before: "... un nouveau campus de Data4 à Nozay.
            # L'opérateur de centres de données y consacre de son côté environ 900 millions")
            if previous is not None and main is not None and main is not previous and \
                    all(passed_over(c, most) for c in previous) and most in {c.name for c in main} and \
                    not _SET_BESIDE.search(self.work, sent.start, sent.end):
                previous = main
            previous = previous \
                or next((named for named in earlier if any(c.via != "guess" for c in named)), None) \
                or next((named for named in earlier if named), [])
            resolved = []
            for c in sent.candidates:
                named = next((d for d in sent.candidates if d.via != "anaphor" and d.start >= c.end and
                              _APPOSED.fullmatch(self.work[c.end:d.start])), None) \
                    if c.via == "anaphor" and _anaphor_noun(c.raw) not in _SUBSIDIARY_NOUNS else None
                # ("Nareva, la filiale du holding Al Mada": the parent named after a relation noun is not it)
                named = named or next((d for d in resolved if d.via != "anaphor" and not d.aside and
                                       re.fullmatch(r"\s*(?:\([^()]{1,20}\)\s*)?[:,]\s*", self.work[d.end:c.start])), None) \
                    if c.via == "anaphor" else None
                if named is None and c.via == "anaphor" and _anaphor_noun(c.raw) in _SUBSIDIARY_NOUNS:
                    named = self._subsidiary_named(sent, c, earlier, lambda: self._named_ahead(
                        sentences, k, c, trades, subjects)) or next(
                        (d for prev in [resolved, *earlier] for d in prev if d.via != "anaphor" and (
                            _after_subsidiary_noun(self.work, d.start) or _SUBSIDIARY_AFTER.match(self.work, d.end))), None)
                    # ("Orange Côte d'Ivoire, filiale du groupe français Orange, ... commandées au suédois Ericsson
                    # ... la filiale avait déjà investi": the one the article calls a subsidiary)
                if named is None and c.via == "anaphor":
                    named = self._named_on_site(sent, c, resolved)
                if named is None and c.via == "anaphor" and (label := self._paragraph_label(sent, sentences)) is not None \
                        and label.via != "anaphor":
                    named = label   # "Kestrel Compute. Cette jeune pousse britannique ...": the paragraph's label,
                    # whatever company of the article fits the noun better
                if named is not None:   # "Le concessionnaire du tunnel, Getlink, ...", "Verkor : la start-up
                    # grenobloise ...", "Amazon Web Services (AWS), la filiale cloud d'Amazon": one mention, counted once
                    resolved.append(replace(c, name=named.name))
                    continue
                elif c.via == "anaphor":
                    described = {d.name for d in sent.candidates if d.start >= c.end and
                                 self.cues.origin_after.fullmatch(self.work, c.end, d.end) and
                                 all(e.raw == d.raw for named in earlier for e in named if e.name == d.name and e.via != "anaphor")}
                    # ("L'entreprise québécoise, fondée en 2021 par d'anciens chercheurs de l'Institut de recherche
                    # d'Hydro-Québec, y investira": what it is described by, not what it stands for; but "AESC ...
                    # Le groupe, contrôlé par le chinois Envision,": another name of the company itself)
                    back = [[d for d in named if d.name not in described] for named in earlier]
                    last = previous if not described else [d for d in previous if d.name not in described] or next(
                        (named for named in back if named), [])
                    # (not a landmark of its sentence: "depuis le départ de Nordhav, la société", "Hyperion, ...,
                    # dans lequel la société"; an owner, "détenue à 100 % par Engie", is already set aside)
                    near = [d for d in resolved if d.via not in ("anaphor", "guess") and not d.aside and
                            not self._landmark(d) and
                            (not self._oblique(sent, c) or self._owns_site(sent, c)
                             or _AS_FOR.fullmatch(self.work, sent.start, d.start))] or (next(
                        (named for prev in reversed(sentences[max(0, k - 2):k])
                         if (named := [d for d in prev.candidates if d.via not in ("anaphor", "guess")])), None)
                        if _ITSELF_AFTER.match(self.work, c.end) else None) or last
                    # ("... accordé par Hydro-Québec. La société d'État, elle-même engagée dans un vaste chantier": the
                    # one just named, however it was named)
                    # ("Chez Amazon, ... ce qui place le groupe au-delà de 118 milliards": the sentence's topic)
                    # "le groupe" and only a fund named just before, "le logisticien" and only "la foncière Argan":
                    # the closest sentence before naming a company that fits
                    clash = any(self._other_trade(d.name, c, trades) for d in near)
                    # (unless each of them is a fund or a public bank of no fitting sector: "Le fonds Eurazeo mène le
                    # tour [...] La start-up a déjà dépensé")
                    misfit = bool(near) and all((known := self.x.lexicon.lookup(d.name)) is not None and known.kind != "company"
                                                and not self._known_fit(d, c) for d in near)
                    further = near if self.hints.get(c.start) and not clash and not misfit else next(
                        (fit for named in back if (fit := [d for d in named if self._fits_hint(d, c, trades, subjects)])), near)
                    # "la laiterie" and, a few sentences before, "la laiterie Kerlann": that one
                    head = self.trade_nouns.get(c.start)
                    own = next((fit for named in back if (fit := [d for d in named if head in trades.get(d.name, ())])),
                               None) if head else None
                    fitting = [d for d in near if self._fits_hint(d, c, trades, subjects)]
                    if self.hints.get(c.start) and not any(self._known_fit(d, c) for d in fitting) and \
                            not any(self._named_as(d, c, trades) for d in fitting):
                        # "le port" after "L'opérateur APM Terminals": a company known to fit, a few sentences back
                        # (not past "Son concurrent KDDI", which no other noun named, to NTT, for "L'opérateur")
                        fitting = next((fit for named in back if (fit := [d for d in named if self._known_fit(d, c)])),
                                       fitting)
                    near = own or fitting or further
                    # (the one company the sentence before sets beside the others: "Ores n'est pas en reste. Le
                    # gestionnaire wallon investira ...", even when "le gestionnaire" was another's before)
                    beside = [d for d in last if len({e.name for e in last}) == 1 and k and said_in[d.start] is sentences[k - 1]
                              and _SET_BESIDE.search(self.work, said_in[d.start].start, said_in[d.start].end)
                              and (not self.hints.get(c.start) or self._fits_hint(d, c, trades, subjects))] \
                        if not any(d.via not in ("anaphor", "guess") for d in resolved) else []
                    near = beside or near
                    # a public lender named near ("un prêt de la BEI") is rarely what "le groupe" points to
                    near = [d for d in near if not self._public(d)] or near
                    near = [d for d in near if not self._landmark(d)] or near    # nor a comparison or a host site
                    country = self.countries.get(c.start)     # ("le groupe européen" may be any European's)
                    if country and country != "EU" and not beside and not any(nationals.get(d.name) == country for d in near):
                        # "le groupe francilien" after "À Londres, Heathrow ...", "l'opérateur marocain" after "Le
                        # danois APM Terminals": a company of its country said a few sentences back (not one of the
                        # lexicon's groups for "la PME bretonne"), else one of no other known country
                        # (or, failing one, a company of its country and trade named aside: "un contrat signé avec
                        # RWE. L'énergéticien allemand, ..., prévoit de son côté")
                        near = next((fit for named in back if (fit := [
                            d for d in named if nationals.get(d.name) == country and (
                                self.hints.get(c.start) != _SMALL_FIRM or self._fits_hint(d, c, trades, subjects))])),
                                    None) or next((fit for prev in reversed(sentences[max(0, k - 2):k]) if (fit := [
                                        d for d in prev.candidates if d.aside and nationals.get(d.name) == country
                                        and self._known_fit(d, c)])),
                                                  None) or [d for d in near if d.name not in nationals] or next(
                            (fit for named in back if (fit := [d for d in named if d.name not in nationals])), near)
                    elif country and country != "EU":
                        # "Pfizer ..., tandis que la start-up grenobloise Hydrelis ... Le laboratoire américain": not
                        # one of another country
                        near = [d for d in near if nationals.get(d.name, country) == country]
                    if near:    # the most named, then one not said as an object or a complement ("Industries Lassonde
                        # investira 75 millions dans son usine, où sont embouteillés les jus Oasis"), then the latest
                        # (for "les partenaires", the first: the venture)
                        plural = c.start in self.plurals
                        c = replace(c, name=max(near, key=lambda d: (
                            counts.get(d.name, 0), plural or not self._oblique(said_in[d.start], d),
                            -d.start if plural else d.start)).name)
                        known = self.x.lexicon.lookup(c.name)
                        if known is not None and counts.get(known.parent, 0) >= counts.get(c.name, 0) > 0 and \
                                _GROUP_NOUN.search(c.raw) and not _COMPLEMENT.search(c.raw):
                            c = replace(c, name=known.parent)   # "des Peugeot, Citroën et Fiat ... Le groupe", "la
                            # gamme Dacia ... le constructeur": the group named before, not its brand (but "le
                            # constructeur de Coventry" names the brand itself)
                        if known is not None and known.parent and any(
                                d.name == c.name and _LEFT_OUT.search(self.work, max(0, d.start - 12), d.start)
                                for d in sent.candidates):
                            c = replace(c, name=known.parent)   # "En Inde, hors JLR, le groupe consacrera": not the
                            # subsidiary it leaves out, its parent
                    elif counts:    # nobody named nearby: the company the article has spoken of most
                        c = replace(c, name=max(counts, key=counts.get))
                    elif (ahead := self._named_ahead(sentences, k, c, trades, subjects)) is not None:
                        c = replace(c, name=ahead.name)
                    else:
                        continue
                counts[c.name] = counts.get(c.name, 0) + 1
                resolved.append(c)
            sent.candidates = resolved

    def _subsidiary_named(self, sent: Sentence, c: Candidate, earlier: list[list[Candidate]], ahead) -> Candidate | None:
        """'a précisé la filiale du groupe au losange': the company a subsidiary noun followed by its parent stands for.
        The name set beside the parent ("La filiale cloud d'Amazon, AWS, a annoncé"); else the closest company named
        before that is the parent or one of its own ("Orange Côte d'Ivoire" for "la filiale d'Orange"); nobody named
        before: the one named next in a title or lead (`ahead`), else the parent ("La filiale marocaine de Renault
        investira"); else None, and the anaphor stands for the company said before ("Nespresso va investir ... La
        filiale de Nestlé")."""
        parent = next((d for d in sent.candidates if d.via != "anaphor" and d.start >= c.end and
                       _PARENT_AFTER.fullmatch(self.work[c.end:d.start])), None)
        if parent is None:
            return None
        itself = next((d for d in sent.candidates if d.start >= parent.end and
                       re.fullmatch(r"\s*,\s*", self.work[parent.end:d.start])), None)
        kin = itself or next((d for prev in earlier for d in prev if d.name == parent.name or
                              d.name.startswith(parent.name + " ") or self._parent_of(parent.name, d.name)), None)
        if kin is None and not any(earlier):
            return ahead() or parent
        return kin

    def _named_on_site(self, sent: Sentence, c: Candidate, resolved: list[Candidate]) -> Candidate | None:
        """'l'usine Stellantis, où le constructeur a investi 3,6 MMDH': an anaphor that is the subject of a clause on a
        site stands for the company the site is named after."""
        words = _words_of(sent, c)
        if words is None or words.root.dep_ != "nsubj" or words.root.head.dep_ != "acl:relcl":
            return None
        site = words.root.head.head
        if site.lemma_.lower() not in self.cues.site_nouns:
            return None
        return next((d for d in resolved if d.via != "anaphor" and (named := _words_of(sent, d)) is not None
                     and named.root.head.i == site.i and named.root.dep_ in ("nmod", "appos", "flat:name")), None)

    def _named_ahead(self, sentences: list[Sentence], k: int, c: Candidate, trades, subjects: set[int]) -> Candidate | None:
        """'Le sidérurgiste a fini par trancher. [...] Ce n'est qu'en fin de communiqué qu'ArcelorMittal détaille
        ...': an anaphor of the title or the lead with nobody named before it stands for the first company named
        after it, up to ten sentences on (that fits its trade, when it names one)."""
        if c.start >= self.paragraphs[min(3, len(self.paragraphs) - 1)][1]:
            return None     # (only in the title and the lead, which may name the company further down)
        ahead = [d for later in sentences[k:k + 11] for d in later.candidates
                 if d.start > c.start and d.via not in ("anaphor", "guess") and not d.aside]
        if self.hints.get(c.start):
            return next((d for d in ahead if self._fits_hint(d, c, trades, subjects)), None)
        return ahead[0] if ahead else None

    # ------------------------------------------------------------------ facts

    def facts(self) -> list[Fact]:
        facts: list[Fact] = []
        sentences = self.sentences
        for i, sent in enumerate(sentences):
            if sent.span is None:
                continue
            in_sent = [a for a in self.amounts if sent.start <= a.start < sent.end]
            periods = self._periods(sent)
            for amount in in_sent:
                fact = self._fact(amount, i, in_sent, periods)
                if fact is not None:
                    facts.append(fact)
        # (and a title that is a quote: "« Nous investirons 480 millions d'euros sur cinq ans »")
        headings = [(a, b) for k, (a, b) in enumerate(self.paragraphs) if is_heading(self.work[a:b])
                    or k == 0 and _QUOTE_AS_TITLE.fullmatch(self.work, a, b)]
        titled = {f.char_start: self.work[a:b] for f in facts for a, b in headings if a <= f.char_start < b}
        return [self._dated(f) for f in dedupe(facts, self.x.lexicon, titled)]

    def _dated(self, fact: Fact) -> Fact:
        """A fact no statement dates takes its publication-year default (see _publication_year)."""
        default = self.defaults.get((fact.char_start, fact.char_end)) if fact.period is None else None
        return replace(fact, period=default.label, period_start=default.start, period_end=default.end) if default else fact

    def _periods(self, sent: Sentence) -> list[Period]:
        """The sentence's periods, in article offsets, read in context: a year that dates something
        else is dropped, "son plan 2026" is a horizon, "depuis ... en 2003" opens an interval.
        Read once per sentence (later sentences look back at earlier ones' periods)."""
        if sent.start not in self.period_cache:
            self.period_cache[sent.start] = self._read_periods(sent)
        return self.period_cache[sent.start]

    def _said_periods(self, sent: Sentence) -> list[Period]:
        """Every period expression of the sentence as the grammar finds it (sentence offsets), before
        any reading in context; found once per sentence."""
        if sent.start not in self.said_cache:
            self.said_cache[sent.start] = find_periods(self.work[sent.start:sent.end], self.ref)
        return self.said_cache[sent.start]

    def _read_periods(self, sent: Sentence) -> list[Period]:
        out, announced, launched = [], [], None
        text = self.work[sent.start:sent.end]
        for p in self._said_periods(sent):
            before = self.work[sent.start:sent.start + p.begin].lower()
            if re.fullmatch(r"\d{4}", p.label) and _LAUNCHED.search(before):
                launched = p    # "Nous avons lancé en 2023 un programme de 1,5 milliard, et il sera achevé en 2027"
            # (the grammar reads "son exercice qui court |jusqu'à fin juin 2026" as "../2026-06")
            year_end = bool(_YEAR_CLOSING.search(before) and (
                re.fullmatch(r"(?:\.\./)?\d{4}-\d{2}", p.label)
                or re.fullmatch(r"\d{4}-\d{2}-\d{2}", p.label) and not p.relative))   # ("l'exercice clos le 31 mars
            # 2025": that year's)
            if year_end and p.relative and _WHOSE_YEAR_ENDS.search(before):
                continue    # "Apple, dont l'exercice se termine fin septembre, a investi": when its years end, no date
            if year_end:
                # "son exercice clos fin juin 2025", "l'exercice en cours, qui s'achèvera fin mai 2026": the
                # financial year is labelled by the year it ends in; it replaces "l'exercice en cours"
                if out and "exercice" in out[-1].text.lower() and (not out[-1].relative or "-" in out[-1].label) \
                        and sent.start + p.begin - out[-1].stop < 30:
                    continue    # ("au premier trimestre de son exercice décalé, clos fin septembre": the quarter)
                replaced = [q for q in out if "exercice" in q.text.lower() and q.relative
                            and re.fullmatch(r"\d{4}", q.label)]
                out = [q for q in out if q not in replaced]
                end = p.label.removeprefix("../")[:7]     # ("l'exercice clos le 31 mars 2025": its month)
                if p.relative and self.ref is not None and end < f"{self.ref:%Y-%m}" and _UP_TO_CLOSING.search(before):
                    end = f"{int(end[:4]) + 1}{end[4:]}"    # "jusqu'à la clôture de l'exercice, en juin", said in
                    # November: the June to come
                p = with_label(p, end[:4])
                counted = _YEARS_COUNTED.search(before)
                if counted and (n := number_value(counted[1])) >= 2:
                    year, month = int(end[:4]), int(end[5:7])
                    first = f"{year - n}-{month + 1:02d}" if month < 12 else f"{year - n + 1}-01"
                    p = with_label(p, f"{first}/{end}")     # "sur les cinq exercices courant jusqu'à mars 2029": the
                    # five financial years ending then, April 2024 to March 2029
                if replaced:    # the year is said where "l'exercice en cours" stands
                    p = replace(p, begin=replaced[0].begin - sent.start, text=self.work[replaced[0].begin:sent.start + p.stop])
            elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", p.label):     # a day dates an announcement, not spending
                continue
            elif _OWNED_SINCE.search(before) and text[p.stop:p.stop + 2].lstrip().startswith(","):
                continue    # "Le conglomérat indien, propriétaire de Jaguar Land Rover depuis 2008, a déjà engagé": how long
                # it has owned or been there, not the money's time
            elif re.fullmatch(r"\d{4}-\d{2}", p.label) and _FORMER_FORECAST.match(text, p.stop):
                # "En février, le groupe tablait encore sur 2,1 milliards": when it was expected (gone by), in the year
                # forecast
                p = with_label(p, str(int(p.label[:4]) - bool(p.relative and self.ref and p.start > self.ref)))
            p = replace(p, begin=p.begin + sent.start, stop=p.stop + sent.start)
            prior = next((q for q in reversed(out) if re.fullmatch(r"\d{4}", q.label)), None)
            if p.relative and prior is not None and re.search(r"\bsuivante?\b", p.text, re.IGNORECASE):
                p = with_label(replace(p, relative=False), str(int(prior.label) + 1))   # "Pour l'exercice 2027, ...,
                # puis quelque 650 millions l'année suivante": the year after the one just said (2028)
            if said_to_date(p.text) and re.search(r"\bdéjà\b[^,;.]*\Z", before):
                p = with_label(p, "../" + p.label.split("/")[-1])   # "dont 2,3 milliards déjà décaissés à fin juin":
                # all spent up to then, since whenever it began (not only this year)
            words = re.findall(r"[\w'-]+", before)
            bare_year = re.fullmatch(r"\d{4}", p.label)
            if not year_end and not p.label.startswith("../") and words and (
                    words[-1] in self.cues.period_ignore_after or " ".join(words[-2:]) in self.cues.period_ignore_after
                    or len(words) > 2 and words[-2] in ("à", "au") and words[-3] in self.cues.period_ignore_after
                    or _COMPARED_YEAR.search(before)) \
                    and not _YEAR_WHEN.match(self.work, p.stop) and not (
                        _TO_BE_DONE.search(before) and _WORKS_START.search(before)):
                continue    # ("née à Lyon en 2020": when it was born) (not "La troisième tranche sera lancée d'ici
                # 2030": by then, its money is spent, nor "sera lancée au printemps 2026": from then; but "plus qu'en
                # 2025, année où le groupe a investi 20,1 milliards", "proche de celui de 2024, lorsque le groupe avait
                # investi": the year that clause dates)
            elif bare_year and self._base_year(before):
                continue
            elif p.text.lower().startswith("avant") and re.search(r"\bpas\b[^,;.]{0,50}$", before):
                continue    # "ne serait pas mise en service avant 2030": a deadline denied dates nothing
            elif self._commissioned(sent, p):
                # "pour une mise en service progressive à partir de 2028": the money is spent before then, by
                # that year ("doit entrer en production au second semestre 2026", "qui produira à partir de
                # 2028": by then)
                out.append(with_label(p, f"../{p.label[:4]}"))
                continue
            elif _RESULTS_OF.search(before):
                continue    # "lors de la présentation des résultats du trimestre octobre-décembre 2024": the results'
            elif not year_end and self._dates_other_act(sent, p):
                continue    # "le groupe, qui a racheté Interxion en 2020, a investi": the purchase's year
            elif self._dates_announcement(sent, p):
                announced.append(p)
                continue
            if bare_year and not p.text.lower().startswith("en ") and self._horizon_named(sent.start, p.begin):
                p = with_label(p, f"../{p.label}")  # "son Plan d'action 2035" (not "le lancement du projet en 2010")
            elif (bare_year or re.fullmatch(r"\d{4}-\d{2}", p.label)) and (
                    (opened := re.search(r"\b(" + "|".join(self.cues.period_since) + r")\b[^,.;:]{0,90}(?:,\s*)?$", before))
                    or _SINCE_EVENT_OF.search(before + p.text.split(" ")[0] + " ")):
                # "depuis 2015", "depuis le lancement de la construction, fin 2021", "Depuis le premier coup de pioche,
                # en octobre 2023"
                p = with_label(p, f"{p.label}/..")
                if opened:  # the interval stands where "depuis" is ("10 MMDH depuis l'ouverture de Melloussa en 2012
                    p = replace(p, begin=sent.start + opened.start(1))  # et y emploie 11 000 personnes")
            if re.fullmatch(r"\d{4}(?:-(?:\d{2}|Q\d|H\d))?", p.label) and _STARTS_THEN.search(before):
                p = with_label(p, f"{p.label}/..")     # "une première tranche qui doit démarrer fin 2026": from then
            since = "depuis" in p.text.lower() or "depuis" in before[-90:]
            if re.fullmatch(r"\d{4}/\.\.", p.label) and since and self.ref and int(p.label[:4]) <= self.ref.year:
                p = with_label(p, f"{p.label[:4]}/{self.ref.year}" if int(p.label[:4]) < self.ref.year else p.label[:4])
                # "depuis 2014", said in 2023: 2014/2023; "depuis le début de l'année": that year
            out.append(p)
        for m in _SAME_PERIOD.finditer(text):
            # "Pour ce même exercice", "la même année": the period said last before this sentence
            earlier = [q for prev in self.sentences if prev.end <= sent.start for q in self._periods(prev)]
            year = _OF_YEAR.match(text, m.end())
            said_before = [q for q in out if q.stop <= sent.start + m.start()] or earlier
            if year and said_before and said_before[-1].start:
                # "sur les neuf premiers mois de l'année, ..., contre 55,6 milliards sur la même période de 2024": the
                # period said last, in that year
                base, stop = said_before[-1], sent.start + year.end()
                out = [q for q in out if not sent.start + m.start() <= q.begin < stop]
                out.append(replace(shift_years(base, int(year[1]) - base.start.year), begin=sent.start + m.start(),
                                   stop=stop, text=self.work[sent.start + m.start():stop]))
                continue
            # the period said last, in this sentence first ("BP ... jusqu'en 2027, et Shell vise 20 à 22 milliards par
            # an sur la même période")
            if "reste de l" in m[0].lower():    # "sur le reste de l'exercice", in an undated article: the latest
                # financial year said (the article's date says which, when it has one)
                if self.ref is not None:
                    continue
                years = sorted((q for q in said_before if "exercice" in q.text.lower() and re.fullmatch(r"\d{4}", q.label)),
                               key=lambda q: q.label)
                said_before = years[-1:] or said_before
            unit = re.search(r"(trimestre|semestre)$", m[0].lower())
            if unit:    # "Sur les trois mois clos fin juin, qui terminent son exercice 2025, [...]. Sur ce même
                # trimestre, ...": the quarter said last, not the year after it
                said_before = [q for q in said_before if months_of(q) == (3 if unit[1] == "trimestre" else 6)] or said_before
            if m[0].lower().endswith(("période", "horizon")):   # "sur la même période", "pour le même horizon": a
                # span, not the date of an event
                def spans_of(periods: list[Period]) -> list[Period]:
                    return [q for q in periods if "/" in q.label and ".." not in q.label
                            and not q.text.lower().startswith("depuis")]    # (not years gone by)
                spans = spans_of(said_before) or (spans_of(earlier) if m[0].lower().endswith("horizon") else [])
                # ("celui de 86 MMDH adopté en 2022 pour le même horizon": the plan's span said before, not the year of
                # the adoption)
                framed = self._frame_of_sentence_before(sent) if not [q for q in out if q.stop <= sent.start + m.start()] \
                    else None
                # ... unless only a length of time was said before the frame of the sentence before ("ses ventes ont
                # chuté de 20 % en deux ans. [...] Au premier semestre, le groupe a essuyé une perte ... Ses dépenses
                # ont atteint 4,1 milliards sur la même période": the half)
                said_before = [framed] if framed is not None and (not spans or spans[-1].relative
                                                                  and spans[-1].begin < framed.begin) \
                    else spans or said_before
            if re.fullmatch(r"[\w ]+ (?:la|cette) période", m[0].lower()) and said_before and said_before[-1].begin < max(
                    (s.start for s in self.sentences if s.end <= sent.start), default=0) and not (
                    said_before[-1].begin >= self._previous_paragraph_start(sent.start) and not self._is_item(
                        self._paragraph_of(sent.start))):
                continue    # a bare "sur la période" takes up the sentence before, or the paragraph before ("Sur le
                # premier trimestre ... [...] Les dépenses ont atteint 34,9 milliards sur la période"), not a span said
                # paragraphs above ("avec le MI20 sur le RER B (715 M€ sur la période)" in a list under a plan's heading)
            if said_before:
                out = _said_again(out, self._as_spent(said_before[-1], said_before[-1].begin),
                                  sent.start + m.start(), sent.start + m.end())
        for m in _THE_PART.finditer(text):
            named = re.match(r"\s*([^\W\d_]+)", text[m.end():])
            if named and is_month(named[1]):
                continue    # "sur le seul trimestre juillet-septembre": named there
            unit = "Q" if m[1].lower() == "trimestre" else "H"
            said = [(prev.start + q.begin, q) for prev in self.sentences if prev.end <= sent.start
                    for q in self._said_periods(prev) if re.fullmatch(rf"\d{{4}}-{unit}\d", q.label)]
            if said:
                out = _said_again(out, self._as_spent(said[-1][1], said[-1][0]), sent.start + m.start(), sent.start + m.end())
        by_then = _BY_THEN.search(text)
        if by_then and not any(q.begin <= sent.start + by_then.start() < q.stop for q in out):
            # "La première centrale doit entrer en service à l'automne 2027. D'ici là, l'entreprise aura injecté ...":
            # by the date said last, up to three sentences before
            k = self.sentences.index(sent)
            earlier = [q for prev in self.sentences[max(0, k - 3):k] for q in self._periods(prev) if q.end]
            if earlier:
                label = f"../{earlier[-1].end.year}"
                start, end = label_bounds(label)
                out.append(Period(label, start, end, sent.start + by_then.start(), sent.start + by_then.end(),
                                  by_then[0], False))
        since = _SINCE_EVENT.search(text)
        events = list(_EVENT_YEAR.finditer(self.work, 0, sent.start + since.start())) if since else []
        if events and not any(q.begin <= sent.start + since.start() < q.stop for q in out):
            # "Inauguré en 2015, le site ... Depuis son ouverture, Nespresso y a investi", "Le fabricant, qui a racheté
            # Bombardier Transport en 2021, avait déjà consacré 30 M$ à l'usine depuis cette acquisition": since then
            label = f"{events[-1][1]}/{self.ref.year if self.ref else '..'}"
            start, end = label_bounds(label)
            out.append(Period(label, start, end, sent.start + since.start(), sent.start + since.end(), since[0], False))
        if announced and announced[0].start:
            # "En avril 2024, il avait promis d'investir 600 milliards sur deux ans": counted from then
            then = {q.text: q for q in find_periods(text, announced[0].start)}
            out = [with_label(p, then[p.text].label) if p.relative and "/" in p.label and p.text in then
                   and not said_to_date(p.text) else p for p in out]
            if self.ref is None:    # (in an undated article, the span is known from then only)
                out = sorted(out + [replace(q, begin=sent.start + q.begin, stop=sent.start + q.stop)
                                    for q in then.values() if q.relative and "/" in q.label
                                    and not any(p.text == q.text for p in out)], key=lambda p: p.begin)
        completed = next((q for q in out if launched is not None and re.fullmatch(r"\.\./\d{4}", q.label) and is_completion(q)
                          and int(q.label[3:]) > int(launched.label) and q.begin > sent.start + launched.begin), None)
        if completed is not None:   # from the launch to the completion, said where the launch is
            begin = sent.start + launched.begin
            out = [replace(with_label(q, f"{launched.label}/{q.label[3:]}"), begin=begin, text=self.work[begin:q.stop])
                   if q is completed else q for q in out if q.begin != begin]
        # "Le plan Cap 2030 prévoit ... sur la période 2024-2030", "dans le cadre du programme France 2030",
        # "Port 2000": a year in a name dates no money ("son Plan d'action 2035, qui prévoit": a plan's horizon, but
        # "dans le cadre de son Plan d'action 2035": the frame of this money)
        out = [p for p in out if not (re.fullmatch(r"(?:\.\./)?\d{4}", p.label) and p.text[:1].isdigit()
                                      and self._ends_name(sent, p)
                                      and (not self._horizon_named(sent.start, p.begin)
                                           or _IN_FRAME.search(self.work, sent.start, p.begin)))]
        # (an amount said again is no money of its own: "45 millions par an jusqu'en 2028, soit 135 millions sur trois ans")
        return closed_spans(out, [a.start for a in self.amounts if sent.start <= a.start < sent.end
                                  and not _RESTATED.search(self.work, max(sent.start, a.start - 40), a.start)], self.work)

    def _ends_name(self, sent: Sentence, p: Period) -> bool:
        """'le programme France |2030', 'Plan |2030': a year right after a capitalised word (not a function word that
        opens the sentence: "Dès 2027, SNCF Réseau consacrera")."""
        named = _NAMED_BEFORE.search(self.work[sent.start:p.begin])
        return named is not None and not self.x.nlp.vocab[named[0].split()[0].lower()].is_stop

    def _base_year(self, before: str) -> bool:
        """'72,8 milliards d'euros (aux conditions économiques de 2020)', 'entre 31 et 34 milliards de livres
        aux prix de 2015': a year in brackets that follows a base-year word, or right after "aux <word> de",
        gives the money's value base, not when it is spent."""
        words = "|".join(map(re.escape, self.cues.period_base_year))
        bracket = re.search(r"\(([^()]*)$", before)
        return bracket is not None and re.search(rf"(?<!\w)(?:{words})(?!\w)", bracket[1]) is not None or \
            re.search(rf"(?<!\w)(?:aux|en)\s+(?:{words})\s+(?:de\s+|d')?$", before) is not None

    @staticmethod
    def _period_tokens(sent: Sentence, p: Period) -> Span | None:
        return token_span(sent.span, p.begin - sent.start, p.stop - sent.start) if sent.span is not None else None

    def _after_commissioning(self, sent: Sentence, p: Period) -> bool:
        """Is `p` said after "mise en service", "ouvrira", "produira" and the like?"""
        return bool(_COMMISSIONING.search(self.work[max(sent.start, p.begin - 60):p.begin]))

    def _commissioned(self, sent: Sentence, p: Period) -> bool:
        """Whether `p` dates when what the money builds starts working: a year to come, said after "mise en
        service", "ouvrira", "produira" and the like. A past opening is another act."""
        return (self._after_commissioning(sent, p)
                and bool(re.fullmatch(r"\d{4}(?:-[HQ]\d|-\d{2})?(?:/\.\.)?", p.label))
                and (self.ref is None or int(p.label[:4]) >= self.ref.year))

    def _by_commissioning(self, p: Period, sent: Sentence) -> bool:
        """Is `p` the "by then" read off a start of service (`_commissioned`: "qui produira à partir de 2026")?"""
        return p.label.startswith("../") and sent.start <= p.begin < sent.end and self._after_commissioning(sent, p)

    def _as_spent(self, period: Period, at: int) -> Period:
        """A period said at `at` as the spending read there had it: "le premier trimestre de son exercice 2026" of
        Microsoft is a calendar quarter for "Alphabet a déboursé 24 milliards sur la même période" too."""
        return next((s.period for s in self.spent.values() if s.period is not None and s.period.fiscal
                     and s.period.begin == at), period)

    def _horizon_named(self, start: int, at: int) -> bool:
        """Does the text before `at` name a plan whose horizon the year there is ("son plan |2026", "le plan stratégique
        Dare Forward |2030"; a name in between only after a company's kind of plan, not "le programme Léman |2030" nor a
        country's, "le plan France |2030")?"""
        m = self.cues.horizon_before.search(self.work, start, at)
        return m is not None and not (m["name"].strip() and (" " not in m[1] or is_place(m["name"].strip(" «»\"“”"))))

    def _frame_of_sentence_before(self, sent: Sentence) -> Period | None:
        """'|Au premier semestre|, le groupe a essuyé une perte nette ...': the period that opens the sentence right
        before, set off by a comma, whatever it dates there."""
        k = self.sentences.index(sent)
        if k == 0:
            return None
        prev = self.sentences[k - 1]
        first = next(iter(self._said_periods(prev)), None)
        if first is None or self.work[prev.start:prev.start + first.begin].strip() or \
                not self.work[prev.start + first.stop:].lstrip(" ").startswith(","):
            return None
        return replace(first, begin=prev.start + first.begin, stop=prev.start + first.stop)

    def _dates_other_act(self, sent: Sentence, p: Period) -> bool:
        """Does the period hang on a verb of another act than spending (a purchase, a sale)? Not when
        the act is about the money itself ("a publié des dépenses de 34,9 milliards pour son premier
        trimestre fiscal")."""
        tokens = self._period_tokens(sent, p)
        head = tokens.root.head if tokens is not None else None
        if head is None:
            return False
        offset = sent.start - sent.span.start_char
        in_sent = [a for a in self.amounts if sent.start <= a.start < sent.end]

        def holds_money(t: Token) -> bool:
            low, high = offset + t.left_edge.idx, offset + t.right_edge.idx + len(t.right_edge)
            return any(low <= a.start and a.end <= high for a in in_sent)
        if head.pos_ == "NOUN" and head.dep_ == "appos" and head.head.dep_.startswith("nsubj") and not holds_money(head):
            return True     # "La brasserie, propriété du groupe Duvel depuis 2006, va investir": what the subject is
        verb = next((t for t in tokens.root.ancestors if t.pos_ == "VERB"), None)
        if head.pos_ != "VERB" and verb is not None and verb.dep_ == "acl:relcl" and \
                verb.lemma_.lower() not in self.cues.invest_verbs and not holds_money(verb.head):
            return True     # "le renouvellement des ouvrages, dont beaucoup datent des années 1960 et 1970": the past of
            # something the money goes to, said by a relative clause
        if head.pos_ != "VERB" or head.lemma_.lower() in self.cues.invest_verbs:
            return False
        if any(c.dep_ == "aux:tense" for c in head.children) and any(
                s.dep_.startswith("nsubj") and not holds_money(s) and any(w.lower_ == "dont" for w in s.subtree)
                for s in head.children):
            return True     # "24 milliards pour le renouvellement du réseau, dont une grande partie a été construite
            # entre 1950 et 1980": the past of something the money goes to
        # (not across a colon: "Une dynamique appelée à se confirmer : sur l'ensemble de l'exercice, RTE anticipe")
        past_colon = any(w.text == ":" for w in tokens.doc[head.i + 1:tokens.start])
        if (head.dep_ == "acl:relcl" or head.dep_ == "acl" and head.head.dep_.startswith("nsubj")) \
                and not holds_money(head.head) and not past_colon:
            return True     # "Au Chili, où il a fermé ses centrales l'an dernier, Engie va construire", "Dumoulin,
            # installée depuis 1987 à Fleurus, va investir": a clause on something else than the money ("un projet
            # de 5 milliards, qui doit entrer en production l'an prochain" keeps its date)
        on_amount = head.dep_ == "acl" and any(a.start <= offset + head.head.idx < a.end
                                               and not self.work[a.end:offset + head.idx].strip() for a in in_sent)
        return head.lemma_.lower() in self.cues.other_verbs and not holds_money(head) and not on_amount
        # ("contre environ 17,5 milliards attendus cette année": the participle dates the amount it hangs on)

    def _dates_announcement(self, sent: Sentence, p: Period) -> bool:
        """'avait annoncé à la fin de l'année dernière 6 milliards ...': a period that hangs on an
        announcing verb and stands before the amount says when it was announced, not when the money
        is spent ("a annoncé 4 milliards sur la période 2024-2027" keeps its period); so does one that hangs
        on an announcing participle wherever it stands."""
        if sent.span is None or re.fullmatch(r"\d{4}/\d{4}", p.label) or p.label.startswith("..") or \
                re.fullmatch(r"\d{4}/\.\.", p.label) and (self.ref is None or int(p.label[:4]) < self.ref.year):
            return False    # "a présenté son projet pour la période 2025-2029", "annoncés lundi d'ici 2028", "Depuis
            # 2020, Sanofi affirme avoir investi": a span, a horizon or years gone by date no announcement
        if self.ref is not None and p.start is not None and p.start.year > self.ref.year and \
                re.fullmatch(r"\d{4}", p.label):
            return False    # "Dès l'an prochain, la société compte investir ..., a précisé la direction": still to come
        if p.text.lower().startswith(("pour ", "sur ")) or re.search(r"(?<!\w)(?:pour|sur)\s+\Z",
                                                                     self.work[max(sent.start, p.begin - 6):p.begin].lower()):
            return False    # "Pour l'année en cours, le groupe confirme 17 milliards": what the money is for
        tokens = self._period_tokens(sent, p)
        head = tokens.root.head if tokens is not None else None
        pledging = head is not None and any(c.lower_ in ("s'", "se") for c in head.children) and \
            head.lemma_.lower() in self.cues.invest_verbs      # "s'est engagé en septembre à investir"
        said = self.cues.announce_verbs | self.cues.estimate_verbs     # "a été réévalué fin janvier à 72,8 milliards"
        verb = next((t for t in tokens.root.ancestors if t.pos_ == "VERB"), None) if tokens is not None else None
        if verb is not None and re.fullmatch(r"\d{4}-\d{2}", p.label) and \
                verb.lemma_.lower() in said | self.cues.revise_verbs and \
                not re.search(r"\bdepuis\b", self.work[max(sent.start, p.begin - 40):p.begin], re.IGNORECASE):
            return True     # a month on a verb of saying or revising, wherever the parser hangs it: "a déjà revu cette
            # enveloppe à 2,5 milliards en juillet", "contre 1,7 milliard évoqué lors de sa journée des investisseurs en
            # octobre"
        said_right_before = tokens is not None and tokens.start > 0 and (w := tokens.doc[tokens.start - 1]).pos_ == "VERB" \
            and "Part" in w.morph.get("VerbForm") and w.dep_ == "acl" and _verb_lemma(w) in said | self.cues.adoption_verbs
        if said_right_before:
            return True     # "l'enveloppe de 4 milliards promise en 2024 ... sera dépensée d'ici fin 2027", "celui de 86
            # MMDH adopté en 2022", however parsed
        if head is None or not (head.lemma_.lower() in said or pledging) or \
                head.i in range(tokens.start, tokens.end):
            return False
        if head.dep_ in ("acl", "acl:relcl"):
            return True     # "contre 35 milliards annoncés en septembre", "selon ses comptes publiés fin juillet", "le plan
            # de 100 milliards que le gestionnaire a dévoilé fin février"
        verb_at = sent.start + head.idx - sent.span.start_char
        in_sent = [a for a in self.amounts if sent.start <= a.start < sent.end]
        return any(p.stop <= a.start for a in in_sent) and not any(verb_at < a.start < p.begin for a in in_sent)

    def _dates_a_purpose(self, p: Period, sent: Sentence, tokens: Span) -> bool:
        """'450 millions ..., pour y produire à partir de 2027 la prochaine génération': a period inside
        a purpose clause ("pour", "afin de" + a verb other than spending) dates what the money is for."""
        if not (sent.start <= p.begin < sent.end):
            return False
        span = token_span(sent.span, p.begin - sent.start, p.stop - sent.start)
        if span is None:
            return False
        amount_end = sent.start + tokens.end_char - sent.span.start_char
        purpose = re.search(_PURPOSE_VERB.pattern + r"[^;.]{0,80}$",
                            self.work[amount_end:p.begin]) if amount_end <= p.begin else None
        if purpose and purpose[1] not in self.cues.invest_verbs and (p.label.endswith("/..") or (
                "," in self.work[amount_end:amount_end + purpose.start()] and not p.label.startswith("../")
                and purpose[1] not in self.cues.build_verbs)):
            return True     # "250 millions dans son usine pour y produire, à partir de 2027, un SUV", "pour 1,95
            # milliard, afin d'augmenter ses capacités au début des années 2030" (however parsed; "pour construire,
            # d'ici à 2027, une unité" keeps its horizon)
        aimed = _AIMED_AT.search(self.work, amount_end, p.begin) if amount_end <= p.begin else None
        if aimed and aimed[1] not in self.cues.invest_nouns and p.label.endswith("/.."):
            return True     # "2,5 milliards dans son usine, destiné à la production d'un modèle à partir de 2026"
        if p.label.startswith("../"):
            return False    # "pour doubler ses capacités d'ici 2028": by then the money is spent too
        above = set(t.i for t in tokens.root.ancestors) | {tokens.root.i}
        for t in span.root.ancestors:
            if t.i in above:
                return False
            if t.pos_ == "VERB" and (any(c.dep_ == "mark" and c.lower_ in ("pour", "afin") for c in t.children)
                                     or t.head.lower_ == "afin"):     # ("afin d'augmenter", however parsed)
                return t.lemma_.lower() not in self.cues.invest_verbs and not (
                    t == span.root.head and t.lemma_.lower() in self.cues.build_verbs)   # (the works the money pays:
                # "12 millions pour agrandir son site de Kénitra, au Maroc, en 2026")
            if t.i > tokens.end and t.lemma_.lower() not in self.cues.invest_verbs and "Past" in t.morph.get("Tense") \
                    and ((t.dep_ == "acl:relcl" or "Rel" in t.left_edge.morph.get("PronType"))
                         and any(c.dep_ == "aux:tense" for c in t.children) or t.dep_ == "acl"
                         and t.head.i > tokens.end and t.head.lemma_.lower() not in self.cues.time_nouns
                         and t.head.lower_ not in self.cues.invest_nouns):
                return True     # "a englouti 2 milliards dans la mine, dont la première cargaison a quitté le port
                # en décembre", "24 milliards au renouvellement des lignes construites dans les années 1960", "iront à
                # la mine de Tri-K, dont Managem a pris le contrôle l'an dernier": the past of the thing the money goes to
        return False

    def _span_back(self, amount: Amount, sent: Sentence) -> Period | None:
        """'sur cinq ans', 'sur la durée du contrat' with no date to count from: the interval of that
        length (or the latest interval) stated earlier in the article."""
        tail = self.work[amount.end:sent.end].lower()
        m = re.search(r"\bsur (\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ans\b", tail)
        wanted = None
        if m:
            wanted = _COUNTS.get(m[1]) or int(m[1])
        elif not any(p in tail for p in self.cues.period_span_back):
            return None
        earlier = [p for prev in self.sentences if prev.end <= sent.end
                   for p in self._periods(prev) if "/" in p.label and ".." not in p.label and p.begin < amount.start]
        earlier = [p for p in earlier if not _FORMER.search(self.work[max(0, p.begin - 30):p.begin])]
        fits = [p for p in earlier if wanted is None or (p.end.year - p.start.year + 1) == wanted]
        return fits[-1] if fits else None

    def _plan_span_before(self, i: int) -> Period | None:
        """'L'opérateur prévoit d'investir 300 milliards sur la période 2025-2027. « Nous allons investir
        100 milliards par an »': a yearly figure with no date of its own spreads the plan just stated."""
        if i == 0:
            return None
        spans = [p for p in self._periods(self.sentences[i - 1]) if "/" in p.label and ".." not in p.label
                 and (self.ref is None or p.start.year >= self.ref.year)]     # a plan ahead, not "depuis 2012"
        if spans:
            return spans[-1]
        # "National Grid investira 60 milliards de livres sur cinq ans. [...] Le plan représente une moyenne d'environ
        # 12 milliards de livres par an": a sentence that takes the plan up has the span of the spending read last, a
        # few sentences before (not "La filiale consacre par ailleurs chaque année 400 millions")
        return self._span_spent_before(i, closed=True) if self._takeup_opener(self.sentences[i].start) else None

    def _takeup_opener(self, start: int) -> re.Match | None:
        """The opening of the sentence at `start` when it is a noun that takes the money up ("Le plan", "Cet
        investissement")."""
        head = _TAKEUP_OPENER.match(self.work, start, start + 40)
        return head if head is not None and head[1].lower() in self.cues.takeup_heads else None

    def _span_spent_before(self, i: int, closed: bool, back: int = 4) -> Period | None:
        """The span of the spending read last, up to `back` sentences before sentence `i` (not "contre 3,5 milliards l'an
        dernier", a year); `closed`: a span ahead with both ends ("2024/2029", not "../2040" or "depuis 2012")."""
        for a in reversed(self.amounts):
            if not (self.sentences[max(0, i - back)].start <= a.start < self.sentences[i].start and a.start in self.spent):
                continue
            p = self.spent[a.start].period
            if p is not None and "/" in p.label and (
                    not closed or ".." not in p.label and (self.ref is None or p.start.year >= self.ref.year)):
                return p
        return None

    def _fact(self, amount: Amount, i: int, in_sent: list[Amount], periods: list[Period]) -> Fact | None:
        sent = self.sentences[i]
        if amount.qualifier == "vague" or not amount.currency or self._is_conversion(amount) or self._superseded(amount) \
                or max(amount.value or 0, amount.high or 0) < _SMALLEST_INVESTMENT:
            return None
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        if tokens is None or self._negated(tokens, sent):
            return None
        # the sentence that says who spends it: this one, or the next when it takes the amount up
        says, evidence_end = sent, sent.end
        local = self.local_verdicts[amount.start] = self._local_verdict(tokens, sent)
        whole = self._whole_of(amount, i)
        if local is False and whole is not None and self._complement_verdict(tokens) is None \
                and not _DIFFERENCE.match(self.work, amount.end) and not (
                    _ON_ITS_OWN.search(self.work, sent.start, amount.start) and not _OF_THE_TOTAL.match(self.work, sent.start)):
            local = True    # a part of spending, whatever the ratio in between says ("soit 20 % du chiffre d'affaires",
            # "Dans ce total, le raccordement des parcs pèsera à lui seul 37 milliards"; not "L'IFER coûte à elle seule
            # près de 300 millions par an aux opérateurs": a part only by "à elle seule", of no spending)
        elif local is None and whole is not None and (self._allocated(amount, sent) and (
                _ON_ITS_OWN.search(self.work, sent.start, amount.start) or _OF_THE_TOTAL.match(self.work, sent.start))
                or self._share_received(amount, sent)):
            local = True    # "Le centre d'Orbe, où sont mis au point les produits, recevra à lui seul 150 millions", "Le
            # Sénégal, marché historique de l'opérateur, concentrera 410 milliards", "Sur ce total, 19,4 milliards sont allés à des actifs à courte durée de vie": a part of the spending read
            # before, whatever the other words of the sentence say (not "Sur ce total, 620 millions proviennent d'une
            # aide d'État": where money comes from)
        ranked_of = self._whole_of_part(amount, i) if _RANKED_PART_OPENER.fullmatch(self.work, sent.start, amount.start) \
            else None
        if ranked_of is not None:
            # "Le programme sera conduit en trois tranches. [...] La troisième, de 200 millions, sera lancée d'ici 2030",
            # "La seconde, estimée entre 1,3 et 1,5 milliard, dépendra du réseau de RTE": a part of the spending just
            # read, by the same spender
            local, whole = True, whole or ranked_of
        before = self._amounts_before(amount, i)
        if whole is None and before and before[-1].start >= sent.start and before[-1].start not in self.spent and \
                before[-1].qualifier != "vague" and not any(not c.aside for c in sent.candidates) and \
                _OF_WHICH.search(self.work[max(sent.start, amount.start - 30):amount.start]):
            return None     # "un record de 37 milliards d'investissements répartis entre 53 projets, dont 20 milliards
            # déjà connus": a part of money nobody spends
        if before and before[-1].start >= sent.start and before[-1].start not in self.spent and \
                _RESTATED.search(self.work, before[-1].end, amount.start):
            return None     # "un dividende de 4,20 euros par action, soit environ 2,4 milliards d'euros au total": money
            # that is no spending, said another way
        if local is False or self._level_of_other(tokens, amount, in_sent, sent) or \
                self.cues.derived_opener.match(self.work, sent.start):
            return None
        verdict = local or self._sentence_has_cue(sent, tokens)
        compared = self._compared_with(amount, in_sent)
        if compared is not None and (_UNIT_PRICE.match(self.work, compared.end) or compared.start < amount.start
                                     and self._local_verdict_of(compared, sent) is False):
            return None     # "10,4 millions d'euros par mégawatt, contre 7,8 millions il y a trois ans": a unit price too
            # ("le coût de construction d'un mégawatt atteint 10 à 12 millions, contre 7 millions": what the first is)
        if local is None and compared is not None:
            # "a consacré 36,2 milliards à ses investissements, contre 20 milliards": what the first is
            before = token_span(sent.span, compared.start - sent.start, compared.end - sent.start)
            said = self._local_verdict(before, sent) if before is not None else False
            verdict = said if said is not None else self._sentence_has_cue(sent, before)    # ("10,4 millions d'euros
            # par mégawatt, contre 7,8 millions il y a trois ans": a unit price, both)
        if verdict is None and _AMOUNT_OPENER.match(self.work, sent.start) and i > 0:
            verdict = self._sentence_has_cue(self.sentences[i - 1])     # "... son programme d'investissement pour la
            # période 2025-2029. D'un montant de 650 milliards, il doit permettre ...": what the sentence before spoke of
        question = self._question_answered(amount, i)
        if verdict is None and question is not None:
            turn_start = self.paragraphs[self._paragraph_of(question.start)][0]
            lead_in = [s for s in self.sentences[:i - 1] if s.start >= turn_start]
            verdict = next((v for s in [question, *reversed(lead_in)] if (v := self._sentence_has_cue(s)) is not None),
                           None) or (  # "Et quel budget pour cette année ? Quelque 350 millions d'euros." ("Vous annoncez
                # un effort sans précédent. De quel ordre ? Un peu plus de 100 milliards d'euros": the turn's lead-in)
                # "Vous lancez l'extension de l'usine. Combien coûtera-t-elle ? Un peu plus de 1,7 milliard d'euros."
                any(_verb_lemma(t) in self.cues.cost_verbs for t in question.span if t.pos_ in ("VERB", "AUX")) or None)
            if verdict is None and not any(self._noun_verdict(t) is False for t in question.span if t.pos_ == "NOUN"):
                # "... 200 milliards à nos réseaux. [...] Combien pour la 5G précisément ? Environ 45 milliards.": a
                # question with no word of its own goes on with the spending just read (not "Et votre chiffre
                # d'affaires ?")
                verdict = any(a.start in self.spent for a in self.amounts
                              if self.sentences[max(0, i - 3)].start <= a.start < question.start) or None
        pledger, restated = self._pledger_after(amount, sent), self._restated(amount, i)
        if verdict is None and (whole is not None or restated is not None or self._continues_spending(amount, i)
                                or self._item_of_spending_list(sent)
                                or self._level_after_spending(tokens, i) or self._pledge_item(amount, sent)
                                or self._site_chosen(amount, sent) or self._plan_told(amount, sent)
                                or self._labelled_pledge(amount, sent, tokens)
                                or pledger is not None or self._share_received(amount, sent, places_only=True)):
            verdict = True
        company = None if not verdict or self._public_agent(amount, sent) else (pledger, []) if pledger else (
            self._spender_of(ranked_of) or (self._spender_of(whole) if not sent.candidates or whole is not None and
                                            self._share_received(amount, sent) else None)
            or self._company(amount, sent, in_sent, i)
            or self._coordinated_spender(amount, in_sent) or self._spender_of(compared or whole or restated))
        following = self.sentences[i + 1] if i + 1 < len(self.sentences) else None
        if (company is None or not sent.candidates and pledger is None and whole is None) and \
                following is not None and self._takes_up(following, anywhere=self._amount_alone(amount, sent)) \
                and (takers := [c for c in following.candidates if company is None or (
                    (words := _words_of(following, c)) is not None and _subject_named(words.root))]) and \
                not self._several_spend(tokens):
            # (with a company found before, only one the next sentence names as its subject: not "Près d'un tiers de
            # cette enveloppe ira au complexe Verbund")
            # ("Montant annoncé : 75 milliards de FCFA. C'est ce que la SIR consacrera à ...": the next sentence's
            # company, not one named before)
            says = following
            evidence_end = says.end
            verdict = local or self._sentence_has_cue(says)
            company = (takers[0], []) if verdict else None
        if not verdict or company is None:
            return None
        investor, partners = company
        if investor.raw in self._observers or investor.name in self._observers:
            return None     # "les centres de données européens devront mobiliser 150 milliards, estime le cabinet Halden
            # Conseil", "Pour 2026, CBRE anticipe entre 4 et 5 milliards d'investissements": a firm that measures a
            # market gives figures of the market, not its own spending
        periods = [p for p in periods if not self._dates_a_purpose(p, sent, tokens)
                   and not (amount.end <= p.begin and _COMPARED_AFTER.search(self.work, amount.end, p.begin))]
        restated_span = self.spent[restated.start].period if restated is not None else None
        # (a span, or any period when the sentence names none: "... entre 70 et 72 milliards cette année. Cela
        # représente près de 18 milliards par trimestre en moyenne")
        period = (restated_span if restated_span is not None and ("/" in restated_span.label or not periods)
                  else None) or \
            self._year_earlier(amount, in_sent, periods, sent) or \
            self._same_period_back(sent, periods) or \
            self._taken_up_year_earlier(amount, i) or self._period(amount, in_sent, periods, sent) or \
            self._same_figure_period(tokens, compared, i) or \
            self._whole_period(amount, in_sent, periods, sent) or self._plan_period_taken_up(amount, i) or \
            (self._framed_before(i) if whole is None else None) or self._plan_said_before(i) or self._spread_after(i) or (
            self._period(amount, [amount], self._periods(says)) if says is not sent else None) or (
            self._period(amount, [amount], self._periods(question)) if question is not None else None) or (
            self._span_back(amount, sent) if self.ref is None else None)
        if period is not None and len(in_sent) == 1:
            period = self._both_ends(period, periods)
        if whole is not None and not _ON_ITS_OWN.search(self.work, sent.start, amount.start) and (
                period is None or self._by_commissioning(period, sent) and self.spent[whole.start].period is not None):
            period = self.spent[whole.start].period     # "Sur ce total, ...", "Dont 37 milliards ...": the total's
            # (not the start of what the part builds: "Sur ce montant, 3 milliards seront consacrés à l'usine de
            # Halewood, qui produira à partir de 2026")
        if period is None and not _LENGTH_SAID.search(self.work, sent.start, sent.end) and \
                (beside := self._set_beside(tokens, i)):
            # "Alphabet vise pour sa part ...": the period of the spending set beside (the first of its sentence, not
            # "après 128 milliards l'an dernier")
            last = next(s for s in reversed(self.sentences[:i]) if s.start <= beside[-1].start < s.end)
            compared_period = self.spent[next(a for a in beside if a.start >= last.start).start].period
            if compared_period is not None and "/" not in compared_period.label and not (
                    re.search(r"-[QH]\d\Z", compared_period.label) and _WHOLE_YEAR.search(self.work, sent.start, sent.end)):
                period = compared_period    # (a year or a quarter; a pledge's horizon is its own; not a quarter for
                # "sur l'ensemble de l'année")
        if period is not None and re.fullmatch(r"\d{4}-(?:Q\d|H\d|\d{2})", period.label) and any(
                w.lemma_.lower() == "annuel" and w.dep_ == "amod" and w.head.lemma_.lower() in self.cues.invest_nouns
                for w in sent.span if w.i < tokens.start):
            period = with_label(period, period.label[:4])   # "l'enveloppe annuelle grimpe à 94 milliards": the year's
        elif period is None and any(
                w.lemma_.lower() == "annuel" and w.dep_ == "amod" and w.head.lower_ in self.cues.guidance_nouns
                and any("Yes" in d.morph.get("Poss") for d in w.head.children) for w in sent.span if w.i < tokens.start):
            period = self._this_year(tokens)    # "a relevé sa prévision annuelle, qu'elle situe désormais entre 95 et 105
            # milliards": this year's
        rate = self._rate(amount, says, takeup=says is not sent)
        if period is None and rate == "per_year":
            period = self._plan_span_before(i)
        elif period is not None and rate != "total" and re.fullmatch(r"\d{4}", period.label) and \
                _FROM.search(self.work, max(0, period.begin - 10), period.begin):
            period = with_label(period, period.label + "/..")   # "15 milliards par an dès 2027": a rate from then on
        company = self.x.lexicon.lookup(investor.name)
        # (a company the lexicon does not know: the year end the article says)
        year_end = company.fiscal_year_end if company is not None else self.said_year_end
        if period is not None and year_end is None and _SHIFTED_YEAR.search(period.text):
            period = None   # "les six premiers mois de son exercice décalé", ending who knows when
        elif period is not None and year_end not in (None, 12):
            period = fiscal_period(period, year_end, self.ref, self.work[period.stop:],
                                   named_by_start=getattr(company, "country", None) == "JP",
                                   ahead=(said_status := self._status(tokens, says, None)) == "planned",
                                   rated=rate != "total", done=said_status == "actual")
        currency = self._dollar_of(amount, sent, company, whole)
        gapped = next((a for a in reversed(in_sent) if a.end <= amount.start and a.start in self.spent
                       and _THEN_GAPPED.fullmatch(self.work, a.end, amount.start)), None)
        status = self.spent[whole.start].status if whole is not None else \
            self.spent[gapped.start].status if gapped is not None else self._status(tokens, says, period)
        # ("le groupe prévoit environ 760 millions d'euros, puis quelque 650 millions l'année suivante": the verb
        # left out is the first amount's)
        # (an answer with no finite verb: "Un peu plus de 180 milliards de francs CFA, toutes usines confondues.")
        if question is not None and not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                                            for t in sent.span) and self._asks_past(question):
            status = "actual"   # "Combien avez-vous déjà engagé sur le site ? Environ 40 millions d'euros."
        if compared is not None and period is not None and self.ref and period.end and period.end < self.ref:
            status = "actual"   # "investira 610 millions en 2025, contre 540 millions en 2024"
        elif amount.start in self.dated_back and self.ref is None:
            status = "actual"   # "table sur 140 Mds$ sur son exercice 2026, soit bien plus que les 88 milliards de
            # l'exercice précédent" (undated): the year before is done
        verb = next((t for t in tokens.root.ancestors if t.pos_ == "VERB"), None)
        said_on = self._period_tokens(sent, period) if period is not None and sent.start <= period.begin < sent.end else None
        holder = said_on.root.head if said_on is not None else None
        while holder is not None and verb is not None and holder.i != verb.i and holder.dep_ in ("nmod", "obj", "obl", "obl:mod") \
                and not (holder.left_edge.i > 0 and holder.doc[holder.left_edge.i - 1].text == ","):
            holder = holder.head    # (a complement of the verb's: "dans de nouvelles usines depuis 2020"; not of an
            # apposition, however parsed: ", sa plus grosse opération depuis 2018")
        if status == "planned" and period is not None and period.text.lower().startswith("depuis") and not (
                verb is not None and "Past" in verb.morph.get("Tense") and any(c.dep_ == "aux:tense" for c in verb.children)
                and holder is not None and holder.i == verb.i):
            period = None   # "engagera 150 millions ..., un marché en recul depuis deux ans": years gone by date no plan
            # (but "a annoncé plus de 50 milliards d'investissements dans de nouvelles usines depuis 2020": since then)
        period = self._in_time(self._in_year_said(period, periods), status)
        if status == "actual" and period is not None and sent.start <= period.begin < sent.end:
            period = self._spent_up_to_now(period, tokens)
        if period is None and status == "actual" and rate != "total" and any(map(self._spends_now, tokens.root.ancestors)):
            period = self._this_year(tokens)    # "Amazon, qui dépense déjà plus de 30
            # milliards de dollars par trimestre": this year's pace
        if period is None and status == "planned":     # (a part has its whole's: "De cette somme, 6,1 milliards")
            self.defaults[(amount.start, amount.end)] = self.defaults.get((whole.start, whole.end)) if whole is not None \
                else self._publication_year(tokens, sent)
        self.spent[amount.start] = Spending(investor, partners, period, status, currency, part=whole is not None)
        exceeded = tokens.root.dep_ == "obj" and _verb_lemma(tokens.root.head) in self.cues.exceed_verbs
        a = self.article
        return Fact(article_id=a.article_id, company=investor.name, company_raw=investor.raw,
                    partners=";".join(p.name for p in partners) or None, currency=currency,
                    amount=amount.value, amount_min=amount.low, amount_max=amount.high,
                    qualifier="at_least" if exceeded and amount.qualifier == "exact" else amount.qualifier,
                    char_start=amount.start, char_end=amount.end,
                    amount_text=a.text[amount.start:amount.end], sentence=self._evidence(sent.start, evidence_end),
                    published=a.published, period=period.label if period else None,
                    period_start=period.start if period else None, period_end=period.end if period else None,
                    rate=rate, status=status, purpose=self._purpose(amount, sent), content_hash=a.content_hash)

    def _dollar_of(self, amount: Amount, sent: Sentence, company: Company | None, whole: Amount | None) -> str | None:
        """Which dollar: a Canadian spender's are Canadian ("Hydro-Québec a investi 6,1 milliards de dollars"); in an
        article whose dollars are Canadian, a foreign group's spending as a figure of its accounts is in US dollars
        ("Microsoft a dépensé près de 34 milliards $ en investissements", "Rio Tinto prévoit des dépenses
        d'investissement de 11 milliards de dollars" in a Quebec outlet), unless said Canadian or spent there
        (`_spent_in_canada`); a part keeps its whole's ("Dont 7,5 milliards")."""
        currency = amount.currency
        country = getattr(company, "country", None)
        if currency == "USD" and country == "CA" and not _NAMED_US_DOLLAR.search(self.work, amount.start, amount.end):
            return "CAD"
        if currency != "CAD" or country in (None, "CA") or any(a.currency == "CAD" for a in find_amounts(amount.text)):
            return currency
        if whole is not None and whole.currency == "CAD":
            return self.spent[whole.start].currency
        accounts = sent.span is not None and any(t.lower_ in self.cues.group_spending_nouns for t in sent.span)
        return "USD" if accounts and not self._spent_in_canada(sent) else currency

    def _spent_in_canada(self, sent: Sentence) -> bool:
        """Does the sentence place the money in Canada: a Canadian place, "ici" (not "d'ici"), a site said before ("l'usine
        a bénéficié de 40 M$ d'investissements"; not "la mine de cuivre d'Oyu Tolgoi"), or a site of one's own named
        ("son complexe Jonquière"; not "Son rival Meta")?"""
        if names_country_of("CAD", self.work[sent.start:sent.end]):
            return True
        if sent.span is None:
            return False
        offset = sent.start - sent.span.start_char
        sites = self.cues.site_nouns - self.cues.area_nouns
        return any(
            t.lower_ == "ici" and not (t.i and t.doc[t.i - 1].lower_ in ("d'", "d’"))
            or t.lower_ in sites and not any(w.pos_ == "PROPN" for w in t.subtree)
            or t.pos_ == "NOUN" and any("Yes" in d.morph.get("Poss") for d in t.children) and any(
                c.pos_ == "PROPN" and c.dep_ in ("nmod", "flat:name", "appos")
                and not any(k.start <= offset + c.idx < k.end for k in sent.candidates) for c in t.children)
            for t in sent.span)

    def _evidence(self, start: int, end: int) -> str:
        """The sentence as the article writes it, on one line, without the date header."""
        header = _HEADER.match(self.article.text)
        return " ".join(self.article.text[max(start, header.end() if header else 0):end].split())

    # ------------------------------------------------------------------ is it an investment?

    def _is_conversion(self, amount: Amount) -> bool:
        return amount.start in self._conversions

    @cached_property
    def _conversions(self) -> set[int]:
        """Offsets of the amounts that restate the one before in another currency: '4,4 milliards de
        yuans (environ 620 millions de dollars)', '23 milliards de dollars sur cinq ans, soit environ
        19,6 milliards de francs', '2,3 milliards de francs en 2026 (environ 2,45 milliards d'euros)'."""
        out = set()
        for amount in self.amounts:
            window = max(0, amount.start - 40)
            m = _RESTATING.search(self.work[window:amount.start])
            if m is None:
                continue
            head_end = window + m.start()
            while head_end and self.work[head_end - 1].isspace():
                head_end -= 1
            gap = 50 if m[0].startswith("(") else 30   # ("300 milliards de FCFA d'investissements sur la période
            # 2026-2028 (environ 457 millions d'euros)")
            if any(0 <= head_end - other.end <= gap and other.currency != amount.currency
                   and not re.search(r"[,;.:()]", self.work[other.end:head_end].rstrip(",( "))
                   for other in self.amounts if other is not amount):
                out.add(amount.start)
            elif m[0] != "(":   # "3,5 milliards de dirhams sur la période 2025-2027 pour préparer l'usine ..., soit environ
                # 325 millions d'euros": the amount just before, however far in the clause, in another currency
                before = [a for a in self.amounts if a.end <= head_end and a.start not in out]
                # (or in the sentence before, when "Soit" opens this one: "... 12 milliards de dirhams pour ...
                # d'ici 2030. Soit environ 1,1 milliard d'euros au cours actuel")
                breaks = len(re.findall(r"[.;:!?](?!\d)", self.work[before[-1].end:head_end])) if before else 0
                # (or one that takes it up: "... 650 millions de francs d'ici 2028. Le montant, qui correspond à quelque
                # 690 millions d'euros, servira à ...")
                opening = next((s.start for s in self.sentences if s.start <= amount.start < s.end), amount.start)
                if before and before[-1].currency != amount.currency and \
                        breaks <= (m[0].startswith("Soit") or self._takeup_opener(opening) is not None):
                    out.add(amount.start)
        return out

    def _superseded(self, amount: Amount) -> bool:
        """'entre 70 et 72 milliards, contre une fourchette de 66 à 72 milliards auparavant', 'contre 10 000
        milliards prévus jusqu'ici', 'dans le bas de la fourchette de 16 à 18 milliards annoncée en février':
        an earlier figure the article replaces, no fact of its own (not "la lutte contre les fuites, avec 3
        milliards prévus"); 'le groupe vise désormais 91-93 milliards, après avoir évoqué 85 milliards en juillet': an
        earlier forecast."""
        after = self.work[amount.end:amount.end + 30].lower()
        before = self.work[max(0, amount.start - 40):amount.start].lower()
        if _EARLIER_FORECAST.search(self.work[max(0, amount.start - 60):amount.start].lower()) \
                or _EARLIER_FIGURE.search(self.work, max(0, amount.start - 90), amount.start):
            return True
        replaced = re.search(r"\b(contre|au lieu d[eu']|plutôt que|(?:dans|en|au) (?:le )?(?:bas|haut) d[eu'])\b[^,;:.]*$",
                             before)
        if not replaced:
            return False
        word = next((m for w in self.cues.superseded_after
                     if (m := re.match(rf"\W*(?:[\w-]+\s+)?{re.escape(w)}(?!\w)", after))), None)
        # (not "contre 17 à 17,5 milliards prévus cette année": the plan of another year; "annoncés en mai 2023" dates
        # the earlier figure)
        return word is not None and not ("prévu" in word[0] and any(
            p.begin <= 1 and re.fullmatch(r"(?:\.\./)?\d{4}(?:/\d{4})?", p.label)
            for p in find_periods(after[word.end():], self.ref)))

    def _compared_with(self, amount: Amount, in_sent: list[Amount]) -> Amount | None:
        """The amount of the sentence that this one ("contre 20 milliards") is compared with."""
        if not _COMPARED.search(self.work[max(0, amount.start - 25):amount.start]):
            return None
        before = [a for a in in_sent if a.end <= amount.start and not self._is_conversion(a)]
        return before[-1] if before else None

    def _expected_as_before(self, participle: Token, tokens: Span, sent: Sentence) -> bool:
        """'le budget sera de 17 milliards, contre environ 17,5 milliards attendus cette année': the level expected
        of the spending it is compared with (not "attendus par les analystes", not without a spending before)."""
        at = sent.start + tokens.start_char - sent.span.start_char
        after = participle.doc.text[participle.idx + len(participle.text):]
        return participle.lemma_.lower() == "attendre" and not re.match(r"[^,;:.]*\bpar\b", after) \
            and bool(_COMPARED.search(self.work[max(sent.start, at - 25):at])) \
            and any(sent.start <= a < at for a in self.spent)

    def _negated(self, tokens: Span, sent: Sentence) -> bool:
        """'n'a pas l'intention d'investir 5 milliards', 'si Google investissait 5 milliards', 'Renault
        pourrait investir ...', 'il faudrait 1,5 milliard'; a negation in another clause ("ne sont pas en
        reste", "Ce n'est pas son premier investissement : X a injecté ...") does not count."""
        cues = self.cues
        spending = past_clause = False
        verb = next((t for t in tokens.root.ancestors if t.pos_ == "VERB"), None)
        chain = [tokens.root, *tokens.root.ancestors]
        for k, t in enumerate(chain):
            if k and any(w.text == ":" for w in t.doc[t.i:chain[k - 1].i]):
                past_clause = True  # "la cadence ne ralentirait pas : Microsoft table sur 35 milliards", "Meta n'est
                # pas en reste : la maison mère de Facebook table sur" (however parsed): the clause before the colon
                # is another's
            if t.head is not t and t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "mais" for c in t.children):
                past_clause = True  # "ne donne pas d'objectif annuel, mais table sur 35 milliards": the denial is
                # the first clause's (a verb above both may still deny: "a démenti ...")
                continue
            lemma = t.lemma_.lower()
            # "a démenti ... qu'il s'apprêterait à investir", "a renoncé à investir": from any clause above (not
            # "ne renonce pas à sa branche électrique, mais la met au régime : elle recevra": a denial denied)
            if lemma in cues.negation and t.pos_ == "VERB" and not any(
                    c.lower_ in ("pas", "jamais", "sans") for c in t.children if c.dep_ in ("advmod", "mark")) \
                    or lemma in cues.suspension_nouns and t.pos_ == "NOUN":
                return True
            if t.dep_ in ("acl", "acl:relcl") and any(
                    c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ") and (verb_lemma(c.text) or "") in cues.negation
                    for c in t.children):
                return True     # "Le projet, dont le coût avait été estimé à 180 MD, a été abandonné" (the parser
                # joining the two participles)
            if t.pos_ in ("VERB", "NOUN") and any(
                    c.dep_.startswith(("obl", "nmod")) and c.lemma_.lower() in cues.suspension_nouns
                    and any(x.lower_ == "en" for x in c.children) for c in t.children):
                return True     # "avait mis en pause son projet de 1,8 milliard", "mis en sommeil", "la mise en pause
                # de son usine, dans laquelle elle avait prévu d'engager 2 milliards"
            if any(c.lower_ in cues.invest_nouns and any(x.dep_ == "amod" and x.lower_ in cues.needed for x in c.children)
                   for c in [t, *t.children]) and not (verb is not None and self._own_forecast(verb, sent)):
                return True     # "chiffrait à 60 millions les investissements nécessaires": needed, not committed (but
                # "RTE estime à environ 100 milliards les investissements nécessaires": a company sizing its own plan)
            if t.dep_ in ("nsubj", "nsubj:pass") and any(
                    x.lemma_.lower() in cues.negation and x.pos_ in ("VERB", "ADJ") for x in [t.head, *t.head.children]
                    if x == t.head or x.dep_ in ("xcomp", "acl")):
                return True     # "son projet, chiffré à 1,8 milliard, restait suspendu"
            if past_clause:
                continue
            spending = spending or lemma in cues.invest_verbs or lemma in cues.invest_nouns \
                or lemma in cues.planned_verbs or lemma in cues.planned_nouns
            if lemma == "falloir" or (lemma == "pouvoir" and is_conditional(t) and not any(
                    c.dep_ == "xcomp" and (c.lemma_.lower() in {"aller"} | cues.cost_verbs or self._may_come(t, c))
                    for c in t.children) and not self._announced_ceiling(t, tokens)):
                return True     # (not the top of a range: "Meta pourrait aller jusqu'à 140 milliards", "le chantier
                # pourrait coûter jusqu'à 34 milliards"; nor what a cost may reach, nor a later phase that may come)
            if spending and not tokens.text.lower().startswith("pas ") and t.lower_ != "loin":
                # (not "ne dépensera pas plus de 15 milliards": a ceiling, which the amount's qualifier says; nor "BP n'est
                # pas loin derrière, avec une fourchette de": close behind)
                words = {c.lower_ for c in t.children if c.dep_ in ("advmod", "neg")}
                if words & {"pas", "jamais", "guère", "nullement", "aucunement"}:
                    return True
                restrictive = any(x.lower_ in ("que", "qu'") for x in t.doc[t.i + 1:t.i + 4]
                                  if x.i < tokens.start or tokens.start < t.i)
                if words & {"ne", "n'"} and not restrictive:
                    return True     # "n'investira que 2 milliards", "La seconde, évaluée à 70 milliards, ne sera lancée
                    # qu'en 2029" restrict, they do not deny
                if any(c.dep_ == "mark" and c.lower_ in cues.hypothesis for c in t.children):
                    return True
            if spending and t.pos_ in ("VERB", "AUX") and (
                    "Fin" in t.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in t.children)):
                past_clause = True  # the clause of the spending verb ends here: only denials above count
        return False

    def _announced_ceiling(self, may: Token, tokens: Span) -> bool:
        """'Alphabet a indiqué qu'il pourrait engager jusqu'à 93 milliards', '... que ses investissements pourraient
        atteindre jusqu'à 180 milliards', 'Eni pourrait engager jusqu'à 8 milliards, selon son directeur financier': the
        top of a forecast its author announced, not a guess (nor the figure it is compared with: "..., contre 91
        milliards l'an dernier")."""
        before = tokens.doc.text[may.idx:tokens.start_char]
        compared = _COMPARED.search(before)
        ceiling = tokens.text.lower().startswith("jusqu") or compared is not None \
            and re.search(r"\bjusqu['’]\s*(?:à|au)\b[^,;:]*,\s*$", before[:compared.start()]) is not None
        by_own_leader = any(c.dep_.startswith("obl") and any(x.lower_ == "selon" for x in c.children) and self._own_leader(c)
                            for v in [may, *may.children] if v is may or v.dep_ == "xcomp" for c in v.children)
        # (or told after it: "pourrait investir jusqu'à 1,2 milliard ..., a-t-il indiqué jeudi")
        told = _incise_verb(tokens.doc[tokens.end:tokens.sent.end])
        return ceiling and (may.dep_ == "ccomp" and _verb_lemma(may.head) in self.cues.announce_verbs or by_own_leader
                            or told is not None and _verb_lemma(told) in self.cues.announce_verbs)

    def _may_come(self, may: Token, verb: Token) -> bool:
        """'dont le coût pourrait dépasser 5 milliards', 'L'investissement total pourrait atteindre 770 millions': what a
        cost or a whole may reach, unless a condition is said ("si la demande suit"); 'Une seconde tranche, chiffrée
        à 900 millions, pourrait suivre d'ici 2033 si les volumes sont au rendez-vous': a later phase of a plan, planned
        on its condition."""
        said = [s for s in [*may.children, *verb.children] if s.dep_.startswith("nsubj")]
        subjects = [s.lemma_.lower() for s in said]
        if verb.lemma_.lower() in self.cues.later_phase_verbs:
            return any(s in self.cues.spending_subjects for s in subjects)
        if any(c.dep_ in ("advcl", "ccomp") and any(m.lower_ in self.cues.hypothesis for m in c.children) for c in
               [*may.children, *verb.children]):
            return False
        whole = any(s.lemma_.lower() in self.cues.invest_nouns and any(
            c.dep_ == "amod" and c.lemma_.lower() in ("total", "global") for c in s.children) for s in said)
        return verb.lemma_.lower() in self.cues.level_verbs and (any(s in self.cues.cost_nouns for s in subjects) or whole)

    def _own_forecast(self, verb: Token, sent: Sentence) -> bool:
        """'Le groupe de Mark Zuckerberg anticipe entre 70 et 72 milliards d'investissements', 'les
        investissements sont attendus entre 1,1 et 1,3 milliard': a company that expects its own spending
        states a plan (what the words after the amount say decides)."""
        if _verb_lemma(verb) not in self.cues.forecast_verbs:
            return False
        offset = sent.start - sent.span.start_char
        if any(c.dep_ == "obl:agent" for c in verb.children):
            return False    # "attendus par les analystes"
        # "Au niveau du groupe, les investissements opérationnels sont attendus entre 1,1 et 1,3 milliard"
        # "Nous estimons le besoin à près de 100 milliards": a company speaking of its own
        if self._named_right_before(sent, offset + verb.idx):
            return True     # "Pour l'exercice 2025/26, Barry Callebaut anticipe ...": the name right before the verb
            # (which the parser may have hung elsewhere)
        if verb.dep_ == "xcomp" and not any(c.dep_.startswith("nsubj") for c in verb.children) and any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in self.cues.leader_nouns or self._company_subject(c, sent))
                for c in verb.head.children):
            return True     # "le directeur général a indiqué s'attendre à des dépenses d'environ 50 milliards", "Microsoft
            # a indiqué s'attendre à des dépenses en capital d'environ 30 milliards"
        noun = verb.head if verb.dep_ == "acl" else next(
            (c for c in verb.head.children if c.dep_ == "obj" and _agrees(verb, c)), None) \
            if verb.dep_ == "conj" and not any(c.dep_.startswith("aux") for c in verb.children) else None
        if noun is not None and noun.lower_ in self.cues.guidance_nouns | self.cues.invest_nouns \
                and any("Yes" in c.morph.get("Poss") for c in noun.children):
            return True     # "a abaissé sa prévision d'investissements pour 2026, désormais attendue entre 15 et 16
            # milliards": its own forecast, said by the participle (which the parser may join to the verb before)
        return any((c.dep_ == "nsubj" and (c.lower_ == "nous" or self._company_subject(c, sent) or self._own_leader(c)
                                           or self._management(c)))
                   or (c.dep_ == "nsubj:pass" and c.lower_ in self.cues.invest_nouns) for c in verb.children)

    def _management(self, subject: Token) -> bool:
        """'la direction anticipe au moins 14 milliards': the company's management, with no other body named."""
        return subject.lemma_.lower() in self.cues.management_nouns and \
            not any(d.dep_ in ("nmod", "amod") for d in subject.children)

    @staticmethod
    def _company_subject(subject: Token, sent: Sentence) -> bool:
        """Is the subject a company named in the sentence, or the pronoun of one named before it ("Quant à la firme de
        Redmond, elle anticipe environ 120 milliards")?"""
        at = sent.start + subject.idx - sent.span.start_char
        return any(not k.aside and (k.start <= at < k.end or subject.lower_ in ("il", "elle") and k.end <= at)
                   for k in sent.candidates)

    def _market_forecast(self, tokens: Span, verb: Token | None) -> bool:
        """'(Il) estime que 3 000 à 4 000 milliards de dollars seront dépensés dans les infrastructures d'IA':
        money said to be spent, by nobody named, in a clause someone expects -- a market's, not a plan; so is
        a sector's spending that a clause expects ("prévoit que les dépenses mondiales ... franchiront")."""
        if verb is None or verb.dep_ != "ccomp" or _verb_lemma(verb.head) not in self.cues.forecast_clause_verbs:
            return False
        if tokens.root.dep_ == "nsubj:pass" and tokens.root.head.i == verb.i:
            return _verb_lemma(verb.head) in self.cues.forecast_verbs and \
                not any(c.dep_ == "obl:agent" for c in verb.children)
        return any(c.dep_ == "nsubj" and self._sector_spending(c) for c in verb.children)

    def _changed_by(self, tokens: Span) -> bool:
        """'réduit son enveloppe d'investissement annuelle d'un milliard', 'un plan raboté d'un milliard': the amount
        a verb of change, a few words before, moves a level by (not "réduit de 5 à 4 milliards": where it starts; "Le
        groupe réduit d'un milliard de dollars par an l'enveloppe", the verb tagged an adjective)."""
        doc = tokens.doc
        if not re.search(r"(?<!\w)(?:de|d['’])\s*$", doc.text[max(0, tokens.start_char - 4):tokens.start_char]) \
                or re.match(r"\s*à\s+\d", doc.text[tokens.end_char:tokens.end_char + 12]):
            return False
        verb = next((t for t in reversed(doc[max(0, tokens.start - 7):tokens.start]) if t.pos_ in ("VERB", "NUM")
                     or t.pos_ == "ADJ" and verb_lemma(t.text) in self.cues.changed_by_verbs), None)
        return verb is not None and verb.pos_ != "NUM" and \
            (verb.lemma_.lower() if verb.pos_ == "VERB" else verb_lemma(verb.text)) in self.cues.changed_by_verbs

    def _local_verdict(self, tokens: Span, sent: Sentence) -> bool | None:
        """Is the amount an investment by the words around it: True, False, or None when nothing near
        it says (then the sentence decides)."""
        doc = tokens.doc
        cues = self.cues
        # "120 milliards d'investissements sont attendus", "a levé 100 millions": the verb that governs
        # the amount says it is expected, raised, earned or paid, not spent
        verb = next((t for t in tokens.root.ancestors if t.pos_ == "VERB" and t.lower_ not in _FRAMING_PARTICIPLES), None)
        if verb is not None and verb.i > tokens.end and self._level_said_before(tokens):
            verb = None     # "le groupe table sur 125 milliards ..., alors que les analystes en attendaient": not its verb
        at = sent.start + tokens.start_char - sent.span.start_char
        whole = next((a for a in reversed(self.amounts) if sent.start <= a.start and a.end <= at - 5), None)
        framed = token_span(sent.span, whole.start - sent.start, whole.end - sent.start) if whole is not None else None
        if framed is not None and at - whole.end < 60 and _OF_WHICH.search(self.work, whole.end, at) and (
                noun := _noun_before(doc, framed.start - 1, sent.span.start)) is not None \
                and noun.lower_ in cues.other_nouns:
            return False    # "un chiffre d'affaires de 46,2 milliards au niveau mondial, dont environ 11 milliards en
            # France": a part of a figure that is no spending
        if _FUND_ENDOWED.search(self.work[max(sent.start, at - 80):at]):
            return False    # "Son fonds d'investissement régional, doté de 100 millions d'euros, étudie": a fund's size
        if _UNIT_PRICE.match(self.work, sent.start + tokens.end_char - sent.span.start_char) or \
                _UNIT_COST_BEFORE.search(self.work[max(sent.start, at - 120):at]) or \
                _TYPICAL_PRICE.search(self.work[max(sent.start, at - 200):at]):
            return False    # "estimé à environ 3,5 millions d'euros pièce", "le coût d'un mégawatt est passé de 7 à 10
            # millions": a unit price ("Une usine qui coûtait 300 millions il y a dix ans": a kind of thing's)
        if self._changed_by(tokens) or _CHANGE_OF.search(self.work, max(sent.start, at - 40), at):
            return False    # "réduit son enveloppe d'investissement annuelle d'un milliard", "soit un repli d'un milliard":
            # by how much, not how much
        clause = _FIGURE_CLAUSE.search(doc.text, max(sent.span.start_char, tokens.start_char - 100), tokens.start_char)
        if clause and clause["noun"].lower() in cues.other_nouns and tokens.end + 1 < len(doc) and \
                doc[tokens.end].text == "," and doc[tokens.end + 1].pos_ in ("VERB", "AUX"):
            return False    # "La firme, dont le chiffre d'affaires a progressé de 18 %, à 76,4 milliards, prévoit de
            # dépenser": a figure of a relative clause set between the subject and its verb, however parsed
        compound = _COMPOUND_BEFORE.search(doc.text, max(0, tokens.start_char - 60), tokens.start_char)
        if compound and compound[1].lower() in cues.other_nouns:
            return False    # "un cash-flow libre net d'au moins 1,5 milliard": a word the tokenizer splits, so the
            # parser hangs the amount elsewhere
        taken_up = self._demonstrative_antecedent(verb, sent)
        if taken_up is not None and self._noun_verdict(taken_up) is False:
            return False    # "... sans dévoiler sa valorisation. Selon nos informations, celle-ci avoisinerait les 250
            # millions": what the pronoun stands for
        if verb is not None and verb.lemma_.lower() in cues.level_verbs and tokens.root.head == verb and \
                (said := _pronoun_antecedent(verb)) is not None and (verdict := self._noun_verdict(said)) is not None:
            return verdict  # "L'entreprise avait freiné ses dépenses en immobilisations : elles avaient atteint 165 M$"
        bought = cues.acquisition_after.match(self.work, sent.start + tokens.end_char - sent.span.start_char)
        if bought and _BOUGHT_NAME.match(self.work, bought.end()):
            return False    # "avait déboursé 12,4 milliards de livres pour s'offrir British Energy": a company's price
            # (not "pour acquérir les 62 hectares de terrain", "pour l'acquisition de 168 trains")
        if self.cues.labelled_before.search(self.work[sent.start:sent.start + tokens.start_char - sent.span.start_char]):
            return True     # "Montant de l'opération : 28 millions d'euros"
        if cues.to_invest_after.match(self.work, sent.start + tokens.end_char - sent.span.start_char):
            return True     # "Avec près de 1 200 milliards de francs CFA (environ 1,8 milliard d'euros) à investir entre
            # 2025 et 2029, Sonatel s'offre le plus important programme de son histoire"
        if self._built_thing_costs(tokens):
            return True     # "le futur hôpital coûtera 450 millions", "le coût du projet est estimé à 31 milliards"
        cleft = _CLEFT_AFTER.match(doc.text, tokens.end_char)
        if cleft and any(t.pos_ == "VERB" and t.lemma_.lower() in cues.invest_verbs
                         for t in doc[tokens.end:tokens.end + 16] if t.idx >= cleft.end()
                         and "," not in doc.text[cleft.end():t.idx]):
            return True     # "1,3 milliard de livres : c'est la somme que la jeune pousse écossaise Nordhaven Energy
            # compte engager dans un parc" (however the parser hangs the amount)
        estimate, spending = self.cues.estimated_spending
        if estimate.search(doc.text, max(0, tokens.start_char - 60), tokens.start_char) \
                and spending.match(doc.text, tokens.end_char):
            return True     # "Shell chiffre à 20 à 22 milliards ses dépenses d'investissement annuelles"
        if self._equipment_ordered(tokens, sent):
            return True     # "Les CFF ont commandé 116 trains régionaux au constructeur Stadler pour 2,1 milliards"
        if verb is not None and verb.lemma_.lower() in cues.other_verbs and not self._own_forecast(verb, sent) and \
                not _after_sans(verb) and not (_verb_lemma(verb) in cues.report_verbs and tokens.root.head == verb
                                               and self._complement_verdict(tokens) is True):
            return False    # (but "a publié 37,5 milliards de dépenses d'investissement": the figure named)
        if tokens.start > 0 and (doc[tokens.start - 1].lower_ == "pour" or doc[tokens.start - 1].text == ":"):
            # (or after a colon: "a confirmé la construction d'une usine ... près de Reims: 310 millions d'euros")
            before = next((t for t in reversed(doc[sent.span.start:tokens.start]) if t.pos_ == "VERB"), None)
            if before is not None and before.lemma_.lower() in cues.other_verbs and not _after_sans(before) or any(
                    c.dep_ == "obj" and c.lemma_.lower() in cues.target_nouns for c in doc[sent.span.start:tokens.start]):
                return False    # "qui avait racheté en 2022 les activités de Holcim pour 6,4 milliards" (misparsed), "a
                # confirmé le rachat de la moitié de MasOrange ... pour 4,3 milliards": a price paid for a company
            if before is not None and before.lemma_.lower() in cues.build_verbs and not (
                    "Part" in before.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in before.children)):
                return True     # "veut construire un centre de 40 mégawatts à Saint-Fons pour 300 millions" (not "Son
                # usine, ouverte en 2021 pour 600 millions, tourne": what the thing is)
            if before is not None and (before.lemma_.lower() in cues.pledge_verbs or before.lemma_.lower() == "lancer") \
                    and any(c.dep_ == "obj" and c.lemma_.lower() in cues.works_nouns for c in before.children):
                return True     # "a confirmé la construction de quatre parcs de batteries ..., pour environ 1,5 milliard"
            finite = next((t for t in reversed(doc[sent.span.start:tokens.start]) if t.pos_ == "VERB"
                           and "Fin" in t.morph.get("VerbForm")), None)
            if doc[tokens.start - 1].lower_ == "pour" and finite is not None and _verb_lemma(finite) in cues.pledge_verbs \
                    and any(c.dep_ == "obj" and c.lemma_.lower() in self._things_built for c in finite.children):
                return True     # "X annoncera un campus dédié à l'IA, sur l'ancienne base aérienne de Cambrai, pour 3,5
                # milliards": what the thing announced costs, past a participle
        built = tokens.root.head
        if tokens.start == sent.span.start + 1 and doc[sent.span.start].lower_ == "avec" and doc[tokens.end].text == "," \
                and tokens.root.dep_.startswith("obl") and _verb_lemma(built) in cues.build_verbs \
                and any(t.i > built.i and t.lemma_.lower() in self._things_built for t in built.subtree):
            return True     # "Avec 630 millions d'euros, l'américain Equinix ajoute deux centres de données"
        thing = built   # ("une usine de cellules de 4,5 milliards", "un campus de centres de données de 9 milliards")
        while thing.dep_ == "nmod" and thing.head.lemma_.lower() in self._things_built and thing.head.i < thing.i:
            thing = thing.head
        if tokens.root.dep_ == "nmod" and (thing.dep_ == "obj" or thing.dep_ == "obl:mod"
                                           and thing.lemma_.lower() in self.cues.site_nouns) and (
                thing.head.lemma_.lower() in cues.build_verbs or thing.head.lemma_.lower() in cues.pledge_verbs
                and thing.lemma_.lower() in self._things_built) \
                and thing.i < tokens.start and doc[tokens.start - 1].lower_ in ("de", "d'"):
            return True     # "va construire une usine de 18 millions d'euros", "annonce un campus de 1,9 milliard"
        if tokens.start > 1 and doc[tokens.start - 1].lower_ in ("de", "d'") and \
                doc[tokens.start - 2].lemma_.lower() in self._things_built and tokens.end < len(doc) and \
                doc[tokens.end].lower_ == "que" and any(_verb_lemma(t) in cues.build_verbs
                                                        for t in doc[tokens.end + 1:tokens.end + 10]
                                                        if t.pos_ == "VERB"):
            return True     # "L'usine de près de 1,3 milliard d'euros que le fabricant construit sur la zone portuaire"
        if tokens.root.dep_ == "nmod" and any(t.lemma_.lower() in self._things_built and t.i < tokens.start
                                              for t in (built, built.head)) \
                and doc[tokens.start - 1].lower_ in ("de", "d'") and _UNDER_CONSTRUCTION.match(doc.text, tokens.end_char):
            return True     # "Une usine de batteries de 4 milliards de livres est par ailleurs en construction"
        thing = next((t for t in (built, built.head) if t.lemma_.lower() in self._things_built and t.i < tokens.start),
                     None) if tokens.root.dep_ == "nmod" and doc[tokens.start - 1].lower_ in ("de", "d'") else None
        if thing is not None and any(w.lemma_.lower() in cues.works_nouns
                                     for w in doc[max(sent.span.start, thing.i - 6):thing.i]):
            return True     # "poursuit la construction à Bridgwater d'une usine de cellules de plus de 4 milliards de
            # livres": what the plant being built costs
        if any(c.dep_ == "acl" and c.lemma_.lower() in cues.other_verbs and not self._expected_as_before(c, tokens, sent)
               for c in tokens.root.children):
            return False    # "des 146 milliards attendus par les analystes"
        if any(c.dep_ == "acl" and c.lemma_.lower() in cues.invest_verbs and c.i == tokens.end for c in tokens.root.children):
            return True     # "une hausse par rapport aux 4,8 milliards $ investis en 2023": what the participle says
        if self._market_forecast(tokens, verb):
            return False
        pledged = (tokens.root.dep_ == "obj" or tokens.root.dep_.startswith("obl")
                   and tokens.text.lower().startswith(("jusqu", "entre"))) \
            and _verb_lemma(tokens.root.head) in cues.pledge_verbs     # "a annoncé jusqu'à 1,5 milliard", "annonce
        # entre 4 et 5 milliards" (the parser reads "jusqu'à" and "entre" as prepositions)
        if _DIFFERENCE.match(self.work, sent.start + tokens.end_char - sent.span.start_char):
            return False    # "35 milliards, soit 10 milliards de plus que prévu": a difference
        if cues.sums_totalled_before.search(doc.text, max(0, tokens.start_char - 40), tokens.start_char):
            return False    # "des engagements totalisant 6 640 milliards de roupies": several sums added up
        if cues.valued_before.search(doc.text, max(0, tokens.start_char - 80), tokens.start_char):
            return False    # "qui valorise Mistral AI à 11,7 milliards": a valuation
        verdict = self._complement_verdict(tokens)
        if verdict is not None:
            return verdict
        if self.cues.own_site_after.match(doc.text, tokens.end_char) and not (
                (framing := _noun_before(doc, tokens.start - 1, sent.span.start)) is not None
                and self._noun_verdict(framing) is False):
            return True     # "ajoutera 160 millions d'euros à son usine de Fegersheim": money put into one's own site
            # (not "recevra une subvention de 650 millions pour sa gigafactory": what it is, the noun before says)
        if tokens.root.dep_ == "obj" and _verb_lemma(tokens.root.head) in cues.build_verbs and \
                any(c.lower_ == "y" for c in tokens.root.head.children):
            return True     # "Il y ajoutera 3 MMDH d'ici 2027": money put into the place just said
        built_for = _PUT_INTO.match(doc.text, self._past_its_date(tokens, sent))
        if built_for and (built_for["thing"] is None or {built_for["thing"].lower(), built_for["thing"].lower()[:-1]}
                          & self._things_built) \
                and tokens.root.dep_ == "obj" and _verb_lemma(tokens.root.head) in cues.build_verbs:
            return True     # "Sanofi ajoutera environ 700 millions d'euros pour une nouvelle unité de production",
            # "Toyota ajoutera 180 millions d'euros à Onnaing": money put into a thing or a place
        j = tokens.end
        # "consacré 3 milliards à des rachats d'actions": what the money goes to is no investment
        if j < len(doc) and doc[j].lower_ in ("à", "au", "aux"):
            k = j + 1
            while k < len(doc) and doc[k].pos_ == "DET":
                k += 1
            if k < len(doc) and (doc[k].is_lower or doc[k].is_upper) and (    # "au PIB français"
                    self._noun_verdict(doc[k]) is False or doc[k].lower_ in cues.payees
                    or doc.text[doc[k].idx:doc[k].idx + 40].lower().startswith(cues.aggregates)):
                return False
        # "un investissement de ..." / "le chiffre d'affaires ... de ...": the nearest noun before
        # ("un chiffre d'affaires compris entre ...": past a participle that only frames the amount)
        last = tokens.start - 1
        aside = _INCLUSION_ASIDE.search(doc.text, max(0, tokens.start_char - 120), tokens.start_char)
        if aside is not None:   # "des dépenses d'investissement, y compris les contrats de location, de 37,5 milliards"
            last = next(t.i for t in doc[sent.span.start:tokens.start] if t.idx >= aside.start()) - 1
        t = _noun_before(doc, last, sent.span.start)
        valued = _VALUED_APPOSITION.search(doc.text, max(0, tokens.start_char - 60), tokens.start_char)
        if t is not None and valued is not None and t.lower_ in cues.cost_nouns | {"valeur"}:
            # "La première phase, d'une valeur de 450 millions $": the cost of the noun set off before it
            t = next((w for w in reversed(doc[sent.span.start:t.i]) if w.pos_ == "NOUN" and w.idx < valued.start()), t)
        if t is not None and verb_lemma(t.text) in cues.estimate_verbs and not any(c.dep_ == "det" for c in t.children) \
                and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("à", "au"):
            # "un chantier que le gestionnaire de réseau chiffre à 75 millions": the verb, read as a noun; what it sizes
            # is its object after the amount, if any ("chiffre à 14 000 milliards les besoins d'investissement du pays")
            t = next((w for w in doc[tokens.end:tokens.end + 3] if w.pos_ == "NOUN"), None)
        if t is not None:
            verdict = self._noun_verdict(t)
            if verdict and self._programme_of_topic(t):
                verdict = False
            said_again = next((c for c in t.children if c.dep_ == "advmod" and c.lower_ == "soit"), None)
            if verdict is True and said_again is not None:
                # "un dividende de 26 francs par action, soit une enveloppe de 1,35 milliard": what it says again
                verdict = next((v for w in reversed(doc[sent.span.start:said_again.i]) if w.pos_ == "NOUN"
                                and (v := self._noun_verdict(w)) is not None), verdict)
            if verdict is not False and t.dep_ == "nmod" and t.head.pos_ == "NOUN" and t.head.i < t.i \
                    and self._noun_verdict(t.head) is False:
                return False    # "un volume d'investissement compris entre ...": a market's volume; "un
                # bénéfice d'exploitation de 12 200 milliards": a profit
            if verdict is not None:
                return verdict
        # "a porté ses dépenses d'investissement, (...), à 36,2 milliards": the amount is the new value of
        # what the revising verb moves; "évalue à 100 milliards les besoins": the value of what is estimated
        if verb is not None and verb.lemma_.lower() in cues.revise_verbs | cues.estimate_verbs:
            moved = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"), None)
            verdict = self._noun_verdict(moved) if moved is not None else None
            if verdict is not None:
                return verdict
        # the words that govern the amount
        governing = [tokens.root]
        for t in list(tokens.root.ancestors)[:3]:
            governing.append(t)
            if t.pos_ == "VERB" and t.dep_ == "conj" and t.head.pos_ == "NOUN":
                break   # "..., en hausse de 18 % sur un an, et a confirmé viser plus de 11 milliards": a verb the parser
                # joined to a noun is not governed by it
        for t in governing:
            for child in t.children:
                if child.dep_.startswith("nsubj") and child.pos_ == "NOUN":
                    verdict = self._noun_verdict(child)
                    if verdict is not None:
                        return verdict
            # ", qu'elle prévoit d'environ 32,5 milliards" after "son chiffre d'affaires ...", "le cash-flow organique,
            # que la directrice générale promet de porter à au moins 3,6 milliards": an object relative the parser
            # reads as a conjunction (on any verb above the amount), on what its antecedent says is no spending
            object_relative = next((c for v in governing[governing.index(t):] for c in v.children if c.dep_ == "mark"
                                    and c.lower_ in ("que", "qu'", "qu’") and c.i > 0 and c.doc[c.i - 1].text == ","),
                                   None)
            if object_relative is not None and self._antecedent_verdict(object_relative) is False:
                return False
            lemma = t.lemma_.lower()
            if t is not tokens.root:
                if self._spending_verb(t):
                    return True
                if lemma in cues.other_verbs and t.pos_ == "VERB" and not self._own_forecast(t, sent) and \
                        not _after_sans(t):
                    # "La deuxième phase, estimée entre 1,5 et 1,7 milliard": an estimate of what its noun costs
                    return lemma in cues.estimate_verbs and t.dep_ == "acl" and self._noun_verdict(t.head) is True \
                        and _agrees(t, t.head) and not any(c.dep_ == "nmod" and self._noun_verdict(c) is not True
                                                           for c in t.head.children)
                    # (not "un marché soutenu par les programmes ..., estimé à", nor "une dépense d'électricité estimée à")
                verdict = self._noun_verdict(t)
                if verdict is not None:
                    return verdict
            relative = next((c for c in t.children if c.dep_.startswith("nsubj") and c.lower_ == "qui"), None)
            if relative is not None:
                return self._antecedent_verdict(relative)
        return True if pledged else None

    def _demonstrative_antecedent(self, verb: Token | None, sent: Sentence) -> Token | None:
        """The noun a subject "celle-ci", "celui-ci", "ce dernier" (...) stands for: the last one of the sentence before
        of its gender and number (the pronoun's word says them; the tagger may not)."""
        pronoun = next((c for c in (verb.children if verb is not None else ()) if c.dep_.startswith("nsubj")
                        and _demonstrative(c) is not None), None)
        if pronoun is None:
            return None     # (the sentence is looked for only when there is a pronoun: this runs for every amount)
        return self._stood_for(pronoun, sent)

    def _stood_for(self, pronoun: Token, sent: Sentence) -> Token | None:
        """The noun a demonstrative subject of `sent` stands for ("un centre de données à Grand-Bassam. Ce dernier"; "au
        fonds canadien Brookfield. Ce dernier": the fund)."""
        k = next((k for k, s in enumerate(self.sentences) if s is sent), 0)
        if k == 0 or self.sentences[k - 1].span is None:
            return None
        gender, number = _demonstrative(pronoun)
        return next((n for n in reversed(self.sentences[k - 1].span) if n.pos_ == "NOUN" and not n.like_num
                     and gender in n.morph.get("Gender") and number in n.morph.get("Number")), None)

    def _antecedent_verdict(self, relative: Token) -> bool | None:
        """'son carnet de commandes, les « remaining performance obligations », qui a bondi à 523 milliards':
        a relative clause's amount is what its antecedent says, whatever stands above it."""
        noun = self._antecedent(relative)
        return self._noun_verdict(noun) if noun is not None else None

    def _complement_verdict(self, tokens: Span) -> bool | None:
        """'... de dollars d'investissements' / '... d'euros d'amende': the noun right after decides; '20
        milliards d'euros de projets' sums up several projects, '37 milliards d'investissements étrangers' a
        sector's or a country's spending: nobody's one investment."""
        doc, j = tokens.doc, tokens.end
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].is_upper:
            j += 3      # "1,2 milliard de dirhams (MMDH) d'investissements publics": past the unit's abbreviation
        rate = next((r for r in find_rates(doc.text[doc[j].idx:doc[j].idx + 20]) if r.begin == 0), None) \
            if j < len(doc) else None
        if rate is not None:    # "4 millions d'euros par an de fiscalité locale": past the rate
            rate_end = doc[j].idx + rate.stop
            while j < len(doc) and doc[j].idx < rate_end:
                j += 1
        if j + 1 < len(doc) and doc[j].lower_ in ("de", "d'", "des", "du") and (
                doc[j + 1].is_lower or doc[j + 1].lower_ in self.cues.other_nouns):     # "2,9 Md€ de CA"
            noun = doc[j + 1]      # "37 milliards d'investissements étrangers": a country's, not a company's
            if noun.lemma_.lower() == "commande" and tokens.root.head.lemma_.lower() in self.cues.order_verbs:
                return True     # "nous avons engagé en 2024 près de 4 milliards d'euros de commandes": orders placed
                # (a supplier's "4 milliards de commandes" are sales)
            if noun.lower_ in self.cues.money_nouns and any(
                    c.dep_ == "amod" and c.lower_ in self.cues.public_adjectives for c in noun.children):
                return False    # "qui devait mobiliser 43 milliards d'euros de fonds publics et privés": public money
            return False if self._sums_projects(noun) or self._sector_spending(noun, by_destination=False) \
                else self._noun_verdict(noun)
        return None

    def _subject_before(self, pronoun: Token) -> Token | None:
        """'Votre premier site, à Lorient, tourne-t-il à plein ? Presque. Il nous a coûté': the noun subject of one of
        the two sentences before, of the pronoun's gender and number, that a pronoun opening its sentence stands for."""
        i = next((k for k, s in enumerate(self.sentences) if s.span is not None and s.span.doc is pronoun.doc
                  and s.span.start == pronoun.sent.start), 0)
        for s in reversed(self.sentences[max(0, i - 2):i]):
            asks = s.span is not None and s.span.text.rstrip().endswith("?")
            subject = next((t for t in s.span if t.pos_ == "NOUN" and (t.dep_ == "nsubj" or asks and not any(
                c.dep_ == "case" for c in t.children) or t.dep_ == "ROOT" and all(
                    w.pos_ in ("DET", "ADJ", "NUM") for w in s.span.doc[s.span.start:t.i]))), None) \
                if s.span is not None else None
            # (a question's subject is read as anything: its first noun after no preposition; a noun that opens its
            # sentence read as its root: "Une deuxième usine, plus grande, est à l'étude")
            if subject is not None:
                return subject if _agrees(pronoun, subject) else None
        return None

    def _built_thing_costs(self, tokens: Span) -> bool:
        """Is the amount what a project, a site or a plant costs (its owner's investment), not a price or a
        bill? "le futur hôpital coûtera 450 millions", "Le coût du projet est estimé entre 31 et 35 milliards",
        "EDF a chiffré à 67,4 milliards le coût de construction des six réacteurs", "Son coût est estimé à",
        "un projet porté par RTE, pour un coût estimé à 90 millions"."""
        for verb in [t for t in list(tokens.root.ancestors)[:2] if t.pos_ == "VERB"]:
            lemma = _verb_lemma(verb)
            if lemma not in self.cues.cost_verbs | self.cues.estimate_verbs | self.cues.revise_verbs | self.cues.level_verbs:
                continue    # "a relevé à 72,8 milliards l'estimation du coût"
            holder = verb.head if verb.dep_ == "xcomp" else verb    # "les six réacteurs devraient coûter 67,4 milliards"
            subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if subject is not None and subject.lower_ in _RELATIVE_SUBJECTS and holder.dep_ == "acl:relcl":
                subject = holder.head
            if subject is None and holder.dep_ == "acl":
                subject = holder.head   # "Une nouvelle station d'épuration, budgétée à 4,5 millions"
            if lemma in self.cues.cost_verbs:
                payer = any(c.lower_ in _DATIVE_PRONOUNS and c.i < holder.i and c != subject for c in holder.children)
                pronoun = subject or next((c for c in holder.children if c.dep_ == "expl:subj"), None)
                if pronoun is not None and pronoun.lower_ in ("il", "elle") and \
                        all(w.is_punct or w.is_space for w in pronoun.doc[pronoun.sent.start:pronoun.i]):
                    subject = self._subject_before(pronoun) or subject
                elif pronoun is not None and pronoun.lower_ in ("il", "elle") and pronoun.i > 0 and \
                        pronoun.doc[pronoun.i - 1].text == ";":
                    subject = next((w for w in reversed(pronoun.doc[pronoun.sent.start:pronoun.i])
                                    if w.pos_ == "NOUN" and w.dep_ in ("nsubj", "nsubj:pass") and _agrees(pronoun, w)),
                                   subject)     # "Une unité sera construite à Stein ; elle coûtera entre 280 et 320
                    # millions": the subject of the clause before the semicolon
                # ("Ils nous ont coûté 350 millions": a burden borne by whom the pronoun says; but "un centre de données
                # qui lui a coûté 900 millions": what a thing built cost its owner, and "Votre premier site, à Lorient,
                # tourne-t-il à plein ? Presque. Il nous a coûté 25 millions": one's own site)
                return subject is not None and subject.lemma_.lower() in self._built_nouns and (
                    not payer or holder.dep_ == "acl:relcl" and subject == holder.head
                    or any("Yes" in d.morph.get("Poss") for d in subject.children))
            if lemma in self.cues.level_verbs:      # "le coût de construction du réacteur atteint 13,2 milliards"
                return subject is not None and self._cost_of_built(subject)
            if lemma in self.cues.estimate_verbs and subject is not None and subject.dep_ == "nsubj:pass" and (
                    subject.lemma_.lower() in self.cues.site_nouns - self.cues.area_nouns
                    or any(g.lemma_.lower() in self._things_built for g in _of_complements(subject))):
                return True     # "le programme de six EPR2 est estimé par EDF à 67,4 milliards", "Sa gigafactory de
                # batteries est estimée à 13 MMDH"
            if verb.dep_ == "acl:relcl" and any(c.dep_ == "obj" and c.lower_ in ("que", "qu'") for c in verb.children):
                # "l'estimation du coût de construction de la centrale, qu'il évalue désormais entre 31 et 34 milliards"
                subject = next((a for a in verb.ancestors if a.lemma_.lower() in self.cues.cost_nouns | {"estimation"}),
                               subject)
            if verb.dep_ == "acl" and verb.head.lemma_.lower() in self.cues.cost_nouns:
                subject = verb.head     # "pour un coût estimé à"
            # "a chiffré à 67,4 milliards le coût de ...": the cost is the object (read as the amount's complement);
            # a revised cost is its estimate ("a relevé l'estimation du coût"), not "réduire ses coûts de 10 milliards"
            nouns = {"estimation"} if lemma in self.cues.revise_verbs else self.cues.cost_nouns | {"estimation"}
            costed = [c for c in [*verb.children, *tokens.root.children] if c.dep_ in ("obj", "nmod")
                      and c.lemma_.lower() in nouns] + ([subject] if subject is not None else [])
            if any(self._cost_of_built(c) for c in costed):
                return True
        # the parse missed it ("dont le coût total est estimé à" read as another clause; "Une nouvelle station
        # d'épuration, budgétée à 4,5 millions"): by its words
        base = max(0, tokens.start_char - 120)
        costed = _THING_COSTED.search(tokens.doc.text, base, tokens.start_char)
        if costed and costed["thing"].lower() in (self._things_built | self.cues.works_nouns) - self.cues.cost_nouns \
                and (costed["comma"] or costed["thing"].lower() in self.cues.site_nouns
                     and not tokens.doc.text[max(0, costed.start() - 3):costed.start()].strip().endswith(",")):
            return True     # (without a comma, only a site said on its own: "une usine de batteries chiffrée à", not
            # "une dépense d'électricité estimée à", nor "sera pris en charge par Portalis, un chantier chiffré à")
        said = _COST_ESTIMATED.search(tokens.doc.text, base, tokens.start_char)
        cost = tokens.doc.char_span(said.start("cost"), said.end("cost")) if said else None
        return cost is not None and self._cost_of_built(cost.root)

    @cached_property
    def _built_nouns(self) -> frozenset[str]:
        return self.cues.spending_subjects | self.cues.site_nouns

    def _past_its_date(self, tokens: Span, sent: Sentence) -> int:
        """Where the words after an amount go on, past a period said right after it ("ajoutera 8 millions d'euros |l'an
        prochain| pour un laboratoire"), as the grammar reads it."""
        start = sent.span.start_char
        return next((start + p.stop + len(re.match(r"\s*,?", tokens.doc.text[start + p.stop:])[0])
                     for p in self._said_periods(sent)
                     if tokens.end_char <= start + p.begin and not tokens.doc.text[tokens.end_char:start + p.begin].strip()),
                    tokens.end_char)

    @cached_property
    def _things_built(self) -> frozenset[str]:
        """Built nouns that are no programme ("le programme IRIS², dont le coût" is a programme's cost)."""
        return self._built_nouns - self.cues.plan_nouns

    def _cost_of_built(self, cost: Token) -> bool:
        """A cost noun that is a thing built's: of a project, a site ("du projet"; "de construction de la
        centrale"), of a thing "dont" stands for ("une nouvelle ligne, dont le coût"; not a programme:
        "apporter 4 Md€ au programme IRIS², dont le coût total", unless of things built: "le programme de six
        réacteurs, dont le coût"), of the thing just spoken of ("Son coût"),
        or a project's ("pour un coût de", "Ce projet, d'un montant estimé à"). "l'estimation du coût" is the cost."""
        if cost.lemma_.lower() == "estimation":
            return any(c.dep_ == "nmod" and self._cost_of_built(c) for c in cost.children)
        if cost.lemma_.lower() not in self.cues.cost_nouns or \
                any(c.dep_ == "nmod" and c.lower_ in self.cues.running_costs for c in cost.children):
            return False    # (not "le coût global de l'organisation de la Coupe du monde": running an event)
        if any("Yes" in c.morph.get("Poss") for c in cost.children if c.dep_ == "det") or \
                cost.lemma_.lower() == "coût" and any(c.dep_ == "case" and c.lower_ == "pour" for c in cost.children):
            return True     # "Son coût", "pour un coût de" (but "pour un montant de" is any sum)
        if cost.dep_ == "nmod" and cost.head.lemma_.lower() in self._things_built | {"projet"}:
            return True     # "Ce projet, d'un montant estimé à 1,7 milliard"
        whose = [x for x in cost.head.children if x.lower_ == "dont"] if cost.dep_.startswith("nsubj") else []
        for c in [*cost.children, *whose]:     # ("Le chantier, dont le coût est estimé à": "dont" on the verb)
            if c.dep_ != "nmod" and c not in whose:
                continue
            if c.lower_ == "dont":
                noun = self._antecedent(c)
                if noun is not None and (noun.lemma_.lower() in self._things_built | self.cues.works_nouns or any(
                        g.lemma_.lower() in self._things_built for g in _of_complements(noun))):
                    return True     # "une nouvelle ligne, dont le coût", "le programme de six réacteurs, dont le coût"
            elif c.lemma_.lower() in self._built_nouns or c.pos_ == "PROPN" or c.lemma_.lower() in self.cues.works_nouns \
                    and (any(g.dep_ == "nmod" and (g.lemma_.lower() in self._built_nouns or g.pos_ == "PROPN")
                             for g in c.children) or not any(g.dep_ == "det" for g in c.children)):
                return True     # "le coût du projet", "le coût du Grand Paris Express", "le coût de construction de"
                # (however its complement is parsed; "le coût de la rénovation des logements" is no one thing's)
        return False

    @staticmethod
    def _antecedent(relative: Token, agreeing: tuple[str, str] | None = None) -> Token | None:
        """The noun a relative pronoun stands for: 'une nouvelle ligne de surgélation, |dont' -> 'ligne', 'la ligne à
        grande vitesse entre Kénitra et Marrakech, |dont' -> 'ligne' (however the complements are hung). With
        `agreeing` (gender, number), the last noun that agrees is looked for: what a personal pronoun stands for ("ses
        dépenses en immobilisations : |elles")."""
        doc = relative.doc
        noun = next((t for t in reversed(doc[relative.sent.start:relative.i]) if t.pos_ == "NOUN" and (
            agreeing is None or agreeing[0] in t.morph.get("Gender") and agreeing[1] in t.morph.get("Number"))), None)
        while noun is not None:
            if noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
                noun = noun.head
                continue
            if noun.dep_.startswith("obl") and noun.head.dep_ == "acl" and "Part" in noun.head.morph.get("VerbForm") \
                    and noun.head.head.pos_ == "NOUN" and relative.i > 0 and doc[relative.i - 1].text == ",":
                noun = noun.head.head   # "Les aides publiques accordées aux trois projets, |qui atteignaient": the
                continue                # noun the participle describes
            case = next((c for c in noun.children if c.dep_ == "case" and c.i < noun.i and c.lower_ in ("à", "en")), None)
            before = doc[case.i - 1] if case is not None and case.i > relative.sent.start else None
            if before is None or before.pos_ != "NOUN":
                return noun
            noun = before   # (a complement hung on the verb: "reste la ligne |à grande vitesse")
        return noun

    def _own_document(self, subject: Token) -> bool:
        """'Son document d'orientation', 'Le document' (after "son Plan d'action 2035"), 'le plan': a company's own plan
        speaking, not another's ("le rapport de l'Ademe")."""
        return subject.lemma_.lower() in self.cues.plan_nouns | {"document"} and any(
            c.dep_ == "det" and ("Yes" in c.morph.get("Poss") or "Def" in c.morph.get("Definite")) for c in subject.children) \
            and not any(c.dep_ == "nmod" and any(x.dep_ == "case" for x in c.children) and c.pos_ == "PROPN"
                        for c in subject.children)

    def _noun_verdict(self, t: Token) -> bool | None:
        if t.lower_ in self.cues.needs:     # "les besoins d'investissement du continent" / "ses besoins d'investissement"
            ours = any(c.dep_ == "nsubj" and (c.lower_ == "nous" or self._own_document(c)) for c in t.head.children)
            # "Nous estimons le besoin à", "Son document d'orientation stratégique évoque des besoins compris entre"
            if not ours and not any("Yes" in c.morph.get("Poss") for c in t.children):
                return False
            need = next((c for c in t.children if c.dep_ == "nmod" and not any(x.dep_ == "nummod" for x in c.children)),
                        None)   # (what is needed, not how much: "des besoins compris entre 4 et 5 milliards")
            return self._word_verdict(need) if need is not None else (True if ours else None)
        if t.lower_ == "chiffre" and any(c.dep_ == "det" for c in t.children) \
                and not re.match(r"\s*d['’]\s*affaires", t.doc.text[t.idx + len(t):]):
            return None     # "le chiffre record de 34,9 milliards": a figure says nothing of what it counts
        if t.i > 0 and f"{t.doc[t.i - 1].lower_} {t.lower_}" in self.cues.locutions:
            return None     # "en marge du sommet": a preposition made of words, no margin
        if t.doc.text[t.idx:t.idx + 40].lower().startswith(self.cues.other_senses):
            return None     # "les unités de valorisation énergétique": no valuation
        if t.dep_ == "nmod" and t.head.lemma_.lower() in self.cues.rank_heads:
            return None     # "numéro deux du marché": a rank, no market figure
        verdict = self._word_verdict(t)
        if verdict is False and t.lower_ in self.cues.budget_lines and \
                re.match(r"\s*d['’]\s*investissements?\b", t.doc.text[t.idx + len(t):]):
            return True     # "des crédits d'investissement de 14,98 milliards": a board's appropriations
        if verdict is False and t.lower_ in self.cues.guidance_nouns and \
                any("Yes" in c.morph.get("Poss") for c in t.children) and \
                any(c.dep_ == "nmod" and self._word_verdict(c) for c in t.children):
            return True     # "ses prévisions de dépenses en capital": a company's own guidance
        if verdict is not True and t.lemma_.lower() in self.cues.target_nouns | self.cues.order_nouns and any(
                c.dep_ == "nmod" and c.lower_ in self.cues.equipment_nouns and any(x.like_num for x in c.children)
                for c in t.children):
            return True     # "l'acquisition de 168 nouveaux trains", "la commande de 15 rames": equipment bought, not a
            # company
        if verdict and t.lemma_.lower() in self.cues.plan_nouns and any(
                c.dep_ == "nmod" and c.pos_ == "NOUN" and self._word_verdict(c) is False
                and any(x.dep_ == "case" and x.lower_ in ("de", "d'") for x in c.children) for c in t.children):
            return False    # "un programme de rachat d'actions", "un plan de désendettement"
        said_of = [c for c in t.children if c.dep_ in ("amod", "nmod")]
        if verdict and any(c.lower_ in self.cues.public_money for c in said_of):
            return False    # "une enveloppe publique": public money
        if verdict and t.lemma_.lower() != "investissement" and any(c.lower_ in self.cues.running_costs for c in said_of) \
                and not any(c.dep_ == "nmod" and self._word_verdict(c) for c in said_of):
            return False    # "les dépenses d'exploitation", "les dépenses totales" (not "... totales d'investissement")
        return verdict

    def _programme_of_topic(self, plan: Token) -> bool:
        """'Les rachats d'actions gagnent du terrain : Schneider Electric a lancé un programme de 2 milliards': a plan
        that does not say what it is for is one of what the sentence's topic, before the colon or after "Côté", names."""
        if plan.lemma_.lower() not in self.cues.plan_nouns or any(
                c.dep_ == "nmod" and c.pos_ == "NOUN" and "Card" not in c.morph.get("NumType")
                and any(x.lower_ in ("de", "d'", "d’") for x in c.children) for c in plan.children):
            return False
        side = _SIDE_TOPIC.match(plan.doc.text, plan.sent.start_char)
        if side and any(w in self.cues.other_nouns for w in (side[1].lower(), side[1].lower().removesuffix("s"))):
            return True     # "Côté rachats, la banque a annoncé un nouveau programme de 1,1 milliard"
        colon = next((w for w in reversed(plan.doc[plan.sent.start:plan.i]) if w.text == ":"), None)
        return colon is not None and any(
            w.dep_.startswith("nsubj") and w.pos_ == "NOUN" and self._word_verdict(w) is False
            for w in plan.doc[plan.sent.start:colon.i])

    def _word_verdict(self, t: Token) -> bool | None:
        for word in (t.lower_, t.lemma_.lower()):
            if word in self.cues.invest_nouns:
                return True
            if word in self.cues.other_nouns:
                return False
        return None

    def _continues_spending(self, amount: Amount, i: int) -> bool:
        """An amount in a sentence with no cue of its own goes on with the spending just read when it
        takes its currency from it ("Les dépenses d'investissement ont atteint 34,2 milliards de dollars
        sur le trimestre. Le groupe table sur environ 125 milliards pour 2025"), when it is shared out
        ("Les réseaux recevront environ 6 milliards", up to four sentences after it) (a part of it, "dont 3
        milliards", is read by _whole_of; the same money said again, "Soit ...", by _restated)."""
        previous = self._amounts_before(amount, i)
        if amount.currency_elided and previous and previous[-1].start in self.spent:
            return True
        if _TAKEN_UP.search(self.work[self.sentences[i].start:amount.start]) and any(a.start in self.spent for a in previous):
            return True     # "Microsoft a dépensé 41,2 milliards ... Un an plus tôt, ce montant s'élevait à 21,4 milliards"
        if _SHARE_OF_IT.search(self.work[self.sentences[i].start:amount.start]) and previous and previous[-1].start in self.spent:
            return True     # "un investissement de 2,4 milliards $. Hydro-Québec en assumera la moitié, soit 1,2 milliard $"
        if _IN_ALL.fullmatch(self.work, self.sentences[i].start, amount.start) and previous and \
                previous[-1].start in self.spent:
            return True     # "... puis 370 M€ entre 2028 et 2030. Au total, 620 M€ sur six ans"
        return self._allocated(amount, self.sentences[i]) and (
            any(a.start in self.spent for a in previous) or self._spending_before(amount, i, lambda a: False) is not None)

    def _restated(self, amount: Amount, i: int) -> Amount | None:
        """'Les CFF vont investir 17,4 milliards entre 2025 et 2028. Soit près de 4,4 milliards par an': the spending
        just read that a sentence opening on "Soit" says again: the one just before when it has a span, else the
        spending read last up to four sentences before and no smaller ("... un programme de 22 à 25 milliards sur la
        période 2025-2027. [results] Les réseaux ... 6 milliards. Soit en moyenne près de 8 milliards par an")."""
        if not _RESTATED_OPENER.match(self.work, self.sentences[i].start, amount.start):
            return None
        previous = self._amounts_before(amount, i)
        last = previous[-1] if previous and previous[-1].start in self.spent else None
        if last is not None and (span := self.spent[last.start].period) is not None and "/" in span.label:
            return last
        return self._spending_before(amount, i, lambda a: False) or last

    def _level_after_spending(self, tokens: Span, i: int) -> bool:
        """'Les géants révisent à la hausse leurs prévisions de dépenses. Alphabet a relevé sa prévision, qui
        atteint 185 milliards. Meta table sur 122 à 128 milliards': a figure whose verb only gives its
        level, right after a sentence about spending (or one read as spending), is more of the same."""
        verb = next((t for t in tokens.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        said = tokens.doc[tokens.start - 1] if tokens.start > 0 else None
        hung_level = verb is None and said is not None and said.dep_ == "acl" and said.head == tokens.root.head \
            and tokens.root.dep_ == "nmod" and said.lemma_.lower() in self.cues.level_verbs \
            and said.head.lemma_.lower() in self.cues.spending_level_nouns \
            and not any(c.dep_ == "nmod" and said.head.i < c.i < said.i for c in said.head.children)
        # ("Sur l'ensemble de l'exercice, la facture atteint 88,2 milliards" parsed with the amount hung on "facture")
        verb = said if hung_level else verb
        said_before = tokens.doc.text[max(0, tokens.start_char - 40):tokens.start_char].lower()
        revised_own = any(v.pos_ == "VERB" and v.lemma_.lower() in self.cues.revise_verbs and any(
            c.dep_ == "obj" and any("Yes" in x.morph.get("Poss") for x in c.children) for c in v.children)
            for v in list(tokens.root.ancestors)[:3])   # ("a resserré sa prévision, désormais comprise entre ...")
        level = _noun_before(tokens.doc, tokens.start - 1, self.sentences[i].span.start)
        bare_level = level is not None and level.lemma_.lower() in self.cues.spending_level_nouns and not any(
            c.dep_ == "nmod" and c.i < tokens.start for c in level.children) or any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.lemma_.lower() in self.cues.spending_level_nouns
            for c in [*tokens.root.children, *(verb.children if verb is not None else ())]) and (
            verb is not None or any(c.dep_ == "cop" for c in tokens.root.children)) or hung_level
        # ("la direction laisse entendre un rythme compris entre 3,5 et 4 milliards par an"; "Chez Amazon, le rythme est d'environ 34 milliards", "la
        # fourchette pour 2025 est désormais comprise entre 66 et 72 milliards")
        if bare_level and _LEVEL_PUT_INTO.match(tokens.doc.text, tokens.end_char):
            return True     # "le groupe maintiendra un rythme d'environ 1,5 milliard par an dans les infrastructures"
        if verb is not None and any(c.dep_.startswith("nsubj") and self._projects_subject(c) for c in verb.children):
            return False    # "Au total, les intentions recensées par l'agence atteignent 4 600 milliards": many projects'
        leveled = verb is not None and (verb.lemma_.lower() in self.cues.level_verbs or self._own_forecast(verb, self.sentences[i])
                                        or _verb_lemma(verb) in self.cues.pledge_verbs
                                        and any(w.dep_ == "obj" and w.head == verb for w in tokens)
                                        and any(c.dep_ == "nsubj" and self._own_leader(c) for c in verb.children))
        # ("Sa directrice financière, Amy Hood, a annoncé plus de 30 milliards pour le premier trimestre": the head's)
        if i == 0 or not (leveled or revised_own or bare_level or self.cues.level_phrase_before.search(said_before)):
            return False    # (a level, one's own expectation, or one's own figure revised: "Alphabet a relevé sa prévision
            # pour 2025 à ...", "elle anticipe environ 120 milliards")
        before = self.sentences[i - 1]
        # (not a vague one: "Mark Zuckerberg a même évoqué des « centaines de milliards »")
        amounts = [a for a in self.amounts if before.start <= a.start < before.end and a.qualifier != "vague"]
        earlier = [a for a in self.amounts if self.sentences[max(0, i - 3)].start <= a.start < before.start]
        if revised_own and not amounts:     # ("Microsoft a consacré 35 milliards ... Une bonne part a servi à acheter
            # des puces. Alphabet a relevé sa prévision ...": the money spent said last, not the analysts' in between)
            amounts = [a for a in earlier if a.start in self.spent][-1:] or earlier[-1:]
        elif not amounts and any(a.start in self.spent for a in earlier) and (leveled and any(
                c.dep_ == "nsubj" and self._company_subject(c, self.sentences[i]) for c in verb.children)
                or self._company_before_level_phrase(tokens, i) or bare_level and self._close_behind(tokens, i)):
            amounts = earlier   # "Alphabet a relevé sa prévision ... à 92 à 94 milliards [...]. La maison mère de Google
            # évoque une hausse en 2026, sans la chiffrer. Meta vise désormais 71 à 73 milliards": past an aside, a
            # company's own level (not "son activité IA était en passe de dépasser un taux annuel de 10 milliards")
        elif not amounts and any(self._taken_up_subject(s) or s.lower_ == "nous" for t in [tokens.root, *tokens.root.ancestors]
                                 for s in t.children if s.dep_.startswith("nsubj")):
            amounts = earlier   # "Au deuxième trimestre, le groupe a dépensé 6,36 milliards. [...] le rythme devrait
            # dépasser 9 milliards par trimestre", "Nous avons investi 65 millions l'an dernier. [...] Et pour la suite ?
            # L'an prochain, nous passerons à près de 110 millions": the spending of the sentences before
        amounts = self._set_beside(tokens, i) or amounts
        # (past an aside with no figure: "... 380 milliards de dollars de dépenses d'investissement cette année. Une
        # course aux centres de données que les marchés regardent ... Chez Amazon, le rythme est d'environ 34 milliards")
        # ("... à eux quatre dépasser les 380 milliards de dépenses d'investissement [...] Chez Amazon, le rythme est de":
        # a level of spending after a sum that is nobody's)
        cue_before = bool(self._sentence_has_cue(before)) or bare_level and any(
            self._sentence_has_cue(s) for s in self.sentences[max(0, i - 2):i])
        return any(a.start in self.spent for a in amounts) or (bare_level or revised_own) and cue_before if amounts \
            else cue_before     # (a company raising its own forecast after a sum of the sector's: "Alphabet a ouvert le
        # bal en relevant sa prévision à quelque 92 Mds$")

    def _close_behind(self, tokens: Span, i: int) -> bool:
        """'Le marocain CIMAF n'est pas loin derrière, avec une fourchette de |70 à 80 milliards': a company named
        before a phrase that sets it close behind the spending just read."""
        sent = self.sentences[i]
        said = self.work[sent.start:sent.start + tokens.start_char - sent.span.start_char].lower().replace("’", "'")
        at = next((said.find(p) for p in self.cues.close_behind if p in said), -1)
        return at >= 0 and any(c.end <= sent.start + at for c in sent.candidates if not c.aside)

    def _company_before_level_phrase(self, tokens: Span, i: int) -> bool:
        """'le groupe table désormais sur |quelque 140 milliards' (with "table" read as a noun): a company named right
        before the level phrase."""
        sent = self.sentences[i]
        low = max(0, tokens.start_char - 40)
        phrase = self.cues.level_phrase_before.search(tokens.doc.text[low:tokens.start_char])
        return phrase is not None and self._named_right_before(sent, sent.start - sent.span.start_char + low + phrase.start())

    def _named_right_before(self, sent: Sentence, at: int) -> bool:
        """Is a company of the sentence named right before `at` (a reflexive pronoun allowed between: "Barry Callebaut
        s'attend à")?"""
        return any(not c.aside and c.end <= at and self.work[c.end:at].strip() in ("", "s'", "s’")
                   for c in sent.candidates)

    def _set_beside(self, tokens: Span, i: int) -> list[Amount]:
        """'La firme de Seattle prévoit 200 milliards de dépenses en 2026 [...] Alphabet vise pour sa part entre 170 et
        180 milliards' (or "Quant à Meta, ..."): the spending of the three sentences before that a figure said "for
        its part" is set beside, past a sentence on something else; its verb gives a level or a plan ("vise", "table sur", "prévoit"), no
        spending of its own (not "Daikin va pour sa part consacrer 140 millions", a pledge)."""
        verb = next((t for t in tokens.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        sent = self.sentences[i]
        at = sent.start + tokens.start_char - sent.span.start_char
        as_for = _AS_FOR.match(self.work, sent.start) or _AS_FOR_AFTER_COLON.search(self.work, sent.start, at)
        if verb is None or verb.lemma_.lower() in self.cues.invest_verbs - self.cues.planned_verbs or not (
                _FOR_ITS_PART.search(tokens.doc.text[max(0, tokens.start_char - 40):tokens.start_char])
                or as_for and any(c.start == as_for.end() for c in sent.candidates)):
            return []   # ("Quant au portefeuille d'opportunités, il s'établit à ...": no company set beside)
        return [a for a in self.amounts if self.sentences[max(0, i - 3)].start <= a.start < self.sentences[i].start
                and a.start in self.spent]

    def _level_of_other(self, tokens: Span, amount: Amount, in_sent: list[Amount], sent: Sentence) -> bool:
        """'a réalisé un chiffre d'affaires de 1,6 milliard en 2023 et vise les 2 milliards en 2027', 'Les
        revenus du cloud bondissent à 3,3 milliards, et Oracle prévoit qu'ils atteindront 18 milliards', 'a
        publié un chiffre d'affaires de 57 milliards et prévu environ 65 milliards pour le trimestre en cours':
        a bare figure given by a level or plan verb with no subject of its own but a pronoun, after one that
        is no spending in the same sentence, is more of that ("a annoncé un bénéfice de 5,4 milliards et
        confirmé un programme d'investissements de 22 à 25 milliards" is not)."""
        verb = next((t for t in tokens.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_.lower() not in self.cues.level_verbs | self.cues.planned_verbs or \
                any(c.dep_.startswith("nsubj") and c.pos_ != "PRON" for c in verb.children) or \
                self._complement_verdict(tokens) is not None or _PURPOSE_VERB.match(self.work, amount.end):
            return False    # "et prévoit 2 milliards d'investissements", "et prévoit 1 milliard pour moderniser"
        if verb.dep_ == "xcomp" and any(c.dep_ == "obj" and self._noun_verdict(c) for c in verb.head.children):
            return False    # "a vu ses investissements nets atteindre 25,4 milliards": what reaches the figure
        if verb.lemma_.lower() not in self.cues.level_verbs and any(
                t.pos_ == "NOUN" and self._noun_verdict(t) for t in tokens.doc[verb.i + 1:tokens.start]):
            return False    # "et a confirmé un programme d'investissements de 22 à 25 milliards"
        subject = _subject_after_clause(verb)
        # (not the price in a clause set before the subject: "Après avoir racheté l'usine pour 1,2 milliard, il y
        # prévoit 500 millions de travaux")
        since = sent.start - sent.span.start_char + subject.idx if subject is not None else sent.start
        # (not after what a level moves by: "réduit d'un milliard par an l'enveloppe de sa branche, qui s'établira à
        # environ 4 milliards")
        # (nor what a relative clause says of the subject: "OVHcloud, qui a réalisé un chiffre d'affaires de 993 millions
        # d'euros, prévoit environ 200 millions l'an prochain")
        return any(self._local_verdict_of(a, sent) is False and (
            (by := token_span(sent.span, a.start - sent.start, a.end - sent.start)) is None
            or not self._changed_by(by) and not _said_in_relative_clause(by, verb))
            for a in in_sent if since <= a.start and a.end <= amount.start)

    def _equipment_ordered(self, tokens: Span, sent: Sentence) -> bool:
        """'La compagnie Eurostar commande 30 rames ... pour 1,95 milliard', 'a confirmé l'achat de 12 trains ... pour
        près de 780 millions': the price of counted equipment its buyer orders or buys, whatever the parser made of
        the verb (not "des frégates commandées par la Marine": the supplier's sale)."""
        if tokens.start == 0 or tokens.doc[tokens.start - 1].lower_ != "pour":
            return False
        for t in tokens.doc[sent.span.start:tokens.start - 1]:
            verb = _verb_lemma(t) if t.pos_ in ("VERB", "AUX") or _misread_verb(t) else ""
            ordered = verb in self.cues.order_verbs and t.dep_ != "acl" \
                and not any(c.dep_ in ("aux:pass", "obl:agent") for c in t.children)
            bought = t.pos_ == "NOUN" and t.lemma_.lower() in self.cues.target_nouns | self.cues.order_nouns
            if not (ordered or bought):
                continue
            counted = [w for w in t.doc[t.i + 1:t.i + 4] if w.like_num]
            if counted and any(w.lower_ in self.cues.equipment_nouns for w in t.doc[counted[0].i + 1:counted[0].i + 4]):
                return True
        return False

    def _local_verdict_of(self, amount: Amount, sent: Sentence) -> bool | None:
        """The local verdict of an amount of the sentence, as _fact read it (read now when _fact stopped
        before: a vague or negated amount)."""
        if amount.start not in self.local_verdicts:
            tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
            self.local_verdicts[amount.start] = self._local_verdict(tokens, sent) if tokens is not None else None
        return self.local_verdicts[amount.start]

    def _pledge_item(self, amount: Amount, sent: Sentence) -> bool:
        """'400 millions d'euros pour le japonais Daikin, qui va doubler ...', 'Côté industrie, 900 millions d'euros
        environ pour le laboratoire danois Novo Nordisk': a sentence that opens on an amount given to a company (maybe
        after a rubric) or an item of a list inside it ("Le reste du palmarès est plus hétéroclite : 6,4 milliards
        d'euros pour le logisticien américain Prologis, ... ; 500 millions sur cinq ans pour Pfizer"), in an article that
        has spoken of spending before, is one more pledge."""
        opens = _PLEDGE_OPENER.fullmatch(self.work, sent.start, amount.start) or \
            re.search(r"[:;]\s*\Z", self.work[sent.start:amount.start])
        if not opens or not any(
                a.start in self.spent for a in self.amounts if a.start < sent.start):
            return False
        return any(_GIVEN_TO.fullmatch(self.work, amount.end, c.start) for c in sent.candidates)

    def _labelled_pledge(self, amount: Amount, sent: Sentence, tokens: Span) -> bool:
        """'Valdoria Data : 1,2 milliard d'euros pour un campus de centres de données à Bouchain': a line that opens on
        a company's name and a colon, then the amount and the thing built it is for, in an article that has spoken of
        spending before, is one more pledge."""
        head = _ITEM_HEAD.match(self.work, sent.start, sent.end)
        if head is None or head.end() != amount.start or sent.start != self.paragraphs[self._paragraph_of(sent.start)][0] \
                or not any(c.start == head.start("name") for c in sent.candidates) \
                or not self._spending_said(0, sent.start):
            return False
        after = [t for t in tokens.doc[tokens.end:] if t.i < tokens.sent.end]
        goal = next((t.head for t in after if t.lower_ == "pour" and t.dep_ == "case"), None)
        return goal is not None and goal.lemma_.lower() in self._things_built

    def _site_chosen(self, amount: Amount, sent: Sentence) -> bool:
        """'Agrivoire a choisi Bouaké pour sa future unité de transformation : 45 milliards de FCFA', 'Pour sa nouvelle
        unité, Sanofi a retenu Neuville : 350 millions d'euros': the cost, right after a colon, of a site a company
        chose."""
        head = self._before_colon(amount, sent)
        return any(_verb_lemma(t) in self.cues.choose_verbs for t in head) and \
            any(t.lemma_.lower() in self._things_built for t in head)

    def _plan_told(self, amount: Amount, sent: Sentence) -> bool:
        """'Au-delà, la trajectoire est tracée : entre 16 et 18 milliards de dollars par an', 'Le plan est ambitieux :
        20 milliards d'euros': the amount, right after a colon, tells the plan that is the subject before it."""
        head = self._before_colon(amount, sent)
        return any(t.dep_ in ("nsubj", "nsubj:pass") and t.lemma_.lower() in self.cues.plan_nouns
                   and any(d.dep_ == "det" for d in t.children) for t in head)

    def _plan_funded(self, amount: Amount, sent: Sentence) -> bool:
        """'L'opération doit financer une partie d'un programme d'investissement d'environ 58 milliards': the plan a
        financing pays for, whatever the subject (the company's)."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        chain = list(tokens.root.ancestors)[:4] if tokens is not None else []
        plan = next((k for k, t in enumerate(chain) if t.lemma_.lower() in self.cues.plan_nouns), None)
        funding = next((k for k, t in enumerate(chain) if _verb_lemma(t) in self.cues.funding_verbs), None)
        return plan is not None and funding is not None and plan < funding and \
            not any(t.dep_.startswith("nsubj") for t in chain[plan:funding])
        # (not "Le plan France 2030, doté de 54 milliards, a financé ...": the plan that funds)

    def _before_colon(self, amount: Amount, sent: Sentence) -> list[Token]:
        """The words of the sentence before a colon that the amount follows right away (none without one)."""
        colon = self.work.rfind(":", sent.start, amount.start)
        if colon < 0 or self.work[colon + 1:amount.start].strip() or sent.span is None:
            return []
        return [t for t in sent.span if sent.start + t.idx - sent.span.start_char < colon]

    def _pledger_listed(self, amount: Amount, sent: Sentence) -> Candidate | None:
        """'Entre 3 et 4 milliards d'euros : l'américain Prologis, pour ...', 'Plus d'un milliard d'euros : le danois
        Novo Nordisk.': the company after the colon of a line that opens on an amount, in an article that has spoken
        of investing before."""
        if not _PLEDGE_OPENER.fullmatch(self.work, sent.start, amount.start):
            return None
        named = next((c for c in sent.candidates if not c.aside and _LISTED_AFTER_COLON.fullmatch(self.work, amount.end, c.start)
                      and re.match(r"\s*(?:[,.;(]|$)", self.work[c.end:sent.end])), None)
        return named if named is not None and any(
            self._sentence_has_cue(s) for s in self.sentences if s.end <= sent.start) else None

    def _pledger_after(self, amount: Amount, sent: Sentence) -> Candidate | None:
        """'Quelque 3 milliards d'euros d'ici 2030 : le montant confirmé lundi par l'américain Equinix': the
        company that a phrase after a colon says pledged the amount (or that the colon lists: `_pledger_listed`)."""
        said = _PLEDGED_BY_AFTER.match(self.work, amount.end, sent.end)
        if said is None or said[1].lower() not in self.cues.takeup_heads:
            return self._pledger_listed(amount, sent) or self._ranked_with(amount, sent)
        return next((c for c in sent.candidates if said.end() <= c.start and not c.aside), None)

    def _ranked_with(self, amount: Amount, sent: Sentence) -> Candidate | None:
        """'Avec 1,4 milliard d'euros, Prologis figure aussi dans la liste des plus gros investisseurs': the company
        named right after an amount that opens the sentence with "Avec", in a sentence about investing."""
        if not _WITH_AMOUNT.fullmatch(self.work, sent.start, amount.start) or \
                not _INVESTING.search(self.work, amount.end, sent.end):
            return None
        return next((c for c in sent.candidates if not c.aside and re.fullmatch(r"\s*,\s*", self.work[amount.end:c.start])),
                    None)

    def _amounts_before(self, amount: Amount, i: int) -> list[Amount]:
        """The amounts of the sentence before and of this one up to the amount (not one restated in another currency:
        "2,2 milliards de livres (2,5 milliards d'euros) sur cinq ans, dont 1,1 milliard")."""
        since = self.sentences[max(0, i - 1)].start
        return [a for a in self.amounts if since <= a.start and a.end <= amount.start and not self._is_conversion(a)]

    def _whole_of(self, amount: Amount, i: int) -> Amount | None:
        """The spending this amount is a part of: the one stated just before 'dont 3 milliards'; the one
        read last before "Dont 37 milliards pour ..." or "Le projet, dont 120 millions consacrés à ..."; the
        one read last (not one compared with), up to four sentences before and no smaller, by a sentence that
        takes it up ("De cette enveloppe, 90 milliards seront consacrés ...", "... 51 milliards de cette enveloppe") or says what one item of it costs
        "à elle seule" ("... et une station d'épuration. Cette dernière représente à elle seule 22 millions")."""
        previous = self._amounts_before(amount, i)
        sent = self.sentences[i]
        if previous and previous[-1].start in self.spent and \
                _OF_WHICH.search(self.work[max(sent.start, amount.start - 30):amount.start]):
            # "21,4 milliards, contre 19,8 milliards un an plus tôt, dont 4,9 milliards": of the first, not of the
            # one it is compared with
            compared = self._compared_with(previous[-1], [a for a in previous if a.start >= sent.start])
            return compared if compared is not None and compared.start in self.spent else previous[-1]
        # "C'est considérable. Dont 37 milliards"
        # ("L'essentiel ira aux usines du Midwest, dont 5 milliards pour ...": of the money said before the sentence;
        # not "a transporté 5,4 milliards de voyageurs en 2024, dont 122 millions": a count)
        opens_of_which = _OF_WHICH.match(self.work, sent.start, amount.start) or \
            _OF_WHICH.search(self.work, sent.start, amount.start) and not re.search(r"\d", self.work[sent.start:amount.start])
        on_its_own = _ON_ITS_OWN.search(self.work, sent.start, amount.start)
        if on_its_own and self._public_subject(amount, sent):
            return None     # "le marché européen de l'éolien en mer représentera à lui seul 40 milliards": the
            # market's, however much of it a company spends
        if not (_OF_THE_TOTAL.match(self.work, sent.start) or opens_of_which or on_its_own
                or _OF_THE_TOTAL_AFTER.match(self.work, amount.end) or self._plan_includes(amount, sent)
                or self._share_received(amount, sent)):
            return None
        def compared(a: Amount) -> bool:
            return bool(_COMPARED.search(self.work, max(0, a.start - 30), a.start))
        # a plan rather than money already spent said after it ("porter ses investissements à 25 milliards par an ...
        # C'est un quart de plus qu'en 2025, année où le groupe a investi 20,1 milliards. Sur cette enveloppe, ...");
        # "à lui seul" says a part of a larger whole, however far back ("Nous allons investir 85 millions [...] Le site
        # de Laon recevra à lui seul 30 millions"), and so does a share a site or a branch receives
        # (nor a share given before it: "La branche Électricité se taille ... 74 MMDH [...] La branche Eau captera 46 MMDH")
        share = self._share_received(amount, sent)
        def ruled_out(a: Amount) -> bool:
            return compared(a) or share and (self.spent[a.start].part or self._allocated(a, self._sentence_of(a)))
        reach = None if on_its_own or share else 4
        rate = self._rate(amount, sent, takeup=False)
        if rate != "total":     # "recevra environ 4 milliards par an": of the yearly spending read before, if any
            rated = self._spending_before(amount, i, lambda a: ruled_out(a) or self._rate(
                a, self._sentence_of(a), takeup=False) != rate, reach)
            if rated is not None:
                return rated
        return self._spending_before(amount, i, lambda a: ruled_out(a) or self.spent[a.start].status == "actual", reach) \
            or self._spending_before(amount, i, ruled_out, reach)

    def _share_received(self, amount: Amount, sent: Sentence, places_only: bool = False) -> bool:
        """'Neuville-sur-Saône recevra 310 millions pour une ligne de vaccins', 'La branche Eau captera 46 MMDH', 'Le
        volet eau potable mobilisera 38 MMDH': a place, a branch or a site that receives money (or mobilises it) is
        given a share of the spending read before, not spending of its own (`places_only`: a place, by its name).
        Read once per amount (the whole, the verdict and the spender all ask)."""
        key = (amount.start, places_only)
        if key not in self.shares:
            self.shares[key] = self._read_share(amount, sent, places_only)
        return self.shares[key]

    def _read_share(self, amount: Amount, sent: Sentence, places_only: bool) -> bool:
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start) if sent.span else None
        verb = next((t for t in tokens.root.ancestors if t.pos_ in ("VERB", "AUX")), None) if tokens is not None else None
        if verb is None or not (self._allocated(amount, sent) or _verb_lemma(verb) in self.cues.share_taking_verbs) \
                or any(c.dep_ == "aux:tense" and c.lemma_ in ("avoir", "être") for c in verb.children) \
                or "Imp" in verb.morph.get("Tense"):
            return False    # (not what a site has received: "Le site a déjà bénéficié de plus de 2 milliards")
        if not places_only and tokens.root.head.dep_ == "nsubj" and tokens.root.head.head == verb and \
                tokens.root.head.lemma_.lower() in self.cues.part_nouns:
            return True     # "Une part de 350 millions servira à convertir l'usine du Trait"
        if _CARRIED_BY_ANOTHER.search(self.work, sent.start, amount.start):
            return False    # "La centrale de Tan-Tan Est, portée par la société Atlasun Power, mobilisera pour sa part
            # 3,2 milliards": a project another carries (not "La distribution, assurée par la filiale NGED, recevra":
            # the group's own)
        holders = set() if places_only else \
            {*self.cues.division_nouns, *self.cues.site_nouns, *self.cues.share_nouns}
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:    # (the parser lost the subject: "La branche Eau, de son côté, captera 46 MMDH")
            opening = re.match(r"\s*(?:la|le|les|l['’])\s*([\w-]+)", self.work[sent.start:amount.start], re.IGNORECASE)
            return opening is not None and opening[1].lower() in holders
        return any(c.ent_type_ == "LOC" or is_place(c.text) or c.lemma_.lower() in holders for c in subjects)

    def _public_subject(self, amount: Amount, sent: Sentence) -> bool:
        """Is the subject of the verb that governs the amount a public actor, a market or a sector ("le marché ...
        représentera")?"""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start) if sent.span else None
        verb = next((t for t in tokens.root.ancestors if t.pos_ in ("VERB", "AUX")), None) if tokens is not None else None
        return verb is not None and any(c.dep_ in ("nsubj", "nsubj:pass") and c.lemma_.lower() in self.cues.public_actors
                                        for c in verb.children)

    def _plan_includes(self, amount: Amount, sent: Sentence) -> bool:
        """'Cette trajectoire comprend notamment 37 milliards pour ..., 24 milliards pour ...', 'Ce programme inclut
        600 millions pour ...', 'Le montant est considérable. Il comprend ...': the amount is included by the plan its
        sentence takes up."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start) if sent.span else None
        if tokens is None:
            return False
        def plan_subject(c: Token, verb: Token) -> bool:   # "Ce programme", "Il" (not "Elle prévoit d'y consacrer":
            # the company)
            return c.dep_ == "nsubj" and (
                c.lower_ in ("il", "elle") and _verb_lemma(verb) not in self.cues.planned_verbs
                or c.lemma_.lower() in self.cues.takeup_heads | self.cues.plan_nouns
                and any("Dem" in d.morph.get("PronType") or d.lower_ in ("la", "le", "l'", "l’") and d.i == c.sent.start
                        and _verb_lemma(verb) not in self.cues.planned_verbs for d in c.children))
            # ("La somme comprend 90 millions pour ...": the sum just said)
        # (however far: the list's last item may hang on a clause inside an item, "dont le lancement est prévu")
        return any(t.pos_ == "VERB" and _verb_lemma(t) in self.cues.inclusion_verbs and
                   any(plan_subject(c, t) for c in t.children) for t in tokens.root.ancestors)

    def _whole_of_part(self, amount: Amount, i: int) -> Amount | None:
        """The spending a ranked part ("La troisième, de 200 millions") belongs to -- not another ranked part ("La
        première, 190 millions"); a plan rather than money already spent said after it ("Nous investirons 150
        millions d'ici 2028 [...] en 2024, nous avons investi 95 millions. La plus grosse part, environ 40 millions,
        ira à Rumilly")."""
        def ranked(a: Amount) -> bool:
            return bool(_RANKED_PART_OPENER.fullmatch(self.work, self._sentence_of(a).start, a.start))
        return self._spending_before(amount, i, lambda a: ranked(a) or self.spent[a.start].status == "actual") \
            or self._spending_before(amount, i, ranked)

    def _spending_before(self, amount: Amount, i: int, ruled_out, reach: int | None = 4) -> Amount | None:
        """The spending read last, up to `reach` sentences before (None: anywhere before) and no smaller, that
        `ruled_out` does not exclude (an interviewer's questions not counted: "Combien investissez-vous ?")."""
        size = amount.value or amount.low or 0
        said = [s for k, s in enumerate(self.sentences[:i]) if k not in self._questions]
        since = said[-reach].start if reach is not None and len(said) >= reach else 0
        return next((a for a in reversed(self.amounts) if a.start in self.spent and (a.value or a.high or 0) >= size
                     and since <= a.start < self.sentences[i].start and not ruled_out(a)), None)

    def _sentence_of(self, amount: Amount) -> Sentence:
        return next(s for s in self.sentences if s.start <= amount.start < s.end)

    def _allocated(self, amount: Amount, sent: Sentence) -> bool:
        """Is the amount what a subject receives ("Les réseaux recevront 6 milliards") or makes up ("Le raccordement en
        représente la plus grosse part, avec 37 milliards"), or money that pays for a thing ("280 millions financeront
        une nouvelle installation")?"""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        if tokens is None:
            return False
        if tokens.root.dep_ == "nsubj" and _verb_lemma(tokens.root.head) in self.cues.funding_verbs:
            return True
        verb = next((t for t in tokens.root.ancestors if t.pos_ == "VERB"), None) or \
            next((t for t in reversed(sent.span.doc[sent.span.start:tokens.start]) if t.pos_ == "VERB"), None)
        said_before = tokens.doc[tokens.start - 1] if tokens.start > sent.span.start else None
        if said_before is not None and said_before.pos_ == "VERB" and \
                said_before.lemma_.lower() in self.cues.allocation_verbs:
            return True     # "La branche Integrated Power, qui regroupe ..., recevra entre 4 et 5 milliards" (the parser
            # hanging the amount on the relative clause's verb)
        return verb is not None and (_verb_lemma(verb) in self.cues.allocation_verbs or (
            verb.lemma_.lower() in self.cues.share_verbs and any(c.lower_ == "en" for c in verb.children)
            and any(c.dep_ == "obj" and c.lemma_.lower() in self.cues.part_nouns for c in verb.children)))

    @cached_property
    def _questions(self) -> frozenset[int]:
        """The sentences (by index) that ask a question: an interviewer's, which carries no spending."""
        return frozenset(k for k, s in enumerate(self.sentences) if self.work[s.start:s.end].rstrip().endswith("?"))

    def _question_answered(self, amount: Amount, i: int) -> Sentence | None:
        """'Combien avez-vous déjà engagé sur le site ? Environ 40 millions d'euros depuis ...': the question a
        sentence opened by the amount answers, the one right before it."""
        if i == 0 or not _ANSWER_OPENER.fullmatch(self.work, self.sentences[i].start, amount.start):
            return None
        return self.sentences[i - 1] if i - 1 in self._questions else None

    @staticmethod
    def _asks_past(question: Sentence) -> bool:
        """Does the question ask about money already spent ("Combien avez-vous investi ...?")?"""
        words = list(question.span) if question.span is not None else []
        verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
        # (a participle the model may tag as an adjective: "combien avez-vous investi ?")
        return any(("Past" in t.morph.get("Tense") and "Part" in t.morph.get("VerbForm") or t.pos_ == "ADJ")
                   and any(c.dep_.startswith("aux") for c in t.children) for t in words) \
            and not any(is_future(t) or is_conditional(t) for t in verbs)

    def _paragraph_of(self, at: int) -> int:
        """The index of the paragraph that holds the offset."""
        return next(k for k, (a, b) in enumerate(self.paragraphs) if a <= at < b)

    def _previous_paragraph_start(self, at: int) -> int:
        """Where the paragraph before the one that holds the offset starts."""
        return self.paragraphs[max(0, self._paragraph_of(at) - 1)][0]

    def _says_little(self, k: int) -> bool:
        """Paragraph k names no company and gives no amount (a quote, the plan's details): it does not move
        the article away from the company it spoke of."""
        a, b = self.paragraphs[k]
        return not any(s.candidates for s in self.sentences if a <= s.start < b) and \
            not any(a <= m.start < b for m in self.amounts)

    def _is_item(self, k: int) -> bool:
        return self._list_items[k]

    @cached_property
    def _list_items(self) -> list[bool]:
        """Per paragraph, is it a list item: a bulleted paragraph, or a short line 'Extension du port de Gennevilliers :
        41 M€'; or a short line with an amount and no full stop under a colon or another item ("Les autres annonces, en
        bref :" then "Hutchinson 32 millions d'euros à Montargis"). Read once per article, in order. A line that opens on a name and a colon
        ("Sifca : 65 milliards de FCFA pour une nouvelle raffinerie ... ;") may be longer, and the last one ends on a full
        stop."""
        with_amount = {k for k, (a, b) in enumerate(self.paragraphs) if any(a <= x.start < b for x in self.amounts)}
        items: list[bool] = []
        for k, (a, b) in enumerate(self.paragraphs):
            line = self.work[a:b].strip()
            items.append(bool(_BULLET.match(self.work, a) or _LABELLED_LINE.fullmatch(line)) or (
                k > 0 and k in with_amount and (len(line) <= 120 and line[-1] not in ".:?!"
                                                or len(line) <= 250 and _ITEM_HEAD.match(self.work, a, b) is not None)
                and (self.work[slice(*self.paragraphs[k - 1])].rstrip().endswith(":") or items[k - 1])))
        return items

    def _item_of_spending_list(self, sent: Sentence) -> bool:
        """'Ces investissements permettront de renouveler le matériel roulant :' followed by '- le MF19
        sur 8 lignes de métro (1,6 milliard d'euros) ;': the items of a list that a spending sentence
        introduces are parts of that spending."""
        k = self._paragraph_of(sent.start)
        if not self._is_item(k):
            return False
        while k > 0 and self._is_item(k):
            k -= 1
        intro = self.paragraphs[k]
        if not self.work[intro[0]:intro[1]].rstrip().endswith(":"):
            return False
        lead = self.paragraphs[max(0, k - 1)][0]
        if self._spending_said(lead, intro[1]):
            return True
        # "Les principaux projets rendus publics depuis le début de l'année :", in an article about spending
        words = set(re.findall(r"[\w'-]+", self.work[intro[0]:intro[1]].lower()))
        return bool(words & (self.cues.plan_nouns | self.cues.project_sums)) and self._spending_said(0, intro[0])

    def _spending_said(self, start: int, stop: int) -> bool:
        """Does a sentence between the offsets speak of investing?"""
        return any(self._sentence_has_cue(s) for s in self.sentences if start <= s.start and s.end <= stop)

    def _sentence_has_cue(self, sent: Sentence, near: Span | None = None) -> bool | None:
        """Does the sentence speak of investing? With `near` (the amount), the cue word closest to it
        must be an investment word, not a revenue, fine or sale word. None: no cue either way."""
        if sent.span is None:
            return None
        low = self.work[sent.start:sent.end].lower()
        # (not a word of a name: "le Centre de promotion des investissements en Côte d'Ivoire")
        names = [(c.start, c.end) for c in sent.candidates if c.via != "anaphor"]
        cues = []
        for phrase in self.cues.invest_phrases:
            for m in re.finditer(re.escape(phrase), low):
                if any(a <= sent.start + m.start() < b for a, b in names):
                    continue
                token = sent.span.doc.char_span(sent.span.start_char + m.start(), sent.span.start_char + m.end(),
                                                alignment_mode="expand")
                if token is not None:
                    cues.append((token.start, True))
        offset = sent.start - sent.span.start_char
        said = [(a.start, a.end) for a in self.amounts if sent.start <= a.start < sent.end]
        verb = next((t for t in near.root.ancestors if t.pos_ == "VERB"), None) if near is not None else None
        asides = [(sent.start + m.start(), sent.start + m.end())
                  for pattern in (_INCLUSION, _CHANGE_ASIDE) for m in pattern.finditer(low)]
        for t in sent.span:
            lemma = t.lemma_.lower()
            if any(a <= offset + t.idx < b for a, b in said + asides + names):
                continue    # a word of an amount ("450 millions $ CA": Canadian dollars, no turnover), of what is
                # included or left out ("ses dépenses d'investissement, y compris les contrats de location-financement,"),
                # of how it moved (", en hausse par rapport à sa précédente estimation")
            if self._spending_verb(t) or t.lower_ in self.cues.invest_nouns:
                cues.append((t.i, True))
            elif near is not None and ((t.pos_ == "NOUN" and self._noun_verdict(t) is False)
                                       or (t.pos_ == "VERB" and lemma in self.cues.other_verbs
                                           and not self._own_forecast(t, sent))) \
                    and not self._other_clause(near, t) and not any(
                        a.dep_ == "acl:relcl" and near.root not in a.subtree and (
                            a.head.i < near.start and (a.head.head in near.root.ancestors or a.head.dep_ == "ROOT")
                            or a.head.i >= near.end and (near.root in a.head.ancestors or verb in a.head.ancestors
                                                         and not self._says(a.head)))
                        or a.pos_ == "VERB" and a.i >= near.end and "Part" in a.morph.get("VerbForm")
                        and "Pres" in a.morph.get("Tense") and near.root not in a.subtree for a in [t, *t.ancestors]):
                # (not in a relative clause on the subject before: "Amazon, qui publiera ses résultats jeudi, vise"; nor
                # on a word of the amount's clause after it: "à 91 milliards, porté par Google Cloud, dont le carnet de
                # commandes", not on its sayer: "a répété son président, qui attend ... la conférence de financement";
                # nor in a participle's clause after it: "..., invoquant la baisse des prix du pétrole")
                cues.append((t.i, False))
        if not cues:
            return None
        if near is None:
            return any(positive for _, positive in cues)
        closest = min(cues, key=lambda c: (min(abs(c[0] - near.start), abs(c[0] - near.end)), not c[1]))
        return closest[1]

    def _spending_verb(self, t: Token) -> bool:
        """A verb of investing or spending ("investit", "a consacré"); some not as a bare participle ("en réservera
        1,5 milliard à ...", "6 milliards leur sont réservés", not "une somme étant réservée aux multinationales"); none
        in an idiom that says something else ("ont mis en évidence")."""
        if t.pos_ not in ("VERB", "AUX") and not _misread_verb(t):
            return False
        lemma = _verb_lemma(t)
        if lemma not in self.cues.invest_verbs or lemma in self.cues.active_only_verbs and "Part" in t.morph.get(
                "VerbForm") and not any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in t.children):
            return False
        after = t.doc.text[t.idx + len(t.text):t.idx + len(t.text) + 30].lower()
        return not any(idiom.startswith(lemma + " ") and re.match(rf"\s+{re.escape(idiom[len(lemma) + 1:])}\b", after)
                       for idiom in self.cues.idioms)   # (not "ont mis en évidence des retards")

    @staticmethod
    def _other_clause(near: Span, t: Token) -> bool:
        """Is the word in a clause after the amount's ("table sur 122 milliards, et prévient que la facture
        sera ...", or a verb joined by "et" without a comma: "vise 70 milliards cette année et prévient que la
        hausse sera ...")? (A clause before may well say what the amount is: "le chiffre d'affaires atteindra 18
        milliards, puis 32 milliards"), unless it is one set before the subject.)"""
        subject = _subject_after_clause(near.root.head)
        if t.dep_ == "advcl" and t.head == near.root.head and subject is not None and t.i < subject.i < near.start:
            return True     # "Après avoir racheté l'usine ..., il y prévoit 500 millions de travaux": a clause before
            # the subject of the amount's own
        if t.i < near.start:    # "... record de 9,8 milliards, en hausse de 18 % sur un an, et a confirmé viser plus de
            # 11 milliards": a clause before the amount's own verb, joined by ", et"
            between = near.doc[t.i + 1:near.start]
            joined = _JOINED_CLAUSE.search(between.text)
            return joined is not None and any(v.pos_ == "VERB" and v.idx >= between.start_char + joined.end()
                                              for v in between)
        return t.i >= near.end and (bool(_NEW_CLAUSE.search(near.doc[near.end:t.i].text)) or any(
            v.dep_ == "conj" and v.pos_ == "VERB" and near.start < v.i < t.i and near.root not in v.subtree
            and any(c.dep_ == "cc" and c.lower_ in ("et", "mais") for c in v.children) for v in t.ancestors))

    def _takes_up_within(self, amount: Amount, c: Candidate) -> bool:
        """'Un chantier de 12 millions d'euros : c'est ce que lance Hydrovia', '1,5 milliard d'euros : c'est la
        première tranche que le taïwanais ProLogium compte engager'."""
        between = self.work[amount.end:c.start].lower()
        return any(p in between for p in self.cues.takeup) or bool(_CLEFT.match(between))

    def _takes_up(self, sent: Sentence, anywhere: bool = False) -> bool:
        """Does the sentence open on words that take up the amount before ("C'est la somme que ...")? After an amount
        said alone, anywhere in it ("Un demi-milliard de francs suisses. Novartis a confirmé qu'il injectera cette
        somme")."""
        low = self.work[sent.start:sent.end if anywhere else sent.start + 60].lower().lstrip()
        return sent.span is not None and any(low.startswith(p) or p in (low if anywhere else low[:40])
                                             for p in self.cues.takeup)

    def _amount_alone(self, amount: Amount, sent: Sentence) -> bool:
        """'Un demi-milliard de francs suisses.': a sentence that is only the amount."""
        return not re.sub(r"[\W\d]+", "", self.work[sent.start:amount.start] + self.work[amount.end:sent.end])

    # ------------------------------------------------------------------ who spends it

    def _order_customer(self, amount: Amount, sent: Sentence) -> Candidate | None:
        """'Alstom avait décroché une commande de près de 2 milliards auprès d'Eurostar pour 30 rames': the customer of
        an order its supplier won (not "a passé 4 milliards de commandes auprès de Framatome": the buyer's supplier)."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        order = tokens.root.head if tokens is not None and tokens.root.dep_ == "nmod" else None
        if order is None or order.lemma_.lower() not in self.cues.order_nouns or order.head.pos_ != "VERB" \
                or _verb_lemma(order.head) in self.cues.order_verbs:
            return None
        return next((c for c in sent.candidates if c.start >= amount.end
                     and _FROM_SUPPLIER.fullmatch(self.work[amount.end:c.start].lstrip())), None)

    def _company(self, amount: Amount, sent: Sentence, in_sent: list[Amount], i: int):
        """(investor, partners) for the amount, or None when no company stands behind it."""
        if _CARRIED_BY_UNNAMED.match(self.work, amount.end):
            return None
        cands = sent.candidates
        listed = self._listed_before_parenthesis(amount, cands)
        if listed:
            return listed, []
        before = [c for c in cands if c.end <= amount.start and not c.aside]
        # a candidate separated from the amount by another amount belongs to that one
        previous_amounts = [a.end for a in in_sent if a.end <= amount.start]
        before = [c for c in before if not any(_GIVEN_TO.fullmatch(self.work, end, c.start) for end in previous_amounts)]
        # ("210 millions pour Portalis, qui ... ; 85 millions pour CMA CGM": not the company the amount before is for)
        if previous_amounts:
            fenced = [c for c in before if c.start >= max(previous_amounts)]
            if fenced or any(c.start >= max(previous_amounts) for c in cands if c.start < amount.start):
                before = fenced
            else:
                before = [c for c in before if c.start >= self._clause_start(sent, amount)] or before
        owner = self._cost_owner(amount, sent) or self._spent_by(amount, sent) or self._site_owner(amount, sent) \
            or self._noun_agent(amount, sent) or self._order_customer(amount, sent)
        if owner is not None:
            return owner, []
        owned = [m for c in before if (m := _VENTURE_OF.search(self.work, sent.start, c.start))]
        named = next((c for c in before for m in owned[:1] if c.end <= m.start()
                      and re.fullmatch(r"\s*,\s*(?:la|une|l['’])\s*", self.work[c.end:m.start()])), None)
        if named is not None:
            return named, []        # "Urby, la coentreprise de La Poste et de la Banque des Territoires, prévoit":
            # the venture
        venture = self._salient(i) if before and _VENTURE_OF.search(self.work, sent.start, before[0].start) else None
        if venture is not None and venture.name not in {c.name for c in cands}:
            return venture, []      # "La coentreprise de Stellantis, Mercedes-Benz et TotalEnergies ajoutera 1,3 Md€": the
            # venture named before, not its owners
        subject = self._subject(amount, sent, before)
        if subject is None:
            # the subject is no candidate: an unknown name spends ("Kessler Leichtbau a injecté ..."), a
            # state, a person or an association keeps the amount from every company of the sentence
            # (not a place or a branch that receives the money: "Viège recevra 480 millions de francs")
            outsider = self._other_subject(amount, sent) if not self._share_received(amount, sent) else None
            if outsider is not None and not self._said_by_us(amount, sent):    # "Marion Ferrand : ... nous avons"
                subject = self._led_by(outsider, sent) or self._unlisted_name(outsider, sent)
                if subject is None:
                    return None
        chosen = subject or self._nearest_before(before, amount) or self._subsidiary_subject(amount, sent, i)
        if chosen is None:
            # (not one named in a part that follows: "15,5 milliards seront consacrés au cloud, dont le plus grand
            # supercalculateur du pays, développé avec la start-up Nscale")
            ours = self._is_interview and self._said_by_us(amount, sent) and self._interviewee is not None
            after = [] if self._pronoun_subject(amount, sent) or ours else [
                c for c in cands if c.start >= amount.end and not c.aside and not self._landmark(c)
                and not self._customer(sent, c)     # ("... 140 millions pour une ligne de pneus destinés à Renault")
                and not self._owner_of_thing_after(sent, c, amount)
                and not any(amount.end <= a.start < c.start and not self._is_conversion(a) for a in in_sent)
                and not re.search(r"\b(?:dont|si)\b", self.work[amount.end:c.start])     # (nor one named in a
                # condition: "pourrait suivre d'ici 2028 si les cadences de l'A220 d'Airbus augmentent")
                and not _PURPOSE_VERB.search(self.work, amount.end, c.start)   # ("pour adapter les réseaux de GRDF")
                and not _SPENT_ON.search(self.work[amount.end:c.start].rsplit(",", 1)[-1])
                # ("consacrés aux portiques de Tanger Med"; not past its clause: "consacré à l'ammoniac, ce qui permettra
                # à l'OCP")
                and not (self._clause_below(amount, c, sent) and self._is_cost(amount, sent))
                # ("Le coût du projet est estimé à 2,5 milliards, le raccordement ... étant assuré par RTE": not whose
                # project it is; but "Le chantier, estimé à 38 millions, sera porté par RTE")
                and (not _CLAUSE_BREAK.search(self.work[amount.end:c.start]) or self._takes_up_within(amount, c))]
            # ("nous allons investir 1,1 milliard avec la Banque des Territoires": the interviewee's company)
            chosen = after[0] if after else self._sayer_after(amount, sent) or (
                (self._said_by_us(amount, sent) or self._question_answered(amount, i)) and self._interviewee) or (
                self._managed(amount, i) or self._salient(i, self._pronoun_subject(amount, sent))
                if self._says_no_spender(amount, sent) else None)
        if chosen is None:
            return None
        group = self._coordinated(chosen, [c for c in cands if not c.aside or c is chosen])
        if len(group) > 1 and (each := self._respective(group, amount, in_sent)) is not None:
            return each, []
        if len(group) > 1 and not self._joint(i):
            return None
        return group[0], group[1:]

    def _respective(self, group: list[Candidate], amount: Amount, in_sent: list[Amount]) -> Candidate | None:
        """'Shell et BP prévoient respectivement entre 20 et 22 milliards et entre 13 et 15 milliards': the names
        and the amounts after "respectivement" pair in order."""
        said = _RESPECTIVELY.search(self.work, group[-1].end, amount.start)
        if said is None:
            return None
        listed = [a for a in in_sent if a.start >= said.end() and not self._is_conversion(a)]
        return group[listed.index(amount)] if len(listed) == len(group) and amount in listed else None

    def _is_cost(self, amount: Amount, sent: Sentence) -> bool:
        """Is the amount what a thing built costs (see _built_thing_costs)?"""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        return tokens is not None and self._built_thing_costs(tokens)

    def _clause_below(self, amount: Amount, c: Candidate, sent: Sentence) -> bool:
        """Is the name in a clause that hangs below the amount's own ("est estimé à 2,5 milliards, le raccordement
        ... étant assuré par RTE"), not one that says it ("..., a indiqué la société de projet")?"""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        name = token_span(sent.span, c.start - sent.start, c.end - sent.start)
        if tokens is None or name is None:
            return False
        verb_of = lambda t: next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        amount_verb, name_verb = verb_of(tokens.root), verb_of(name.root)
        return amount_verb is not None and name_verb is not None and name_verb is not amount_verb and \
            amount_verb in name_verb.ancestors and name_verb.dep_ in ("advcl", "acl", "acl:relcl") and \
            _verb_lemma(name_verb) not in self.cues.announce_verbs
        # (not the verb the parser coordinated: "Le raccordement, estimé à 90 millions, sera financé par RTE")

    def _several_spend(self, tokens: Span) -> bool:
        """'Au total, les quatre groupes devraient consacrer plus de 380 milliards': the subject is several companies,
        the sum is none's ("Une part de cette somme file chez Nvidia" does not say whose it is)."""
        verb = next((t for t in tokens.root.ancestors if t.pos_ in ("VERB", "AUX") and
                     any(c.dep_.startswith("nsubj") for c in t.children)), None)
        return verb is not None and any(
            c.dep_.startswith("nsubj") and "Plur" in c.morph.get("Number") and c.lemma_.lower() in self.cues.company_nouns
            and any(d.dep_ == "det" for d in c.children) for c in verb.children)

    def _pronoun_subject(self, amount: Amount, sent: Sentence) -> bool:
        """'Elle prévoit d'y consacrer 600 millions ..., auprès d'Hydro-Québec': a personal pronoun spends, the
        company said before, not one named after the amount."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        return any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" and c.lower_ in ("il", "elle", "ils", "elles")
                   for t in tokens.root.ancestors for c in t.children)

    def _cost_owner(self, amount: Amount, sent: Sentence) -> Candidate | None:
        """Whose project a cost is when the sentence says it beside the cost: the agent of the estimate ("Le
        coût du Grand Paris Express est estimé par la Société des grands projets à 42 milliards"), the owner of
        the thing whose cost a relative gives ("le programme de six réacteurs EPR2 d'EDF, dont le coût a été
        réévalué à 67,4 milliards") or a participle ("un projet d'Acwa Power évalué à 450 milliards")."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        verb = next((t for t in list(tokens.root.ancestors)[:2] if t.pos_ == "VERB"), None)
        if verb is None:
            return None
        owners = [c for c in verb.children if c.dep_ == "obl:agent" or c.dep_.startswith("obl") and any(
            x.dep_ == "case" and x.lower_ == "par" for x in c.children)]     # ("est estimé par EDF à": however parsed)
        if verb.dep_ == "acl:relcl" and any(c.lower_ == "dont" for c in verb.subtree):
            owners += _of_complements(verb.head)
        estimated = verb.dep_ == "acl" and verb.head.lemma_.lower() in self._built_nouns and \
            _verb_lemma(verb) in self.cues.estimate_verbs | self.cues.cost_verbs    # "un projet évalué à"
        if estimated:
            owners += _of_complements(verb.head) or self._apposed_site_owners(verb.head)
        if not owners or not estimated and not self._built_thing_costs(tokens):
            return None     # (the cost test only where an owner is said)
        return next((c for t in owners if (c := _named_by(sent, t)) is not None), None)

    def _apposed_site_owners(self, noun: Token) -> list[Token]:
        """'raccorder la future usine de Hynamis à Loon-Plage, un projet évalué à ...': the owners of the site that the
        project is set beside."""
        first = noun.left_edge
        if first.i == 0 or noun.doc[first.i - 1].text != ",":
            return []
        site = next((t for t in reversed(noun.doc[noun.sent.start:first.i - 1]) if t.lower_ in self.cues.site_nouns), None)
        return _of_complements(site) if site is not None else []

    def _spent_by(self, amount: Amount, sent: Sentence) -> Candidate | None:
        """'dont 12 millions apportés en fonds propres par Bpifrance': the agent of a spending participle that
        follows the amount."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        return next((c for verb in tokens.root.children if verb.dep_ == "acl" and verb.i >= tokens.end
                     and self._spending_verb(verb) for agent in verb.subtree if agent.dep_ == "obl:agent"
                     and (c := _named_by(sent, agent)) is not None), None)

    def _noun_agent(self, amount: Amount, sent: Sentence) -> Candidate | None:
        """'après l'annonce par Stellantis d'un investissement de 1,2 milliard': the agent ("par X") of a noun the amount
        hangs on (up to two nouns up) spends it, whoever the sentence's subject is."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        nouns = []
        for t in tokens.root.ancestors:
            if t.pos_ != "NOUN" or len(nouns) == 2:
                break
            nouns.append(t)
        return next((c for noun in nouns for agent in noun.children if agent.dep_ in ("nmod", "obl:agent") and agent.i < tokens.start
                     and any(x.dep_ == "case" and x.lower_ == "par" for x in agent.children)
                     and (c := _named_by(sent, agent)) is not None), None)

    def _site_owner(self, amount: Amount, sent: Sentence) -> Candidate | None:
        """'quelque 200 millions iront au site de Pfizer à Amboise': the money as subject goes to a company's site;
        the company owns it (not one named before in the sentence)."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        verb = tokens.root.head
        if not tokens.root.dep_.startswith("nsubj") or not (
                _verb_lemma(verb) in self.cues.allocation_verbs or self._spending_verb(verb)):
            return None
        return next((c for site in verb.children if site.dep_.startswith("obl") and site.lower_ in self.cues.site_nouns
                     for owner in site.children if owner.dep_ == "nmod" and (c := _named_by(sent, owner)) is not None),
                    None)

    def _joint(self, i: int) -> bool:
        """Does the sentence (or the one before) say the listed companies invest together?"""
        start = self.sentences[max(0, i - 1)].start
        low = self.work[start:self.sentences[i].end].lower()
        return bool(self.cues.joint_word.search(low))

    def _says_no_spender(self, amount: Amount, sent: Sentence) -> bool:
        """A sentence whose subject is the money or what it buys ("Quelque 570 millions de francs seront
        déboursés...", "Le site a nécessité 2 milliards", "Un investissement de 1,5 milliard."): the
        spender is the company the text spoke of just before. Any other subject ("Le sommet doit
        acter 37 projets pour 19,6 milliards") is no such pointer, nor is a sector's spending ("les
        investissements dans les centres de données ont atteint 12 milliards en France"). So is a plan told after a
        colon ("la trajectoire est tracée : entre 16 et 18 milliards")."""
        if self._allocated(amount, sent) or self._plan_told(amount, sent) or self._plan_funded(amount, sent):
            return True
        if self.cues.sum_of_projects.search(self.work[sent.start:amount.start].lower()):
            return False    # "l'ensemble des engagements annoncés lors de la visite atteint 150 milliards"
        if any(t.dep_ == "nsubj" and t.idx < amount.start - sent.start and self._names_event(t) for t in sent.span):
            return False    # "le sommet a permis d'annoncer plus de 175 milliards", "l'ensemble du sommet a donné
            # lieu à 56 projets représentant 15 milliards": many spenders' sum
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        if tokens.root.dep_ == "nsubj:pass" and self._national_market(tokens.root.head):
            return False    # "4,1 milliards d'euros ont été investis dans l'immobilier logistique français": a market's
        for t in [tokens.root, *tokens.root.ancestors]:
            subjects = [c for c in t.children if (c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")
                                                  and c.lower_ not in ("ci", "là")     # "Celui-ci": one pronoun
                                                  and not _LIST_MARK.fullmatch(c.text)   # (not a dash or a bullet)
                                                  and c.lemma_.lower() not in self.cues.time_nouns)  # "l'an dernier nous avons"
                        or c.lower_ == "nous" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].head == t
                        and c.doc[c.i + 1].dep_.startswith("aux")]      # ("nous" read as an object)
            # (not a subject the parser hung across a colon: "La fibre en absorbera une part : 70 milliards y seront
            # consacrés")
            subjects = [(self._stood_for(c, sent) if _demonstrative(c) is not None
                         and c.lower_ not in self.cues.spending_subjects else None) or self._revised_subject(c)
                        for c in subjects if not any(w.text == ":" for w in c.doc[min(c.i, t.i):max(c.i, t.i)])]
            # ("Ce dernier, d'un coût de 45 milliards": what the pronoun stands for, unless it is itself one that points
            # back to the money, "celui-ci")
            if t.dep_ == "acl:relcl" and t.head.lemma_.lower() in self.cues.plan_nouns and any(
                    w.pos_ == "PROPN" for w in t.head.subtree if w.i not in range(t.left_edge.i, t.right_edge.i + 1)) \
                    and not any("Yes" in w.morph.get("Poss") for w in t.head.children):
                return False    # "le programme « Simandou 2040 », qui prévoit": "qui" stands for a plan with a name
            if subjects:
                if any(c.lower_ == "nous" for c in subjects) and self._leader_speaker(sent):
                    return True     # "« Nous investirons 15,5 milliards », a annoncé le président du directoire": the
                    # company spoken of
                if any(c.lower_ == "nous" for c in subjects) and self._public_speaker(sent):
                    return False    # "« Nous investirons 2 milliards », a déclaré le ministre"
                return all(c.i in range(tokens.start, tokens.end) or self._own_leader(c)
                           or self._speaks_for_label(c, sent) or (
                    c.lemma_.lower() in self.cues.remainder_nouns and not any(x.dep_ == "nmod" for x in c.children)) or (
                    (c.lemma_.lower() in self.cues.spending_subjects or c.lower_ in self.cues.spending_subjects
                     or self._level_of_spending(c) or self._part_of_spending(c) or self._taken_up_subject(c))
                    and (c.pos_ != "NOUN" or any(x.dep_ == "det" for x in c.children))    # not "représentent ensemble"
                    and not self._sector_spending(c) and not self._named_otherwise(c, sent)
                    and not (c.lemma_.lower() in self.cues.invest_nouns and self._national_market(t))) for c in subjects)
                # ("des investissements de plus de 5 milliards sont attendus dans le secteur": a sector's)
            if t.pos_ in ("VERB", "AUX") and ("Fin" in t.morph.get("VerbForm") or any(
                    c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in t.children)):
                return True     # (the clause ends at its finite verb: "...: 70 milliards y seront consacrés")
        return True

    def _national_market(self, verb: Token) -> bool:
        """'investis dans l'immobilier logistique français', 'dépensés dans le cloud européen', 'annoncés dans le
        secteur': what a verb's money goes into is a country's sector, not one company's site ("dans l'usine française
        de Saint-Just"), its complement hung by the parser on another ("attendus sur la période dans le secteur")."""
        said = [c for c in verb.children if c.dep_.startswith("obl")]
        return any(any(x.dep_ == "case" and x.lower_ == "dans" for x in c.children)
                   and c.lemma_.lower() not in self.cues.spending_subjects
                   and not any("Yes" in x.morph.get("Poss") or "Dem" in x.morph.get("PronType") for x in c.children)
                   and (c.lemma_.lower() in self.cues.sector_nouns
                        or any(w.dep_ == "amod" and self.x.lexicon.is_nationality(w.text) for w in c.subtree))
                   for c in said + [w for c in said for w in c.children if w.dep_ == "nmod"])

    def _own_plan(self, noun: Token) -> bool:
        """Is the noun a plan of the company the text speaks of: "son Plan d'action 2035", "le plan stratégique Dare
        Forward 2030 du groupe", a plan that money taken up falls within ("Ces sommes s'inscrivent dans le Plan d'action
        2035"), or one its head speaks of ("Le PDG a réitéré les objectifs du Plan d'action 2035")?"""
        if any("Yes" in d.morph.get("Poss") for d in noun.children):
            return True
        if noun.lemma_.lower() not in self.cues.plan_nouns:
            return False
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return self._said_by_a_head(noun) or any(
            c.dep_ == "nmod" and c.i > noun.i and self._company_noun(c)
            and any(d.lower_ == "du" for d in c.children) for c in noun.children) or verb is not None and (
            # (the subject however parsed: "Ces sommes" read as "Ces" + the verb "être")
            bool(_TAKEN_UP.match(noun.doc.text, noun.sent.start_char, verb.idx))
            or any(c.dep_.startswith("nsubj") and self._taken_up_subject(c) for c in verb.children))

    def _said_by_a_head(self, noun: Token) -> bool:
        """'Le président-directeur général a réitéré les objectifs du Plan d'action 2035': is the noun in a clause whose
        subject is a company's head, named by title alone (not "le président Emmanuel Macron", nor "le patron de
        l'Agence")?"""
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return verb is not None and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in self.cues.leader_nouns
            and not any(d.dep_ in ("appos", "flat:name") or d.pos_ == "PROPN"
                        or d.dep_ == "nmod" and any(x.dep_ == "case" for x in d.children) for d in c.children)
            for c in verb.children)

    def _own_leader(self, subject: Token) -> bool:
        """'Son directeur général a présenté le programme de 600 milliards', 'Sa présidente annonce', 'La directrice
        financière Amy Hood a confirmé': the head (or the finance head, always a company's) of the company just spoken
        of, speaking for it; so does its board ("Le conseil d'administration a validé un budget de 4,5 milliards")."""
        if subject.lemma_.lower() in self.cues.leader_nouns and (
                any("Yes" in d.morph.get("Poss") for d in subject.children if d.dep_ == "det")
                or any(d.dep_ == "amod" and d.lower_ in self.cues.finance_head_words for d in subject.children)):
            return True
        if any(d.dep_ == "det" and d.lower_ in ("le", "la") for d in subject.children) and not any(
                d.dep_ == "nmod" for d in subject.children) and (subject.lower_ == "pdg" or any(
                d.dep_ == "amod" and d.lower_ in self.cues.chief_words for d in subject.children)):
            return True     # "le directeur général Andy Jassy a indiqué": the chief executive, of no other body named
        if self.cues.head_title_before.search(subject.doc.text, max(0, subject.left_edge.idx - 40), subject.left_edge.idx):
            return True     # "la directrice financière Amy Hood a évoqué" with the name read as the subject
        said = re.sub(r"(['’]) ", r"\1", " ".join(w.lower_ for w in subject.subtree if w.i >= subject.i))
        return any(said.startswith(organ) for organ in self.cues.company_organs)

    def _level_of_spending(self, subject: Token) -> bool:
        """'Le rythme annuel d'investissement', 'l'effort d'investissement': a measure of the spending named after
        it (not of a sector's: "le niveau des investissements étrangers")."""
        return subject.lemma_.lower() in self.cues.spending_level_nouns and any(
            c.dep_ == "nmod" and c.lemma_.lower() in self.cues.invest_nouns and not self._sector_spending(c)
            for c in subject.children)

    def _taken_up_subject(self, subject: Token) -> bool:
        """'Le rythme devra dépasser 7 milliards par an', 'Ce chiffre se compare à 2,9 milliards un an plus tôt': a
        level with no complement, or a figure pointed at, is of the spending said before."""
        if any(c.dep_ == "nmod" for c in subject.children):
            return False
        if _TAKEN_UP.fullmatch(" ".join(w.text for w in subject.subtree)):
            return True
        return subject.lemma_.lower() in self.cues.spending_level_nouns and subject.dep_ != "nsubj:pass" and any(
            d.dep_ == "det" and d.lower_ in ("le", "la", "l'", "l’") for d in subject.children)
        # (not "Le chiffre a été martelé par l'Élysée : 109 milliards", what someone says)

    def _part_of_spending(self, subject: Token) -> bool:
        """'Le cœur du programme', 'L'essentiel de l'enveloppe': a part of the spending named after it."""
        return subject.lemma_.lower() in self.cues.part_nouns and any(
            c.dep_ == "nmod" and (c.lemma_.lower() in self.cues.plan_nouns | self.cues.cost_nouns
                                  or c.lower_ in self.cues.invest_nouns) and not self._sector_spending(c)
            for c in subject.children)

    def _names_event(self, t: Token) -> bool:
        """'le sommet', 'l'ensemble du sommet': a subject that is an event or the whole of one."""
        return t.lemma_.lower() in self.cues.event_words or any(
            c.dep_ == "nmod" and c.lemma_.lower() in self.cues.event_words for c in t.children)

    def _sayer_after(self, amount: Amount, sent: Sentence) -> Candidate | None:
        """'Les dépenses d'investissement se sont élevées à 11 400 milliards, dont ..., a indiqué le groupe': the
        company that says, after the amounts, figures nobody else in the sentence owns (not after a name in a part
        that follows: "dont le supercalculateur développé avec Nscale, a précisé le groupe")."""
        offset = sent.start - sent.span.start_char
        after = [c for c in sent.candidates if c.start >= amount.end and not c.aside]
        span = sent.span.doc.char_span(after[0].start - offset, after[0].end - offset,
                                       alignment_mode="expand") if after else None
        return after[0] if span is not None and span.root.head.i < span.root.i and self._says(span.root) else None

    def _said_by_us(self, amount: Amount, sent: Sentence) -> bool:
        """Is the amount spent by "nous" ("Nous allons investir 1,1 milliard", "nous avons déjà engagé", "nos
        investissements ont atteint 48 millions"; in an interview, "on a mis", and the interviewer's "vous")?"""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        subjects = next(([c for c in t.children if c.dep_.startswith("nsubj")] for t in
                         (tokens.root.ancestors if tokens is not None else []) if any(
                             c.dep_.startswith("nsubj") for c in t.children)), [])
        ours = any(c.lower_ == "nous" or c.lower_ == "on" and self._is_interview    # ("Depuis 2019, on a mis 1,6 G$")
                   or c.lower_ == "vous" and self._is_interview and not any(
                       v.lower_.endswith("iez") and not v.lemma_.lower().endswith("ier")
                       for v in [c.head, *(x for x in c.head.children if x.dep_.startswith("aux"))])
                   # (the interviewer's "Vous allez investir 35 millions dans une deuxième usine"; not a plan gone by,
                   # "Vous deviez investir 400 millions", "vous annonciez 600 millions", which the tagger reads as a
                   # present)
                   or any(d.lower_ in ("nos", "notre") for d in c.children) for c in subjects)
        return ours and not self._public_speaker(sent)

    @cached_property
    def _interviewee(self) -> Candidate | None:
        """The company whose leader speaks in the article ("Marion Ferrand, PDG d'Hélione", a title "Sophie
        Lemaître (Lemaître Emballages) : « Nous allons investir ... »", "Mecachrome : « Nous investissons »"):
        who "nous" is in an interview or a quoted title."""
        leads = [m.end() for m in self.cues.leader_of.finditer(self.work)]
        led = next((c for s in self.sentences for c in s.candidates if any(c.start == lead or (
            c.start < lead < c.end and c.via != "anaphor") for lead in leads)), None)
        if led is not None:
            return led
        named = next((m for m in (_NAME_AT.match(self.work, lead) for lead in leads[:1]) if m), None)
        if named is not None and not self._not_a_name(named["name"]) and not is_place(named["name"]):
            return self._titled_candidate(named)    # "la patronne de Méralis", which the model took for a person
        quoted = _QUOTED_TITLE.match(self.work)
        if quoted is not None:      # "Mecachrome : « Nous investissons ... »": the company the title names
            return next((c for c in self.sentences[0].candidates if c.start == quoted.start("name")), None)
        quote_first = _QUOTE_THEN_TITLE.match(self.work)
        if quote_first is not None and self.sentences:     # "« Nous doublons ... » : la PME Thermivel accélère"
            return next((c for c in self.sentences[0].candidates if c.start >= quote_first.end() and not c.aside), None)
        title = _SPEAKER_TITLE.match(self.work)
        if title is None or self._not_a_name(clean_name(title["name"])):
            return None
        return self._titled_candidate(title)

    @cached_property
    def _is_interview(self) -> bool:
        """Questions and answers: two lines or more that end on a question."""
        return len(re.findall(r"\?[\s»\"”]*$", self.work, re.MULTILINE)) >= 2

    def _titled_candidate(self, m: re.Match) -> Candidate:
        """The company a pattern's "name" group says (without the full stop that may end it), by its lexicon name
        when it has one."""
        raw = m["name"].rstrip(".")
        known = self.x.lexicon.lookup(clean_name(raw))
        return Candidate(m.start("name"), m.start("name") + len(raw), known.name if known else clean_name(raw), raw, "ner")

    def _says(self, t: Token) -> bool:
        """Is the word the one who says ("a déclaré le ministre", "a indiqué le groupe": the parser may call an
        inverted subject the object)?"""
        return t.dep_ in ("nsubj", "obj") and _verb_lemma(t.head) in self.cues.announce_verbs

    def _leader_speaker(self, sent: Sentence) -> bool:
        """Is the one who says the sentence a company's head, of no company named ("a annoncé le président du
        directoire", "a précisé le directeur général")?"""
        return any(self._says(t) and t.lemma_.lower() in self.cues.leader_nouns and not any(
            w.pos_ == "PROPN" for w in t.subtree) and (self._own_leader(t) or any(
                c.dep_ == "nmod" and any(o.endswith(c.lower_) for o in self.cues.company_organs) for c in t.children))
            for t in sent.span)

    def _revised_subject(self, subject: Token) -> Token:
        """'La mise à jour de son Plan d'action 2035 comprend 50 milliards': a new version of what is named after it
        stands for it."""
        said = " ".join(w.lower_ for w in subject.subtree if w.i >= subject.i)
        if not said.startswith(self.cues.version_heads):
            return subject
        return next((c for c in subject.children if c.dep_ == "nmod" and c.lower_ != "jour"), subject)

    def _public_speaker(self, sent: Sentence) -> bool:
        """Is the one who says the sentence a public actor ("a déclaré le ministre de l'Industrie")?"""
        return any(self._says(t) and t.lemma_.lower() in self.cues.public_actors for t in sent.span)

    def _named_otherwise(self, subject: Token, sent: Sentence) -> bool:
        """'Le plan France 2030, doté de 54 milliards', 'les projets annoncés lors du sommet ... totalisent
        109 milliards': a subject that names its own owner (a proper noun no company candidate covers)
        or sums up several projects points to no company of the text."""
        if self._sums_projects(subject):
            return True
        if any("Yes" in d.morph.get("Poss") for d in subject.children if d.dep_ == "det"):
            return False    # "Son Plan d'action 2035 prévoit": the plan of the company just spoken of, whatever its name
        if subject.text[:1].isupper() and subject.i > subject.sent.start and not subject.doc[subject.i - 1].is_punct:
            return True     # "Le Plan national de développement, doté de 59 000 milliards": a plan by its name
        if any(w.lower_ in self.cues.public_actors for w in _of_complements(subject)):
            return True     # "Le plan InvestAI de la Commission européenne vise à mobiliser 200 milliards"
        offset = sent.start - sent.span.start_char
        # (not whom a clause on it says it was given to: "Le plan, présenté à la Commission de régulation de l'énergie")
        given_to = {w.i for a in subject.children if a.dep_ == "acl" for g in a.children
                    if any(c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in g.children) for w in g.subtree}
        return any(w.pos_ == "PROPN" and w.i not in given_to and not any(c.start <= offset + w.idx < c.end for c in sent.candidates)
                   and not self.cues.site_before.search(self.work[max(0, offset + w.idx - 40):offset + w.idx])
                   and not _AT_PLACE.search(self.work, max(0, offset + w.idx - 40), offset + w.idx)
                   and not (w.head.i == subject.i and subject.lower_ in self.cues.division_nouns)
                   for w in subject.subtree if w.i != subject.i and not w.dep_.startswith("flat"))
        # ("Le site de Capdenac", "Le site de Waltham Cross" -- a name's later words go with its first --, "La branche
        # Électricité"; "Le coût des trois blocs prévus à Billy-Berclau": a place)

    def _sums_projects(self, noun: Token) -> bool:
        """'les projets annoncés', '100 milliards d'euros de projets': several projects summed up, with no
        owner ("ses projets", "ces engagements", "27,4 MMDH d'engagements au titre de son programme") to point to."""
        return noun.lower_ in self.cues.project_sums and \
            not any("Yes" in w.morph.get("Poss") or "Dem" in w.morph.get("PronType") for w in noun.children) and \
            not _OWN_PROGRAMME_AFTER.match(noun.doc.text, noun.idx + len(noun))

    def _many_spenders(self, noun: Token) -> bool:
        """'Les entreprises du secteur parapublic', 'les compagnies d'électricité américaines': a class of companies
        described, not named (not "les groupes Sanofi et Servier", nor "ses filiales", "les deux partenaires")."""
        return noun.lower_ in self.cues.spender_plurals and any(
            c.dep_ in ("det", "case") and c.lower_ in ("les", "des") for c in noun.children) and not any(
            c.dep_ == "nummod" or c.pos_ == "PROPN" and c.dep_ in ("appos", "flat:name", "nmod") and not any(
                x.dep_ == "case" for x in c.children) for c in noun.children) and any(
            c.dep_ == "amod" or c.dep_ == "nmod" and c.pos_ == "NOUN" for c in noun.children)

    def _projects_subject(self, subject: Token) -> bool:
        """'les annonces d'investissements étrangers ont atteint 20 milliards': a subject that sums several projects up
        (not "Parmi les annonces phares figurent 5,4 milliards d'Amazon", misparsed)."""
        return self._sums_projects(subject) and not any(c.dep_ == "case" for c in subject.children)

    def _sector_spending(self, subject: Token, by_destination: bool = True) -> bool:
        """'les investissements dans les centres de données', 'les investissements étrangers': spending named by
        what it goes to (as a subject: "20 milliards d'investissements dans les data centers" is one company's)
        or by whose it is in the mass, with no owner ("ses", "ce contrat", "du groupe") -- a sector's or a
        country's, not a company's."""
        if subject.lemma_.lower() not in self.cues.invest_nouns:
            return False
        words = list(subject.subtree)
        def holder(w: Token) -> Token:
            """What the phrase of `w` hangs on, past a participle ("les investissements engagés dans ...")."""
            return w.head.head.head if w.head.head.dep_ == "acl" else w.head.head
        of_class = [w for w in words if w.lower_ in ("du", "des") and w.head.lemma_.lower() in self.cues.public_actors
                    and holder(w).i == subject.i]
        owned = any("Dem" in w.morph.get("PronType") or "Yes" in w.morph.get("Poss") or w.lower_ in ("du", "des")
                    for w in words if w.i != subject.i and w not in of_class)
        if of_class and not owned:
            return True     # "les investissements cumulés du secteur", "les investissements des ménages"
        return not owned and any(by_destination and w.lower_ in ("dans", "en") and holder(w).i == subject.i
                                 and w.head.lemma_.lower() not in ("capital", "immobilisation") or   # capex
                                 w.dep_ == "amod" and w.head.i == subject.i and w.lower_ in self.cues.sector_adjectives
                                 for w in words)

    def _speaks_for_label(self, subject: Token, sent: Sentence) -> bool:
        """'Amazon. Andy Jassy a annoncé ...': a person who speaks for the company the paragraph is about."""
        person = " ".join(w.text for w in subject.subtree if w.i == subject.i or w.dep_ == "flat:name")
        return is_person_name(person) and self._paragraph_label(sent) is not None

    def _paragraph_label(self, sent: Sentence, sentences: list[Sentence] | None = None) -> Candidate | None:
        """'Amazon. Andy Jassy a annoncé ...': the company whose name alone opens a roundup's paragraph (`sentences`:
        the article's, while they are being read)."""
        start = self.paragraphs[self._paragraph_of(sent.start)][0]
        first = next(s for s in sentences or self.sentences if s.start >= start)
        named = [c for c in first.candidates if not c.aside]
        return named[0] if first is not sent and len(named) == 1 and \
            self.work[first.start:first.end].strip(" .:") == named[0].raw else None

    def _level_said_before(self, tokens: Span) -> bool:
        """'le groupe table désormais sur |125 milliards ..., alors que les analystes en attendaient 118': a level
        phrase right before the amount, which the parser may miss and hang the amount on a later clause's verb."""
        return self.cues.level_phrase_before.search(
            tokens.doc.text, max(0, tokens.start_char - 40), tokens.start_char) is not None

    def _other_subject(self, amount: Amount, sent: Sentence) -> Token | None:
        """The subject of the verb that governs the amount when it is no company candidate: a name
        (an unknown start-up, "La France", "Emmanuel Macron") or a public actor ("Le gouvernement a
        débloqué ..."). No other company may then be lent the amount."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        level_before = self._level_said_before(tokens)
        for t in tokens.root.ancestors:
            if t.i > tokens.end and level_before:
                break   # another clause's verb
            # (a public actor the parser hung on the auxiliary: "Le canton du Valais a de son côté débloqué 35 millions")
            # (or a country: "L'Allemagne a, de son côté, réservé 3,5 milliards")
            for child in [*t.children, *(g for c in t.children if c.dep_ == "aux:tense" for g in c.children
                                         if g.lemma_.lower() in self.cues.public_actors or is_place(g.text))]:
                if child.dep_ not in ("nsubj", "nsubj:pass") or child.i in range(tokens.start, tokens.end):
                    continue
                relative = child.lower_ in _RELATIVE_SUBJECTS
                if relative:
                    # "l'Allemagne, qui a lancé un plan de 40 milliards": the antecedent, the name right
                    # before the pronoun, else the noun the relative clause hangs on
                    before = [x for x in child.doc[max(child.i - 3, 0):child.i] if not x.is_punct]
                    if before and self.cues.site_before.search(child.doc.text[max(0, before[-1].idx - 40):before[-1].idx]):
                        continue    # a site by its place: "son usine de Bourbourg, qui a nécessité 2 milliards"
                    if t.dep_ == "acl:relcl" and self._own_plan(t.head):
                        continue    # "son Plan d'action 2035, qui prévoit": the company's own
                    if _verb_lemma(t) in self.cues.cost_verbs and any(c.lower_ in ("lui", "leur") for c in t.children):
                        continue    # "PA10, le bâtiment de Saint-Denis qui lui a coûté 180 millions": a thing, and what
                        # it cost whom the pronoun stands for
                    child = before[-1] if before and (before[-1].pos_ == "PROPN" or before[-1].lower_ in self.cues.public_actors) else \
                        t.head if t.dep_ == "acl:relcl" else child
                at = sent.start + child.idx - sent.span.start_char
                named = any(c.start <= at < c.end for c in sent.candidates) or (
                    self.x.lexicon.is_nationality(child.text) and     # "L'allemand Fresenius Kabi consacrera"
                    any(0 <= c.start - (at + len(child.text)) <= 1 for c in sent.candidates)) or (
                    is_place(child.text) and any(0 <= at - c.end <= 1 for c in sent.candidates))   # "MTN Nigeria a dépensé"
                entity = relative and any(e.start <= child.i < e.end for e in sent.span.ents)   # "le Chips Act, qui visait"
                if self._speaks_for_label(child, sent):
                    continue
                if not named and not self._own_leader(child) and (
                        child.pos_ == "PROPN" or entity or child.lemma_.lower() in self.cues.public_actors
                        or child.lemma_.lower() in self.cues.not_investor_heads or self._public_programme(child)
                        or tokens.root.head.i == t.i and self._projects_subject(child) or self._many_spenders(child)
                        or child.lemma_.lower() in self.cues.invest_nouns and any(
                            (c.dep_ == "nmod" or c.dep_.startswith("obl")) and self._many_spenders(c)
                            for c in [*child.children, *(g for a in child.children if a.dep_ == "acl" for g in a.children)])):
                    # ("Les investissements des opérateurs télécoms en France ont atteint", "les investissements cumulés
                    # des gestionnaires de réseaux européens": a class's spending)
                    return child    # ("la société d'État, qui prévoit": a company named)
            if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
                if t.dep_ == "acl" and t.head.i < t.i and t.head.lemma_.lower() in self.cues.public_actors and \
                        not any(c.dep_ == "case" for c in t.head.children):
                    return t.head   # "Le gouvernement britannique soutiendra le projet à hauteur de ...", misparsed
                    # (not after a preposition: "le plan présenté aux analystes prévoit")
                break
            if tokens.root.head.i == t.i and tokens.root.dep_.startswith("nsubj"):
                break   # the money is its verb's subject ("Vitry en captera la plus grosse part : 520 millions seront
                # consacrés à ...": not the subject of the clause above)
        return None

    def _company_noun(self, word: Token) -> bool:
        """'groupe', 'entreprise': a noun that, with its article, can stand for a company."""
        return any(self.x.lexicon.is_company_noun(article + word.lower_) for article in ("le ", "la ", "l'"))

    def _public_programme(self, noun: Token) -> bool:
        """'La stratégie nationale pour l'hydrogène y consacre 9 milliards', 'Québec a bonifié son Plan québécois des
        infrastructures': a state's plan (of a place that owns it), no company's."""
        if noun.lemma_.lower() not in self.cues.plan_nouns or any(c.dep_ == "nmod" and self._company_noun(c)
                                                                   for c in noun.children):
            return False    # (not "le plan national de l'entreprise": a company's)
        own = any("Yes" in c.morph.get("Poss") for c in noun.children)
        if any(c.dep_ == "amod" and (c.lower_ in self.cues.public_adjectives
                                     or not own and self.x.lexicon.is_nationality(c.text)) for c in noun.children):
            return True     # (or a country's: "Le plan quantique français, doté de 1,8 milliard"; not "son programme
            # nordiste")
        subjects = [c for w in [noun.head, *(a for a in noun.head.children if a.dep_.startswith("aux"))]
                    for c in w.children if c.dep_ == "nsubj"]     # (also one hung on the auxiliary)
        return noun.dep_ == "obj" and any("Yes" in c.morph.get("Poss") for c in noun.children) and any(
            c.pos_ == "PROPN" and is_place(c.text) for c in subjects)

    def _public_agent(self, amount: Amount, sent: Sentence) -> bool:
        """'dont 500 millions apportés par l'État', 'soutenu par l'Etat à hauteur de 2,9 milliards', 'un effort de
        l'État de 1,5 milliard', 'le budget de l'Union': money a public actor brings or has, whoever the subject."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        verb = next((t for t in tokens.root.ancestors if t.pos_ == "VERB"), None)
        share = re.search(r"\bà hauteur d(?:e\s+|')\Z", self.work[max(0, amount.start - 20):amount.start])
        bringers = [c for c in tokens.root.children if c.dep_ == "acl"] + ([verb] if verb is not None and share else []) \
            + ([tokens.root.head] if tokens.root.dep_ == "nsubj:pass" else [])    # "2,4 millions sont apportés par la Région"
        if any(g.dep_ == "obl:agent" and g.lemma_.lower() in self.cues.public_actors for c in bringers for g in c.children):
            return True
        whose = next((c for c in verb.children if c.lower_ == "dont"), None) if verb is not None else None
        plan = next((t for t in reversed(tokens.doc[max(sent.span.start, whose.i - 14):whose.i])
                     if t.lemma_.lower() in self.cues.plan_nouns), None) if whose is not None else None
        if plan is not None and self._public_programme(plan):
            return True     # "le Plan national de développement 2021-2025, dont l'enveloppe globale dépasse 59 000
            # milliards de FCFA": a state's plan (however the parser hangs "dont")
        holder = verb if verb is not None else tokens.root.head     # (or a verb read as an adjective: "s'est élevée à")
        said_of = [c for c in holder.children if c.dep_ in ("nsubj", "obj")] + (
            [holder.head] if holder.dep_ in ("acl:relcl", "acl") else [])
        root = holder.sent.root     # (a subject the parser made the root: "Le Plan québécois des infrastructures
        # 2025-2035, doté de 164 milliards $, prévoit ...")
        if root.pos_ == "NOUN" and root.i < holder.i and not any(c.dep_ == "nsubj" for c in holder.children):
            said_of.append(root)
        said_of += [self._antecedent(c) for c in said_of if c.lower_ == "qui"]     # (whatever "qui" was hung on)
        said_of += [g for c in said_of if c is not None for g in c.children if g.dep_ == "nmod"
                    and g.lemma_.lower() in self.cues.public_budget_nouns]  # ("La contribution de Sonatel au budget de
        # l'État s'est élevée à 790 milliards": paid into a public budget)
        if any(n.lemma_.lower() in self.cues.public_budget_nouns and any(
                c.dep_ == "nmod" and c.lemma_.lower() in self.cues.public_actors for c in n.children)
               or self._public_programme(n) for n in said_of if n is not None):
            return True     # "porte le budget de l'État à 7 850 milliards", "le budget de l'Union, qui s'élève à 190
            # milliards", "son Plan québécois des infrastructures, qui atteint 164 milliards": a public budget or plan
        opening = next((s for s in re.split(r"[,;:]", self.work[sent.start:amount.start]) if s.strip()), "")
        if tokens.root.head.lemma_.lower() in self.cues.public_budget_nouns and any(
                w[:1].isupper() and w.lower() in self.cues.public_body_words for w in opening.split()[1:]):
            return True     # "Clermont Auvergne Métropole, qui vote son budget primitif de 720 millions": the budget of a
            # public body, named by its kind
        # "un effort supplémentaire de l'État de 1,5 milliard", "un effort de 1,5 milliard de l'État": the State's
        framing = tokens.root.head if tokens.root.dep_ == "nmod" else None
        owners = [framing, *tokens.root.children, *(framing.children if framing is not None else ())]
        return any(o is not None and o.dep_ == "nmod" and o.lemma_.lower() in self.cues.public_actors and
                   any(c.dep_ == "case" and c.lower_ in ("de", "d'", "du") for c in o.children) for o in owners)

    def _led_by(self, subject: Token, sent: Sentence) -> Candidate | None:
        """'Mark Zuckerberg vise entre 115 et 135 milliards': a person the lexicon knows as the head of a
        group ("le groupe de Mark Zuckerberg") speaks for it."""
        person = next((e for e in subject.doc.ents if e.start <= subject.i < e.end and e.label_ == "PER"), None)
        company = self.x.lexicon.lookup(f"le groupe de {person.text}") if person is not None else None
        if company is None:
            return None
        start = sent.start + person.start_char - sent.span.start_char
        return Candidate(start, start + len(person.text), company.name, self.article.text[start:start + len(person.text)],
                         "lexicon")

    def _unlisted_name(self, subject: Token, sent: Sentence) -> Candidate | None:
        """A proper-noun subject NER missed ("... que s'apprête à engager Aérolithe Systems"): an
        investor if it reads as an organisation's name, not a place, person or public actor."""
        if subject.pos_ != "PROPN":
            return None
        ent = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
        parts = [subject] + [c for c in subject.children if c.dep_ in ("flat:name", "flat", "compound") and c.pos_ in ("PROPN", "X", "NOUN")]
        span = _with_name_before(ent if ent is not None else
                                 subject.doc[min(t.i for t in parts):max(t.i for t in parts) + 1])
        text = clean_name(span.text)
        if self._not_a_name(text) or self._common_word(text) or any(t.pos_ == "NOUN" and t.is_lower for t in span):
            return None
        start = sent.start + span.start_char - sent.span.start_char
        if re.search(r"[a-zà-ÿ]\s*\(\s*$", self.work[max(0, start - 5):start]):
            return None     # "le schéma décennal de développement du réseau (SDDR), qui prévoit": a thing's initials
        if (source := self.cues.source_before.search(self.work, sent.start, start)) and "," not in source[1] and \
                not self.work[sent.start:source.start()].strip():
            return None     # "Selon une étude du cabinet McKinsey et de l'Hydrogen Council, les projets ... représentent":
            # the source of the figure, however parsed
        return Candidate(start, start + len(span.text), text, self.article.text[start:start + len(span.text)], "ner")

    def _subsidiary_subject(self, amount: Amount, sent: Sentence, i: int) -> Candidate | None:
        """'RTE [...] La filiale d'EDF prévoit de dépasser les 6 milliards': a subsidiary of a company, as the subject,
        is the subsidiary the article named before (by the lexicon's parents), not the parent."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        parents = {c.name for t in list(tokens.root.ancestors)[:4] for s in t.children
                   if s.dep_.startswith("nsubj") and s.lemma_.lower() in _SUBSIDIARY_NOUNS
                   for o in s.children if o.dep_ == "nmod" and (c := _named_by(sent, o, anaphors=True)) is not None}
        return next((c for s in reversed(self.sentences[max(0, i - 8):i]) for c in s.candidates
                     if getattr(self.x.lexicon.lookup(c.name), "parent", None) in parents), None) if parents else None

    def _nearest_before(self, before: list[Candidate], amount: Amount) -> Candidate | None:
        """The closest name before the amount, passing over one set off between commas
        ("La firme de Redmond, étroitement liée à OpenAI, aurait investi ...")."""
        for k in range(len(before) - 1, -1, -1):
            c = before[k]
            gap = self.work[c.end:amount.start]
            opening = self.work[before[k - 1].end:c.start] if k else ""
            if k and "," in gap and "," in opening and not re.fullmatch(r"\s*(,|,?\s+et)\s*", opening):
                continue
            if _RELATIVE_PRONOUN_SUBJECT.match(gap):
                continue    # "sa participation dans OpenAI, dans laquelle il a investi 13 milliards": what it put money in
            if self.cues.bought_before.search(self.work, max(0, c.start - 80), c.start):
                continue    # "la finalisation du rachat du chimiste de la construction Fosroc, pour un montant de": the
                # company bought
            return c
        return None

    def _listed_before_parenthesis(self, amount: Amount, cands: list[Candidate]) -> Candidate | None:
        """'Amazon (26 Mds$), Google (22 Mds$)': the name right before the bracket."""
        before = self.work[:amount.start]
        stripped = before.rstrip()
        if not stripped.endswith("(") or not self.work[amount.end:].lstrip().startswith(")"):
            return None
        head_end = len(stripped[:-1].rstrip())
        return next((c for c in cands if c.end == head_end), None)

    def _clause_start(self, sent: Sentence, amount: Amount) -> int:
        text = self.work[sent.start:amount.start]
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
        return sent.start + (breaks[-1] if breaks else 0)

    def _subject(self, amount: Amount, sent: Sentence, before: list[Candidate]) -> Candidate | None:
        """The candidate that is the grammatical subject of a verb governing the amount."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        offset = sent.start - sent.span.start_char
        for t in list(tokens.root.ancestors)[:4]:
            for child in t.children:
                if child.dep_ in ("nsubj", "nsubj:pass"):
                    if self._many_spenders(child):
                        return None     # "Les entreprises du secteur parapublic, de la Senelec au Port autonome de
                        # Dakar, devraient investir": the sum of a class, whatever examples it names
                    pool = before or [c for c in sent.candidates if not c.aside]
                    if child.lower_ in _RELATIVE_SUBJECTS and t.dep_ == "acl:relcl":
                        # "son rival Novartis, qui avait annoncé un investissement de 23 milliards": the antecedent
                        # (one name right before ", qui"; not the last of a list or a partner, "avec OpenAI, SoftBank
                        # et MGX, qui", "détenue par G42 et par Ithmar, qui")
                        first, last = offset + t.head.left_edge.idx, offset + t.left_edge.idx
                        named = [c for c in pool if first <= c.start < last and c.via != "anaphor"]
                        led_in = self.work[first:named[-1].start] if named else ""
                        if len({c.name for c in named}) == 1 and re.fullmatch(r"\s*,?\s*", self.work[named[-1].end:last]) \
                                and not re.search(r"\bet\b", led_in) and (not re.search(r"\b(?:avec|par)\b", led_in)
                                                                         or re.search(r"\bd(?:e|u|['’])\s*\Z", led_in)):
                            return named[-1]    # (but "avec la participation de Bpifrance, qui apporte": the
                            # complement of a noun)
                    a, b = offset + child.idx, offset + child.idx + len(child.text)
                    lo, hi = offset + min(x.idx for x in child.subtree), offset + max(x.idx + len(x.text) for x in child.subtree)
                    clauses = [(offset + r.left_edge.idx, offset + r.right_edge.idx + len(r.right_edge.text))
                               for r in child.subtree if r.dep_ == "acl:relcl" and r.pos_ in ("VERB", "AUX")]
                    direct = [c for c in pool if c.start < b and a < c.end] or [
                        c for c in sent.candidates if c.start < b and a < c.end and not c.aside and tokens.root.head == t
                        and (between := [x for x in self.amounts if c.end <= x.start < amount.start])
                        and all(any(y <= x.start < z for y, z in clauses) for x in between)]
                    # ("Le groupe, qui a déboursé 850 millions pour mettre la main sur ... Ferronor, y injectera 120
                    # millions": the subject of the amount's verb, past the money of its relative clause)
                    # (not a name inside a relative clause of the subject: "la note de la modernisation de ses chantiers,
                    # où sont construits les sous-marins de la Royal Navy, a atteint 1,5 milliard")
                    inside = [c for c in pool if c.start < hi and lo < c.end and not any(x <= c.start < y for x, y in clauses)]
                    hits = [c for c in inside if c.via != "anaphor"] or inside
                    if lo <= amount.start < hi:
                        hits = []   # "Québec, qui avait injecté 270 millions dans la filiale, ...": the name, not the clause
                    if direct or hits:
                        verb_at = offset + min([t.idx] + [c.idx for c in t.children if c.dep_.startswith("aux") and c.i < t.i])
                        found = next((c for c in hits if not self.work[c.end:verb_at].strip()
                                      and self.work[:c.start].rstrip().endswith(",")), None) or (direct or hits)[0]
                        # ("Deux jours après l'annonce de l'implantation de la start-up Orbiwatt ..., Ratier-Figeac a
                        # confirmé qu'il investirait": the name between the comma and the verb, read into the subject)
                        colon = self.work.rfind(":", found.end, amount.start)
                        # ("Le groupe, lui, mise sur l'international : sa filiale TAV Airports va injecter 200
                        # millions", misparsed: the clause after the colon has a subject of its own)
                        return next((c for c in pool if colon < c.start < amount.start), found) if colon >= 0 \
                            else found
            finite = "Fin" in t.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in t.children)
            if finite and tokens.root.head.i == t.i and any(
                    c.dep_ == "nsubj" and (c.pos_ == "PROPN" or self._projects_subject(c)) for c in t.children):
                return None     # "L'entreprise bénéficie du soutien public : France 2030 apporte 8 millions", "...
                # alors que les annonces d'investissements étrangers ont atteint 20 milliards": the clause has a subject of
                # its own, no company's
        return None

    def _coordinated(self, chosen: Candidate, cands: list[Candidate]) -> list[Candidate]:
        """'MGX, Bpifrance, Nvidia et Mistral AI vont créer...': the first named invests with partners."""
        if chosen not in cands:
            return [chosen]
        k = cands.index(chosen)
        lo = hi = k
        joiner = re.compile(r"\s*(,|,?\s+et)\s*(?:(?:le|la|les|l')\s*)?", re.IGNORECASE)
        while lo > 0 and joiner.fullmatch(self.work[cands[lo - 1].end:cands[lo].start]):
            lo -= 1
        while hi + 1 < len(cands) and joiner.fullmatch(self.work[cands[hi].end:cands[hi + 1].start]):
            hi += 1
        group, seen = [], set()
        for c in cands[lo:hi + 1]:
            if c.name and c.name not in seen:
                seen.add(c.name)
                group.append(c)
        return group or [chosen]

    def _named_as_complement(self, sent: Sentence, c: Candidate) -> bool:
        """Is the name a verb's complement ("vendue à Hydro-Québec", "levés auprès de Bpifrance, d'Eurazeo et du fonds
        Breizh Up": each of a list) or the owner of one ("injecteront le gaz dans le réseau de GRDF")? Rarely whom the
        next sentences speak of."""
        words = _words_of(sent, c)
        head = _list_head(words.root) if words is not None else None
        return head is not None and (
            head.dep_ in ("obl", "obl:arg", "iobj") or head.dep_ == "nmod" and head.head.dep_.startswith("obl")
            and (head.head.lower_ in self.cues.own_site_nouns or self.x.lexicon.is_nationality(head.head.text)
                 and any(c.dep_ == "case" for c in head.head.children)))
        # (the complement's nationality read as its head: "commandés à l'allemand Sartorius")

    def _salient(self, i: int, pronoun: bool = False) -> Candidate | None:
        """For a sentence that names nobody ("Un investissement d'un milliard d'euros.", "Il compte
        investir ..."), the first company named in the closest sentence before it that names one,
        within this paragraph and the two before it (headings do not count; a list counts as one). When
        only a lender or a subsidiary is named there, the company named before them. With a `pronoun` subject
        ("elle vise une usine ..."), a sentence whose own subject is a pronoun and which names no company as its
        subject is passed over ("Elle vient de boucler un tour de table mené par le fonds Demeter")."""
        sent = self.sentences[i]
        para = self._paragraph_of(sent.start)
        while para > 0 and self._is_item(para):
            para -= 1       # the items of a list count from the sentence that introduces it
        k, left = para, 2
        while k > 0 and left:
            k -= 1
            left -= not is_heading(self.work[slice(*self.paragraphs[k])]) and not self._says_little(k)
        lowest = self.paragraphs[k][0]
        public = complement = None
        for prev in reversed(self.sentences[:i]):
            if prev.start < lowest and public is None:
                break
            named = [c for c in prev.candidates if not c.aside]
            owners = [c for c in named if not self._in_background(c) and not self._customer(prev, c)
                      and not _RAISED_FROM.search(self.work, max(0, c.start - 60), c.start)]
            # (not whom a product is for: "la production du H145M destiné à la Bundeswehr"; nor a lender, "auprès du
            # fonds Adenia")
            if pronoun and owners and prev.span is not None and any(
                    w.dep_ == "nsubj" and w.lower_ in ("il", "elle") for w in prev.span) and not any(
                    (words := _words_of(prev, c)) is not None and _subject_named(words.root) for c in owners):
                continue
            if owners and all(map(self._landmark, owners)):
                # named only as a landmark ("un montant inédit depuis l'implantation de Renault à Tanger"): the
                # company said before, if any
                complement = complement or owners[0]
            elif owners:
                return owners[0]
            public = public or (named[0] if named else None)
        sole = self._sole_company or (self._interviewee if self._is_interview else None)    # (in an interview, who
        # answers)
        return complement or public or (sole if sole and all(c.name != sole.name for c in sent.candidates) else None)

    def _managed(self, amount: Amount, i: int) -> Candidate | None:
        """'Pour l'exercice 2025/26, la direction table sur 750 millions', right after a sentence that names a customer's
        project ("les commandes de métros du Grand Paris Express"): the management of no body named speaks for the
        company the article has named most so far, not for the name said last (matched by its words: the parser may
        read "la direction table" as a noun phrase)."""
        if not self.cues.management_subject.search(self.work, self.sentences[i].start, amount.start):
            return None
        named = [c for s in self.sentences[:i] for c in s.candidates if not c.aside]
        counts = Counter(c.name for c in named)
        most = max(counts, key=counts.get, default=None)
        return next(c for c in reversed(named) if c.name == most) if most is not None and counts[most] > 1 else None

    @cached_property
    def _sole_company(self) -> Candidate | None:
        """The company an article names in its first paragraph and is the only one it names at all (its
        subject, however far back its name was said: "ONEE : un programme de 96 MMDH ... En 2024, les
        investissements réalisés ont atteint 12,7 MMDH"; not in a sentence that names it otherwise, "Selon le
        bilan du conseil CBRE, 1,1 milliard ont été investis"). An interview that names nobody else is its
        interviewee's ("la patronne de Méralis" in the title)."""
        named = [c for s in self.sentences for c in s.candidates if c.name and not c.aside] or \
            [c for c in [self._interviewee] if c is not None and self._is_interview]
        if len({c.name for c in named}) != 1 or named[0].start >= self.paragraphs[min(1, len(self.paragraphs) - 1)][1]:
            return None
        return named[0]

    # ------------------------------------------------------------------ when, how often, which status, what for

    def _period(self, amount: Amount, in_sent: list[Amount], periods: list[Period],
                sent: Sentence | None = None) -> Period | None:
        """The period closest to this amount among those closer to it than to any other amount or
        counted quantity ("d'atteindre, en 2027, un volume de 20 millions de tonnes")."""
        def gap(p: Period, a: tuple[int, int]) -> float:
            """Characters between, a comma or a semicolon counting as a long way: "2 milliards au cours
            des quatre prochaines années, dont 600 millions" dates the 2 milliards. A period after a
            new coordinated clause is not the amount's ("L'investissement atteint 350 M$, et l'usine
            devrait produire à la fin de 2027")."""
            lo, hi = (a[1], p.begin) if a[1] <= p.begin else (p.stop, a[0])
            between = self.work[lo:hi]
            if sent is not None and p.begin <= sent.start + 2 and a[0] > p.stop and \
                    self.work[p.stop:p.stop + 2].lstrip().startswith(","):
                return 30.0     # "Au premier semestre, les investissements ont atteint ...": it frames the sentence
            if "," in between and _AFTER_EVENT.search(self.work, max(0, p.begin - 12), p.begin):
                return float("inf")     # "Après un exercice 2025 déjà record, Amazon table sur ...": the year of what
                # came before, not of the money said past the comma (but "après un exercice 2025 record à 91 milliards")
            if _NEW_CLAUSE.search(between):
                # "..., et l'usine devrait produire à la fin de 2027"; "après une hausse de son bénéfice au premier
                # semestre, et a annoncé un investissement de 300 millions": another clause's date
                return float("inf")
            breaks = len(re.findall(r"[,;:]", between))
            if a[1] <= p.begin and between.lstrip().startswith(",") and _APPOSITION.search(self.work[max(0, a[0] - 40):a[0]]):
                breaks -= 1     # "La première tranche, soit 400 millions, sera engagée dès 2025", "La première phase, d'un
                # montant de 900 millions, sera engagée à partir de ...": the comma closes the amount
            return max(hi - lo, 0) + 40 * breaks

        conversions = [a for a in in_sent if self._is_conversion(a) or _RESTATED.search(self.work[max(0, a.start - 12):a.start])]
        own = (amount.start, max([amount.end] + [c.end + 1 for c in conversions if 0 <= c.start - amount.end <= 3]))
        cost_of_action = _COST_OF.search(self.work[max(0, amount.start - 40):amount.start])
        paired = next((a for a in in_sent if a.start > amount.end and re.fullmatch(r"\s*et\s*", self.work[amount.end:a.start])
                       and a.currency == amount.currency), None)     # ("entre 20 et 22 milliards et entre 13 et 15
        # milliards de dollars d'investissements cette année": both that year)
        in_spans = [(a.start, a.end) for a in in_sent if a not in conversions and a is not amount and a is not paired
                    and not (sent and (by := token_span(sent.span, a.start - sent.start, a.end - sent.start)) is not None
                             and self._changed_by(by))]     # (not what a level moves by: "a relevé de 10 milliards
        # sa prévision pour l'année, à 85 milliards")
        anchors = in_spans + [own] + (
            self._rival_quantities(amount, sent, in_sent, periods) if sent and not cost_of_action else [])
        superseded = {(a.start, a.end) for a in in_sent if a is not amount and self._superseded(a)}
        relative = sent is not None and _IN_RELATIVE_CLAUSE.search(self.work, sent.start, amount.start)
        relative_end = self.work.find(",", amount.end, sent.end) if relative else -1

        def claim(p: Period, a: tuple[int, int]) -> float:
            if a == own and 0 <= relative_end <= p.begin and p.label.startswith("../") and \
                    _COMMISSIONING.search(self.work[max(0, p.begin - 60):p.begin] + p.text.split(" ")[0]):
                return float("inf")     # "Aux États-Unis, où l'entreprise injecte 65 milliards dans trois usines, la
                # production doit démarrer au premier semestre 2025": the main clause's start, not the relative's money
            if p.stop <= a[0] and a != own and _CODE_NAME.match(self.work, a[0] - 1):
                return float("inf")     # a thing named with a digit dates what is said of it after ("la 5G, lancée
                # fin 2024"), not what comes before ("sur trois ans au déploiement de la 5G")
            if p.stop <= a[0] and (_COMPARED.search(self.work[max(0, a[0] - 25):a[0]]) or a in superseded):
                return float("inf")     # (nor an earlier figure replaced, of a period said before it: "de 2026 à 2030,
                # contre une fourchette de 17 à 17,5 milliards jusqu'ici")
            if p.stop <= a[0] and a != own and _OF_WHICH.search(self.work[p.stop:a[0]]):
                return float("inf")     # "8 000 milliards ... sur cinq ans, de l'exercice 2023 à l'exercice 2027, dont
                # 1 500 milliards": a part does not take its whole's period from it
            if a == own and a[1] <= p.begin and p.label.endswith("/..") and \
                    _RELATIVE_OPENED.search(self.work, max(a[1], p.begin - 80), p.begin):
                return float("inf")     # "injectera 500 M€ dans son usine d'Onnaing, qui assemblera une version hybride à
                # partir de 2027": when the site starts doing something, not a span of the money
            if p.stop <= a[0] and re.fullmatch(r"\s*(?:,\s*)?(?:et|puis)\b[^,;:.]{0,30}", self.work[p.stop:a[0]]) and any(
                    a[1] <= q.begin and q.begin - a[1] <= 25 and not re.search(r"[,;:]", self.work[a[1]:q.begin])
                    for q in periods):
                return float("inf")     # "7 milliards d'investissements cette année et 7,5 milliards l'an prochain", "a
                # dépensé 37,5 Mds$ sur le seul trimestre d'octobre à décembre et en promet plus de 140 milliards sur
                # l'ensemble de son exercice": the second has its own, after it
            if a[1] <= p.begin and _PART_SAID.search(self.work, a[1], p.begin):
                return float("inf")     # "Il y consacrera 1,8 MMDH, dont une première commande ... attendue avant la fin de
                # l'année": nor the whole its part's
            return gap(p, a)

        purpose = _PURPOSE_VERB.search(self.work, amount.end, sent.end) if sent else None
        aimed = [a for a in anchors if purpose and a not in in_spans and a[0] > purpose.start()]
        def rivals(p: Period) -> list[tuple[int, int]]:
            """'14 milliards pour porter la capacité à 535 000 véhicules par an d'ici 2030', '18 millions dans une
            plateforme de 40 000 m², livrée l'an prochain': by the horizon of what the money is for, or of when what
            it buys starts working, the money is spent too; the quantities aimed at or bought do not take it."""
            if not p.label.startswith("../"):
                return anchors
            commissioning = _COMMISSIONING.search(self.work[max(0, p.begin - 60):p.begin] + p.text.split(" ")[0])
            # (or the size of what it buys, "pour un parc solaire de 150 mégawatts, d'ici 2027")
            bought = [a for a in anchors if a not in in_spans and a != own and amount.end <= a[0] < p.begin and (
                commissioning or (sized := _SIZE_OF.search(self.work, max(0, a[0] - 40), a[0])) is not None
                and sized["thing"].lower() in self._things_built)]
            return [a for a in anchors if a not in aimed and a not in bought]

        mine = [p for p in periods if claim(p, own) < float("inf") and min(rivals(p), key=lambda a: (claim(p, a), a[0])) == own]
        if not mine and sent is not None and (first := self._gapped_after(amount, sent, in_sent)) is not None:
            return self._period(first, in_sent, periods, sent)
        return min(mine, key=lambda p: (gap(p, own), p.begin < amount.start)) if mine else None

    def _gapped_after(self, amount: Amount, sent: Sentence, in_sent: list[Amount]) -> Amount | None:
        """'Shell avait investi 21,1 milliards en 2025, BP un peu moins de 15 milliards.': a clause of a name and an
        amount only, the verb and date left out, says them again of the amount before."""
        before = [a for a in in_sent if a.end <= amount.start and not self._is_conversion(a)]
        if not before or not re.match(r"\s*(?:[.;]|\Z)", self.work[amount.end:sent.end]):
            return None
        comma = self.work.rfind(",", before[-1].end, amount.start)
        named = comma >= 0 and any(re.fullmatch(r"\s*(?:et\s+)?", self.work[comma + 1:c.start])
                                   and not self.work[c.end:amount.start].strip() for c in sent.candidates)
        return before[-1] if named else None

    def _publication_year(self, tokens: Span, sent: Sentence) -> Period | None:
        """A one-off announcement dated by its article ("Eclairion doit annoncer investir 2,5 milliards")
        is of the publication year -- unless its sentence says a horizon (even of a thing's opening), its
        paragraph or the sentences after it, up to the next one
        with money of its own ("L'investissement, qui sera réalisé d'ici 2028, ..."), speak of other dates, or
        they date a start of service further on ("La mise en service est prévue fin 2028"),
        the article spoke of another period before it (a programme "d'ici 2030" whose parts follow), or
        the money is a plan or programme or the cost of a thing built, which has a horizon of its own.
        Periods of its paragraph that are the publication year, or that only compare, do not count."""
        published = self.ref
        if published is None:
            return None
        k = self._paragraph_of(sent.start)
        para = self.paragraphs[k]
        reach = self.paragraphs[min(k + 2, len(self.paragraphs) - 1)][1]
        other_money = False
        for following in (s for s in self.sentences if sent.end <= s.start < reach):
            first = next((a.start for a in self.amounts if following.start <= a.start < following.end), None)
            if any(following.start + p.stop <= (first or following.end) and self._commissioned(
                    following, replace(p, begin=p.begin + following.start, label=p.label.removeprefix("../")))
                    for p in self._said_periods(following)):
                return None     # ("Une première tranche de 180 millions sera engagée dès l'an prochain. La mise en
                # service est prévue fin 2028": the project's; "La nouvelle ligne, dont la mise en service est attendue
                # d'ici 2027, portera ..." before money of that sentence's own)
            if first is not None:
                other_money = True      # a sentence with money of its own speaks of that money
            elif not other_money and any(p.label != str(published.year) for p in self._said_periods(following)):
                return None
        earlier = [p.label for prev in self.sentences if prev.end <= sent.start for p in self._periods(prev)]
        in_para = [p.label for s in self.sentences if para[0] <= s.start < para[1] for p in self._periods(s)]
        own = [p.label for p in self._said_periods(sent) if p.label.startswith("../")]    # a horizon, even of a thing's
        # opening ("..., une usine qui doit être opérationnelle d'ici 2028")
        if any(label != str(published.year) for label in in_para + earlier + own):
            return None
        governing = [tokens.root, *tokens.root.ancestors]
        if any("Imp" in aux.morph.get("Tense") for t in governing for aux in t.children if aux.dep_.startswith("aux")):
            return None     # "avait annoncé": an earlier announcement
        near = tokens.doc[max(tokens.start - 4, 0):tokens.end + 3]
        if any(t.lemma_.lower() in self.cues.plan_nouns or t.lower_ in self.cues.plan_nouns for t in [*governing, *near]) \
                or self._built_thing_costs(tokens):
            return None     # a plan's, or the cost of a thing built ("chiffré par EDF à 72,8 milliards"): its own horizon
        return self._this_year(tokens)

    def _this_year(self, tokens: Span) -> Period | None:
        """The year of the article's date, as a period said nowhere."""
        if self.ref is None:
            return None
        label = str(self.ref.year)
        start, end = label_bounds(label)
        return Period(label, start, end, tokens.start_char, tokens.start_char, "", relative=True)

    def _same_figure_period(self, tokens: Span, compared: Amount | None, i: int) -> Period | None:
        """'1,4 milliard en 2025, contre 1,7 milliard évoqué en octobre', 'avait prévu 3,4 milliards en 2024, a revu
        cette enveloppe à 2,5 milliards': an earlier forecast of the figure compared with, or the new level of the
        envelope just read, has its period."""
        said = self.cues.announce_verbs | self.cues.estimate_verbs | self.cues.planned_verbs
        earlier = compared is not None and compared.start in self.spent and any(
            c.dep_ in ("acl", "xcomp") and c.i == tokens.end and c.lemma_.lower() in said
            for c in [*tokens.root.children, *tokens.root.head.children])
        if earlier:
            return self.spent[compared.start].period
        verb = tokens.root.head
        revised = tokens.root.dep_.startswith("obl") and verb.lemma_.lower() in self.cues.revise_verbs and any(
            c.dep_ == "obj" and any("Dem" in x.morph.get("PronType") for x in c.children) for c in verb.children)
        before = [a for a in self.amounts if self.sentences[max(0, i - 1)].start <= a.start < tokens.start_char +
                  self.sentences[i].start - self.sentences[i].span.start_char and a.start in self.spent]
        return self.spent[before[-1].start].period if revised and before else None

    def _year_earlier(self, amount: Amount, in_sent: list[Amount], periods: list[Period],
                      sent: Sentence) -> Period | None:
        """'19,4 milliards au troisième trimestre, contre 9,2 milliards un an plus tôt': the period of
        the amount compared with, a year back."""
        back = _YEAR_EARLIER.match(self.work, amount.end)
        if not back:
            return None
        before = [a for a in in_sent if a.end <= amount.start]
        if before and before[-1].start in self.dated_back:
            # "24,2 milliards trois mois plus tôt, et 20 milliards un an plus tôt": both back from the same period
            compared = self.dated_back[before[-1].start]
        elif before:
            # (as the compared amount was dated in the end: in the calendar of its spender's year, in the year its
            # status places it)
            compared = self.spent[before[-1].start].period if before[-1].start in self.spent else \
                self._period(before[-1], in_sent, periods, sent)
        else:
            # "Au trimestre clos fin septembre, il a dépensé 35 milliards. [...] le groupe avait dépensé 24,2 milliards
            # trois mois plus tôt": the spending read last, up to three sentences before
            k = self.sentences.index(sent)
            spent = [a for a in self.amounts if self.sentences[max(0, k - 3)].start <= a.start < sent.start
                     and a.start in self.spent]
            compared = self.spent[spent[-1].start].period if spent else None
        if compared is None:
            return None
        self.dated_back[amount.start] = compared
        return _shifted_back(compared, back)

    @staticmethod
    def _in_year_said(period: Period | None, periods: list[Period]) -> Period | None:
        """'6,6 milliards de dirhams sur l'année 2025, dont 2,9 MMDH au seul premier semestre': a half or a quarter
        said without its year is of the year the sentence named before it."""
        if period is None or not period.relative or not RANKED_PART.search(period.text) or period.start is None \
                or any(0 <= q.begin - period.stop <= 2 for q in periods):
            return period    # (not "au premier semestre de cette année": its year said right after it)
        year = next((p for p in reversed(periods) if p.begin < period.begin and not p.relative
                     and re.fullmatch(r"\d{4}", p.label)), None)
        return shift_years(period, year.start.year - period.start.year) if year is not None else period

    def _in_time(self, period: Period | None, status: str) -> Period | None:
        """The period as the status places it against the article's date: money spent in a half or
        quarter said without its year is of the last one ("au premier semestre, Amazon avait dépensé"),
        money planned for one (or for a month) is of the next ("doit intervenir au second semestre", said in March), and
        a period long over dates no planned money ("des lignes, dont beaucoup datent des années 1950")."""
        if period is None or self.ref is None:
            return period
        if status == "actual":
            return shift_years(period, -1) if period.relative and period.start and period.start > self.ref else period
        if period.end and period.end.year < self.ref.year - 5:
            return None
        month = re.fullmatch(r"(\d{4}-\d{2})(?:/\.\.)?", period.label) if "depuis" not in period.text.lower() else None
        if period.relative and (period.end and period.end < self.ref and RANKED_PART.search(period.text)
                                or month and label_bounds(month[1])[1] < self.ref):
            return shift_years(period, 1)   # ("doit démarrer en septembre", said in March: the September to come)
        return period

    def _both_ends(self, period: Period, periods: list[Period]) -> Period:
        """The span a sentence with one amount gives by both its ends: 'son plan « Ambition 2028 », qui prévoit 1 000
        milliards sur cinq ans, de 2024 à 2028' (the span said with the horizon's end), 'Dès l'an prochain, l'enveloppe
        devrait se stabiliser entre 16 et 18 milliards par an jusqu'en 2030' (a start and an end: 2026/2030), 'sera
        lancée au printemps 2026 pour une mise en service fin 2027' (works from then to their end: 2026/2027)."""
        if not period.label.startswith("../"):
            end = next((p for p in periods if p.begin > period.begin and p.label.startswith("../")), None)
            return with_label(period, f"{period.start.year}/{end.end.year}") \
                if end is not None and self._works_start(period, end) else period
        said = next((p for p in periods if p.end == period.end and "/" in p.label and ".." not in p.label), None)
        if said is not None:
            return said
        start = next((p for p in periods if p.begin < period.begin and p.start is not None and p.start <= period.end
                      and not _of_relative_clause(self.work, p, period.begin)
                      and (p.label.endswith("/..") or re.fullmatch(r"\d{4}", p.label)
                           and _FROM.search(self.work, max(0, p.begin - 10), p.begin)
                           or self._works_start(p, period))), None)
        return with_label(period, f"{start.start.year}/{period.end.year}") if start is not None else period

    def _works_start(self, start: Period, end: Period) -> bool:
        """'sera lancée |au printemps 2026| pour une mise en service |fin 2027|': when works start, before their end."""
        return bool(re.fullmatch(r"\d{4}(?:-[QH]\d)?", start.label) and start.start <= end.end
                    and _COMMISSIONING.search(end.text) and _WORKS_START.search(self.work, max(0, start.begin - 20), start.begin))

    def _spent_up_to_now(self, period: Period, tokens: Span) -> Period:
        """'a investi 1 100 milliards en dix ans', 'sur dix ans': a length of years said of money a verb of spending
        says spent runs up to the article's year."""
        verb = next((t for t in tokens.root.ancestors if t.pos_ == "VERB"), None)
        if not (verb is not None and _verb_lemma(verb) in self.cues.invest_verbs - self.cues.planned_verbs
                and period.relative and self.ref and _LENGTH_SAID.match(period.text)
                and re.fullmatch(r"\d{4}/\d{4}", period.label) and period.start.year == self.ref.year):
            return period
        years = period.end.year - period.start.year + 1
        return with_label(period, f"{self.ref.year - years}/{self.ref.year}")

    def _coordinated_spender(self, amount: Amount, in_sent: list[Amount]):
        """'37 milliards seront consacrés au raccordement et environ 24 milliards au renouvellement': a
        second share joined by "et" is spent by whoever spends the first."""
        before = [a for a in in_sent if a.end <= amount.start and not self._is_conversion(a)]
        if not before or not _JOINED_SHARE.search(self.work[before[-1].end:amount.start]):
            return None
        return self._spender_of(before[-1])

    def _spender_of(self, amount: Amount | None):
        """(investor, partners) of an amount already read as spending, else None."""
        spending = self.spent.get(amount.start) if amount is not None else None
        return (spending.investor, spending.partners) if spending else None

    def _taken_up_year_earlier(self, amount: Amount, i: int) -> Period | None:
        """'Microsoft a dépensé 41,2 milliards au cours du trimestre. Un an plus tôt, ce montant s'élevait à
        21,4 milliards': the period of the spending just read, a year (or the years said) back."""
        sent = self.sentences[i]
        back = _YEAR_EARLIER_LEAD.match(self.work, sent.start)
        if not back or i == 0 or any(not p.relative and "même" not in self.work[p.begin:p.stop].lower()
                                                for p in self._periods(sent)):
            return None     # (not "Un an plus tôt, au cours de l'exercice 2025, la firme avait investi": its own year)
        before = self.sentences[i - 1]
        spent = [a for a in self.amounts if before.start <= a.start < before.end and a.start in self.spent]
        period = self.spent[spent[-1].start].period if spent else None
        return _shifted_back(period, back) if period else None

    def _same_period_back(self, sent: Sentence, periods: list[Period]) -> Period | None:
        """'Un an plus tôt, la société avait dépensé 22,6 milliards sur la même période', 'Au cours du même trimestre de
        l'exercice précédent, Microsoft avait dépensé ...': the period said last, a year (or the years said) back."""
        back = _YEAR_EARLIER_LEAD.match(self.work, sent.start)
        same = next((p for p in periods if re.search(r"\bmême\s+(?:période|trimestre|semestre)\b",
                                                     self.work[p.begin:p.stop].lower())), None)
        return _shifted_back(same, back) if back and same else None

    def _whole_period(self, amount: Amount, in_sent: list[Amount], periods: list[Period],
                      sent: Sentence) -> Period | None:
        """'100 milliards d'ici 2025, dont 60 milliards dans AWS': a part has the period of its whole; so
        has the same money said another way ("400 millions sur 2025-2029, soit 80 millions par an") and
        a clause that leaves the verb out ("Meta vise 130 milliards cette année, et Amazon 200 milliards")."""
        before = [a for a in in_sent if a.end <= amount.start and not self._is_conversion(a)]
        between = self.work[before[-1].end:amount.start] if before else ""
        if not (re.search(r"\bdont\b", between) or _RESTATED.search(between) or _GAPPED.search(between)):
            return None
        return self._period(before[-1], in_sent, periods, sent)

    def _framed_before(self, i: int) -> Period | None:
        """'Pour 2025, Lonza table sur une croissance de ses ventes ... Les dépenses d'investissement
        devraient se situer entre 1,1 et 1,2 milliard': a year (quarter, half) opening the sentence before,
        in the same paragraph, frames this one too; a span ("Entre 2011 et 2022, ...") tells a past; so does a
        pluperfect ("Au premier semestre, Lonza a réalisé ... Le groupe avait déboursé 1,2 milliard": before it)."""
        if i == 0 or "\n" in self.work[self.sentences[i - 1].end:self.sentences[i].start]:
            return None
        span = self.sentences[i].span
        if span is not None and any(t.dep_ == "aux:tense" and "Imp" in t.morph.get("Tense") for t in span.root.children):
            return None
        if self._frame_of(self.sentences[i], spans=True) is not None:
            return None     # ("Pour la période 2027-2030, ..., contre 17 à 18 milliards": a frame of its own)
        frame = self._frame_of(self.sentences[i - 1])
        # (the verb the sentence hangs on, or its first finite verb when the parser made a noun its root: "À terme, les
        # seuls travaux sur le réseau mobiliseront plus de 4 milliards par année")
        verb = None if span is None else span.root if span.root.pos_ in ("VERB", "AUX") else next(
            (t for t in span if t.pos_ in ("VERB", "AUX") and ("Fin" in t.morph.get("VerbForm") or is_future(t))),
            span.root)
        if frame is not None and verb is not None and self.ref is not None and frame.end is not None and \
                frame.end < self.ref and (_verb_lemma(verb) in self.cues.planned_verbs or is_future(verb)):
            return None     # "Sur l'exercice 2025, Engie a investi ... Le groupe prévoit en outre de consacrer 1,5 milliard
            # par an": a plan after a year gone by
        return frame

    def _frame_of(self, sent: Sentence, spans: bool = False) -> Period | None:
        """The period that opens the sentence before a comma ("Au premier semestre, ..."): a year, quarter or half,
        or with `spans` a span too."""
        return next((p for p in self._periods(sent) if _FRAME_LEAD.fullmatch(self.work, sent.start, p.begin)
                     and self.work[p.stop:p.stop + 1] == "," and (spans or "/" not in p.label)), None)

    def _plan_said_before(self, i: int) -> Period | None:
        """'Senelec a présenté son programme d'investissement pour la période 2025-2029. D'un montant de 650
        milliards de FCFA, il doit permettre ...': a sentence that opens with the amount of what the one before
        presented, with no money of its own, takes that one's span."""
        if i == 0 or not _AMOUNT_OPENER.match(self.work, self.sentences[i].start) or \
                "\n" in self.work[self.sentences[i - 1].end:self.sentences[i].start]:
            return None
        prev = self.sentences[i - 1]
        if any(prev.start <= a.start < prev.end for a in self.amounts):
            return None
        spans = [p for p in self._periods(prev) if "/" in p.label and ".." not in p.label]
        return spans[-1] if spans else None

    def _plan_period_taken_up(self, amount: Amount, i: int) -> Period | None:
        """'Nous investirons 100 milliards d'ici 2040. [...] Le raccordement représente environ 37 milliards sur la
        période', "Sur l'horizon du plan, l'effort représente en moyenne 15 milliards par année": the span of the
        spending read last."""
        said = _ON_THE_PERIOD.search(self.work, self.sentences[i].start, self.sentences[i].end)
        if said is None:
            return None
        # (a plan is named, its span may have been said further back)
        return self._span_spent_before(i, closed=False, back=8 if said[0].lower().endswith(("plan", "programme")) else 4)

    def _spread_after(self, i: int) -> Period | None:
        """'Lesieur Cristal va consacrer 300 MDH à son usine. Le programme, étalé sur la période 2025-2027,
        comprend ...': the next sentence takes the money up as its subject and says its span in an aside
        or with a verb of spreading ("Cet investissement s'étalera sur trois ans") -- before any money
        of its own."""
        if i + 1 >= len(self.sentences):
            return None
        nxt = self.sentences[i + 1]
        head = self._takeup_opener(nxt.start)
        if head is None:
            return None
        money_at = min([a.start - nxt.start for a in self.amounts if nxt.start <= a.start < nxt.end],
                       default=nxt.end - nxt.start)
        # (not a start: "Cette enveloppe comprend un bâtiment pour réaliser les internes de cuves à partir de l'été 2026")
        return next((p for p in self._said_periods(nxt) if "/" in p.label and not p.label.endswith("/..") and p.stop <= money_at
                     and self.cues.spread_before.fullmatch(self.work, head.end(), nxt.start + p.begin)), None)

    def _rival_quantities(self, amount: Amount, sent: Sentence, in_sent: list[Amount],
                          periods: list[Period]) -> list[tuple[int, int]]:
        """The counted quantities that compete with the amount for a period -- not those that describe
        what the money buys ("Une tranche de 20 M€, destinée à un entrepôt de 18 000 m², est envisagée à
        l'horizon 2028": the surface is inside the phrase of the tranche)."""
        tokens = token_span(sent.span, amount.start - sent.start, amount.end - sent.start)
        owner = tokens.root.head if tokens is not None and tokens.root.dep_ == "nmod" else None
        offset = sent.start - sent.span.start_char
        out = []
        for q in self._quantities(sent, in_sent, periods):
            token = sent.span.doc.char_span(q[0] - offset, q[1] - offset, alignment_mode="expand")
            if owner is None or token is None or owner not in token.root.ancestors:
                out.append(q)
        return out

    def _quantities(self, sent: Sentence, in_sent: list[Amount], periods: list[Period]) -> list[tuple[int, int]]:
        """Numbers of the sentence that are neither money nor a date nor a percentage: jobs, tonnes,
        gigawatts... (dates the sentence's reading dropped, "clos fin mars 2031", are no quantities)."""
        said = [(p.begin + sent.start, p.stop + sent.start) for p in self._said_periods(sent)]
        taken = [(a.start, a.end) for a in in_sent] + [(p.begin, p.stop) for p in periods] + said
        offset = sent.start - sent.span.start_char
        out = []
        for t in sent.span:
            a = offset + t.idx
            if t.like_num and any(ch.isdigit() for ch in t.text) and not any(x <= a < y for x, y in taken) \
                    and not (t.i + 1 < len(t.doc) and (t.doc[t.i + 1].text in ("%", "pour")
                                                      or is_month(t.doc[t.i + 1].text))) \
                    and not (len(t.text) <= 2 and t.i > sent.span.start and t.doc[t.i - 1].is_title):
                out.append((a, a + len(t.text)))     # (nor a day: "clos le 31 mars"; nor a name's number:
                # "ses centrales de Heysham 1 et Hartlepool", "Flamanville 3")
        return out

    def _rate(self, amount: Amount, sent: Sentence, takeup: bool) -> str:
        """'par an', 'chaque trimestre'... right after the amount (or right before it); in a sentence that
        takes the amount up, anywhere in it."""
        others = [a.start for a in self.amounts if a is not amount]
        for marker in find_rates(self.work[sent.start:sent.end]):
            begin, stop = sent.start + marker.begin, sent.start + marker.stop
            if takeup or 0 <= amount.start - stop <= 3 or (
                    amount.end <= begin <= amount.end + 40 and not any(amount.end <= o < begin for o in others)):
                return marker.rate      # (not "400 millions, soit 80 millions par an": the other amount's)
        return "total"

    def _status(self, tokens: Span, sent: Sentence, period: Period | None) -> str:
        """planned or actual: the nearest verb above the amount that says (a plan verb, a future, a
        past tense), else a plan noun, else a period already over, else planned."""
        cues = self.cues
        chain = [tokens.root, *tokens.root.ancestors]
        if sent.span is not None and not (sent.span.start <= tokens.start < sent.span.end):
            chain += [t for t in sent.span if t.pos_ in ("VERB", "AUX")]
        over = period is not None and period.end is not None and self.ref is not None and period.end < self.ref
        ahead = period is not None and not period.relative and period.start is not None and self.ref is not None \
            and period.start > self.ref
        below = [c for w in tokens for c in w.children if c.i >= tokens.end]     # (on "$" too: "aux 500 millions $ que")
        clauses = [c for c in below if c.dep_ == "acl" or c.dep_ == "acl:relcl" and any(
            x.dep_ == "aux:tense" for x in c.children)]
        clauses += [x for c in below if c.dep_ == "acl:relcl" and _verb_lemma(c) in cues.announce_verbs
                    for x in c.children if x.dep_ == "xcomp" and any(a.dep_ == "aux:tense" for a in x.children)]
        if not ahead and any("Part" in c.morph.get("VerbForm") and "Past" in c.morph.get("Tense")
                             and c.lemma_.lower() in cues.invest_verbs - cues.planned_verbs
                             and "," not in c.doc[tokens.end:c.i].text
                             and not (c.dep_ == "acl" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in ("à", "au", "aux"))
                             for c in clauses):
            return "actual"     # "aux 406 millions de dollars investis en janvier", "Les 2,4 milliards que le constructeur
            # a consacrés à ses usines", "aux 6,2 milliards que l'entreprise dit avoir investis" (not "37 milliards
            # prévus", nor "une tranche de 85 millions, engagée dès le premier semestre 2026" said in 2025; nor "2,3
            # milliards par an, consacrés notamment à", "une première tranche de 1,5 milliard consacrée aux fondations":
            # what it is for)
        if self._level_said_before(tokens):
            return "planned"    # "le groupe table désormais sur 125 milliards" ("table" read as a noun)
        before = self.work[sent.start:sent.start + tokens.start_char - sent.span.start_char]
        if over and re.search(r"\b(?:de|d['’])\s*$", before) and any(t.lemma_.lower() in cues.change_verbs for t in chain):
            return "actual"     # "passeront de 5 milliards en 2023 à 10 milliards": where it starts from is past
        for t in chain:
            lemma = _verb_lemma(t)     # ("elle compte porter ce montant à", "compte" lemmatised as the noun)
            if any(c.lower_ in ("s'", "se") for c in t.children) and "s'" + lemma in cues.planned_verbs:
                return "planned"    # "s'est engagé à investir"
            if self._spends_now(t) or _verb_lemma(t) in cues.invest_verbs - cues.planned_verbs and (
                    "Pres" in t.morph.get("Tense") or "Part" in t.morph.get("VerbForm") and not any(
                        c.dep_.startswith("aux") for c in t.children) and any(c.dep_ == "nsubj" for c in t.children)) \
                    and period is not None and period.text.lower().startswith("depuis"):
                return "actual"     # "il engloutit désormais 30 milliards chaque trimestre", "Depuis 2019, nous consacrons
                # quelque 90 millions par an", "Depuis 2022, Sonatel investit" (read as a participle): what it spends now
            if "Inf" in t.morph.get("VerbForm") and (t.head.pos_ not in ("VERB", "AUX") or t.head.dep_ == "acl"
                                                      and t.head.head.pos_ == "NOUN") and \
                    not any(c.dep_.startswith("aux") for c in t.children):
                return "planned"    # "son intention d'investir", "la société compte investir" (read as a noun), "l'engagement
                # pris cet été d'investir 600 milliards"
            if "Inf" in t.morph.get("VerbForm") and (noun := _noun_of_infinitive(t)) is not None and \
                    noun.lemma_.lower() in cues.planned_nouns:
                return "planned"    # "a réaffirmé l'engagement de Meta d'investir 600 milliards" (the infinitive hung
                # on the verb)
            if lemma in cues.estimate_verbs:
                return "planned"    # "EDF a chiffré à 67,4 milliards le coût": an estimate of what is to be spent
            if lemma in cues.planned_verbs:
                # "a annoncé des dépenses de 35,1 milliards pour son premier trimestre fiscal": results
                return "actual" if over and lemma in cues.announce_verbs and t.pos_ == "VERB" and \
                    not any(is_future(x) for x in [t, *t.children]) else "planned"
            if any(c.dep_ == "cop" and (is_future(c) or is_conditional(c)) for c in t.children):
                return "planned"    # "a indiqué que l'enveloppe serait légèrement inférieure, à environ 16,5 milliards":
                # a predicate said in the future or the conditional
            if t.pos_ not in ("VERB", "AUX") and not _misread_verb(t):
                continue
            if t.pos_ in ("AUX", "VERB") and t.lemma_ == "avoir" and t.i < tokens.start and any(
                    "Part" in w.morph.get("VerbForm") and "Past" in w.morph.get("Tense")
                    and w.lemma_.lower() in cues.invest_verbs - cues.planned_verbs for w in t.doc[t.i + 1:t.i + 6]
                    if w.i < tokens.start and "," not in t.doc[t.i:w.i].text):
                return "actual"     # "a pour sa part injecté plus de 10 milliards": the participle parsed apart (or
                # "avoir" read as the main verb: "a de son côté engagé environ 1,1 milliard")
            aux = [c for c in t.children if c.dep_.startswith("aux")]
            if any(is_future(x) for x in [t, *aux]) or (is_conditional(t) and not aux) or \
                    any(x.dep_ == "aux:pass" and is_conditional(x) for x in aux) and \
                    not any(x.dep_ == "aux:tense" for x in aux):
                return "planned"       # "investira", "investirait", "seraient ramenées à 4 milliards" (not "auraient été
                # investis")
            if lemma in cues.revise_verbs and (
                    any(c.dep_ in ("obj", "nmod") and c.lemma_.lower() in cues.planned_nouns
                        for c in [*t.children, *tokens.root.children])
                    or any(t.i < c.i < tokens.start and c.lemma_.lower() in cues.planned_nouns for c in t.subtree)):
                # "a relevé à 50 milliards sa prévision", "a porté son objectif à", "a relevé mercredi sa
                # prévision de dépenses pour 2026, tablant désormais sur 185 milliards"
                return "planned"
            tense = t.morph.get("Tense")
            if aux and all(x.dep_ == "aux:pass" and "Pres" in x.morph.get("Tense") for x in aux):
                continue                # "sont évalués à 2,1 milliards": a present passive says nothing yet
            if ("Past" in tense and (aux or "Part" not in t.morph.get("VerbForm"))) or "Imp" in tense or \
                    t.pos_ not in ("VERB", "AUX") and any(c.dep_ == "aux:tense" for c in aux):
                return "actual"     # (a past participle read as an adjective: "a déjà injecté")
        if any(t.lemma_.lower() in cues.planned_nouns for t in chain):
            return "planned"
        return "actual" if over else "planned"

    def _spends_now(self, verb: Token) -> bool:
        """'il engloutit désormais 30 milliards', 'qui dépense déjà plus de 30 milliards par trimestre': a verb of
        spending in the present, said of now."""
        now = self.cues.now_adverbs
        return _verb_lemma(verb) in self.cues.invest_verbs - self.cues.planned_verbs \
            and ("Pres" in verb.morph.get("Tense") or _misread_verb(verb)) \
            and (any(c.dep_ == "advmod" and c.lower_ in now for c in verb.children)
                 or verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in now)    # (however "déjà" is hung)

    def _purpose(self, amount: Amount, sent: Sentence) -> str | None:
        tail = self.work[amount.end:sent.end]
        low = tail.lower()
        best = None
        for intro in self.cues.purpose_introducers:
            m = re.search(rf"(?<!\w){re.escape(intro)}(?!\w)", low)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), m.end())
        if best is None or best[0] > 80:
            return None
        text = re.split(r"[,.;:()\"]|\s(?:et|afin|alors|tandis|selon|a annoncé)\s", tail[best[1]:], maxsplit=1)[0]
        words = text.split()[:12]
        return " ".join(words) or None


# ---------------------------------------------------------------------- helpers


def dateline(work: str) -> date | None:
    """The date an undated article gives at its head ("publié le 11 juillet 2024", "Reuters 31/07/2025"):
    the reference for "cette année" when there is no date header."""
    days = [p for p in find_periods(work[:400]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p.label)]
    return days[0].start if days else None


_COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10}


_IRREGULAR_CONDITIONALS = re.compile(r"(?:dev|pour|fau|i|se|au|fe|voud|viend|tiend|ver|sau)r(?:ait|aient|ais)")


def is_conditional(t: Token) -> bool:
    """'investirait', 'dépenseraient', 'devrait': the tagger often reads a conditional as an imperfect, or a present
    ("les dépenses dépasseraient 30 milliards")."""
    if "Cnd" in t.morph.get("Mood"):
        return True
    if not {"Imp", "Pres"} & set(t.morph.get("Tense")):
        return False
    low, stem = t.lower_, t.lemma_.lower().removesuffix("e")
    return any(low == stem + ending for ending in ("ait", "aient", "ais")) or bool(_IRREGULAR_CONDITIONALS.fullmatch(low))


def _demonstrative(subject: Token) -> tuple[str, str] | None:
    """'celui-ci' (however tokenized), 'ce dernier': the gender and number of what the pronoun stands for, or None."""
    word = subject.lower_.replace("’", "'").removesuffix("-ci").removesuffix("-là")
    if word in ("dernier", "dernière"):
        return _DEMONSTRATIVES[word] if any(d.lower_ in ("ce", "cette") for d in subject.children) else None
    rest = subject.doc.text[subject.idx + len(subject.text):subject.idx + len(subject.text) + 4]
    return _DEMONSTRATIVES.get(word) if subject.lower_ != word or re.match(r"\s*-\s*(?:ci|là)\b", rest) else None


def _pronoun_antecedent(verb: Token) -> Token | None:
    """The noun a personal pronoun subject of the verb stands for, said earlier in its sentence (as a relative
    pronoun's is found, among the nouns of its gender and number)."""
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _PERSONAL), None)
    return ArticleReading._antecedent(pronoun, _PERSONAL[pronoun.lower_]) if pronoun is not None else None


def _agrees(participle: Token, noun: Token) -> bool:
    """Do a participle and a noun agree in gender and number (where the tagger says both)?"""
    return all(not participle.morph.get(f) or not noun.morph.get(f) or participle.morph.get(f) == noun.morph.get(f)
               for f in ("Gender", "Number"))


def _noun_of_infinitive(verb: Token) -> Token | None:
    """'l'engagement de Meta |d'investir': the noun an infinitive with "de" follows, past its complements."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’") and c.i == verb.i - 1),
                None)
    if mark is None or mark.i == 0:
        return None
    word = verb.doc[mark.i - 1]
    while word.dep_ in ("nmod", "amod", "flat:name") and word.head.i < word.i:
        word = word.head
    return word if word.pos_ == "NOUN" else None


def is_future(t: Token) -> bool:
    """'investira', 'recevra', 'nous y mettrons': the tagger sometimes reads a future as a past, a present or a
    participle ("mobiliseront"; no participle ends like a future). Only verbs in -er have a simple past in -a
    ("déclara", "opéra"), and theirs never ends in a plain "-era"."""
    if "Fut" in t.morph.get("Tense"):
        return True
    if t.pos_ not in ("VERB", "AUX") or not {"Fin", "Part"} & set(t.morph.get("VerbForm")):
        return False
    low, lemma = t.lower_, t.lemma_.lower()
    return low.endswith(("erai", "eras", "era", "erons", "erez", "eront")) if lemma.endswith("er") else \
        low.endswith(("rai", "ras", "ra", "rons", "rez", "ront"))


def closed_spans(periods: list[Period], amounts_at: list[int], work: str) -> list[Period]:
    """'À partir de 2026, ... chaque année ..., jusqu'en 2030': an opening and then a closing in one
    sentence make one span, 2026/2030 (not "d'ici à 2030 ..., à partir de 2027": two things; not "contrôlé depuis
    2019 par Vinci, prévoit d'investir ... d'ici 2029": years gone by and a horizon). So do a horizon and a
    counted span: "jusqu'à fin 2025 ... sur quatre ans", 2022/2025 -- unless each has an amount of its own (`amounts_at`,
    offsets: "qui ajoutera 2,1 milliards d'ici 2029, et Prologis, qui prévoit 1,6 milliard sur cinq ans")."""
    opens = [p for p in periods if p.label.endswith("/..") and not p.text.lower().startswith("depuis")]
    closes = [p for p in periods if p.label.startswith("../")]
    counted = [p for p in periods if p.relative and re.fullmatch(r"\d{4}/\d{4}", p.label)
               and re.match(r"(?:sur|en|pendant)\s", p.text.lower()) and not re.search(r"\d{4}", p.text)]
    if not opens and len(closes) == 1 and len(counted) == 1 and re.fullmatch(r"\.\./\d{4}", closes[0].label) \
            and closes[0].begin < counted[0].begin and not (any(a < closes[0].begin for a in amounts_at)
                                                            and any(closes[0].stop <= a < counted[0].begin for a in amounts_at)) \
            and not _IN_RELATIVE_CLAUSE.search(work, closes[0].stop, counted[0].begin):
        # (not a length in a relative clause after it: "d'ici 2028 ... autour du port, où la demande pourrait tripler en
        # dix ans")
        # "Le plan, qui court jusqu'à fin 2025, prévoyait 16 milliards sur quatre ans": the years up to the end
        count, end = int(counted[0].label[5:]) - int(counted[0].label[:4]), int(closes[0].label[3:])
        span = with_label(counted[0], f"{end - count}/{end}")
        return [span if p is counted[0] else p for p in periods if p is not closes[0]]
    if len(opens) != 1 or len(closes) != 1 or opens[0].start > closes[0].end or opens[0].begin > closes[0].begin:
        return periods
    money = [a for a in amounts_at if opens[0].stop <= a < closes[0].begin]
    if money and _of_relative_clause(work, opens[0], money[0]):
        return periods  # "Le groupe, qui fournira à partir de 2026 les moteurs ..., arrête sa décision après l'annonce
        # d'un investissement de 2 milliards d'ici 2028": the relative clause's date, then the money's
    first, last = opens[0], closes[0]
    joined = with_label(first, f"{first.label[:-3]}/{last.label[3:]}")
    joined = replace(joined, begin=min(first.begin, last.begin), stop=max(first.stop, last.stop))
    return [joined] + [p for p in periods if p is not first and p is not last]


def _of_relative_clause(work: str, p: Period, until: int) -> bool:
    """Is the period said in a relative clause that closes before `until` ("Le groupe, qui fournira |à partir de 2026| les
    moteurs ..., arrête sa décision")?"""
    return _RELATIVE_OPENED.search(work, max(0, p.begin - 60), p.begin) is not None and "," in work[p.stop:until]


def with_label(p: Period, label: str) -> Period:
    start, end = label_bounds(label)
    return replace(p, label=label, start=start, end=end)


def _line_at(text: str, offset: int) -> str:
    """The line of `text` that holds `offset`."""
    return text[text.rfind("\n", 0, offset) + 1:].partition("\n")[0]


def _shifted_back(period: Period, back: re.Match) -> Period | None:
    """The period an earlier figure is of, as `back` (a match of _TIME_BACK) says: "un an plus tôt", "trois mois
    plus tôt", "un trimestre plus tôt"."""
    months = 3 if back["quarter"] else number_value(back["months"]) if back["months"] else \
        12 * number_value(back["years"] or "1")
    return shift_months(period, -months)


def _after_sans(verb: Token) -> bool:
    """'La première tranche sera engagée sans attendre : 210 milliards': a verb said with "sans" is not done."""
    return any(c.dep_ == "mark" and c.lower_ == "sans" for c in verb.children)


def _placed_apart(text: str, start: int, end: int) -> bool:
    """'la future usine de Hynamis| à Loon-Plage', '|À Kénitra, la gigafactory de Gotion High-Tech': a site whose town is
    said apart, so the name after its noun (from start to end) is its owner."""
    opening = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
    return any(town is not None and is_place(town["place"]) for town in (
        _TOWN_AFTER.match(text, end), _TOWN_OPENER.match(text, opening)))


def _said_in_relative_clause(tokens: Span, verb: Token) -> bool:
    """Do the tokens stand in a relative clause ("qui a réalisé ...") other than the verb's own?"""
    clause = next((t for t in tokens.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return clause is not None and clause != verb and any(
        c.lower_ == "qui" and c.dep_.startswith("nsubj") for c in clause.children)


def _anaphor_noun(anaphor: str) -> str:
    """'le logisticien' -> 'logisticien': the noun after the determiner."""
    return re.sub(r"^(?:l'|le |la |les |ce |cet |cette )", "", anaphor.lower()).split(" ")[0]


def is_heading(paragraph: str) -> bool:
    """A title or subtitle line: short, no final full stop, nor the semicolon of a list's item ("- Evroc (Mougins) :
    4 milliards ;")."""
    text = paragraph.strip()
    return len(text) < 160 and not text.endswith((".", "!", "?", ":", "»", '"', ";"))


def clean_name(text: str) -> str:
    """The name without surrounding punctuation, nor the place NER glued to it ("Knauf Insulation de
    Lannemezan": the company's site there; not "Société de transport de Montréal", whose common words name
    nothing without the town)."""
    name = " ".join(text.strip(" ,.;:()\"'").split())
    site = re.fullmatch(r"(.+?)\s+(?:de|d')\s*([A-ZÀ-Ý][\w' -]+)", name)
    return site[1] if site and is_place(site[2]) and not re.search(r"(?<![\w'’-])[a-zà-ÿ]{3,}\b", site[1]) else name


def _with_name_before(ent: Span) -> Span:
    """'Kaïros Robotics lève ...' where NER saw only "Robotics": the capitalised proper nouns glued to
    the front of a name belong to it, and so do acronyms ("BTR New Material"), and the words an acronym after
    the name spells ("Ontario Power Generation (OPG)"). Lower-case words NER put in front of a name ("la jeune
    pousse |lyonnaise Hexalith") are not part of it."""
    doc, start = ent.doc, ent.start
    while start < ent.end - 1 and doc[start].is_lower and doc[start].pos_ in ("ADJ", "NOUN"):
        start += 1
    if not doc[start].text[:1].isupper():
        start = ent.start   # "ministère des Affaires et du Commerce": a name with a common noun at its head
    if start > ent.start:
        return Span(doc, start, ent.end, label=ent.label_)
    after = doc[ent.end:ent.end + 3]
    abbr = after[1].text if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].is_upper else ""
    while start > ent.sent.start:
        t = doc[start - 1]
        initials = "".join(w.text[0] for w in doc[start - 1:ent.end] if w.text[:1].isupper())
        if not (t.is_alpha and t.text[0].isupper() and (t.pos_ in ("PROPN", "X") or t.is_upper)
                and not t.is_stop and (not t.ent_type_ or abbr.endswith(initials))):
            break   # ("Ontario Power Generation (OPG)", where NER saw "État Ontario" as a place: the acronym says)
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _noun_before(doc: Doc, last: int, floor: int) -> Token | None:
    """The noun that frames an amount, within six words before it ("un investissement de |...", "un chiffre
    d'affaires compris entre |...": past a participle that only frames the amount, prepositions, adverbs,
    determiners and adjectives, or an opening quote: "un rythme d'« |environ 40 milliards »"); None when another word
    comes first."""
    for k in range(last, max(last - 6, floor) - 1, -1):
        t = doc[k]
        if t.lower_ in _FRAMING_PARTICIPLES or t.text in ("«", "“", "\""):
            continue
        if t.pos_ == "NOUN":
            return t
        if t.pos_ not in ("ADP", "ADV", "DET", "ADJ"):
            return None
    return None


def _named_by(sent: Sentence, t: Token, anaphors: bool = False) -> Candidate | None:
    """The candidate of the sentence whose words hold the token: a name (or also an anaphor)."""
    at = sent.start - sent.span.start_char + t.idx
    return next((c for c in sent.candidates if c.start <= at < c.end and (anaphors or c.via != "anaphor")), None)


def _clause_opening_subject(ent: Span) -> bool:
    """'Une fois l'usine lancée, Voltéane prévoit de ...': a name between a comma and a finite verb is its subject,
    however the parser hung it (here on "l'usine" in apposition; "Deux jours après l'annonce de ..., Ratier-Figeac a
    confirmé", an auxiliary). So is a name that opens its sentence before a relative clause ("Delivery Hero, qui a
    réalisé ..., avait provisionné")."""
    doc = ent.doc
    return ent.start > 0 and doc[ent.start - 1].text == "," and ent.end < len(doc) \
        and doc[ent.end].pos_ in ("VERB", "AUX") and "Fin" in doc[ent.end].morph.get("VerbForm") \
        or ent.start == ent.sent.start and ent.end + 1 < len(doc) and doc[ent.end].text == "," \
        and doc[ent.end + 1].lower_ == "qui"


def _subject_after_clause(verb: Token) -> Token | None:
    """'Après avoir racheté l'usine pour 1,2 milliard, il y prévoit ...': the subject of `verb` said after an adverbial
    clause that opens the sentence, or None."""
    opening = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i), None)
    return next((c for c in verb.children if c.dep_ in ("nsubj", "expl:subj") and opening is not None
                 and c.i > opening.i), None)


def _said_again(out: list[Period], base: Period, at: int, stop: int) -> list[Period]:
    """The sentence's periods with `base` said again at at:stop ("sur la même période", "sur le seul trimestre"): it
    replaces what the grammar read there on its own ("l'exercice": this year), unless that was a date of its own; its
    text is what it stands for ("son deuxième trimestre fiscal")."""
    if any(q.begin <= at < q.stop and not q.relative for q in out):
        return out
    return [q for q in out if not q.begin <= at < q.stop] + [replace(base, begin=at, stop=stop, text=base.text)]


def _list_head(word: Token) -> Token:
    """The first of the names a word is listed or set beside ("Mistral AI et Scaleway", "du fonds régional Breizh Up"):
    the one whose role in the clause the others share."""
    while word.dep_ in ("conj", "appos", "flat:name") and word.head.i < word.i:
        word = word.head
    return word


def _subject_named(word: Token) -> bool:
    """Is the word its clause's subject, or a name set beside it ("Le gestionnaire d'actifs canadien Brookfield ajoute";
    not "L'arrivée de GIC")?"""
    if any(c.dep_ == "case" for c in word.children):
        return False
    while word.dep_ in ("appos", "nmod", "flat:name", "amod"):
        word = word.head
    return word.dep_ == "nsubj"


def _words_of(sent: Sentence, c: Candidate) -> Span | None:
    """The parsed words of a candidate of the sentence (None for a sentence not parsed)."""
    if sent.span is None:
        return None
    return sent.span.doc.char_span(c.start - sent.start + sent.span.start_char,
                                   c.end - sent.start + sent.span.start_char, alignment_mode="expand")


def _incise_verb(tokens: Span) -> Token | None:
    """The verb of the first incise with its subject inverted ("a-t-il indiqué", "précise-t-elle"): the speaker's
    words are told before it."""
    for pronoun in tokens:
        if pronoun.lower_ not in ("-il", "-elle", "-ils", "-elles", "-on") or pronoun.i == tokens.start:
            continue
        before = pronoun.nbor(-1)
        if before.lower_ == "-t" and before.i > tokens.start:
            before = pronoun.nbor(-2)   # ("a-t-il": the auxiliary before the euphonic t)
        if before.pos_ != "AUX":
            return before
        return next((t for t in tokens if t.i > pronoun.i and t.pos_ == "VERB"), None)
    return None


def _verb_lemma(verb: Token) -> str:
    """The verb's infinitive: the lemmatizer gives some verbs of the first group without their r ("estime";
    "attendre" stays); a verb the tagger took for a noun or an adjective is read as a verb."""
    lemma = verb.lemma_.lower()
    if _misread_verb(verb):
        return verb_lemma(verb.text) or lemma
    return lemma + "r" if verb.pos_ == "VERB" and lemma.endswith("e") and not lemma.endswith("re") else lemma


def _misread_verb(t: Token) -> bool:
    """A verb the tagger took for a noun or an adjective: a word with no determiner and a subject before it ("Le
    logisticien Prologis prévoit pour sa part ..."), a tense auxiliary ("le groupe a déjà injecté") or an object ("Son
    concurrent MTN, numéro deux du marché, avance pour sa part 45 milliards", the subject read as the root), or a verb's
    form right before a number ("Le numéro un mondial des produits laitiers injecte 68 M€", read as an adjective) or a
    passive participle read as an adjective after its copula ("4 milliards y seront engloutis")."""
    return t.pos_ in ("NOUN", "ADJ") and not any(c.dep_ == "det" for c in t.children) and (
        any(c.dep_.startswith("nsubj") and c.i < t.i or c.dep_ in ("aux:tense", "obj") for c in t.children)
        or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num or any(c.dep_ == "cop" for c in t.children))
        and verb_lemma(t.text) is not None)


def _of_complements(noun: Token) -> list[Token]:
    """'le plan de relance de la Commission': the nouns hanging on `noun` by "de", one after another."""
    found = []
    for child in noun.children:
        if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "du", "des") for c in child.children):
            found += [child, *_of_complements(child)]
    return found


def token_span(span: Span, start: int, end: int) -> Span | None:
    """The tokens of the sentence `span` covering chars [start, end) of it (an amount's trailing qualifier left out:
    "1,2 milliard d'euros |environ", which the parser hangs elsewhere)."""
    doc = span.doc
    tokens = doc.char_span(span.start_char + start, span.start_char + end, alignment_mode="expand")
    return tokens[:-1] if tokens is not None and len(tokens) > 1 and tokens[-1].lower_ == "environ" else tokens


def _numbers(f: Fact) -> tuple:
    return tuple(round(v, -int(f"{v:e}".split("e")[1]) + 2) if v else v for v in (f.amount, f.amount_min, f.amount_max))


def _contains(outer: Fact, inner: Fact) -> bool:
    lo = outer.period_start is None or (inner.period_start is not None and outer.period_start <= inner.period_start)
    hi = outer.period_end is None or (inner.period_end is not None and inner.period_end <= outer.period_end)
    return lo and hi


def _bound_of_range(single: Fact, ranged: Fact) -> bool:
    amount, low, high = _numbers(single)[0], *_numbers(ranged)[1:]
    return amount is not None and low is not None and amount in (low, high)


def _same_statement(f: Fact, g: Fact, lexicon, titled: dict[int, str]) -> bool:
    """Two facts of one article that state the same thing: same amount, currency and rate (a title's
    rate aside: "ses investissements annuels" sums up the body's year), companies that are the same,
    parent and subsidiary, or partners of one joint investment, periods equal, unstated, or one inside
    the other."""
    def members(x: Fact) -> set[str]:
        return {x.company, *(x.partners or "").split(";")} - {""}

    title = titled.get(f.char_start) or titled.get(g.char_start)
    body = g if f.char_start in titled else f
    # a title may name the group where the body names the company that carries the project ("Nortis
    # investit 48 M€" / "porté par la SCI Ennery Parc"): only two companies the lexicon knows apart differ,
    # unless the title names the body's too ("Stargate : OpenAI, SoftBank et Oracle promettent …")
    same_investor = lexicon.related(f.company, g.company) or f.company in members(g) or g.company in members(f) \
        or (title and not (lexicon.lookup(f.company) and lexicon.lookup(g.company))) \
        or (title and any(name in title for name in members(body)))
    # a title sums the body up in fewer words: its rate and period may be loose ("au troisième trimestre"
    # of a fiscal year read as the calendar's), its amount one bound of the body's range ("jusqu'à 135
    # milliards" for "entre 115 et 135 milliards")
    same_amount = _numbers(g) == _numbers(f) or title and _bound_of_range(f, g) or title and _bound_of_range(g, f)
    # a year in the body is not a restatement of a span of years ("sur 2026-2030, dont 1,2 milliard pour ..." and
    # "l'an prochain nous dépasserons 1,2 milliard")
    year_in_span = f.period is not None and g.period is not None and ".." not in f.period + g.period \
        and ("/" in f.period) != ("/" in g.period)
    return (g.currency == f.currency and same_amount and (title or g.rate == f.rate) and same_investor
            and (title or f.period is None or g.period is None or f.period == g.period
                 or not year_in_span and (_contains(f, g) or _contains(g, f))))


def _narrows(period: str | None, horizon: str | None) -> bool:
    """'2026/2030' says more than '../2030' ("jusqu'en 2030" in a standfirst, "sur la période 2026-2030" below)."""
    return bool(period and horizon and horizon.startswith("../") and not period.startswith("..")
                and period.endswith("/" + horizon[3:]))


def dedupe(facts: list[Fact], lexicon, titled: dict[int, str] | None = None) -> list[Fact]:
    """One article states a fact once: of the statements of one fact (title and body, restatements)
    the first body statement is kept (a title only sums it up), with the period of another one when
    it states none or narrows its horizon, and the title's company when the body names an unrelated
    vehicle. `titled`: the
    facts read in titles and subtitles, by offset, with their title."""
    titled = titled or {}
    kept: list[Fact] = []
    for f in facts:
        twin = next((k for k, g in enumerate(kept) if _same_statement(f, g, lexicon, titled)), None)
        if twin is None:
            kept.append(f)
            continue
        g = kept[twin]
        if g.char_start in titled and f.char_start not in titled:
            g, f = f, g
        if f.char_start in titled and f.company_raw in titled[f.char_start] and \
                not (lexicon.related(f.company, g.company) or f.company in (g.partners or "")):
            # the title names the company the article is about; the body, the vehicle that carries it
            # (a title that names none, "5 milliards déjà investis", tells nothing of who)
            g = replace(g, company=f.company, company_raw=f.company_raw)
        if g.period is None and f.period is not None or _narrows(f.period, g.period):
            g = replace(g, period=f.period, period_start=f.period_start, period_end=f.period_end)
        kept[twin] = g
    return kept
