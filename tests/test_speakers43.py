"""Claim speakers, round 34 (issue 19, branch spk43): a "he" / "she" right after a claim spoken
by the same pronoun that was resolved to one person goes on with that person; the people named
inside what that person said (the reported words) are talked about, no rivals. Short fictional
sentences written here."""

from __future__ import annotations

from claim_helpers import speakers

INQUIRY = ("Adviser defends memo\n\nIn a written note, Lord Pemberton said: \"I read every line of "
           "the memo myself.\" He said the memo had been shaped in his office with help from "
           "Martin Oakes, a barrister, and the then trade secretary, Lord Hallam of Ruddle.\n\n"
           "\"Nobody else had a hand in it.\" He suggested the story that Ms Tessa Crowe had "
           "written it came from a typing error.")


def test_a_he_after_the_same_he_goes_on_past_names_in_what_he_said(analyze):
    result = analyze(INQUIRY)
    assert speakers(result, "said")[-1] == ("He", "Pemberton")
    assert speakers(result, "suggested") == [("He", "Pemberton")]


def test_a_named_person_between_still_stops_the_chain(analyze):
    result = analyze("Budget row\n\nMr Harold Venn said the budget was fair. He said taxes would "
                     "not rise. Mr Colin Drury, the shadow minister, then stood up in the chamber. "
                     "He said the figures did not add up.")
    assert speakers(result, "said")[-1] != ("He", "Harold Venn")


def test_a_she_does_not_go_on_with_a_he(analyze):
    result = analyze("Clinic plan\n\nDr Peter Lund said the clinic would open in May. He said staff "
                     "had been hired. She said the plan was late.")
    assert speakers(result, "said")[-1][1] != "Peter Lund"


FIRM = ("Miner seeks shelter\n\nThe miner Tolvak filed for protection in a Texas court on Monday. "
        "Tolvak shares fell 8% in Moscow. Tolvak has appealed against the tax bill.\n\n"
        "Tolvak maintains that it filed in Texas because it feared the courts at home. It also said "
        "that a sale of its main unit had been unlawful.")


def test_an_it_after_a_firm_the_document_shows_a_body_is_that_firm(analyze):
    result = analyze(FIRM)
    linked = speakers(result, "said")
    assert linked and linked[-1][0] == "It"
    assert linked[-1][1] in ("Tolvak", None)  # never another body; the firm when the model typed it
    if all(m.label != "PERSON" for m in result.mentions if m.text == "Tolvak"):
        assert linked[-1][1] == "Tolvak"
