"""Round 34 (issue 19, branch spk44): description speakers named elsewhere, and descriptions
linked to the wrong kind of actor.

- a person's noun after a side's or party's name ("The former Wales international", "a senior
  Labour MP") is one of them, never the side or party;
- a title the model took for a person's name heads the phrase ("<Show> star X"): X speaks;
- a body's name holding "for" before the spokeswoman ("A Department for X spokeswoman"): the body;
- an apposed name after a title with a body in it (", former Kessel finance chief X,");
- a description whose person the story introduces by those very words elsewhere ("His
  assistant, X") is that person (``coref.offices._introduced_by_role``).

Sentences written for these tests."""

from __future__ import annotations

from claim_helpers import speakers, speakers_with_anonymous
from newsgraph.coref.offices import resolve_described
from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of, claim, table_of

MARCH = ("Ada March", "PERSON", "Ada March")
VOSS = ("Tom Voss", "PERSON", "Tom Voss")
RENN = ("Eli Renn", "PERSON", "Eli Renn")
HOLT = ("Nia Holt", "PERSON", "Nia Holt")


# --- document stage ---------------------------------------------------------------------------

def test_a_player_described_by_his_side_is_the_player_named_before(analyze):
    result = analyze("Coach talks\n\nGordon Pell turned down the job at Hartford on Monday, saying it was "
                     "not right for him. The former Wales international added that he wanted a rest.")
    assert speakers(result, "added") == [("The former Wales international", "Gordon Pell")]


def test_a_player_described_by_his_side_is_never_the_side(analyze):
    result = analyze("Coach talks\n\nGordon Pell turned down the job at Hartford on Monday. Club director "
                     "Ian Brook held talks with Pell on Sunday. The former Wales international added that he "
                     "wanted a rest.")
    claim_ = [c for c in result.claims if c.cue == "added"][0]
    assert claim_.speaker is None and not claim_.anonymous  # two people before: nobody, and not Wales


def test_an_unnamed_mp_of_a_party_is_anonymous_not_the_party(analyze):
    result = analyze("Vote row\n\nA senior Tory MP said the vote on the bill would be lost.")
    assert [linked for _, linked in speakers(result, "said")] == [None]


def test_a_name_holding_its_title_still_speaks(analyze):
    result = analyze("Rights\n\nAmnesty International said the trial was unfair.")
    assert speakers(result, "said") == [("Amnesty International", "Amnesty International")]


def test_the_person_closing_a_phrase_after_a_show_title_speaks(analyze):
    result = analyze("TV row\n\nAnd last week Only Fools and Horses star Nick Lyndhurst criticised radio "
                     "for being too cautious.")
    assert [linked for _, linked in speakers(result, "criticised")] == ["Nick Lyndhurst"]


def test_two_people_joined_before_a_noun_are_not_cut_to_the_last(analyze):
    result = analyze("TV row\n\nAnd last week Ana Bell and co-star Nick Lyndhurst criticised radio.")
    assert [linked for _, linked in speakers(result, "criticised")] != ["Nick Lyndhurst"]


def test_a_department_spokeswoman_with_for_in_its_name_speaks_for_it(analyze):
    result = analyze("Visa delays\n\nA Department for Rural Affairs spokeswoman said the delays were "
                     "being looked at with the embassy.")
    assert speakers_with_anonymous(result, "said") == [
        ("A Department for Rural Affairs spokeswoman", "Department for Rural Affairs", True)]


def test_a_friend_of_a_spokesman_is_no_voice(analyze):
    result = analyze("Visa delays\n\nA friend of the spokesman said the delays were being looked at.")
    assert [linked for _, linked in speakers(result, "said")] == [None]


def test_an_apposed_name_after_a_title_with_a_body_in_it(analyze):
    result = analyze("Fraud trial\n\nMr Dorn denies the charges. The defence's key witness, former Kessel "
                     "finance chief Sam Petrov, has said that Mr Dorn knew of the losses.")
    assert speakers(result, "said")[-1] == ("The defence's key witness", "Sam Petrov")


# --- corpus stage: the person introduced by the description's words ---------------------------

def _resolve(text: str, names, described: str, after: int = 0) -> str | None:
    mentions = mentions_of(text, names)
    item = claim(text, described, after)
    resolve_described(text, [item], mentions, actors_of(mentions), table_of([]), LEXICON)
    return mentions[item.speaker].full_name if item.speaker is not None else None


def test_a_possessive_description_is_the_person_its_apposition_names_later():
    text = ("Role turned down\n\nTom Voss said the singer's assistant urged him to read the script. "
            "Later his assistant, Ada March, said the singer laughed.")
    assert _resolve(text.replace("the singer's assistant", "Renn's assistant"), [VOSS, MARCH],
                    "Renn's assistant") == "Ada March"


def test_a_description_is_the_person_introduced_after_it_by_the_same_title():
    text = ("Plant closures\n\nThe union official said the mood was grim. "
            "\"We will fight,\" said union official Eli Renn.")
    assert _resolve(text, [RENN], "The union official") == "Eli Renn"


def test_a_title_lacking_a_word_of_the_description_is_no_match():
    text = ("Comedy row\n\nThe 74-year-old comedian said television was too safe. "
            "Earlier comedian Eli Renn had praised it.")
    assert _resolve(text, [RENN], "The 74-year-old comedian") is None


def test_two_people_introduced_by_the_title_keep_it_null():
    text = ("Plant closures\n\nThe union official said the mood was grim. Union official Eli Renn agreed, "
            "and union official Nia Holt said the plant would close.")
    assert _resolve(text, [RENN, HOLT], "The union official") is None


def test_a_spokesman_is_never_taken_for_the_one_introduced_so():
    text = ("Fare rise\n\nThe spokesman said fares would rise. Spokesman Eli Renn later denied it.")
    assert _resolve(text, [RENN], "The spokesman") is None


def _introduced(text: str, names, described: str) -> str | None:
    from newsgraph.coref.offices import _introduced_by_role

    mentions = mentions_of(text, names)
    found = _introduced_by_role(claim(text, described), text, mentions, actors_of(mentions), LEXICON)
    return mentions[found].full_name if found is not None else None


def test_a_bare_noun_is_not_a_longer_post_of_someone_else():
    text = ("Match bans\n\nFirst Minister Eli Renn backed the bans. Clubs said they would help. "
            "However, the minister said more was needed.")
    assert _introduced(text, [RENN], "the minister") is None


def test_a_description_apposed_to_a_name_is_left_to_that_name():
    text = ("Late try\n\nHe passed to Eli Renn, the flanker scored under the posts. "
            "The visitors lost flanker Nia Holt to injury.")
    assert _introduced(text, [RENN, HOLT], "the flanker") is None
