"""Actor kinds (round 40, branch kind53): names of things kept as actors — a work apposed to its
noun ("his last album, X."), a brand listed after "brands include", a common word of a subhead
set in capitals ("WHO WAS ...?"), a law's head word alone ("the Bill"), "Euro" alone. Sentences
and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import shouted_run
from newsgraph.resolve.works import WorkUseContext


def _told(text: str, name: str, label: str = "ORG") -> bool:
    start = text.index(name)
    return WorkUseContext.from_data()(text, start, start + len(name), label)


# --- a work apposed to its noun ------------------------------------------------------------------

def test_a_title_closing_an_apposition_to_a_work_noun_tells_a_work():
    assert _told("She sang most of her last album, Quiet Harbour Lights. Fans cheered.", "Quiet Harbour Lights")
    assert _told("It was their next single, Tin Kettle, that made them famous.", "Tin Kettle")
    assert _told("His new film, Marrow Street, released in June, made $3m.", "Marrow Street")


def test_a_person_after_a_work_noun_and_a_comma_is_no_work():
    assert not _told("In the film, Ada Voss plays a nurse.", "Ada Voss", "PERSON")
    assert not _told("The director of the film, Ada Voss, says it is about grief.", "Ada Voss", "PERSON")
    assert not _told("After the show, Ada Voss said she was tired.", "Ada Voss", "PERSON")
    assert not _told("After the game, Ada Voss said she was tired.", "Ada Voss", "PERSON")


def test_an_album_named_in_apposition_is_no_actor():
    text = ("Jo Brannock recorded most of her last album, Quiet Harbour Lights. "
            "The songs were written in Leeds.")
    kinds = _kinds({"a": (text, {"Quiet Harbour Lights": "ORG", "Jo Brannock": "PERSON"})})
    assert "Quiet Harbour Lights" not in kinds
    assert kinds.get("Jo Brannock") == "PERSON"


# --- brands --------------------------------------------------------------------------------------

def test_items_of_a_list_of_brands_are_told_products():
    text = "Corvex, whose brands include Marlow Gold, Pellan and Tisbury, rejected the bid."
    assert _told(text, "Marlow Gold") and _told(text, "Pellan") and _told(text, "Tisbury")
    assert not _told("Its rivals include Pellan and Tisbury.", "Pellan")


def test_a_brand_is_no_actor_but_a_firm_of_its_name_that_speaks_stays():
    listed = "Corvex, whose brands include Pellan and Tisbury, rejected the bid."
    firm = "Tisbury said on Monday it would cut 200 jobs."
    kinds = _kinds({"a": (listed, {"Corvex": "ORG", "Pellan": "ORG", "Tisbury": "ORG"}),
                    "b": (firm, {"Tisbury": "ORG"})})
    assert "Pellan" not in kinds
    assert kinds.get("Tisbury") == "ORG"
    assert kinds.get("Corvex") == "ORG"


# --- subheads set in capitals --------------------------------------------------------------------

def test_a_run_of_capitals_around_the_mention_is_read():
    text = "The prize began in 1931. WHO PICKS THE WINNERS? A panel of ten."
    start = text.index("WHO")
    assert shouted_run(text, start, start + 3) == ["picks", "the", "winners"]
    text = "The agency said the WHO would send staff."
    start = text.index("WHO")
    assert shouted_run(text, start, start + 3) == []
    # a sentence closed before the name is not part of its run
    text = "He was the MC. WHO ELSE? Nobody."
    start = text.index("WHO")
    assert shouted_run(text, start, start + 3) == []


def test_a_common_word_of_a_capitals_subhead_is_no_actor():
    body = ("The prize began in 1931 and who wins the prize is decided in secret by the panel. "
            "Many who vote are retired, and who the judges pick is often a surprise to the public. ")
    text = body * 2 + "WHO PICKS THE WINNERS? A panel of ten who meet in May. WHO PAYS FOR IT? Sponsors do."
    assert "WHO" not in _kinds({"a": (text, {"WHO": "ORG"})})


def test_a_body_named_in_running_text_stays_an_actor_beside_its_subhead():
    body = ("The prize began in 1931 and who wins the prize is decided in secret by the panel. "
            "Many who vote are retired, and who the judges pick is often a surprise to the public. ")
    subhead = body * 2 + "WHO PICKS THE WINNERS? A panel of ten."
    agency = "The WHO said on Monday the outbreak was over."
    kinds = _kinds({"a": (subhead, {"WHO": "ORG"}), "b": (agency, {"WHO": "ORG"})})
    assert kinds.get("WHO") == "ORG"


# --- a law's head word alone and "Euro" ----------------------------------------------------------

def test_a_lone_bill_after_a_determiner_is_no_person():
    text = ("MPs debated the tenancy reform plans on Monday. The Bill was backed by 300 votes, "
            "and peers will scrutinise the Bill and a hybrid Bill next week.")
    assert "Bill" not in _kinds({"a": (text, {"Bill": "PERSON"})})


def test_a_man_called_bill_stays_a_person():
    from mention_helpers import mentions_in, resolve_docs

    text = "\"I told him no Bill, not tonight,\" she said. Bill Corran, 52, runs the shop with his wife."
    names = {"Bill": "PERSON", "Bill Corran": "PERSON"}
    resolution = resolve_docs({"a": (text, names)})
    lone = [i for i, m in enumerate(mentions_in("a", text, names)) if m.text == "Bill" and m.start == text.index("Bill")]
    assert resolution.actor_of_mention[lone[0]]
    assert {a.name: a.kind for a in resolution.actors}.get("Bill Corran") == "PERSON"


def test_euro_alone_is_no_actor():
    from newsgraph.mentions.rules import EntityRules

    assert "Euro" in EntityRules.from_data().not_actors


# --- fictional characters ------------------------------------------------------------------------

def test_a_character_credited_to_who_plays_it_or_after_its_noun_is_told():
    assert _told("Millions saw Harrow Jack, played by Ada Voss, leave the pub.", "Harrow Jack")
    assert _told("The character of Lady Tamsk, famed for her cape, was born in 1950.", "Lady Tamsk")
    assert not _told("The match, played by Vaal Rovers in May, was dull.", "Vaal Rovers")


def test_a_fictional_character_is_no_actor():
    text = ("Critics compared the poster to the character Harrow Jack in an old novel. "
            "Millions saw Harrow Jack, played by Ada Voss, leave the pub.")
    kinds = _kinds({"a": (text, {"Harrow Jack": "ORG", "Ada Voss": "PERSON"})})
    assert "Harrow Jack" not in kinds
    assert kinds.get("Ada Voss") == "PERSON"
