"""Round 56 of links (branch link39): a name that is only an era's or a wing's word before a
shorter name ("Old Kessel", "New Kessel" of a party Kessel) is no full name that the bare short
form stands for: the bare name is not joined to it. A real full name ("Jo Vaal") still takes its
bare surname. Sentences and names are invented."""

from __future__ import annotations

from mention_helpers import mentions_in, resolve_docs


def _actor_of(docs, doc: str, name: str) -> str | None:
    result = resolve_docs(docs)
    mentions = [m for d, (text, names) in docs.items() for m in mentions_in(d, text, names)]
    return next(actor for m, actor in zip(mentions, result.actor_of_mention) if m.doc == doc and m.text == name)


_PEOPLE = {"Ann Tamsk": "PERSON", "Jo Brann": "PERSON", "Piet Vaalder": "PERSON"}


def test_a_bare_name_is_not_joined_to_its_era_s_name():
    docs = {"a": ("Ann Tamsk said Old Kessel was gone. Jo Brann and Piet Vaalder agreed with Ann Tamsk.",
                  {"Old Kessel": "PERSON", **_PEOPLE}),
            "b": ("Kessel won the vote. Ann Tamsk, Jo Brann and Piet Vaalder all backed Kessel.",
                  {"Kessel": "PERSON", **_PEOPLE})}
    assert _actor_of(docs, "b", "Kessel") != _actor_of(docs, "a", "Old Kessel")


def test_a_bare_surname_still_joins_its_full_name():
    docs = {"a": ("Ann Tamsk said Jo Kessel was gone. Jo Brann and Piet Vaalder agreed with Ann Tamsk.",
                  {"Jo Kessel": "PERSON", **_PEOPLE}),
            "b": ("Kessel won the vote. Ann Tamsk, Jo Brann and Piet Vaalder all backed Kessel.",
                  {"Kessel": "PERSON", **_PEOPLE})}
    assert _actor_of(docs, "b", "Kessel") == _actor_of(docs, "a", "Jo Kessel")
