"""The attribution stage, one construction per test, on short fictional sentences written here.

Each test runs the real per-document stages (spaCy parse, mentions, claims) and checks the
claim's speaker words, stance, anonymity, cue, outlet, content and nesting.
"""

from __future__ import annotations

import pytest

from newsgraph.attribution import ClaimFinder, CueLexicon, link_events, sourcing_profile
from newsgraph.attribution.quotes import find_quotes
from newsgraph.errors import NewsgraphError
from newsgraph.model import Event, content_of


def claims_of(analyze, text: str):
    result = analyze(text)
    for claim in result.claims:  # the contract: every span slices the document text
        assert content_of(text, claim.start, claim.end, claim.pieces) == claim.text  # pieces: joined
        if claim.speaker_span is not None:  # a claim with no named source has none
            assert text[slice(*claim.speaker_span)] == claim.speaker_text
        assert text[slice(*claim.cue_span)] == claim.cue
        if claim.outlet is not None:
            assert text[slice(*claim.outlet_span)] == claim.outlet
    return result


def only(claims, **fields):
    matches = [c for c in claims if all(getattr(c, k) == v for k, v in fields.items())]
    assert len(matches) == 1, [(c.speaker_text, c.cue, c.text) for c in claims]
    return matches[0]


def speaker_name(result, claim):
    return result.mentions[claim.speaker].full_name if claim.speaker is not None else None


def test_indirect_speech_with_that_clause_and_outlet(analyze):
    result = claims_of(analyze, "Mayor Ingrid Halvorsen told Reuters that the bridge would open in May.")
    claim = only(result.claims, cue="told")
    assert claim.text == "the bridge would open in May"
    assert claim.speaker_text == "Mayor Ingrid Halvorsen"
    assert speaker_name(result, claim) == "Ingrid Halvorsen"
    assert claim.outlet == "Reuters"
    assert (claim.stance, claim.anonymous, claim.kind) == ("assert", False, "indirect")
    assert claim.id == "test.txt:c0" or claim.id.endswith(":c0")


def test_confirmed_to_outlet(analyze):
    result = claims_of(analyze, "Daniel Ferreira, a senior union official, confirmed to Reuters that the strike was over.")
    claim = only(result.claims, cue="confirmed")
    assert claim.speaker_text == "Daniel Ferreira"
    assert claim.outlet == "Reuters"
    assert claim.text == "the strike was over"


def test_direct_quote_with_inverted_said(analyze):
    result = claims_of(analyze, "“We will not sign this agreement,” said Lara Okonkwo, the foreign minister.")
    claim = only(result.claims, cue="said")
    assert claim.text == "We will not sign this agreement"
    assert claim.speaker_text == "Lara Okonkwo"
    assert claim.kind == "direct"


def test_split_quote_is_one_claim(analyze):
    text = "“The first day was difficult,” Tomas Berg said, “but nobody walked out of the room.”"
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    # start/end is the first piece and never holds the cue; every piece is listed, and the text
    # a reader is shown joins them
    assert text[claim.start:claim.end] == "The first day was difficult"
    assert claim.text == "The first day was difficult … but nobody walked out of the room."
    assert [text[s:e] for s, e in claim.pieces] == ["The first day was difficult",
                                                    "but nobody walked out of the room."]
    assert claim.speaker_text == "Tomas Berg"


def test_quote_going_on_after_its_cue_sentence_is_one_claim(analyze):
    text = ("“We waited three hours at the gate,” said Mira Solberg. “Then the guards sent everyone home.”\n"
            "“Nobody explained anything,” she added.")
    result = claims_of(analyze, text)
    said = only(result.claims, cue="said")
    assert text[said.start:said.end] == "We waited three hours at the gate"  # the first piece
    assert text[slice(*said.pieces[-1])] == "Then the guards sent everyone home."
    assert only(result.claims, cue="added").text == "Nobody explained anything"


def test_straight_quotes(analyze):
    result = claims_of(analyze, 'Lena Hordak said: "The border is the main supply line."')
    claim = only(result.claims, cue="said")
    assert claim.text == "The border is the main supply line."
    assert claim.speaker_text == "Lena Hordak"


def test_multi_paragraph_quote_and_continuation(analyze):
    text = ("“We are building our strength above the ground and below it,” Miguel Santos said at the rally.\n\n"
            "“We are doing it for the whole region.\n\n"
            "“Nobody will stop the workers.”\n")
    result = claims_of(analyze, text)
    # one attribution whose words go on over paragraphs: one claim, the later paragraphs its pieces
    claim = only(result.claims, speaker_text="Miguel Santos")
    assert (text[claim.start:claim.end], claim.cue) == ("We are building our strength above the ground and below it", "said")
    assert [text[s:e] for s, e in claim.pieces][1:] == ["We are doing it for the whole region.\n\n“Nobody will stop the workers."]


def test_he_added_colon_introduces_the_quote(analyze):
    text = ("Union leader Miguel Santos announced that the strike had ended. He added:\n\n"
            "“The dock workers will return on Monday.”\n")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="added")
    assert claim.text == "The dock workers will return on Monday."
    assert claim.speaker_text == "He"
    assert speaker_name(result, claim) == "Miguel Santos"


def test_pronoun_speaker_resolves_to_the_last_named_person(analyze):
    text = ("Councillor Tomas Berg questioned the cost of the bridge. "
            "He said the council had never seen the contract.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert claim.speaker_text == "He"
    assert speaker_name(result, claim) == "Tomas Berg"
    assert claim.anonymous is False


def test_according_to_named_source(analyze):
    result = claims_of(analyze, "According to Petra Vanek, the shipment contained rifles and radios.")
    claim = only(result.claims, cue="According to")
    assert claim.text == "the shipment contained rifles and radios"
    assert claim.speaker_text == "Petra Vanek"
    assert claim.kind == "according_to"


def test_according_to_at_the_end_with_anonymous_sources(analyze):
    text = "The group has shared its rocket designs with other factions, according to security sources familiar with the matter."
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="according to")
    assert claim.text == "The group has shared its rocket designs with other factions"
    assert claim.speaker_text == "security sources familiar with the matter"
    assert claim.anonymous is True


def test_this_according_to_points_at_the_paragraph_before(analyze):
    text = ("The Karst Front and the army are negotiating a truce.\n\n"
            "This according to sources in the Karst Front with knowledge of the talks.\n")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="according to")
    assert claim.text == "The Karst Front and the army are negotiating a truce."
    assert claim.anonymous is True
    assert result.mentions[claim.speaker_affiliation].text.endswith("Karst Front")


def test_anonymous_sources_in_a_body(analyze):
    result = claims_of(analyze, "Sources in Hamas told Reuters that the talks were ongoing.")
    claim = only(result.claims, cue="told")
    assert claim.speaker_text == "Sources in Hamas"
    assert claim.anonymous is True and claim.speaker is None
    assert result.mentions[claim.speaker_affiliation].text == "Hamas"
    assert claim.outlet == "Reuters"


def test_anonymous_senior_operative_with_affiliation(analyze):
    result = claims_of(analyze, "A senior Hamas operative said that the shipment was seized last week.")
    claim = only(result.claims, cue="said")
    assert claim.speaker_text == "A senior Hamas operative"
    assert claim.anonymous is True
    assert result.mentions[claim.speaker_affiliation].text == "Hamas"


def test_nationality_sources_are_anonymous(analyze):
    result = claims_of(analyze, "Palestinian sources said the mediator met the prisoners in January.")
    claim = only(result.claims, cue="said")
    assert (claim.speaker_text, claim.anonymous) == ("Palestinian sources", True)
    assert result.mentions[claim.speaker_affiliation].text == "Palestinian"


def test_speaking_to_outlet_and_adding_that(analyze):
    text = "Speaking to Reuters, a senior police official confirmed the arrests, adding that two suspects had fled."
    result = claims_of(analyze, text)
    confirmed = only(result.claims, cue="confirmed")
    assert confirmed.text == "the arrests"
    assert confirmed.outlet == "Reuters"
    assert confirmed.anonymous is True
    adding = only(result.claims, cue="adding")
    assert adding.text == "two suspects had fled"
    assert adding.speaker_text == "a senior police official"


def test_document_as_source_with_author(analyze):
    text = ("“Most rifles cross through the mountain passes,” stated a report by the Meridian Institute for "
            "Security Studies.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="stated")
    assert claim.kind == "document"
    assert claim.speaker_text == "a report by the Meridian Institute for Security Studies"
    assert "Meridian Institute" in speaker_name(result, claim)
    assert claim.text == "Most rifles cross through the mountain passes"


def test_said_in_a_report_is_a_document_source(analyze):
    text = "The Meridian Institute said in a report released in January that most weapons crossed from Kemaria."
    result = claims_of(analyze, text)
    claim = only(result.claims, text="most weapons crossed from Kemaria")
    assert claim.kind == "document"


def test_video_entitled_is_a_document_claim(analyze):
    text = "In July, the Media Office of the Ridge Brigades released a video entitled “Our answer to Tessel.”"
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="released")
    assert claim.kind == "document"
    assert claim.text == "Our answer to Tessel"
    assert "Media Office" in claim.speaker_text


def test_denial_by_verb(analyze):
    result = claims_of(analyze, "The Karst Front denied the report.")
    claim = only(result.claims, cue="denied")
    assert (claim.stance, claim.text, claim.speaker_text) == ("deny", "the report", "The Karst Front")


def test_rejected_the_report_is_a_denial(analyze):
    result = claims_of(analyze, "Kemari officials rejected the report.")
    claim = only(result.claims, cue="rejected")
    assert claim.stance == "deny"
    assert claim.anonymous is True


def test_denial_by_content_and_outlet_reporters(analyze):
    text = "The ministry denied the report, with spokesman Karel Novak telling reporters, “This talk is untrue.”"
    result = claims_of(analyze, text)
    telling = only(result.claims, cue="telling")
    assert telling.stance == "deny"
    assert telling.text == "This talk is untrue."
    assert telling.outlet == "reporters"
    assert "Karel Novak" in telling.speaker_text
    denied = only(result.claims, cue="denied")
    assert (denied.stance, denied.text) == ("deny", "the report")


def test_blamed_the_media_for_making_up_is_a_denial(analyze):
    text = "Rania Saleem blamed the media for making up a link between the group and the smugglers."
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="blamed")
    assert claim.stance == "deny"
    assert claim.text.startswith("the media for making up")


@pytest.mark.parametrize("sentence, cue", [
    ("The Defense Ministry declined to comment on the casualties.", "declined"),
    ("The Defense Ministry refused to comment on the casualties.", "refused"),
    ("The Defense Ministry did not respond to requests for comment.", "respond"),
    ("The Defense Ministry would not comment on the casualties.", "comment"),
])
def test_no_comment(analyze, sentence, cue):
    result = claims_of(analyze, sentence)
    claim = only(result.claims, cue=cue)
    assert claim.stance == "decline_comment"
    assert claim.speaker_text == "The Defense Ministry"


@pytest.mark.parametrize("sentence, words", [
    ("Tarsis Bank declined to comment, saying it did not discuss its clients.", "Tarsis Bank declined to comment"),
    ("The Defense Ministry did not respond to requests for comment.",
     "The Defense Ministry did not respond to requests for comment"),
])
def test_no_comment_on_nothing_has_an_empty_content_after_its_words(analyze, sentence, words):
    # the content is not the cue ("declined to comment"): empty, where the silence's words end
    claim = only(claims_of(analyze, sentence).claims, stance="decline_comment")
    assert claim.text == "" and claim.start == claim.end == len(words)


def test_no_comment_topic_is_the_content(analyze):
    result = claims_of(analyze, "Rania Saleem declined to comment on reports of an amnesty.")
    claim = only(result.claims, cue="declined")
    assert claim.text == "reports of an amnesty"


def test_nested_report_in_a_speech(analyze):
    text = "Lara Okonkwo referenced a Kemari media report that a militia leader held a meeting in Tessel."
    result = claims_of(analyze, text)
    outer = only(result.claims, cue="referenced")
    inner = only(result.claims, cue="report")
    assert inner.parent == outer.id
    assert inner.kind == "document"
    assert inner.text == "a militia leader held a meeting in Tessel"
    assert outer.parent is None


def test_citing_nests_the_cited_source(analyze):
    text = "Citing a fellow fighter from Orlic, Yusuf al-Haddad claims the militia regularly taxes the farmers."
    result = claims_of(analyze, text)
    outer = only(result.claims, cue="claims")
    cited = only(result.claims, cue="Citing")
    assert cited.parent == outer.id
    assert cited.speaker_text == "a fellow fighter from Orlic"
    assert cited.text == outer.text == "the militia regularly taxes the farmers"


def test_inverted_stated_with_colon(analyze):
    text = "Stated Okonkwo: “The border has become the main supply line for every faction.”"
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="Stated")
    assert claim.speaker_text == "Okonkwo"
    assert claim.text == "The border has become the main supply line for every faction."


def test_claims_are_in_text_order_with_sequential_ids(analyze):
    text = ("Petra Vanek said the talks would resume. The KLF denied the report. "
            "The Defense Ministry declined to comment.")
    result = claims_of(analyze, text)
    assert [c.id.rsplit(":", 1)[1] for c in result.claims] == ["c0", "c1", "c2"]
    assert [c.start for c in result.claims] == sorted(c.start for c in result.claims)


def test_sourcing_profile_counts(analyze):
    text = ("Petra Vanek said the talks would resume. Sources in the army said the troops had withdrawn. "
            "The KLF denied the report. The Defense Ministry declined to comment. "
            "A report by the Meridian Institute said that rifles crossed the border.")
    profile = sourcing_profile(analyze(text).claims)
    assert profile == {"claims": 5, "named": 3, "anonymous": 1, "documents": 1, "unattributed": 0,
                       "denials": 1, "no_comments": 1}


