"""Claim content and non-claims (round 16): where what is said ends, and cues that say nothing.

Short fictional sentences written here, run through the real per-document stages.
"""

from __future__ import annotations

from newsgraph.model import content_of


def claims_of(analyze, text: str):
    result = analyze(text)
    for claim in result.claims:  # the contract: every span slices the document text
        assert content_of(text, claim.start, claim.end, claim.pieces) == claim.text  # pieces: joined
    return result


def only(claims, **fields):
    matches = [c for c in claims if all(getattr(c, k) == v for k, v in fields.items())]
    assert len(matches) == 1, [(c.speaker_text, c.cue, c.text) for c in claims]
    return matches[0]


def test_a_span_never_ends_on_a_coordinator(analyze):
    result = claims_of(analyze, "Tomas Vane accused the minister of lying about the figures and questioned "
                                "how the party would fund its plans.")
    assert only(result.claims, cue="accused").text == "the minister of lying about the figures"


def test_did_not_say_whether_is_no_refusal(analyze):
    for text in ("The two firms did not say if they were building the device for other markets.",
                 "The spokesman did not say whether the plant would close."):
        result = claims_of(analyze, text)
        assert [c for c in result.claims if c.stance == "decline_comment"] == []


def test_agreeing_not_to_discuss_is_no_refusal(analyze):
    result = claims_of(analyze, "Ana Ruiz claimed that the two directors had agreed at a meeting "
                                "not to discuss the incident in public.")
    assert [c for c in result.claims if c.stance == "decline_comment"] == []
    assert only(result.claims, cue="claimed").stance == "assert"


def test_a_second_verb_with_its_own_tense_is_the_reporters(analyze):
    result = claims_of(analyze, "The two directors announced on Monday that they would retire in June, but did not "
                                "give a reason.")
    assert only(result.claims, cue="announced").text == "they would retire in June"


def test_a_conjunct_sharing_the_modal_is_said(analyze):
    result = claims_of(analyze, "Ingrid Moss said they would cut costs and raise prices.")
    assert only(result.claims, cue="said").text == "they would cut costs and raise prices"


def test_despite_saying_after_a_denial_is_the_reporters(analyze):
    result = claims_of(analyze, "But Ivo Renner denied that he was ruling out a merger despite saying "
                                "there would be no review this year.")
    assert only(result.claims, cue="denied").text == "he was ruling out a merger"
    result = claims_of(analyze, "Mr Vane, who last year denied he planned to join the club despite regularly "
                                "attending its dinners, said it was hard.")
    assert only(result.claims, cue="denied").text == "he planned to join the club"


def test_despite_in_an_assertion_is_said(analyze):
    result = claims_of(analyze, "Coach Lena Brandt said the team would win despite playing with ten men.")
    assert only(result.claims, cue="said").text == "the team would win despite playing with ten men"


def test_a_quote_the_parse_cut_is_said_to_its_end(analyze):
    result = claims_of(analyze, 'The first to praise the band was critic Paul Tarn, who said they were '
                                '"loud but in love with melody".')
    assert only(result.claims, cue="said").text == 'they were "loud but in love with melody"'


def test_a_quoted_phrase_opening_the_clause_is_part_of_it(analyze):
    result = claims_of(analyze, 'Output rose in 2004, but "deep and lasting reforms" are needed to keep it '
                                'rising, the Varnish Trade Board has said.')
    claim = only(result.claims, cue="said")  # the parse may take the whole sentence: both halves are said
    assert claim.text.endswith('"deep and lasting reforms" are needed to keep it rising')


def test_a_sentence_joined_by_so_is_no_content(analyze):
    result = claims_of(analyze, "Mr Tarn is not a carpenter, so he asked others to build one for him.")
    assert all("carpenter" not in c.text for c in result.claims)


