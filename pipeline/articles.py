"""Read article drops: `.txt` files and `.jsonl` batches, with their date header and content hash.

Bad input never stops a drop: each file that cannot be used becomes a `Skipped` with a reason
that names the file and the problem, and the rest is read. Text that can be repaired is (cp1252 /
latin-1 decoding, HTML markup stripped, enormous files cut) and the repair is reported.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

ARTICLE_SUFFIXES = (".txt", ".jsonl")
MAX_CHARS = 200_000          # an article longer than this is cut (news articles are < 20 000 chars)
_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_FRENCH_WORDS = frozenset("le la les de des du un une et est que qui dans pour sur avec au aux en il elle son sa ses "
                          "ce cette sont a ont pas plus par".split())
_ENGLISH_WORDS = frozenset("the and of to in is that for on with as was were are by this from at be has have it "
                           "its an which".split())


@dataclass(frozen=True)
class Article:
    article_id: str
    text: str
    published: date | None
    content_hash: str
    path: str
    source: str | None = None
    url: str | None = None
    repairs: tuple[str, ...] = ()   # what was done to make the text usable


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_date_header(text: str) -> date | None:
    """The ` date YYYY-MM-DD` / ` date YYYY-MM` header at the head of an article (day 1 for a month)."""
    m = _DATE_HEADER.match(text)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3] or 1))
    except ValueError:
        return None


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Bytes to text: UTF-8 first (BOM tolerated), else cp1252, else latin-1; says which repair was made."""
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), (f"not UTF-8, decoded as {encoding}",)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: an image, archive or office file, not text."""
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(b < 32 and b not in (9, 10, 13, 12) for b in sample)
    return controls > len(sample) * 0.05


class _TextOfHtml(HTMLParser):
    _BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"}
    _HIDDEN = {"script", "style", "noscript", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head or len(re.findall(r"</?(p|div|br|span)\b", head)) >= 3


def html_to_text(text: str) -> str:
    parser = _TextOfHtml()
    parser.feed(text)
    parser.close()
    return re.sub(r"\n\s*\n+", "\n\n", html.unescape("".join(parser.parts))).strip() + "\n"


def language_problem(text: str) -> str | None:
    """'English' (or another non-French language) when the words say so; None for French or too short to tell."""
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ]+", text[:5000].lower())
    if len(words) < 30:
        return None
    french = sum(w in _FRENCH_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    if english > 2 * french:
        return "text is in English, not French"
    if french < len(words) * 0.05:
        return "text does not look French"
    return None


def make_article(article_id: str, text: str, path: str, *, published: date | None = None,
                 source: str | None = None, url: str | None = None,
                 repairs: tuple[str, ...] = ()) -> Article | Skipped:
    """Checks and repairs one article's text; a `Skipped` says why it cannot be used."""
    if not text.strip():
        return Skipped(path, "empty article")
    if looks_html(text):
        text, repairs = html_to_text(text), repairs + ("HTML markup stripped",)
        if not text.strip():
            return Skipped(path, "HTML page with no text")
    if len(text) > MAX_CHARS:
        cut = text.rfind("\n", 0, MAX_CHARS)
        text = text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]
        repairs += (f"enormous article cut to its first {len(text)} characters",)
    if problem := language_problem(text):
        return Skipped(path, problem)
    return Article(article_id=article_id, text=text, published=published or parse_date_header(text),
                   content_hash=content_hash(text), path=path, source=source, url=url, repairs=repairs)


def read_txt(path: Path) -> Article | Skipped:
    try:
        data = path.read_bytes()
    except OSError as e:
        return Skipped(str(path), f"cannot read: {e.strerror or e}")
    if not data.strip():
        return Skipped(str(path), "empty file")
    if looks_binary(data):
        return Skipped(str(path), "binary file, not text")
    text, repairs = decode(data)
    return make_article(path.stem, text, str(path), repairs=repairs)


def _iso_date(value) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", str(value))
    try:
        return date(int(m[1]), int(m[2]), int(m[3] or 1)) if m else None
    except ValueError:
        return None


def _is_gold_file(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        record = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(record, dict) and "text" not in record and {"article", "company"} <= record.keys()


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """One article a line: {"id", "text", optional "published", "source", "url"}."""
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Skipped(str(path), f"cannot read: {e.strerror or e}")
        return
    if looks_binary(data):
        yield Skipped(str(path), "binary file, not JSON lines")
        return
    text, repairs = decode(data)
    if _is_gold_file(text):
        yield Skipped(str(path), "gold annotations (facts with 'article' and 'company'), not articles")
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path} line {n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skipped(where, f"not valid JSON ({e.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record.get("id"):
            yield Skipped(where, "needs an object with 'id' and 'text'")
            continue
        yield make_article(str(record["id"]), record["text"], where, published=_iso_date(record.get("published")),
                           source=record.get("source"), url=record.get("url"), repairs=repairs)


def article_files(inputs: Iterable[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """The article files named by INPUTs (files, or folders searched recursively), sorted, deduplicated."""
    files, skipped = [], []
    for item in map(Path, inputs):
        if item.is_dir():
            files += [p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                      and not any(part.startswith(".") for part in p.relative_to(item).parts)]
        elif item.is_file():
            files.append(item)
        else:
            skipped.append(Skipped(str(item), "no such file or folder"))
    return sorted(set(files)), skipped


def read_articles(inputs: Iterable[str | Path]) -> tuple[list[Article], list[Skipped]]:
    """Every readable article of the drop, in path order, and what was skipped with its reason."""
    files, skipped = article_files(inputs)
    articles: list[Article] = []
    for path in files:
        results = read_jsonl(path) if path.suffix.lower() == ".jsonl" else [read_txt(path)]
        for result in results:
            (articles if isinstance(result, Article) else skipped).append(result)
    return articles, skipped
