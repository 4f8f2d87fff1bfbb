"""The tables that steer the mention stage, loaded from ``data/`` plus user files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import yaml

from newsgraph.data import load_lines, load_yaml
from newsgraph.errors import Errors, NewsgraphError

_LIST_KEYS = (
    "actor_labels", "group_words", "org_head_words", "org_lead_words", "person_titles",
    "outlet_head_words", "outlet_nouns", "telling_verbs", "publishing_verbs", "not_actors",
    "leading_non_name_words", "name_particles", "span_breaking_words", "honorifics",
    "team_head_words", "club_nickname_words", "event_head_words", "work_nouns", "work_lead_phrases", "team_nouns", "match_verbs",
    "match_nouns", "facility_head_words",
    "sport_words", "company_nouns_before", "company_possessions", "maker_objects",
    "person_nouns_before", "body_roles_after", "work_nouns_after", "event_lead_words",
    "event_pair_leads", "event_pair_heads", "championship_plurals", "product_lead_words", "product_head_words", "facility_lead_words", "peerage_titles",
    "possessive_name_tails", "outlet_heads_closing_only",
    "group_nouns_before", "office_holder_words", "portfolio_titles", "facility_heads_any_label",
    "ensemble_nouns_before", "music_words", "trade_group_nouns", "office_names", "place_closing_heads",
    "side_verbs", "modifier_role_nouns", "sport_codes", "played_nouns", "glued_function_words",
    "side_role_nouns", "result_nouns", "side_sex_nouns", "placing_words", "sport_report_words", "side_fixture_nouns",
    "score_opponent_preps", "score_result_nouns",
    "calendar_words", "publication_nouns", "lone_title_people", "person_speech_verbs", "amount_units",
    "role_initials", "scorer_marks", "player_nouns_after_side", "state_body_heads", "place_body_heads",
    "vessel_prefixes", "level_competition_heads", "competition_levels", "competition_group_heads",
    "competition_group_marks", "sport_names",
    "speaker_body_nouns", "speaker_finding_verbs", "outlet_nouns_needing_media", "outlet_nouns_needing_news", "media_words",
    "media_role_nouns",
    "committee_bodies", "committee_heads", "committee_select_word", "committee_not_topic",
    "thing_acronym_phrases",
)


@dataclass(frozen=True)
class EntityRules:
    """Word lists the mention stage uses to correct and classify entities."""

    actor_labels: frozenset[str]
    group_words: frozenset[str]
    org_head_words: frozenset[str]
    org_lead_words: frozenset[str]
    person_titles: frozenset[str]
    outlet_head_words: frozenset[str]
    outlet_nouns: frozenset[str]
    telling_verbs: frozenset[str]
    publishing_verbs: frozenset[str]
    not_actors: frozenset[str]
    leading_non_name_words: frozenset[str]
    name_particles: frozenset[str]
    span_breaking_words: frozenset[str]
    honorifics: frozenset[str]
    team_head_words: frozenset[str]
    event_head_words: frozenset[str]
    outlets: frozenset[str]
    work_nouns: frozenset[str] = frozenset()
    club_nickname_words: frozenset[str] = frozenset()  # end a club's name; alone, still one club
    place_closing_heads: frozenset[str] = frozenset()  # "City" of "Kessel City": a club's or a place's
    work_lead_phrases: frozenset[str] = frozenset()
    team_nouns: frozenset[str] = frozenset()
    match_verbs: frozenset[str] = frozenset()
    side_verbs: frozenset[str] = frozenset()  # "compete for Kemaria", "representing Kemaria": its side
    played_nouns: frozenset[str] = frozenset()  # "276 games for Kemaria": a player's side
    sport_codes: frozenset[str] = frozenset()  # "Kemaria's rugby league team": a national side of a sport
    side_role_nouns: frozenset[str] = frozenset()  # "favourites Kemaria", "holders Kemaria": a side
    result_nouns: frozenset[str] = frozenset()  # "Kemaria claim a win", "Kemaria hopes": a side's result
    side_sex_nouns: frozenset[str] = frozenset()  # "Kemaria's men's relay team": the country's side
    placing_words: frozenset[str] = frozenset()  # "Kemaria second on 48", "fourth for Kemaria": a side's place
    sport_report_words: frozenset[str] = frozenset()  # "race": counts toward a sports report, no passage's cue
    side_fixture_nouns: frozenset[str] = frozenset()  # "the Kemaria game", "the Kemaria camp": a country's side
    score_opponent_preps: frozenset[str] = frozenset()  # "beaten 17-12 by Kessel", "lost 2-1 to Kessel": a side
    score_result_nouns: frozenset[str] = frozenset()  # "a 3-1 win over Kessel": a result between score and side
    modifier_role_nouns: frozenset[str] = frozenset()  # "the Kessel star", "a Kessel man": a place's or club's
    glued_function_words: frozenset[str] = frozenset()  # "ofKessel": a missing space, no name's word
    amount_units: frozenset[str] = frozenset()  # "bn" of "Kessel 2bn reais": an amount ends a name
    calendar_words: frozenset[str] = frozenset()  # "in March Vaal said": a date beside a name, no part of it
    speaker_body_nouns: frozenset[str] = frozenset()  # "research institute Vaal said": an untagged speaker is a body
    speaker_finding_verbs: frozenset[str] = frozenset()  # "firm Vaal found that": its subject speaks too
    publication_nouns: frozenset[str] = frozenset()  # "magazine" of "the Kessel magazine": its title an outlet
    outlet_nouns_needing_media: frozenset[str] = frozenset()  # "the Kessel website": an outlet only as a news site
    outlet_nouns_needing_news: frozenset[str] = frozenset()  # "the Kessel network": an outlet only as a news one
    media_words: frozenset[str] = frozenset()  # "news" of "the Kessel news website": the site is a medium
    media_role_nouns: frozenset[str] = frozenset()  # "editor" of "the editor of the Kessel website": a medium too
    lone_title_people: frozenset[str] = frozenset()  # "Cardinal" of "Cardinal Vaal": a person's title
    person_speech_verbs: frozenset[str] = frozenset()  # "Mr Vaal said": a titled name that speaks is a person
    role_initials: frozenset[str] = frozenset()  # "the MEP said": a post's initials, no body's (mentions/titled.py)
    vessel_prefixes: frozenset[str] = frozenset()  # "INS Vaal": a ship's prefix, no initials (mentions/runs.py)
    state_body_heads: frozenset[str] = frozenset()  # "the Kemaria Government": the state's own, not widened (mentions/runs.py)
    place_body_heads: frozenset[str] = frozenset()  # "the Kemarian Executive": a body only after a place (mentions/runs.py)
    scorer_marks: frozenset[str] = frozenset()  # "og" of "Kessel 35 og": a scorer line's goal mark (mentions/tables.py)
    match_nouns: frozenset[str] = frozenset()
    facility_head_words: frozenset[str] = frozenset()
    sport_words: frozenset[str] = frozenset()
    company_nouns_before: frozenset[str] = frozenset()
    company_possessions: frozenset[str] = frozenset()
    maker_objects: frozenset[str] = frozenset()
    office_names: frozenset[str] = frozenset()  # "Surgeon General": an office the story names as a body
    committee_bodies: frozenset[str] = frozenset()  # "Commons" of "the Commons work and pensions committee"
    committee_heads: frozenset[str] = frozenset()  # "committee", "panel": close a lower-case committee's name
    committee_select_word: frozenset[str] = frozenset()  # "select" of "the environment select committee"
    committee_not_topic: frozenset[str] = frozenset()  # "the", "and": no committee's topic word alone
    person_nouns_before: frozenset[str] = frozenset()
    player_nouns_after_side: frozenset[str] = frozenset()  # "Kemaria international Jon Vaal"
    body_roles_after: frozenset[str] = frozenset()
    work_nouns_after: frozenset[str] = frozenset()
    championship_plurals: frozenset[str] = frozenset()  # "the Europeans" of a sports report: a meeting
    level_competition_heads: frozenset[str] = frozenset()  # "League" of "League Two": a division
    competition_levels: frozenset[str] = frozenset()  # "Two" of "League Two", "Second" of "Second Division"
    competition_group_heads: frozenset[str] = frozenset()  # "Pool" of "Pool C": a group of a tournament
    competition_group_marks: frozenset[str] = frozenset()  # "C" of "Pool C", "Four" of "Group Four"
    sport_names: frozenset[str] = frozenset()  # "Athletics" alone: a sport, no actor
    event_lead_words: frozenset[str] = frozenset()
    event_pair_leads: frozenset[str] = frozenset()  # "Six" of "Six Nations", "Tri" of "Tri-Nations"
    event_pair_heads: frozenset[str] = frozenset()
    product_lead_words: frozenset[str] = frozenset()  # "Windows" of "Windows Media Center"
    product_head_words: frozenset[str] = frozenset()  # "Mac" of "Apple Mac"
    facility_lead_words: frozenset[str] = frozenset()  # "Stade" of "Stade de Kessel"
    peerage_titles: frozenset[str] = frozenset()  # "Baroness" of "Baroness Vaal of Tamsk"
    possessive_name_tails: frozenset[str] = frozenset()  # "Group" of "Kessel's Group": one name
    group_nouns_before: frozenset[str] = frozenset()  # "band" of "rock band Kessel": a performing group
    office_holder_words: frozenset[str] = frozenset()  # "Commissioner" of "the Kessel Commissioner's Office"
    portfolio_titles: frozenset[str] = frozenset()  # "Secretary" of "Health Secretary": "Health" is no actor
    facility_heads_any_label: frozenset[str] = frozenset()  # "Road" of "Kessel Road": no person's name
    ensemble_nouns_before: frozenset[str] = frozenset()  # "quartet" of "pop quartet Kessel"
    music_words: frozenset[str] = frozenset()  # "pop" of "pop quartet Kessel"
    trade_group_nouns: frozenset[str] = frozenset()  # "group" of "mining group Kessel Vaal"
    outlet_heads_closing_only: frozenset[str] = frozenset()  # "Standard" of "Standard Kessel": a bank
    thing_acronym_phrases: frozenset[str] = frozenset()  # "CCTV footage": letters naming a thing, no body
    # common given names (data/name_gender.yaml, lower case): "Pascal Kessel" tagged ORG is a person
    given_names: frozenset[str] = frozenset()
    # user sections extending data/name_structure.yaml (compounds and stated links)
    name_structure: tuple[dict, ...] = ()

    @classmethod
    def from_data(cls, extra_rules: Sequence[Path] = (), extra_outlets: Sequence[Path] = ()) -> "EntityRules":
        tables = {key: list(values) for key, values in load_yaml("entity_rules.yaml").items()}
        structure = []
        for path in extra_rules:
            user = _read_user_rules(path)
            if "name_structure" in user:
                structure.append(user.pop("name_structure"))
            for key, values in user.items():
                tables.setdefault(key, []).extend(values)
        lists = {key: frozenset(str(v) for v in tables.get(key, [])) for key in _LIST_KEYS}
        gender = load_yaml("name_gender.yaml")
        given = frozenset(str(n).lower() for key in ("female_given_names", "male_given_names", "either_given_names")
                          for n in gender.get(key, ()))
        return cls(outlets=frozenset(load_lines("outlets.txt", extra_outlets)),
                   name_structure=tuple(structure), given_names=given, **lists)

    def is_outlet_name(self, text: str) -> bool:
        """True for a known outlet or a name that starts with one ("BBC Arabic")."""
        if text in self.outlets:
            return True
        words = text.split()
        return any(" ".join(words[:n]) in self.outlets for n in range(1, len(words)))


def _read_user_rules(path: Path) -> dict[str, list]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=path, reason=error)) from None
    unknown = set(data) - set(_LIST_KEYS) - {"name_structure"}
    if unknown:
        reason = f"unknown keys {sorted(unknown)}; known: {list(_LIST_KEYS)}"
        raise NewsgraphError(Errors.BAD_DATA_FILE.format(path=path, reason=reason))
    return data