def test_user_cues_extend_the_lexicon(nlp, tmp_path):
    from newsgraph.ingest import BoilerplateFilter, _make_document
    from newsgraph.mentions import MentionFinder
    from newsgraph.mentions.rules import EntityRules
    from newsgraph.parse import parse_documents

    text = "Petra Vanek grumbled that the talks were a waste of time."
    document = _make_document("cues.txt", text, BoilerplateFilter([]), title=None)
    (parsed,) = parse_documents(nlp, [document])
    sentences, mentions, _ = MentionFinder(EntityRules.from_data())(parsed)
    assert ClaimFinder.from_data()(parsed, sentences, mentions) == []
    extra = tmp_path / "cues.yaml"
    extra.write_text("speech_verbs:\n  grumble: assert\n", encoding="utf-8")
    (claim,) = ClaimFinder.from_data([extra])(parsed, sentences, mentions)
    assert (claim.cue, claim.text) == ("grumbled", "the talks were a waste of time")


def test_bad_cue_file_is_a_user_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("speech_verbs:\n  grumble: maybe\n", encoding="utf-8")
    with pytest.raises(NewsgraphError, match="stance 'maybe'"):
        CueLexicon.from_data([bad])
    typo = tmp_path / "typo.yaml"
    typo.write_text("speach_verbs: {}\n", encoding="utf-8")
    with pytest.raises(NewsgraphError, match="unknown keys"):
        CueLexicon.from_data([typo])


def test_quotes_curly_straight_and_unclosed():
    text = "“One,” he said. \"Two\" ok.\n“Open para\n“closed.”\nA “scare” word\n“never closed\nnext"
    words = [text[q.start:q.end] for q in find_quotes(text)]
    assert words == ["One", "Two", "Open para\n“closed.", "scare", "never closed"]


def test_link_events_takes_the_innermost_claim(analyze):
    text = "Lara Okonkwo referenced a Kemari media report that a militia leader held a meeting in Tessel."
    result = analyze(text)
    start = text.index("held")
    event = Event(id="e0", doc=result.document.id, start=0, end=len(text), text=text, type="CONSULT",
                  subtype=None, trigger="held", trigger_span=[start, start + 4], source=None, target=None,
                  source_text=None, target_text=None, source_span=None, target_span=None, negated=False,
                  mode="asserted", time=None, sentence=0, rule="test")
    link_events([event], result.claims)
    assert event.claim == only(result.claims, cue="report").id


def test_definite_descriptions_name_the_actor_they_stand_for(analyze):
    text = ("Foreign Minister Lena Marsh flew to Oslo on Monday. The minister said talks would resume.\n"
            "The Karst Front, a militant group from the hills, attacked a convoy. The group said it acted alone.")
    result = claims_of(analyze, text)
    minister = only(result.claims, speaker_text="The minister")
    assert speaker_name(result, minister) == "Lena Marsh"
    assert minister.anonymous is False
    group = only(result.claims, speaker_text="The group")
    assert speaker_name(result, group) == "Karst Front"


def test_title_of_a_club_boss_names_the_person_not_the_club(analyze):
    text = ("Arsenal boss Arsene Wenger backed his squad after the defeat.\n"
            "The Arsenal boss said the team would improve.")
    claim = only(claims_of(analyze, text).claims, cue="said")
    assert speaker_name(analyze(text), claim) == "Arsene Wenger"


def test_unintroduced_description_stays_unnamed(analyze):
    text = "Lena Marsh flew to Oslo on Monday. The spokesman said talks would resume."
    claim = only(claims_of(analyze, text).claims, cue="said")
    assert claim.speaker is None and claim.anonymous is True


def test_headline_colon_gives_the_named_speaker_the_rest_of_the_line(analyze):
    text = "Harlan Voss: Voters Will Reject the Tax Plan\nWhat to watch: three races\nThe vote is on Friday."
    result = claims_of(analyze, text)
    claim = only(result.claims, cue=":")
    assert claim.speaker_text == "Harlan Voss"
    assert claim.text == "Voters Will Reject the Tax Plan"


def test_doubled_apostrophes_are_quote_marks(analyze):
    text = "''The bridge will open in May,'' Ingrid Halvorsen said."
    claim = only(claims_of(analyze, text).claims, cue="said")
    assert claim.text == "The bridge will open in May"
    assert claim.kind == "direct"


def test_belief_verbs_are_claims_only_with_what_is_believed(analyze):
    result = claims_of(analyze, "Ingrid Halvorsen believes that the bridge will open in May. "
                                "Tomas Berg believes in hard work. Do you think that it will rain?")
    claim = only(result.claims, cue="believes")
    assert claim.text == "the bridge will open in May"
    assert [c for c in result.claims if c.cue == "think"] == []


def test_position_verbs_take_their_complement(analyze):
    result = claims_of(analyze, "Mayor Ingrid Halvorsen called for a ban on night flights. "
                                "Tomas Berg called the police. Lena Marsh vowed to rebuild the school.")
    assert only(result.claims, cue="called").text == "a ban on night flights"
    assert only(result.claims, cue="vowed").text == "to rebuild the school"


def test_a_noun_of_saying_with_its_owner_and_clause(analyze):
    result = claims_of(analyze, "Tomas Berg's claim that the bridge was unsafe angered the council.")
    claim = only(result.claims, cue="claim")
    assert claim.speaker_text == "Tomas Berg"
    assert claim.text == "the bridge was unsafe"


def test_a_cue_inside_the_sentence_it_reports(analyze):
    result = claims_of(analyze, "Many of the closures, Lena Marsh said, have involved public courses.")
    claim = only(result.claims, cue="said")
    # round 32: the sentence around the cue is its two pieces (the content never holds the cue)
    text = "Many of the closures, Lena Marsh said, have involved public courses."
    assert [text[s:e] for s, e in claim.pieces] == ["Many of the closures", "have involved public courses"]


def test_relative_clause_speaker_is_the_noun_it_describes(analyze):
    result = claims_of(analyze, "Mayor Ingrid Halvorsen, who said the bridge was unsafe, closed it on Monday.")
    claim = only(result.claims, cue="said")
    assert claim.speaker_text == "who"  # the words that speak; the actor is the one they stand for
    assert speaker_name(result, claim) == "Ingrid Halvorsen"
    assert claim.text == "the bridge was unsafe"


def test_unsourced_passives_and_adverbs_are_claims_without_a_speaker(analyze):
    result = claims_of(analyze, "It was reported that the minister resigned. The bridge was said to be unsafe. "
                                "The ferry reportedly sank near the harbour. The decision is expected next week.")
    reported = only(result.claims, cue="reported")
    assert reported.text == "the minister resigned"
    assert reported.speaker is None and reported.speaker_text is None and reported.speaker_span is None
    # round 55 (clm76): the hedge is cut out of the content ("The bridge … be unsafe")
    assert only(result.claims, cue="said").text == "The bridge … be unsafe"
    assert only(result.claims, cue="reportedly").text == "The ferry … sank near the harbour"
    assert [c for c in result.claims if c.cue == "expected"] == []


