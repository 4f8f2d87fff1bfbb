"""Round 16: a word capitalized only because it opens the sentence is cut from the name after it."""


def _texts(result):
    return {m.text for m in result.mentions}


def test_sentence_opening_role_noun_is_cut_from_a_persons_name(analyze):
    texts = _texts(analyze("Comic Joe Kessel will host the show for a second year."))
    assert "Joe Kessel" in texts
    assert "Comic Joe Kessel" not in texts


def test_sentence_opening_trade_noun_is_cut_from_a_persons_name(analyze):
    texts = _texts(analyze("Farmer Tom Kessel, a member of the local council, told the paper the plan was wrong."))
    assert "Tom Kessel" in texts
    assert "Farmer Tom Kessel" not in texts


def test_sentence_opening_gerund_is_cut_from_a_titled_name(analyze):
    texts = _texts(analyze("Analysing Mr Kessel's position before the vote, the reporter Tom Brevik said he was safe."))
    assert "Mr Kessel" in texts
    assert not any(t.startswith("Analysing") for t in texts)


def test_role_word_before_a_non_personal_name_stays(analyze):
    texts = _texts(analyze("Comic Relief raised more money this year than ever before, it said."))
    assert "Relief" not in texts


def test_role_noun_inside_the_sentence_is_left_to_the_model(analyze):
    texts = _texts(analyze("On Monday the singer Maria Kessel opened the hall."))
    assert "Maria Kessel" in texts


def test_name_governed_by_an_opening_ing_clause_loses_the_verb(analyze):
    texts = _texts(analyze("Praising Kessel and Brevik for their efforts, she said the game was good."))
    assert not any(t.startswith("Praising") for t in texts)

