"""The document-level coreference module on sentences written for these tests."""

from __future__ import annotations

from newsgraph.coref import CorefLexicon, DocumentCoref
from newsgraph.model import Mention


def mentions_of(text: str, names: list[tuple[str, str, str]]) -> list[Mention]:
    """Mentions for (surface, label, full name) in order of first occurrence, every occurrence."""
    found = []
    for surface, label, full in names:
        start = text.find(surface)
        while start >= 0:
            sentence = text.count(". ", 0, start)  # the sentences of these texts end with ". "
            found.append(Mention("d", start, start + len(surface), surface, label, full.lower(), full, sentence))
            start = text.find(surface, start + 1)
    return sorted(found, key=lambda m: m.start)


def coref(text: str, names) -> DocumentCoref:
    return DocumentCoref(text, mentions_of(text, names), CorefLexicon.from_data())


TEXT = ("Harbour Authority chairman Ivo Renner met Dana Kell, the transport minister, on Monday. "
        "The Tessel Dockers Union, a group of port workers, joined them. "
        "Renner said the minister agreed. The group said she had promised nothing.")


def test_surname_links_to_the_one_person_with_that_name():
    c = coref(TEXT, [("Ivo Renner", "PERSON", "Ivo Renner"), ("Dana Kell", "PERSON", "Dana Kell")])
    index = c.name("Renner", TEXT.index("Renner said"))
    assert c.mentions[index].full_name == "Ivo Renner"
    assert c.name("Ovenden", len(TEXT)) is None


def test_shared_surname_is_not_guessed():
    text = "Mara Quist and Olaf Quist arrived. Quist said it was late."
    c = coref(text, [("Mara Quist", "PERSON", "Mara Quist"), ("Olaf Quist", "PERSON", "Olaf Quist")])
    assert c.name("Quist", text.index("Quist said")) is None


def test_definite_description_by_title_before_or_apposition_after():
    c = coref(TEXT, [("Ivo Renner", "PERSON", "Ivo Renner"), ("Dana Kell", "PERSON", "Dana Kell"),
                     ("Tessel Dockers Union", "ORG", "Tessel Dockers Union")])
    at = TEXT.index("the minister agreed")
    assert c.mentions[c.description("minister", at)].full_name == "Dana Kell"
    assert c.mentions[c.description("chairman", at)].full_name == "Ivo Renner"
    assert c.mentions[c.description("group", TEXT.index("The group said"))].full_name == "Tessel Dockers Union"
    assert c.description("coach", at) is None  # nobody was introduced as a coach
    assert c.description("weather", at) is None  # not a noun of people or groups


def test_pronoun_takes_the_nearest_earlier_mention_of_its_kind():
    c = coref(TEXT, [("Ivo Renner", "PERSON", "Ivo Renner"), ("Dana Kell", "PERSON", "Dana Kell"),
                     ("Tessel Dockers Union", "ORG", "Tessel Dockers Union")])
    at = TEXT.index("she had promised")
    assert c.mentions[c.pronoun("they", at)].full_name == "Tessel Dockers Union"
    assert c.pronoun("he", 0) is None


def test_pronoun_agrees_in_gender_by_title_or_given_name():
    text = "Mrs Dana Kell met Ivo Renner and Michael Osk on Monday. Later she said the port was shut."
    c = coref(text, [("Dana Kell", "PERSON", "Dana Kell"), ("Ivo Renner", "PERSON", "Ivo Renner"),
                     ("Michael Osk", "PERSON", "Michael Osk")])
    at = text.index("she said")
    assert c.mentions[c.pronoun("she", at)].full_name == "Dana Kell"
    assert not c.agrees(c.pronoun("she", at), "he")  # "Mrs": never "he"
    assert c.agrees(1, "she")  # nothing known of Ivo: no evidence either way



