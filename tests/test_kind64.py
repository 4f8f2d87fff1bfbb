"""Actor kinds (round 44, branch kind64): a name that only governs "website", "site" or
"station" is no news medium on that ground alone ("the Tarnwell website", "Holloway Rise police
station"); a media word beside the noun keeps it one ("the Tarnwell news website"), and
"network" stays an outlet noun. Sentences and names written for these tests."""

from __future__ import annotations


def _labels(result, key):
    return {m.label for m in result.mentions if m.key == key}


def test_a_firms_website_is_no_outlet(analyze):
    result = analyze("Customers can now order parts from the Brackmoor Holdings website, "
                     "the firm said on Monday.")
    assert "OUTLET" not in _labels(result, "brackmoor holdings")


def test_a_party_named_before_its_website_is_no_outlet(analyze):
    result = analyze("The Greenfold Alliance website listed the candidates on Tuesday. "
                     "The Greenfold Alliance said its leader would stand again.")
    assert "OUTLET" not in _labels(result, "greenfold alliance")


def test_a_police_station_is_no_outlet(analyze):
    result = analyze("The two men were taken to the Holloway Rise police station for questioning.")
    assert "OUTLET" not in _labels(result, "holloway rise")


def test_a_news_website_is_still_an_outlet(analyze):
    result = analyze("The Tarnwell Dispatch news website reported that the talks had failed.")
    assert _labels(result, "tarnwell dispatch") == {"OUTLET"}


def test_a_television_network_is_still_an_outlet(analyze):
    result = analyze("The talks were first reported by the Corvane network on Sunday evening.")
    assert _labels(result, "corvane") == {"OUTLET"}


def test_the_website_an_editor_works_for_is_an_outlet(analyze):
    result = analyze("Dana Morrow is the editor of the Quillfeather website, which covers new gadgets.")
    assert _labels(result, "quillfeather") == {"OUTLET"}


def test_the_website_of_an_outlet_named_in_full_stays_an_outlet(analyze):
    result = analyze("Listeners to Brimley Radio can download an application from the Brimley website "
                     "from next month, the station said.")
    assert _labels(result, "brimley") == {"OUTLET"}


def test_a_sites_name_the_model_reads_as_a_person_stays_an_outlet(analyze):
    result = analyze("Prices start at £9,000, according to the car-buying website Hollings's guide. "
                     "Hollings said demand was strong.")
    assert "PERSON" not in _labels(result, "hollings")
