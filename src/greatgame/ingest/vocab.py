"""Word classes that tell page furniture from prose: interface words, date words, stop words.

These describe what web-page debris is made of on any site (buttons, counters, reading-time
badges, date stamps), not the strings of one site. A line is debris only when *every* word in
it falls in these classes and it is not a sentence, so ordinary prose is never matched.
"""

from __future__ import annotations

import re

# Words of reader interfaces: buttons, counters, share bars, reading aids, section furniture.
INTERFACE = frozenset(
    """
    read reading reads mode font fonts size text min mins minute minutes sec secs print
    share shares shared sharing comment comments email e-mail mail tweet facebook twitter
    whatsapp linkedin telegram reddit pinterest messenger copy copied link links url
    subscribe subscribed subscription subscriptions newsletter newsletters follow following
    login log logout sign signin signup register menu search home homepage next previous prev
    more less related trending top content contents popular latest most viewed advertisement
    advertisements advertising ad ads sponsored promoted click tap here listen audio video
    videos watch play photo photos gallery image images slideshow close open back skip main
    show hide toggle cookie cookies accept zoom view views story stories article articles page
    pages section sections topic topics tag tags bookmark bookmarks save saved download app
    apps light dark enlarge decrease increase reset full screen fullscreen continue loading
    load see also reply replies like likes report notifications alert alerts feed rss
    breaking live updates highlights recommended editor's editors picks pick trending now
    """.split()
)

# Words of date stamps and their labels ("Published: Updated:", "Updated 3 hours ago").
DATE_WORDS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun am pm a.m p.m gmt utc est edt cst cdt pst pdt bst cet cest ist ast msk
    ago today yesterday hour hours hr hrs day days week weeks month months year years
    published updated posted modified edited date time first last
    """.split()
)

STOP = frozenset(
    """
    the a an of to in on at by for this that our your my with from and or us you now out off
    via per is it its all
    """.split()
)

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

# Name particles that stay lower case inside a personal name ("Huda al-Husseini").
PARTICLES = frozenset(
    "al el bin ibn bint abu de da di del della des van von der den ter le la du dos das y".split()
)

NUMBER = re.compile(r"^[\d.,:/%-]+(?:st|nd|rd|th|k|m)?$", re.IGNORECASE)


def word_class(word: str) -> str:
    """One of 'num', 'ui', 'date', 'stop' or 'word' for a token of a short line."""
    low = word.casefold().strip(".'’")
    if NUMBER.match(low):
        return "num"
    if low in DATE_WORDS:
        return "date"
    if low in INTERFACE:
        return "ui"
    if low in STOP:
        return "stop"
    return "word"
