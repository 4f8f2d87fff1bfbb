"""Round 29: the corpus's table of titles as a table of roles (``coref.offices``): a description
whose noun the story never used for anyone ("the Varne fly-half") is the one person named
before it whom some story titles with that role. Sentences written for these tests."""

from __future__ import annotations

from newsgraph.coref.offices import resolve_described, role_of_description
from test_coref import mentions_of
from test_coref_offices import LEXICON, actors_of, claim, resolved, table_of

BRAND = ("Ola Brand", "PERSON", "Ola Brand")
TUCK = ("Ben Tuck", "PERSON", "Ben Tuck")
ROSS = ("Cal Ross", "PERSON", "Cal Ross")
VEGA = ("Lia Vega", "PERSON", "Lia Vega")
ORR = ("Max Orr", "PERSON", "Max Orr")

# other stories of the corpus: Brand a fly-half of Varne, Tuck a coach, Vega a singer
ROLES = [
    ("Varne fly-half Ola Brand kicked three goals. ", [("Varne", "ORG", "Varne RFC"), BRAND]),
    ("Coach Ben Tuck named his side. ", [TUCK]),
    ("The album was made by Lia Vega, the singer, in a week. ", [VEGA]),
    ("Party leader Cal Ross spoke. ", [ROSS]),
]


def test_a_role_the_story_never_used_is_the_one_person_the_corpus_titles_so():
    text = "Brand was unhappy after the loss. \"We will come back,\" said the Varne fly-half."
    assert resolved(text, [("Brand", "PERSON", "Ola Brand")], "the Varne fly-half", ROLES) == "Ola Brand"


def test_a_lower_case_word_prefers_the_one_title_that_holds_it():
    stories = ROLES + [("Top seed Ola Brand won. ", [BRAND]), ("Max Orr, the seed, lost. ", [ORR])]
    text = "On Monday Ola Brand beat Max Orr. \"I played well,\" said the top seed."
    assert resolved(text, [BRAND, ORR], "the top seed", stories) == "Ola Brand"
    text = "Lia Vega won the prize. The young singer said she was thrilled."
    assert resolved(text, [VEGA], "The young singer", ROLES) == "Lia Vega"  # what kind, not whose


def test_a_bare_noun_needs_every_person_named_before_known():
    stories = ROLES + [("Rico Dale, the champion, won. ", [("Rico Dale", "PERSON", "Rico Dale")])]
    text = "On Monday Max Orr won the race ahead of Rico Dale. \"I trained well,\" said the champion."
    names = [("Max Orr", "PERSON", "Max Orr"), ("Rico Dale", "PERSON", "Rico Dale")]
    assert resolved(text, names, "the champion", stories) is None  # Orr, of no known role, may be the champion


def test_a_group_named_another_way_in_the_description_is_the_groups_actor():
    stories = ROLES + [("Kessel Party leader Nia Holt spoke. ", [("Kessel Party", "ORG", "Kessel Party"),
                                                               ("Nia Holt", "PERSON", "Nia Holt")]),
                       ("The Kessel Party chose a new leader. ", [("Kessel Party", "ORG", "Kessel Party")])]
    text = "Nia Holt met Ben Tuck. The KP leader said the talks went well."
    names = [("Nia Holt", "PERSON", "Nia Holt"), TUCK, ("KP", "ORG", "Kessel Party")]
    assert resolved(text, names, "The KP leader", stories) == "Nia Holt"


def test_a_known_rival_of_another_role_does_not_block_but_an_unknown_one_does():
    text = "Brand thanked Ben Tuck for his faith. The fly-half said the side was strong."
    assert resolved(text, [("Brand", "PERSON", "Ola Brand"), TUCK], "The fly-half", ROLES) == "Ola Brand"
    text = "Brand thanked Max Orr for his faith. The fly-half said the side was strong."
    names = [("Brand", "PERSON", "Ola Brand"), ("Max Orr", "PERSON", "Max Orr")]
    assert resolved(text, names, "The fly-half", ROLES) is None  # Orr may be the fly-half


def test_two_people_of_the_role_give_neither():
    stories = ROLES + [("Varne fly-half Max Orr was dropped. ", [("Max Orr", "PERSON", "Max Orr")])]
    text = "Brand replaced Max Orr. The fly-half said he was ready."
    names = [("Brand", "PERSON", "Ola Brand"), ("Max Orr", "PERSON", "Max Orr")]
    assert resolved(text, names, "The fly-half", stories) is None


def test_the_capitalised_word_of_whose_role_must_be_in_the_title_that_names_a_group():
    text = "Brand was unhappy. The Kessel fly-half said they would come back."
    assert resolved(text, [("Brand", "PERSON", "Ola Brand")], "The Kessel fly-half", ROLES) is None
    # a role no title ties to a group: the name is not checked ("singer" of no band)
    text = "Lia Vega won the prize. The Tessel singer said she was thrilled."
    assert resolved(text, [VEGA], "The Tessel singer", ROLES) == "Lia Vega"


def test_a_post_in_a_body_needs_whose_it_is():
    # "party": no capital, whose it is unsaid (round 32: with Ross alone named in the sentence
    # before, the epithet rule takes him as a reader does; two people named keep it null)
    text = "Cal Ross met Max Orr. The party leader said the vote was won."
    assert resolved(text, [ROSS, ORR], "The party leader", ROLES) is None
    text = "Cal Ross rose to speak. The Party leader said the vote was won."
    assert resolved(text, [ROSS], "The Party leader", ROLES) == "Cal Ross"


def test_a_person_named_only_after_the_description_is_not_taken():
    text = "The singer said she was thrilled. Lia Vega won the prize."
    assert resolved(text, [VEGA], "The singer", ROLES) is None


def test_a_former_holder_is_not_the_role_and_the_role_not_the_former():
    stories = ROLES + [("Former champion Ben Tuck retired. ", [TUCK])]
    text = "Ben Tuck watched the final. The champion said it was close."
    assert resolved(text, [TUCK], "The champion", stories) is None
    text = "Ben Tuck watched the final. The former champion said it was close."
    assert resolved(text, [TUCK], "The former champion", stories) == "Ben Tuck"


def test_role_of_description():
    assert role_of_description("the Varne fly-half", LEXICON).names == ("varne",)
    assert role_of_description("the @kessel-party leader", LEXICON).names == ("@kessel-party",)
    role = role_of_description("the former world champion", LEXICON)
    assert (role.noun, role.names, role.marks, role.kinds) == ("champion", (), ("former",), ("former", "world"))
    assert role_of_description("the lock", LEXICON).noun == "lock"
    assert role_of_description("the player", LEXICON) is None  # a role many share
    assert role_of_description("the spokesman", LEXICON) is None
    assert role_of_description("the chairman", LEXICON) is None  # of what, it does not say
    assert role_of_description("a singer", LEXICON) is None  # introduces someone
    assert role_of_description("the singer's manager", LEXICON) is None


def test_a_description_inside_what_another_says_is_not_resolved():
    text = "Lia Vega sang. Ben Tuck said the singer was the best he had heard."
    mentions = mentions_of(text, [VEGA, TUCK])
    outer = claim(text, "Ben Tuck")
    outer.speaker, outer.start, outer.end = 1, text.index("the singer"), len(text)
    inner = claim(text, "the singer")
    resolve_described(text, [outer, inner], mentions, actors_of(mentions), table_of(ROLES), LEXICON)
    assert inner.speaker is None
