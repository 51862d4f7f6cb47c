"""How the search reads Dutch: words without accents or case, without the little words, and their plain stem."""

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W_]+")

# Words that say nothing about what a patient looks for: "pijn *onder de* hiel".
STOPWORDS = frozenset(
    [
        "aan",
        "al",
        "als",
        "bij",
        "dan",
        "dat",
        "de",
        "der",
        "des",
        "die",
        "dit",
        "door",
        "een",
        "en",
        "er",
        "geen",
        "had",
        "heb",
        "hebt",
        "heeft",
        "het",
        "hoe",
        "ik",
        "in",
        "is",
        "je",
        "kan",
        "kun",
        "kunt",
        "me",
        "met",
        "mijn",
        "na",
        "naar",
        "niet",
        "nog",
        "of",
        "om",
        "onder",
        "op",
        "over",
        "te",
        "tot",
        "u",
        "uit",
        "uw",
        "van",
        "veel",
        "voor",
        "wat",
        "was",
        "wel",
        "welke",
        "wie",
        "wij",
        "ze",
        "zich",
        "zij",
        "zijn",
        "zo",
    ]
)

# Words Dutch writes onto a body part: 'knieklachten', 'hielpijn', 'rugblessure'. The longest first.
COMPLAINT_WORDS = ("klachten", "blessures", "problemen", "blessure", "probleem", "letsel", "klacht", "pijn")
MIN_BODY_PART = 3

# Endings of plurals and small words; a stem without them matches every form as a prefix.
ENDINGS = ("tjes", "jes", "tje", "'s", "je", "en", "s", "e")
MIN_STEM = 4


def fold(text):
    """Lower case without accents: 'Corticosteroïden' and 'corticosteroiden' are the same word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():
        # Nearly every Dutch sentence: nothing to take off (excerpts fold every sentence of every result).
        return decomposed
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    return WORD.findall(fold(text))


def terms(text):
    """The words of a query that carry meaning; all words if the query has nothing else."""
    found = words(text)
    meaningful = [word for word in found if word not in STOPWORDS]
    return meaningful or found


@lru_cache(maxsize=4096)
def stem(word):
    """'oefeningen' → 'oefening', 'injecties' → 'injectie'; short words stay as they are."""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def body_part(term):
    """'knieklachten' → 'knie': what comes before a word for a complaint, or '' if the term is not such a word."""
    for complaint in COMPLAINT_WORDS:
        if term.endswith(complaint) and len(term) - len(complaint) >= MIN_BODY_PART:
            return term[: -len(complaint)]
    return ""
