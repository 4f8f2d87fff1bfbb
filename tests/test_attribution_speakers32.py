"""Claim speakers, round 28 (issue 19, branch spk32): a definite description that means a named
actor. A body called by the head of its own name ("the Kessel Commission ... the commission
said"), never one the story did not name with that noun; a player called by a sport role ("the
top seed") when the sentence before names only that player. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import speakers


def test_the_commission_is_the_commission_named_before(analyze):
    result = analyze("Voting age review\n\nA report by the Harwood Electoral Commission looked at the voting age. "
                     "The commission said most countries let people stand for office at 18.")
    assert speakers(result, "said")[0][1] == "Harwood Electoral Commission"


def test_the_court_is_the_court_named_before(analyze):
    result = analyze("Music swap ruling\n\nThe Valdor Court of Appeals heard the case of two file-sharing firms. "
                     "The court said the firms could not be blamed for what their users did.")
    assert speakers(result, "said")[0][1] == "Valdor Court of Appeals"


def test_the_board_is_no_body_named_without_that_noun(analyze):
    result = analyze("Club bid\n\nKessel Rovers received a new offer on Monday. "
                     "The board said it would study the offer with care.")
    assert speakers(result, "said")[0][1] is None


def test_the_top_seed_is_the_player_named_just_before(analyze):
    result = analyze("Open draw\n\nAnton Brekke reached the final with an easy win on Saturday. "
                     "\"I played well from the first point,\" said the top seed.")
    assert speakers(result, "said")[0][1] in ("Anton Brekke", "Brekke")


def test_the_captain_after_two_players_stays_null(analyze):
    result = analyze("Cup tie\n\nAnton Brekke and Lars Vinje both scored in the win on Saturday. "
                     "\"We were the better side,\" said the captain.")
    assert speakers(result, "said")[0][1] is None


def test_the_tribunal_is_no_place_it_sat_in(analyze):
    result = analyze("Pay claim\n\nAnna Lorne took her bank to an employment tribunal in Norland last year. "
                     "The tribunal decided that she had been treated unfairly.")
    assert speakers(result, "decided")[0][1] is None
