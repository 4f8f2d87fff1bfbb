"""Actor kinds (round 54, branch kind86): OUTLET is news media only. A name the vote calls an
outlet that no story reads as news media ("told Kessel", "Vaal reported", "Tamsk's
correspondent") while one mention at least reads it as a maker or carrier of entertainment
("music channel Kessel", "the Vaal network", "Tamsk's comedy series", "shown on Kessel") is an
entertainment firm (ORG); a name a studio's head closes ("Kessel Films") is one even after a known
outlet's name. News outlets, known outlets, names a known outlet opens and publications stay.
Sentences and names written for these tests."""

from __future__ import annotations

from mention_helpers import kinds_of_name

from newsgraph.resolve.contexts import KindContexts


def _voices(sentence: str, name: str) -> tuple[bool, bool]:
    """(news reading, entertainment reading) of the first ``name`` in ``sentence``."""
    contexts = KindContexts.from_data()
    start = sentence.index(name)
    end = start + len(name)
    return contexts.news_voice(sentence, start, end), contexts.show_voice(sentence, start, end)


# --- the fix: an entertainment channel, a network, a studio --------------------------------

def test_a_music_channel_read_only_as_entertainment_is_a_firm():
    docs = {"a": ("The burger chain will sponsor a programme on music channel Vaalvision this year. "
                  "Vaalvision reckons the deal will reach young viewers.", {"Vaalvision": "OUTLET"}),
            "b": ("Campaigners attacked Vaalvision over its videos. Vaalvision's shows are aimed at "
                  "teenagers, the group said.", {"Vaalvision": "OUTLET"})}
    assert kinds_of_name(docs, "Vaalvision") == {"ORG"}


def test_a_network_that_ran_a_sitcom_is_a_firm():
    docs = {"a": ("The sitcom ended its long run on the KTB network in May. KTB will show a new "
                  "comedy in the autumn.", {"KTB": "OUTLET"})}
    assert kinds_of_name(docs, "KTB") == {"ORG"}


def test_a_cable_channel_that_commissioned_a_series_is_a_firm():
    docs = {"a": ("Ten episodes have been commissioned by cable channel Tamskio. Tamskio has been "
                  "looking for a new hit since its last drama ended.", {"Tamskio": "OUTLET"})}
    assert kinds_of_name(docs, "Tamskio") == {"ORG"}


def test_a_studio_named_after_a_known_outlet_is_a_firm():
    docs = {"a": ("A US network is editing Reuters Films' new drama to remove a scene of Jo Brann "
                  "on a beach.", {"Reuters Films": "OUTLET", "Jo Brann": "PERSON"})}
    assert kinds_of_name(docs, "Reuters Films") == {"ORG"}


def test_the_table_reads_a_channel_and_a_network():
    assert _voices("It was screened uncut on cable channel Kessmoor in May.", "Kessmoor") == (False, True)
    assert _voices("It lost its slot on the Kessmoor network last year.", "Kessmoor") == (False, True)
    assert _voices("Kessmoor's comedy series was dropped.", "Kessmoor") == (False, True)


# --- guards: news media stay outlets ------------------------------------------------------

def test_a_channel_a_minister_told_stays_an_outlet():
    docs = {"a": ("The show was a hit on music channel Vaalvision. The minister told Vaalvision "
                  "that the plan would work.", {"Vaalvision": "OUTLET"})}
    assert kinds_of_name(docs, "Vaalvision") == {"OUTLET"}


def test_a_network_whose_presenter_speaks_stays_an_outlet():
    docs = {"a": ("The drama was first shown on the KTB network. KTB's Jo Brann said he would be "
                  "watching the charity closely.", {"KTB": "OUTLET", "Jo Brann": "PERSON"})}
    assert kinds_of_name(docs, "KTB") == {"OUTLET"}


def test_a_channel_a_known_outlet_opens_stays_an_outlet():
    docs = {"a": ("The drama was screened on BBC Kessel last week. BBC Kessel's comedy series "
                  "returns in May.", {"BBC Kessel": "OUTLET"})}
    assert kinds_of_name(docs, "BBC Kessel") == {"OUTLET"}


def test_a_newspaper_with_a_network_stays_an_outlet():
    docs = {"a": ("The Tamsk Courier newspaper said the mayor would resign. The Tamsk Courier "
                  "network of regional titles grew.", {"Tamsk Courier": "OUTLET"})}
    assert kinds_of_name(docs, "Tamsk Courier") == {"OUTLET"}


def test_a_programme_named_before_show_stays_as_it_was():
    docs = {"a": ("The prime minister told the BBC's Breakfast with Vaal show that the tax would "
                  "stay.", {"Vaal": "OUTLET"})}
    assert kinds_of_name(docs, "Vaal") == {"OUTLET"}


def test_the_table_reads_news_before_and_after():
    assert _voices("The striker told Kessmoor he would stay.", "Kessmoor") == (True, False)
    assert _voices("Kessmoor reported that the deal was done.", "Kessmoor") == (True, False)
    assert _voices("Kessmoor's correspondent in Vaal said so.", "Kessmoor")[0]
    assert _voices("Kessmoor' Ann Drask said the cuts were needed.", "Kessmoor")[0]


def test_a_network_that_reported_news_or_a_country_s_channel_quoted_stays_an_outlet():
    # a network's noun between the name and its report, and a country's possessive between
    # the source's words and the name, are still news readings (the seeds' wording is of this shape)
    assert _voices("Tamsk's Kessmoor television network reported that the talks had ended.",
                   "Kessmoor")[0]
    assert _voices("The envoy left for Vaal, according to Tamsk's Kessmoor.", "Kessmoor")[0]
    docs = {"a": ("Tamsk's Kessmoor television network reported last week that the envoy had met "
                  "the rebels.", {"Kessmoor": "OUTLET"}),
            "b": ("The envoy had met the rebels, according to Tamsk's Kessmoor.", {"Kessmoor": "OUTLET"})}
    assert kinds_of_name(docs, "Kessmoor") == {"OUTLET"}
