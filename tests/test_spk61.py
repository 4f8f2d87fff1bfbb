"""Round 43 (branch spk61): a sentence that opens right after a closed quote ('... over." Ana Ruiz
said') is a sentence of its own, so the name opening it is its subject: a description or a
pronoun after it goes on with that person. Short fictional sentences written here."""

from __future__ import annotations


def _claim(result, cue: str):
    found = [c for c in result.claims if c.cue == cue]
    assert found, [c.cue for c in result.claims]
    return found[-1]


def _speaker(result, claim) -> str | None:
    return result.mentions[claim.speaker].text if claim.speaker is not None else None


def test_sentence_after_closed_quote_starts_after_it():
    from newsgraph.coref import DocumentCoref

    class _Text:
        text = 'It rained. "We lost the game." Ana Ruiz left early. "Why?" Bo Lind asked.'

    at = _Text.text.index("Ana")
    assert _Text.text[DocumentCoref._sentence_start(_Text, at):at].strip() == ""
    at = _Text.text.index("Bo")
    assert _Text.text[DocumentCoref._sentence_start(_Text, at):at].strip() == ""
    at = _Text.text.index("left")  # inside the sentence: it still opens at the name
    assert _Text.text[DocumentCoref._sentence_start(_Text, at):at].strip() == "Ana Ruiz"


def test_focus_description_after_a_quoted_sentence(analyze):
    result = analyze("Final\n\nMarta Velloso beat the top seed in three sets on Sunday.\n\n"
                     '"It took me a long time to get here. I am very happy." Velloso was the stronger player '
                     'all week. "It was a hard match," said the 24-year-old.')
    assert _speaker(result, _claim(result, "said")) in ("Velloso", "Marta Velloso")


def test_object_after_a_quoted_sentence_stays_null(analyze):
    # the one named after the quote is no subject ("The side will now face X"): the description stays null
    result = analyze("Semi-final\n\nThe Rovers manager spoke on Monday.\n\n"
                     '"We needed a win. We got it in the end." The side will now face striker Tomas Brell and '
                     'his club on Sunday. "It will be a hard game," said the 29-year-old.')
    assert _claim(result, "said").speaker is None