def test_a_title_inside_a_short_mention_gives_the_full_names_gender():
    # the model's mention "Mrs Kell" holds the title and is keyed by the full name "Dana Kell";
    # a word before it ("to") is no title: the woman is still known as one
    text = "Dana Kell sold the mill. The loan went to Mrs Kell in May. Later he said the mill was shut."
    mentions = sorted(mentions_of(text, [("Dana Kell", "PERSON", "Dana Kell")])
                      + [Mention("d", text.index("Mrs Kell"), text.index("Mrs Kell") + 8, "Mrs Kell", "PERSON",
                                 "dana kell", "Dana Kell", 1)], key=lambda m: m.start)
    c = DocumentCoref(text, mentions, CorefLexicon.from_data())
    assert not c.agrees(0, "he")
    assert c.pronoun("he", text.index("he said")) is None


def test_a_place_or_people_is_never_the_firm_unless_the_noun_is_its_title():
    # the country before "firm" is the firm's country; the state after a comma is where it is
    # based; a people is no firm. A name the model tagged as a place with the noun before it
    # ("airline Skyvo") is still the firm.
    text = ("The Norwegian firm Brakka bought a UK firm on Monday. Tessel, of Dunmore, Ohio, leads a group of firms. "
            "The firm said it would grow. The carrier Skyvo also rose. The airline said it was glad.")
    c = coref(text, [("Norwegian", "NORP", "Norwegian"), ("UK", "GPE", "United Kingdom"),
                     ("Dunmore", "GPE", "Dunmore"), ("Ohio", "GPE", "Ohio"),
                     ("Skyvo", "GPE", "Skyvo")])
    assert c.description("firm", text.index("The firm said"), salient=False) is None
    found = c.description("carrier", text.index("The airline said"), salient=False)
    assert found is not None and c.mentions[found].text == "Skyvo"

def test_pronoun_prefers_the_first_name_of_the_nearest_sentence():
    text = "Tomas Vrana denied a row with Piet Holm on Sunday. He said he was only tired."
    c = coref(text, [("Tomas Vrana", "PERSON", "Tomas Vrana"), ("Piet Holm", "PERSON", "Piet Holm")])
    assert c.mentions[c.pronoun("he", text.index("He said"))].full_name == "Tomas Vrana"


def test_pronoun_skips_names_inside_quotes():
    text = "Tomas Vrana came late. “Piet Holm is a fraud,” he said."
    names = [("Tomas Vrana", "PERSON", "Tomas Vrana"), ("Piet Holm", "PERSON", "Piet Holm")]
    quoted = [(text.index("“"), text.index("”") + 1)]
    c = DocumentCoref(text, mentions_of(text, names), CorefLexicon.from_data(), quoted)
    assert c.mentions[c.pronoun("he", text.index("he said"))].full_name == "Tomas Vrana"
    assert c.in_quote(text.index("Piet")) and not c.in_quote(0)


def test_description_by_a_noun_of_the_name_itself():
    text = "The Ministry of Ports said bids were open. The ministry said it wanted more ships."
    c = coref(text, [("Ministry of Ports", "ORG", "Ministry of Ports")])
    assert c.mentions[c.description("ministry", text.index("The ministry"))].full_name == "Ministry of Ports"


def test_no_antecedent_past_a_person_described_but_not_named():
    text = "Sir Ivo Renner backed the plan. The vote prompted the prime minister to act. He said it was right."
    c = coref(text, [("Ivo Renner", "PERSON", "Ivo Renner")])
    assert c.pronoun("he", text.index("He said")) is None
    assert c.other_person_between(0, text.index("The vote"), 0) is False
    text = "Ivo Renner, the club's manager, was pleased. He said it was right."
    c = coref(text, [("Ivo Renner", "PERSON", "Ivo Renner")])
    assert c.mentions[c.pronoun("he", text.index("He said"))].full_name == "Ivo Renner"


