"""Cross-document actor resolution (``name-graph.v1``) on names and short texts written here.

Unit level: the folding keys of ``NameVariants``; the resolver on hand-built Mention lists;
the per-document stages (``analyze``) on one-to-three-sentence texts for the links the text
states, followed by resolution. All names are fictional or generic.
"""

from __future__ import annotations

import pytest

from newsgraph.errors import NewsgraphError
from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import get_resolver, is_description
from newsgraph.resolve.variants import NameVariants


# --------------------------------------------------------------------------- helpers


def _mention(doc, text, label="PERSON", start=0, full_name=None, sentence=0):
    """A Mention as the mention stage writes it: key = name_key of the full name."""
    full = full_name or text
    return Mention(doc=doc, start=start, end=start + len(text), text=text, label=label,
                   key=name_key(full), full_name=full, sentence=sentence)


def _resolve(mentions, links=(), aliases=()):
    return get_resolver("name-graph.v1", aliases=list(aliases))(mentions, links)


def _actor_of(mentions, resolution, text):
    """The one actor of the mentions written ``text``."""
    ids = {a for m, a in zip(mentions, resolution.actor_of_mention) if m.text == text}
    assert len(ids) == 1, f"{text!r} resolved to {ids}"
    (actor_id,) = ids
    return next(a for a in resolution.actors if a.id == actor_id)


def _groups(mentions, resolution):
    """The partition of mention texts into actors, as a set of frozensets."""
    by_actor: dict[str, set[str]] = {}
    for m, a in zip(mentions, resolution.actor_of_mention):
        by_actor.setdefault(a, set()).add(m.text)
    return {frozenset(texts) for texts in by_actor.values()}


def _affiliations(actor):
    return {(f["relation"], f["actor"], f["role"]) for f in actor.affiliations}


def _rules(actor):
    return [m["rule"] for m in actor.merges]


@pytest.fixture(scope="module")
def variants():
    return NameVariants.from_data()


# --------------------------------------------------------------------------- phonetic folding


@pytest.mark.parametrize("a, b", [
    ("youssef", "yusuf"),
    ("khaled", "khalid"),
    ("mansour", "mansur"),
    ("qassimi", "qasimi"),
    ("haniyeh", "haniya"),
    ("dmitriy", "dmitry"),
    ("romanoff", "romanov"),
    ("yitzhak", "itzhak"),
])
def test_transliterations_fold_to_one_phonetic_key(variants, a, b):
    assert variants.phonetic(a) == variants.phonetic(b)


@pytest.mark.parametrize("a, b", [("omar", "amr"), ("tahiri", "tahir")])
def test_look_alike_names_keep_different_phonetic_keys(variants, a, b):
    assert variants.phonetic(a) != variants.phonetic(b)


def test_abdul_latif_and_abd_al_latif_have_the_same_person_words(variants):
    assert variants.person_words("abdul latif") == variants.person_words("abd al latif") == ["abd", "lataf"]


def test_group_words_translate_before_folding(variants):
    assert sorted(variants.group_words("wilayat karvon")) == sorted(variants.group_words("karvon province"))
    assert variants.group_words("jaish al nasr") == [variants.fold("army"), variants.phonetic("nasr")]


# --------------------------------------------------------------------------- translation


@pytest.mark.parametrize("arabic, english", [
    ("Wilayat Karvon", "Karvon Province"),
    ("Jaish al-Nasr", "Nasr Army"),
    ("Abna al-Sahil", "Sons of the Coast"),
    ("Abnaa el-Marj", "Sons of the Marj"),
])
def test_translated_group_names_are_one_actor(arabic, english):
    mentions = [_mention("d1", arabic, "ORG"), _mention("d2", english, "ORG")]
    resolution = _resolve(mentions)
    (actor,) = resolution.actors
    assert actor.kind == "ORG"
    assert {actor.name, *actor.aliases} == {arabic, english}
    assert _rules(actor) == ["spelling"]


def test_same_translated_head_with_different_places_stays_apart():
    mentions = [_mention("d1", "Wilayat Karvon", "ORG"), _mention("d2", "Wilayat Doran", "ORG")]
    assert len(_resolve(mentions).actors) == 2


# --------------------------------------------------------------------------- people


@pytest.mark.parametrize("first, second", [
    ("Youssef al-Barakat", "Yusuf al-Barakat"),
    ("Khaled Mansour", "Khalid Mansur"),
    ("Dmitriy Romanoff", "Dmitry Romanov"),
    ("Abdul Latif Haddad", "Abd al-Latif Haddad"),
])
def test_transliterated_person_names_across_documents_are_one_actor(first, second):
    mentions = [_mention("d1", first), _mention("d2", second)]
    resolution = _resolve(mentions)
    (actor,) = resolution.actors
    assert actor.kind == "PERSON"
    assert actor.documents == ["d1", "d2"]
    assert resolution.actor_of_mention == [actor.id, actor.id]
    (merge,) = actor.merges
    assert merge["rule"] == "spelling"
    assert {merge["a"], merge["b"]} == {first, second}
    assert merge["evidence"]["doc"] in {"d1", "d2"}


@pytest.mark.parametrize("first, second", [
    ("Omar Nasser", "Amr Nasser"),
    ("Abu Karim al-Tahiri", "Abu Karim al-Tahir"),
])
def test_look_alike_person_names_stay_two_actors(first, second):
    mentions = [_mention("d1", first), _mention("d2", second)]
    resolution = _resolve(mentions)
    assert len(resolution.actors) == 2
    assert all(not a.merges for a in resolution.actors)


