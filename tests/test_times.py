"""Tests of the time stage and of publication dates.

Sentences are written here, each with a known publication date; the expected values are worked
out by hand (2016-01-05 is a Tuesday, in ISO week 2016-W01; 2015 has a week 53). Publication
dates are tested from every source: JSONL, HTML metadata, sidecar, front matter, and
``--published`` through the real CLI.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.errors import NewsgraphError
from newsgraph.ingest import iter_sources, read_file
from newsgraph.ingest.boilerplate import BoilerplateFilter
from newsgraph.ingest.meta import normalize_published, split_front_matter
from newsgraph.model import Problem, Sentence, SourceDocument
from newsgraph.parse import parse_documents
from newsgraph.pipeline import BuildSettings, DocumentAnalyzer
from newsgraph.times import TimeFinder, attach_times, time_for_span, timeline_key, value_start
from newsgraph.times.calendar import add_months, choose_year, iso_value, TimePoint
from newsgraph.times.normalize import Context

TUESDAY = "2016-01-05"


# --- helpers -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def analyzer() -> DocumentAnalyzer:
    return DocumentAnalyzer(BuildSettings())


@pytest.fixture(scope="module")
def times_of(nlp, analyzer):
    """Time records of ``text`` published on ``published`` (None: unknown)."""

    def run(text: str, published: str | None = TUESDAY) -> list[dict]:
        document = SourceDocument(id="t", sha256="", path="test.txt", text=text, published=published)
        (parsed,) = parse_documents(nlp, [document])
        times = analyzer(parsed).times
        for t in times:  # the contract: offsets slice back to the text
            assert text[t["start"]:t["end"]] == t["text"]
        return times

    return run


def by_text(times: list[dict]) -> dict[str, dict]:
    return {t["text"]: t for t in times}


def value_of(times_of, text: str, expression: str, published: str | None = TUESDAY) -> str | None:
    found = by_text(times_of(text, published))
    assert expression in found, f"{expression!r} not found; found {list(found)}"
    return found[expression]["value"]


@pytest.fixture(scope="module")
def finder() -> TimeFinder:
    return TimeFinder.from_data()


def read(finder: TimeFinder, text: str, published: date | None = date(2016, 1, 5), **context):
    """Normalize one expression without spaCy."""
    return finder.normalizer(text, Context(published, **context))


# --- the examples --------------------------------------------------------------------------


def test_december_13_in_an_article_of_january_is_the_previous_year(times_of):
    found = by_text(times_of("A projectile was launched on December 13, the army said."))
    assert found["December 13"]["value"] == "2015-12-13"
    assert (found["December 13"]["granularity"], found["December 13"]["anchor"]) == ("day", "published")


def test_a_future_december_13_is_the_next_one(times_of):
    assert value_of(times_of, "The court will rule on December 13.", "December 13") == "2016-12-13"


def test_last_month_is_a_month_not_a_day(times_of):
    record = by_text(times_of("Last month, the group published images of a camp."))["Last month"]
    assert (record["value"], record["granularity"], record["kind"]) == ("2015-12", "month", "date")


def test_earlier_this_week_is_the_iso_week(times_of):
    record = by_text(times_of("Haniyeh declared earlier this week that the wing would act."))["earlier this week"]
    assert (record["value"], record["granularity"]) == ("2016-W01", "week")


def test_last_week_in_the_first_week_of_2016_is_week_53_of_2015(times_of):
    assert value_of(times_of, "A think tank charged last week that money had changed hands.", "last week") == "2015-W53"


def test_one_day_later_counts_from_the_previous_expression_of_the_paragraph(times_of):
    found = by_text(times_of("The group proclaimed an emirate on August 14, 2009. One day later its leader was killed."))
    assert found["August 14, 2009"]["anchor"] == "absolute"
    assert (found["One day later"]["value"], found["One day later"]["anchor"]) == ("2009-08-15", "previous")


def test_one_day_later_does_not_reach_into_the_previous_paragraph(times_of):
    found = by_text(times_of("The group proclaimed an emirate on August 14, 2009.\n\nOne day later its leader was killed."))
    assert (found["One day later"]["value"], found["One day later"]["anchor"]) == (None, "unknown")


def test_in_may_is_past_or_future_by_tense(times_of):
    assert value_of(times_of, "In May, Hamas engaged in deadly clashes with a rival group.", "May") == "2015-05"
    assert value_of(times_of, "The minister said building would start in May.", "May") == "2016-05"
    assert value_of(times_of, "The new bridge will open in May.", "May") == "2016-05"


def test_over_the_past_two_years_is_a_duration_up_to_the_publication_date(times_of):
    record = by_text(times_of("Over the past two years, the cooperative doubled its membership."))["the past two years"]
    assert (record["value"], record["kind"], record["granularity"]) == ("P2Y", "duration", "duration")
    assert (record["range"], record["anchor"]) == (["2014-01-05", "2016-01-05"], "published")


def test_the_beginning_of_the_year_is_the_year_with_a_start_mod(times_of):
    record = by_text(times_of("Menai intervened at the beginning of the year, sources said."))["the beginning of the year"]
    assert (record["value"], record["granularity"], record["mod"]) == ("2016", "year", "start")


def test_unknown_publication_date_leaves_relative_values_null(times_of):
    found = by_text(times_of("Last month, the ministry said the talks began on August 14, 2009 and "
                             "resumed on December 13.", published=None))
    assert (found["Last month"]["value"], found["Last month"]["anchor"]) == (None, "unknown")
    assert (found["December 13"]["value"], found["December 13"]["anchor"]) == (None, "unknown")
    assert found["August 14, 2009"]["value"] == "2009-08-14"  # the text alone fixes it


# --- more expressions ------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expression, value", [
    ("The strike ended yesterday.", "yesterday", "2016-01-04"),
    ("The council approved the plan on Monday.", "Monday", "2016-01-04"),
    ("Ministers meet on Tuesday to discuss the budget.", "Tuesday", "2016-01-05"),  # today, by name
    ("The two delegations agreed to meet again on Thursday.", "Thursday", "2016-01-07"),
    ("The court adjourned the case until January 24.", "January 24", "2016-01-24"),
    ("The museum reopened two weeks ago.", "two weeks ago", "2015-W52"),
    ("Three years ago, the factory employed 800 workers.", "Three years ago", "2013"),
    ("A decade ago, the town had no paved roads.", "A decade ago", "2006"),
    ("The river flooded in the spring of 2019.", "the spring of 2019", "2019-SP"),
    ("The refinery has been idle since the 1980s.", "the 1980s", "198"),
    ("Prices fell in the second quarter.", "the second quarter", "2015-Q2"),  # not begun in 2016
    ("Profits will rise in the second quarter.", "the second quarter", "2016-Q2"),
    ("The suspect was released on Friday night.", "Friday night", "2016-01-01TNI"),
    ("Every Friday, volunteers hand out food.", "Every Friday", "XXXX-WXX-5"),
    ("Ticket sales opened at 9 a.m. on the day.", "9 a.m.", "T09:00"),
    ("The storm hit the coast over the weekend.", "the weekend", "2015-W53-WE"),  # Jan 2-3
    ("Two of the crew were rescued on New Year's Eve.", "New Year's Eve", "2015-12-31"),
    ("The defendant was extradited in March of last year.", "March of last year", "2015-03"),
    ("The mayor will speak on the last Friday of January.", "the last Friday of January", "2016-01-29"),
])
def test_expression_values(times_of, text, expression, value):
    assert value_of(times_of, text, expression) == value


def test_durations_keep_their_modifier(times_of):
    found = by_text(times_of("The talks were the first in more than four years and lasted 36 hours."))
    assert (found["more than four years"]["value"], found["more than four years"]["mod"]) == ("P4Y", "more_than")
    assert (found["36 hours"]["value"], found["36 hours"]["anchor"]) == ("PT36H", "absolute")


def test_a_duration_counted_from_a_date_is_not_a_range(times_of):
    found = by_text(times_of("The ferry service was suspended for six months in 2016."))
    assert (found["six months"]["value"], found["six months"]["range"]) == ("P6M", None)
    assert found["2016"]["value"] == "2016"


def test_an_age_is_not_a_time(times_of):
    assert times_of("The 45-year-old preacher was arrested.") == []


def test_two_years_in_one_entity_are_two_expressions(times_of):
    found = times_of("The fraud took place between 2012 and 2015.")
    assert [(t["text"], t["value"]) for t in found] == [("2012", "2012"), ("2015", "2015")]


def test_records_carry_the_contract_keys_and_their_sentence(times_of):
    (record,) = times_of("The minister resigned. He left office last month.")
    assert {"doc", "start", "end", "text", "value"} <= set(record)
    assert {"kind", "granularity", "anchor", "mod", "range", "sentence"} <= set(record)
    assert record["sentence"] == 1


def test_offsets_slice_back_across_paragraphs_and_odd_spaces(times_of):
    text = ("Headline about talks\n\nTEL AVIV – Hamas said last\xa0month that talks began on "
            "January 15, 2024.\n\n“Over the past two years,” he said, “nothing changed.”\n")
    found = times_of(text)  # the fixture asserts every slice
    assert [t["text"] for t in found] == ["last\xa0month", "January 15, 2024", "the past two years"]


def test_a_sentence_without_a_verb_is_read_as_past(times_of):
    assert value_of(times_of, "Clashes in Gaza on Monday", "Monday") == "2016-01-04"


# --- the normalizer alone (no spaCy) ---------------------------------------------------------------


def test_normalizer_reads_tense_from_the_context(finder):
    assert read(finder, "May", direction="past").value == "2015-05"
    assert read(finder, "May", direction="future").value == "2016-05"
    assert read(finder, "May", direction=None).value == "2016-05"  # nearest May: 4 months ahead


def test_normalizer_anchors_later_expressions_on_the_previous_point(finder):
    previous = TimePoint(date(2011, 3, 3), "day")
    assert read(finder, "three weeks later", previous=previous).value == "2011-W12"
    assert read(finder, "the previous day", previous=previous).value == "2011-03-02"
    month = TimePoint(date(2011, 10, 1), "month")
    assert read(finder, "two days later", previous=month).value == "2011-10"  # no finer than its anchor


def test_unreadable_expression_has_no_anchor(finder):
    result = read(finder, "a fun night")
    assert (result.value, result.anchor) == (None, None)


def test_user_rules_extend_the_packaged_ones(tmp_path, nlp):
    extra = tmp_path / "times.yaml"
    extra.write_text("holidays:\n  founders' day: 03-14\n", encoding="utf-8")
    finder = TimeFinder.from_data([extra])
    assert read(finder, "Founders' Day", direction="past").value == "2015-03-14"
    assert read(TimeFinder.from_data(), "Founders' Day").value is None


def test_user_rules_with_unknown_keys_are_refused(tmp_path):
    extra = tmp_path / "times.yaml"
    extra.write_text("holiday: {}\n", encoding="utf-8")
    with pytest.raises(NewsgraphError, match="unknown keys"):
        TimeFinder.from_data([extra])


def test_calendar_helpers():
    assert choose_year(date(2016, 1, 5), 12, 13, "past") == date(2015, 12, 13)
    assert choose_year(date(2016, 1, 5), 1, 5, "future") == date(2016, 1, 5)  # the day itself counts
    assert choose_year(date(2016, 1, 5), 12, 13, None) == date(2015, 12, 13)  # nearest
    assert add_months(date(2016, 1, 31), 1) == date(2016, 2, 29)
    assert iso_value(TimePoint(date(2016, 1, 2), "week")) == "2015-W53"
    assert iso_value(TimePoint(date(2015, 12, 1), "season", "WI")) == "2015-WI"


# --- events and the timeline -----------------------------------------------------------------------


SENTENCES = [Sentence("d", 0, 0, 60), Sentence("d", 1, 61, 120)]


def _time(start: int, end: int, value: str | None, kind: str = "date", text: str = "x") -> dict:
    return {"doc": "d", "start": start, "end": end, "text": text, "value": value, "kind": kind}


def test_time_for_span_takes_the_closest_date_of_the_same_sentence():
    times = [_time(5, 10, "2016-01-04", text="Monday"), _time(40, 50, "2015-12", text="last month"),
             _time(70, 80, "2016-01", text="January")]
    assert time_for_span(times, 30, 36, SENTENCES)["text"] == "last month"
    assert time_for_span(times, 11, 15, SENTENCES)["text"] == "Monday"
    assert time_for_span(times, 90, 95, SENTENCES)["text"] == "January"


def test_time_for_span_prefers_a_date_to_a_closer_duration_and_never_crosses_sentences():
    times = [_time(20, 30, "P3D", kind="duration"), _time(50, 55, "2016-01-04")]
    assert time_for_span(times, 31, 35, SENTENCES)["value"] == "2016-01-04"
    assert time_for_span([_time(70, 80, "2016-01")], 10, 15, SENTENCES) is None


def test_attach_times_sets_the_event_time():
    events = [{"start": 11, "end": 15}, {"start": 100, "end": 105}]
    attach_times(events, [_time(5, 10, "2016-01-04", text="Monday")], SENTENCES)
    assert events[0]["time"] == {"text": "Monday", "value": "2016-01-04"}
    assert events[1]["time"] is None


def test_timeline_key_orders_by_first_day_coarse_before_fine_undated_last():
    values = ["2016-01-04", None, "2015", "2015-W53", "P3D", "2015-12", "199", "2015-12-13"]
    ordered = sorted(({"value": v} for v in values), key=timeline_key)
    assert [t["value"] for t in ordered] == ["199", "2015", "2015-12", "2015-12-13", "2015-W53",
                                             "2016-01-04", None, "P3D"]
    assert value_start("2016-W01-WE") == date(2016, 1, 4)
    assert timeline_key({"value": "P2Y", "range": ["2014-01-05", "2016-01-05"]})[1] == date(2014, 1, 5)


# --- publication dates -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cleaner() -> BoilerplateFilter:
    return BoilerplateFilter([])


def _read(path: Path, cleaner: BoilerplateFilter) -> list:
    return list(read_file(path, 20.0, cleaner))


def _documents(items) -> list[SourceDocument]:
    return [i for i in items if isinstance(i, SourceDocument)]


BODY = "Ministers met in Porto on Tuesday. They agreed to talk again next month about fishing quotas."


def test_jsonl_published_and_date_fields_become_iso(tmp_path, cleaner):
    path = tmp_path / "feed.jsonl"
    lines = [{"text": BODY, "published": "2016-01-05T10:30:00+02:00"},
             {"text": BODY + " More.", "date": "January 5, 2016"},
             {"text": BODY + " Even more."}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert [d.published for d in _documents(_read(path, cleaner))] == ["2016-01-05", "2016-01-05", None]


HTML_PAGE = """<!DOCTYPE html><html><head><title>Talks in Porto</title>{meta}</head>
<body><article><h1>Talks in Porto</h1>{paragraphs}</article></body></html>"""


def _html(meta: str, body_extra: str = "") -> str:
    paragraphs = "".join(f"<p>{body_extra}{BODY} Paragraph {n} of the report.</p>" for n in range(4))
    return HTML_PAGE.format(meta=meta, paragraphs=paragraphs)


def test_html_publication_date_comes_from_the_page_metadata(tmp_path, cleaner):
    path = tmp_path / "page.html"
    path.write_text(_html('<meta property="article:published_time" content="2016-01-05T08:00:00Z">'), encoding="utf-8")
    (document,) = _documents(_read(path, cleaner))
    assert document.published == "2016-01-05"


def test_html_date_is_not_guessed_from_the_body_text(tmp_path, cleaner):
    path = tmp_path / "page.html"
    path.write_text(_html("", body_extra="Filed on March 3, 2011. "), encoding="utf-8")
    (document,) = _documents(_read(path, cleaner))
    assert document.published is None


def test_sidecar_metadata_is_read_and_wins(tmp_path, cleaner):
    article = tmp_path / "story.txt"
    article.write_text("Porto talks\n\n" + BODY, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(json.dumps(
        {"published": "2016-01-05", "title": "Talks resume", "outlet": "Porto Post",
         "url": "https://example.org/talks"}), encoding="utf-8")
    (document,) = _documents(_read(article, cleaner))
    assert (document.published, document.title, document.outlet, document.url) == (
        "2016-01-05", "Talks resume", "Porto Post", "https://example.org/talks")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".json"] == ["story.meta.json"]
    assert len(list(iter_sources([tmp_path]))) == 1  # the sidecar is not an article


def test_unreadable_sidecar_is_a_note_and_the_article_is_kept(tmp_path, cleaner):
    article = tmp_path / "story.txt"
    article.write_text(BODY, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text("{not json", encoding="utf-8")
    items = _read(article, cleaner)
    (note,) = [i for i in items if isinstance(i, Problem)]
    assert not note.skipped and "story.meta.json ignored" in note.reason
    assert _documents(items)[0].published is None


def test_front_matter_gives_the_date_and_is_cut_from_the_text(tmp_path, cleaner):
    article = tmp_path / "story.md"
    article.write_text("---\npublished: 2016-01-05\ntitle: Talks resume\n---\n# Porto talks\n\n" + BODY,
                       encoding="utf-8")
    (document,) = _documents(_read(article, cleaner))
    assert (document.published, document.title) == ("2016-01-05", "Talks resume")
    assert document.text.startswith("# Porto talks") and "---" not in document.text


def test_text_without_front_matter_is_untouched():
    text = "Porto talks\n---\npublished: no\n---\n"
    assert split_front_matter(text) == ({}, text, None)
    ruled = "---\nA line of article text between rules.\n---\nMore text.\n"
    assert split_front_matter(ruled) == ({}, ruled, None)


def test_broken_front_matter_is_cut_with_a_note():
    meta, body, note = split_front_matter("---\npublished: [2016\ntitle: x\n---\nText.\n")
    assert (meta, body, note) == ({}, "Text.\n", "front matter ignored: not valid YAML")


def test_unparseable_date_is_a_one_line_note_and_stays_none(tmp_path, cleaner):
    article = tmp_path / "story.txt"
    article.write_text("---\npublished: sometime last spring\n---\n" + BODY, encoding="utf-8")
    items = _read(article, cleaner)
    (note,) = [i for i in items if isinstance(i, Problem)]
    assert str(note) == (f"{article}: note: publication date 'sometime last spring' not understood; "
                         "its relative times stay unresolved")
    assert _documents(items)[0].published is None


def test_normalize_published_accepts_iso_timestamps_and_written_dates():
    assert normalize_published("2016-01-05T23:30:00-05:00") == "2016-01-05"
    assert normalize_published(date(2016, 1, 5)) == "2016-01-05"
    assert normalize_published("5 January 2016") == "2016-01-05"
    for bad in ("2016-02-30", "January 2016", "soon"):
        with pytest.raises(ValueError):
            normalize_published(bad)


# --- through the CLI -------------------------------------------------------------------------------


def invoke(*args) -> object:
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture
def clippings(tmp_path) -> Path:
    folder = tmp_path / "clippings"
    folder.mkdir()
    (folder / "undated.txt").write_text(
        "Harbour deal\n\nMinisters met in Porto on Monday. The strike ended last month.\n", encoding="utf-8")
    (folder / "dated.txt").write_text(
        "Bridge opens\n\nThe mayor opened the bridge on Friday after work began last month.\n", encoding="utf-8")
    (folder / "dated.meta.json").write_text('{"published": "2024-03-08"}', encoding="utf-8")
    return folder


def _graph(out: Path) -> dict:
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def _times_by_doc(graph: dict) -> dict[str, dict[str, str | None]]:
    paths = {d["id"]: Path(d["path"]).name for d in graph["documents"]}
    found: dict[str, dict[str, str | None]] = {}
    for t in graph["times"]:
        found.setdefault(paths[t["doc"]], {})[t["text"]] = t["value"]
    return found


def test_cli_published_dates_documents_without_their_own(clippings, tmp_path):
    out = tmp_path / "out"
    result = invoke("build", clippings, "-o", out, "--published", "2016-01-05", "--top", "0")
    assert result.exit_code == 0, result.output
    graph = _graph(out)
    published = {Path(d["path"]).name: d["published"] for d in graph["documents"]}
    assert published == {"undated.txt": "2016-01-05", "dated.txt": "2024-03-08"}
    assert _times_by_doc(graph) == {
        "undated.txt": {"Monday": "2016-01-04", "last month": "2015-12"},
        "dated.txt": {"Friday": "2024-03-08", "last month": "2024-02"},
    }


def test_cli_changing_published_reanalyzes_and_without_it_times_stay_unresolved(clippings, tmp_path):
    out = tmp_path / "out"
    assert invoke("build", clippings, "-o", out, "--top", "0").exit_code == 0
    assert _times_by_doc(_graph(out))["undated.txt"] == {"Monday": None, "last month": None}
    result = invoke("build", clippings, "-o", out, "--published", "2016-01-05", "--top", "0")
    assert "2 parsed, 0 unchanged" in " ".join(result.output.split())
    assert _times_by_doc(_graph(out))["undated.txt"]["last month"] == "2015-12"


def test_cli_an_edited_sidecar_date_reanalyzes_only_that_document(clippings, tmp_path):
    out = tmp_path / "out"
    assert invoke("build", clippings, "-o", out, "--top", "0").exit_code == 0
    (clippings / "dated.meta.json").write_text('{"published": "2024-04-05"}', encoding="utf-8")
    result = invoke("build", clippings, "-o", out, "--top", "0")
    assert "1 parsed, 1 unchanged" in " ".join(result.output.split())
    graph = _graph(out)
    assert _times_by_doc(graph)["dated.txt"]["last month"] == "2024-03"
    import sqlite3

    with sqlite3.connect(out / "graph.db") as db:
        assert db.execute("SELECT published FROM documents WHERE path LIKE '%dated.txt' "
                          "AND path NOT LIKE '%undated.txt'").fetchone() == ("2024-04-05",)


@pytest.mark.parametrize("value", ["next tuesday-ish", "05/02/2005", "yesterday", "2005-13-45"])
def test_cli_published_takes_only_an_iso_day(clippings, tmp_path, value):
    # "05/02/2005" is May in one country and February in another; "yesterday" changes daily
    result = invoke("build", clippings, "-o", tmp_path / "out", "--published", value)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "is not a date: write it as YYYY-MM-DD" in " ".join(result.output.split())
    assert not (tmp_path / "out").exists()


# --- the sample corpus -----------------------------------------------------------------------------


def test_sample_corpus_articles_are_dated_and_their_times_resolved(sample_dir):
    import newsgraph

    graph = newsgraph.build(sample_dir)
    published = {Path(d["path"]).stem: d["published"] for d in graph.documents}
    assert published["01_harbor_talks"] == "2024-01-16"
    assert all(published.values())
    # recycled paragraph A: the origin (02) is older than both copies (04, 05)
    assert published["02_border_arrests"] < published["04_valley_militia_threat"] < published["05_aid_convoy"]
    assert published["03_orlic_air_strike"] < published["07_valley_truce"]  # paragraph B
    names = {d["id"]: Path(d["path"]).stem for d in graph.documents}
    values = {(names[t["doc"]], t["text"]): t["value"] for t in graph.times}
    # the edited copy of paragraph A says "last month" where the others say "in January"
    assert values[("04_valley_militia_threat", "last month")] == "2024-01"
    assert values[("02_border_arrests", "January")] == "2024-01"
    assert values[("01_harbor_talks", "Thursday")] == "2024-01-18"
    assert values[("08_tahiri_arrest", "the weekend")] == "2024-W09-WE"