def test_a_description_of_the_name_itself_by_a_copula_is_no_rival():
    text = "Renner was the leader of a small sect in Orlan. A day later he was arrested."
    c = coref(text, [("Renner", "PERSON", "Ivo Renner")])
    assert c.mentions[c.pronoun("he", text.index("he was"))].full_name == "Ivo Renner"
    # the model left the bare surname untagged: its word still names the person described
    text = "Sir Ivo el-Renner spoke. El-Renner was the leader of a sect. A day later he was arrested."
    c = coref(text, [("Sir Ivo el-Renner", "PERSON", "Ivo el-Renner")])
    assert c.mentions[c.pronoun("he", text.index("he was"))].full_name == "Ivo el-Renner"
    text = "Sir Ivo Renner spoke. Kell was the leader of a sect. A day later he was arrested."
    c = coref(text, [("Sir Ivo Renner", "PERSON", "Ivo Renner")])
    assert c.pronoun("he", text.index("he was")) is None
    text = "Renner met the leader of a small sect in Orlan. A day later he was arrested."
    c = coref(text, [("Renner", "PERSON", "Ivo Renner")])
    assert c.pronoun("he", text.index("he was")) is None


def test_description_by_the_class_noun_after_a_name():
    text = "The Tessel Herald newspaper said the port was shut. The paper said the ships had left."
    c = coref(text, [("Tessel Herald", "OUTLET", "Tessel Herald")])
    assert c.mentions[c.description("paper", text.index("The paper"))].full_name == "Tessel Herald"
    assert c.description("club", text.index("The paper")) is None


def test_a_gendered_title_is_no_word_of_the_name_but_must_fit():
    text = "Home Secretary Michael Vantreck spoke first. Later Mr Vantreck and Mrs Vantreck left."
    c = coref(text, [("Michael Vantreck", "PERSON", "Michael Vantreck")])
    assert c.untitled("Mr Vantreck") == "Vantreck" and c.untitled("Vantreck") == "Vantreck"
    assert c.untitled("Mr") == "Mr"  # a title alone is left as it is
    assert c.fits_title("Mr Vantreck", 0) is True
    assert c.fits_title("Mrs Vantreck", 0) is False  # Michael is a man's name
    assert c.fits_title("Vantreck", 0) is True


def test_the_watchdog_is_the_body_introduced_as_one(analyze):
    result = analyze("The Rail Safety Board, the industry watchdog, met on Monday. The watchdog said the line was safe.")
    (claim,) = [c for c in result.claims if c.cue == "said"]
    assert result.mentions[claim.speaker].full_name == "Rail Safety Board"
    assert claim.anonymous is False


def test_the_company_takes_the_organisation_the_story_is_about():
    text = ("Brindle Foods cut its prices in March. Analysts at Kemper Bank expected more cuts. "
            "Brindle Foods also closed two depots. The company said sales had recovered.")
    c = coref(text, [("Brindle Foods", "ORG", "Brindle Foods"), ("Kemper Bank", "ORG", "Kemper Bank")])
    found = c.description("company", text.index("The company said"))
    assert found is not None and c.mentions[found].full_name == "Brindle Foods"


def test_the_company_is_not_guessed_between_firms_of_equal_weight():
    text = ("Brindle Foods and Olsen Dairy met in March. Brindle Foods and Olsen Dairy agreed a deal. "
            "The company said sales had recovered.")
    c = coref(text, [("Brindle Foods", "ORG", "Brindle Foods"), ("Olsen Dairy", "ORG", "Olsen Dairy")])
    assert c.description("company", text.index("The company said")) is None


def test_the_firm_is_not_the_salient_one_after_an_unnamed_firm_came_in():
    text = ("Brindle Foods cut its prices. Brindle Foods then bought a small packaging firm in Leeds. "
            "The firm said ten jobs would go.")
    c = coref(text, [("Brindle Foods", "ORG", "Brindle Foods")])
    assert c.description("firm", text.index("The firm said")) is None
    assert c.description("party", text.index("The firm said")) is None  # not a noun of the story's firm


def test_a_capitalized_body_is_no_rival_for_she():
    text = ("Ada Tormey said her group would keep up the pressure on the Welsh Executive. "
            "She said a march was planned.")
    c = coref(text, [("Ada Tormey", "PERSON", "Ada Tormey")])
    assert not c.other_person_between(text.index(" said"), text.index("She said"), 0)
    lower = text.replace("Welsh Executive", "new executive")  # a person described: a rival
    assert coref(lower, [("Ada Tormey", "PERSON", "Ada Tormey")]).other_person_between(
        lower.index(" said"), lower.index("She said"), 0)


