from newsgraph.model import Mention
from newsgraph.resolve import get_resolver


def _mention(doc, text, key, label="PERSON", full_name=None, start=0):
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label, key=key,
                   full_name=full_name or text, sentence=0)


def test_exact_name_resolver_joins_same_key_across_documents():
    mentions = [
        _mention("d1", "Ismail Haniyeh", "ismail haniyeh"),
        _mention("d1", "Haniyeh", "ismail haniyeh", full_name="Ismail Haniyeh", start=40),
        _mention("d2", "Ismail Haniyeh", "ismail haniyeh"),
        _mention("d2", "Hamas", "hamas", label="ORG"),
    ]
    resolution = get_resolver("exact-name.v1")(mentions)
    haniyeh = next(a for a in resolution.actors if a.name == "Ismail Haniyeh")
    assert haniyeh.id == "ismail-haniyeh"
    assert haniyeh.aliases == ["Haniyeh"]
    assert haniyeh.mention_count == 3
    assert haniyeh.documents == ["d1", "d2"]
    assert resolution.actor_of_mention == ["ismail-haniyeh"] * 3 + ["hamas"]


def test_lone_person_label_is_outvoted_by_place_labels():
    mentions = [_mention(f"d{i}", "Sinai", "sinai", label="PERSON") for i in range(3)]
    mentions += [_mention("d9", "Sinai", "sinai", label="LOC")]
    (actor,) = get_resolver("exact-name.v1")(mentions).actors
    assert actor.kind == "LOC"


def test_all_caps_dateline_form_is_not_chosen_as_name():
    mentions = [_mention("d1", "TEL AVIV", "tel aviv", "GPE"), _mention("d2", "TEL AVIV", "tel aviv", "GPE"),
                _mention("d3", "Tel Aviv", "tel aviv", "GPE")]
    (actor,) = get_resolver("exact-name.v1")(mentions).actors
    assert actor.name == "Tel Aviv"
    assert actor.aliases == ["TEL AVIV"]


def test_unknown_resolver_is_a_clear_error():
    import pytest

    with pytest.raises(ValueError, match="unknown resolver 'nope'"):
        get_resolver("nope")
