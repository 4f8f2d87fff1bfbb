from newsgraph.names import core_words, initials, name_key, slug, strip_possessive


def test_name_key_folds_case_articles_possessives_and_script():
    assert name_key("The Israel Defense Forces") == "israel defense forces"
    assert name_key("Hamas’") == "hamas"
    assert name_key("Haniyeh's") == "haniyeh"
    assert name_key("Shadi al-Menai") == "shadi al menai"
    assert name_key("Şadi Al-Menaï") == "sadi al menai"


def test_name_key_drops_titles_but_never_the_whole_name():
    assert name_key("Imam Abu Noor al-Maqdisi", ["Imam"]) == "abu noor al maqdisi"
    assert name_key("Sheikh", ["Sheikh"]) == "sheikh"


def test_apostrophes_of_transliteration_are_removed_not_split():
    assert name_key("Al-Mani’i") == "al manii"


def test_core_words_ignore_arabic_particles():
    assert core_words("abu ayna al ansari") == ["abu", "ayna", "ansari"]


def test_initials_skip_function_words():
    assert initials("Israel Defense Forces") == "IDF"
    assert initials("Washington Institute for Near East Policy") == "WINEP"


def test_strip_possessive_and_slug():
    assert strip_possessive("ISIS’") == "ISIS"
    assert slug("abu noor al maqdisi") == "abu-noor-al-maqdisi"