def test_the_company_after_another_name_in_its_sentence_is_not_guessed():
    text = ("Norvik Telecom cut jobs. Norvik Telecom also sold a unit. "
            "In a statement from Tarnow Steel, the company said prices would rise.")
    c = coref(text, [("Norvik Telecom", "ORG", "Norvik Telecom"), ("Tarnow Steel", "ORG", "Tarnow Steel")])
    assert c.description("company", text.index("the company said")) is None
    assert c.description("company", text.index("the company said"), salient=False) is None


def test_the_firm_counts_a_name_the_model_labelled_two_ways():
    text = ("Norvik Telecom cut jobs. Norvik Telecom also sold a unit to Tarnow Steel. "
            "Norvik Telecom then raised prices. The firm said demand was strong.")
    mentions = mentions_of(text, [("Norvik Telecom", "ORG", "Norvik Telecom"), ("Tarnow Steel", "ORG", "Tarnow Steel")])
    mentions = [Mention(m.doc, m.start, m.end, m.text, "GPE" if i in (1, 3) else m.label, m.key, m.full_name, m.sentence)
                for i, m in enumerate(mentions)]  # two of three "Norvik Telecom" read as a place
    c = DocumentCoref(text, mentions, CorefLexicon.from_data())
    found = c.description("firm", text.index("The firm said"))
    assert found is not None and c.mentions[found].full_name == "Norvik Telecom"


def test_an_acronym_names_the_one_body_whose_initials_spell_it():
    text = "The International Federation of Rowing Associations met. Later the IFRA said the tests were fair."
    c = coref(text, [("International Federation of Rowing Associations", "ORG",
                      "International Federation of Rowing Associations")])
    found = c.acronym("IFRA", text.index("the IFRA"))
    assert found is not None and c.mentions[found].text.startswith("International")
    assert c.acronym("IOC", len(text)) is None  # no body with those initials
    assert c.acronym("Ifra", len(text)) is None  # not written as an acronym


def test_a_family_member_named_by_a_possessive_stands_between_a_pronoun_and_a_name():
    text = ("Ivo Renner spoke to families. One woman said her husband had been held since March. "
            "She had not been allowed to visit him.")
    c = coref(text, [("Ivo Renner", "PERSON", "Ivo Renner")])
    assert c.pronoun("him", text.index("him.")) is None


def test_the_lender_right_after_another_firm_spoke_is_not_the_story_firm():
    text = ("Valdor Bank raised rates. Valdor Bank said demand was strong. Valdor Bank shares rose. "
            "Kestrel Finance, meanwhile, said prices rose. The biggest lender said prices would fall.")
    c = coref(text, [("Valdor Bank", "ORG", "Valdor Bank"), ("Kestrel Finance", "ORG", "Kestrel Finance")])
    assert c.description("lender", text.index("The biggest lender")) is None
    earlier = text.index("Kestrel Finance")  # before the other firm was named: the story's firm
    assert c.mentions[c.description("lender", earlier)].full_name == "Valdor Bank"


def test_a_focus_description_is_the_one_person_just_named():
    text = ("Film star Oren Castellano held a dinner in Boston. The actor said the theatre was old. "
            "Oren Castellano met Hal Brody on Monday. The 71-year-old said the talks went well.")
    c = coref(text, [("Oren Castellano", "PERSON", "Oren Castellano"), ("Hal Brody", "PERSON", "Hal Brody")])
    assert c.is_focus_noun("The actor") and c.is_focus_noun("the 71-year-old")
    assert not c.is_focus_noun("the spokesman")  # someone else's voice, not the person talked about
    found = c.focus_person(text.index("The actor"))
    assert found is not None and c.mentions[found].full_name == "Oren Castellano"
    assert c.focus_person(text.index("The 71-year-old")) is None  # two people in the sentence before