def test_declined_comment_inside_reported_speech_is_one_no_comment(analyze):
    text = ("Abu Samir, head of the press office of the Tessel Brigades, told the Harbour Post that he "
            "declined to comment on the arrests.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="told")
    assert claim.stance == "decline_comment"
    assert claim.text == "the arrests"
    assert speaker_name(result, claim) == "Abu Samir"
    assert [c for c in result.claims if c.cue == "declined"] == []


def test_refusing_or_failing_to_deny_is_no_denial(analyze):
    result = claims_of(analyze, "The council refused to deny the report. The minister did not deny the claims.")
    assert [c for c in result.claims if c.stance == "deny"] == []
    result = claims_of(analyze, "The mayor of Orlen failed to deny the reports of a secret deal with the builders.")
    assert [c for c in result.claims if c.stance == "deny"] == []


def test_rejecting_an_offer_is_a_position_not_a_denial(analyze):
    result = claims_of(analyze, "The union rejected the offer from the port authority. "
                                "The ministry rejected the claims that troops had crossed the border.")
    assert only(result.claims, speaker_text="The union").stance == "assert"
    assert only(result.claims, speaker_text="The ministry").stance == "deny"


def test_rejecting_a_suggestion_that_something_is_so_is_a_denial(analyze):
    result = claims_of(analyze, "The minister rejected the suggestion from the union. "
                                "The director rejected suggestions that the studio had been too slow to act.")
    assert only(result.claims, speaker_text="The minister").stance == "assert"
    assert only(result.claims, speaker_text="The director").stance == "deny"


def test_quoted_untrue_and_no_merit_are_denials(analyze):
    result = claims_of(analyze, 'The singer\'s agent said the allegations were "untrue". '
                                'The network said the claims had "no merit". '
                                'The mayor said the plan has merit.')
    assert only(result.claims, speaker_text="The singer's agent").stance == "deny"
    assert only(result.claims, speaker_text="The network").stance == "deny"
    assert only(result.claims, speaker_text="The mayor").stance == "assert"


def test_denial_without_a_denial_verb(analyze):
    result = claims_of(analyze, 'A spokesman for the Karst Front said: "This talk is untrue."\n'
                                'Lena Marsh said: "We reject these hostile remarks."')
    assert [c.stance for c in result.claims] == ["deny", "deny"]


def test_the_writers_own_belief_is_no_attribution(analyze):
    result = claims_of(analyze, "When the update ships we can expect to see a lot of publicity. "
                                "Lena Marsh expects the vote to pass.")
    assert [c.speaker_text for c in result.claims] == ["Lena Marsh"]


def test_reporter_words_between_quotes_keep_them_apart(analyze):
    text = ('"I worry about the schools," said Mr Bell. The inspectors said the report would look at them. '
            '"Many must adapt," he said.')
    result = claims_of(analyze, text)
    first = [c for c in result.claims if c.text.startswith("I worry")]
    assert [c.text for c in first] == ["I worry about the schools"]


def test_a_nickname_in_quotes_is_not_speech(analyze):
    text = 'Antonio "LA" Reid, chairman of the label, said: "I can think of no-one more relevant."'
    claim = only(claims_of(analyze, text).claims, cue="said")
    assert claim.text == "I can think of no-one more relevant."


def test_a_headline_without_a_verb_is_a_topic(analyze):
    result = claims_of(analyze, "Johnny Rook: The acting outlaw\nJohnny Rook has a new film.")
    assert result.claims == []


def test_a_belief_inside_a_denial_is_not_held(analyze):
    result = claims_of(analyze, "After the race Kelly Marsh denied she planned to retire.")
    assert [c.cue for c in result.claims] == ["denied"]


def test_confirm_or_deny_and_not_yet_are_no_denials(analyze):
    result = claims_of(analyze, "The club have yet to officially confirm or deny the meeting. "
                                "The union would neither confirm nor deny the report. He never denied the story. "
                                "The firm confirmed the deal but denied the rumours.")
    assert [(c.speaker_text, c.text) for c in result.claims if c.stance == "deny"] == [("The firm", "the rumours")]


def test_a_capitalized_paper_is_named_not_anonymous(analyze):
    claim = only(claims_of(analyze, "The Harbour Observer reported on Sunday that half the workforce could go.").claims,
                 cue="reported")
    assert claim.anonymous is False


def test_the_question_put_and_what_one_ought_to_believe_are_no_claims(analyze):
    result = claims_of(analyze, "Asked about the comments, the spokesman said the threat was real. "
                                "The record companies need to recognise that most of us will pay.")
    # round 20: the question put is kept for PolNeAR as a hidden "question" act; no statement
    assert [c.cue for c in result.claims if c.act == "statement"] == ["said"]
    assert [(c.cue, c.act) for c in result.claims if c.act != "statement"] == [("Asked", "question")]


def test_pronoun_takes_the_person_just_named_when_no_one_spoke_in_the_paragraph(analyze):
    text = ("Lena Marsh said the port would reopen.\n"
            "Tomas Berg is also looking for savings. He told the Harbour Post that costs were rising.")
    claim = only(claims_of(analyze, text).claims, cue="told")
    assert speaker_name(analyze(text), claim) == "Tomas Berg"


def test_a_named_source_cited_inside_a_quote_is_a_nested_claim(analyze):
    text = ("Minister Lena Varga spoke in Tessel on Monday. \u201cThe roads are open again. And the "
            "Tessel Herald reported last week that the convoy was stopped at the border,\u201d Varga said.")
    result = claims_of(analyze, text)
    outer = only(result.claims, speaker_text="Varga")
    inner = only(result.claims, speaker_text="the Tessel Herald")
    assert inner.parent == outer.id
    assert inner.text.startswith("the convoy was stopped at the border")


def test_a_pronoun_inside_a_quote_stays_the_quoted_speaker_s_words(analyze):
    text = "\u201cI think they said the bridge was safe,\u201d Mayor Ingrid Halvorsen said on Monday."
    result = claims_of(analyze, text)
    assert [c.speaker_text for c in result.claims] == ["Mayor Ingrid Halvorsen"]


def test_one_claim_when_a_passive_cue_and_according_to_read_the_same_words(analyze):
    text = ("The convoy was said to have crossed the border at night, according to the Tessel Herald.")
    result = claims_of(analyze, text)
    assert [c.speaker_text for c in result.claims] == ["the Tessel Herald"]


# --- issue 19, round 5: senses that need a complement, speakers through coref ---------------


def test_forecast_and_intention_are_no_claims(analyze):
    result = claims_of(analyze, "Three carmakers are all expected to unveil new engines next year. "
                                "Rosa Miland fell ill and decided to take a break from touring.")
    # round 20: the agentless forecast is kept for PolNeAR as a hidden "forecast" act, no statement
    assert [(c.cue, c.act, c.speaker_text) for c in result.claims] == [("expected", "forecast", None)]


def test_said_to_is_an_unnamed_source(analyze):
    result = claims_of(analyze, "The banker is said to have fled the country in March.")
    claim = only(result.claims, cue="said")
    assert (claim.speaker_text, claim.speaker, claim.anonymous) == (None, None, True)


def test_a_view_inside_a_quote_is_no_claim_of_its_own(analyze):
    result = claims_of(analyze, "Coach Ivo Dent was pleased. “Tomek's proving how strong he is,” Dent said.")
    assert [c.cue for c in result.claims] == ["said"]


def test_title_headed_speaker_names_the_person_and_he_follows(analyze):
    result = claims_of(analyze, "Shadow minister for sport Hugh Aldren said the levy would not work. "
                                "He said more help was needed.")
    first = only(result.claims, cue="said", speaker_text="Shadow minister for sport Hugh Aldren")
    assert speaker_name(result, first) == "Hugh Aldren" and not first.anonymous
    second = only(result.claims, speaker_text="He")
    assert speaker_name(result, second) == "Hugh Aldren"


def test_the_ministry_and_it_resolve_to_the_named_body(analyze):
    result = claims_of(analyze, "Bids were invited from local firms, Norland's Ministry of Harbours said on Monday.\n\n"
                                "The ministry said it wanted to double the number of berths. "
                                "In a statement, it said the tender would close in May.")
    for cue_speaker in ("The ministry", "it"):
        claim = only(result.claims, speaker_text=cue_speaker)
        assert speaker_name(result, claim) == "Ministry of Harbours"


def test_she_skips_a_man_named_since(analyze):
    result = claims_of(analyze, "Mrs Alice Brand said the vote was lost. Later, Tom Rook arrived at the hall. "
                                "She said the count was wrong.")
    claim = only(result.claims, speaker_text="She")
    assert speaker_name(result, claim) == "Alice Brand"


def test_quote_going_right_on_extends_its_piece(analyze):
    text = "“Nobody came,” said Mira Solberg. “We went home.” “It was dark.”"
    result = claims_of(analyze, text)
    said = only(result.claims, cue="said")
    assert text[said.start:said.end] == "Nobody came"  # the first piece
    assert text[slice(*said.pieces[-1])] == "We went home.” “It was dark."


def test_event_inside_a_later_piece_is_carried_by_the_claim(analyze):
    text = "“The gate was shut,” said Mira Solberg, “and the army shelled the village.”"
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    start = text.index("shelled")
    event = Event(id="e", doc=claim.doc, start=0, end=len(text), text=text, type="ASSAULT",
                  subtype=None, trigger="shelled", trigger_span=[start, start + 7], source=None, target=None,
                  source_text=None, target_text=None, source_span=None, target_span=None, negated=False,
                  mode="asserted", time=None, sentence=0, rule="test")
    link_events([event], result.claims)
    assert event.claim == claim.id


def test_sentence_opening_with_in_a_poll_is_the_poll_speaking(analyze):
    result = claims_of(analyze, "In a Harbour Gazette poll released Monday, half of the voters chose Dent. "
                                "In a statement, the ministry said the port was shut.")
    poll = only(result.claims, cue="In")
    assert poll.text == "half of the voters chose Dent"
    assert poll.speaker_text == "a Harbour Gazette poll released Monday" and poll.kind == "document"
    assert only(result.claims, cue="said").speaker_text == "the ministry"  # no second claim by "In"
    assert len(result.claims) == 2


def test_what_a_document_finds_is_its_object(analyze):
    result = claims_of(analyze, "A university study found no evidence of fraud. Ivo Dent found the keys.")
    claim = only(result.claims, cue="found")
    assert claim.text == "no evidence of fraud" and claim.speaker_text == "A university study"


def test_according_to_any_source_noun_but_not_a_plan(analyze):
    result = claims_of(analyze, "Tessel was the busiest port in 2015, according to one global index. "
                                "The ships left at noon, according to plan.")
    claim = only(result.claims, cue="according to")
    assert claim.speaker_text == "one global index" and claim.text == "Tessel was the busiest port in 2015"


def test_belief_verbs_need_a_clause_held_true(analyze):
    result = claims_of(analyze, "Vintners have found it hard to invest in new presses. "
                                "The tribunal will meet to decide whether to ratify the ban. "
                                "Ivo Brand believes he was the only choice.")
    assert [c.cue for c in result.claims] == ["believes"]


def test_he_after_an_unnamed_person_described_is_left_unresolved(analyze):
    result = claims_of(analyze, "Home Secretary Dana Kell said ministers had kept their pledge. "
                                "Police chief Sir Ivo Renner backed a change in the law. "
                                "The pressure prompted the prime minister to act. He told MPs the law would change.")
    claim = only(result.claims, speaker_text="He")
    assert claim.speaker is None and not claim.anonymous  # "He" kept as the label; no wrong person


def test_speech_tag_after_a_quote_without_a_parsed_subject(analyze):
    text = ("“We are finding firms that want to sell neat devices, but also bundle with them a cheap, "
            "efficient charger,” the agency’s Ivo Dent said. Chargers like this are rare.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert claim.speaker_text == "the agency’s Ivo Dent" and speaker_name(result, claim) == "Ivo Dent"
    assert claim.text.startswith("We are finding firms")


def test_stances_stay_right_where_they_are_rare(analyze):
    result = claims_of(analyze, "Ivo Dent then made a fine tackle to deny Piet Holm a goal. "
                                "Other parties have accused the Greens of making uncosted promises. "
                                "“Under our plans we expect unfounded applications to fall,” Mara Holm said. "
                                "A judge has dismissed an attempt by the firm to gain protection. "
                                "That is not to say that the firm has had no bad days.")
    assert [(c.cue, c.stance) for c in result.claims] == [
        ("accused", "assert"), ("said", "assert"), ("dismissed", "assert")]
    result = claims_of(analyze, "“This talk is completely false,” said Ivo Dent. Mara Holm blamed the press for "
                                "making up the story.")
    assert [(c.cue, c.stance) for c in result.claims] == [("said", "deny"), ("blamed", "deny")]


def test_spokesman_of_a_named_person_speaks_for_that_person(analyze):
    # round 47 (spk69): a named person's spokesman puts out his position, as a body's voice does
    result = claims_of(analyze, "Ivo Dent's official spokesman declined to say whether the minister backed the plans.")
    claim = only(result.claims, cue="declined")
    assert speaker_name(result, claim) == "Ivo Dent" and claim.anonymous


def test_unnamed_people_are_anonymous_sources(analyze):
    result = claims_of(analyze, "Environmentalists believe less duty means more pollution. "
                                "His agent claims the winger may not recover until March. "
                                "The club said the deal was off.")
    assert [(c.speaker_text, c.anonymous) for c in result.claims] == [
        ("Environmentalists", True), ("His agent", True), ("The club", False)]


def test_name_in_apposition_after_a_described_speaker(analyze):
    result = claims_of(analyze, "A weary Tessel coach, Bernard Lapin, simply observed: “There was a good half.”")
    claim = only(result.claims, cue="observed")
    assert speaker_name(result, claim) == "Bernard Lapin"


def test_claiming_a_win_is_a_result_not_a_statement(analyze):
    result = claims_of(analyze, "Ronan Dent scored twice as the home side claimed only their second win over Tessel.")
    assert result.claims == []


def test_quote_closing_on_a_comma_belongs_to_the_tag_after_it(analyze):
    result = claims_of(analyze, "“The ads reach the right audience,” he said. “Not to advertise here would mean "
                                "missing out,” he added. Meanwhile firms insist they were unaware.")
    assert only(result.claims, cue="added").text == "Not to advertise here would mean missing out"
    assert only(result.claims, cue="said").text == "The ads reach the right audience"


def test_he_after_a_name_reported_by_the_speaker_is_still_the_speaker(analyze):
    result = claims_of(analyze, "On Thursday, Mr Ivo Howard told the Today programme Mr Tom Blair had refused "
                                "the change. He said: “We have had three positions.”")
    assert speaker_name(result, only(result.claims, speaker_text="He")) == "Ivo Howard"


def test_questions_and_the_generic_one_are_no_claims(analyze):
    result = claims_of(analyze, "So why did the minister not mention it at any briefing? "
                                "One can only hope the public sees through them. Ivo Dent said the port was shut.")
    assert [c.cue for c in result.claims] == ["said"]


# --- round 7: signatures, transcripts, continued reported speech, mined cues ----------------


def test_quote_signed_with_a_dash_and_a_name(analyze):
    text = ("Readers wrote in.\n\n“The new bridge is a waste of money.” ― Marta Ilves “Nobody asked us "
            "about the tolls.”— Jonas K. Ferro\n")
    result = claims_of(analyze, text)
    first = only(result.claims, speaker_text="Marta Ilves")
    assert (first.text, first.cue, first.kind) == ("The new bridge is a waste of money.", "―", "direct")
    second = only(result.claims, speaker_text="Jonas K. Ferro")
    assert second.text == "Nobody asked us about the tolls."


def test_dash_after_a_quote_without_a_name_is_no_signature(analyze):
    result = claims_of(analyze, "The sign read “closed for repairs” — and the road stayed shut all winter.\n")
    assert not [c for c in result.claims if c.cue in ("—", "―")]


def test_transcript_labels_are_speakers(analyze):
    text = ("Part of the interview follows.\n\n\"HOLM: Let us start with the budget, because it matters most.\n\n"
            "\"VANDER: Well, the budget is balanced and the deficit has fallen every year.\n")
    result = claims_of(analyze, text)
    holm = only(result.claims, speaker_text="HOLM")
    assert holm.text == "Let us start with the budget, because it matters most."
    assert (holm.anonymous, holm.kind) == (False, "direct")
    vander = only(result.claims, speaker_text="VANDER")
    assert vander.text.startswith("Well, the budget is balanced")


def test_a_lone_capital_label_is_no_transcript(analyze):
    result = claims_of(analyze, "UPDATE: The river has burst its banks near the old mill this morning.\n")
    assert not [c for c in result.claims if c.cue == ":"]


def test_free_quote_after_reported_speech_goes_on_with_its_speaker(analyze):
    text = ("“We are investing in better tools,” said Tom Grady, head of the studio. Mr Elwin warned that "
            "studios could face a short supply of skilled staff.\n\n“If studios keep hiring bigger teams, "
            "at some point the talent will run out.”\n")
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="Mr Elwin")  # the quote is a piece of his claim
    assert [text[s:e] for s, e in claim.pieces] == [
        "studios could face a short supply of skilled staff",
        "If studios keep hiring bigger teams, at some point the talent will run out."]
    assert only(result.claims, speaker_text="Tom Grady").text == "We are investing in better tools"


def test_adding_that_before_a_quote_keeps_the_complementizer_out(analyze):
    result = claims_of(analyze, "“Both firms must grow,” Aiko Tanabe said, adding that “it is a problem we share”.")
    assert only(result.claims, cue="adding").text == "it is a problem we share"


def test_quoted_subject_before_an_inverted_tag_is_not_the_speaker(analyze):
    result = claims_of(analyze, "“A skilled and young workforce,” insisted Mr Salter, “will help the region.”")
    claim = only(result.claims, cue="insisted")
    assert claim.speaker_text == "Mr Salter"


@pytest.mark.parametrize("sentence, cue, content", [
    ("Mayor Tilda Roos reiterated her support for the new tram line.", "reiterated",
     "her support for the new tram line"),
    ("Senator Piet Vos railed against the tax on fuel.", "railed", "the tax on fuel"),
])
def test_mined_cues_of_round_7(analyze, sentence, cue, content):
    result = claims_of(analyze, sentence)
    assert only(result.claims, cue=cue).text == content


def test_referring_to_is_what_the_speaker_refers_to(analyze):
    result = claims_of(analyze, "“The old guard will not win,” Mayor Ada Lind said, referring to the council members "
                                "who opposed her.")
    claim = only(result.claims, cue="referring")
    assert (claim.speaker_text, claim.text) == ("Mayor Ada Lind", "the council members who opposed her")


def test_to_of_an_ordinary_speech_verb_is_the_addressee(analyze):
    result = claims_of(analyze, "Senator Piet Vos announced to reporters that he would run again.")
    assert only(result.claims, cue="announced").text == "he would run again"


def test_pronoun_speaker_is_not_the_person_named_in_what_is_said(analyze):
    result = claims_of(analyze, "Prime Minister Tom Dane spoke about growth on Monday.\n\n"
                                "This is the plan Mr Dane will have to explain in the weeks ahead, he said.")
    claim = only(result.claims, cue="said")
    assert (claim.speaker_text, claim.speaker) == ("he", None)


def test_pronoun_speaker_still_resolves_when_the_content_names_someone_else(analyze):
    result = claims_of(analyze, "Prime Minister Tom Dane spoke about growth on Monday.\n\n"
                                "Mr Hollis will have to answer for the deficit, he said.")
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) == "Tom Dane"


@pytest.mark.parametrize("sentence, content", [
    ("Her chief aide, Jo Dorn, calls her record a blueprint for the party.", "her record a blueprint for the party"),
    ("Mayor Lin Shu calls the new bypass “a costly mistake” for the town.", "the new bypass “a costly mistake” for the town"),
])
def test_called_x_y_is_said_even_with_a_prize_noun_or_a_second_object(analyze, sentence, content):
    result = claims_of(analyze, sentence)
    assert only(result.claims, cue="calls").text.startswith(content.split(" for ")[0][:20])


