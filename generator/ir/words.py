"""Splitting spec names into neutral lower-case words; targets join them in their own style."""

from __future__ import annotations

import re
import unicodedata

_BOUNDARY = re.compile(
    r"(?<![A-Za-z])[0-9]+[a-z]+"  # 2fa_code, 1st: a word that starts with digits
    r"|[0-9]+[a-z]+(?=[A-Z])"  # Post3dSecure -> 3d (camelCase marks where the word ends)
    r"|[A-Z]+(?=[A-Z][a-z])"  # HTTPServer -> HTTP, Server
    r"|[A-Z]?[a-z]+"  # camelCase pieces
    r"|[A-Z]+"  # ALLCAPS
    r"|[0-9]+"  # digits
)


#: Latin letters that Unicode decomposition does not reduce to ASCII.
_LATIN = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
        "Þ": "TH",
        "ð": "d",
        "Ð": "D",
        "ı": "i",
    }
)


def split_words(name: str) -> tuple[str, ...]:
    """``createPhoneNumberDTO`` -> (create, phone, number, dto); non-ASCII is transliterated
    (letters without an ASCII form, such as CJK, are dropped)."""
    text = (
        unicodedata.normalize("NFKD", str(name).translate(_LATIN))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    return tuple(w.lower() for w in _BOUNDARY.findall(text))


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def strip_noun(words: tuple[str, ...], noun: tuple[str, ...]) -> tuple[str, ...]:
    """Remove the first run of ``noun`` (singular or plural) from ``words``.

    (list, phone, numbers, paginated) minus (phone, numbers) -> (list, paginated).
    Returns ``words`` unchanged when the noun is absent or nothing would remain.
    """
    if not noun:
        return words
    want = tuple(singular(w) for w in noun)
    n = len(want)
    for i in range(len(words) - n + 1):
        if tuple(singular(w) for w in words[i : i + n]) == want:
            rest = words[:i] + words[i + n :]
            # "by" left dangling at the start reads badly: findPetsByStatus -> find_by_status is fine
            return rest if rest else words
    return words
