"""Round 36 (kind42): pieces of longer capitalised names widened to the whole name."""

from newsgraph.mentions.runs import widen_body_runs
from newsgraph.mentions.spans import Candidate

HEADS = frozenset({"Court", "Department", "Airlines", "Federation", "School", "Union", "Service"})
COUNTRIES = frozenset({"Kemaria", "Tamsk"})


def _widen(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    candidates = []
    for name, label in names:
        at = text.index(name)
        candidates.append(Candidate(at, at + len(name), name, label, 0))
    out = widen_body_runs(text, candidates, HEADS, COUNTRIES, lambda name: name.endswith("World Service"))
    return [(c.text, c.label) for c in out]


def test_place_before_a_court_is_the_court():
    text = "The appeal went to the Kemaria High Court last week."
    assert _widen(text, [("Kemaria", "GPE")]) == [("Kemaria High Court", "ORG")]


def test_run_is_cut_after_its_last_head_word():
    text = "She told the Kemaria High Court Judge nothing new."
    assert _widen(text, [("Kemaria", "GPE")]) == [("Kemaria High Court", "ORG")]


def test_run_without_a_head_word_is_left():
    text = "He met the Kemaria Prime Minister on Monday."
    assert _widen(text, [("Kemaria", "GPE")]) == [("Kemaria", "GPE")]


def test_tagged_neighbour_is_not_swallowed():
    text = "Brevik and Kessel Airlines agreed a deal."
    assert _widen(text, [("Brevik", "ORG"), ("Kessel Airlines", "ORG")]) == [
        ("Brevik", "ORG"), ("Kessel Airlines", "ORG")]


def test_listed_outlet_keeps_its_kind():
    text = "He spoke to the Vaalnet World Service about it."
    assert _widen(text, [("Vaalnet", "OUTLET")]) == [("Vaalnet World Service", "OUTLET")]


def test_title_case_headline_is_left():
    text = "Kemaria Court Rejects Oil Appeal\n\nThe judges met."
    assert _widen(text, [("Kemaria", "GPE")]) == [("Kemaria", "GPE")]


def test_and_word_closes_a_department_name():
    text = "A Department for Learning and Skills spokesman said no."
    assert _widen(text, [("Department for Learning", "ORG"), ("Skills", "ORG")]) == [
        ("Department for Learning and Skills", "ORG")]


def test_and_word_written_alone_elsewhere_is_another_name():
    text = "The Department for Learning and Vaalsted will meet. Vaalsted said it agreed."
    assert _widen(text, [("Department for Learning", "ORG"), ("Vaalsted", "ORG")]) == [
        ("Department for Learning", "ORG"), ("Vaalsted", "ORG")]


def test_and_word_repeated_in_the_same_name_is_no_name_of_its_own():
    text = "The Department for Learning and Skills met. The Department for Learning and Skills agreed."
    out = _widen(text, [("Department for Learning", "ORG")])
    assert out[0] == ("Department for Learning and Skills", "ORG")


def test_country_after_country_closes_a_federation():
    text = "The Police Federation of Kemaria and Tamsk said pay was too low."
    assert _widen(text, [("Police Federation of Kemaria", "ORG"), ("Tamsk", "GPE")]) == [
        ("Police Federation of Kemaria and Tamsk", "ORG")]


def test_no_body_head_before_the_link_is_left():
    text = "Oil fields in the Gulf of Kessel and Tamsk grew."
    assert _widen(text, [("Gulf of Kessel", "ORG"), ("Tamsk", "GPE")]) == [
        ("Gulf of Kessel", "ORG"), ("Tamsk", "GPE")]


def test_and_word_before_more_of_a_name_is_left():
    text = "The School of Arts and Vaal Mills signed."
    assert _widen(text, [("School of Arts", "ORG")]) == [("School of Arts", "ORG")]


def test_listing_sentence_keeps_a_common_word_of_a_firm_name(analyze):
    texts = {m.text for m in analyze(
        "The firms named were Kessel Group, Vaalbrook Tobacco, Brenton Mills and Tamsk Group. "
        "The tobacco and mills trade was not happy.").mentions}
    assert "Vaalbrook Tobacco" in texts
    assert "Vaalbrook" not in texts


def test_department_and_word_end_to_end(analyze):
    texts = {m.text for m in analyze("Officials at the Department for Education and Skills will publish the new tables on Friday.").mentions}
    assert "Department for Education and Skills" in texts
    assert "Skills" not in texts


def _initials(text: str, name: str, label: str) -> tuple[str, str]:
    from newsgraph.mentions.runs import widen_initials
    at = text.index(name)
    out = widen_initials(text, [Candidate(at, at + len(name), name, label, 0)], frozenset({"MP", "US"}), HEADS)
    return out[0].text, out[0].label


def test_initials_open_a_firms_name():
    assert _initials("Shares in JK Vaalmark Tobacco fell.", "Vaalmark Tobacco", "ORG") == ("JK Vaalmark Tobacco", "ORG")


def test_initials_open_a_persons_name():
    assert _initials("A novel by JRR Kesselby was read.", "Kesselby", "PERSON") == ("JRR Kesselby", "PERSON")


def test_post_letters_are_no_initials():
    assert _initials("The Labour MP Jon Vaal said so.", "Jon Vaal", "PERSON") == ("Jon Vaal", "PERSON")


def test_capitals_line_is_left():
    assert _initials("KESSEL AND VAAL ON Brevik Mills", "Brevik Mills", "ORG") == ("Brevik Mills", "ORG")


def test_place_before_its_government_stays_the_state():
    text = "The Kemaria Government said it would act."
    out = widen_body_runs(text, [Candidate(4, 11, "Kemaria", "GPE", 0)], HEADS | {"Government"}, COUNTRIES,
                          lambda name: False, frozenset({"Government"}))
    assert [(c.text, c.label) for c in out] == [("Kemaria", "GPE")]


def test_ship_prefix_is_no_initials():
    from newsgraph.mentions.runs import widen_initials
    text = "The frigate INS Vaalmark seized two boats."
    at = text.index("Vaalmark")
    out = widen_initials(text, [Candidate(at, at + 8, "Vaalmark", "PERSON", 0)], frozenset({"INS"}), HEADS)
    assert out[0].text == "Vaalmark"


def test_ship_prefix_is_in_the_data_table():
    from newsgraph.mentions.rules import EntityRules
    assert {"HMS", "INS", "USS"} <= EntityRules.from_data().vessel_prefixes
