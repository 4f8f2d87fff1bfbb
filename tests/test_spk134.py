"""Round 69 (branch spk134): a body a story names and then calls by its kind's noun, where its name
shows the kind by another word — "the Kessel Markets Authority ... The financial regulator said",
"the Vaal Policy Institute ... says the think-tank", "the Tamsk Rail Alliance ... the group said" —
is that body (``coref.bodies.resolve_described_bodies``, ``described_body_names`` in coref.yaml),
when it is the one such body named before the phrase; one named only after the phrase no longer
counts as a rival. Sentences written for these tests, names invented."""

from __future__ import annotations

from test_spk100 import _resolve, _speaker

AUTHORITY = ("Kessel Markets Authority", "ORG", "Kessel Markets Authority")
INSTITUTE = ("Vaal Policy Institute", "ORG", "Vaal Policy Institute")
OTHER_INSTITUTE = ("Tamsk Data Institute", "ORG", "Tamsk Data Institute")
ALLIANCE = ("Tamsk Rail Alliance", "ORG", "Tamsk Rail Alliance")
FIRM = ("Brann Freight", "ORG", "Brann Freight")


# --- fixed: the one body of that kind named before (null on the base) ---------------------------

def test_the_financial_regulator_is_the_authority_named_before():
    text = ("Last week Brann Freight was fined by the Kessel Markets Authority. "
            "The financial regulator said the accounts were wrong.")
    kinds = {"kessel markets authority": "ORG", "brann freight": "ORG"}
    claim = _resolve(text, [FIRM, AUTHORITY], kinds, "The financial regulator")
    assert _speaker(claim) == "kessel markets authority" and claim.anonymous is False


def test_the_think_tank_written_apart_is_the_institute_named_before():
    text = ("Towns need more buses, says the Vaal Policy Institute. "
            "Fares could fall by half, says the think tank. Later the Tamsk Data Institute said so too.")
    kinds = {"vaal policy institute": "ORG", "tamsk data institute": "ORG"}
    claim = _resolve(text, [INSTITUTE, OTHER_INSTITUTE], kinds, "the think tank")
    assert _speaker(claim) == "vaal policy institute"


def test_the_group_is_the_alliance_named_before():
    text = ("The Tamsk Rail Alliance lost its court bid on Monday. "
            "But the group said it would go on with the protest.")
    claim = _resolve(text, [ALLIANCE], {"tamsk rail alliance": "ORG"}, "the group")
    assert _speaker(claim) == "tamsk rail alliance"


def test_a_body_named_only_after_the_phrase_is_no_rival():
    text = ("Last week the Kessel Markets Authority fined a bank. The watchdog said it was a warning. "
            "The Vaal Gaming Commission made no comment.")
    names = [AUTHORITY, ("Vaal Gaming Commission", "ORG", "Vaal Gaming Commission")]
    kinds = {"kessel markets authority": "ORG", "vaal gaming commission": "ORG"}
    assert _speaker(_resolve(text, names, kinds, "The watchdog")) == "kessel markets authority"


# --- guards: what must stay null -----------------------------------------------------------------

def test_two_fitting_bodies_before_leave_it():
    text = ("The Vaal Policy Institute and the Tamsk Data Institute met. "
            "The think-tank said buses were too slow.")
    kinds = {"vaal policy institute": "ORG", "tamsk data institute": "ORG"}
    assert _speaker(_resolve(text, [INSTITUTE, OTHER_INSTITUTE], kinds, "The think-tank")) is None


def test_an_untagged_fitting_name_before_leaves_it():
    text = ("The Kessel Markets Authority wrote to the Vaal Gaming Commission. "
            "The regulator said the rules were clear.")
    assert _speaker(_resolve(text, [AUTHORITY], {"kessel markets authority": "ORG"}, "The regulator")) is None


def test_the_group_with_only_a_firm_named_stays_null():
    text = "Brann Freight lost its court bid. The group said it would appeal."
    assert _speaker(_resolve(text, [FIRM], {"brann freight": "ORG"}, "The group")) is None


def test_a_regulator_named_only_after_the_phrase_leaves_it():
    text = "The regulator said the fines would rise. The Kessel Markets Authority meets in May."
    assert _speaker(_resolve(text, [AUTHORITY], {"kessel markets authority": "ORG"}, "The regulator")) is None


def test_a_tank_alone_is_no_think_tank():
    text = "The Vaal Policy Institute met. The tank said the plan was too costly."
    assert _speaker(_resolve(text, [INSTITUTE], {"vaal policy institute": "ORG"}, "The tank")) is None
