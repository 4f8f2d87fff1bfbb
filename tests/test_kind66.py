"""Actor kinds (round 45, branch kind66): a one-holder office ending a name the model calls a body
("Vessford MP", "Solicitor General"), written one space before a person's name, is part of that
person's description and no body; the person keeps the actor. A body's name before a person, an
office alone, and an office not followed by a person keep their actors. Sentences and names
written for these tests."""

from __future__ import annotations

from mention_helpers import resolved_kinds as _kinds


def test_a_party_mp_before_a_name_is_no_body():
    text = "Committee chairman Tarnby MP Ana Vask said the report was fair."
    kinds = _kinds({"a": (text, {"Tarnby MP": "ORG", "Ana Vask": "PERSON"})})
    assert "Tarnby MP" not in kinds
    assert kinds.get("Ana Vask") == "PERSON"


def test_a_two_word_office_before_a_name_is_no_body():
    text = "The plan was drawn up with Solicitor General Jo Prell, the paper said."
    kinds = _kinds({"a": (text, {"Solicitor General": "ORG", "Jo Prell": "PERSON"})})
    assert "Solicitor General" not in kinds
    assert kinds.get("Jo Prell") == "PERSON"


def test_a_longer_title_ending_in_the_office_is_no_body():
    text = "Lio Dask will stand against pro-reform Vessford MEP Jo Prell at the next poll."
    kinds = _kinds({"a": (text, {"Vessford MEP": "ORG", "Jo Prell": "PERSON", "Lio Dask": "PERSON"})})
    assert "Vessford MEP" not in kinds
    assert kinds.get("Jo Prell") == "PERSON"


def test_a_minister_typed_a_people_before_a_name_is_no_actor():
    text = "Tarnby Foreign Minister Ana Vask flew to Vessford on Monday."
    kinds = _kinds({"a": (text, {"Tarnby Foreign Minister": "NORP", "Ana Vask": "PERSON"})})
    assert "Tarnby Foreign Minister" not in kinds


def test_a_body_before_a_name_keeps_its_actor():
    text = "Chairman of the Tarnby Audit Committee Ana Vask said the figures were wrong."
    kinds = _kinds({"a": (text, {"Tarnby Audit Committee": "ORG", "Ana Vask": "PERSON"})})
    assert kinds.get("Tarnby Audit Committee") == "ORG"


def test_an_office_not_followed_by_a_person_is_not_read():
    text = "The advice given by the Attorney General was never published, Ana Vask said."
    kinds = _kinds({"a": (text, {"Attorney General": "ORG", "Ana Vask": "PERSON"})})
    assert kinds.get("Attorney General") == "ORG"


def test_an_office_before_a_comma_and_a_name_is_not_read():
    text = "The Solicitor General, Jo Prell, declined to comment on the case."
    kinds = _kinds({"a": (text, {"Solicitor General": "ORG", "Jo Prell": "PERSON"})})
    assert kinds.get("Solicitor General") == "ORG"


def test_a_person_labelled_office_name_is_left_to_the_vote():
    text = "Tarnby MP Ana Vask said she would vote against the plan."
    kinds = _kinds({"a": (text, {"Tarnby MP Ana Vask": "PERSON"})})
    assert "Tarnby MP Ana Vask" in kinds


def test_a_committee_told_like_an_outlet_is_a_body():
    text = ("Ana Vask told the Tarnby Select Committee that the plan would work. "
            "Speaking to the Tarnby Select Committee, Ana Vask said growth was strong.")
    kinds = _kinds({"a": (text, {"Ana Vask": "PERSON", "Tarnby Select Committee": "OUTLET"})})
    assert kinds.get("Tarnby Select Committee") == "ORG"


def test_a_real_outlet_keeps_its_kind():
    text = "Ana Vask told the Tarnby Herald that the plan would work."
    kinds = _kinds({"a": (text, {"Ana Vask": "PERSON", "Tarnby Herald": "OUTLET"})})
    assert kinds.get("Tarnby Herald") == "OUTLET"