def test_the_focus_person_opens_the_sentence_and_is_no_object():
    text = "Ana Molik won in an hour. She will now meet Vera Lind. The 23-year-old said it was easy."
    c = coref(text, [("Ana Molik", "PERSON", "Ana Molik"), ("Vera Lind", "PERSON", "Vera Lind")])
    assert c.focus_person(text.index("The 23-year-old")) is None  # Lind is the one she will meet
    text = "Hollywood film star Liam Orme held a party. The actor said it went well."
    c = coref(text, [("Liam Orme", "PERSON", "Liam Orme")])
    assert c.mentions[c.focus_person(text.index("The actor"))].full_name == "Liam Orme"


def test_a_paragraph_break_ends_a_sentence_for_the_firm_check():
    text = ("Valdor Bank cut costs. Valdor Bank said demand was strong. Valdor Bank shares rose.\n"
            "The Kestrel Finance group, meanwhile, said prices rose.\n"
            "The biggest lender said prices would fall.")
    c = coref(text, [("Valdor Bank", "ORG", "Valdor Bank"), ("Kestrel Finance", "ORG", "Kestrel Finance")])
    assert c.description("lender", text.index("The biggest lender")) is None


def test_a_place_opening_the_sentence_is_not_introduced_by_the_noun_after_its_comma(analyze):
    text = ("Vantor Foods is planning a campaign about its bread. Unions accuse the group of paying staff less "
            "than its rivals do. In Vostrana, the company is fighting plans for a new bakery. In the adverts, "
            "the company says the bread is safe.")
    result = analyze(text)
    (claim,) = [c for c in result.claims if c.cue == "says"]
    assert claim.speaker is None or result.mentions[claim.speaker].text == "Vantor Foods"


def test_a_party_the_model_tagged_as_a_person_is_no_antecedent_of_he():
    # the alias seeds give "Labour" the kind of a party: "he" goes to the person named before it
    text = "Ivo Renner spoke in Leeds. He said voters would desert Labour in the spring. He said more."
    c = coref(text, [("Ivo Renner", "PERSON", "Ivo Renner"), ("Labour", "PERSON", "Labour")])
    index = c.pronoun("he", text.rindex("He said"))
    assert c.mentions[index].full_name == "Ivo Renner"


def test_a_speech_verb_ends_the_title_before_a_name():
    # "The paper said Velmar officials ...": Velmar was not introduced as a paper
    text = "The paper said Velmar officials were angry. Later the paper said talks had stalled."
    c = coref(text, [("Velmar", "ORG", "Velmar")])
    assert c.description("paper", text.index("the paper said talks")) is None


def test_description_takes_the_person_titled_next_in_its_paragraph():
    text = ("The Chilean archbishop said the vote was unfair. Archbishop Ana Ruiz added more.\n"
            "The archbishop left. Pedro Ortiz spoke, and Archbishop Eva Sand replied.")
    c = coref(text, [("Archbishop Ana Ruiz", "PERSON", "Archbishop Ana Ruiz"), ("Pedro Ortiz", "PERSON", "Pedro Ortiz"),
                     ("Archbishop Eva Sand", "PERSON", "Archbishop Eva Sand")])
    assert c.mentions[c.description("archbishop", text.index("The Chilean"))].full_name == "Archbishop Ana Ruiz"
    # the one named before wins; after a paragraph break only that one
    assert c.mentions[c.description("archbishop", text.index("The archbishop left"))].full_name == "Archbishop Ana Ruiz"
    text = "The archbishop said no. Pedro Ortiz spoke, and Archbishop Eva Sand replied."
    c = coref(text, [("Pedro Ortiz", "PERSON", "Pedro Ortiz"), ("Archbishop Eva Sand", "PERSON", "Archbishop Eva Sand")])
    assert c.description("archbishop", 0) is None  # another person is named first


def test_description_by_what_a_copula_says_the_person_is():
    text = "Lena Varga is the new treasurer of the club. Ivo Renner is the son of the chairman. The treasurer said no."
    c = coref(text, [("Lena Varga", "PERSON", "Lena Varga"), ("Ivo Renner", "PERSON", "Ivo Renner")])
    at = text.index("The treasurer said")
    assert c.mentions[c.description("treasurer", at, kind="person")].full_name == "Lena Varga"
    assert c.description("chairman", at) is None  # the son of the chairman is no chairman