def test_quoted_words_before_an_inverted_tag_are_not_the_speaker(analyze):
    result = claims_of(analyze, "“The campaign is in panic mode. Full panic mode,” said Lena Wims, a local party president.")
    assert {c.speaker_text for c in result.claims} == {"Lena Wims"}


def test_a_closing_mark_opening_a_paragraph_opens_a_quote():
    text = "Letters.\n\n”The park must stay open.” ― Ana Ruiz\n"
    (quote,) = find_quotes(text)
    assert text[quote.start:quote.end] == "The park must stay open."


def test_signature_after_a_no_break_space(analyze):
    result = claims_of(analyze, "Letters.\n\n“The park must stay open for everyone.” ―\u00a0Ana Maria Ruiz Soto\n")
    assert only(result.claims, cue="―").speaker_text == "Ana Maria Ruiz Soto"


@pytest.mark.parametrize("sentence, speaker_text", [
    ("Anti-fraud organisations are warning that fake charity e-mails are circulating.", "Anti-fraud organisations"),
    ("Unions at the Vossberg plant said the cuts would cost 300 jobs.", "Unions at the Vossberg plant"),
])
def test_unnamed_groups_are_anonymous(analyze, sentence, speaker_text):
    claim = only(claims_of(analyze, sentence).claims, speaker_text=speaker_text)
    assert (claim.anonymous, claim.speaker) == (True, None)


def test_definite_plural_group_is_not_anonymous(analyze):
    result = claims_of(analyze, "Talks between Unite and the GMB ended on Monday. The unions said the offer was too low.")
    assert only(result.claims, speaker_text="The unions").anonymous is False


def test_as_reported_by_names_the_source(analyze):
    result = claims_of(analyze, "As reported by the Daily Courier, the mayor spent the fund on a new car.")
    claim = only(result.claims, cue="As reported by")
    assert (claim.speaker_text, claim.text) == ("the Daily Courier", "the mayor spent the fund on a new car")


def test_relative_clause_hung_on_the_verb_keeps_its_noun(analyze):
    result = claims_of(analyze, "Tenant groups are warning about e-mails that are starting to spread "
                                "which ask renters to pay deposits.")
    assert only(result.claims, cue="warning").text == ("e-mails that are starting to spread which ask renters "
                                                       "to pay deposits")


def test_a_future_speech_act_with_only_an_object_is_no_claim(analyze):
    result = claims_of(analyze, "He said the Tamar party would also announce detailed policies on crime next week.")
    assert [c.cue for c in result.claims] == ["said"]


def test_a_future_speech_verb_with_a_clause_is_a_claim(analyze):
    result = claims_of(analyze, "Finance minister Ola Brandt will tell the conference that the budget is safe.")
    assert only(result.claims, cue="tell").text == "the budget is safe"


def test_quoted_words_inside_one_object_make_one_claim(analyze):
    result = claims_of(analyze, "Senator Ivo Brandt called his rival a \"pathological liar\" who is \"utterly amoral\".")
    claim = only(result.claims, cue="called")
    assert claim.text.startswith("his rival a \"pathological liar\" who is \"utterly amoral")


def test_an_owned_description_is_not_the_person_introduced_with_its_noun(analyze):
    text = ("Green party spokesman Ansel Fiore attacked the budget on Monday. "
            "The prime minister's official spokesman said the budget was fair.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) is None and claim.anonymous


def test_the_company_as_speaker_is_the_firm_the_story_is_about(analyze):
    text = ("Shares in Norvik Telecom fell 5% on Monday. Norvik Telecom also cut 300 jobs in Bergen. "
            "The company said sales had recovered.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert claim.speaker_text == "The company"
    assert speaker_name(result, claim) == "Norvik Telecom" and not claim.anonymous


def test_the_report_has_the_author_of_the_report_named_before(analyze):
    text = ("A report by the Vantor Institute found that rents rose by 9% last year. "
            "The report also said that wages had barely moved.")
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="The report")
    assert speaker_name(result, claim) == "Vantor Institute" and claim.kind == "document"


def test_the_report_after_a_second_unnamed_report_has_no_author(analyze):
    text = ("A report by the Vantor Institute found that rents rose by 9% last year. "
            "A second report published on Monday was gloomier. The report also said that wages had barely moved.")
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="The report")
    assert claim.speaker is None


def test_a_description_with_its_own_name_is_not_the_story_firm(analyze):
    text = ("Shares in Norvik Telecom fell 5% on Monday. Norvik Telecom also cut 300 jobs in Bergen. "
            "Last week the online bank Kestrel Direct admitted that its records had been exposed.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="admitted")
    assert speaker_name(result, claim) != "Norvik Telecom"


def test_the_insurer_is_the_firm_introduced_as_an_insurer(analyze):
    result = claims_of(analyze, "Shares in US insurer Halcott fell on Monday after a loss. The insurer said claims had doubled.")
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) == "Halcott" and not claim.anonymous


