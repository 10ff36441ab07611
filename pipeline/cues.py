"""The word lists that decide what an amount is (data/cues.toml), loaded into one record.

Each field names a list of cues.toml by its section and key; sets are matched against lowercased
words and lemmas, phrases (tuples) against the lowercased text with plain apostrophes.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path

# typographic characters made plain, one for one so that offsets stay exact
TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " ",
                            "\u2009": " ", "\u2007": " ", "\u00ab": '"', "\u00bb": '"', "\u201c": '"',
                            "\u201d": '"'})


def _at(section: str, *keys: str):
    """Where a field's list stands in cues.toml: the words of one or more keys of a section."""
    return field(metadata={"at": (section, keys)})


@dataclass(frozen=True)
class Cues:
    """One field a list of cues.toml, named by its section and key(s) in the field's metadata."""

    invest_verbs: frozenset[str] = _at("invest", "verbs")
    invest_nouns: frozenset[str] = _at("invest", "nouns")
    active_only_verbs: frozenset[str] = _at("invest", "active_only_verbs")
    locutions: frozenset[str] = _at("invest", "locutions")
    idioms: tuple[str, ...] = _at("invest", "idioms")
    pledge_verbs: frozenset[str] = _at("invest", "pledge_verbs")
    build_verbs: frozenset[str] = _at("invest", "build_verbs")
    invest_phrases: tuple[str, ...] = _at("invest", "phrases")
    label_heads: frozenset[str] = _at("invest", "label_heads")
    label_things: frozenset[str] = _at("invest", "label_things")
    other_nouns: frozenset[str] = _at("not_invest", "nouns")
    budget_lines: frozenset[str] = _at("not_invest", "budget_lines")
    guidance_nouns: frozenset[str] = _at("not_invest", "guidance_nouns")
    other_verbs: frozenset[str] = _at("not_invest", "verbs")
    report_verbs: frozenset[str] = _at("not_invest", "report_verbs")
    money_nouns: frozenset[str] = _at("not_invest", "money_nouns")
    acquisition_purposes: frozenset[str] = _at("not_invest", "acquisition_purposes")
    payees: frozenset[str] = _at("not_invest", "payees")
    aggregates: tuple[str, ...] = _at("not_invest", "aggregates")
    running_costs: frozenset[str] = _at("not_invest", "running_costs")
    public_money: frozenset[str] = _at("not_invest", "public_money")
    forecast_verbs: frozenset[str] = _at("not_invest", "forecast_verbs")
    forecast_clause_verbs: frozenset[str] = _at("not_invest", "forecast_verbs", "forecast_clause_verbs")
    valuing: frozenset[str] = _at("not_invest", "valuing")
    negation: frozenset[str] = _at("negation", "words")
    suspension_nouns: frozenset[str] = _at("negation", "nouns")
    hypothesis: frozenset[str] = _at("hypothesis", "words")
    needed: frozenset[str] = _at("hypothesis", "needed")
    needs: frozenset[str] = _at("hypothesis", "needs")
    planned_verbs: frozenset[str] = _at("status", "planned_verbs")
    planned_nouns: frozenset[str] = _at("status", "planned_nouns")
    now_adverbs: frozenset[str] = _at("status", "now_adverbs")
    revise_verbs: frozenset[str] = _at("status", "revise_verbs")
    level_verbs: frozenset[str] = _at("status", "level_verbs")
    exceed_verbs: frozenset[str] = _at("status", "exceed_verbs")
    later_phase_verbs: frozenset[str] = _at("status", "later_phase_verbs")
    changed_by_verbs: frozenset[str] = _at("status", "changed_by_verbs")
    change_verbs: frozenset[str] = _at("status", "change_verbs")
    level_phrases: tuple[str, ...] = _at("status", "level_phrases")
    close_behind: tuple[str, ...] = _at("status", "close_behind")
    purpose_introducers: tuple[str, ...] = _at("purpose", "introducers")
    takeup: tuple[str, ...] = _at("attribution", "takeup")
    takeup_heads: frozenset[str] = _at("attribution", "takeup_heads")
    spread_verb_starts: tuple[str, ...] = _at("attribution", "spread_verb_starts")
    joint: tuple[str, ...] = _at("attribution", "joint")
    name_heads: frozenset[str] = _at("attribution", "name_heads")
    origin_words: frozenset[str] = _at("attribution", "origin_words")
    company_nouns: frozenset[str] = _at("attribution", "name_heads", "trade_nouns")
    trade_nouns: frozenset[str] = _at("attribution", "trade_nouns")
    generic_heads: frozenset[str] = _at("attribution", "generic_heads")
    public_actors: frozenset[str] = _at("attribution", "public_actors")
    public_adjectives: frozenset[str] = _at("attribution", "public_adjectives")
    public_budget_nouns: frozenset[str] = _at("attribution", "public_budget_nouns")
    spending_subjects: frozenset[str] = _at("attribution", "spending_subjects", "trade_nouns", "works_nouns")
    spending_level_nouns: frozenset[str] = _at("attribution", "spending_level_nouns")
    company_organs: tuple[str, ...] = _at("attribution", "company_organs")
    project_sums: frozenset[str] = _at("attribution", "project_sums")
    spender_plurals: frozenset[str] = _at("attribution", "spender_plurals")
    sum_heads: tuple[str, ...] = _at("attribution", "sum_heads")
    cost_verbs: frozenset[str] = _at("attribution", "cost_verbs")
    estimate_verbs: frozenset[str] = _at("attribution", "estimate_verbs")
    cost_nouns: frozenset[str] = _at("attribution", "cost_nouns")
    choose_verbs: frozenset[str] = _at("attribution", "choose_verbs")
    customer_verbs: frozenset[str] = _at("attribution", "customer_verbs")
    works_nouns: frozenset[str] = _at("attribution", "works_nouns")
    sector_adjectives: frozenset[str] = _at("attribution", "sector_adjectives")
    sector_nouns: frozenset[str] = _at("attribution", "sector_nouns")
    observer_heads: frozenset[str] = _at("attribution", "observer_heads")
    relation_nouns: frozenset[str] = _at("attribution", "relation_nouns")
    made_verbs: frozenset[str] = _at("attribution", "made_verbs")
    part_nouns: frozenset[str] = _at("attribution", "part_nouns")
    inclusion_verbs: frozenset[str] = _at("attribution", "inclusion_verbs")
    support_nouns: frozenset[str] = _at("attribution", "support_nouns")
    leader_nouns: frozenset[str] = _at("attribution", "leader_nouns")
    finance_head_words: frozenset[str] = _at("attribution", "finance_head_words")
    chief_words: frozenset[str] = _at("attribution", "chief_words")
    division_nouns: tuple[str, ...] = _at("attribution", "division_nouns")
    allocation_verbs: frozenset[str] = _at("attribution", "allocation_verbs")
    consultant_words: frozenset[str] = _at("attribution", "consultant_words")
    public_body_words: frozenset[str] = _at("attribution", "public_body_words")
    share_taking_verbs: frozenset[str] = _at("attribution", "share_taking_verbs")
    share_nouns: frozenset[str] = _at("attribution", "share_nouns")
    funding_verbs: frozenset[str] = _at("attribution", "funding_verbs")
    group_spending_nouns: frozenset[str] = _at("attribution", "group_spending_nouns")
    remainder_nouns: frozenset[str] = _at("attribution", "remainder_nouns")
    version_heads: tuple[str, ...] = _at("attribution", "version_heads")
    share_verbs: frozenset[str] = _at("attribution", "share_verbs")
    place_work_nouns: frozenset[str] = _at("attribution", "place_work_nouns")
    target_nouns: frozenset[str] = _at("attribution", "target_nouns")
    equipment_nouns: frozenset[str] = _at("attribution", "equipment_nouns")
    order_nouns: frozenset[str] = _at("attribution", "order_nouns")
    owner_verbs: frozenset[str] = _at("attribution", "owner_verbs")
    member_verbs: frozenset[str] = _at("attribution", "member_verbs")
    source_words: frozenset[str] = _at("attribution", "source_words")
    event_words: frozenset[str] = _at("attribution", "event_words")
    product_nouns: frozenset[str] = _at("attribution", "product_nouns")
    operator_sites: tuple[str, ...] = _at("attribution", "operator_sites")
    site_nouns: frozenset[str] = _at("attribution", "site_nouns")
    area_nouns: frozenset[str] = _at("attribution", "area_nouns")
    asset_nouns: frozenset[str] = _at("attribution", "asset_nouns")
    takeover_verbs: frozenset[str] = _at("attribution", "takeover_verbs")
    order_verbs: frozenset[str] = _at("attribution", "order_verbs")
    time_nouns: frozenset[str] = _at("attribution", "time_nouns")
    plan_titles: tuple[str, ...] = _at("attribution", "plan_titles")
    management_nouns: frozenset[str] = _at("attribution", "management_nouns")
    photo_agencies: tuple[str, ...] = _at("attribution", "photo_agencies")
    person_titles: tuple[str, ...] = _at("attribution", "person_titles")
    not_investor_heads: frozenset[str] = _at("attribution", "not_investor_heads")
    not_investor_last_words: frozenset[str] = _at("attribution", "not_investor_last_words")
    superseded_after: tuple[str, ...] = _at("not_invest", "superseded_after")
    other_senses: tuple[str, ...] = _at("not_invest", "other_senses")
    rank_heads: frozenset[str] = _at("not_invest", "rank_heads")
    derived_openers: tuple[str, ...] = _at("not_invest", "derived_openers")
    period_ignore_after: frozenset[str] = _at("period", "ignore_after")
    period_base_year: tuple[str, ...] = _at("period", "base_year_words")
    period_horizon_after: tuple[str, ...] = _at("period", "horizon_after")
    period_since: frozenset[str] = _at("period", "since_words")
    period_span_back: tuple[str, ...] = _at("period", "span_back")
    adoption_verbs: frozenset[str] = _at("period", "adoption_verbs")
    plan_nouns: frozenset[str] = _at("period", "plan_nouns")
    announce_verbs: frozenset[str] = _at("period", "announce_verbs")

    @classmethod
    def load(cls, path: Path) -> "Cues":
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        values = {}
        for f in fields(cls):
            section, keys = f.metadata["at"]
            words = [w.translate(TYPOGRAPHY).lower() for key in keys for w in data[section][key]]
            # phrases are tried longest first, so that "consacrés à" wins over "à"
            values[f.name] = frozenset(words) if f.type.startswith("frozenset") else \
                tuple(sorted(set(words), key=lambda w: (-len(w), w)))
        return cls(**values)

    # patterns built from the lists once, not at every entity or sentence
    @cached_property
    def name_head_before(self) -> re.Pattern:
        """'la start-up (nantaise) |Voltéo', 'le producteur d'électricité solaire |Reden': a company noun
        a few words before a name ("le groupe de |Ningde" names a city)."""
        return re.compile(rf"(?<!\w)({_alternation(self.name_heads)})"
                          rf"(\s+(?!(?:de|du|des)\s+$)[\w'-]+){{0,5}}(?<!\bde)(?<!\bdu)(?<!\bdes)\s+$")

    @cached_property
    def name_after_head(self) -> re.Pattern:
        """'la pépite nantaise |Voltarys|', 'le fabricant |Kaelis Robotics|': a capitalised name right after a
        company noun with its determiner (and at most one word between), whether NER saw it or not; a name ends
        with its line."""
        return re.compile(rf"(?<!\w)(?i:l['’]\s*|les?\s+|la\s+|une?\s+|du\s+|au\s+)(?i:{_alternation(self.name_heads)})"
                          rf"(?:\s+(?!(?:de|du|des|d|à|au|aux|en|sur|pour|par|et|ou)\b)[a-zà-ÿ-]+)?"
                          rf"\s+(?P<name>{_NAME})")

    @cached_property
    def management_subject(self) -> re.Pattern:
        """'..., |la direction| table sur': a company's management with no body named after it, opening a clause."""
        return re.compile(rf"(?:^|[,:]\s*|\n)(?:la|le|les|l['’])\s*(?:{_alternation(self.management_nouns)})\b"
                          r"(?!\s+(?:de|du|des|d['’]))", re.IGNORECASE)

    @cached_property
    def observer_name(self) -> re.Pattern:
        """'le cabinet |CBRE|', 'le cabinet de conseil |JLL|', 'l'observatoire |Xerfi|', 'associée chez |Nordik
        Stratégies|': a firm that counts and forecasts a market, named after its noun (an acronym too) or as the
        employer of one of its consultants."""
        return re.compile(rf"(?<!\w)(?:(?i:l['’]\s*|les?\s+|la\s+|du\s+|au\s+)(?i:{_alternation(self.observer_heads)})"
                          rf"(?:\s+(?:de\s+|d['’]|en\s+)?[a-zà-ÿ-]+){{0,3}}"
                          rf"|(?i:{_alternation(self.consultant_words)})\s+chez)\s+"
                          r"(?P<name>[A-ZÀ-Ý][\w&-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-ZÀ-Ý][\w&-]+){0,2})")

    @cached_property
    def sum_of_projects(self) -> re.Pattern:
        """'l'ensemble des engagements', 'le total des projets', 'l'ensemble des établissements et entreprises publics':
        a sum over several spenders (with no possessive, "l'ensemble de ses engagements" is one company's)."""
        return re.compile(rf"(?<!\w)(?:{_alternation(self.sum_heads)})\s+des\s+"
                          rf"(?:{_alternation(self.project_sums | self.spender_plurals)})(?!\w)")

    @cached_property
    def based_in(self) -> re.Pattern:
        """'le groupe (chinois) de |Ningde', 'le géant de |Shenzhen': a name after these is where a
        company is based, not the company."""
        return re.compile(rf"(?<!\w)({_alternation(self.name_heads)})(\s+[\w-]+)?\s+(?:de\s+|d')$")

    @cached_property
    def derived_opener(self) -> re.Pattern:
        """A sentence opening on a figure worked out from another ("Rapporté à la durée du plan, ...")."""
        return re.compile(rf"\s*(?:{_alternation(self.derived_openers)})(?!\w)", re.IGNORECASE)

    @cached_property
    def source_before(self) -> re.Pattern:
        """'Selon plusieurs analystes, |Microsoft': a source word said before, and what follows it up to the name."""
        return re.compile(rf"(?<!\w)(?:{_alternation(self.source_words)})(?!\w)([^.;:]*)\Z", re.IGNORECASE)

    @cached_property
    def owned_by(self) -> re.Pattern:
        """'détenue à 70 % par |X', 'contrôlé par le groupe français |Vinci': a name after an owner verb and
        'par'."""
        return re.compile(rf"(?<!\w)({_alternation(self.owner_verbs)})(?!\w)[^.;:]{{0,50}}\spar\s+"
                          rf"(?:la\s+|le\s+|les\s+|l')?(?:(?:{_alternation(self.name_heads)})\s+(?:[a-zà-ÿ-]+\s+)?)?$")

    @cached_property
    def photo_credit(self) -> re.Pattern:
        """'LUDOVIC MARIN| / AFP': what follows a photographer's name."""
        return re.compile(rf"\s*/\s*(?:{_alternation(self.photo_agencies)})(?!\w)", re.IGNORECASE)

    @cached_property
    def caption_end(self) -> re.Pattern:
        """'Un avion d'easyJet au décollage à Gatwick ( AFP / Justin TALLIS )', '... (Photo d'illustration)', '... ©
        Photo NR': the end of a photo caption."""
        return re.compile(rf"(?:\(\s*(?:{_alternation(self.photo_agencies)})\s*/[^()\n]*\)|\(\s*photo[^()\n]*\)|"
                          r"©[^\n]*)\s*\Z", re.IGNORECASE)

    @cached_property
    def credit_line(self) -> re.Pattern:
        """'PHOTO ÉTIENNE BOUCHARD, ARCHIVES LA PRESSE CANADIENNE', 'Crédit photo : ...': a line that credits a photo."""
        return re.compile(r"\s*(?:PHOTO\s|Cr[ée]dits?\s+photos?\s*:|©)")

    @cached_property
    def titled_person(self) -> re.Pattern:
        """'|PDG |Jean-Pierre Farandou': a title opening a person's name."""
        return re.compile(rf"(?:{_alternation(self.person_titles)})\s", re.IGNORECASE)

    @cached_property
    def apposed_to_relation(self) -> re.Pattern:
        """'Son principal concurrent, |Ramsay Santé, a investi', 'Son concurrent |Rakuten Mobile a choisi', 'Son
        concurrent écossais |SSE prévoit': a name in apposition to a company's relation."""
        relations = _alternation(self.relation_nouns)
        return re.compile(rf"(?<!\w)(?:(?:{relations})\s*,|(?:son|sa|ses|leur|leurs)\s+(?:[\w-]+\s+)?(?:{relations})"
                          rf"(?:\s+(?-i:[a-zà-ÿ-]+))?)\s*$", re.IGNORECASE)

    @cached_property
    def estimated_spending(self) -> tuple[re.Pattern, re.Pattern]:
        """'Shell chiffre quant à lui |à 20 à 22 milliards| ses dépenses d'investissement', 'le directeur financier
        chiffre à |environ 125 milliards| les investissements de 2025', 'qui chiffre à |40 millions| l'enveloppe dédiée
        à ...', 'a chiffré à |130 millions| la conversion de son usine': (the estimating verb before the amount, the
        spending it values after it), read on the words (the tagger takes "chiffre" for a noun)."""
        stems = _alternation(v[:-2] for v in self.estimate_verbs)    # "chiffr", "évalu"
        return (re.compile(rf"\b(?:{stems})(?:e|ent|ait|aient|era|eront|é)\s+(?:[\w'’-]+\s+){{0,3}}?à\s+\Z",
                           re.IGNORECASE),
                re.compile(rf"\s*(?:(?:les|ses|leurs|son|sa|le|la)\s+|l['’]\s*)"
                           rf"(?:{_alternation(self.invest_nouns | self.works_nouns)})\b",
                           re.IGNORECASE))

    @cached_property
    def relation_of_before(self) -> re.Pattern:
        """'l'opérateur de cloud partenaire d'|OpenAI', 'le principal fournisseur de |Nvidia': a name that completes a
        relation noun right before it."""
        return re.compile(rf"(?<![\w-])(?:{_alternation(self.relation_nouns)})\s+(?:de\s+|d['’]|du\s+|des\s+)\Z",
                          re.IGNORECASE)

    @cached_property
    def relation_said_after(self) -> re.Pattern:
        """'dont |Renault| est actionnaire', 'dont |Stellantis| est le principal client', 'dont |Amazon| est l'un des
        principaux actionnaires': a name said as another one's
        relation by the clause after it."""
        return re.compile(r"\s+(?:est|sont|était|étaient|reste|restent|devient|deviennent)\s+"
                          r"(?:aussi\s+|également\s+|déjà\s+|désormais\s+)?(?:(?:l['’])?une?\s+des\s+)?"
                          r"(?:(?:le|la|les|l'|un|une)\s*)?(?:[\w-]+\s+)?"
                          rf"(?:{_alternation(self.relation_nouns)})\b", re.IGNORECASE)

    @cached_property
    def spread_before(self) -> re.Pattern:
        """'Le programme|, étalé sur |la période 2025-2027', 'Cet investissement| s'étalera |sur trois ans': the
        words between a subject that takes money up and the span it says."""
        return re.compile(rf"\s*,[^,;:.]*|[^,;:.]*\b(?:{_alternation(self.spread_verb_starts)})[^,;:.]*", re.IGNORECASE)

    @cached_property
    def employed_at(self) -> re.Pattern:
        """'Marc Lhermitte, associé chez |EY', 'analyste chez |Jefferies', 'deux ingénieurs passés par |Renault': a
        person's employer, present or past."""
        return re.compile(rf"(?<!\w)(?:{_alternation(self.relation_nouns | self.leader_nouns)})"
                          rf"\s+(?:chez|passée?s?\s+par|issue?s?\s+de|issue?s?\s+d'|venue?s?\s+de|venue?s?\s+d')\s*$",
                          re.IGNORECASE)

    @cached_property
    def relation_of_company_before(self) -> re.Pattern:
        """'deux anciens ingénieurs de l'hébergeur |OVHcloud', 'un client du constructeur |Renault': a name in
        apposition to the company noun that complements another one's relation."""
        return re.compile(rf"(?<!\w)((?:{_alternation(self.relation_nouns)}))\s+{_OF}"
                          rf"(?:{_alternation(self.company_nouns)})(?:\s+[a-zà-ÿ-]+)?\s+$", re.IGNORECASE)

    @cached_property
    def head_title_before(self) -> re.Pattern:
        """'la directrice financière |Amy Hood', 'le PDG |Andy Jassy': a company's head by title, right before a name."""
        adjectives = _alternation(self.finance_head_words | self.chief_words)
        return re.compile(rf"(?<!\w)(?:le|la|son|sa)\s+(?:pdg|(?:{_alternation(self.leader_nouns)})\s+(?:{adjectives}))\s+\Z",
                          re.IGNORECASE)

    @cached_property
    def acquisition_after(self) -> re.Pattern:
        """'4 milliards de dollars| pour acquérir iGate': a price paid for a company."""
        return re.compile(rf"\s*,?\s*(?:{_alternation(self.acquisition_purposes)})(?!\w)", re.IGNORECASE)

    @cached_property
    def origin_after(self) -> re.Pattern:
        """'L'entreprise québécoise|, fondée en 2021 par d'anciens chercheurs de l'Institut de recherche d'Hydro-Québec|':
        a description of where a company comes from, set between commas after it, up to a name in it."""
        return re.compile(rf"\s*,\s*(?:(?:une?|l['’])\s*)?(?:{_alternation(self.origin_words)})\b[^,;.()]{{0,150}}",
                          re.IGNORECASE)

    @cached_property
    def product_before(self) -> re.Pattern:
        """'quelque 18 000 processeurs |Grace Blackwell', 'l'avion de transport militaire |A400M': a product's name, after
        its noun and maybe a few words that qualify it (not "le fabricant de puces |Rapidus": the maker; nor "les puces de
        |Nvidia", "les puces du géant |Nvidia")."""
        qualifier = r"\s+(?:de\s+|d['’])?(?-i:(?!(?:du|des|de|la|le|les|au|aux)\b)[a-zà-ÿ-]+)"
        return re.compile(rf"(?<!\bde\s)(?<!\bdes\s)(?<![dD]['’])\b(?:{_alternation(self.product_nouns)})"
                          rf"(?:{qualifier}){{0,3}}\s+(?<!\bde\s)(?<!\bdu\s)(?<!\bdes\s)$", re.IGNORECASE)

    @cached_property
    def bought_before(self) -> re.Pattern:
        """'la finalisation du rachat du chimiste de la construction |Fosroc': the company a deal is about, a few words
        after the deal's noun."""
        return re.compile(rf"\b(?:{_alternation(self.target_nouns)})\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*"
                          rf"(?:[\w'’-]+\s+){{0,6}}$", re.IGNORECASE)

    @cached_property
    def labelled_before(self) -> re.Pattern:
        """'Montant de l'opération : |28 millions d'euros', 'Montant annoncé : |entre 1,8 et 2,2 milliards', 'Montant
        annoncé pour Voltéris : |240 millions', 'Le montant donne le tournis : |3,3 milliards': a figure under a label,
        at the start of its sentence."""
        whole = r"(?:\s+(?:total|totale|global|globale|annoncée?|prévue?|estimée?|envisagée?))?"
        heads = _alternation(self.label_heads)
        return re.compile(rf"^\s*(?:(?:{heads}){whole}(?:\s+{_OF}(?:{_alternation(self.label_things)}))?"
                          rf"{whole}(?:\s+pour\s+[^:.]{{1,40}})?"
                          # "Le montant donne le tournis : |près de 3,3 milliards": the label as a subject
                          rf"|(?:le|la|l['’])\s*(?:{heads})\s+(?!{_OF})[^:.;\d]{{1,40}})\s*:\s*$", re.IGNORECASE)

    @cached_property
    def supported_by(self) -> re.Pattern:
        """'avec le soutien de |Bpifrance', 'grâce à l'appui du |Crédit agricole', 'avec l'appui du fonds souverain
        |FONSIS': a funder."""
        return re.compile(rf"(?<!\w)(?:avec|grâce\s+à|sous)\s+(?:le\s+|l'|un\s+)(?:{_alternation(self.support_nouns)})"
                          rf"(?:\s+[a-zà-ÿ-]+)?\s+{_OF}(?-i:[a-zà-ÿ'-]+\s+){{0,3}}$", re.IGNORECASE)

    @cached_property
    def relation_listed_before(self) -> re.Pattern:
        """'RTE, filiale d'EDF (50,1 %), de la Caisse des dépôts et de |CNP Assurances': a further company in a
        list of a relation's complements."""
        return re.compile(rf"(?<!\w)(?:{_alternation(self.relation_nouns)})\s+(?:de|d'|du|des)\b[^.;:]{{0,60}}"
                          rf"(?:,|\bet)\s+{_OF}$", re.IGNORECASE)

    @cached_property
    def own_division_before(self) -> re.Pattern:
        """'consacrés à sa branche électricité, |Integrated Power': a part of the company named before."""
        return re.compile(rf"\b(?:à|au|dans|pour|de)\s+(?:sa|son|ses|leur|leurs)\s+(?:{_alternation(self.division_nouns)})"
                          rf"\b[^,.;:()]{{0,40}},\s*$", re.IGNORECASE)

    @cached_property
    def division_before(self) -> re.Pattern:
        """'La branche |Électricité': the name of a division."""
        return re.compile(rf"\b(?:{_alternation(self.division_nouns)})\s+$", re.IGNORECASE)

    @cached_property
    def leader_before(self) -> re.Pattern:
        """'le vice-président |Production': the department a head leads, named right after the title."""
        return re.compile(rf"\b(?:vice-)?(?:{_alternation(self.leader_nouns)})\s+$", re.IGNORECASE)

    @cached_property
    def sums_totalled_before(self) -> re.Pattern:
        """'des engagements totalisant |6 640 milliards', 'une quinzaine de projets représentant |quelque 1,5 milliard':
        several sums added up."""
        return re.compile(rf"(?<!\w)(?:des|les|de|d'|d’|\d+|plusieurs|quelques)\s*(?:{_alternation(self.project_sums)})\s+"
                          rf"(?:totalisant|cumulant|représentant)\s+\Z", re.IGNORECASE)

    @cached_property
    def valued_before(self) -> re.Pattern:
        """'qui valorise Mistral AI à |11,7 milliards': what a company is worth (the verb's object, not a clause
        joined after it)."""
        return re.compile(rf"(?<!\w)(?:{_alternation(self.valuing)})\s+(?:(?:(?!et\s|ou\s)[\w'-]+\s+){{0,5}}à\s+)?\Z",
                          re.IGNORECASE)    # (or right before it: "Valorisée |autour de 650 millions, la jeune pousse")

    @cached_property
    def level_phrase_before(self) -> re.Pattern:
        """'Meta table (désormais) sur |122 milliards', 'la compagnie table sur un montant d'|environ 17 milliards', 'sur
        un montant compris |entre 1,8 et 2 milliards', 'l'Office table pour sa part sur |14,2 milliards': a
        level phrase, an adverb allowed before its last word, a word for the sum after it."""
        aside = r"(?:[a-zà-ÿ']+|pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté)"
        phrases = [rf"{re.escape(p.rsplit(' ', 1)[0])}\s+(?:{aside}\s+)?{re.escape(p.rsplit(' ', 1)[1])}"
                   for p in self.level_phrases]
        sums = rf"\s+(?:un|une)\s+(?:{_alternation(self.cost_nouns | {'total'})})\s+(?:d(?:e\s+|['’]\s*)|comprise?\s+)"
        return re.compile(rf"(?<!\w)(?:{'|'.join(phrases)})(?:{sums}|\s+)$")

    @cached_property
    def announced_by(self) -> re.Pattern:
        """'l'annonce, par |Boréalis Cathodes, de la construction': who makes the plan, set between commas."""
        return re.compile(rf"\b(?:{_alternation(self.planned_nouns)})\s*,\s*par\s+$", re.IGNORECASE)

    @cached_property
    def managed_by(self) -> re.Pattern:
        """'la direction de |Lisi Aerospace', 'le conseil de surveillance du |Port', 'PDG d'|Hélione', 'directrice
        financière de |Vexa': an organisation's name."""
        return re.compile(_head_of(self.management_nouns | self.leader_nouns) + "$", re.IGNORECASE)

    @cached_property
    def leader_of(self) -> re.Pattern:
        """'PDG d'|Hélione', 'directeur général de |Vexa', 'PDG du groupe familial |Kerlann', 'PDG de la |Verrerie
        d'Ardéval': a company named by its leader's title."""
        return re.compile(_head_of(self.leader_nouns) + rf"(?-i:la\s+)?(?:(?:{_alternation(self.generic_heads)})(?:\s+(?-i:[a-zà-ÿ-]+)){{0,2}}\s+)?"
                          r"(?=(?-i:[A-ZÀ-Ý0-9]))", re.IGNORECASE)   # (a name follows: not "président et chef de la |direction")

    @cached_property
    def site_before(self) -> re.Pattern:
        """'l'usine de |Fegersheim', 'son usine historique de |Fegersheim', 'son site du |Trait', 'sur son site |MRS3',
        'le site de La |Verpillière': a name said as
        a place or the name of one's site ("à |X" is no sign: "un prêt à Cascades"; nor are "le site |Alstom de
        La Rochelle" and "le site fribourgeois de |Nespresso": their owner)."""
        sites, mine = _alternation(self.site_nouns), r"(?:son|sa|ses|leur|leurs)\s+"
        return re.compile(rf"(?<!\w)(?:(?:{sites})\s+(?:de\s+|d')|{mine}(?:{sites})\s+du\s+"
                          rf"|{mine}(?:[a-zà-ÿ-]+\s+)?(?:{sites})\s+[a-zà-ÿ-]+\s+(?:de\s+|d')"
                          rf"|{mine}(?:{sites})\s+)(?-i:(?:La|Le|Les)\s+|L')?$", re.IGNORECASE)     # "du site de La |Verpillière"

    @cached_property
    def owns_site_after(self) -> re.Pattern:
        """'Novalithe| lance son usine': a verb and one's own site after a name, which is the site's owner, no town."""
        return re.compile(rf"\s+(?:[\w'’-]+\s+){{1,2}}(?:son|sa|ses|leur|leurs)\s+(?:{_alternation(self.site_nouns)})\b")

    @cached_property
    def site_owner(self) -> re.Pattern:
        """'le site |Eurial| d'Herbignac', 'l'usine |Michelin| de Cholet': the owner's name between a site noun
        and its place."""
        return re.compile(rf"(?<!\w)(?i:l'|l’|le\s+|la\s+|les\s+)(?:{_alternation(self.site_nouns)})\s+"
                          r"(?P<name>[A-ZÀ-Ý][\w&-]*(?:\s+[A-ZÀ-Ý][\w&-]*){0,2})\s+(?:de\s|d'|d’|du\s)")

    @cached_property
    def site_of_before(self) -> re.Pattern:
        """'la gigafactory de batteries de |', 'l'usine de |', 'un projet d'|': a site or works noun, maybe with what it
        makes, then "de" before a name (its town or its owner)."""
        return re.compile(rf"(?<!\w)(?:{_alternation(self.site_nouns | self.place_work_nouns)})(?:\s+(?:de|d['’]|du|des)\s*[a-zà-ÿ'’-]+){{0,2}}"
                          r"\s+(?:de\s+|d['’])$", re.IGNORECASE)

    @cached_property
    def operator_site(self) -> re.Pattern:
        """"|L'aéroport de Gatwick|", "|le port de Dunkerque|", "|Aéroports de Lyon|": a site that has an operator of its
        own, named by its place (group "noun", group "place")."""
        return re.compile(rf"(?<![\w'’])(?:(?i:l'|l’|le\s+|la\s+|les\s+)|(?=[A-ZÀ-Ý]))"
                          rf"(?P<noun>(?i:{_alternation(self.operator_sites)}))\s+"
                          r"(?:de\s+|d'|d’|du\s+)(?P<place>[A-ZÀ-Ý][\w-]*(?:[\s-]+[A-ZÀ-Ý][\w-]*){0,2})")

    @cached_property
    def not_investor_first_words(self) -> frozenset[str]:
        """'Association ...', 'Plan national de développement ...': a name that starts with one of these."""
        return self.not_investor_heads | {t for t in self.plan_titles if " " not in t}

    @cached_property
    def plan_title_before(self) -> re.Pattern:
        """'son plan « |Ambitions 2028 »', 'le programme européen |IRIS²', 'le projet |Ventilus', 'le programme de
        recherche |Horizon Europe': the name of a plan ("le plan de |Renault" names its owner, "la société de projet
        |HyVallée 63" is a company)."""
        return re.compile(rf"(?<!\w)(?<!société de )(?:{_alternation(self.plan_titles)})"
                          rf"(?:\s+(?!(?:de|du|des)\b)[a-zà-ÿ-]+|\s+(?:de\s+|d['’])[a-zà-ÿ-]+)?\s*\"?\s*$",
                          re.IGNORECASE)

    @cached_property
    def trade_before(self) -> re.Pattern:
        """'la foncière |Argan', 'le conglomérat chinois |Fosun', 'la laiterie |Kerlann': the company noun a name is
        introduced with."""
        return re.compile(rf"(?<!\w)(?:le|la|les|l'|du|au|aux)\s*({_alternation(self.company_nouns)})"
                          rf"(?:\s+[a-zà-ÿ-]+)?\s+$")

    @cached_property
    def trade_name_before(self) -> re.Pattern:
        """'La biscuiterie |Le Goff investit', ', la Brasserie |Lancelot change': a firm named by its trade and
        its family, as a subject ("dans la chocolaterie |Cailler" is a site)."""
        return re.compile(rf"(?:^|[.,;:!?\"]\s*)(?:la|le|l'|les)\s*(?:{_alternation(self.trade_nouns)})\s+$")

    @cached_property
    def name_head_after(self) -> re.Pattern:
        """'Quillon Fusion|, une jeune pousse d'Oxford', 'Lumenor|, fabricant français d'éclairages', 'Ferrolys|, jeune
        entreprise industrielle': a company noun in apposition after a name."""
        return re.compile(rf"\s*,\s*(?i:(?:(?:une?|la|le|l')\s*(?:[\w-]+\s+)?|(?-i:[a-zà-ÿ-]+)\s+)?({_alternation(self.name_heads)}))\b"
                          rf"(?!\s+[A-ZÀ-Ý]|\s+(?!(?:de|du|des|d)\b)[a-zà-ÿ-]+\s+[A-ZÀ-Ý])")
        # (not ", la start-up lausannoise Alpéo": another name; but ", une jeune entreprise de Chicoutimi")

    @cached_property
    def name_apposed_after_head(self) -> re.Pattern:
        """'une jeune pousse lyonnaise inconnue du grand public, |Vireon Bio|, investira': a capitalised name set
        between commas after a company noun and the words that describe it."""
        return re.compile(rf"(?<!\w)(?i:l['’]\s*|les?\s+|la\s+|une?\s+)(?i:{_alternation(self.name_heads)})"
                          rf"(?:\s+[a-zà-ÿ'’-]+){{0,6}},\s+(?P<name>{_NAME}),")

    @cached_property
    def name_after_cleft(self) -> re.Pattern:
        """'80 millions : c'est ce que |Lassonde| compte investir', 'c'est la somme qu'|Eureden| va injecter', 'c'est ce
        que la |Fonderie Vaubrun|, à Nouzonville, compte investir': the subject of the clause that takes the amount up,
        whether NER saw it or not."""
        return re.compile(r"\bc['’]est\s+(?:ce|la\s+somme|le\s+montant|l['’]enveloppe|le\s+budget)\s+qu(?:e\s+|['’]\s*)"
                          rf"(?:(?:la|le|les)\s+|l['’])?(?P<name>{_NAME})(?:\s+[a-zà-ÿ]|\s*,)")

    @cached_property
    def name_after_founding(self) -> re.Pattern:
        """'Fondée en 2020 à Rouen, |Hydrolune|, qui conçoit ...', 'Créée en 2019, |Voltane| a levé ...': what was
        founded, opening the sentence after the words that say so."""
        return re.compile(r"(?:^|(?<=[.!?]\s))(?:Fondée?s?|Créée?s?)\s+en\s+\d{4}(?:\s+(?:à|au|en)\s+[A-ZÀ-Ý][\w'’-]*)?"
                          rf"\s*,\s*(?P<name>{_NAME})\s*(?:,|\s+[a-zà-ÿ])", re.MULTILINE)

    @cached_property
    def name_before_head(self) -> re.Pattern:
        """'|Urby|, la coentreprise de La Poste et de ...': a capitalised name opening a sentence, a company noun in
        apposition after it, whether NER saw it or not (not "Airbus, le constructeur européen Safran": another name
        after the noun)."""
        return re.compile(rf"(?:^|(?<=[.!?]\s))(?P<name>{_NAME})"
                          rf"(?=\s*,\s*(?i:une?|la|le|l')\s*(?i:{_alternation(self.name_heads)})\b"
                          rf"(?!\s+[A-ZÀ-Ý]|\s+(?!(?:de|du|des|d)\b)[a-zà-ÿ-]+\s+[A-ZÀ-Ý]))", re.MULTILINE)

    @cached_property
    def name_as_label(self) -> re.Pattern:
        """'|Kestrel Compute|. Cette jeune pousse britannique ... prévoit': a name alone opening a roundup's paragraph,
        the next sentence speaking of it by a company noun."""
        return re.compile(rf"^(?P<name>{_NAME})\.[^\S\n]+(?i:cette|ce|cet|la|le|l')\s*(?:[a-zà-ÿ-]+\s+)?"
                          rf"(?i:{_alternation(self.name_heads)})\b", re.MULTILINE)

    @cached_property
    def own_site_nouns(self) -> frozenset[str]:
        """Sites and assets a company may own: "usine", "réseau", "centres de données" (not "région")."""
        return self.site_nouns - self.area_nouns | self.asset_nouns

    @cached_property
    def own_site_after(self) -> re.Pattern:
        """'|à son usine', '| dans ses sites', '|à ses infrastructures': a company's own site or assets, right
        after an amount (not "sa région")."""
        sites = _alternation(self.own_site_nouns)
        return re.compile(rf"\s*(?:à|dans|pour|sur)\s+(?:son|sa|ses|leur|leurs)\s+(?:{sites})\b", re.IGNORECASE)

    @cached_property
    def to_invest_after(self) -> re.Pattern:
        """'1 200 milliards de francs CFA (environ 1,8 milliard d'euros)| à investir': money said to be spent, right after
        the amount (past a conversion in brackets)."""
        verbs = _alternation(self.invest_verbs - self.planned_verbs)
        return re.compile(rf"\s*(?:\([^()]{{1,60}}\)\s*)?à (?:{verbs})\b")

    @cached_property
    def horizon_before(self) -> re.Pattern:
        """'son plan |2026', 'son Plan d'action |2035', 'le plan stratégique Dare Forward |2030' (a name in capitals
        between): what a bare year names the horizon of (read on the text as written)."""
        return re.compile(rf"(?<!\w)(?i:({_alternation(self.period_horizon_after)}))"
                          rf"(?P<name>(?:\s+[«\"“]?\s*[A-ZÀ-Ý][\w'’-]*){{0,3}})\s*[»\"”]?\s*$")

    @cached_property
    def joint_word(self) -> re.Pattern:
        return re.compile(rf"(?<!\w)({_alternation(self.joint)})(?!\w)")


# "de la ", "de l'", "du ", "des ", "d'": the preposition before a complement
_OF = r"(?:de\s+la\s+|de\s+l'|de\s+|du\s+|des\s+|d')"
# a capitalised name of one to three words on one line, a lower-case letter in its first ("Voltarys", "Kaelis Robotics")
_NAME = r"[A-ZÀ-Ý][\w-]*[a-zà-ÿ][\w-]*(?:[^\S\n]+[A-ZÀ-Ý][\w-]+){0,2}"


def _head_of(heads) -> str:
    """'<head> [one or two words] de|du|des|d'': "la direction de ", "directrice financière de ", "le patron des "."""
    return rf"(?<!\w)(?:{_alternation(heads)})(?:\s+[a-zà-ÿ-]+){{0,2}}?(?:\s+de\s+|\s+du\s+|\s+des\s+|\s+d')"


def _alternation(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
