"""Which time dates an event: the one in its own clause, or a governing clause's, never a time
that dates another clause of the sentence."""


def _time_of(events, trigger):
    (event,) = [e[4] for e in events if e[2] == trigger]
    return event.time["value"] if event.time else None


def test_a_relative_clause_date_does_not_date_the_main_verb(events_of):
    events = events_of("Omar Haddad, who was elected mayor in 2001, attacked Kemaria on Tuesday.")
    assert _time_of(events, "attacked") == "2024-02-27"


def test_a_relative_clause_date_alone_leaves_the_event_undated(events_of):
    events = events_of("Kemaria, which Omar Haddad visited in 2001, sanctioned Vostrana.")
    assert _time_of(events, "sanctioned") is None


def test_the_governing_verbs_date_reaches_the_reported_event(events_of):
    events = events_of("Kemari police said on Tuesday that they arrested Omar Haddad.")
    assert _time_of(events, "arrested") == "2024-02-27"


def test_a_reported_clause_date_does_not_date_the_reporting_event(events_of):
    events = events_of("Kemaria accused Vostrana of saying that it attacked the Tessaly Front in 2001.")
    assert _time_of(events, "accused") is None


def test_a_conjoined_verb_lends_its_date_when_the_event_has_none(events_of):
    events = events_of("Kemari police arrested Omar Haddad and charged him with fraud on Tuesday.")
    assert _time_of(events, "arrested") == "2024-02-27"


def test_a_bare_participle_shares_the_time_of_its_verb(events_of):
    events = events_of("Visiting Vostra on Tuesday, Omar Haddad criticised Kemaria.")
    assert _time_of(events, "criticised") == "2024-02-27"


def test_a_participle_set_apart_by_after_keeps_its_own_time(events_of):
    events = events_of("After leaving office in 2001, Omar Haddad attacked Kemaria.")
    assert _time_of(events, "attacked") is None


def test_a_duration_of_a_governing_clause_does_not_date_the_event(events_of):
    events = events_of("For three years the Tessaly Front has said that Vostrana attacked Kemaria.")
    assert _time_of(events, "attacked") is None
