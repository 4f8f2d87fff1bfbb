"""Contradictions, round 18 (issue 19): who asserts a side the article tells (an accuser the
sentence names, "unattributed reports" for speculation or a passive charge, the article only for
a fact it states), and a declined comment on a lawsuit answering the charge, not the suit's scope.
Articles written for these tests."""

from __future__ import annotations

from test_contradictions import ACTORS, Article, find, kinds


def test_a_passive_charge_with_no_accuser_is_asserted_by_unattributed_reports():
    article = Article("d", ["Orland has been accused of hiding losses at its smelter.",
                            "Orland denied hiding any losses at the smelter."], title="Smelter losses row")
    article.mention(0, "Orland", "orland")
    article.claim(1, "Orland", "denied", "hiding any losses at the smelter", "orland", stance="deny")
    (found,) = find(article, actors=ACTORS)
    asserting = found["sides"][0]
    assert asserting["id"] is None and asserting["asserter"] == "unattributed"
    assert asserting["speaker"] == "unattributed reports"
    assert found["summary"].startswith("Unattributed reports say “Orland has been accused of hiding losses")
    assert "“Smelter losses row” reports" not in found["summary"]  # the outlet makes no charge


def test_speculation_an_article_reports_is_no_claim_of_the_article():
    article = Article("d", ["Vesta is said to be close to buying a stake in Orland.",
                            "Vesta rejected the speculation about a stake in Orland."])
    article.mention(0, "Vesta", "vesta")
    article.mention(0, "Orland", "orland")
    article.claim(1, "Vesta", "rejected", "the speculation about a stake in Orland", "vesta", stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert [(s["role"], s["asserter"], s["speaker"]) for s in found["sides"]] == [
        ("asserts", "unattributed", "unattributed reports"), ("denies", "speaker", "Vesta Holdings")]


def test_an_accuser_named_in_the_sentence_asserts_the_charge():
    article = Article("d", ["Ivo Marsh accused Orland of poisoning the river.",
                            "Orland denied poisoning the river."], title="River row")
    article.mention(0, "Ivo Marsh", "marsh")
    article.mention(0, "Orland", "orland")
    article.event(0, "accused", "ACCUSE", "marsh", "orland")
    article.claim(1, "Orland", "denied", "poisoning the river", "orland", stance="deny")
    (found,) = find(article, actors=ACTORS)
    event_side = next(s for s in found["sides"] if s["role"] == "asserts")
    assert (event_side["asserter"], event_side["speaker"]) == ("accuser", "Ivo Marsh")
    assert found["summary"].startswith("“River row” reports a charge by Ivo Marsh: “Ivo Marsh accused Orland")
    # "accused by X of": the one named after "by"
    passive = Article("p", ["Orland was accused by Ivo Marsh of poisoning the river.",
                            "Orland denied poisoning the river."])
    passive.mention(0, "Orland", "orland")
    passive.mention(0, "Ivo Marsh", "marsh")
    passive.claim(1, "Orland", "denied", "poisoning the river", "orland", stance="deny")
    (found,) = find(passive, actors=ACTORS)
    assert (found["sides"][0]["asserter"], found["sides"][0]["speaker"]) == ("accuser", "Ivo Marsh")


def test_a_fact_the_article_states_stays_the_articles():
    article = Article("d", ["Dana Kerr faces charges of fraud over the sale of the port.",
                            "She denies the charges."], title="Port sale case")
    article.mention(0, "Dana Kerr", "kerr")
    article.claim(1, "She", "denies", "the charges", "kerr", stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert (found["sides"][0]["asserter"], found["sides"][0]["speaker"]) == ("article", None)
    assert found["summary"].startswith("“Port sale case” reports “Dana Kerr faces charges")


def lawsuit_article(scope_last: bool = True) -> Article:
    article = Article("d", ["A retired pilot is suing Vesta, saying its tanker leases hide extra fees.",
                            "He says the fees were never disclosed.",
                            "The lawsuit seeks to cover every tenant of a Vesta tanker since 2001.",
                            "Vesta declined to comment on the lawsuit."])
    article.mention(0, "Vesta", "vesta")
    article.mention(2, "Vesta", "vesta")
    article.claim(0, "A retired pilot", "saying", "its tanker leases hide extra fees", None)
    article.claim(2, "The lawsuit", "seeks", "to cover every tenant of a Vesta tanker since 2001", None)
    article.claim(3, "Vesta", "declined", "to comment on the lawsuit", "vesta", stance="decline_comment")
    return article


def test_a_declined_comment_on_a_lawsuit_answers_its_charge_not_its_scope():
    found = find(lawsuit_article(), actors=ACTORS)
    assert kinds(found) == [("declined_comment", ["d:c0", "d:c2"])]
    assert found[0]["summary"].startswith("A retired pilot says “A retired pilot is suing Vesta")


def test_a_declined_comment_on_a_lawsuit_with_no_stated_charge_stands_alone():
    article = Article("d", ["The lawsuit seeks to cover every tenant of a Vesta tanker since 2001.",
                            "Vesta declined to comment on the lawsuit."])
    article.mention(0, "Vesta", "vesta")
    article.claim(0, "The lawsuit", "seeks", "to cover every tenant of a Vesta tanker since 2001", None)
    article.claim(1, "Vesta", "declined", "to comment on the lawsuit", "vesta", stance="decline_comment")
    assert find(article, actors=ACTORS) == []


def test_the_body_looking_into_a_charge_asserts_it():
    article = Article("d", ["The Harbour Ledger is looking into whether Orland hid losses at its smelter.",
                            "Orland denied the charges."])
    article.mention(0, "The Harbour Ledger", "ledger")
    article.mention(0, "Orland", "orland")
    article.claim(1, "Orland", "denied", "the charges", "orland", stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert (found["sides"][0]["asserter"], found["sides"][0]["speaker"]) == ("accuser", "The Harbour Ledger")
    # a body the tagger left without a mention: the sentence's subject as written
    untagged = Article("u", ["The FRA is also looking into whether Orland hid losses at its smelter.",
                             "Orland denied the charges."])
    untagged.mention(0, "Orland", "orland")
    untagged.claim(1, "Orland", "denied", "the charges", "orland", stance="deny")
    (found,) = find(untagged, actors=ACTORS)
    assert (found["sides"][0]["asserter"], found["sides"][0]["speaker"]) == ("accuser", "FRA")


def test_an_unresolved_pronoun_denier_is_shown_as_written_not_as_an_unnamed_source():
    article = Article("d", ["The minister spoke on Tuesday.", "He denied claims that the port was sold cheaply."])
    article.claim(1, "He", "denied", "claims that the port was sold cheaply", None, stance="deny")
    (found,) = find(article, actors=ACTORS, alone=True)
    assert found["kind"] == "one_sided_denial" and found["sides"][0]["speaker"] == "“He” (speaker not resolved)"


def test_a_claim_with_no_speaker_written_is_asserted_by_unattributed_reports():
    article = Article("d", ["Orland allegedly hid losses at its smelter.", "Orland denied hiding any losses at the smelter."])
    article.mention(0, "Orland", "orland")
    article.claim(0, "allegedly", "allegedly", "Orland allegedly hid losses at its smelter", None)
    article.claims[-1].update(speaker_text=None, speaker_span=None, anonymous=True)
    article.claim(1, "Orland", "denied", "hiding any losses at the smelter", "orland", stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert [(s["asserter"], s["speaker"]) for s in found["sides"]][0] == ("unattributed", "unattributed reports")


def test_a_proposal_rejected_by_one_official_is_no_charge_another_denies():
    article = Article("d", ["Ivo Marsh has rejected any fee increases at Orland.",
                            "The Harbour Ledger said Orland was weighing fee increases for tenants.",
                            "Orland later denied any fee increases for tenants."])
    article.mention(0, "Ivo Marsh", "marsh")
    article.mention(0, "Orland", "orland")
    article.mention(1, "Orland", "orland")
    article.mention(2, "Orland", "orland")
    article.claim(0, "Ivo Marsh", "rejected", "any fee increases at Orland", "marsh")
    article.claim(1, "The Harbour Ledger", "said", "Orland was weighing fee increases for tenants", "ledger")
    article.claim(2, "Orland", "denied", "any fee increases for tenants", "orland", stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert [s["speaker"] for s in found["sides"]] == ["The Harbour Ledger", "Orland Mining"]


def test_a_briefing_names_the_accuser_of_an_event_no_claim_tells():
    from newsgraph.brief.compose import _asserter

    article = Article("d", ["Ivo Marsh accused Orland of poisoning the river.", "Orland denied poisoning the river."])
    article.mention(0, "Ivo Marsh", "marsh")
    article.mention(0, "Orland", "orland")
    event = article.event(0, "accused", "ACCUSE", "marsh", "orland")
    article.claim(1, "Orland", "denied", "poisoning the river", "orland", stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert _asserter(found, event) == "Ivo Marsh"
    assert _asserter({"sides": [{"id": "x", "asserter": "article", "speaker": None}]}, "x") is None


def test_claims_owned_by_a_name_are_that_actors_charge():
    article = Article("d", ["The minister spoke amid Vesta claims that Orland hid losses at its smelter.",
                            "Orland denied hiding any losses at the smelter."])
    article.mention(0, "Vesta", "vesta")
    article.mention(0, "Orland", "orland")
    article.claim(1, "Orland", "denied", "hiding any losses at the smelter", "orland", stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert (found["sides"][0]["asserter"], found["sides"][0]["speaker"]) == ("accuser", "Vesta Holdings")
