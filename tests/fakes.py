"""A fast stand-in for pipeline.extract.Extractor (same API), for the store, runner, diff and CLI tests.

One fact per "<Name> <verb> N milliards d'euros"; the company name goes through an `aliases.tsv`
(alias TAB canonical) of its data dir, so a test can change a rule by editing a copy of it.
`FAKE_EXTRACTOR_DELAY` (seconds per article) slows it down for the kill test.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path

from pipeline.facts import Fact

BREAKS_THE_EXTRACTOR = "[casse]"          # an article holding this makes extract_all raise
AMOUNT = re.compile(r"\b([A-Z][\w-]+) (?:investit|va investir|a investi|prévoit) (\d+) milliards d'euros")


class FakeExtractor:
    def __init__(self, data_dir: Path | None = None):
        aliases_file = Path(data_dir) / "aliases.tsv" if data_dir else None
        text = aliases_file.read_text(encoding="utf-8") if aliases_file and aliases_file.exists() else ""
        self.aliases = dict(line.split("\t") for line in text.splitlines() if "\t" in line)
        self.version = "fake-" + hashlib.sha1(text.encode()).hexdigest()[:8]
        self.delay = float(os.environ.get("FAKE_EXTRACTOR_DELAY", "0"))
        self.extracted: list[str] = []      # article ids, in the order they went through

    def extract_all(self, articles):
        for article in articles:
            time.sleep(self.delay)
            if BREAKS_THE_EXTRACTOR in article.text:
                raise ValueError("the fake extractor breaks here")
            self.extracted.append(article.article_id)
            yield article, [self._fact(article, m) for m in AMOUNT.finditer(article.text)]

    def _fact(self, article, match) -> Fact:
        name = match[1]
        return Fact(article_id=article.article_id, company=self.aliases.get(name, name), company_raw=name,
                    currency="EUR", amount=int(match[2]) * 1e9, amount_min=None, amount_max=None,
                    qualifier="exact", char_start=match.start(2), char_end=match.end(),
                    sentence=match[0], published=article.published, content_hash=article.content_hash)


def write_drop(folder: Path, texts: dict[str, str]) -> Path:
    """A drop folder with one `<name>.txt` per text."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def rename_company(data_dir: Path, name: str, new_name: str) -> None:
    """A data edit in the lexicon copy: the company's canonical name becomes `new_name`, the old one an alias."""
    path = data_dir / "companies.jsonl"
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for entry in entries:
        if entry["name"] == name:
            entry["name"], entry["aliases"] = new_name, [*entry["aliases"], name]
        if entry.get("parent") == name:
            entry["parent"] = new_name
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")


def main(argv: list[str]) -> int:
    """`python tests/fakes.py run ...`: the CLI with this extractor (for tests that need a process)."""
    from pipeline import cli, runner
    runner.load_extractor = FakeExtractor
    return cli.main(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
