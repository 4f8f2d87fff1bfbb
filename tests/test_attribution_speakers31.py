"""Claim speakers, round 27 (issue 19, branch spk31): an unnamed document of findings ("a report
says") whose author the next sentence names: a document by or from one body, or, in the lead, a
body as the subject of a verb of findings. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers


def test_a_lead_report_is_the_body_that_speaks_next(analyze):
    result = analyze("Harbour fees 'to rise'\n\nFees at small harbours will rise by a third, a report says.\n\n"
                     "The Coastal Trade Institute said owners of fishing boats would pay most of the increase.")
    assert speakers(result, "says")[0] == ("a report", "Coastal Trade Institute")


def test_a_study_from_a_body_in_the_next_sentence_is_its(analyze):
    result = analyze("Gadget sales slow\n\nFewer families bought tablets last year, a new study has found.\n\n"
                     "The study, from the Brennick Institute, asked 3,000 parents about their spending.")
    assert speakers(result, "found")[0] == ("a new study", "Brennick Institute")


def test_a_later_report_goes_on_with_that_author(analyze):
    result = analyze("Harbour fees 'to rise'\n\nFees at small harbours will rise by a third, a report says.\n\n"
                     "The Coastal Trade Institute said owners of fishing boats would pay most of the increase. "
                     "The report added that ferry firms were likely to raise their prices.")
    assert speakers(result, "added")[0][1] == "Coastal Trade Institute"


def test_a_body_speaking_after_a_report_outside_the_lead_is_no_author(analyze):
    result = analyze("Harbour fees rise\n\nHarbour fees went up in May.\n\nOwners say the fees are too high. "
                     "Most owners will sell their boats within a year, a survey found. "
                     "The Boat Owners Union said it would ask ministers for help.")
    assert speakers(result, "found")[0][1] is None


def test_a_joint_report_of_two_bodies_has_no_one_author(analyze):
    result = analyze("Rice crop grows\n\nThe rice crop grew by a tenth last year, a report says.\n\n"
                     "Good rains helped, the joint report from the Grain Council and the Food Agency said.")
    assert speakers(result, "says")[0][1] is None


def test_an_it_after_a_bare_name_tagged_a_person_takes_no_older_body(analyze):
    result = analyze("Farm prices\n\nThe Grain Council has warned of a poor harvest. "
                     "Kessmann said sales of seed had slowed in the autumn. "
                     "\"We expect a better spring,\" it added.")
    said = [c for c in result.claims if c.cue == "added"]
    assert said and (said[0].speaker is None or result.mentions[said[0].speaker].text == "Kessmann")


def test_an_it_after_a_document_subject_is_no_body_named_in_it(analyze):
    result = analyze("Pupils and politics\n\nThe Valdor Institute asked 500 pupils about politics for the "
                     "Schools Board. Some thought the Greens were in power. The survey also looked at food. "
                     "It found that chips topped the list of favourite dishes.")
    found = [c for c in result.claims if c.cue == "found"]
    assert found and found[0].speaker is None


def test_named_people_after_a_plural_noun_are_the_speakers_not_anonymous(analyze):
    result = analyze("Runners deny charges\n\nDanish sprinters Jon Ekberg and Lena Sorensen have denied missing "
                     "three drug tests last summer.")
    claim = [c for c in result.claims if c.cue.startswith("denied")][0]
    assert not claim.anonymous
    assert sorted(result.mentions[i].text for i in claim.speakers) == ["Jon Ekberg", "Lena Sorensen"]


def test_a_body_named_after_a_capitalized_owner_is_no_author(analyze):
    result = analyze("Shares slump\n\nShares in a small oil firm fell by half, a report says.\n\n"
                     "The Kessel Press news agency reported that Norway's Energy Ministry had chosen two rivals.")
    says = [c for c in result.claims if c.cue == "says"]
    assert says and (says[0].speaker is None or result.mentions[says[0].speaker].text != "Energy Ministry")


def test_a_null_it_between_goes_on_with_the_bare_name(analyze):
    result = analyze("Firm fails\n\nThe Grain Council said prices had fallen. Kessmann maintains that it filed "
                     "for bankruptcy abroad because it feared that it might lose its case at home. It also said "
                     "that it could offer a restructuring plan.")
    said = [c for c in result.claims if c.speaker_text == "It"]
    assert said and (said[0].speaker is None or result.mentions[said[0].speaker].text == "Kessmann")


def test_an_it_passing_a_bare_name_tagged_a_person_takes_no_older_body(analyze):
    name = "Zentrix"
    result = analyze(f"Games firm {name} shuts\n\n{name}, a games developer, has closed. Shares in {name} fell 20%. "
                     f"{name} made titles such as Starblast for the Norland Studios group. But, like all developers, "
                     f"{name} needed a steady flow of deals. In August it warned of big losses of £6m, blaming delays.")
    said = [c for c in result.claims if c.speaker_text == "it"]
    assert said and (said[0].speaker is None or result.mentions[said[0].speaker].text == name)