def test_a_ranked_description_is_not_owned(analyze):
    text = ("Shares in Norvik Telecom fell 5% on Monday. Norvik Telecom also cut 300 jobs in Bergen. "
            "The world's biggest phone company said sales had recovered.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) == "Norvik Telecom"


def test_a_gerund_under_a_preposition_is_said_by_the_subject_of_its_verb(analyze):
    result = claims_of(analyze, "Mayor Ida Brandt replied to the critics by saying that the tunnel was safe. "
                                "After saying the vote was rigged, Senator Olaf Ruud left the hall.")
    first, second = only(result.claims, speaker_text="Mayor Ida Brandt"), only(result.claims, speaker_text="Senator Olaf Ruud")
    assert (first.cue, first.text) == ("saying", "the tunnel was safe")
    assert (second.cue, second.text) == ("saying", "the vote was rigged")


def test_a_gerund_held_back_is_no_claim(analyze):
    result = claims_of(analyze, "Senator Olaf Ruud refrained from saying that the vote was rigged. "
                                "Mayor Ida Brandt left without saying whether the tunnel was safe.")
    assert [c for c in result.claims if c.cue == "saying"] == []


def test_a_belief_said_by_its_holder_is_one_claim(analyze):
    result = claims_of(analyze, "Mayor Ida Brandt said she thinks the tunnel is safe. "
                                "Senator Olaf Ruud said the minister believes the vote was rigged.")
    assert [(c.cue, c.text) for c in result.claims if c.cue in ("said", "thinks", "believes")] == [
        ("said", "she thinks the tunnel is safe"), ("said", "the minister believes the vote was rigged"),
        ("believes", "the vote was rigged")]


def test_a_declined_discussion_has_its_object_as_topic(analyze):
    result = claims_of(analyze, "Minister Ida Brandt refused to discuss the reports that the tunnel had been closed. "
                                "Mayor Olaf Ruud declined to discuss details.")
    first, second = only(result.claims, cue="refused"), only(result.claims, cue="declined")
    assert (first.stance, first.text) == ("decline_comment", "the reports that the tunnel had been closed")
    assert (second.stance, second.text) == ("decline_comment", "")  # "details" is no topic


def test_a_person_owned_by_a_body_is_not_the_body(analyze):
    result = claims_of(analyze, "Norway's veteran fly-half said he was hoping to play in March.")
    person = only(result.claims, speaker_text="Norway's veteran fly-half")
    assert person.speaker is None and not person.anonymous
    assert result.mentions[person.speaker_affiliation].full_name == "Norway"
    report = only(claims_of(analyze, "Norvik Telecom's annual report said profits had doubled.").claims, cue="said")
    assert report.kind == "document" and report.speaker is not None  # a document of the body: the body's


def test_people_of_a_country_are_not_the_country(analyze):
    result = claims_of(analyze, "Two Norwegian computer security organisations warned users to avoid the program. "
                                "The Norwegian government said the program was safe.")
    warned, said = only(result.claims, cue="warned"), only(result.claims, cue="said")
    assert warned.speaker is None and warned.anonymous and warned.speaker_affiliation is not None
    assert said.speaker is not None and not said.anonymous


def test_a_bodys_offer_or_unit_speaks_for_the_body(analyze):
    result = claims_of(analyze, "Norway's current offer implies that the creditors would lose half. "
                                "Norvik Telecom's broadband unit announced that prices would fall.")
    assert speaker_name(result, only(result.claims, cue="implies")) == "Norway"
    assert speaker_name(result, only(result.claims, cue="announced")) == "Norvik Telecom"


def test_a_title_case_headline_after_a_full_name_is_said(analyze):
    said = claims_of(analyze, "Ada Quell: Rural Voters Worried About the Senator’s Failing Health\n\nShe spoke on Monday.")
    assert [(c.speaker_text, c.cue) for c in said.claims] == [("Ada Quell", ":")]
    topic = claims_of(analyze, "Arthur Hale: King of the Thrillers\n\nHe wrote forty books.")
    assert [c for c in topic.claims if c.cue == ":"] == []


def test_a_demand_with_a_clause_is_a_claim_and_a_demanded_thing_is_not(analyze):
    result = claims_of(analyze, "Senator Olaf Ruud demanded that the minister resign. "
                                "The union demanded a 5% pay rise for nurses.")
    assert [(c.speaker_text, c.cue, c.text) for c in result.claims] == [
        ("Senator Olaf Ruud", "demanded", "the minister resign")]


def test_finding_out_what_is_a_question_not_a_claim(analyze):
    result = claims_of(analyze, "The regulator contacted the firm to find out what it knew about the bid.")
    assert result.claims == []


def test_a_negated_open_question_is_no_claim(analyze):
    result = claims_of(analyze, "The footage did not show whether the driver was armed. "
                                "The footage showed that the driver was unarmed.")
    assert [(c.cue, c.text) for c in result.claims] == [("showed", "the driver was unarmed")]


def test_according_to_despite_a_parse_that_swallows_the_sentence(analyze):
    result = claims_of(analyze, "According to conservative talk radio host Ada Quell, the move reeks of fear. "
                                "Ivo Dent repeatedly demeaned workers, according to show insiders.")
    first, second = result.claims
    assert (first.speaker_text, first.text) == ("conservative talk radio host Ada Quell", "the move reeks of fear")
    assert second.speaker_text == "insiders" and second.anonymous


def test_noted_takes_the_fact_pointed_out(analyze):
    result = claims_of(analyze, "Mayor Olaf Ruud noted the rise in rents.")
    assert [(c.speaker_text, c.cue, c.text) for c in result.claims] == [("Mayor Olaf Ruud", "noted", "the rise in rents")]


def test_research_by_a_body_is_that_bodys(analyze):
    result = claims_of(analyze, "New research by the Harbour Institute shows that rents have doubled.")
    claim = only(result.claims, cue="shows")
    assert speaker_name(result, claim) == "Harbour Institute" and claim.kind == "document" and not claim.anonymous


def test_those_close_to_someone_are_sources(analyze):
    result = claims_of(analyze, "Those close to him say that he would pick a woman. This suggests the plan failed.")
    assert [(c.speaker_text, c.anonymous) for c in result.claims] == [("Those close to him", True)]


def test_as_someone_put_it(analyze):
    result = claims_of(analyze, "As one voter put it, the election is a choice between two bad options. "
                                "He put it on the table.")
    assert [(c.speaker_text, c.cue, c.text, c.anonymous) for c in result.claims] == [
        ("one voter", "put it", "the election is a choice between two bad options", True)]


def test_as_someone_noted_says_the_rest_of_the_sentence(analyze):
    result = claims_of(analyze, "As the Velmar Courier reported last week, the council had sold the depot in secret. "
                                "Prices rose, as the bank had warned. As she told the story, the crowd laughed.")
    assert [(c.speaker_text, c.cue, c.text) for c in result.claims] == [
        ("the Velmar Courier", "reported", "the council had sold the depot in secret"),
        ("the bank", "warned", "Prices rose")]


def test_it_said_after_another_body_was_named_is_not_guessed(analyze):
    result = claims_of(analyze, "Research by the Harbour Institute revealed that most laptops carry spyware. "
                                "Until now Norvik Telecom has left the market to rivals. "
                                "It said that its program would not stop every attack.")
    assert only(result.claims, cue="said").speaker is None


def test_headline_review_of_a_work_is_no_claim(analyze):
    result = claims_of(analyze, "DVD review: Harry Potter and the Prisoner of Azkaban\n\nThe film is out.")
    assert result.claims == []


def test_a_body_named_in_apposition_speaks(analyze):
    result = claims_of(analyze, "A German firm is looking to raise 70m euros. The firm, Kessler Biotech, said that it "
                                "hoped to list in May. On Tuesday, Mr Ivo Dent pledged money to the cause. Mr Dent's "
                                "company, software giant Norvik Telecom, also claims that the summit will win it contracts.")
    assert speaker_name(result, only(result.claims, cue="said")) == "Kessler Biotech"
    assert speaker_name(result, only(result.claims, cue="claims")) == "Norvik Telecom"


def test_what_the_writer_says_could_not_be_denied_is_no_denial(analyze):
    result = claims_of(analyze, "Such rows make it impossible to dismiss the Orlen feud as gossip. "
                                "It is hard to deny that the Orlen plan failed.")
    assert [c for c in result.claims if c.stance == "deny"] == []
    result = claims_of(analyze, "Ilka Varsi was quick to deny that she had met the builders.")
    assert only(result.claims, speaker_text="Ilka Varsi").stance == "deny"  # an adjective with a speaker


def test_a_detail_left_out_is_no_declined_comment(analyze):
    result = claims_of(analyze, "Orlen Steel did not say where the job cuts would fall.")
    assert [c for c in result.claims if c.stance == "decline_comment"] == []
    result = claims_of(analyze, "Orlen Steel would not say where the job cuts would fall.")
    assert only(result.claims, speaker_text="Orlen Steel").stance == "decline_comment"


@pytest.mark.parametrize("text", [
    "The fine would have been smaller had the driver denied the charge.",
    "If the firm denies the report, the union will strike.",
    "Had the council refused to comment, the shares would have fallen.",
    "The minister said it would have been wiser to have rejected the pact at the start.",
    "The coach should have denied the rumours at once.",
])
def test_a_denial_or_refusal_that_was_not_made_is_no_claim(analyze, text):
    result = claims_of(analyze, text)
    assert [c for c in result.claims if c.cue in ("denied", "denies", "refused", "rejected")] == []


def test_a_denial_made_in_the_past_perfect_is_still_a_denial(analyze):
    result = claims_of(analyze, "The Orlen council had denied the report.")
    assert only(result.claims, cue="denied").stance == "deny"


@pytest.mark.parametrize("text, stance", [
    ("The island rejected foreign aid after the storm.", "assert"),
    ("Coach Brandt dismissed questions about his future.", "deny"),  # round 52: readers count it a rejection
    ("Minister Lund rejected the allegations of bribery.", "deny"),
    ("Minister Lund dismissed fears that the bank would fail.", "deny"),
    ("Coach Brandt rejected his rival's comments.", "deny"),
])
def test_reject_and_dismiss_deny_only_something_said(analyze, text, stance):
    result = claims_of(analyze, text)
    assert only(result.claims).stance == stance


def test_a_court_rejecting_a_claim_rules_and_does_not_deny(analyze):
    result = claims_of(analyze, "The appeal court rejected the damages claim brought by the farmers.")
    assert [c.stance for c in result.claims] == ["assert"]


def test_rejecting_a_proposal_in_a_cleft_says_nothing(analyze):
    text = ("It was because he had rejected earlier union proposals, such as cutting the bonus, that "
            "the firm was thriving, claimed Mr Dent.")
    result = claims_of(analyze, text)
    assert [c.cue for c in result.claims] == ["claimed"]  # not "he rejected: the firm was thriving"


def test_denying_bail_withholds_and_says_nothing(analyze):
    result = claims_of(analyze, "The judge denied the prisoner bail. The court denied access to the files.")
    assert [c for c in result.claims if c.stance == "deny"] == []


@pytest.mark.parametrize("text", [
    "Premier Olsen has not confirmed any date for the vote.",
    "The regulator found that Kestrel did not disclose that its chairman owned the supplier.",
])
def test_not_confirming_or_disclosing_is_no_declined_comment(analyze, text):
    result = claims_of(analyze, text)
    assert [c for c in result.claims if c.stance == "decline_comment"] == []


def test_would_not_confirm_is_a_declined_comment(analyze):
    result = claims_of(analyze, "Kestrel would not confirm the sale.")
    assert only(result.claims, cue="confirm").stance == "decline_comment"


def test_not_saying_sorry_is_no_declined_comment(analyze):
    result = claims_of(analyze, "Ms Dent said she could not honestly say sorry for the remarks.")
    assert [c for c in result.claims if c.stance == "decline_comment"] == []


def test_wrong_to_do_something_is_a_judgement_not_a_denial(analyze):
    result = claims_of(analyze, "It is simply wrong to judge a nurse by her age, she said. "
                                "The agent said the story was completely wrong.")
    assert only(result.claims, cue="said", speaker_text="she").stance == "assert"
    assert only(result.claims, speaker_text="The agent").stance == "deny"


@pytest.mark.parametrize("text", [
    "Ostrava ally denies fraud charges\n\nThe trial of Pavel Ostrava went on.",
    "An ally of Pavel Ostrava denied the reports. Pavel Ostrava is in jail.",
    "A close associate of the jailed tycoon Pavel Ostrava denied the reports.",
])
def test_an_ally_of_someone_is_not_that_someone(analyze, text):
    result = claims_of(analyze, text)
    claim = only(result.claims, stance="deny")
    assert speaker_name(result, claim) != "Pavel Ostrava"


def test_a_friend_named_in_the_phrase_is_the_speaker(analyze):
    result = claims_of(analyze, "His friend Tomas Lenk denied the reports.")
    assert speaker_name(result, only(result.claims, cue="denied")) == "Tomas Lenk"


@pytest.mark.parametrize("text", [
    '"One aim is to break what I think to be the false idea that work and play are opposites," he said.',
    '"If we reject this plan, the town will suffer," said Mayor Ruud.',
])
def test_false_as_an_adjective_of_a_noun_and_a_conditional_we_reject_are_no_denials(analyze, text):
    result = claims_of(analyze, text)
    assert only(result.claims, cue="said").stance == "assert"


def test_a_keeper_denying_a_striker_says_nothing(analyze):
    result = claims_of(analyze, "Once again Keller denied the Kemari striker.")
    assert [c for c in result.claims if c.stance == "deny"] == []


def test_a_headline_rejecting_calls_is_no_denial(analyze):
    text = "Ruud rejects bridge toll calls\n\nMayor Ilse Ruud has rejected calls for a toll on the new bridge."
    result = claims_of(analyze, text)
    assert [c for c in result.claims if c.stance == "deny"] == []


@pytest.mark.parametrize("text, stance", [
    ('The Treasury dismissed the research as "complete rubbish".', "deny"),
    ("Officials dismissed the row over the bridge as meaningless.", "assert"),
    ("Coach Brandt also rejected Olsen's contention the hosts dominated the game.", "deny"),
])
def test_dismissing_as_false_and_rejecting_a_contention_are_denials(analyze, text, stance):
    result = claims_of(analyze, text)
    assert only(result.claims).stance == stance


def test_wrong_to_suggest_is_a_denial(analyze):
    result = claims_of(analyze, "Officials said it was simply wrong to suggest that the data were missing.")
    assert only(result.claims, cue="said").stance == "deny"


def test_a_relative_named_after_the_tie_is_the_speaker(analyze):
    result = claims_of(analyze, '"We could use the money," Mr Dorn\'s son Stephen Dorn said before the sale.')
    assert speaker_name(result, only(result.claims, cue="said")) == "Stephen Dorn"


def test_the_pair_named_before_is_no_unnamed_source(analyze):
    result = claims_of(analyze, "Ivo Dent and Mara Lisle were charged on Monday. The pair denied the charges. "
                                "Two people denied the report.")
    assert only(result.claims, speaker_text="The pair").anonymous is False
    assert only(result.claims, speaker_text="Two people").anonymous is True


def test_an_intention_the_reporter_tells_is_no_claim(analyze):
    result = claims_of(analyze, "Valdor Mining has halted the mine but expects to reopen it by March. "
                                "The Orsk team hopes to win the cup again. The toy maker hopes the "
                                "new console will keep its lead. Governor Lina Arve is hoping that the strike ends soon.")
    # a wish states nothing as true: kept for recall as a position, hidden from the views (round 18)
    assert all(c.act == "position" and c.confidence < 0.5 for c in result.claims)
    assert {c.cue for c in result.claims} <= {"hopes", "hoping"}
    result = claims_of(analyze, "Ms Ilse Harlan said she hoped to reopen the mine by March.")
    assert only(result.claims, cue="said").text == "she hoped to reopen the mine by March"


def test_a_question_put_to_the_speaker_is_not_what_she_says(analyze):
    result = claims_of(analyze, "Asked what the prize means to her, Tamsin Orwell says she feels proud.")
    statements = [c for c in result.claims if c.act == "statement"]
    assert [c.cue for c in statements] == ["says"]
    assert statements[0].text == "she feels proud"
    # round 20: the question put is a hidden "question" act of its own
    assert [(c.cue, c.act) for c in result.claims if c.act != "statement"] == [("Asked", "question")]


def test_a_role_noun_with_a_club_name_is_the_player(analyze):
    result = claims_of(analyze, "Full-back Jonah Pike joined Wexford Rovers in May. "
                                "\u201cIt has been a hard season,\u201d the Wexford full-back said.")
    assert speaker_name(result, only(result.claims, cue="said")) == "Jonah Pike"


def test_an_ally_of_a_named_person_is_not_that_person(analyze):
    for sentence in ("Tom Brandt has led the party since 2001. An ally of Mr Brandt said the leader would stay.",
                     "Tom Brandt has led the party since 2001. A Brandt ally said the leader would stay."):
        claim = only(claims_of(analyze, sentence).claims, cue="said")
        assert claim.speaker is None and claim.anonymous, sentence


def test_a_demonym_for_one_person_is_the_person_quoted(analyze):
    result = claims_of(analyze, "\u201cWe can beat anyone,\u201d Ian Corran said of his side. Corran's own striker "
                                "Luis Ferro has recovered from injury, and the Scot admitted he had not yet decided on a place for him.")
    assert speaker_name(result, only(result.claims, cue="admitted")) == "Ian Corran"


def test_a_cue_with_its_own_object_after_a_dash_says_the_object(analyze):
    result = claims_of(analyze, "Five states want the budget to be capped at 1% of income - the Tarvel Commission "
                                "has urged an increase to 1.26%.")
    assert only(result.claims, cue="urged").text == "an increase to 1.26%"


def test_announcing_a_thing_is_no_claim_announcing_that_is(analyze):
    result = claims_of(analyze, "Finance minister Ruth Ambley announced a freeze on fuel duty. Kestrel Mining "
                                "announced a study into a possible merger.")
    assert result.claims == []
    result = claims_of(analyze, "Kestrel Mining announced that it would close two pits.")
    assert only(result.claims, cue="announced").text == "it would close two pits"


def test_a_question_nobody_put_is_no_claim(analyze):
    result = claims_of(analyze, "Rival councillors said Mr Harwin had cleverly not asked about paid lobbying. "
                                "You might ask if the house is safe once you have left.")
    assert [c.cue for c in result.claims] == ["said"]


def test_an_addressee_object_keeps_the_interrupted_sentence(analyze):
    result = claims_of(analyze, "The difference now, Tom Varley told me on Friday, is that the show is a news programme.")
    assert only(result.claims, cue="told").text.startswith("The difference now")


def test_a_title_and_a_name_parsed_as_two_subjects_are_one_speaker(analyze):
    result = claims_of(analyze, "Olympic sprinter Dimos Kaltsas was cleared on Monday. Kaltsas' lawyer Gregory "
                                "Ionescu described the decision as \"not unexpected\".")
    claim = only(result.claims, cue="described")
    assert claim.speaker_text == "Kaltsas' lawyer Gregory Ionescu"
    assert speaker_name(result, claim) == "Gregory Ionescu" and not claim.anonymous


def test_a_share_of_poll_respondents_is_an_unnamed_source(analyze):
    result = claims_of(analyze, "In a poll of 900 voters, 14% of people aged under 30 said they never voted. "
                                "Nearly a quarter said they struggled to pick a party.")
    assert [c.anonymous for c in result.claims] == [True, True]
    result = claims_of(analyze, "The second quarter showed that sales were weak.")
    assert not only(result.claims, cue="showed").anonymous


def test_the_prime_minister_is_not_the_deputy_prime_minister(analyze):
    text = ("Deputy Prime Minister Olan Vesk opened the bridge on Monday. "
            "The prime minister said the toll would be scrapped.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) is None and not claim.anonymous  # one office holder, unnamed


def test_the_prime_minister_takes_the_holder_named_later(analyze):
    text = ("The prime minister said the toll would be scrapped. "
            "Critics of Prime Minister Olan Vesk called the plan a bribe.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) == "Olan Vesk" and not claim.anonymous


def test_the_chancellor_is_not_the_shadow_chancellor(analyze):
    text = ("Shadow chancellor Mirela Dunst attacked the budget. "
            "The chancellor said the figures were sound.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) is None and not claim.anonymous


def test_the_government_is_the_state_introduced_with_it(analyze):
    text = ("The Norwegian government raised fuel duty on Monday. "
            "The government said the money would pay for rail lines.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert claim.speaker is not None and not claim.anonymous
    assert result.mentions[claim.speaker].text.startswith("Norwegian")


def test_the_government_is_the_country_named_before_the_noun(analyze):
    # the model may find only "Peru" in "the Peru government": the state is the country
    text = ("Mining firms sued the Peru government over new royalties in March. "
            "The government said the royalties were fair.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said", speaker_text="The government")
    assert claim.speaker is not None and not claim.anonymous
    assert result.mentions[claim.speaker].text == "Peru"


def test_the_government_is_no_country_of_a_hypothetical_government(analyze):
    # "a future Peru government" points at no state: with Chile named too, nobody is meant (the
    # only state a story names does speak for "the government": tests/test_gov1.py)
    text = ("Ms Orla Venn said a future Peru government would ban diesel cars, as Chile had done. "
            "The government said the plan was unworkable.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said", speaker_text="The government")
    assert claim.speaker is None and not claim.anonymous


def test_the_government_is_no_country_merely_named_before(analyze):
    # two states named as places and no pointer to either: whose government is unknowable
    text = ("Troops from Chile left Peru in March. "
            "The government said the mission had ended.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said", speaker_text="The government")
    assert claim.speaker is None and not claim.anonymous


def test_who_after_a_name_is_that_name(analyze):
    # in a longer text the parse may hang "who said" on "blunder": the name right before the
    # pronoun is the one meant
    text = ('The adverts were branded a "costly blunder" by the Greens who said the opening '
            'salvo of the race had misfired.')
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert claim.speaker_text == "who" and not claim.anonymous
    assert result.mentions[claim.speaker].text == "Greens"


def test_who_after_two_joined_names_is_neither_alone(analyze):
    text = ("The suit was brought by Dorvex and Ohio attorney general Halvard Ruud who alleged "
            "that the firm had sent fake bills.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="alleged")
    assert claim.speaker is None and not claim.anonymous


def test_who_after_a_spokesman_for_a_body_is_the_spokesman_not_the_body(analyze):
    text = "The deal was criticised by a spokesman for the Velmar Union, who said it was unfair."
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert claim.speaker is None and claim.anonymous
    assert result.mentions[claim.speaker_affiliation].text == "Velmar Union"


def test_which_after_an_adviser_for_a_body_is_the_body(analyze):
    # "which" never stands for a person: not the adviser's affiliation, the body itself
    text = "Mr Orvell is acting as an adviser for the Velmar Party, which denies running a smear campaign."
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="denies")
    assert result.mentions[claim.speaker].text == "Velmar Party" and not claim.anonymous


def test_who_after_a_name_after_a_word_of_no_person_is_the_name(analyze):
    text = "The task gets harder for Kerstin Oddvar, who has already admitted she dislikes training."
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="admitted")
    assert speaker_name(result, claim) == "Kerstin Oddvar" and not claim.anonymous


def test_who_after_the_last_of_alternatives_is_that_one(analyze):
    text = "A move to Dorvex was likelier than Ravenna, or Portuguese side Vila Sul, who also expressed an interest."
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="expressed")
    assert result.mentions[claim.speaker].text == "Vila Sul"


def test_which_after_and_that_of_a_body_is_the_body(analyze):
    text = ("The court took up the case of six travellers, and that of the Velmar Rights Centre, "
            "which said the rules were unfair.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert result.mentions[claim.speaker].text == "Velmar Rights Centre"


def test_which_after_a_body_is_that_body(analyze):
    text = "The ban was lifted by the Velmar Athletics Union - which said it was surprised by the ruling."
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert result.mentions[claim.speaker].text == "Velmar Athletics Union" and not claim.anonymous


def test_a_persons_supporters_are_unnamed_people_of_that_person(analyze):
    text = "Mr Talbot Quenby's supporters said the vote had been rigged."
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert claim.speaker is None and claim.anonymous
    assert result.mentions[claim.speaker_affiliation].full_name == "Talbot Quenby"


def test_the_government_of_a_named_place_is_that_place_not_the_last_government(analyze):
    text = ("The Norwegian government raised fuel duty on Monday. "
            "The government in Stockholm said it would not follow.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert claim.speaker is not None and not claim.anonymous
    assert result.mentions[claim.speaker].text == "Stockholm"


def test_the_chancellor_is_not_a_former_chancellor(analyze):
    text = ("Former chancellor Mirela Dunst attacked the budget. "
            "The chancellor said the figures were sound.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) is None and not claim.anonymous


def test_a_nations_president_is_not_the_president_named_before(analyze):
    text = ("President Hal Corrigan won the vote in Ohio. "
            "The French president said the result was good for trade.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) is None and not claim.anonymous


def test_a_party_leader_is_the_person_introduced_with_that_title(analyze):
    text = ("Tory leader Rodric Amberley toured the flooded towns on Monday. "
            "The Tory leader said the defences had failed.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) == "Rodric Amberley"


def test_the_government_is_not_a_hypothetical_one(analyze):
    text = ("Ms Orla Venn said a Green government would ban diesel cars. "
            "The government said the plan was unworkable.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said", speaker_text="The government")
    assert claim.speaker is None and not claim.anonymous


def test_a_bodys_plural_things_are_no_anonymous_people(analyze):
    text = "The Velmar Bank's minutes said the vote had been close."
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert not claim.anonymous


def test_another_name_ends_an_apposition(analyze):
    text = ("The plan was backed by Treasury Secretary Ian Tollard, health minister Bo Reyes and "
            "Deputy Prime Minister Ana Quist. The prime minister said it would pass.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said", speaker_text="The prime minister")
    assert speaker_name(result, claim) is None


# --- round 12 (branch clm12): purpose clauses, connectives, relative objects, "a false X" ------


def test_purpose_clause_is_no_claim(analyze):
    result = claims_of(analyze, "Toy makers should print bigger labels so parents can understand what "
                                "their children are buying, the trade minister Ulla Brenner has said.")
    assert only(result.claims, cue="said").text.startswith("Toy makers should print")
    assert [c for c in result.claims if c.cue == "understand"] == []


def test_explaining_a_question_is_the_topic_not_a_claim(analyze):
    result = claims_of(analyze, "Explaining why the robot rolled on wheels, Ola Berg, an engineer at "
                                "Corvel, said balance was far easier to keep.")
    claim = only(result.claims, speaker_text="Ola Berg")
    assert (claim.cue, claim.text) == ("said", "balance was far easier to keep")
    assert [c for c in result.claims if c.cue == "Explaining"] == []


def test_reporters_connective_closing_the_clause_is_left_out(analyze):
    result = claims_of(analyze, "Many bankers believe that passwords are simply not safe enough any more though.")
    claim = only(result.claims, cue="believe")
    assert claim.text == "passwords are simply not safe enough any more"


def test_relative_object_keeps_only_what_is_said(analyze):
    result = claims_of(analyze, "The carmaker shares parts with the Vesper, which Lars Omdal described as "
                                "the most important model of the decade.")
    claim = only(result.claims, cue="described")
    assert claim.text == "the most important model of the decade"


def test_a_false_economy_is_no_denial(analyze):
    result = claims_of(analyze, "Plans to close the depots will prove to be a false economy, according to "
                                "a report by the Rail Users Forum.")
    claim = only(result.claims, cue="according to")
    assert claim.stance == "assert"


def test_belief_to_be_brought_about_is_no_claim(analyze):
    result = claims_of(analyze, "Berro used the harbour figures to prove that the tariffs had failed. "
                                "The council demanded that every trader prove that the stalls were insured.")
    assert [c for c in result.claims if c.cue == "prove"] == []


def test_clause_after_the_cue_wins_over_the_sentence_before(analyze):
    result = claims_of(analyze, "It is no secret in the city, for example, that the palace believes the "
                                "minister is sulking and acting in a petty way.")
    claim = only(result.claims, cue="believes")
    assert claim.text == "the minister is sulking and acting in a petty way"


def test_contrast_with_other_sources_is_left_out(analyze):
    result = claims_of(analyze, "Several traders have predicted prices will fall next spring, although "
                                "others feel the lender could yet raise them.")
    claim = only(result.claims, cue="predicted")
    assert claim.text == "prices will fall next spring"


def test_subject_the_parser_made_an_object_stays_in_the_clause(analyze):
    result = claims_of(analyze, "Elsewhere, the Kestrel Lenders Group added underlying mortgage lending rose "
                                "by 4m in November.")
    claim = only(result.claims, cue="added")
    assert claim.text == "underlying mortgage lending rose by 4m in November"


def test_what_someone_is_urged_to_say_is_no_claim(analyze):
    result = claims_of(analyze, "The Rovers supporters club urged the board to reject the new offer.")
    assert [c.cue for c in result.claims] == ["urged"]


def test_when_questioned_is_the_reporters_framing(analyze):
    result = claims_of(analyze, "The former chief denied he frequently met Tomas Reyes to discuss company "
                                "business when questioned by the prosecution.")
    claim = only(result.claims, cue="denied")
    assert claim.text == "he frequently met Tomas Reyes to discuss company business"


def test_accusing_someone_of_nothing_named_is_no_claim(analyze):
    result = claims_of(analyze, "Coach Ruiz accuses Varland sprinters\n\nCoach Ruiz has accused the "
                                "sprinters of lacking ambition.")
    claim = only(result.claims, cue="accused")
    assert claim.text == "the sprinters of lacking ambition"
    assert [c for c in result.claims if c.cue == "accuses"] == []


@pytest.mark.parametrize("text, topic", [
    ("Asked about the merger, a Kovac spokesman declined to comment.", "the merger"),
    ("When asked whether the plant would close, the firm refused to comment.", "the plant would close"),
])
def test_declined_comment_takes_the_question_put_as_its_topic(analyze, text, topic):
    claim = only(claims_of(analyze, text).claims, stance="decline_comment")
    assert claim.text == topic


@pytest.mark.parametrize("text, cue", [
    ("Many analysts suspect the losses were hidden in the accounts.", "suspect"),
    ("The governor underscored that the bridge would reopen in May.", "underscored"),
    ("Few economists foresee that rates will fall this year.", "foresee"),
])
def test_round_12_mined_cues_with_their_clause(analyze, text, cue):
    assert only(claims_of(analyze, text).claims, cue=cue).stance == "assert"


def test_blaming_a_deed_on_someone_is_a_claim(analyze):
    result = claims_of(analyze, "The mayor blamed the flooding on poor drainage.")
    assert only(result.claims, cue="blamed").text.startswith("the flooding")


@pytest.mark.parametrize("text, cue, content, stance", [
    ("Ostrava faces a fraud charge, which the firm denies.", "denies", "a fraud charge", "deny"),
    ("Growth topped the 3% rate that economists had forecast.", "forecast", "the 3% rate", "assert"),
    ("He praised the plan, which he likened to a bridge over a river.", "likened", "a bridge over a river", "assert"),
])
def test_relative_object_without_words_after_the_cue_is_the_noun(analyze, text, cue, content, stance):
    claim = only(claims_of(analyze, text).claims, cue=cue)
    assert (claim.text, claim.stance) == (content, stance)


@pytest.mark.parametrize("text, content", [
    ("Sources told the BBC lessons were being learned.", "lessons were being learned"),
    ("The minister told a court that the charges against him were false.", "the charges against him were false"),
])
def test_hearer_is_not_the_subject_of_what_is_told(analyze, text, content):
    assert only(claims_of(analyze, text).claims, cue="told").text == content


@pytest.mark.parametrize("text, cue", [
    ("The carmaker blamed weak demand in Europe and currency losses.", "blamed"),
    ("Mayor Ruiz accused the treasurer and his deputy of squabbling like children.", "accused"),
])
def test_blame_with_a_cause_and_accusation_with_a_far_of_are_claims(analyze, text, cue):
    assert only(claims_of(analyze, text).claims, cue=cue).stance == "assert"


def test_warned_keeps_the_subject_the_parser_made_its_object(analyze):
    result = claims_of(analyze, "The coach warned the Kestrel Lions will be his hardest opponents yet.")
    assert only(result.claims, cue="warned").text == "the Kestrel Lions will be his hardest opponents yet"


def test_relative_object_with_a_time_after_the_cue_is_the_noun(analyze):
    claim = only(claims_of(analyze, "Varga faces a bribery charge, which he denied on Tuesday.").claims, cue="denied")
    assert (claim.text, claim.stance) == ("a bribery charge", "deny")


def test_a_time_word_is_cut_from_the_speaker(analyze):
    result = claims_of(analyze, "The council approved the budget. Earlier Dana Kellerman said the plan was fair.")
    assert only(result.claims, cue="said").speaker_text == "Dana Kellerman"
    result = claims_of(analyze, "The vote was close. On Wednesday Prime Minister Ivo Brandt said they would appeal.")
    assert only(result.claims, cue="said").speaker_text == "Prime Minister Ivo Brandt"
    result = claims_of(analyze, "Last year's winner, Tom Ferris, said the prize had changed his life.")
    assert only(result.claims, cue="said").speaker_text == "Last year's winner"  # the date owns the noun


def test_a_headline_name_without_an_actor_is_no_anonymous_source(analyze):
    result = claims_of(analyze, "Kovacs: That was a hard game\n\nThat was a tough match. We worked hard for our win.")
    claim = only(result.claims, speaker_text="Kovacs")
    assert (claim.speaker, claim.anonymous) == (None, False)


def test_the_actor_and_the_age_are_the_person_just_named(analyze):
    result = claims_of(analyze, "Veteran actor Oren Castellano has criticised modern films. The star of many westerns "
                                "said cinema was in decline. The 71-year-old also said he had lost his passion.")
    assert speaker_name(result, only(result.claims, speaker_text="The star of many westerns")) == "Oren Castellano"
    assert speaker_name(result, only(result.claims, speaker_text="The 71-year-old")) == "Oren Castellano"
    result = claims_of(analyze, "Oren Castellano met the striker Hal Brody on Monday. The 71-year-old said it went well.")
    claim = only(result.claims, speaker_text="The 71-year-old")
    assert (claim.speaker, claim.anonymous) == (None, False)  # two people: not guessed, but one person


def test_they_after_an_unresolved_couple_is_the_couple(analyze):
    # before: "They" went back past the couple to the label named first; the couple is the two
    # people named just before it (speaker the first, speakers both)
    result = claims_of(analyze, "Vela Records signed Mira Volk in 2001. The singer married Dan Ortez last year. "
                                "The couple, who wed in Reno, said a "
                                "magazine printed photos without consent. They said they had only agreed to private pictures.")
    claim = only(result.claims, speaker_text="They")
    assert claim.anonymous is False
    assert [result.mentions[i].full_name for i in claim.speakers] == ["Mira Volk", "Dan Ortez"]


def test_a_capital_speaking_is_its_country(analyze):
    result = claims_of(analyze, "The United States and China met in Geneva. Washington argues that the embargo must "
                                "stay. Beijing says the island is part of China.")
    assert speaker_name(result, only(result.claims, speaker_text="Washington")) == "United States"
    assert speaker_name(result, only(result.claims, speaker_text="Beijing")) == "China"
    # a name that holds the capital's word: "Berlin" may be the festival, so it stays itself
    result = claims_of(analyze, "Organisers of the Berlin Film Festival said the films were strong. "
                                "Germany sent a minister. Berlin applauded the German entries.")
    claim = only(result.claims, speaker_text="Berlin")
    assert speaker_name(result, claim) != "Germany"


def test_a_lead_describing_its_subject_takes_the_name_the_next_sentence_opens_with(analyze):
    result = claims_of(analyze, "Row over arts cash\n\nAn artist critical of the new funding plan has denied comparing "
                                "it to a dictatorship.\n\nMara Delacourt is worried that the council may be taken over.")
    claim = only(result.claims, cue="denied")
    assert (speaker_name(result, claim), claim.anonymous) == ("Mara Delacourt", False)
    # an unnamed source's noun stays unnamed: "a spokesman" is not the chief executive named next
    result = claims_of(analyze, "Court case\n\nA spokesman said the case was closed.\n\n"
                                "Ivo Renner, the chief executive, said he was pleased.")
    claim = only(result.claims, speaker_text="A spokesman")
    assert (claim.speaker, claim.anonymous) == (None, True)
    # the name the lead already gave another part is not the describer's
    result = claims_of(analyze, "Court case\n\nA judge has dismissed a bid by Ivo Renner to stop the sale.\n\n"
                                "Ivo Renner had asked for more time.")
    assert only(result.claims, cue="dismissed").speaker is None


def test_many_and_some_stay_unnamed_sources(analyze):
    result = claims_of(analyze, "The minister resigned last week. Many believe the real motive was money.")
    assert only(result.claims, speaker_text="Many").anonymous is True


def test_a_person_the_speaker_talks_about_is_no_rival_for_his_he(analyze):
    result = claims_of(analyze, "The chancellor gave a speech on Monday. Former party leader Lord Penwick said the "
                                "chancellor would be best placed to lead. When asked about the contest, he told the "
                                "Valley Herald: \"That contest is a long way away.\"")
    claim = only(result.claims, cue="told")
    assert claim.speaker is not None and "Penwick" in speaker_name(result, claim)


def test_a_verb_joined_to_a_passive_shares_its_subject_not_its_agent(analyze):
    # "X was upset by Y's tactics and praised ...": X praised; Y is only the first verb's agent
    result = claims_of(analyze, "Coach Dario Pelt was upset by Halford's rough tactics during the game "
                                "and praised the effort of his own players.")
    claim = only(result.claims, cue="praised")
    assert claim.speaker_text == "Coach Dario Pelt"
    assert speaker_name(result, claim) == "Dario Pelt"
    # a participle sharing the passive: he was told, he did not tell
    result = claims_of(analyze, "Mr Olsen was given a curfew and told to surrender his passport.")
    assert not [c for c in result.claims if c.cue == "told"]
    # the passive inside what is said: the body speaks both verbs, not the thing abolished
    result = claims_of(analyze, "The ministry said fixed sentences would not be abolished and argued that "
                                "courts already had choices.")
    assert all(c.speaker_text != "fixed sentences" for c in result.claims)


def test_an_aged_demonym_is_one_person_not_the_people(analyze):
    # "the 24-year-old Swiss": an age makes even a collective word one person, the one quoted
    result = claims_of(analyze, "Marta Velkova won her first match in Bangkok. \"I feel good,\" she said. "
                                "Speaking to a local paper, the 24-year-old Swiss added: \"The courts here are fast.\"")
    claim = only(result.claims, cue="added")
    assert speaker_name(result, claim) == "Marta Velkova"
    assert claim.anonymous is False


def test_a_possessive_owner_of_a_noun_of_saying_is_the_person_named(analyze):
    # "his belief that": "his" is the person just named, not an unnamed source
    result = claims_of(analyze, "The coach forced Dan Holt to reassess his belief that a win was near.")
    claim = only(result.claims, cue="belief")
    assert claim.speaker_text == "his"
    assert speaker_name(result, claim) == "Dan Holt"
    assert claim.anonymous is False


def test_it_after_an_unresolved_body_stays_with_that_body(analyze):
    # "said the watchdog ... it said": the watchdog goes on speaking, not the bank it criticised
    result = claims_of(analyze, "Velmar Bank was fined on Monday. \"Velmar has misled its customers,\" said the "
                                "watchdog in a statement. \"The fine should be a warning to others,\" it said.")
    claim = only(result.claims, speaker_text="it")
    assert claim.speaker is None
    assert claim.anonymous is False


def test_a_leaders_government_is_not_the_leader(analyze):
    # "President X's government has said": the government speaks, not the president
    result = claims_of(analyze, "President Ivo Marek's government has said it wants to cut fuel subsidies.")
    claim = only(result.claims, cue="said")
    assert claim.speaker is None
    assert claim.anonymous is False


def test_the_pair_is_the_two_people_just_named(analyze):
    # one speaker actor in the schema: the first, with every one of the pair in speakers
    result = claims_of(analyze, "Rapper Kid Vela has ended his feud with his protege Jo Marsh as the pair said "
                                "they hoped to set an example for fans. They said the row was over.")
    for claim in (only(result.claims, speaker_text="the pair"), only(result.claims, speaker_text="They")):
        assert speaker_name(result, claim) == "Kid Vela"
        assert [result.mentions[i].full_name for i in claim.speakers] == ["Kid Vela", "Jo Marsh"]
        assert claim.anonymous is False


def test_names_joined_before_who_speak_together(analyze):
    result = claims_of(analyze, "The prize went to Dana Kell and Mia Holt, who said the race was hard.")
    claim = only(result.claims, cue="said")
    assert [result.mentions[i].full_name for i in claim.speakers] == ["Dana Kell", "Mia Holt"]
    assert speaker_name(result, claim) == "Dana Kell"


def test_a_list_missing_a_name_is_no_group(analyze):
    # "Ana Ruiz, Mia Holt and Eva Sand, who": the finder may miss a name; part of the list is not it
    result = claims_of(analyze, "The medal went to Ana Ruiz, Mia Holt and Eva Sand, who said the race was hard.")
    claim = only(result.claims, cue="said")
    assert claim.speakers is None


def test_documents_of_nobody_named_are_an_unnamed_source(analyze):
    result = claims_of(analyze, "Studio estimates suggest the film took 20m dollars.")
    claim = only(result.claims, speaker_text="Studio estimates")
    assert (claim.speaker, claim.anonymous) == (None, True)
    result = claims_of(analyze, "The reports said the film took 20m dollars.")
    assert only(result.claims, speaker_text="The reports").anonymous is False  # some reports the text has in mind


def test_the_study_is_the_one_authored_document_named_by_another_noun(analyze):
    text = ("By 2025, many homes will still lack access, says a study. Millions will miss out, predicts the report "
            "by phone firm Velcom. The study calls on the government to act.")
    result = claims_of(analyze, text)
    assert speaker_name(result, only(result.claims, speaker_text="The study")) == "Velcom"
    result = claims_of(analyze, "Velcom said costs rose. A study said costs fell. The study also said prices rose.")
    assert only(result.claims, speaker_text="The study").speaker is None  # no authored document: not Velcom
    result = claims_of(analyze, "A report by Velcom said costs rose. The book says prices fell.")
    assert only(result.claims, speaker_text="The book").speaker is None  # a book is no other name of a report


def test_they_is_not_the_figures_a_party_cited(analyze):
    # "government figures" are an unnamed source of their own; the next "They" is still the party
    result = claims_of(analyze, "The Tories want tests for migrants. They claim government figures show that the "
                                "disease has increased. They also believe that controls should be stricter.")
    assert only(result.claims, speaker_text="government figures").anonymous is True
    assert speaker_name(result, only(result.claims, cue="believe")) == "Tories"


def test_a_bodys_short_name_in_brackets_is_no_other_body_for_it(analyze):
    # "said the Vostran Telecoms Authority (VTA). In a report, it said": it is the VTA
    result = claims_of(analyze, "Homes with fast links grew by a fifth last year, said the Vostran Telecoms "
                                "Authority (VTA). In a new report, it said there were now nine million lines.")
    claim = only(result.claims, speaker_text="it")
    assert speaker_name(result, claim) == "Vostran Telecoms Authority"


# --- round 14: cue verbs in other senses, imagined and conditional cues ---------------------------

@pytest.mark.parametrize("text", [
    "Heavy rain has lashed the port of Korvath for a week, flooding its streets.",
    "The storm which lashed Korvath last week left thousands without power.",
    "The first quarter showed annual growth of 4.1%, with the second showing 0.9%.",
])
def test_weather_and_periods_are_no_speakers(analyze, text):
    assert claims_of(analyze, text).claims == []


def test_showing_an_interest_is_no_claim(analyze):
    result = claims_of(analyze, "Mr Dalby said carmakers were already showing an interest in the engine.")
    assert [c.cue for c in result.claims] == ["said"]


def test_trying_to_show_is_an_aim_not_a_claim(analyze):
    result = claims_of(analyze, "Ms Tarrow used the speech to try to show she was listening to voters.")
    assert result.claims == []


def test_a_cue_imagined_by_the_speaker_is_his_claim_only(analyze):
    result = claims_of(analyze, "Opposition spokesman Ivo Drenk said parents would wonder why the director "
                                "was still in post.")
    assert [c.cue for c in result.claims] == ["said"]


def test_a_cue_under_if_is_no_claim(analyze):
    result = claims_of(analyze, "If the minister says the plan is dead, the unions will strike.")
    assert result.claims == []


def test_accusing_someone_of_lying_is_an_accusation_not_a_denial(analyze):
    claim = only(claims_of(analyze, "In the interview Bellamy accused Pardew of lying.").claims, cue="accused")
    assert claim.stance == "assert"


def test_a_rejected_label_is_not_what_is_denied(analyze):
    result = claims_of(analyze, "The band gained an image as a protest group - which Haldane rejected as a cliche.")
    claim = only(result.claims, cue="rejected")
    assert claim.text == "an image"  # what she rejects, not her label for it ("a cliche")


@pytest.mark.parametrize("text, anonymous", [
    ("The film took $30m in weekend ticket sales, according to studio estimates.", True),
    ("The film took $30m in weekend ticket sales, according to the figures.", False),
])
def test_documents_with_no_owner_are_unnamed_sources(analyze, text, anonymous):
    assert only(claims_of(analyze, text).claims, cue="according to").anonymous is anonymous


def test_a_cue_someone_else_is_wanted_to_say_is_no_claim(analyze):
    # "Turkey" would admit, not "many in France"; nobody has said anything yet
    result = claims_of(analyze, "Many in Vardia would prefer Tessel to admit that the killings were a crime.")
    assert result.claims == []


def test_a_relative_subject_before_the_cue_is_not_content(analyze):
    result = claims_of(analyze, "Korvo prefers the Ogg format, which it says makes copying harder.")
    # (since round 69 the noun the pronoun stands for is the first piece: the "which" stays out)
    assert only(result.claims, cue="says").text == "the Ogg format … makes copying harder"


def test_a_free_relative_opening_the_content_stays(analyze):
    claim = only(claims_of(analyze, "What they did, not what they were called, was what counted, she added.").claims,
                 cue="added")
    assert claim.text == "What they did, not what they were called, was what counted"


def test_a_refusal_inside_reported_speech_under_could_is_still_a_no_comment(analyze):
    result = claims_of(analyze, "A Tessel Bank spokesman said he could not comment on the case.")
    assert only(result.claims, cue="comment").stance == "decline_comment"


def test_even_if_is_no_condition(analyze):
    result = claims_of(analyze, "Tait got praise, even if the coach admitted Cardiff was a hard place.")
    assert only(result.claims, cue="admitted").text == "Cardiff was a hard place"


@pytest.mark.parametrize("text, quote", [
    ("“Why did he change his mind?” Ruiz asked.", "Why did he change his mind?"),
    ("“Is it over?” asked Ruiz, the club captain.", "Is it over?"),
])
def test_a_quote_closing_on_a_question_takes_the_tag_after_it(analyze, text, quote):
    assert only(claims_of(analyze, text).claims, cue="asked").text == quote


def test_a_new_sentence_after_a_question_is_no_tag(analyze):
    result = claims_of(analyze, "“Has Vardia moved on?” Responding to her, Mr Pugh said: “The plan is sound.”")
    assert only(result.claims, cue="said").text == "The plan is sound."


@pytest.mark.parametrize("text", [
    "Release date to be confirmed on the new console.",
    "The owners of Vardo Oil are to ask the buyer of its unit to pay back a loan.",
    "The minister is to announce that the scheme will end.",
])
def test_what_is_still_to_be_said_is_no_claim(analyze, text):
    assert claims_of(analyze, text).claims == []


def test_the_writers_you_is_no_speaker(analyze):
    assert claims_of(analyze, "You forgot to mention the greatest show of them all!").claims == []


def test_a_cue_inside_a_condition_is_no_claim(analyze):
    text = "Lenders could lose their licence if they do not tell buyers plainly what the loan costs."
    assert claims_of(analyze, text).claims == []


def test_announcing_a_spending_boost_is_a_decision_not_a_claim(analyze):
    text = "Even before Korvo announced this latest spending boost it backed open software."
    assert [c for c in claims_of(analyze, text).claims if c.cue == "announced"] == []


def test_a_response_that_was_to_say_something_is_said(analyze):
    result = claims_of(analyze, "His best response was to say that he had been misquoted.")
    assert only(result.claims, cue="say").text == "he had been misquoted"


@pytest.mark.parametrize("text, cue", [
    ("“The passion I had, I do not know if you can find that,” he admitted.", "admitted"),
    ("Oil firm Varco has announced a 26% rise in annual profits.", "announced"),
    ("Panel members said the ministry erred when it chose to dismiss worries raised by nurses.", "dismiss"),
])
def test_tags_results_and_judged_acts_stay_claims(analyze, text, cue):
    assert only(claims_of(analyze, text).claims, cue=cue)


@pytest.mark.parametrize("text, denied", [
    ("On Monday Kell faced fraud charges in court, which he denies.", "fraud charges"),
    ("He was arrested in March over claims of fraud, which he denies.", "claims of fraud"),
])
def test_a_relative_denial_denies_the_noun_not_a_place_or_date_after_it(analyze, text, denied):
    claim = only(claims_of(analyze, text).claims, stance="deny")
    assert claim.text == denied


@pytest.mark.parametrize("text, stance", [
    ("Mr Kell earlier dismissed the claim he had broken a promise to stand aside for Ms Vaal as old news.", "assert"),
    ("Mr Kell dismissed the claim as a distraction from the real issues.", "assert"),
    ("Mr Kell dismissed the claim as nonsense.", "deny"),
    ("Mr Kell dismissed claims that he acted as an agent for the firm.", "deny"),
])
def test_dismissed_as_old_news_sets_a_claim_aside_without_denying_it(analyze, text, stance):
    assert only(claims_of(analyze, text).claims, cue="dismissed").stance == stance


def test_a_place_in_the_firms_apposition_is_never_the_firm(analyze):
    # the place named after the firm, followed by "firms", is not what "the firm" stands for
    result = claims_of(analyze, "Brannick Tools, of Dunmore, Ohio, leads a group of firms working on the dam. "
                                "Brannick said the work would go on. But the firm denied reports that it was leaving.")
    claim = only(result.claims, cue="denied")
    assert speaker_name(result, claim) != "Ohio"


def test_in_a_statement_from_a_firm_the_company_is_that_firm(analyze):
    result = claims_of(analyze, "Shares in Dorvane fell on Monday. In a statement from Karvex Holdings announcing "
                                "the end of the scheme, the company denied that the plan had failed.")
    claim = only(result.claims, cue="denied")
    assert speaker_name(result, claim) == "Karvex Holdings"


def test_in_a_letter_from_one_firm_to_another_the_firm_is_neither(analyze):
    result = claims_of(analyze, "Shares in Dorvane fell on Monday. In a letter from Dorvane to Karvex, "
                                "the firm said that it would sue.")
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) is None


def test_an_agency_quoting_a_person_is_the_outlet(analyze):
    result = claims_of(analyze, "\u201cThe plant will close in May,\u201d the Velnor news agency quoted Mr Dastan as saying.")
    claim = only(result.claims, cue="saying")
    assert claim.speaker_text == "Mr Dastan"
    assert claim.outlet == "the Velnor news agency"


def test_the_firms_are_the_two_firms_named_just_before(analyze):
    result = claims_of(analyze, "Shares in Karvex Energy and Dorvane Mining Corp rose on talk of a merger. "
                                "The firms denied that they had met, but said they were talking.")
    for claim in result.claims:
        assert [result.mentions[i].full_name for i in claim.speakers] == ["Karvex Energy", "Dorvane Mining Corp"]


def test_the_two_firms_after_three_named_are_no_group(analyze):
    result = claims_of(analyze, "Shares in Karvex Energy, Tolbrook Holdings and Dorvane Mining Corp rose on Monday. "
                                "The two firms denied that they had met.")
    claim = only(result.claims, cue="denied")
    assert claim.speakers is None and claim.speaker is None


def test_he_after_an_unresolved_speaker_is_not_a_person_that_speaker_named(analyze):
    result = claims_of(analyze, "Painters Ivo Renner and Omar Tesk have joined the new show by Dana Kell, "
                                "the director has told reporters.\n\nHe said both men had read the scripts.")
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) is None  # the director, most likely; never Renner


def test_both_firms_after_three_named_are_no_group(analyze):
    result = claims_of(analyze, "Shares in Karvex Energy, Tolbrook Holdings and Dorvane Mining Corp rose on Monday. "
                                "Both firms denied that they had met.")
    claim = only(result.claims, cue="denied")
    assert claim.speakers is None


def test_firms_named_apart_in_a_sentence_are_no_group(analyze):
    result = claims_of(analyze, "Karvex Energy tried a new drill last year with Dorvane Mining Corp in Norway. "
                                "The firms said that the drill had failed.")
    claim = only(result.claims, cue="said")
    assert claim.speakers is None


def test_a_description_by_what_the_person_is_takes_the_one_who_spoke_just_before(analyze):
    text = ('"We were surprised by the speed of it," said Marco Bellini, a games specialist at the Turin '
            'institute.\n\n"I think it will grow," added the Italian-born researcher, who has made several games.')
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="the Italian-born researcher")
    assert speaker_name(result, claim) == "Marco Bellini" and not claim.anonymous
    text = ('"We were surprised," said Marco Bellini. The prize went to Lena Varga.\n\n'
            '"It will grow," added the Italian-born researcher.')
    result = claims_of(analyze, text)
    assert only(result.claims, speaker_text="the Italian-born researcher").speaker is None  # two people: either


def test_a_definite_lead_by_an_office_takes_the_name_that_opens_the_next_sentence(analyze):
    text = ("Ferry strike talks fail\n\nThe Danish transport minister at the centre of the ferry row says he "
            "will not resign.\n\nLars Holm claims the unions misled the public about the talks.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="says")
    assert speaker_name(result, claim) == "Lars Holm"


def test_he_is_not_a_person_named_inside_what_the_last_claim_reported(analyze):
    text = ("Ivo Renner spoke in Leeds on Friday. The speech was long.\n\n"
            "\"We will win,\" he said.\n\nMs Carter has failed to tackle these problems, he claimed.\n\n"
            "The Tories, he said, can cut crime.")
    result = claims_of(analyze, text)
    claim = only(result.claims, text="The Tories … can cut crime")  # round 32: two pieces, joined
    assert speaker_name(result, claim) != "Ms Carter"


def test_he_does_not_go_on_from_an_unnamed_source_that_is_no_person(analyze):
    text = 'Ivan Ruiz, for the Greens, said the vote showed the council was weak. He said: "They must think again."'
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="He")
    assert speaker_name(result, claim) == "Ivan Ruiz" and not claim.anonymous


def test_a_party_by_its_everyday_name_is_no_unnamed_source(analyze):
    text = ("The Conservative Party set out its schools plan on Monday. Truancy has barely moved in ten "
            "years. Tories say the old gains came only from the simple cases.")
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="Tories")
    assert speaker_name(result, claim) == "Conservative Party" and not claim.anonymous
    result = claims_of(analyze, "Truancy has barely moved in ten years. Tories say the old gains came only "
                                "from the simple cases.")
    assert not only(result.claims, speaker_text="Tories").anonymous  # named, though no mention of the party



def test_a_bodys_name_in_apposition_after_a_noun_of_no_person(analyze):
    result = claims_of(analyze, "The league's sponsor, Vantorix Motors, said it would pay for the new stands.")
    assert speaker_name(result, only(result.claims, cue="said")) == "Vantorix Motors"


def test_his_son_is_no_rival_for_he(analyze):
    text = ("Karim Haddad, father of Yusuf, thanked his lawyers for the support during the campaign for his son's "
            "release. He added: \"We are very happy today.\"")
    result = claims_of(analyze, text)
    assert speaker_name(result, only(result.claims, speaker_text="He")) == "Karim Haddad"


def test_she_never_goes_on_from_a_claim_made_as_he(analyze):
    text = ('Omar Saleh, father of Tarik, thanked his lawyers.\n\nHe added: "We are happy."\n\n'
            'Lawyer Hanna Christian said the government should have acted sooner. She said: "It took too long."')
    result = claims_of(analyze, text)
    assert speaker_name(result, only(result.claims, speaker_text="She")) != "Omar Saleh"


def test_a_pronoun_after_a_passive_report_is_the_person_it_named(analyze):
    # "it has been reported" has no reporter a "she" could go on from: she is the one named
    text = ("Shares in Valdor rose on Monday. It has long been reported that Ana Kell intends to sell "
            "her stake, but she has always denied this.")
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="she")
    assert speaker_name(result, claim) == "Ana Kell" and not claim.anonymous


def test_a_relative_clause_describing_the_named_man_is_no_rival_for_he(analyze):
    # "who was a Home Office minister" describes Lord Edwards himself: "He" is still him
    text = ("The inquiry was told the fires were set by agents. Its last witness was Lord Edwards of "
            "Kelso, who was a Home Office minister in 1990. He denied that the police had acted improperly.")
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="He")
    assert speaker_name(result, claim) is not None and "Edwards" in speaker_name(result, claim)


def test_the_party_is_the_party_named_last_even_as_a_modifier(analyze):
    text = ("Young voters could swing a dozen seats, Liberal Democrat leader Ana Ruiz has claimed.\n\n"
            "The party says students back its plan to scrap fees.")
    result = claims_of(analyze, text)
    claim = only(result.claims, speaker_text="The party")
    assert speaker_name(result, claim) is not None and "Liberal Democrat" in speaker_name(result, claim)


def test_the_party_after_two_parties_in_one_sentence_is_not_guessed(analyze):
    text = ("Tuition fees divided the Labour Party and the Conservative Party in a debate on Monday.\n\n"
            "The party says students back its plan to scrap fees.")
    result = claims_of(analyze, text)
    assert only(result.claims, speaker_text="The party").speaker is None


def test_a_capitalized_noun_of_a_person_after_the_is_a_description(analyze):
    text = ("In making his ruling, Judge Kessler said the law on trade secrets came first. "
            "The Judge wrote that the website had broken the rules.")
    result = claims_of(analyze, text)
    assert speaker_name(result, only(result.claims, speaker_text="The Judge")) == "Kessler"


def test_a_member_described_by_his_seat_is_the_one_who_just_spoke(analyze):
    text = ("Hugh Garside, who won the seat from Labour in 2001, said he would stand again. "
            "The Salford backbencher accused his rivals of lying.")
    result = claims_of(analyze, text)
    assert speaker_name(result, only(result.claims, speaker_text="The Salford backbencher")) == "Hugh Garside"


def test_a_name_in_apposition_to_a_noun_of_a_person_is_that_person_whatever_its_label():
    # "The director of the comedy, Ravi Tandon, says": the model may label the name a body
    from newsgraph.attribution.speakers import SpeakerResolver
    from newsgraph.model import Mention

    text = "The director of the comedy, Ravi Tandon, says so. Kessel Group and Delhi agree."
    def mention(words: str, label: str) -> Mention:
        start = text.index(words)
        return Mention("d", start, start + len(words), words, label, words.lower(), words, 0)
    resolver = SpeakerResolver(text, [mention("Ravi Tandon", "ORG"), mention("Kessel Group", "ORG"),
                                      mention("Delhi", "GPE")], CueLexicon.from_data())
    assert resolver._personal_name(0)
    assert not resolver._personal_name(1)  # a noun of a body in the name
    assert not resolver._personal_name(2)  # a place


def test_he_does_not_go_on_from_a_finding_whose_phrase_holds_for(analyze):
    # "a review of plans for the budget found" is no person: "He" is the man who said it
    text = ("Shadow minister Hal Dorney said the plan was costly. But the former adviser Ed Vance said a "
            "review of Labour plans for the budget found a £3bn gap. He added: \"I do not accept any need "
            "for change.\"")
    result = claims_of(analyze, text)
    assert speaker_name(result, only(result.claims, speaker_text="He")) == "Ed Vance"


def test_which_after_a_person_noun_and_a_preposition_is_the_named_body():
    # the parse may hang "which" on "rival" (an unnamed source's noun); "which" never stands for
    # a person, so the body named after the preposition speaks
    from newsgraph.attribution.speakers import SpeakerResolver
    from newsgraph.attribution.syntax import Found
    from newsgraph.model import Mention

    text = "It already has a rival in Korvex, which argues that its plan is cheaper."
    start = text.index("Korvex")
    korvex = Mention("d", start, start + 6, "Korvex", "ORG", "korvex", "Korvex", 0)
    which, rival = text.index("which"), text.index("rival")
    item = Found(cue=(text.index("argues"), text.index("argues") + 6), stance="assert", kind="indirect",
                 sentence=(0, len(text)), speaker=(which, which + 5), speaker_head=(rival, rival + 5),
                 speaker_lemma="rival", content=(text.index("its"), len(text) - 1))
    claim = SpeakerResolver(text, [korvex], CueLexicon.from_data()).claim("d", item, [], [])
    assert claim.speaker == 0 and not claim.anonymous


def test_an_office_and_a_named_person_both_speak(analyze):
    # the description is the one the document names with that title, beside the named deputy
    text = ("Prime Minister Ana Ruiz opened the campaign in Leeds. The prime minister and her campaign "
            "chief Tom Vale said the party would win.")
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert [result.mentions[i].full_name for i in claim.speakers] == ["Ana Ruiz", "Tom Vale"]


def test_an_office_nobody_holds_in_the_story_leaves_the_named_person_alone(analyze):
    text = "Ana Ruiz opened the campaign in Leeds. The prime minister and her campaign chief Tom Vale said the party would win."
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert speaker_name(result, claim) == "Tom Vale" and not claim.speakers


def test_it_after_a_relative_clause_naming_another_body_is_the_subject(analyze):
    # "Korvo" is named inside the clause describing Valdor: the "it" after it is Valdor
    text = "Shares in Valdor Group, which is building the new Korvo Arena, fell 9% after it said the project would make a loss."
    result = claims_of(analyze, text)
    claim = only(result.claims, cue="said")
    assert result.mentions[claim.speaker].text == "Valdor Group"