@pytest.mark.parametrize("first, second", [
    ("Abu Hamza al-Rashidi", "Abu Yasir al-Rashidi"),  # different kunyas
    ("Salim al-Rashidi", "Tariq al-Rashidi"),  # different given names
])
def test_people_sharing_a_nisba_stay_apart_and_a_bare_nisba_joins_neither(first, second):
    mentions = [_mention("d1", first), _mention("d2", second), _mention("d3", "Rashidi")]
    resolution = _resolve(mentions)
    assert _groups(mentions, resolution) == {frozenset({first}), frozenset({second}), frozenset({"Rashidi"})}
    assert all(not a.merges for a in resolution.actors)


@pytest.mark.parametrize("short", ["Rashidi", "al-Rashidi"])
def test_bare_surname_with_one_full_name_in_another_document_is_merged(short):
    """The two stories name a same group: the bare surname is that man's."""
    mentions = [_mention("d1", "Salim al-Rashidi"), _mention("d2", short)]
    context = [_mention("d1", "Karst Liberation Front", "ORG", start=50),
               _mention("d2", "Karst Liberation Front", "ORG", start=50)]
    resolution = _resolve(mentions + context)
    actor = _actor_of(mentions + context, resolution, "Salim al-Rashidi")
    assert actor is _actor_of(mentions + context, resolution, short)
    assert actor.name == "Salim al-Rashidi"
    assert actor.aliases == [short]
    (merge,) = actor.merges
    assert merge["rule"] == "short-form"
    assert (merge["a"], merge["b"]) == ("Salim al-Rashidi", short)
    assert merge["evidence"] == {"doc": "d2", "start": 0, "end": len(short)}


def test_a_generation_mark_is_no_surname(variants):
    assert variants.person_words("tomas brandt jr") == variants.person_words("tomas brandt")


def test_surname_joins_a_full_name_that_ends_with_a_generation_mark():
    # across documents here; inside one, the mention stage links them (test_mentions)
    mentions = [_mention("d1", "Tomas Brandt Jr"), _mention("d2", "Brandt")]
    context = [_mention("d1", "Karst Liberation Front", "ORG", start=50),
               _mention("d2", "Karst Liberation Front", "ORG", start=50)]
    resolution = _resolve(mentions + context)
    assert _actor_of(mentions, resolution, "Brandt") is _actor_of(mentions, resolution, "Tomas Brandt Jr")


def test_kunya_alone_joins_the_only_full_name_with_that_kunya():
    mentions = [_mention("d1", "Abu Hamza al-Rashidi"), _mention("d2", "Abu Yasir al-Rashidi"),
                _mention("d3", "Abu Hamza"), _mention("d1", "Karst Front", "ORG", start=40),
                _mention("d3", "Karst Front", "ORG", start=40)]
    resolution = _resolve(mentions)
    assert _groups(mentions, resolution) == {frozenset({"Abu Hamza al-Rashidi", "Abu Hamza"}),
                                             frozenset({"Abu Yasir al-Rashidi"}), frozenset({"Karst Front"})}
    actor = _actor_of(mentions, resolution, "Abu Hamza")
    assert _rules(actor) == ["short-form"]


# --------------------------------------------------------------------------- acronyms and seeds


def test_acronym_joins_its_unique_full_name():
    # d1 uses the acronym for the full name (the mention stage linked it): corpus support
    mentions = [_mention("d1", "Karvon Liberation Army", "ORG"),
                _mention("d1", "KLA", "ORG", start=40, full_name="Karvon Liberation Army"),
                _mention("d2", "KLA", "ORG")]
    context = [_mention("d1", "Tariq Vessen", start=80), _mention("d2", "Tariq Vessen", start=80)]
    resolution = _resolve(mentions + context)
    actor = _actor_of(mentions, resolution, "KLA")
    assert actor.name == "Karvon Liberation Army"
    assert actor.aliases == ["KLA"]
    assert sorted(_rules(actor)) == ["acronym", "in-document"]


def test_acronym_of_two_full_names_joins_neither():
    mentions = [_mention("d1", "Karvon Liberation Army", "ORG"), _mention("d2", "Kessel Land Alliance", "ORG"),
                _mention("d3", "KLA", "ORG")]
    resolution = _resolve(mentions)
    assert len(resolution.actors) == 3
    assert _actor_of(mentions, resolution, "KLA").merges == []


@pytest.mark.parametrize("alias", ["Daesh", "ISIS"])
def test_alias_seed_joins_a_name_no_spelling_rule_connects(alias):
    mentions = [_mention("d1", alias, "ORG"), _mention("d2", "Islamic State", "ORG")]
    (actor,) = _resolve(mentions).actors
    assert actor.id == "islamic-state"
    assert actor.name == "Islamic State"
    (merge,) = actor.merges
    assert merge["rule"] == "alias-seed"
    assert merge["b"] == alias


def test_islamic_jihad_and_islamic_state_are_never_merged():
    mentions = [_mention("d1", "Islamic Jihad", "ORG"), _mention("d2", "Islamic State", "ORG"),
                _mention("d3", "ISIS", "ORG"), _mention("d4", "Daesh", "ORG")]
    resolution = _resolve(mentions)
    assert _actor_of(mentions, resolution, "Islamic Jihad").id != _actor_of(mentions, resolution, "Islamic State").id
    assert _groups(mentions, resolution) == {frozenset({"Islamic Jihad"}),
                                             frozenset({"Islamic State", "ISIS", "Daesh"})}


