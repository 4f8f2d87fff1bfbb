"""Contradictions on records built from short articles written for these tests: real denials
(and what is not one: a rejected bid, "refused to deny", "denied him a visa", "dismissed the
plan as desperate", a denial's own content), cooperation against conflict in one period, and
declined comments against the claim they answer; plus the PLOVER quad table they rest on."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

import newsgraph
from newsgraph.graph.contradiction_rules import ContradictionRules
from newsgraph.graph.contradictions import ContradictionSettings, _is_the_act_of, _with_verb, find_contradictions
from newsgraph.plover import Plover


@dataclass
class Article:
    """A document written sentence by sentence, and the records a build would find in it.
    Offsets come from the text, so every record points at what it says."""

    doc: str
    sentences: list[str]
    title: str = ""
    published: str | None = None
    claims: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    def record(self) -> dict:
        return {"id": self.doc, "path": f"{self.doc}.txt", "title": self.title or self.doc,
                "published": self.published, "text": self.text, "sha256": self.doc}

    def span(self, sentence: int, words: str) -> tuple[int, int]:
        before = len(" ".join(self.sentences[:sentence])) + (1 if sentence else 0)
        start = before + self.sentences[sentence].index(words)
        return start, start + len(words)

    def claim(self, sentence: int, speaker_text: str, cue: str, content: str, speaker: str | None,
              stance: str = "assert", **extra) -> str:
        claim_id = f"{self.doc}:c{len(self.claims)}"
        start, end = self.span(sentence, content)
        self.claims.append({
            "id": claim_id, "doc": self.doc, "start": start, "end": end, "text": content,
            "speaker": speaker, "speaker_text": speaker_text, "speaker_span": list(self.span(sentence, speaker_text)),
            "anonymous": False, "cue": cue, "cue_span": list(self.span(sentence, cue)), "stance": stance,
            "outlet": None, "parent": None, "sentence": sentence, "kind": "indirect",
            "speaker_affiliation": None, "reused": None, "reuse_group": None, **extra})
        return claim_id

    def event(self, sentence: int, trigger: str, type_: str, source: str | None, target: str | None,
              claim: str | None = None, mode: str = "asserted", value: str | None = None, **extra) -> str:
        event_id = f"{self.doc}:e{len(self.events)}"
        start, end = self.span(sentence, self.sentences[sentence])
        self.events.append({
            "id": event_id, "doc": self.doc, "start": start, "end": end, "text": self.sentences[sentence],
            "type": type_, "subtype": None, "trigger": trigger, "trigger_span": list(self.span(sentence, trigger)),
            "source": source, "target": target, "negated": False, "mode": mode,
            "time": {"text": value, "value": value} if value else None, "claim": claim, "sentence": sentence,
            "reused": None, "reuse_group": None, **extra})
        return event_id

    def mention(self, sentence: int, words: str, actor: str) -> None:
        start, end = self.span(sentence, words)
        self.mentions.append({"actor": actor, "doc": self.doc, "start": start, "end": end, "text": words})


def find(*articles: Article, actors=(), settings=None, alone: bool = False) -> list[dict]:
    """The contradictions found; denials listed alone (one-sided) only with ``alone``."""
    found = find_contradictions([e for a in articles for e in a.events], [c for a in articles for c in a.claims],
                                mentions=[m for a in articles for m in a.mentions],
                                documents=[a.record() for a in articles], actors=actors, settings=settings)
    return [c for c in found if alone or c["kind"] != "one_sided_denial"]


def kinds(found) -> list[tuple[str, list[str]]]:
    return [(c["kind"], c["items"]) for c in found]


def actor(actor_id: str, name: str, member_of: tuple[str, ...] = ()) -> dict:
    return {"id": actor_id, "name": name, "affiliations": [{"actor": a, "relation": "member_of"} for a in member_of]}


ACTORS = [actor("orland", "Orland Mining"), actor("vesta", "Vesta Holdings"), actor("kerr", "Dana Kerr", ("orland",)),
          actor("ledger", "The Harbour Ledger"), actor("marsh", "Ivo Marsh")]


def test_plover_has_sixteen_types_in_four_quads():
    plover = Plover.from_data()
    assert len(plover.types) == 16
    assert set(plover.types.values()) == {"verbal_cooperation", "material_cooperation",
                                           "verbal_conflict", "material_conflict"}
    assert plover.side("CONSULT") == "cooperation" and plover.side("COERCE") == "conflict"
    assert plover.quad("RETREAT") == "material_cooperation" and plover.side(None) is None


def test_plover_user_file_extends_the_table(tmp_path):
    extra = tmp_path / "plover.yaml"
    extra.write_text("types:\n  HOST: {quad: verbal_cooperation, description: host a visit}\n")
    assert Plover.from_data([extra]).side("HOST") == "cooperation"


# --- which claims are real denials ---------------------------------------------------------------

def reading(sentence: str, speaker_text: str, cue: str, content: str, stance: str = "deny"):
    article = Article("r", [sentence])
    article.claim(0, speaker_text, cue, content, "x", stance=stance)
    return ContradictionRules.from_data().denial(article.claims[0], article.text)


def test_a_denial_of_a_report_is_a_denial_of_what_the_report_says():
    found = reading("Orland denied reports that it had dumped slurry in the bay.", "Orland", "denied",
                    "reports that it had dumped slurry in the bay")
    assert found.verb == "deny" and found.target == "it had dumped slurry in the bay" and not found.points_back


def test_a_rejected_bid_or_policy_is_not_a_denial():
    assert reading("Vesta rejected a takeover bid from Orland.", "Vesta", "rejected",
                   "a takeover bid from Orland") is None
    assert reading("The council rejected calls for a new harbour tax.", "The council", "rejected",
                   "calls for a new harbour tax") is None
    assert reading("Vesta rejected the claim that its ships were unsafe.", "Vesta", "rejected",
                   "the claim that its ships were unsafe") is not None


def test_refused_to_deny_and_withhold_and_criticism_are_not_denials():
    assert reading("Mr Marsh refused to deny the reports.", "Mr Marsh", "deny", "the reports") is None
    assert reading("Mr Marsh neither confirmed nor denied the story.", "Mr Marsh", "denied", "the story") is None
    assert reading("The border guards denied him entry to the port.", "The border guards", "denied",
                   "him entry to the port") is None
    assert reading("The ministry denied the crew access to the ship.", "The ministry", "denied",
                   "the crew access to the ship") is None
    assert reading("Ms Kerr dismissed the harbour plan as desperate.", "Ms Kerr", "dismissed",
                   "the harbour plan as desperate") is None
    assert reading("Ms Kerr dismissed the story as nonsense.", "Ms Kerr", "dismissed",
                   "the story as nonsense") is not None


def test_untrue_without_a_denial_verb_is_a_denial_that_points_back():
    found = reading("A spokesman told reporters: This story is untrue.", "A spokesman", "told",
                    "This story is untrue", stance="assert")
    assert found is None  # the stance is the attribution stage's to give
    found = reading("A spokesman told reporters: This story is untrue.", "A spokesman", "told",
                    "This story is untrue")
    assert found.points_back and found.target == "This story" and "reported" in found.acts


def test_calling_a_link_an_invention_denies_that_the_two_cooperate():
    found = reading("Mr Marsh said it was an attempt to invent ties between Orland and Vesta.", "Mr Marsh", "said",
                    "it was an attempt to invent ties between Orland and Vesta", stance="assert")
    assert found.link and found.target == "ties between Orland and Vesta"


# --- (a) denial ---------------------------------------------------------------------------------

def slurry_report() -> Article:
    report = Article("ledger1", ["The Harbour Ledger reported that Orland had dumped toxic slurry in the northern bay.",
                                 "Fishermen said catches had fallen."], title="Slurry found in northern bay")
    report.claim(0, "The Harbour Ledger", "reported", "Orland had dumped toxic slurry in the northern bay", "ledger")
    report.mention(0, "Orland", "orland")
    return report


def test_a_denial_in_another_article_of_the_same_proposition():
    denial = Article("orland1", ["Orland denied that it had dumped toxic slurry in the bay.",
                                 "Its shares rose."], title="Orland rejects slurry story")
    denial.claim(0, "Orland", "denied", "that it had dumped toxic slurry in the bay", "orland", stance="deny")
    (found,) = find(slurry_report(), denial, actors=ACTORS)
    assert found["kind"] == "denial" and found["items"] == ["ledger1:c0", "orland1:c0"]
    assert found["summary"].startswith("The Harbour Ledger says “The Harbour Ledger reported that Orland had dumped")
    assert "Orland Mining denies it: “Orland denied that it had dumped toxic slurry in the bay”" in found["summary"]
    assert "(“Slurry found in northern bay”)" in found["summary"] and "(“Orland rejects slurry story”)" in found["summary"]
    assert [s["role"] for s in found["sides"]] == ["asserts", "denies"]
    assert found["sources"] == {"asserts": 1, "denies": 1} and 0 < found["confidence"] <= 1


def test_a_denial_that_points_back_answers_the_report_just_before_it():
    article = Article("d", ["The Harbour Ledger reported that Vesta paid the inspectors.",
                            "Vesta denied the report."])
    article.claim(0, "The Harbour Ledger", "reported", "Vesta paid the inspectors", "ledger")
    article.claim(1, "Vesta", "denied", "the report", "vesta", stance="deny")
    assert kinds(find(article, actors=ACTORS)) == [("denial", ["d:c0", "d:c1"])]


def test_a_bare_that_reaches_only_the_sentence_before():
    article = Article("d", ["Mr Marsh said Vesta would sell the port.", "The port made a loss last year.",
                            "But Vesta denied that."])
    article.claim(0, "Mr Marsh", "said", "Vesta would sell the port", "marsh")
    article.mention(0, "Vesta", "vesta")
    article.claim(2, "Vesta", "denied", "that", "vesta", stance="deny")
    assert find(article, actors=ACTORS) == []


# --- the article's own statement of a charge; one-sided denials; speakers as written ----------------

def test_a_denial_answers_the_charge_the_article_states_in_its_own_words():
    article = Article("d", ["Orland is accused of dumping toxic slurry in the northern bay.",
                            "Fishermen held a meeting on Friday.",
                            "Orland denied dumping any slurry in the bay."], title="Orland slurry row")
    article.mention(0, "Orland", "orland")
    article.claim(2, "Orland", "denied", "dumping any slurry in the bay", "orland", stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert found["kind"] == "denial" and found["items"] == ["d:c0"]  # the article's sentence is no record
    asserting, denying = found["sides"]
    # a passive charge names no accuser: unattributed reports assert it, not the outlet (round 18)
    assert asserting["id"] is None and asserting["role"] == "asserts" and asserting["speaker"] == "unattributed reports"
    assert article.text[asserting["start"]:asserting["end"]].startswith("Orland is accused of dumping")
    assert denying["id"] == "d:c0" and denying["role"] == "denies"
    assert found["summary"].startswith("Unattributed reports say “Orland is accused of dumping toxic slurry")
    assert found["sources"] == {"asserts": 1, "denies": 1}


def test_a_pointing_denial_answers_the_charge_just_before_it_and_a_headline_what_follows():
    article = Article("d", ["Dana Kerr faces charges of fraud over the sale of the port.",
                            "She denies the charges."])
    article.mention(0, "Dana Kerr", "kerr")
    article.claim(1, "She", "denies", "the charges", "kerr", stance="deny")
    assert kinds(find(article, actors=ACTORS)) == [("denial", ["d:c0"])]
    headline = Article("h", ["Vesta rejects merger rumours.", "Vesta is rumoured to be close to a merger with Orland."])
    headline.mention(1, "Vesta", "vesta")
    headline.claim(0, "Vesta", "rejects", "merger rumours", "vesta", stance="deny")
    (found,) = find(headline, actors=ACTORS)
    assert found["sides"][0]["id"] is None and headline.text[found["sides"][0]["start"]:].startswith("Vesta is rumoured")


def test_a_charge_which_the_subject_denies_is_answered_in_its_own_sentence():
    article = Article("d", ["Critics have accused the port board of hiding the losses, a charge which the board denies."])
    article.claim(0, "the board", "denies", "which", None, stance="deny")
    (found,) = find(article, actors=ACTORS)
    asserted = found["sides"][0]
    assert asserted["id"] is None and article.text[asserted["start"]:asserted["end"]].startswith("Critics have accused")
    assert asserted["end"] <= article.text.index("which")
    # a report whose content names the denier as the one who intends something is still a report
    report = Article("r", ["It has long been reported that Ms Kerr intends to sell the port, but she has always denied this."])
    report.mention(0, "Ms Kerr", "kerr")
    report.claim(0, "Ms Kerr", "intends", "to sell the port", "kerr", parent="r:c9")
    report.claim(0, "she", "denied", "this", "kerr", stance="deny")
    assert kinds(find(report, actors=ACTORS)) == [("denial", ["r:c1"])]


def test_the_only_charge_about_the_denier_is_what_it_denies_in_other_words():
    sentences = ["A little-known firm bought the port on Sunday.",
                 "Local papers alleged that the buyer was a front for Vesta.",
                 "Vesta denied that it was behind the purchase."]
    article = Article("d", sentences)
    article.mention(1, "Vesta", "vesta")
    article.claim(2, "Vesta", "denied", "that it was behind the purchase", "vesta", stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert article.text[found["sides"][0]["start"]:].startswith("Local papers alleged")
    # two charges about the denier in other words: which one it answers is not known
    two = Article("t", sentences[:2] + ["Vesta is also suspected of hiding losses."] + sentences[2:])
    two.mention(1, "Vesta", "vesta")
    two.mention(2, "Vesta", "vesta")
    two.claim(3, "Vesta", "denied", "that it was behind the purchase", "vesta", stance="deny")
    assert find(two, actors=ACTORS) == []


def test_the_only_charge_is_left_alone_when_the_article_holds_two_denials():
    # the charge answers the first denial in words; the second denies another report
    article = Article("d", ["Local papers alleged that Vesta was behind the purchase of the port.",
                            "Vesta denied making the purchase of the port.",
                            "Vesta also denied reports that its chief had been paid a bonus."])
    article.mention(0, "Vesta", "vesta")
    article.claim(1, "Vesta", "denied", "making the purchase of the port", "vesta", stance="deny")
    article.claim(2, "Vesta", "denied", "reports that its chief had been paid a bonus", "vesta", stance="deny")
    found = find(article, actors=ACTORS)
    assert [c["items"] for c in found] == [["d:c0"]]  # the bonus denial has no counterpart
    assert article.text[found[0]["sides"][0]["start"]:].startswith("Local papers alleged")


def test_an_inquiry_into_whether_is_the_charge_a_pointing_denial_answers():
    article = Article("d", ["The regulator is investigating claims that Orland misled its lenders.",
                            "It is also looking into whether Orland hid losses at its port unit.",
                            "Orland has rejected the charge."])
    article.mention(0, "Orland", "orland")
    article.mention(1, "Orland", "orland")
    article.claim(2, "Orland", "rejected", "the charge", "orland", stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert article.text[found["sides"][0]["start"]:].startswith("It is also looking into whether")


def test_a_denier_named_by_a_description_answers_the_charge_naming_it_so():
    article = Article("d", ["A business daily claimed that the banks will merge next year.",
                            "The banks denied that they are about to link up."])
    article.claim(0, "A business daily", "claimed", "the banks will merge next year", None)
    article.claim(1, "The banks", "denied", "that they are about to link up", None, stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert found["items"] == ["d:c0", "d:c1"]


def test_a_denial_of_that_quote_answers_the_charge_just_before_it():
    article = Article("d", ["Critics alleged that Vesta had hidden losses at the port for years.",
                            "A new book claimed that Dana Kerr told Ivo Marsh: I will never trust you.",
                            "Ivo Marsh denied Dana Kerr made that quote."])
    for sentence, words, who in ((0, "Vesta", "vesta"), (1, "Dana Kerr", "kerr"), (1, "Ivo Marsh", "marsh"),
                                 (2, "Dana Kerr", "kerr")):
        article.mention(sentence, words, who)
    article.claim(2, "Ivo Marsh", "denied", "Dana Kerr made that quote", "marsh", stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert article.text[found["sides"][0]["start"]:].startswith("A new book claimed")


def test_a_named_pointing_denial_answers_a_claim_earlier_in_its_sentence():
    article = Article("d", ["Critics say the Harbour Club is secretive, but its members reject such claims."])
    article.claim(0, "Critics", "say", "the Harbour Club is secretive", None)
    article.claim(0, "its members", "reject", "such claims", None, stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert found["items"] == ["d:c0", "d:c1"]


def test_a_common_word_of_a_name_does_not_name_the_denier():
    # "Orland Mining" is not named by "the mining ministry"; "mining" is written in lower case often
    filler = [Article(f"f{i}", [f"Traders said the mining output rose by {i} tonnes."]) for i in range(300)]
    for article in filler:
        article.claim(0, "Traders", "said", "the mining output rose", None)
    article = Article("d", ["A daily reported that the Mining Ministry gave the licence to a foreign firm.",
                            "Orland Mining denied that it was the firm concerned."])
    article.claim(1, "Orland Mining", "denied", "that it was the firm concerned", None, stance="deny")
    assert find(article, *filler, actors=ACTORS) == []


def test_which_he_denies_is_denied_by_the_one_charged_not_the_last_name_before():
    people = ACTORS + [{"id": "tor", "name": "Tor Lund", "kind": "PERSON", "affiliations": []},
                       {"id": "ben", "name": "Ben Ash", "kind": "PERSON", "affiliations": []}]
    article = Article("d", ["The singer Tor Lund fought with his drummer Ben Ash on stage.",
                            "On Friday Lund faced fraud charges in court, which he denies."])
    article.mention(0, "Tor Lund", "tor")
    article.mention(0, "Ben Ash", "ben")
    article.claim(1, "he", "denies", "which", "ben", stance="deny")  # the pronoun resolved to the last name
    (found,) = find(article, actors=people)
    assert found["sides"][-1]["speaker"] == "Tor Lund" and "Tor Lund denies it" in found["summary"]


def test_an_inquiry_is_the_articles_charge_not_a_claim_by_those_it_names():
    article = Article("d", ["The regulator is looking into whether the two directors knew of the Vesta bid.",
                            "Orland has rejected the charge."])
    article.mention(0, "Vesta", "vesta")
    article.claim(0, "the two directors", "knew", "of the Vesta bid", None)
    article.claim(1, "Orland", "rejected", "the charge", "orland", stance="deny")
    article.mention(0, "the two directors", "orland")
    (found,) = find(article, actors=ACTORS)
    assert found["sides"][0]["id"] is None and found["summary"].startswith("“d” reports “The regulator is looking")


def test_a_fear_of_what_is_denied_is_no_charge():
    article = Article("d", ["The studio feared that any violence in the film would hurt sales.",
                            "Ivo Marsh denied there was violence in the film."])
    article.claim(0, "The studio", "feared", "that any violence in the film would hurt sales", "ledger")
    article.claim(1, "Ivo Marsh", "denied", "there was violence in the film", "marsh", stance="deny")
    assert find(article, actors=ACTORS) == []
    said = Article("s", ["The studio said there was violence in the film.", article.sentences[1]])
    said.claim(0, "The studio", "said", "there was violence in the film", "ledger")
    said.claim(1, "Ivo Marsh", "denied", "there was violence in the film", "marsh", stance="deny")
    assert [c["items"] for c in find(said, actors=ACTORS)] == [["s:c0", "s:c1"]]


def test_a_doubled_consonant_is_cut_before_comparing_words():
    from newsgraph.graph.propositions import content_words
    assert content_words("they were planning cuts") & content_words("the plans for cuts") >= {"plan"}
    assert content_words("passes") == content_words("passing")


def test_a_statement_about_others_must_hold_every_denied_word():
    # Orland's words share "campaign" and "engaged" with the denial but are about the press
    article = Article("d", ["Ivo Marsh said the press had engaged in a campaign of trivial stories.",
                            "The reports came as Vesta denied engaging in personal campaigning."])
    article.mention(0, "Ivo Marsh", "marsh")
    article.claim(0, "Ivo Marsh", "said", "the press had engaged in a campaign of trivial stories", "marsh")
    article.claim(1, "Vesta", "denied", "engaging in personal campaigning", "vesta", stance="deny")
    assert find(article, actors=ACTORS) == []


def test_the_article_is_no_other_side_without_a_stated_charge_about_the_denier():
    # the allegations only named, not stated; the denier's own account; another actor's charge
    article = Article("d", ["The allegations against Orland came out only now.",
                            "Orland claims it has been cleared of dumping slurry.",
                            "Vesta is accused of dumping slurry in the bay.",
                            "Orland denied dumping slurry in the bay."])
    article.mention(0, "Orland", "orland")
    article.mention(1, "Orland", "orland")
    article.mention(2, "Vesta", "vesta")
    article.claim(1, "Orland", "claims", "it has been cleared of dumping slurry", "orland")
    article.claim(3, "Orland", "denied", "dumping slurry in the bay", "orland", stance="deny")
    assert find(article, actors=ACTORS) == []


def test_a_denial_without_a_counterpart_is_listed_alone_with_whose_claim_it_answers():
    article = Article("d", ["Vesta denied Orland claims that it hid its losses.", "Its shares fell."], title="Vesta row")
    article.mention(0, "Orland", "orland")
    article.claim(0, "Vesta", "denied", "Orland claims that it hid its losses", "vesta", stance="deny")
    assert find(article, actors=ACTORS) == []
    (alone,) = find(article, actors=ACTORS, alone=True)
    assert alone["kind"] == "one_sided_denial" and alone["items"] == ["d:c0"] and alone["against"] == ["orland"]
    assert alone["summary"].startswith("Vesta Holdings denies what Orland Mining claim: “Vesta denied Orland claims")
    assert alone["summary"].endswith("no statement of what is denied was found.")
    assert [s["role"] for s in alone["sides"]] == ["denies"] and alone["sources"] == {"denies": 1}


def test_speakers_are_shown_without_glued_date_words_and_as_written_under_a_title():
    article = Article("d", ["The Harbour Ledger reported that Lord Marsh sold the port to Vesta.",
                            "On Tuesday Mr Kerr denied the report."])
    article.claim(0, "The Harbour Ledger", "reported", "Lord Marsh sold the port to Vesta", "ledger")
    article.mention(0, "Lord Marsh", "marsh")
    article.claim(1, "On Tuesday Mr Kerr", "denied", "the report", None, stance="deny")
    (found,) = find(article, actors=ACTORS)
    assert found["sides"][1]["speaker"] == "Mr Kerr" and "; Mr Kerr denies it" in found["summary"]
    lord = Article("l", ["Lord Marsh denied that the port was sold to Vesta.", "Its shares fell."])
    lord.claim(0, "Lord Marsh", "denied", "that the port was sold to Vesta", "marsh", stance="deny")
    (alone,) = find(lord, actors=ACTORS, alone=True)  # resolved to "Ivo Marsh", a name the article never writes
    assert alone["summary"].startswith("Lord Marsh denies: ")
    other = Article("o", ["Vesta denied that the port was sold.", "Its shares fell."])
    other.claim(0, "Vesta", "denied", "that the port was sold", "orland", stance="deny")  # resolved to another firm
    (alone,) = find(other, actors=ACTORS, alone=True)
    assert alone["summary"].startswith("Vesta denies: ")


def test_not_paired_with_itself_its_content_its_act_or_its_copy():
    article = Article("d", ["Orland denied that it had dumped toxic slurry in the northern bay."])
    denial = article.claim(0, "Orland", "denied", "that it had dumped toxic slurry in the northern bay", "orland",
                           stance="deny")
    article.event(0, "dumped", "ASSAULT", "orland", None, claim=denial, mode="denied")
    article.event(0, "denied", "REJECT", "orland", None)
    copy = Article("copy", ["Orland denied that it had dumped toxic slurry in the northern bay."])
    copy.claim(0, "Orland", "denied", "that it had dumped toxic slurry in the northern bay", "orland",
               stance="deny", reuse_group=3)
    copy.event(0, "dumped", "ASSAULT", "orland", None, reuse_group=3)
    article.claims[0]["reuse_group"] = 3
    assert find(article, copy, actors=ACTORS) == []


def test_the_same_speaker_or_side_does_not_contradict_itself():
    report = slurry_report()
    report.claims[0]["speaker"] = "kerr"  # an Orland manager says it: the same side as Orland
    denial = Article("orland1", ["Orland denied that it had dumped toxic slurry in the bay."])
    denial.claim(0, "Orland", "denied", "that it had dumped toxic slurry in the bay", "orland", stance="deny")
    assert find(report, denial, actors=ACTORS) == []


def test_a_rejected_bid_against_the_bid_is_no_contradiction():
    article = Article("bid", ["Orland said it had offered 40 pence a share for Vesta.",
                              "Vesta rejected the offer from Orland."])
    article.claim(0, "Orland", "said", "it had offered 40 pence a share for Vesta", "orland")
    article.mention(0, "Vesta", "vesta")
    article.claim(1, "Vesta", "rejected", "the offer from Orland", "vesta", stance="deny")
    assert find(article, actors=ACTORS) == []


def test_refused_to_deny_is_no_contradiction():
    article = Article("d", ["The Harbour Ledger reported that Vesta paid the inspectors.",
                            "Vesta refused to deny the report."])
    article.claim(0, "The Harbour Ledger", "reported", "Vesta paid the inspectors", "ledger")
    article.claim(1, "Vesta", "deny", "the report", "vesta", stance="deny")
    assert find(article, actors=ACTORS) == []


def test_other_words_about_the_same_actor_are_another_proposition():
    report = Article("r", ["The Harbour Ledger reported that Orland opened a new school near the quarry."])
    report.claim(0, "The Harbour Ledger", "reported", "Orland opened a new school near the quarry", "ledger")
    report.mention(0, "Orland", "orland")
    denial = Article("orland1", ["Orland denied that it had dumped toxic slurry in the bay."])
    denial.claim(0, "Orland", "denied", "that it had dumped toxic slurry in the bay", "orland", stance="deny")
    assert find(report, denial, actors=ACTORS) == []


def test_a_denied_report_joins_other_reports_of_the_same_event():
    first = Article("a", ["The Harbour Ledger reported that a Vesta envoy met Orland in the port.",
                          "Orland denied the report."])
    report = first.claim(0, "The Harbour Ledger", "reported", "a Vesta envoy met Orland in the port", "ledger")
    first.event(0, "met", "CONSULT", "vesta", "orland", claim=report)
    first.claim(1, "Orland", "denied", "the report", "orland", stance="deny")
    second = Article("b", ["Mr Marsh said the Vesta envoy had met Orland officials last month."])
    said = second.claim(0, "Mr Marsh", "said", "the Vesta envoy had met Orland officials last month", "marsh")
    second.event(0, "met", "CONSULT", "vesta", "orland", claim=said)
    (found,) = find(first, second, actors=ACTORS)
    assert found["items"] == ["a:c0", "b:e0", "a:c1"]
    # "Mr Marsh" as written: the article never gives the full name it was resolved to
    assert [s["speaker"] for s in found["sides"]] == ["The Harbour Ledger", "Mr Marsh", "Orland Mining"]
    assert found["sources"] == {"asserts": 2, "denies": 1}


# --- (b) cooperation against conflict -------------------------------------------------------

def dated(doc: str, source: str, target: str, type_: str, value: str | None = None, **extra) -> Article:
    article = Article(doc, [f"{source} and {target} acted."], published=extra.pop("published", None))
    article.event(0, "acted", type_, source, target, value=value, **extra)
    return article


def test_cooperation_and_conflict_of_one_pair_in_one_period():
    found = find(dated("d1", "hamas", "egypt", "CONSULT", "2016-01-03"),
                 dated("d2", "egypt", "hamas", "COERCE", "2016-01-20"),
                 dated("d3", "hamas", "egypt", "AGREE", "2016-06-01"),
                 dated("d4", "hamas", "israel", "ASSAULT", "2016-01-05"))
    assert kinds(found) == [("cooperation_vs_conflict", ["d1:e0", "d2:e0"])]
    assert found[0]["actors"] == ["egypt", "hamas"]
    assert found[0]["cooperation"] == ["d1:e0"] and found[0]["conflict"] == ["d2:e0"]
    assert found[0]["period"] == ["2016-01-03", "2016-01-20"]
    assert "cooperate and clash between 2016-01-03 and 2016-01-20" in found[0]["summary"]


def test_undated_events_take_their_documents_date_or_are_left_out():
    found = find(dated("d1", "hamas", "egypt", "COOPERATE", published="2016-01-05"),
                 dated("d2", "hamas", "egypt", "ACCUSE", published="2016-01-09"),
                 dated("d3", "hamas", "egypt", "THREATEN"))
    assert kinds(found) == [("cooperation_vs_conflict", ["d1:e0", "d2:e0"])]


def test_hypothetical_and_far_apart_events_do_not_contradict():
    articles = [dated("d1", "hamas", "egypt", "AGREE", "2016-01-03", mode="hypothetical"),
                dated("d2", "egypt", "hamas", "COERCE", "2016-01-04"),
                dated("d3", "hamas", "egypt", "AGREE", "2016-09-01")]
    assert find(*articles) == []
    assert find(*articles, settings=ContradictionSettings(period_days=400)) != []


def test_event_confidence_is_read_when_present():
    (found,) = find(dated("d1", "hamas", "egypt", "CONSULT", "2016-01-03", confidence=0.4),
                    dated("d2", "egypt", "hamas", "COERCE", "2016-01-20"))
    assert found["confidence"] == 0.4


# --- (c) declined comment ---------------------------------------------------------------------

def test_a_claim_and_its_subject_declining_to_comment_on_it():
    article = Article("d", ["The Harbour Ledger said Vesta was in talks to sell its tankers.",
                            "Vesta declined to comment."], title="Vesta tanker sale talk")
    article.claim(0, "The Harbour Ledger", "said", "Vesta was in talks to sell its tankers", "ledger")
    article.mention(0, "Vesta", "vesta")
    # a no-comment on no topic has an empty content where its words end, as the build writes it
    article.claim(1, "Vesta", "declined", "", "vesta", stance="decline_comment")
    end = article.span(1, "declined to comment")[1]
    article.claims[-1].update(start=end, end=end)
    (found,) = find(article, actors=ACTORS)
    assert found["kind"] == "declined_comment" and found["items"] == ["d:c0", "d:c1"]
    assert found["summary"] == ("The Harbour Ledger says “The Harbour Ledger said Vesta was in talks to sell its "
                                "tankers” (“Vesta tanker sale talk”); Vesta Holdings declines to comment: "
                                "“Vesta declined to comment” (“Vesta tanker sale talk”).")


def test_silence_about_another_subject_or_a_withheld_detail_is_not_listed():
    article = Article("d", ["The Harbour Ledger said Vesta was in talks to sell its tankers.",
                            "Orland declined to comment.", "Vesta did not say how much the tankers were worth."])
    article.claim(0, "The Harbour Ledger", "said", "Vesta was in talks to sell its tankers", "ledger")
    article.mention(0, "Vesta", "vesta")
    article.claim(1, "Orland", "declined", "declined to comment", "orland", stance="decline_comment")
    article.claim(2, "Vesta", "say", "how much the tankers were worth", "vesta", stance="decline_comment")
    assert find(article, actors=ACTORS) == []


def test_silence_on_a_named_topic_or_far_from_the_claim_is_not_listed():
    article = Article("d", ["The Harbour Ledger said Vesta was in talks to sell its tankers.",
                            "Prices rose.", "Trade was thin.", "Traders were calm.", "Ships sailed.",
                            "Vesta declined to comment.",
                            "Vesta refused to discuss the new role of its chairman."])
    article.claim(0, "The Harbour Ledger", "said", "Vesta was in talks to sell its tankers", "ledger")
    article.mention(0, "Vesta", "vesta")
    article.claim(5, "Vesta", "declined", "declined to comment", "vesta", stance="decline_comment")
    article.claim(6, "Vesta", "refused", "refused to discuss the new role of its chairman", "vesta",
                  stance="decline_comment")
    assert find(article, actors=ACTORS) == []


def test_a_passive_accusation_of_lying_is_no_denial():
    assert reading("Orland accused of lying to the court.", "Orland", "accused", "lying to the court",
                   stance="deny") is None
    found = reading("Orland accused the paper of inventing the story.", "Orland", "accused",
                    "the paper of inventing the story")
    assert found is not None


def test_denying_that_her_view_meant_something_is_a_denial():
    found = reading("She denied her faith meant she would refuse the post.", "She", "denied",
                    "her faith meant she would refuse the post")
    assert found is not None and found.target == "her faith meant she would refuse the post"
    assert reading("They denied her a visa.", "They", "denied", "her a visa") is None


def test_an_accusation_of_lying_with_no_story_found_is_not_listed_alone():
    article = Article("d", ["Ivo Marsh accused Dana Kerr of lying.", "The club said nothing."])
    article.claim(0, "Ivo Marsh", "accused", "Dana Kerr of lying", "marsh", stance="deny")
    assert find(article, actors=ACTORS, alone=True) == []
    denial = Article("e", ["Ivo Marsh denied taking the money.", "The club said nothing."])
    denial.claim(0, "Ivo Marsh", "denied", "taking the money", "marsh", stance="deny")
    assert [c["kind"] for c in find(denial, actors=ACTORS, alone=True)] == ["one_sided_denial"]


def test_no_merit_is_a_denial_that_points_back():
    found = reading("The network said the claims had no merit.", "The network", "said",
                    "the claims had no merit")
    assert found.points_back and found.target == "the claims"


def test_nothing_in_nothing_out():
    assert find_contradictions([], []) == []


def test_the_denial_verb_itself_is_not_what_the_denial_contradicts():
    denial = {"id": "d:c1", "doc": "d", "cue_span": [6, 12]}
    assert _is_the_act_of({"id": "d:e1", "doc": "d", "trigger_span": [6, 12]}, denial)
    assert not _is_the_act_of({"id": "d:e2", "doc": "d", "trigger_span": [30, 36]}, denial)
    assert not _is_the_act_of({"id": "x:e1", "doc": "x", "trigger_span": [6, 12]}, denial)


# --- the whole build, on articles written for this test and on the seeds ------------------------

ARTICLES = {
    "ledger.txt": "Slurry found in northern bay\n\nThe Harbour Ledger reported on Monday that Orland Mining had "
                  "dumped toxic slurry in the northern bay near Port Avel. Local fishermen said their catches "
                  "had fallen sharply since the spring.\n",
    "orland.txt": "Orland Mining rejects slurry story\n\nOrland Mining denied that it had dumped toxic slurry in "
                  "the northern bay. The company said its waste was stored safely at the quarry.\n\nSeparately, "
                  "Vesta Holdings rejected a takeover bid from Orland Mining on Tuesday. Vesta chairman Ivo Marsh "
                  "refused to deny reports that the firm would close its port office.\n",
    "tankers.txt": "Vesta tanker sale talk\n\nThe Harbour Ledger said Vesta Holdings was in talks to sell its "
                   "three oil tankers to a Greek shipping group. Vesta Holdings declined to comment.\n",
}


@pytest.fixture(scope="module")
def written_build(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return newsgraph.build(corpus, out=tmp_path_factory.mktemp("out"))


def said(graph, record_id: str) -> str:
    return next(r["text"] for r in [*graph.claims, *graph.events] if r["id"] == record_id)


def test_build_pairs_a_report_with_its_denial_and_a_claim_with_its_silence(written_build):
    found = {c["kind"]: c for c in written_build.contradictions}
    assert set(found) == {"denial", "declined_comment"}
    denial = found["denial"]
    assert [said(written_build, i) for i in denial["items"]] == [
        "Orland Mining had dumped toxic slurry in the northern bay near Port Avel",
        "it had dumped toxic slurry in the northern bay"]
    assert "Orland Mining denies it" in denial["summary"] and "(“Slurry found in northern bay”)" in denial["summary"]
    silence = found["declined_comment"]
    assert said(written_build, silence["items"][1]) == ""  # no topic: nothing said, on nothing
    assert "Vesta Holdings declines to comment" in silence["summary"]


def test_build_lists_no_rejected_bid_and_no_refusal_to_deny(written_build):
    listed = {i for c in written_build.contradictions for i in c["items"]}
    texts = {said(written_build, i) for i in listed}
    assert not any("takeover bid" in t or "port office" in t for t in texts)


@pytest.fixture(scope="module")
def seeds_graph(seeds_dir, tmp_path_factory):
    return newsgraph.build(seeds_dir, out=tmp_path_factory.mktemp("seeds"))


def denial_of(graph, words: str) -> dict:
    return next(c for c in graph.contradictions if c["kind"] == "denial"
                and any(words in said(graph, i) for i in c["items"][-2:]))


def test_seeds_hamas_denial_of_the_meeting_report_stands_against_channel_2(seeds_graph):
    found = denial_of(seeds_graph, "This talk is untrue")
    asserted = [said(seeds_graph, s["id"]) for s in found["sides"] if s["role"] == "asserts"]
    assert any("Channel 2" in text and "meet with Hamas leaders" in text for text in asserted)
    assert any("ISIS commander from the Sinai visited the Gaza Strip" in text for text in asserted)
    assert found["sources"]["asserts"] >= 2


def test_seeds_the_invented_link_stands_against_the_think_tank_report(seeds_graph):
    found = denial_of(seeds_graph, "make up an affinity")
    asserted = [said(seeds_graph, s["id"]) for s in found["sides"] if s["role"] == "asserts"]
    assert any("IS Sinai helped Hamas move weapons" in text for text in asserted)
    assert found["sources"]["asserts"] >= 2


def test_a_denial_told_in_the_headline_and_again_in_the_lead_is_listed_once():
    article = Article("d", ["Vesta denies hiding mine losses.",
                            "Vesta has denied hiding losses at its copper mine from investors.",
                            "Its shares fell."])
    article.claim(0, "Vesta", "denies", "hiding mine losses", "vesta", stance="deny")
    article.claim(1, "Vesta", "denied", "hiding losses at its copper mine from investors", "vesta", stance="deny")
    (alone,) = find(article, actors=ACTORS, alone=True)
    assert alone["items"] == ["d:c0", "d:c1"] and alone["sources"] == {"denies": 1}


def test_two_different_denials_by_one_denier_in_one_article_stay_apart():
    article = Article("d", ["Vesta denied hiding losses at its copper mine.",
                            "Vesta also denied paying the regulator's staff for favours."])
    article.claim(0, "Vesta", "denied", "hiding losses at its copper mine", "vesta", stance="deny")
    article.claim(1, "Vesta", "denied", "paying the regulator's staff for favours", "vesta", stance="deny")
    assert [c["items"] for c in find(article, actors=ACTORS, alone=True)] == [["d:c0"], ["d:c1"]]


def test_a_plural_speaker_takes_a_plural_verb_and_a_name_keeps_the_singular():
    article = Article("d", ["Port officials denied hiding the spill.", "Orland denied hiding the spill too."])
    article.claim(0, "Port officials", "denied", "hiding the spill", None, stance="deny")
    article.claim(1, "Orland", "denied", "hiding the spill too", "orland", stance="deny")
    summaries = sorted(c["summary"] for c in find(article, actors=ACTORS, alone=True))
    assert summaries[0].startswith("Orland Mining denies: ") and summaries[1].startswith("Port officials deny: ")
    assert _with_verb("Two spokesmen", "says", "say") == "Two spokesmen say" and _with_verb("Mr Jones", "says", "say") == "Mr Jones says"


def test_denied_the_charges_does_not_answer_a_report_of_another_claim():
    article = Article("d", ["Dana Kerr was held after police were called in response to claims that a guard had been hit.",
                            "Her lawyer said she strenuously denied the charges."])
    article.mention(0, "Dana Kerr", "kerr")
    article.event(0, "hit", "ASSAULT", None, "kerr")
    article.claim(1, "she", "denied", "the charges", "kerr", stance="deny")
    assert [c for c in find(article, actors=ACTORS) if c["kind"] == "denial"] == []