def test_a_headline_rejecting_an_offer_is_no_denial(analyze):
    result = claims_of(analyze, "Ruud rejects union pay offer\n\nMayor Ilse Ruud has rejected a pay offer.")
    assert [c for c in result.claims if c.stance == "deny"] == []


def test_explaining_how_after_a_quote_is_its_topic(analyze):
    result = claims_of(analyze, '"You turn down every dinner," he wrote, explaining how the game took over his evenings.')
    assert [c.cue for c in result.claims] == ["wrote"]


def test_cases_highlighting_a_situation_say_nothing(analyze):
    result = claims_of(analyze, "Recent cases in which staff were sacked over their diaries have highlighted "
                                "the confusion around online writing.")
    assert result.claims == []
    result = claims_of(analyze, "The union highlighted the confusion around online writing.")
    assert only(result.claims, cue="highlighted").text == "the confusion around online writing"


def test_rejecting_what_ought_to_be_is_no_denial(analyze):
    result = claims_of(analyze, "But the committee rejected the claim made by some parents' groups that there "
                                "should be a legal right to equal time.")
    assert only(result.claims, cue="rejected").stance == "assert"
    result = claims_of(analyze, "The council rejected claims that the mayor had lied.")
    assert only(result.claims, cue="rejected").stance == "deny"


def test_a_quote_after_another_cue_is_that_cues(analyze):
    result = claims_of(analyze, 'The advert ends with footage of Ivo Renner saying, "That makes me clever," '
                                'when his rival attacked him.')
    assert all(c.cue != "ends" for c in result.claims if "clever" in c.text)


def test_a_condition_opening_what_is_said_stays(analyze):
    result = claims_of(analyze, "Ivo Renner predicted that if a lot of traders use this trick it could bring "
                                "down the whole exchange.")
    assert only(result.claims, cue="predicted").text.startswith("if a lot of traders")


def test_words_after_a_quoted_word_go_on_with_the_clause(analyze):
    result = claims_of(analyze, 'Mr Vane has insisted he has made no pacts while Mr Ruud says he will not let '
                                '"rumours" stop him from backing a joint bid.')
    assert only(result.claims, cue="says").text.endswith("stop him from backing a joint bid")


def test_a_future_refusal_is_not_made_yet(analyze):
    result = claims_of(analyze, "Ana Ruiz and Tomas Vane, who own a 29% stake in the club, will reject "
                                "any formal £800m offer for it.")
    assert [c for c in result.claims if c.stance == "deny"] == []


def test_a_verb_hung_far_up_after_the_clause_goes_on_with_it(analyze):
    result = claims_of(analyze, "He also dismissed claims government plans to get half of school leavers into "
                                "college would devalue degrees.")
    assert only(result.claims, cue="dismissed").text.endswith("would devalue degrees")


def test_a_that_the_parse_misreads_is_still_no_content(analyze):
    result = claims_of(analyze, "But she added that claims Ms Kell was in charge of a budget were not true.")
    assert only(result.claims, cue="added").text.startswith("claims Ms Kell")


def test_after_facing_criticism_closing_a_denial_is_the_reporters(analyze):
    result = claims_of(analyze, "Party chief Ivo Renner denied there was a plot to sideline Mr Vane after "
                                "facing criticism for letting his rivals set the agenda.")
    assert only(result.claims, cue="denied").text == "there was a plot to sideline Mr Vane"


def test_a_finding_someone_could_come_to_is_no_claim(analyze):
    result = claims_of(analyze, "Those who fall for these tricks can find that their savings have been taken.")
    assert result.claims == []


def test_finding_what_one_looks_for_is_no_claim(analyze):
    result = claims_of(analyze, "The survey reveals that most shoppers usually find what they were looking for.")
    assert [c.cue for c in result.claims] == ["reveals"]


def test_a_film_portraying_a_life_says_nothing(analyze):
    assert claims_of(analyze, "The film portrays the final days of the young activist.").claims == []
    result = claims_of(analyze, "The senator portrayed his rival as a coward.")
    assert only(result.claims, cue="portrayed").text == "his rival as a coward"


