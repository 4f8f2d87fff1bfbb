"""Link rules of round 10: an initial before a cut surname, bare surnames several people bear.
All names are invented."""

from __future__ import annotations

from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver


def _mention(doc, text, label="PERSON", start=0, full_name=None):
    full = full_name or text
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label,
                   key=name_key(full), full_name=full, sentence=0)


def _in_text(doc, text, words, label="PERSON", full_name=None):
    return _mention(doc, words, label, start=text.index(words), full_name=full_name)


def _resolve(mentions, texts=None):
    return get_resolver("name-graph.v1")(mentions, (), texts=texts or {})


def _context(docs, name="Karst Rovers"):
    return [_mention(d, name, "ORG", start=500) for d in docs]


def test_an_initial_before_a_cut_surname_is_part_of_the_name():
    """"B Varnell" in a team sheet, cut to "Varnell" by the model, is not L Varnell."""
    sheet = "Replacements: T Moss, B Varnell, K Ode."
    mentions = [_mention(f"d{i}", "L Varnell") for i in range(6)] + [_in_text("s", sheet, "Varnell")]
    mentions += _context([f"d{i}" for i in range(6)] + ["s"])
    resolution = _resolve(mentions, {"s": sheet})
    assert resolution.actor_of_mention[6] != resolution.actor_of_mention[0]


def test_a_sentence_opening_a_is_no_initial():
    text = "Voters left. A Varnell spokesman said no."
    mentions = [_mention(f"d{i}", "Lena Varnell") for i in range(6)] + [_in_text("s", text, "Varnell")]
    mentions += _context([f"d{i}" for i in range(6)] + ["s"])
    resolution = _resolve(mentions, {"s": text})
    assert resolution.actor_of_mention[6] == resolution.actor_of_mention[0]


def _two_browns():
    """Two people share the surname Quist, neither dominating the corpus."""
    mentions = [_mention(f"p{i}", "Gerda Quist") for i in range(3)] + _context([f"p{i}" for i in range(3)],
                                                                              "Labour Union")
    mentions += [_mention(f"r{i}", "Ake Quist") for i in range(3)] + _context([f"r{i}" for i in range(3)])
    mentions += _context([f"r{i}" for i in range(3)], "Ode Harriers")
    return mentions


def test_bare_surnames_of_two_stories_stay_apart_when_several_people_bear_it():
    mentions = _two_browns() + [_mention("x1", "Quist"), _mention("x2", "Quist")]
    resolution = _resolve(mentions)
    ids = resolution.actor_of_mention
    assert ids[-1] != ids[-2]


def test_a_bare_surname_goes_to_the_bearer_whose_stories_its_story_shares():
    """The bare "Quist" of a report naming the club and its rival is the club's Ake Quist."""
    mentions = _two_browns() + [_mention("x1", "Quist")] + _context(["x1"]) + _context(["x1"], "Ode Harriers")
    resolution = _resolve(mentions)
    ids = resolution.actor_of_mention
    bare = next(i for i, m in enumerate(mentions) if m.text == "Quist")
    ake = next(i for i, m in enumerate(mentions) if m.text == "Ake Quist")
    gerda = next(i for i, m in enumerate(mentions) if m.text == "Gerda Quist")
    assert ids[bare] == ids[ake] != ids[gerda]


def test_a_gendered_title_takes_a_surname_not_a_given_name():
    """"Mr Howard" in a story naming Howard Vell is another man (a surname), not Vell."""
    from newsgraph.mentions.linking import link_short_forms
    from newsgraph.mentions.spans import Candidate
    from newsgraph.names import NameGender

    gender = NameGender.from_data()
    candidates = [Candidate(start=0, end=10, text="Howard Vell", label="PERSON", sentence=0),
                  Candidate(start=40, end=46, text="Howard", label="PERSON", sentence=1, title="Mr"),
                  Candidate(start=80, end=86, text="Howard", label="PERSON", sentence=2)]
    assert link_short_forms(candidates, ["howard vell", "howard", "howard"], gender) == [0, 1, 0]


def test_a_paper_is_not_the_group_that_publishes_it():
    """"Telegraph" is an outlet name: "Telegraph Group", the publisher, is another actor."""
    mentions = [_mention("d1", "Telegraph", "ORG"), _mention("d1", "Telegraph Group", "ORG", start=40)]
    mentions += _context(["d1"])
    resolution = _resolve(mentions)
    assert resolution.actor_of_mention[0] != resolution.actor_of_mention[1]


def test_x_group_is_x_only_in_stories_that_meet():
    mentions = [_mention("d1", "Orvell", "ORG"), _mention("d2", "Orvell Group", "ORG")]
    mentions += _context(["d1"]) + _context(["d2"], "Ode Harriers")
    resolution = _resolve(mentions)
    assert resolution.actor_of_mention[0] != resolution.actor_of_mention[1]
    mentions = [_mention("d1", "Orvell", "ORG"), _mention("d2", "Orvell Group", "ORG")] + _context(["d1", "d2"])
    resolution = _resolve(mentions)
    assert resolution.actor_of_mention[0] == resolution.actor_of_mention[1]
