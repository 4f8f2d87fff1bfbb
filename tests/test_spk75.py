"""Round 50 (branch spk75): a lawsuit left with a null speaker though the story names who brought
it — "Singer X is suing studio Y ... The lawsuit said", "X filed the suit ... the lawsuit states":
the plaintiff is the lawsuit's maker. A defendant, an unnamed plaintiff and two plaintiffs stay
null. Short fictional sentences written here."""

from __future__ import annotations

from claim_helpers import claim_with, speaker_of


def test_lawsuit_of_a_named_plaintiff_suing_is_the_plaintiff(analyze):
    result = analyze("Dancer sues over stage fall\n\nDancer Marta Velkova is suing Orrin Theatres over "
                     "a fall she suffered during a rehearsal last spring.\n\nThe lawsuit said the stage "
                     "had been left wet by cleaning staff.\n")
    assert speaker_of(result, claim_with(result, "left wet")) == "Marta Velkova"


def test_lawsuit_of_a_plaintiff_who_filed_the_suit_is_the_plaintiff(analyze):
    result = analyze("Gamer sues console maker\n\nA buyer of the Trevo console says its pads wear out too "
                     "soon. Daniel Morrow filed the suit in a county court on Monday.\n\nAccording to the "
                     "lawsuit, the pads were built to fail within two years.\n")
    assert speaker_of(result, claim_with(result, "built to fail")) == "Daniel Morrow"


def test_lawsuit_a_defendant_agreed_to_settle_stays_unnamed(analyze):
    # the firm settles the lawsuit: it did not bring it, and nobody else is named as bringing it
    result = analyze("Grocer pays over labels\n\nKorvane Foods has agreed to pay $2m to settle a lawsuit "
                     "over food labels.\n\nThe lawsuit alleged the labels hid the sugar in its "
                     "breakfast cereals.\n")
    assert speaker_of(result, claim_with(result, "hid the sugar")) is None


def test_lawsuit_of_an_unnamed_plaintiff_stays_unnamed(analyze):
    # "a Danish teacher" is nobody named; the country is no plaintiff
    result = analyze("Teacher sues over laptops\n\nA Danish teacher is suing Ostrel Computing over "
                     "laptops she says overheat.\n\nThe lawsuit said the batteries swelled after a "
                     "few months of use.\n")
    assert speaker_of(result, claim_with(result, "batteries swelled")) is None


def test_lawsuit_of_a_sued_defendant_stays_unnamed(analyze):
    # "is sued" is the defendant's passive: the firm did not bring the lawsuit
    result = analyze("Grocer is sued over labels\n\nKorvane Foods is sued over its food labels by a group "
                     "of parents.\n\nThe lawsuit said the labels hid the sugar in its breakfast "
                     "cereals.\n")
    assert speaker_of(result, claim_with(result, "hid the sugar")) is None


def test_lawsuit_with_two_plaintiffs_stays_unnamed(analyze):
    # a suit and a counter-suit: either lawsuit may be meant
    result = analyze("Studios in court\n\nPell Pictures is suing Garro Films over a script. Garro Films "
                     "has also sued Pell Pictures.\n\nThe lawsuit said the writers had copied the "
                     "story from an old play.\n")
    assert speaker_of(result, claim_with(result, "old play")) is None


def test_lawsuit_against_a_headline_defendant_stays_unnamed(analyze):
    # "Singer X sued over ..." of a headline is a passive: X was sued, by someone unnamed
    result = analyze("Singer Lio Marrant sued over concert crush\n\nSinger Lio Marrant has been sued for $3m "
                     "by a fan hurt at one of his concerts.\n\nThe lawsuit says the doors were opened "
                     "too late for the crowd.\n")
    assert speaker_of(result, claim_with(result, "opened")) is None