def test_a_noun_phrase_that_goes_on_to_a_verb_of_saying_is_no_apposition():
    text = "Echoing the new envoy Dana Kell, the prime minister said the talks would go on. Ivo Renner, the mayor, agreed."
    c = coref(text, [("Dana Kell", "PERSON", "Dana Kell"), ("Ivo Renner", "PERSON", "Ivo Renner")])
    assert c.description("prime minister", len(text), kind="person") is None
    assert c.mentions[c.description("mayor", len(text), kind="person")].full_name == "Ivo Renner"


def test_a_short_name_kept_apart_takes_the_full_name_that_spoke():
    # the model may label a speaker's full name a building: "Mr Orlow" is still Piet Orlow
    text = "The Kessel Trust's Piet Orlow said it was late. Later Mr Orlow added that it was time."
    full = text.index("Piet Orlow")
    short = text.index("Orlow added")
    mentions = [Mention("d", full, full + 10, "Piet Orlow", "FAC", "piet orlow", "Piet Orlow", 0),
                Mention("d", short, short + 5, "Orlow", "PERSON", "orlow", "Orlow", 1)]
    c = DocumentCoref(text, mentions, CorefLexicon.from_data())
    assert c.full_name(1, frozenset({0})) == 0
    assert c.full_name(1) is None  # a building's name that never spoke is no person
    assert c.full_name(0, frozenset({0})) is None


def test_a_short_name_with_two_full_namesakes_is_not_guessed():
    text = "Mara Quist and Olaf Quist arrived. Quist said it was late."
    at = text.index("Quist said")
    mentions = [Mention("d", 0, 10, "Mara Quist", "PERSON", "mara quist", "Mara Quist", 0),
                Mention("d", 15, 25, "Olaf Quist", "PERSON", "olaf quist", "Olaf Quist", 0),
                Mention("d", at, at + 5, "Quist", "PERSON", "quist", "Quist", 1)]
    c = DocumentCoref(text, mentions, CorefLexicon.from_data())
    assert c.full_name(2) is None


def test_the_firm_is_a_name_the_sentence_calls_a_firm_counted_with_its_short_form():
    # the model took the firm for a person and a building; "shares in" says what it is, and
    # "Tarvel" and "Tarvel Foods" (written in full once) are one firm named twice, by its short name
    text = "Tarvel shares slide\n\nShares in Tarvel Foods fell after the firm said sales were weak."
    full = text.index("Tarvel Foods")
    def mentions(cue: str) -> list[Mention]:
        return [Mention("d", 0, 6, "Tarvel", "PERSON", "tarvel", "Tarvel", 0, cue),
                Mention("d", full, full + 12, "Tarvel Foods", "FAC", "tarvel foods", "Tarvel Foods", 1, cue)]
    at = text.index("the firm")
    assert DocumentCoref(text, mentions("ORG"), CorefLexicon.from_data()).description("firm", at) == 0
    assert DocumentCoref(text, mentions(""), CorefLexicon.from_data()).description("firm", at) is None


def test_a_peer_is_the_titled_name_not_a_namesake_keyed_to_his_surname():
    text = ("Lord Pellow said the plan was sound. Dai Morgan Pellow, a farmer, disagreed. "
            "The panel heard from Lord Pellow of Brent, a former minister.")
    second = text.rindex("Pellow")
    mentions = [Mention("d", 0, 11, "Lord Pellow", "PERSON", "pellow", "Pellow", 0),
                Mention("d", 37, 53, "Dai Morgan Pellow", "PERSON", "dai morgan pellow", "Dai Morgan Pellow", 1),
                Mention("d", second, second + 6, "Pellow", "PERSON", "dai morgan pellow", "Dai Morgan Pellow", 2)]
    c = DocumentCoref(text, mentions, CorefLexicon.from_data())
    assert c.full_name(2) == 0
    assert c.full_name(1) is None
    assert c.full_name(0) is None  # "Lord Pellow" is no short form of the commoner's name

