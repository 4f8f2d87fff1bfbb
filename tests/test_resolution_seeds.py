"""Acceptance of cross-document actor resolution on the seed corpus and the bundled sample.

Actors are looked up through the mentions that name them (``graph.mentions``: each has
``actor`` and ``text``), never by id, so the tests do not depend on id or name choice.
"""

from __future__ import annotations

import pytest

import newsgraph

RULES = {"alias-seed", "stated-alias", "spelling", "word-split", "acronym", "branch", "short-form",
         "short-form-dominant", "in-document", "generic-head", "middle-name"}


@pytest.fixture(scope="module")
def seeds(seeds_dir, tmp_path_factory):
    return newsgraph.build([seeds_dir], out=tmp_path_factory.mktemp("resolution-seeds") / "out")


@pytest.fixture(scope="module")
def sample(sample_dir, tmp_path_factory):
    return newsgraph.build([sample_dir], out=tmp_path_factory.mktemp("resolution-sample") / "out")


def _ids(graph, text):
    """Actor ids of the mentions written exactly ``text``; the text must occur."""
    ids = {m["actor"] for m in graph.mentions if m["text"] == text}
    assert ids, f"no mention {text!r} in the corpus"
    return ids


def _actor(graph, text):
    """The one actor every mention written ``text`` resolves to."""
    ids = _ids(graph, text)
    assert len(ids) == 1, f"{text!r} resolved to several actors: {sorted(ids)}"
    return graph.actor(next(iter(ids)))


def _containing(graph, fragment):
    ids = {m["actor"] for m in graph.mentions if fragment in m["text"]}
    assert ids, f"no mention containing {fragment!r}"
    return ids


def _same_actor(graph, *texts):
    actors = {text: _actor(graph, text).id for text in texts}
    assert len(set(actors.values())) == 1, actors
    return _actor(graph, texts[0])


def _affiliations(actor):
    return {(f["relation"], f["actor"]) for f in actor.affiliations}


# --------------------------------------------------------------------------- seeds


SINAI_FORMS = ["Wilayat Sinai", "Welayat Sinai", "Sinai Province", "IS Sinai", "Wilayat Sina"]


def test_sinai_branch_spellings_are_one_actor_part_of_islamic_state(seeds):
    texts = {m["text"] for m in seeds.mentions}
    present = [form for form in SINAI_FORMS if form in texts]
    assert len(present) >= 3, f"only {present} occur"
    branch = _same_actor(seeds, *present)
    islamic_state = _actor(seeds, "Islamic State")
    assert branch.id != islamic_state.id
    assert ("part_of", islamic_state.id) in _affiliations(branch)
    assert branch.kind == "ORG"


def test_shadi_al_menai_spellings_are_one_actor(seeds):
    menai = _same_actor(seeds, "Shadi al-Menai", "Menai", "Shadi Al-Mani\u2019i")
    assert menai.kind == "PERSON"
    assert "spelling" in {m["rule"] for m in menai.merges}


def test_qassam_brigades_spellings_are_one_actor_part_of_hamas(seeds):
    qassam = _same_actor(seeds, "Ezzadine al-Qassam Brigades", "Izz al-Din al-Qassam Brigade",
                         "Al Qassam Brigades", "Al-Qassam")
    hamas = _actor(seeds, "Hamas")
    assert qassam.id != hamas.id
    assert ("part_of", hamas.id) in _affiliations(qassam)
    assert qassam.kind == "ORG"


def test_two_muhajirs_are_two_actors(seeds):
    assert _actor(seeds, "Abu Baker Almuhajer").id != _actor(seeds, "Abu Abdallah Al-Muhajir").id


def test_stated_aka_joins_abu_noor_al_maqdisi_and_abdul_latif_musa(seeds):
    maqdisi = _containing(seeds, "Abu Noor al-Maqdisi")
    assert len(maqdisi) == 1
    musa = _actor(seeds, "Abdul Latif Musa")
    assert maqdisi == {musa.id}
    assert "stated-alias" in {m["rule"] for m in musa.merges}


def test_mushir_al_masri_is_hamas_spokesperson(seeds):
    masri = _actor(seeds, "Mushir Al Masri")
    hamas = _actor(seeds, "Hamas")
    (membership,) = [f for f in masri.affiliations if f["relation"] == "member_of" and f["actor"] == hamas.id]
    assert membership["role"] == "spokesperson"


def test_isis_and_islamic_state_are_one_actor(seeds):
    _same_actor(seeds, "ISIS", "Islamic State")


def test_egypt_and_the_egyptian_army_are_separate_actors(seeds):
    egypt = _actor(seeds, "Egypt")
    army = _actor(seeds, "Egyptian army")
    assert egypt.id != army.id
    assert ("part_of", egypt.id) in _affiliations(army)


def test_every_merge_has_a_rule_and_evidence_inside_its_document(seeds):
    texts = {d["id"]: d["text"] for d in seeds.documents}
    merges = [(actor, merge) for actor in seeds.actors for merge in actor.merges]
    assert merges
    for actor, merge in merges:
        assert merge["rule"] in RULES, (actor.id, merge)
        assert merge["detail"], (actor.id, merge)
        evidence = merge["evidence"]
        assert evidence["doc"] in texts, (actor.id, merge)
        assert 0 <= evidence["start"] < evidence["end"] <= len(texts[evidence["doc"]]), (actor.id, merge)
        assert actor.id in {m["actor"] for m in seeds.mentions if m["doc"] == evidence["doc"]
                            and m["start"] < evidence["end"] and evidence["start"] < m["end"]}, (actor.id, merge)


def test_every_affiliation_evidence_is_inside_its_document(seeds):
    texts = {d["id"]: d["text"] for d in seeds.documents}
    ids = {a.id for a in seeds.actors}
    for actor in seeds.actors:
        for affiliation in actor.affiliations:
            assert affiliation["actor"] in ids and affiliation["actor"] != actor.id
            assert affiliation["evidence"]
            for evidence in affiliation["evidence"]:
                assert 0 <= evidence["start"] < evidence["end"] <= len(texts[evidence["doc"]])


# --------------------------------------------------------------------------- sample


@pytest.mark.parametrize("texts", [
    ("Yusuf al-Haddad", "Youssef el-Haddad"),
    ("Khalid Mansour", "Khaled Mansur"),
    ("Omar Qasimi", "Omar al-Qassimi"),
    ("Abna al-Wadi", "Abnaa el-Wadi", "Sons of the Valley"),
    ("Karst Liberation Front", "KLF", "Karst Front"),
])
def test_sample_spellings_are_one_actor(sample, texts):
    _same_actor(sample, *texts)


def test_sample_look_alike_people_are_two_actors(sample):
    assert _actor(sample, "Abu Karim al-Tahiri").id != _actor(sample, "Abu Kareem al-Tahir").id
