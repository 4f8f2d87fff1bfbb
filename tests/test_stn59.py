"""Round 59, branch stn59 (issue 19): a rejection of a claim given "assert" — a verb of scorn with a
claim as its object, a said clause calling a claim noun false, "It's untrue", "was wrong to say".
Sentences written for these tests."""
import pytest

from newsgraph.attribution.cues import CueLexicon
from claim_helpers import claims_of


@pytest.mark.parametrize("text, cue", [
    ("Jo Brann derided Kessel Party claims that it could cut taxes by half.", "derided"),
    ("The mayor of Tamsk derided reports that the bridge would close.", "derided"),
    ("Ivo Vaal mocked suggestions that he was about to quit the club.", "mocked"),
    ("Jo Brann derided Kessel claims they could cut taxes by half.", "derided"),  # "claims" parsed as a verb
])
def test_scorn_of_a_claim_is_a_denial(analyze, text, cue):
    (claim,) = claims_of(analyze, text, cue)
    assert claim.stance == "deny"


@pytest.mark.parametrize("text, cue", [
    ("Jo Brann said the reports were inaccurate.", "said"),
    ("Ms Vaal says suggestions that the strike is to blame are wrong.", "says"),
    ("Mr Kessel said the allegations were completely false.", "said"),
    ("The minister told reporters that the claims were unfounded and malicious.", "told"),
    ("Jo Brann said the stories had proved wrong.", "said"),
])
def test_a_said_clause_calling_a_claim_false_is_a_denial(analyze, text, cue):
    (claim,) = claims_of(analyze, text, cue)
    assert claim.stance == "deny"


@pytest.mark.parametrize("text, cue", [
    ('"It\'s untrue," Jo Brann told the Kemaria Herald.', "told"),
    ("The Tamsk minister said Mr Kessel was wrong to suggest the port would close.", "said"),
])
def test_a_denial_in_the_words_said_is_a_denial(analyze, text, cue):
    (claim,) = claims_of(analyze, text, cue)
    assert claim.stance == "deny"


@pytest.mark.parametrize("text, cue", [
    ("Jo Brann derided the new Tamsk stadium.", "derided"),  # scorn of a thing: criticism
    ("Ivo Vaal mocked the minister over his speech.", "mocked"),
    ("Jo Brann said the plan was wrong.", "said"),  # a policy criticised, no claim denied
    ("Mr Kessel said the reports were not wrong.", "said"),
    ("Mr Kessel said the earlier statements may have been wrong.", "said"),  # a hedge, an admission
    ("Ms Vaal said the reports were accurate.", "said"),
    ("Jo Brann said the firm's false accounts had misled the bank.", "said"),
    ("Ms Vaal said it was wrong to assume the port would close.", "said"),
])
def test_criticism_or_an_open_question_stays_as_it_was(analyze, text, cue):
    claims = claims_of(analyze, text, cue)
    assert all(claim.stance != "deny" for claim in claims)


def test_the_new_tables_are_data():
    lexicon = CueLexicon.from_data()
    assert {"deride", "mock"} <= lexicon.rejection_phrases
    assert "report" in lexicon.refuted_nouns and "plan" not in lexicon.refuted_nouns
    assert "inaccurate" in lexicon.falsity_words and "be" in lexicon.falsity_copulas
