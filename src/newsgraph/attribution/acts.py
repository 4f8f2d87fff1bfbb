"""What a claim's speaker does (issue 19): states something, takes a position ("hopes", "opposes"),
requests ("urged X to ..."), or asks ("asked whether ..."). PolNeAR annotators count all four as
attributions; a reader takes only statements for claims. So every one is kept in graph.json (for
recall) and the others get a lower confidence (``claim_acts`` in ``data/attribution_cues.yaml``)
that the views filter on, as they filter events.

The parse walk marks positions and requests (``syntax.py``: they need the verb's dependants);
questions are read here from what is asked, after quotes are joined to their cues.
"""

from __future__ import annotations

from newsgraph.attribution.cues import CueLexicon
from newsgraph.attribution.syntax import Found

# a reported question opens with one of these ("asked whether ...", "wondered why ...")
_QUESTION_OPENERS = frozenset(("whether", "if", "why", "how", "what", "when", "where", "who", "which"))
_QUOTES = " \"'“”‘’"


def act_of(item: Found, text: str, lexicon: CueLexicon) -> str:
    """The act of ``item``: the parse's mark, else "question" for a question verb whose content
    is a question, else "statement"."""
    if item.act != "statement":
        return item.act
    if item.cue_lemma in lexicon.question_verbs and item.content is not None:
        words = text[item.content[0]:item.content[1]].strip(_QUOTES)
        first = words.split(maxsplit=1)[0].lower() if words else ""
        if words.endswith("?") or first in _QUESTION_OPENERS:
            return "question"
    return "statement"