def test_announcing_a_project_is_no_claim(analyze):
    result = claims_of(analyze, "Tarnwell also announced a project bringing together several firms to promote recycling.")
    assert result.claims == []


def test_failing_to_announce_says_nothing(analyze):
    result = claims_of(analyze, "Mr Tarn let his fans down by failing to reveal any details of the new console.")
    assert result.claims == []


def test_what_a_firm_may_have_to_declare_is_not_said(analyze):
    result = claims_of(analyze, "Ivo Renner said that Tarnwell may have to declare itself bankrupt.")
    assert [c.cue for c in result.claims] == ["said"]
    result = claims_of(analyze, "Ivo Renner had to admit that the plan failed.")
    assert only(result.claims, cue="admit").text == "the plan failed"


def test_an_unsourced_claim_stops_before_the_reporters_though(analyze):
    result = claims_of(analyze, "The tablet was reputedly named after his favourite pear, though the name was "
                                "changed slightly after a dispute.")
    # round 55 (clm76): the adverb, the claim's cue, is cut out of it
    assert only(result.claims, cue="reputedly").text == "The tablet was … named after his favourite pear"


def test_one_quarter_of_those_asked_are_unnamed_people(analyze):
    result = claims_of(analyze, "The makers suggest viewers are neutral because around one quarter said they "
                                "neither back nor oppose a ban.")
    assert only(result.claims, cue="said").anonymous is True


def test_a_quote_left_open_is_not_followed_past_the_sentence(analyze):
    text = ('Ivo Renner said the plan remained sound: "It was the right call for the town. He accepted the '
            'rest had not happened, he said. "But I think a line should be drawn now."')
    result = claims_of(analyze, text)
    claim = next(c for c in result.claims if c.text.startswith("the plan remained sound"))
    assert "he said" not in claim.text


def test_point_says_something_only_out_or_to(analyze):
    assert claims_of(analyze, "The site hosts trackers that point users to other files.").claims == []
    result = claims_of(analyze, "Mr Leigh also pointed out that the system had been delayed.")
    assert only(result.claims, cue="pointed").text == "the system had been delayed"
    result = claims_of(analyze, "Ministers pointed to the fact that spending had been weak.")
    assert only(result.claims, cue="pointed").text == "the fact that spending had been weak"


def test_rules_and_stories_highlighting_something_say_nothing(analyze):
    assert claims_of(analyze, "The new rules highlight the worries around foreign firms.").claims == []
    assert claims_of(analyze, "Her story has highlighted fears among bloggers.").claims == []


def test_referring_to_a_topic_before_a_cue_is_no_claim(analyze):
    result = claims_of(analyze, 'Referring to the camps abroad, Archbishop Ruud told reporters: "It is wrong."')
    assert [c.cue for c in result.claims] == ["told"]


def test_having_someone_describe_a_thing_is_an_act(analyze):
    result = claims_of(analyze, "Several fixes were tried, including having a colleague describe the charts.")
    assert result.claims == []


def test_a_quoted_sentence_is_no_phrase_of_a_clause_after_it(analyze):
    text = ('Ivo Renner mocked the event, saying: "The display of harmony was the poorest theatre I have watched." '
            'The party had broken its promises on tax, he said.')
    result = claims_of(analyze, text)
    saying = only(result.claims, cue="saying")
    assert saying.text.startswith("The display of harmony") and "broken" not in saying.text


def test_a_time_hung_on_the_speaker_is_not_part_of_the_speaker(analyze):
    result = claims_of(analyze, "Mr Vane on Sunday dismissed claims that he had broken his promises.")
    claim = only(result.claims, cue="dismissed")
    assert claim.speaker_text == "Mr Vane"
    result = claims_of(analyze, "The head of the Kessel bank on Friday said rates would rise.")
    assert only(result.claims, cue="said").speaker_text == "The head of the Kessel bank"
