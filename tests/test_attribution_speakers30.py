"""Claim speakers, round 27 (issue 19, branch spk30): a "he" / "she" after a named speaker is
left null less often. A full name the model tags as a body ("Vince Kell") that the document also
writes after a gendered title ("Mr Kell") is a person a pronoun may go on with, of the title's
gender; a person described between (an office holder the document names) is no rival for a
pronoun of the other gender. Short fictional sentences written here."""

from __future__ import annotations

ROW = ("Budget row\n\nFor the Greens, Vince Cable said the chancellor had failed to deal with the "
       "cost of council tax bands which {pronoun} argued would hurt many families.")


def speakers(result, cue):
    return [(c.speaker_text, result.mentions[c.speaker].text if c.speaker is not None else None)
            for c in result.claims if c.cue == cue]


def test_a_body_tagged_name_written_after_mr_is_a_person_for_he(analyze):
    result = analyze(ROW.format(pronoun="he") + "\n\nMr Cable also said the plan was late.")
    assert speakers(result, "argued") == [("he", "Vince Cable")]


def test_without_a_titled_surname_the_body_tagged_name_takes_no_he(analyze):
    result = analyze(ROW.format(pronoun="he"))
    assert speakers(result, "argued") == [("he", None)]


def test_the_titles_gender_is_kept(analyze):
    result = analyze(ROW.format(pronoun="she") + "\n\nMr Cable also said the plan was late.")
    assert speakers(result, "argued") == [("she", None)]


def test_according_to_a_body_tagged_name_then_she(analyze):
    result = analyze("Tech show\n\nThe future belongs to small devices, according to Carly Fiorina, "
                     "head of the firm Helix. \"People want to share their stories,\" she told "
                     "delegates.\n\nMs Fiorina also said prices would fall.")
    assert speakers(result, "told") == [("she", "Carly Fiorina")]


MAYOR = ("Mayor row\n\nMayor {mayor} Hale was criticised on Monday. Deputy Mayor Nina Ross said "
         "she thought the remarks were unwise, but she did not think the mayor was cruel. She "
         "said: \"I work closely with the council and know it well.\"")


def test_a_man_described_between_is_no_rival_for_she(analyze):
    assert speakers(analyze(MAYOR.format(mayor="Tom")), "said")[-1] == ("She", "Nina Ross")


def test_a_woman_described_between_stays_a_rival_for_she(analyze):
    assert speakers(analyze(MAYOR.format(mayor="Anne")), "said")[-1] == ("She", None)
