"""indexing layer: the words a regular expression cannot match without, to skip patterns
that cannot match a text before running one large alternation over it.

The recognisers join many patterns into one expression; Python's engine tries every
alternative at every word start, which is most of their cost. ``Keywords`` reads, once,
a set of words for each pattern of which every match contains at least one (taken from
the pattern's parsed form: a run of letters it always matches, in lower case), and then
for a text returns the patterns whose words occur in it. Leaving out patterns that
match nowhere in a text changes nothing about what the others match, in which order
or where, so an expression built from the chosen patterns (in their order) finds
exactly what the full one finds.

The check compares lower-case letters. That is exactly the engine's case-insensitive
comparison for Latin and Cyrillic letters; the few other letters the engine folds onto
them (``UNSURE``: dotted and dotless i, long s, the Kelvin sign, old Cyrillic letter
variants) make ``possible`` answer None: try every pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# Letters outside Latin (ASCII) and Cyrillic (U+0400-U+04FF) that Python's regular
# expressions match, ignoring case, with a letter inside them. The unit test rebuilds
# this from the running Python's engine.
# (İ ı ſ, old Cyrillic в д о с т т ъ ѣ, the Kelvin sign)
UNSURE = "\u0130\u0131\u017f\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u212a"
_UNSURE = re.compile(f"[{UNSURE}]")
_LETTER = re.compile(r"[a-z0-9\u0400-\u04ff]")  # what a keyword is made of (lower case)
MAX_COMPILED = 256  # expressions kept per set of patterns (one per set of patterns chosen)

Needs = frozenset[str] | None  # some of these words occur in every match; None: no such set


class Keywords:
    """The words each of a list of patterns needs, and the expressions of those chosen."""

    def __init__(self, patterns: tuple[tuple[str, ...], ...]) -> None:
        """``patterns``: each pattern as its alternatives (joined with ``|``)."""
        self._joined = tuple("|".join(alternatives) for alternatives in patterns)
        self.needs: tuple[Needs, ...] = tuple(pattern_needs(p) for p in patterns)
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def possible(self, text: str) -> tuple[int, ...] | None:
        """The indexes of the patterns that may match somewhere in ``text`` (in order);
        None when the text holds a letter the check cannot vouch for."""
        if _UNSURE.search(text):
            return None
        lowered = text.lower()
        return tuple(
            i
            for i, needs in enumerate(self.needs)
            if needs is None or any(word in lowered for word in needs)
        )

    def regex(
        self,
        chosen: tuple[int, ...],
        compile_chosen: Callable[[tuple[tuple[int, str], ...]], re.Pattern[str]],
    ) -> re.Pattern[str]:
        """The expression of the chosen patterns, built by ``compile_chosen`` from
        (index, joined alternatives) pairs and kept for the next text that needs it."""
        regex = self._compiled.get(chosen)
        if regex is None:
            if len(self._compiled) >= MAX_COMPILED:
                self._compiled.clear()
            regex = compile_chosen(tuple((i, self._joined[i]) for i in chosen))
            self._compiled[chosen] = regex
        return regex


def pattern_needs(alternatives: tuple[str, ...]) -> Needs:
    """Words of which every match of any of the alternatives contains one (lower case)."""
    words: set[str] = set()
    for alternative in alternatives:
        try:  # the engine's own parser (not a public API): if it changes, always tried
            from re import _constants, _parser  # type: ignore[attr-defined]

            needs = _sequence(list(_parser.parse(alternative)), _constants)
        except Exception:
            return None
        if needs is None:
            return None
        words |= needs
    return frozenset(words) if words else None


def _sequence(items: list[tuple[Any, Any]], c: Any) -> set[str] | None:
    """The best set of needed words of a sequence: one of its runs of literal letters, or
    what a group, a branch or a repeated part in it needs; None when there is none.
    ``c``: the engine's opcode constants."""
    choices: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            choices.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            char = chr(av).lower()
            if len(char) == 1 and _LETTER.fullmatch(char):
                run.append(char)
                continue
            flush()
        elif op is c.SUBPATTERN:
            flush()
            inner = _sequence(list(av[-1]), c)
            if inner:
                choices.append(inner)
        elif op is c.BRANCH:
            flush()
            union: set[str] = set()
            for branch in av[1]:
                inner = _sequence(list(branch), c)
                if not inner:
                    union.clear()
                    break
                union |= inner
            if union:
                choices.append(union)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            flush()
            inner = _sequence(list(av[2]), c)
            if inner:
                choices.append(inner)
        else:
            flush()
    flush()
    if not choices:
        return None
    # the rarest choice: the one whose shortest word is longest, then the fewest words
    return max(choices, key=lambda words: (min(map(len, words)), -len(words)))
