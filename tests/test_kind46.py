"""Places and people the corpus vote left with the model's wrong kind (round 37, branch kind46):
a constituency named after its member's noun (``_seat_kind``), a river (``_river_kind``), the
person a report is named after (``_report_maker_kind``) and a family name opened by its particle
on a team sheet (``_lineup_player``). Words in ``data/kind_contexts.yaml`` (``seat_leads_before``,
``river_heads``, ``river_heads_lower``, ``maker_works_after``, ``surname_particles``). Sentences
and names written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds

from newsgraph.resolve.contexts import KindContexts


# --- constituencies ----------------------------------------------------------------------------

def test_a_seat_named_after_its_members_noun_is_a_place():
    text = ("The MP for Harlowby and Dunmarsh said the plan was unfair. "
            "Voters in Dunmarsh will decide in May.")
    assert _kinds({"a": (text, {"Dunmarsh": "ORG"})})["Dunmarsh"] == "GPE"


def test_a_seat_the_model_calls_a_person_is_a_place():
    text = "For twenty years she has sat for the constituency now known as Velbury."
    assert _kinds({"a": (text, {"Velbury": "PERSON"})})["Velbury"] == "GPE"


def test_the_member_named_after_the_seat_keeps_his_kind():
    # "the MP for Dunmarsh, Ann Kestrel": the name after the comma is the member's
    text = "The MP for Dunmarsh, Ann Kestrel, said the plan was unfair."
    kinds = _kinds({"a": (text, {"Ann Kestrel": "PERSON", "Dunmarsh": "GPE"})})
    assert kinds["Ann Kestrel"] == "PERSON"


def test_a_party_a_candidate_stands_for_is_no_seat():
    text = "She is the candidate for Forward Vaal. Forward Vaal won two seats last year."
    assert _kinds({"a": (text, {"Forward Vaal": "ORG"})})["Forward Vaal"] == "ORG"


def test_a_body_mostly_named_elsewhere_keeps_its_kind():
    # one seat's phrase among uncued mentions of a body: below half
    text = ("Marwick Holdings cut jobs. Marwick Holdings closed a plant. Marwick Holdings sold a unit. "
            "The seat of Marwick Holdings is in a small town.")
    assert _kinds({"a": (text, {"Marwick Holdings": "ORG"})})["Marwick Holdings"] == "ORG"


# --- rivers --------------------------------------------------------------------------------------

def test_a_river_headed_name_with_its_article_is_land():
    text = "Floods rose along the River Tamsel on Monday, and homes by the River Tamsel were cleared."
    assert _kinds({"a": (text, {"River Tamsel": "ORG"})})["River Tamsel"] == "LOC"


def test_a_bare_river_headed_name_is_left():
    # a shop chain named like a river is written without "the"
    text = "River Tamsel opened four stores. Shoppers at River Tamsel queued."
    assert _kinds({"a": (text, {"River Tamsel": "ORG"})})["River Tamsel"] == "ORG"


def test_a_name_before_a_lower_case_river_is_land():
    text = "A dam is being built on the Kolvaro river, the longest in the region."
    assert _kinds({"a": (text, {"Kolvaro": "ORG"})})["Kolvaro"] == "LOC"


# --- the person a report is named after ------------------------------------------------------

def test_a_report_named_after_a_person_the_model_calls_one_is_the_person():
    first = "Under the plans set out in the Verlaine report, offices will close."
    second = "Ministers said they would go on with the Verlaine reforms."
    kinds = _kinds({"a": (first, {"Verlaine": "ORG"}), "b": (second, {"Verlaine": "PERSON"})})
    assert kinds["Verlaine"] == "PERSON"


def test_a_bodys_report_stays_a_body():
    # the model never calls the name a person: a research group's report
    text = "The Kandor report said prices would rise. The Kandor report was published on Monday."
    assert _kinds({"a": (text, {"Kandor": "ORG"})})["Kandor"] == "ORG"


# --- a family name with its particle on a team sheet ----------------------------------------

def test_a_particled_family_name_on_a_team_sheet_is_a_player():
    text = ("Vaalton: Kerrin, Moss, El Varoudi, Penning, Tallis (Orrin 71), Brask.\n"
            "Subs Not Used: Hale, Dunn.\n")
    assert _kinds({"a": (text, {"El Varoudi": "GPE"})})["El Varoudi"] == "PERSON"


def test_the_particle_words():
    contexts = KindContexts.from_data()
    assert contexts.particled_surname("El Varoudi")
    assert contexts.particled_surname("Van der Kessel")
    assert not contexts.particled_surname("Port Vaal")
    text = "The MP for Harlowby and Dunmarsh spoke."
    assert contexts.seat_phrase(text, text.index("Dunmarsh"))
    assert contexts.seat_phrase(text, text.index("Harlowby"))


# --- a town after a site's noun ----------------------------------------------------------------

def test_a_name_after_a_sites_noun_is_a_place():
    text = "The carmaker will close its factory in Oberwald for two days next week."
    assert _kinds({"a": (text, {"Oberwald": "ORG"})})["Oberwald"] == "GPE"


def test_a_body_after_a_sites_noun_with_a_bodys_voice_stays_a_body():
    # "Brenmark shares": a body's voice in another mention
    text = ("Analysts met staff at the firm in Brenmark last week. Brenmark shares fell 3% on Monday.")
    assert _kinds({"a": (text, {"Brenmark": "ORG"})})["Brenmark"] == "ORG"


def test_a_job_in_a_body_is_no_site():
    text = "He got a job in Tamsworth, a small publisher, and stayed ten years."
    assert _kinds({"a": (text, {"Tamsworth": "ORG"})})["Tamsworth"] == "ORG"
