"""Claim acts and confidence (issue 19, round 18): statements, positions, requests, questions.
PolNeAR counts all four as attributions; a reader takes only statements for claims, so the others
are kept in graph.json with a confidence below the views' default threshold. Short fictional
sentences and articles written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.attribution import CueLexicon
from newsgraph.model import DEFAULT_MIN_CONFIDENCE, Claim, record_confidence
from test_cli import flat, invoke, write_articles


def acts_of(analyze, text: str) -> list[tuple[str | None, str]]:
    return [(c.cue, c.act) for c in analyze(text).claims]


def test_a_statement_is_sure(analyze):
    (claim,) = analyze("The inspector said the lift had been serviced in May.").claims
    assert (claim.act, claim.confidence) == ("statement", 1.0)


@pytest.mark.parametrize("text, cue", [
    ("The union urged its members to turn down the new contract.", "urged"),
    ("The mayor asked the council to put off the vote until spring.", "asked"),
    ("Parents called for a ban on phones in the classroom.", "called"),
    ("The referee warned both captains to calm their players down.", "warned"),
])
def test_a_request_is_kept_below_the_default(analyze, text, cue):
    (claim,) = [c for c in analyze(text).claims if c.cue == cue]
    assert claim.act == "request" and claim.confidence < DEFAULT_MIN_CONFIDENCE


def test_a_warning_with_a_clause_stays_a_statement(analyze):
    assert acts_of(analyze, "The referee warned that the pitch was too wet to play on.") == [("warned", "statement")]


@pytest.mark.parametrize("text", [
    "The senator asked whether the agency had enough money left.",
    "Neighbours wondered why the footbridge had been shut for a year.",
    "“Where will the families go?” the councillor asked.",
])
def test_a_reported_or_quoted_question_is_a_question(analyze, text):
    assert [act for cue, act in acts_of(analyze, text)] == ["question"]


def test_a_rhetorical_question_said_stays_a_statement(analyze):
    text = "The councillor said: “Why should the town pay for their mistakes?”"
    assert acts_of(analyze, text) == [("said", "statement")]


def test_act_confidences_come_from_the_table():
    lexicon = CueLexicon.from_tables({"claim_acts": {"statement": 1.0, "position": 0.3}})
    assert lexicon.act_confidence("position") == 0.3
    assert lexicon.act_confidence("request") == 1.0  # an act the table leaves out is not discounted


def test_a_record_written_before_acts_reads_as_a_sure_statement():
    record = {"id": "d:c0", "doc": "d", "start": 0, "end": 4, "text": "Rain", "speaker": None,
              "speaker_text": None, "speaker_span": None, "anonymous": True, "cue": "said", "cue_span": [5, 9],
              "stance": "assert", "outlet": None, "sentence": 0, "kind": "indirect"}
    claim = Claim(**record)
    assert (claim.act, claim.confidence) == ("statement", 1.0)
    assert record_confidence(record) == 1.0


ARTICLES = {
    "depot.txt": (
        "Depot plan divides town\n\n"
        "The transport secretary said the depot would open in June. "
        "The drivers' union urged the council to reject the depot plan.\n"
    ),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("acts")
    out = root / "out"
    result = invoke("build", write_articles(root / "articles", ARTICLES), "-o", out)
    assert result.exit_code == 0, result.output
    return out


def test_graph_json_keeps_every_claim_with_its_act(built):
    claims = json.loads((built / "graph.json").read_text(encoding="utf-8"))["claims"]
    assert {(c["cue"], c["act"]) for c in claims} == {("said", "statement"), ("urged", "request")}


def test_the_claims_view_hides_requests_by_default_and_shows_them_at_zero(built):
    shown = flat(invoke("claims", built).output)
    assert "1 claims" in shown and "1 below confidence 0.5 hidden" in shown and "reject" not in shown
    every = flat(invoke("claims", built, "--min-confidence", "0").output)
    assert "2 claims" in every and "hidden" not in every


def test_the_export_leaves_out_hidden_claims(built, tmp_path):
    result = invoke("export", built, "-f", "jsonl", "-o", tmp_path / "x")
    assert "1 claims and 0 events below confidence" in flat(result.output)
    lines = (tmp_path / "x" / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["act"] for line in lines] == ["statement"]


def test_a_position_is_no_side_of_a_contradiction():
    from newsgraph.graph.contradiction_rules import ContradictionRules
    from newsgraph.graph.contradictions import ContradictionSettings, Evidence

    claim = {"id": "d:c0", "doc": "d", "start": 0, "end": 10, "text": "the merger", "stance": "assert",
             "sentence": 0, "speaker": None}
    position = {**claim, "id": "d:c1", "act": "position", "confidence": 0.4}
    evidence = Evidence([], [claim, position], [], [{"id": "d"}], [], ContradictionSettings(),
                        ContradictionRules.from_data())
    assert evidence._asserted(claim) and not evidence._asserted(position)
