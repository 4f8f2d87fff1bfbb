"""The cue lexicon of the attribution stage, loaded from ``data/attribution_cues.yaml`` plus
user files (``--cues``). The YAML header documents every key; this module only loads,
checks and compiles it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Sequence

import yaml

from newsgraph.data import load_yaml
from newsgraph.errors import Errors, NewsgraphError

DATA_FILE = "attribution_cues.yaml"
POINTING_FILE = "contradiction_rules.yaml"  # the pointing labels of denials, shared with that stage
STANCES = ("assert", "deny", "decline_comment")
PRONOUN_KINDS = ("person", "group", "document")
ACTS = ("statement", "position", "request", "question", "finding", "forecast", "unsaid")
_MAP_KEYS = ("speech_verbs", "clause_verbs", "statement_nouns", "pronouns", "inverted_cues", "group_sizes",
             "claim_acts", "body_description_nouns", "body_name_words", "shown_body_classes",
             "pronoun_object_preps", "counted_body_labels", "speaker_name_descriptors")
_LIST_KEYS = ("object_verbs", "complement_verbs", "decline_verbs", "comment_verbs", "deny_content", "accusation_verbs",
              "fabrication_words", "according_to", "citing_words", "reference_verbs", "release_verbs",
              "title_words", "anonymous_nouns", "document_nouns", "outlet_nouns", "outlet_labels",
              "reporting_preps", "speaking_verbs", "first_person", "not_sources", "criterion_nouns", "criterion_clause_words",
              "passive_cues", "adverb_cues", "infinitive_verbs", "proposal_nouns",
              "infinitive_clause_verbs", "passive_infinitive_cues", "citing_inside_quotes", "not_people",
              "prize_nouns", "to_verbs", "state_nouns", "finding_nouns", "failure_verbs",
              "claim_object_verbs", "claim_nouns", "challenge_nouns", "ruling_bodies", "grant_nouns", "omission_verbs",
              "relation_nouns", "kept_from_nouns", "falsity_words", "irrelevance_words",
              "pair_nouns", "crowd_nouns", "part_quantifiers", "people_collectives", "state_voice_nouns",
              "question_verbs", "doubt_verbs", "plan_verbs", "plan_nouns", "connectives", "lead_connectives", "content_lead_connectives", "content_lead_conjunctions", "telling_time_nouns",
              "aim_verbs", "mandate_verbs", "questioning_verbs",
              "addressee_verbs", "hearer_that_verbs", "occasion_nouns", "occasion_preps", "occasion_verbs", "moment_nouns", "speaker_occasion_preps", "speaker_occasion_nouns", "press_adverbs", "press_passive_cues", "press_report_words", "press_hearer_frames", "example_openers", "charge_verbs", "time_adverbs", "research_nouns", "title_joiners", "meeting_record_nouns", "made_record_nouns", "placed_participles", "maker_participles", "document_owner_words", "lead_figure_nouns", "continuation_cues",
              "mute_subjects", "display_verbs", "display_nouns", "exhibit_verbs", "premise_verbs", "reasoning_nouns", "commitment_verbs",
              "explanation_verbs", "detail_giving_verbs", "particle_verbs", "reply_verbs", "verdict_adjectives",
              "position_verbs", "request_verbs", "regard_verbs", "hedge_verbs", "empty_it_verbs", "judgement_words", "quantity_nouns", "evidence_nouns",
              "forecast_cues", "document_speech_verbs",
              "learning_verbs", "proof_verbs", "topic_verbs", "attitude_verbs", "attitude_nouns",
              "charge_adverbs", "unnamed_source_nouns", "record_verbs", "memory_verbs",
              "appraisal_verbs", "elaboration_verbs", "label_tail_preps", "label_tail_stops", "strike_verbs", "stroke_nouns", "motion_words",
              "author_verbs", "poll_nouns", "unsaid_modals", "unsaid_frames", "said_modal_adverbs",
              "newsroom_verbs", "discern_verbs", "discern_words", "not_only_adverbs",
              "refusal_verbs", "about_verbs", "headline_person_initials", "respondent_words",
              "own_reporter_nouns", "poll_method_verbs", "gloss_verbs", "picture_nouns", "recording_sources", "shown_record_nouns",
              "rejection_phrases", "hearsay_nouns", "refuted_nouns", "falsity_copulas", "listing_verbs", "listed_nouns",
              "repeating_verbs", "deed_nouns", "receiving_verbs", "received_act_nouns",
              "belief_adjectives", "feeling_adjectives", "copula_verbs", "answer_verbs", "answer_words",
              "share_words", "owned_label_nouns", "body_voice_nouns", "common_word_names", "body_speaker_nouns", "named_voice_nouns", "named_body_nouns", "body_unit_nouns", "principal_voice_modifiers", "label_verbs", "charge_openers",
              "stative_verbs", "own_state_verbs", "backshift_modals", "tag_going_on_links", "consequence_verbs", "reaction_verbs", "reaction_nouns", "speaker_echo_pronouns",
              "reason_marks", "split_tag_clauses", "split_tag_relatives", "split_tag_coordinations", "split_tag_figure_preps", "split_tag_non_subjects", "split_tag_person_words", "maker_verbs", "commission_verbs", "document_giver_verbs", "document_issuing_verbs", "sole_body_classes",
              "lawsuit_nouns", "suing_verbs", "filing_verbs", "other_voice_openers",
              "focus_adverbs", "list_subject_verbs", "list_subject_adverbs", "listed_party_nouns", "outlet_set_nouns", "quote_only_verbs", "deed_verbs", "gesture_nouns",
              "reported_as_verbs", "knowledge_words", "estimate_cues", "forecast_nouns",
              "person_body_nouns", "further_author_verbs", "author_body_nouns", "speaking_time_words",
              "outlet_kind_nouns", "outlet_report_preps",
              "period_object_verbs", "period_preps", "inference_participles", "reference_participles",
              "yet_adverbs", "practice_relatives", "colon_tag_participles", "written_text_participles",
              "colon_tag_verbs", "colon_tag_name_labels", "perfect_preps", "act_participles",
              "judged_passive_cues")
_SCALAR_KEYS = ("headline_confidence",)
_KNOWN_KEYS = frozenset(_MAP_KEYS + _LIST_KEYS + _SCALAR_KEYS)


@dataclass(frozen=True)
class CueLexicon:
    """The words of attribution, as sets ready for lookups during the parse walk."""

    speech_verbs: dict[str, str]
    clause_verbs: dict[str, str]
    statement_nouns: dict[str, str]
    pronouns: dict[str, str]
    inverted_cues: dict[str, str]
    object_verbs: frozenset[str]
    complement_verbs: frozenset[str]
    decline_verbs: frozenset[str]
    comment_verbs: frozenset[str]
    deny_content: tuple[re.Pattern, ...]
    accusation_verbs: frozenset[str]
    fabrication_words: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]  # each phrase as its lower-case words
    citing_words: frozenset[str]
    reference_verbs: frozenset[str]
    release_verbs: frozenset[str]
    title_words: frozenset[str]
    anonymous_nouns: frozenset[str]
    document_nouns: frozenset[str]
    outlet_nouns: frozenset[str]
    outlet_labels: frozenset[str]
    reporting_preps: frozenset[str]
    speaking_verbs: frozenset[str]
    first_person: frozenset[str]
    not_sources: frozenset[str]
    passive_cues: frozenset[str]
    adverb_cues: frozenset[str]
    infinitive_verbs: frozenset[str]
    proposal_nouns: frozenset[str]
    infinitive_clause_verbs: frozenset[str]
    passive_infinitive_cues: frozenset[str]
    citing_inside_quotes: frozenset[str]
    not_people: frozenset[str]
    prize_nouns: frozenset[str]
    to_verbs: frozenset[str]
    state_nouns: frozenset[str] = frozenset()
    finding_nouns: frozenset[str] = frozenset()
    criterion_nouns: frozenset[str] = frozenset()  # "according to their age": how things are sorted, no source
    criterion_clause_words: frozenset[str] = frozenset()  # "according to how much they earn": a criterion clause
    poll_nouns: frozenset[str] = frozenset()  # "In a poll, 40% said ...": the poll's claim and the answers'
    refusal_verbs: frozenset[str] = frozenset()  # "refused to apologise": a position refused, besides speech verbs
    about_verbs: frozenset[str] = frozenset()  # "warned of job losses": the of / about phrase is what is said
    belief_adjectives: frozenset[str] = frozenset()  # "is confident that ...": a belief held, as "believes"
    feeling_adjectives: frozenset[str] = frozenset()  # "was glad that ...": a feeling about it, a position
    copula_verbs: frozenset[str] = frozenset()  # "is / feels / remains confident that ..."
    stative_verbs: frozenset[str] = frozenset()  # "said A and it was B": a state, reported speech goes on
    own_state_verbs: frozenset[str] = frozenset()  # "said he A but he wanted B": the same pronoun's state, told
    backshift_modals: frozenset[str] = frozenset()  # "said A but would B": the said future, backshifted
    tag_going_on_links: frozenset[str] = frozenset()  # "A, he said, and B would ...": links to a backshifted half
    consequence_verbs: frozenset[str] = frozenset()  # "said A, prompting B": what followed, the reporter's
    reaction_verbs: frozenset[str] = frozenset()  # "raising hopes": the same with a reaction_nouns object
    reaction_nouns: frozenset[str] = frozenset()
    speaker_echo_pronouns: frozenset[str] = frozenset()  # "X said he A, saying B": the said subject that is X
    perfect_preps: frozenset[str] = frozenset()  # "claims he is fitter since X": needs a perfect or a state
    act_participles: frozenset[str] = frozenset()  # "said A and warned growth would ...": no adjective, an act
    judged_passive_cues: frozenset[str] = frozenset()  # "X was criticised": X is judged, never the judge (round 60)
    reason_marks: frozenset[str] = frozenset()  # "said A so B can act": the speaker's reason goes on
    split_tag_clauses: frozenset[str] = frozenset()  # "A, X argued, if B": B hangs on A, one statement
    split_tag_relatives: frozenset[str] = frozenset()  # "A, he said, which B": after a tag's verb, B hangs on A
    split_tag_coordinations: frozenset[str] = frozenset()  # "A, he said, but B": B goes on with A's report
    split_tag_figure_preps: frozenset[str] = frozenset()  # "A, the report said, with B up 5%": B's figure hangs on A
    split_tag_non_subjects: frozenset[str] = frozenset()  # "A, he said, but he left": a clause of someone's own
    split_tag_person_words: frozenset[str] = frozenset()  # "A, said X, but the council disagreed with him"
    answer_verbs: frozenset[str] = frozenset()  # "46 percent said yes": a poll's answer
    answer_words: frozenset[str] = frozenset()  # "yes", "no", "so", "the same"
    share_words: frozenset[str] = frozenset()  # "percent", "half", "majority": a share of those asked
    failure_verbs: frozenset[str] = frozenset()  # "failed to deny": the denial was not made
    claim_object_verbs: frozenset[str] = frozenset()  # "reject", "dismiss": a denial only of a claim
    claim_nouns: frozenset[str] = frozenset()
    listing_verbs: frozenset[str] = frozenset()  # "lists": with a listed_nouns object a market's trading (round 52)
    listed_nouns: frozenset[str] = frozenset()  # "stocks", "shares": what a market lists, nothing said
    repeating_verbs: frozenset[str] = frozenset()  # "repeat": with a deed_nouns object a deed done again (round 67)
    deed_nouns: frozenset[str] = frozenset()  # "success", "feat": what is done again, nothing said
    receiving_verbs: frozenset[str] = frozenset()  # "acknowledge": with a received_act_nouns object an act received (round 69)
    received_act_nouns: frozenset[str] = frozenset()  # "apology", "applause": what is received, nothing said
    challenge_nouns: frozenset[str] = frozenset()  # "dismissed questions / its influence": a rejection (round 52)
    ruling_bodies: frozenset[str] = frozenset()  # "the court rejected ...": a ruling
    grant_nouns: frozenset[str] = frozenset()  # "denied access": withheld, not disputed
    omission_verbs: frozenset[str] = frozenset()  # "has not confirmed": left out, not refused
    relation_nouns: frozenset[str] = frozenset()  # "an ally of X": someone tied to X, not X
    headline_person_initials: frozenset[str] = frozenset()  # "says PM": one person's title in a headline
    owned_label_nouns: frozenset[str] = frozenset()  # "echoed X's comments": X's words said just before
    label_verbs: frozenset[str] = frozenset()  # "He claimed A. ... Y denied the claims": the label's own verb
    charge_openers: tuple[re.Pattern, ...] = ()  # "faces charges of A. He denies the charges": A is charged
    kept_from_nouns: frozenset[str] = frozenset()  # "denied the striker": a save, not a denial
    falsity_words: frozenset[str] = frozenset()  # "dismissed X as rubbish": a denial of X
    irrelevance_words: frozenset[str] = frozenset()  # "dismissed X as old news": set aside, no denial
    pair_nouns: frozenset[str] = frozenset()  # "the pair": named people, not unnamed sources
    crowd_nouns: frozenset[str] = frozenset()  # "traders", "creditors": unnamed people a "they" may be
    part_quantifiers: frozenset[str] = frozenset()  # "most Russians": a part of a people, none named
    people_collectives: frozenset[str] = frozenset()  # "a team of US researchers": some of that people
    state_voice_nouns: frozenset[str] = frozenset()  # "a group of US officials": the state's voice, kept
    question_verbs: frozenset[str] = frozenset()  # "had not asked about X": no question, no claim
    doubt_verbs: frozenset[str] = frozenset()  # "questioned whether X": X asked about, not asserted
    plan_verbs: frozenset[str] = frozenset()  # "announced a freeze": a plan made public, no claim
    plan_nouns: frozenset[str] = frozenset()
    connectives: frozenset[str] = frozenset()  # "..., though": the reporter's word closing a clause
    lead_connectives: frozenset[str] = frozenset()  # "But, he said, ...": the reporter's word opening one
    content_lead_connectives: frozenset[str] = frozenset()  # "However, X rose, he said": the reporter's, not said
    content_lead_conjunctions: frozenset[str] = frozenset()  # "But X, he said" after the reporter's own sentence
    telling_time_nouns: frozenset[str] = frozenset()  # "said in November they ...": when it was said
    aim_verbs: frozenset[str] = frozenset()  # "used X to prove that": a belief aimed at, not held
    mandate_verbs: frozenset[str] = frozenset()  # "demanded that X prove that": the same
    questioning_verbs: frozenset[str] = frozenset()  # "..., when questioned by X": the reporter's framing
    addressee_verbs: frozenset[str] = frozenset()  # "told the BBC ...": the object is the hearer
    hearer_that_verbs: frozenset[str] = frozenset()  # "warned fans that ...": the object is the hearer
    occasion_nouns: frozenset[str] = frozenset()  # "..., in an interview": where it was said, not what
    occasion_preps: frozenset[str] = frozenset()
    occasion_verbs: frozenset[str] = frozenset()  # "the speech that he gave": a real relative clause
    moment_nouns: frozenset[str] = frozenset()  # "X on arrival in Y said": when X spoke, not who
    speaker_occasion_preps: frozenset[str] = frozenset()  # "said X after the draw": when, not who
    speaker_occasion_nouns: frozenset[str] = frozenset()  # "X at a summit said": where, not who
    press_adverbs: frozenset[str] = frozenset()  # "X reportedly ... | The Y newspaper says": Y's report
    press_passive_cues: frozenset[str] = frozenset()  # "X is reported to", "it is reported": a press adverb's report
    press_report_words: frozenset[str] = frozenset()  # "newspaper reports claim": the press's reports
    press_hearer_frames: frozenset[str] = frozenset()  # "told the Y", "speaking on Y": the outlet heard, not reported
    example_openers: frozenset[str] = frozenset()  # "Some, such as X, said": X, a named one of them
    charge_verbs: frozenset[str] = frozenset()  # "accuses X": nothing said without "of ..."
    time_adverbs: frozenset[str] = frozenset()  # "Earlier X said": when, not who
    speaking_time_words: frozenset[str] = frozenset()  # "said on Monday it would": when it was said
    period_object_verbs: frozenset[str] = frozenset()  # "forecast growth in 2005": the period is the object's
    period_preps: frozenset[str] = frozenset()  # the prepositions that open such a period
    research_nouns: frozenset[str] = frozenset()  # "a study ... the report": one document, several nouns
    title_joiners: frozenset[str] = frozenset()  # "X's Paying the Price report": small words of a title
    meeting_record_nouns: frozenset[str] = frozenset()  # "minutes have shown": the record of one body's meeting
    made_record_nouns: frozenset[str] = frozenset()  # "data from X": a document only with its maker named
    placed_participles: frozenset[str] = frozenset()  # "papers released at X": X put them out, wrote none
    maker_participles: frozenset[str] = frozenset()  # "The report was published by X. It says": X made it
    document_owner_words: frozenset[str] = frozenset()  # "its report": the one body named just before made it
    lead_figure_nouns: frozenset[str] = frozenset()  # "Government figures" of the lead: maker named next
    continuation_cues: frozenset[str] = frozenset()  # "the coach added": the one who spoke before goes on
    author_verbs: frozenset[str] = frozenset()  # "a report says. | X said": X's verb naming it the author
    further_author_verbs: frozenset[str] = frozenset()  # "a report says. | ... | X predicts": no answer's verb
    author_body_nouns: frozenset[str] = frozenset()  # "telecoms giant X" tagged a place: a body that may write
    outlet_kind_nouns: frozenset[str] = frozenset()  # "X news agency reported": the outlet's own kind noun
    outlet_report_preps: frozenset[str] = frozenset()  # "the report in the Y": Y holds the report
    maker_verbs: frozenset[str] = frozenset()  # "the survey was carried out by X": X made it
    document_giver_verbs: frozenset[str] = frozenset()  # "X says in a report": X put the report out
    document_issuing_verbs: frozenset[str] = frozenset()  # "X issued a statement": X's the next "the statement"
    commission_verbs: frozenset[str] = frozenset()  # "X, which commissioned the survey": made for X
    lawsuit_nouns: frozenset[str] = frozenset()  # "the lawsuit said": the words of the one who sued
    suing_verbs: frozenset[str] = frozenset()  # "X is suing Y": X, the plaintiff, made the lawsuit
    other_voice_openers: frozenset[str] = frozenset()  # "But X said": a sentence bringing in another voice
    filing_verbs: frozenset[str] = frozenset()  # "X filed the suit": X, the plaintiff, made it
    respondent_words: frozenset[str] = frozenset()  # "69% of those questioned": a study's answers, not the people's
    reported_as_verbs: frozenset[str] = frozenset()  # "X reported Y as saying": Y speaks, X is the outlet
    own_reporter_nouns: frozenset[str] = frozenset()  # "our correspondent": the outlet's reporter, named or not
    group_sizes: dict[str, int] = field(default_factory=dict)  # "the pair": two people named just before
    mute_subjects: frozenset[str] = frozenset()  # "rain lashed the city", "the quarter showed": no source
    display_verbs: frozenset[str] = frozenset()  # "show": a display as often as a statement
    display_nouns: frozenset[str] = frozenset()  # "showed an interest": what is displayed, nothing said
    exhibit_verbs: frozenset[str] = frozenset()  # "showed two cars": only a record's bare object is stated
    premise_verbs: frozenset[str] = frozenset()  # "assume": with a reasoning_nouns subject a premise, no claim
    reasoning_nouns: frozenset[str] = frozenset()  # "the model assumes": a calculation holds no belief
    commitment_verbs: frozenset[str] = frozenset()  # "agreed not to discuss": a pact, no refusal
    explanation_verbs: frozenset[str] = frozenset()  # "he wrote, explaining how ...": the quote's topic
    detail_giving_verbs: frozenset[str] = frozenset()  # "..., without giving figures": the reporter's aside
    particle_verbs: frozenset[str] = frozenset()  # "point": a statement only as "point out" / "point to"
    reply_verbs: frozenset[str] = frozenset()  # "answer": no statement with a thing as its object
    verdict_adjectives: frozenset[str] = frozenset()  # "was wrong to dismiss": another's verdict on an act
    position_verbs: frozenset[str] = frozenset()  # "hopes", "opposes": an attitude, nothing held true
    request_verbs: frozenset[str] = frozenset()  # "urged X to": someone asked to act, nothing held true
    regard_verbs: frozenset[str] = frozenset()  # "sees X as Y": a view held, a position
    hedge_verbs: frozenset[str] = frozenset()  # "it seems that": the article's hedge, no speaker
    empty_it_verbs: frozenset[str] = frozenset()  # "it goes to show": an empty "it", no speaker
    judgement_words: frozenset[str] = frozenset()  # "it is too early to say": the writer's view, no speaker
    quantity_nouns: frozenset[str] = frozenset()  # "a number of investors": the investors are the head
    attitude_verbs: frozenset[str] = frozenset()  # "voiced concern over X": a feeling, a position
    attitude_nouns: frozenset[str] = frozenset()
    charge_adverbs: frozenset[str] = frozenset()  # "who allegedly hid": the reporter's hedge on a charge
    unnamed_source_nouns: frozenset[str] = frozenset()  # "the spokesman": unnamed, even when definite
    body_voice_nouns: frozenset[str] = frozenset()  # "a spokesman": one who speaks for a body, its voice
    body_speaker_nouns: frozenset[str] = frozenset()  # "an Acme spokesman": his claim is the body's position
    named_voice_nouns: frozenset[str] = frozenset()  # "a witness ..., Jo Brann, said": named right there
    named_body_nouns: frozenset[str] = frozenset()  # "Tamsk's biggest drugmaker, Kessel Pharma, said": named there
    common_word_names: frozenset[str] = frozenset()  # "Media reports" opening a sentence: no body named Media
    body_unit_nouns: frozenset[str] = frozenset()  # "a spokesman for Acme's Leeds office": still Acme's voice
    principal_voice_modifiers: frozenset[str] = frozenset()  # "X's official spokesman": still X's voice
    # "the firm said": the class of body each description noun means, and the words of a body's
    # name that tell its class ("Kessler Bank": business), so "the club" is never a bank
    body_description_nouns: dict[str, str] = field(default_factory=dict)
    body_name_words: dict[str, str] = field(default_factory=dict)
    # noun -> kind (PERSON / ORG) a speaker's missed name takes after it ("consultancy X": ORG)
    speaker_name_descriptors: dict[str, str] = field(default_factory=dict)
    # classes a body must show to be so described (a word of its name, or a title of the class):
    # "the watchdog" is never the firm it watches
    shown_body_classes: dict[str, str] = field(default_factory=dict)
    # round 38: verb -> the prepositions that finish a bare pronoun object ("described it as a
    # mistake", "blamed this on the weather"): with them the pronoun object says what is said
    pronoun_object_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    # round 55: plural noun -> the labels of the names "the three firms" / "both sides" may count
    counted_body_labels: dict[str, frozenset[str]] = field(default_factory=dict)
    # classes of body_description_nouns a name can show, where "the club" is the one body of the
    # class the story names (round 37): not a firm's class, which a name shows too seldom
    sole_body_classes: frozenset[str] = frozenset()
    # round 41: body nouns that name a person as often ("the British producer"): no body found for them
    person_body_nouns: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()  # "figures show": no one speaks unless a body is named
    forecast_cues: frozenset[str] = frozenset()  # "X is expected to win": a forecast no one is named for
    # round 40: "she knew the film would ...", "he realised that ...": the reporter tells what someone
    # knows; outside a quote nothing is said (a hidden "finding"); "estimate_cues": "it is estimated
    # that ..." with no maker, numbers no one stands behind (a hidden "finding", as "figures show")
    knowledge_words: frozenset[str] = frozenset()
    estimate_cues: frozenset[str] = frozenset()
    forecast_nouns: frozenset[str] = frozenset()  # of evidence_nouns: a name anywhere in the phrase is their maker
    unsaid_modals: frozenset[str] = frozenset()  # "he will tell the conference that ...": not said yet
    unsaid_frames: frozenset[str] = frozenset()  # "is due to say": the same
    yet_adverbs: frozenset[str] = frozenset()  # "has yet to confirm": not said so far (round 46)
    # round 46: "shares rose, suggesting ...": the reporter's inference from events; "he said,
    # referring to X": the reporter's gloss of a topic (both a hidden "finding")
    inference_participles: frozenset[str] = frozenset()
    reference_participles: frozenset[str] = frozenset()
    practice_relatives: frozenset[str] = frozenset()  # "care plans, where patients say ...": a description
    colon_tag_participles: frozenset[str] = frozenset()  # 'was quoted saying: "..."': a later quote's own tag
    written_text_participles: frozenset[str] = frozenset()  # 'a poster reading: "..."': a thing's words
    colon_tag_verbs: frozenset[str] = frozenset()  # 'Y countered: "..."': a quote's own tag (round 54)
    colon_tag_name_labels: frozenset[str] = frozenset()  # 'Speaking in X Mr Y said: "..."': Y's kinds (round 55)
    said_modal_adverbs: frozenset[str] = frozenset()  # "would only say", "would later admit": said
    not_only_adverbs: frozenset[str] = frozenset()  # "not only said ...": a negation that affirms
    newsroom_verbs: frozenset[str] = frozenset()  # "the BBC has learnt that ...": the outlet's own reporting
    discern_verbs: frozenset[str] = frozenset()  # "can tell which ...", "tell the difference": know, no speech
    discern_words: frozenset[str] = frozenset()
    document_speech_verbs: frozenset[str] = frozenset()  # "the statement read": speech with a document subject
    appraisal_verbs: frozenset[str] = frozenset()  # "praised X, saying: ...": X is judged, the saying says
    elaboration_verbs: frozenset[str] = frozenset()  # "saying", "adding": the participle that says it
    label_tail_preps: frozenset[str] = frozenset()  # "defended the plans | against ...": a judged label's tail (round 59)
    label_tail_stops: frozenset[str] = frozenset()  # "that", "which", "because": a clause, no bare label (round 59)
    strike_verbs: frozenset[str] = frozenset()  # "blast", "slam": words only with a target of criticism
    stroke_nouns: frozenset[str] = frozenset()  # "blasted the ball", "blasts an ace": a shot
    motion_words: frozenset[str] = frozenset()  # "slammed over the bar": where the shot went
    learning_verbs: frozenset[str] = frozenset()  # "on hearing he was fined": news received, no claim
    proof_verbs: frozenset[str] = frozenset()  # "they proved that": deeds shown, the reporter's word
    topic_verbs: frozenset[str] = frozenset()  # "revealed which films it liked": a topic, no claim
    quote_only_verbs: frozenset[str] = frozenset()  # "he continued: ...": speech only beside a quote or colon
    deed_verbs: frozenset[str] = frozenset()  # "confirmed their form by winning": shown by a deed, no claim
    gesture_nouns: frozenset[str] = frozenset()  # "pointed to the spot": a gesture at a place, nothing said
    record_verbs: frozenset[str] = frozenset()  # "reported a profit": the object is what is made known
    memory_verbs: frozenset[str] = frozenset()  # "she recalled her days at school": a memory told
    poll_method_verbs: frozenset[str] = frozenset()  # "In the survey, X were asked ...": the method, no finding
    gloss_verbs: frozenset[str] = frozenset()  # "reflecting the market's view that": the reporter's reading
    shown_record_nouns: frozenset[str] = frozenset()  # "the minutes showed": a record that shows, not deeds
    picture_nouns: frozenset[str] = frozenset()  # "the film shows X laughing": a depiction, nothing said
    recording_sources: frozenset[str] = frozenset()  # "television pictures showed that ...": a machine's record, no maker
    rejection_phrases: frozenset[str] = frozenset()  # "played down reports that ...": "lemma particle", a denial
    hearsay_nouns: frozenset[str] = frozenset()  # what those phrases deny: "claims", "reports", "talk"
    # round 59: "said the reports were inaccurate": a said clause calling a claim noun false is a denial
    refuted_nouns: frozenset[str] = frozenset()
    falsity_copulas: frozenset[str] = frozenset()  # "were untrue", "proved wrong"
    claim_acts: dict[str, float] = field(default_factory=dict)  # act -> confidence of its claims
    headline_confidence: float = 1.0  # a claim in the title line: the desk's label of the story
    # what a denial's content only points back with ("denied the claims", "rejected this"), the
    # cue words of the statement each label names, and the labels of a formal charge: one table
    # with the contradiction stage, ``pointing`` / ``pointing_acts`` / ``formal_nouns`` /
    # ``formal_charges`` of data/contradiction_rules.yaml (see ``attribution/referents.py``)
    pointing: re.Pattern | None = None
    pointing_acts: dict[str, frozenset[str]] = field(default_factory=dict)
    formal_nouns: frozenset[str] = frozenset()
    formal_charge: re.Pattern | None = None
    # round 38: a label noun and its clause in narration ("there were rumours (that) X"): what a
    # bare "that" answering it points back to (``that_clause``, shared with the contradiction stage)
    label_clause: re.Pattern | None = None
    focus_adverbs: frozenset[str] = frozenset()  # "Even the IMF admits this": no clause before the speaker
    # round 57: what may follow a list of names as its sentence's subject ("X and Y have agreed")
    list_subject_verbs: frozenset[str] = frozenset()
    list_subject_adverbs: frozenset[str] = frozenset()  # "X and Y both/jointly/also agreed"
    # round 65: "the parties" after a list of parties that is the sentence before's subject
    listed_party_nouns: frozenset[str] = frozenset()
    # round 68: "the papers" after a sentence naming two papers or more
    outlet_set_nouns: frozenset[str] = frozenset()

    def act_confidence(self, act: str) -> float:
        """How far a claim of this act is a statement (1 for a statement, or an act left out)."""
        return self.claim_acts.get(act, 1.0)

    @classmethod
    def from_data(cls, extra_paths: Sequence[Path] = ()) -> "CueLexicon":
        """The packaged lexicon extended by the user files ``extra_paths``."""
        tables = load_yaml(DATA_FILE)
        _check(tables, DATA_FILE)
        for path in extra_paths:
            user = _read_user_file(Path(path))
            _check(user, path)
            _merge(tables, user)
        return replace(cls.from_tables(tables), **_pointing_tables(load_yaml(POINTING_FILE)))

    @classmethod
    def from_tables(cls, tables: dict[str, Any]) -> "CueLexicon":
        lists = {key: frozenset(str(v).lower() for v in tables.get(key) or ()) for key in _LIST_KEYS}
        lists["outlet_labels"] = frozenset(str(v).upper() for v in tables.get("outlet_labels") or ())
        lists["deny_content"] = tuple(_compile(p) for p in tables.get("deny_content") or ())
        lists["charge_openers"] = tuple(_compile(p) for p in tables.get("charge_openers") or ())
        lists["according_to"] = tuple(tuple(p.split()) for p in sorted(lists["according_to"]))
        return cls(speech_verbs={str(k).lower(): v for k, v in (tables.get("speech_verbs") or {}).items()},
                   statement_nouns={str(k).lower(): v for k, v in (tables.get("statement_nouns") or {}).items()},
                   clause_verbs={str(k).lower(): v for k, v in (tables.get("clause_verbs") or {}).items()},
                   pronouns={str(k).lower(): v for k, v in (tables.get("pronouns") or {}).items()},
                   inverted_cues={str(k).lower(): str(v).lower()
                                  for k, v in (tables.get("inverted_cues") or {}).items()},
                   group_sizes={str(k).lower(): int(v) for k, v in (tables.get("group_sizes") or {}).items()},
                   claim_acts={str(k): float(v) for k, v in (tables.get("claim_acts") or {}).items()},
                   body_description_nouns=_word_classes(tables.get("body_description_nouns")),
                   body_name_words=_word_classes(tables.get("body_name_words")),
                   speaker_name_descriptors=_word_classes(tables.get("speaker_name_descriptors")),
                   shown_body_classes=_word_classes(tables.get("shown_body_classes")),
                   pronoun_object_preps=_verb_preps(tables.get("pronoun_object_preps")),
                   counted_body_labels=_word_labels(tables.get("counted_body_labels")),
                   headline_confidence=float(tables.get("headline_confidence", 1.0)),
                   **lists)

    def denies(self, content: str) -> bool:
        """True when the words said are themselves a denial ("This talk is untrue")."""
        return any(pattern.search(content) for pattern in self.deny_content)


def _word_classes(table: dict[str, Any] | None) -> dict[str, str]:
    """A ``class: [word, ...]`` table as word -> class (lower case)."""
    return {str(w).lower(): str(c) for c, words in (table or {}).items() for w in words or ()}


def _word_labels(table: dict[str, Any] | None) -> dict[str, frozenset[str]]:
    """A ``LABEL: [word, ...]`` table as word -> its labels (a word may stand under several)."""
    labels: dict[str, set[str]] = {}
    for label, words in (table or {}).items():
        for word in words or ():
            labels.setdefault(str(word).lower(), set()).add(str(label).upper())
    return {word: frozenset(found) for word, found in labels.items()}


def _verb_preps(table: dict[str, Any] | None) -> dict[str, frozenset[str]]:
    """A ``preposition: [verb, ...]`` table as verb -> its prepositions (lower case)."""
    verbs: dict[str, set[str]] = {}
    for prep, words in (table or {}).items():
        for word in words or ():
            verbs.setdefault(str(word).lower(), set()).add(str(prep).lower())
    return {verb: frozenset(preps) for verb, preps in verbs.items()}


def _pointing_tables(data: dict[str, Any]) -> dict[str, Any]:
    """The pointing-label tables of ``contradiction_rules.yaml`` as CueLexicon fields."""
    return {
        "pointing": re.compile("(?:" + "|".join(data.get("pointing") or ["(?!)"]) + ")", re.IGNORECASE),
        "pointing_acts": {str(k): frozenset(str(c) for c in v) for k, v in (data.get("pointing_acts") or {}).items()},
        "formal_nouns": frozenset(str(n) for n in data.get("formal_nouns") or ()),
        "formal_charge": re.compile("(?:" + "|".join(data.get("formal_charges") or ["(?!)"]) + ")", re.IGNORECASE),
        "label_clause": re.compile(data.get("that_clause") or "(?!)", re.IGNORECASE),
    }


def _check(tables: dict[str, Any], path: str | Path) -> None:
    unknown = set(tables) - _KNOWN_KEYS
    if unknown:
        _fail(path, f"unknown keys {sorted(unknown)}; known: {sorted(_KNOWN_KEYS)}")
    for key in _MAP_KEYS:
        if not isinstance(tables.get(key) or {}, dict):
            _fail(path, f"{key} must be a mapping")
    for key in _LIST_KEYS:
        if not isinstance(tables.get(key) or [], list):
            _fail(path, f"{key} must be a list")
    for key in ("speech_verbs", "clause_verbs", "statement_nouns"):
        for verb, stance in (tables.get(key) or {}).items():
            if stance not in STANCES:
                _fail(path, f"{key}.{verb}: stance {stance!r} is not one of {', '.join(STANCES)}")
    for act, confidence in (tables.get("claim_acts") or {}).items():
        if act not in ACTS or not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
            _fail(path, f"claim_acts.{act}: needs one of {', '.join(ACTS)} and a confidence 0-1")
    for key in _SCALAR_KEYS:
        value = tables.get(key, 1.0)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            _fail(path, f"{key}: needs a confidence 0-1")
    for word, kind in (tables.get("pronouns") or {}).items():
        if kind not in PRONOUN_KINDS:
            _fail(path, f"pronouns.{word}: kind {kind!r} is not one of {', '.join(PRONOUN_KINDS)}")


def _merge(tables: dict[str, Any], user: dict[str, Any]) -> None:
    for key, value in user.items():
        if key in _MAP_KEYS:
            tables[key] = {**(tables.get(key) or {}), **(value or {})}
        elif key in _SCALAR_KEYS:
            tables[key] = value
        else:
            tables[key] = list(tables.get(key) or []) + list(value or [])


def _read_user_file(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=path, reason=error)) from None
    if not isinstance(data, dict):
        _fail(path, "not a YAML mapping")
    return data


def _compile(pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        _fail(DATA_FILE, f"bad deny_content pattern ({error.msg}): {pattern!r}")
        raise  # unreachable: _fail raises


def _fail(path: str | Path, reason: str) -> None:
    raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=path, reason=reason))