# --------------------------------------------------------------------------- user alias files


def test_distinct_pair_in_user_alias_file_keeps_two_spellings_apart(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("distinct:\n  - [Youssef al-Barakat, Yusuf al-Barakat]\n", encoding="utf-8")
    mentions = [_mention("d1", "Youssef al-Barakat"), _mention("d2", "Yusuf al-Barakat")]
    assert len(_resolve(mentions).actors) == 1  # without the file they merge

    resolution = _resolve(mentions, aliases=[path])
    first = _actor_of(mentions, resolution, "Youssef al-Barakat")
    second = _actor_of(mentions, resolution, "Yusuf al-Barakat")
    assert first.id != second.id
    assert first.merges == second.merges == []
    (record,) = first.kept_apart
    assert record["actor"] == second.id and record["name"] == "Yusuf al-Barakat"
    assert record["rule"] == "spelling" and "distinct" in record["reason"]
    assert [r["actor"] for r in second.kept_apart] == [first.id]


def test_user_alias_file_merges_names_no_rule_connects(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("actors:\n  - name: Coastal Guardians\n    aliases: [The Blue Hand]\n", encoding="utf-8")
    mentions = [_mention("d1", "The Blue Hand", "ORG"), _mention("d2", "Coastal Guardians", "ORG")]
    assert len(_resolve(mentions).actors) == 2  # without the file nothing connects them

    (actor,) = _resolve(mentions, aliases=[path]).actors
    assert actor.name == "Coastal Guardians"
    assert actor.aliases == ["The Blue Hand"]
    (merge,) = actor.merges
    assert merge["rule"] == "alias-seed"
    assert merge["evidence"] == {"doc": "d1", "start": 0, "end": len("The Blue Hand")}


@pytest.mark.parametrize("content", [
    "groups:\n  - name: X\n",  # unknown top-level key
    "- just\n- a list\n",  # not a mapping
    "actors:\n  - aliases: [A, B]\n",  # entry without a name
    "actors: [1, 2]\n",  # entry that is not a mapping
    "distinct:\n  - [A, B, C]\n",  # not a pair
    "actors: [\n",  # not YAML
])
def test_bad_user_alias_file_is_a_newsgraph_error(tmp_path, content):
    path = tmp_path / "aliases.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NewsgraphError, match="cannot read data file"):
        get_resolver("name-graph.v1", aliases=[path])


def test_missing_user_alias_file_is_a_newsgraph_error(tmp_path):
    with pytest.raises(NewsgraphError, match="cannot read data file"):
        get_resolver("name-graph.v1", aliases=[tmp_path / "absent.yaml"])


# --------------------------------------------------------------------------- states, demonyms, branches


def test_state_and_its_army_stay_apart_with_army_part_of_state():
    mentions = [_mention("d1", "Egypt", "GPE"), _mention("d2", "Egyptian army", "ORG")]
    resolution = _resolve(mentions)
    egypt = _actor_of(mentions, resolution, "Egypt")
    army = _actor_of(mentions, resolution, "Egyptian army")
    assert egypt.id != army.id
    assert egypt.kind == "GPE" and army.kind == "ORG"
    assert _affiliations(army) == {("part_of", egypt.id, "army")}
    assert egypt.affiliations == []


@pytest.mark.parametrize("institution", ["Egyptian security services", "Egyptian intelligence services",
                                         "Egyptian air force"])
def test_multi_word_institution_of_a_state_is_part_of_it(institution):
    mentions = [_mention("d1", "Egypt", "GPE"), _mention("d2", institution, "ORG")]
    resolution = _resolve(mentions)
    egypt = _actor_of(mentions, resolution, "Egypt")
    body = _actor_of(mentions, resolution, institution)
    assert body.id != egypt.id
    assert ("part_of", egypt.id) in {(relation, actor) for relation, actor, _ in _affiliations(body)}


def test_demonym_stays_apart_from_its_place_and_is_part_of_it():
    mentions = [_mention("d1", "Gaza", "GPE"), _mention("d2", "Gazan", "NORP"), _mention("d3", "Gazan", "NORP")]
    resolution = _resolve(mentions)
    gaza = _actor_of(mentions, resolution, "Gaza")
    gazan = _actor_of(mentions, resolution, "Gazan")
    assert gaza.id != gazan.id
    assert gazan.kind == "NORP"
    assert _affiliations(gazan) == {("part_of", gaza.id, None)}


def test_demonym_mislabelled_as_place_stays_apart_and_is_part_of_the_place():
    # the model calling the demonym GPE too must not make it one actor with the place
    mentions = [_mention("d1", "Velonia", "GPE"), _mention("d2", "Veloni", "GPE")]
    resolution = _resolve(mentions)
    place = _actor_of(mentions, resolution, "Velonia")
    people = _actor_of(mentions, resolution, "Veloni")
    assert place.id != people.id
    assert _affiliations(people) == {("part_of", place.id, None)}
    assert place.affiliations == []


def test_demonym_mislabelled_as_group_is_the_people_part_of_the_place():
    mentions = [_mention("d1", "Velonia", "GPE"), _mention("d2", "Velonian", "ORG"), _mention("d3", "Velonian", "ORG")]
    resolution = _resolve(mentions)
    place = _actor_of(mentions, resolution, "Velonia")
    people = _actor_of(mentions, resolution, "Velonian")
    assert people.kind == "NORP"
    assert _affiliations(people) == {("part_of", place.id, None)}


def test_a_country_keeps_its_article_apart_from_a_city_of_its_last_word():
    mentions = [_mention("d1", "El Salvador", "GPE"), _mention("d2", "El Salvador", "GPE"),
                _mention("d3", "Salvador", "GPE"), _mention("d4", "Salvador", "GPE")]
    resolution = _resolve(mentions)
    assert _actor_of(mentions, resolution, "El Salvador").id != _actor_of(mentions, resolution, "Salvador").id


def test_place_word_before_a_plural_noun_of_people_is_a_group():
    mentions = [_mention("d1", "Velonian authorities", "ORG"), _mention("d2", "Velonian authorities", "ORG"),
                _mention("d3", "Korvan troops", "ORG")]
    resolution = _resolve(mentions)
    assert _actor_of(mentions, resolution, "Velonian authorities").kind == "GROUP"
    assert _actor_of(mentions, resolution, "Korvan troops").kind == "GROUP"


def test_a_named_body_ending_in_a_plural_noun_of_people_stays_a_group_name():
    mentions = [_mention("d1", "Velonian Border Guards", "ORG"), _mention("d2", "Association of Port Authorities", "ORG"),
                _mention("d3", "Korvan government", "ORG")]
    resolution = _resolve(mentions)
    assert _actor_of(mentions, resolution, "Velonian Border Guards").kind == "ORG"
    assert _actor_of(mentions, resolution, "Association of Port Authorities").kind == "ORG"
    assert _actor_of(mentions, resolution, "Korvan government").kind == "ORG"


def test_branch_names_are_one_actor_part_of_the_parent_and_distinct_from_it():
    mentions = [
        _mention("d1", "Islamic State", "ORG"),
        _mention("d2", "Raqqa Province", "ORG"),
        _mention("d3", "IS Raqqa", "ORG"),
        _mention("d3", "Raqqa", "GPE", start=40),
        _mention("d4", "Islamic State in Raqqa", "ORG"),
        _mention("d5", "Wilayat Raqqa", "ORG"),
    ]
    resolution = _resolve(mentions)
    parent = _actor_of(mentions, resolution, "Islamic State")
    branch = _actor_of(mentions, resolution, "Raqqa Province")
    place = _actor_of(mentions, resolution, "Raqqa")
    assert _groups(mentions, resolution) == {
        frozenset({"Islamic State"}), frozenset({"Raqqa"}),
        frozenset({"Raqqa Province", "IS Raqqa", "Islamic State in Raqqa", "Wilayat Raqqa"})}
    assert len({parent.id, branch.id, place.id}) == 3
    assert branch.kind == "ORG"
    assert _affiliations(branch) == {("part_of", parent.id, None)}
    assert set(_rules(branch)) <= {"branch", "spelling"} and "branch" in _rules(branch)
    assert parent.affiliations == []


def test_branch_names_meet_without_a_separate_place_mention():
    mentions = [_mention("d1", "Islamic State", "ORG"), _mention("d2", "Raqqa Province", "ORG"),
                _mention("d3", "IS Raqqa", "ORG")]
    resolution = _resolve(mentions)
    parent = _actor_of(mentions, resolution, "Islamic State")
    branch = _actor_of(mentions, resolution, "Raqqa Province")
    assert _groups(mentions, resolution) == {frozenset({"Islamic State"}),
                                             frozenset({"Raqqa Province", "IS Raqqa"})}
    assert _affiliations(branch) == {("part_of", parent.id, None)}


# --------------------------------------------------------------------------- determinism


def _corpus():
    """Mentions of six documents exercising every rule, per document in text order."""
    docs = {
        "d1": [("Youssef al-Barakat", "PERSON"), ("Karvon Liberation Army", "ORG"), ("Islamic State", "ORG"),
               ("Egypt", "GPE"), ("KLA", "ORG", "Karvon Liberation Army"), ("Omar Haddad", "PERSON")],
        "d2": [("Yusuf al-Barakat", "PERSON"), ("KLA", "ORG"), ("Daesh", "ORG"), ("Egyptian army", "ORG")],
        "d3": [("Barakat", "PERSON"), ("Raqqa Province", "ORG"), ("IS Raqqa", "ORG"), ("Raqqa", "GPE"),
               ("Omar Haddad", "PERSON")],  # a man both stories name: Barakat is the same story's
        "d4": [("Salim al-Rashidi", "PERSON"), ("Tariq al-Rashidi", "PERSON"), ("Rashidi", "PERSON"),
               ("Gazan", "NORP"), ("Gaza", "GPE")],
        "d5": [("Jaish al-Nasr", "ORG"), ("Abu Karim al-Tahiri", "PERSON"), ("Islamic Jihad", "ORG")],
        "d6": [("Nasr Army", "ORG"), ("Abu Karim al-Tahir", "PERSON"), ("Khaled Mansour", "PERSON"),
               ("Khalid Mansur", "PERSON")],
    }
    out = {}
    for doc, names in docs.items():
        start, items = 0, []
        for text, label, *full in names:
            items.append(_mention(doc, text, label, start=start, full_name=full[0] if full else None))
            start += len(text) + 10
        out[doc] = items
    return out


def _outcome(mentions, resolution):
    actors = {a.id: (a.name, a.kind, tuple(a.aliases), a.mention_count, tuple(a.documents),
                     frozenset(_affiliations(a)), frozenset(m["rule"] for m in a.merges))
              for a in resolution.actors}
    assignment = {(m.doc, m.start, m.text): a for m, a in zip(mentions, resolution.actor_of_mention)}
    return actors, assignment


@pytest.mark.parametrize("order", [
    ["d1", "d2", "d3", "d4", "d5", "d6"],
    ["d6", "d5", "d4", "d3", "d2", "d1"],
    ["d3", "d6", "d1", "d4", "d2", "d5"],
])
def test_resolution_is_deterministic_and_independent_of_document_order(order):
    corpus = _corpus()
    reference = [m for doc in sorted(corpus) for m in corpus[doc]]
    expected = _outcome(reference, _resolve(reference))
    assert _outcome(reference, _resolve(reference)) == expected  # same input twice

    shuffled = [m for doc in order for m in corpus[doc]]
    assert _outcome(shuffled, _resolve(shuffled)) == expected
    # sanity: the corpus really exercises the rules
    actor = {(doc, text): a for (doc, _, text), a in expected[1].items()}
    assert actor["d1", "Youssef al-Barakat"] == actor["d2", "Yusuf al-Barakat"] == actor["d3", "Barakat"]
    assert actor["d4", "Rashidi"] not in (actor["d4", "Salim al-Rashidi"], actor["d4", "Tariq al-Rashidi"])
    assert actor["d1", "Karvon Liberation Army"] == actor["d2", "KLA"]
    assert actor["d3", "Raqqa Province"] == actor["d3", "IS Raqqa"] != actor["d1", "Islamic State"]
    assert actor["d5", "Jaish al-Nasr"] == actor["d6", "Nasr Army"]


def test_distinct_conflict_outcome_is_independent_of_document_order(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("distinct:\n  - [Youssef al-Barakat, Yousef al-Barakat]\n", encoding="utf-8")
    names = {"d1": "Youssef al-Barakat", "d2": "Yusuf al-Barakat", "d3": "Yousef al-Barakat"}
    outcomes = []
    for order in (["d1", "d2", "d3"], ["d2", "d3", "d1"]):
        mentions = [_mention(doc, names[doc]) for doc in order]
        resolution = _resolve(mentions, aliases=[path])
        assert len(resolution.actors) == 2  # the distinct pair holds either way
        outcomes.append(_outcome(mentions, resolution)[1])
    assert outcomes[0] == outcomes[1]


# --------------------------------------------------------------------------- is_description


@pytest.mark.parametrize("name, expected", [
    ("Hamas' military wing", True),
    ("Northern Alliance\u2019s armed wing", True),
    ("the Raqqa province", True),
    ("Karvon Liberation Army", False),
    ("Sons of the Valley", False),
    ("Abu Noor al-Maqdisi", False),
    ("Islamic State in Raqqa", False),
    ("Falcon Brigades", False),
])
def test_is_description(name, expected):
    assert is_description(name) is expected


# --------------------------------------------------------------------------- stated links (per-document stages)


def _by_text(result, text):
    found = [i for i, m in enumerate(result.mentions) if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in result.mentions]}"
    return found[0]


def _link(result, relation, source_text, target_text):
    source, target = _by_text(result, source_text), _by_text(result, target_text)
    found = [link for link in result.links
             if link.relation == relation and {link.source, link.target} == {source, target}]
    assert len(found) == 1, f"links: {result.links}"
    return found[0]


def _resolve_result(result):
    resolution = get_resolver()(result.mentions, result.links)
    return resolution, (lambda text: _actor_of(result.mentions, resolution, text))


@pytest.mark.parametrize("text, first, second", [
    ("The Coastal Defense League, also known as Harbor Shield, claimed the attack on Tuesday.",
     "Coastal Defense League", "Harbor Shield"),
    ("Daniel Kessler, also known as Danny Blue, was arrested in Berlin.", "Daniel Kessler", "Danny Blue"),
    ("Salim Haddad, also known as Abu Hamza, was killed in the strike.", "Salim Haddad", "Abu Hamza"),
])
def test_also_known_as_is_an_alias_link_and_one_actor(analyze, text, first, second):
    result = analyze(text)
    link = _link(result, "alias", first, second)
    assert link.rule == "aka"
    assert result.document.text[link.start:link.end].startswith(first)
    assert result.document.text[link.start:link.end].endswith(second)
    resolution, actor = _resolve_result(result)
    assert actor(first).id == actor(second).id
    assert _rules(actor(first)) == ["stated-alias"]
    assert actor(first).merges[0]["evidence"] == {"doc": link.doc, "start": link.start, "end": link.end}


def test_also_known_as_the_name_is_an_alias_link(analyze):
    result = analyze("The Coastal Defense League, also known as the Harbor Shield, claimed the attack on Tuesday.")
    _link(result, "alias", "Coastal Defense League", "Harbor Shield")
    _, actor = _resolve_result(result)
    assert actor("Coastal Defense League").id == actor("Harbor Shield").id


def test_acronym_in_parenthesis_is_an_alias_link_and_one_actor(analyze):
    result = analyze("The Popular Mobilization Committee (PMC) denied the report.")
    link = _link(result, "alias", "Popular Mobilization Committee", "PMC")
    assert link.rule == "parenthesis"
    assert result.document.text[link.start:link.end] == "Popular Mobilization Committee (PMC)"
    resolution, actor = _resolve_result(result)
    assert actor("PMC").id == actor("Popular Mobilization Committee").id
    assert actor("PMC").name == "Popular Mobilization Committee"
    assert len(resolution.actors) == 1


def test_group_spokesman_name_is_member_of_with_role(analyze):
    result = analyze("Northern Alliance spokesman Daniel Kessler said the talks had failed.")
    link = _link(result, "member_of", "Daniel Kessler", "Northern Alliance")
    assert (link.source, link.target) == (_by_text(result, "Daniel Kessler"), _by_text(result, "Northern Alliance"))
    assert link.role == "spokesman"
    _, actor = _resolve_result(result)
    assert _affiliations(actor("Daniel Kessler")) == {("member_of", actor("Northern Alliance").id, "spokesman")}


def test_name_a_commander_of_the_group_is_member_of_with_role(analyze):
    result = analyze("Daniel Kessler, a commander of the Northern Alliance, was arrested in Berlin.")
    link = _link(result, "member_of", "Daniel Kessler", "Northern Alliance")
    assert (link.source, link.target) == (_by_text(result, "Daniel Kessler"), _by_text(result, "Northern Alliance"))
    assert link.role == "commander"
    _, actor = _resolve_result(result)
    assert _affiliations(actor("Daniel Kessler")) == {("member_of", actor("Northern Alliance").id, "commander")}
    assert actor("Berlin").affiliations == []


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_armed_wing_apposition_is_one_actor_under_its_proper_name_part_of_the_group(analyze, apostrophe):
    wing = f"Northern Alliance{apostrophe}s armed wing"
    result = analyze("The Northern Alliance said its fighters were ready. "
                     f"The {wing}, the Falcon Brigades, attacked the base.")
    link = _link(result, "alias", wing, "Falcon Brigades")
    assert link.rule == "descriptor-apposition"
    _, actor = _resolve_result(result)
    brigades = actor("Falcon Brigades")
    assert actor(wing).id == brigades.id
    assert brigades.name == "Falcon Brigades" and not is_description(brigades.name)
    assert brigades.kind == "ORG"
    group = actor("Northern Alliance")
    assert group.id != brigades.id
    assert _affiliations(brigades) == {("part_of", group.id, None)}


def test_demonym_army_is_one_compound_mention_part_of_the_state(analyze):
    result = analyze("Egypt said the Egyptian army had killed ten militants.")
    assert [(m.text, m.label) for m in result.mentions] == [("Egypt", "GPE"), ("Egyptian army", "ORG")]
    _, actor = _resolve_result(result)
    assert actor("Egypt").id != actor("Egyptian army").id
    assert _affiliations(actor("Egyptian army")) == {("part_of", actor("Egypt").id, "army")}


@pytest.mark.parametrize("text, compound", [
    ("Egypt said the Egyptian army had killed ten militants.", "Egyptian army"),
    ("Israeli security forces arrested two men in Hebron.", "Israeli security forces"),
    ("The Northern Alliance said its fighters were ready. "
     "The Northern Alliance\u2019s armed wing, the Falcon Brigades, attacked the base.",
     "Northern Alliance\u2019s armed wing"),
    ("Hamas said its fighters were ready. Hamas' military wing claimed the attack.", "Hamas' military wing"),
    ("Fighters of IS Raqqa attacked a checkpoint near Raqqa, the Islamic State said.", "IS Raqqa"),
])
def test_compound_mention_offsets_slice_back_to_the_text(analyze, text, compound):
    result = analyze(text)
    assert compound in [m.text for m in result.mentions]
    for m in result.mentions:
        assert result.document.text[m.start:m.end] == m.text
    for link in result.links:
        assert 0 <= link.start < link.end <= len(result.document.text)


def test_a_group_and_its_stated_wing_are_never_merged_even_by_a_stated_alias():
    from newsgraph.model import Link

    mentions = [_mention("d1", "Saraya al-Nahr", "ORG"), _mention("d1", "Karvon Front", "ORG"),
                _mention("d1", "Karvon Front", "ORG")]
    links = [Link("d1", "part_of", 0, 1, None, "offshoot-of", 0, 40),
             Link("d1", "alias", 2, 0, None, "aka", 50, 90)]  # a mis-attached "also known as"
    resolution = get_resolver()(mentions, links)
    wing, front = (next(a for a in resolution.actors if a.name == n) for n in ("Saraya al-Nahr", "Karvon Front"))
    assert wing.id != front.id
    assert wing.affiliations[0]["actor"] == front.id and wing.affiliations[0]["relation"] == "part_of"
    assert any(k["actor"] == front.id and "member and group" in k["reason"] for k in wing.kept_apart)


# --------------------------------------------------------------------------- issue 18: precision


def test_female_title_never_joins_a_mans_full_name():
    mentions = [_mention("d1", "Peter Vasko"), _mention("d1", "Mr Vasko", full_name="Peter Vasko", start=30),
                _mention("d2", "Mrs Vasko")]
    mentions[2] = Mention(doc="d2", start=0, end=9, text="Mrs Vasko", label="PERSON", key="mrs vasko",
                          full_name="Mrs Vasko", sentence=0)
    resolution = _resolve(mentions)
    assert _actor_of(mentions, resolution, "Mrs Vasko") is not _actor_of(mentions, resolution, "Peter Vasko")


def test_female_title_joins_the_only_womans_full_name():
    mentions = [_mention("d1", "Peter Vasko"), _mention("d2", "Helen Vasko"),
                Mention(doc="d3", start=0, end=9, text="Mrs Vasko", label="PERSON", key="mrs vasko",
                        full_name="Mrs Vasko", sentence=0),
                _mention("d2", "Kessel Trust", "ORG", start=40), _mention("d3", "Kessel Trust", "ORG", start=40)]
    resolution = _resolve(mentions)
    assert _actor_of(mentions, resolution, "Mrs Vasko") is _actor_of(mentions, resolution, "Helen Vasko")
    assert _actor_of(mentions, resolution, "Peter Vasko") is not _actor_of(mentions, resolution, "Helen Vasko")


@pytest.mark.parametrize("person, other, label", [("Toure", "Tory", "NORP"), ("Sonny", "Sony", "ORG")])
def test_one_word_spellings_of_different_kinds_stay_apart(person, other, label):
    mentions = [_mention("d1", person), _mention("d2", other, label), _mention("d3", other, label)]
    assert len(_resolve(mentions).actors) == 2


def test_short_one_word_spellings_of_one_kind_stay_apart():
    mentions = [_mention("d1", "Sony", "ORG"), _mention("d2", "Sonny", "ORG")]
    assert len(_resolve(mentions).actors) == 2


def test_surname_goes_to_the_full_name_that_dominates_its_uses():
    mentions = [_mention(f"d{i}", "Anton Brevik", start=0) for i in range(12)]
    mentions += [_mention("e1", "Clara Brevik"), _mention("e2", "Brevik")]
    resolution = _resolve(mentions)
    actor = _actor_of(mentions, resolution, "Brevik")
    assert actor.name == "Anton Brevik"
    assert "short-form-dominant" in _rules(actor)
    assert _actor_of(mentions, resolution, "Clara Brevik") is not actor


def test_surname_shared_by_two_comparable_full_names_stays_alone():
    mentions = [_mention(f"d{i}", "Anton Brevik") for i in range(12)]
    mentions += [_mention(f"e{i}", "Clara Brevik") for i in range(5)] + [_mention("f1", "Brevik")]
    resolution = _resolve(mentions)
    assert _actor_of(mentions, resolution, "Brevik").merges == []


def test_surname_mostly_tagged_as_another_kind_joins_no_person():
    mentions = [_mention("d1", "Carl Virex"), _mention("d2", "Virex", "ORG"), _mention("d3", "Virex", "ORG"),
                _mention("d4", "Virex", "PERSON")]
    resolution = _resolve(mentions)
    assert _actor_of(mentions, resolution, "Carl Virex") is not _actor_of(mentions, resolution, "Virex")


def test_acronym_needs_a_document_that_uses_it_for_the_full_name():
    unsupported = [_mention("d1", "Norland Lumber Syndicate", "ORG"), _mention("d2", "NLS", "ORG")]
    assert len(_resolve(unsupported).actors) == 2
    supported = unsupported + [_mention("d3", "NLS", "ORG", full_name="Norland Lumber Syndicate")]
    supported += [_mention("d1", "Tariq Vessen", start=80), _mention("d2", "Tariq Vessen", start=80)]
    resolution = _resolve(supported)
    assert len(resolution.actors) == 2  # the syndicate and the man both stories name


def test_acronym_from_an_unrelated_story_stays_apart():
    mentions = [_mention("d1", "Norland Electric Company", "ORG"),
                _mention("d1", "NEC", "ORG", start=40, full_name="Norland Electric Company"),
                _mention("d2", "NEC", "ORG"), _mention("d2", "Kessel Phones", "ORG", start=40)]
    assert len(_resolve(mentions).actors) == 3


def test_in_document_short_forms_are_explained():
    mentions = [_mention("d1", "Anton Brevik"), _mention("d1", "Mr Brevik", start=40, full_name="Anton Brevik")]
    (actor,) = _resolve(mentions).actors
    (merge,) = actor.merges
    assert merge["rule"] == "in-document"
    assert (merge["a"], merge["b"]) == ("Anton Brevik", "Mr Brevik")
    assert merge["evidence"] == {"doc": "d1", "start": 40, "end": 49}


@pytest.mark.parametrize("longer, shorter, label", [
    ("Vessa Strip", "Vessa", "GPE"),
    ("Harmony Party", "Harmony", "ORG"),
    ("Kelvar Corporation", "Kelvar", "ORG"),
])
def test_name_plus_generic_head_is_the_name(longer, shorter, label):
    mentions = [_mention("d1", longer, label), _mention("d2", shorter, label)]
    (actor,) = _resolve(mentions).actors
    assert "generic-head" in _rules(actor)


def test_generic_head_needs_the_same_family():
    mentions = [_mention("d1", "Harmony Party", "ORG"), _mention("d2", "Linda Harmony"),
                _mention("d3", "Harmony", "PERSON"), _mention("d4", "Harmony", "PERSON")]
    resolution = _resolve(mentions)
    assert _actor_of(mentions, resolution, "Harmony Party") is not _actor_of(mentions, resolution, "Harmony")


def test_branch_word_is_no_generic_head():
    mentions = [_mention("d1", "Vessa Province", "ORG"), _mention("d2", "Vessa", "GPE")]
    assert len(_resolve(mentions).actors) == 2


def test_alias_data_gives_the_kind_and_joins_party_names(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("actors:\n  - name: Harmony Party\n    aliases: [Harmonists]\n    kind: ORG\n")
    mentions = [_mention("d1", "Harmonists", "NORP"), _mention("d2", "Harmonists", "NORP"),
                _mention("d3", "Harmony Party", "ORG")]
    (actor,) = _resolve(mentions, aliases=[path]).actors
    assert actor.name == "Harmony Party" and actor.kind == "ORG"


def test_canonical_name_drops_an_honorific():
    mentions = [_mention("d1", "Imam Abu Karim al-Tahiri"), _mention("d2", "Imam Abu Karim al-Tahiri")]
    (actor,) = _resolve(mentions).actors
    assert actor.name == "Abu Karim al-Tahiri"


def test_greek_c_and_k_spellings_are_one_person():
    mentions = [_mention("d1", "Kostas Veniris"), _mention("d2", "Costas Veniris")]
    assert len(_resolve(mentions).actors) == 1


def test_lone_word_that_is_nobodys_surname_takes_its_other_label():
    mentions = [_mention(f"d{i}", "Vexcorp", "PERSON") for i in range(6)] + [_mention("e1", "Vexcorp", "ORG")]
    (actor,) = _resolve(mentions).actors
    assert actor.kind == "ORG"


def test_lone_surname_of_a_person_keeps_person():
    mentions = [_mention("d1", "Anton Brevik"), _mention("d2", "Clara Brevik")]
    mentions += [_mention(f"e{i}", "Brevik", "PERSON") for i in range(6)] + [_mention("f1", "Brevik", "ORG")]
    resolution = _resolve(mentions)
    # two Breviks bear the surname: each story's bare "Brevik" is an actor of its own (round 10)
    ids = {a for m, a in zip(mentions, resolution.actor_of_mention) if m.text == "Brevik"}
    assert {a.kind for a in resolution.actors if a.id in ids} == {"PERSON"}


def test_generic_club_word_alone_joins_no_club():
    mentions = [_mention("d1", "Kessel United", "ORG"), _mention("d2", "United", "ORG")]
    assert len(_resolve(mentions).actors) == 2


def test_alias_table_name_is_no_short_form_of_a_longer_name():
    mentions = [_mention("d1", "European Broadcasting Union", "ORG"), _mention("d2", "European Union", "ORG")]
    assert len(_resolve(mentions).actors) == 2


def test_full_name_with_a_middle_initial_is_the_same_person():
    mentions = [_mention("d1", "Ravi K Tandon"), _mention("d2", "Ravi Tandon")]
    (actor,) = _resolve(mentions).actors
    assert "middle-name" in _rules(actor)


def test_two_different_middle_names_keep_the_short_name_apart():
    mentions = [_mention("d1", "Ravi K Tandon"), _mention("d2", "Ravi M Tandon"), _mention("d3", "Ravi Tandon")]
    assert len(_resolve(mentions).actors) == 3


def test_mount_abbreviation_is_the_same_place():
    mentions = [_mention("d1", "Mt Vessa", "LOC"), _mention("d2", "Mount Vessa", "LOC")]
    assert len(_resolve(mentions).actors) == 1


# --------------------------------------------------------------------------- issue 18, round 5


def test_whole_middle_name_joins_only_when_the_stories_meet():
    apart = [_mention("d1", "Ravi Lee Tandon"), _mention("d1", "Kessel Records", "ORG"),
             _mention("d2", "Ravi Tandon"), _mention("d2", "Brevik Comedy Club", "ORG")]
    assert len({a for a in _resolve(apart).actor_of_mention}) == 4
    meeting = [_mention("d1", "Ravi Lee Tandon"), _mention("d1", "Anton Brevik"),
               _mention("d2", "Ravi Tandon"), _mention("d2", "Anton Brevik")]
    resolution = _resolve(meeting)
    assert _actor_of(meeting, resolution, "Ravi Tandon") is _actor_of(meeting, resolution, "Ravi Lee Tandon")


def test_a_surname_that_is_someone_elses_given_name_needs_dominance():
    mentions = [_mention("d1", "Anton Brevik"), _mention("d2", "Brevik Tandon"), _mention("d3", "Brevik")]
    resolution = _resolve(mentions)
    assert _actor_of(mentions, resolution, "Brevik").merges == []


def test_a_common_given_name_alone_joins_no_look_alike_surname():
    mentions = [_mention("d1", "Andy Hazell"), _mention("d2", "Hazel")]
    assert len(_resolve(mentions).actors) == 2


@pytest.mark.parametrize("short", ["Sir Anton", "Lord Brevik"])
def test_knight_given_name_and_peer_title_join_no_full_name_across_documents(short):
    mentions = [_mention("d1", "Anton Brevik"), _mention("d2", short)]
    assert len(_resolve(mentions).actors) == 2


def test_a_generic_company_suffix_alone_joins_no_company():
    mentions = [_mention("d1", "Kessel LLC", "ORG"), _mention("d2", "LLC", "ORG")]
    assert len(_resolve(mentions).actors) == 2


def test_bare_surname_from_an_unrelated_story_stays_apart_from_a_rare_full_name():
    mentions = [_mention("d1", "Howard Vessen"), _mention("d1", "Kessel Bank", "ORG", start=30),
                _mention("d2", "Vessen"), _mention("d2", "Harmony Party", "ORG", start=30)]
    resolution = _resolve(mentions)
    assert _actor_of(mentions, resolution, "Vessen") is not _actor_of(mentions, resolution, "Howard Vessen")
