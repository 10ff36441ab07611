"""Reading drops: date header, encodings, bad files skipped with a reason, the rest read."""
import json
from datetime import date

from pipeline.articles import Article, Skipped, make_article, parse_date_header, read_articles

FRENCH = ("Le groupe Danone a annoncé mardi un investissement de 200 millions d'euros dans son usine de "
          "Bailleul, dans le Nord, pour produire des boissons végétales. Le site emploiera 150 personnes de plus "
          "et la production doit commencer en 2026, selon la direction du groupe qui a présenté le projet.\n")


def test_date_header_gives_the_publication_date():
    assert parse_date_header(" date 2025-11-25 C'est au tour d'Amazon") == date(2025, 11, 25)
    assert parse_date_header(" date 2023-03 La France") == date(2023, 3, 1)
    assert parse_date_header("Amazon annonce") is None
    assert parse_date_header(" date 2025-13-40 x") is None


def test_a_bad_drop_is_reported_file_by_file_and_the_good_articles_are_read(tmp_path):
    (tmp_path / "good.txt").write_text(" date 2025-01-02 " + FRENCH, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "latin1.txt").write_bytes(FRENCH.encode("cp1252"))
    (tmp_path / "page.txt").write_text(f"<html><head><style>p{{}}</style></head><body><p>{FRENCH}</p>"
                                       "<script>var x=1;</script></body></html>", encoding="utf-8")
    (tmp_path / "english.txt").write_text("The company said on Tuesday that it will invest 200 million dollars in "
                                          "its plant in the north of the country, and that the site is expected "
                                          "to hire 150 more people by 2026, according to the management of the "
                                          "group which presented the project to the press on Monday. " * 2)
    (tmp_path / "notes.md").write_text("ignored: not an article file")
    articles, skipped = read_articles([tmp_path, tmp_path / "missing.txt"])
    by_id = {a.article_id: a for a in articles}
    assert sorted(by_id) == ["good", "latin1", "page"]
    assert by_id["good"].published == date(2025, 1, 2)
    assert by_id["latin1"].repairs == ("not UTF-8, decoded as cp1252",)
    assert "investissement de 200 millions d'euros" in by_id["latin1"].text
    assert by_id["page"].repairs == ("HTML markup stripped",)
    assert "<p>" not in by_id["page"].text and "var x" not in by_id["page"].text
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert reasons == {"empty.txt": "empty file", "blank.txt": "empty file", "image.txt": "binary file, not text",
                       "english.txt": "text is in English, not French", "missing.txt": "no such file or folder"}


def test_jsonl_batches_read_each_line_and_skip_bad_ones(tmp_path):
    lines = [json.dumps({"id": "a1", "text": FRENCH, "published": "2025-03-04", "source": "AFP"}),
             "{not json",
             json.dumps({"id": "a2"}),
             "",
             json.dumps({"id": "a3", "text": FRENCH, "url": "https://example.org/a3"})]
    (tmp_path / "drop.jsonl").write_text("\n".join(lines), encoding="utf-8")
    articles, skipped = read_articles([tmp_path / "drop.jsonl"])
    assert [(a.article_id, a.published, a.source, a.url) for a in articles] == [
        ("a1", date(2025, 3, 4), "AFP", None), ("a3", None, None, "https://example.org/a3")]
    assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in skipped] == [
        ("drop.jsonl line 2", "not valid JSON (Expecting property name enclosed in double quotes)"),
        ("drop.jsonl line 3", "needs an object with 'id' and 'text'")]


def test_an_enormous_article_is_cut_and_says_so():
    result = make_article("big", FRENCH * 2000, "big.txt")
    assert isinstance(result, Article)
    assert len(result.text) <= 200_000 and result.repairs[0].startswith("enormous article cut")


def test_same_text_same_hash_whatever_the_name():
    a, b = make_article("x", FRENCH, "x.txt"), make_article("y", FRENCH, "y.txt")
    assert a.content_hash == b.content_hash and len(a.content_hash) == 64
    assert isinstance(make_article("z", "   ", "z.txt"), Skipped)


def test_a_gold_file_in_a_drop_is_skipped_whole(tmp_path):
    (tmp_path / "gold.jsonl").write_text(json.dumps({"article": "a", "company": ["X"], "amount": 1}) + "\n")
    articles, skipped = read_articles([tmp_path])
    assert articles == [] and [s.reason for s in skipped] == [
        "gold annotations (facts with 'article' and 'company'), not articles"]
