"""Key facts of a text for the key-fact recall measure (see eval/README.md, "Key-fact recall").

A key fact is one of:

- number:  a numeric token, normalised: "1,000" -> "1000", "$29.3bn" -> "29.3", "3.50" -> "3.5",
           "2005" -> "2005" (years are numbers too). A token glued to a preceding letter ("G20",
           "mp3") is not a number.
- percent: a number followed by "%", "percent", "per cent" or "percentage point(s)":
           "17%", "17 per cent" -> "17%".
- month:   a capitalised month name, "January" … "December" -> "month:1" … "month:12";
           the abbreviations (Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec) and
           "May" count only next to a number ("Jan. 5", "5 May", "May 2005"), as they are also
           names and words.
- weekday: a capitalised weekday name, "Monday" … "Sunday" -> "weekday:monday" ….

The facts of a text are a set: a fact said twice counts once. A percentage also supplies its bare
number, so a reference's "17" is found in a summary's "17%" (not the other way round).

>>> sorted(facts("Profits jumped 76% to $1.13bn (£600m) in December 2004, from $639m."))
['1.13', '2004', '600', '639', '76%', 'month:12']
>>> sorted(facts("Sales rose 2 per cent to 1,000 units on Monday, May 5; G20 said no."))
['1000', '2%', '5', 'month:5', 'weekday:monday']
>>> sorted(facts("Jan Smith may leave in March.")) == ['month:3']
True
>>> sorted(summary_facts("Up 17 percent."))
['17', '17%']
"""

import re

MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7,
    "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

# A number not glued to a preceding word character or decimal point; thousands groups with
# commas; an optional decimal part; then an optional percent marker.
NUMBER = re.compile(
    r"(?<![\w.,])(?<!\d[.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d,]*\d)"
    r"(\s?%|\s?(?:percent|per\s+cent|percentage\s+points?)\b)?",
    re.IGNORECASE,
)
FULL_MONTH = re.compile(r"\b(" + "|".join(m.capitalize() for m in MONTHS if m != "may") + r")\b")
SHORT_MONTH = re.compile(
    r"(?<=\d\s)(May|" + "|".join(ABBREVIATIONS) + r")\b"
    r"|\b(May|" + "|".join(ABBREVIATIONS) + r")\b\.?(?=,?\s*\d)"
)
WEEKDAY = re.compile(r"\b(" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b")

KINDS = ("number", "percent", "month", "weekday")


def normalise_number(integer, fraction):
    """'1,000', None -> '1000'; '3', '50' -> '3.5'; '3', '0' -> '3'; '007' -> '7'."""
    integer = integer.replace(",", "").lstrip("0") or "0"
    fraction = (fraction or "").rstrip("0")
    return f"{integer}.{fraction}" if fraction else integer


def month_number(name):
    return ABBREVIATIONS.get(name) or MONTHS.index(name.lower()) + 1


def facts(text):
    """The set of key facts of `text`, as normalised strings."""
    found = set()
    for match in NUMBER.finditer(text):
        number = normalise_number(match.group(1), match.group(2))
        found.add(number + "%" if match.group(3) else number)
    for match in FULL_MONTH.finditer(text):
        found.add(f"month:{month_number(match.group(1))}")
    for match in SHORT_MONTH.finditer(text):
        found.add(f"month:{month_number(match.group(1) or match.group(2))}")
    for match in WEEKDAY.finditer(text):
        found.add(f"weekday:{match.group(1).lower()}")
    return found


def summary_facts(text):
    """The facts a summary offers for matching: its facts, plus the bare number of each
    percentage."""
    found = facts(text)
    found |= {f[:-1] for f in found if f.endswith("%")}
    return found


def kind(fact):
    """'number', 'percent', 'month' or 'weekday'."""
    if fact.endswith("%"):
        return "percent"
    if ":" in fact:
        return fact.split(":", 1)[0]
    return "number"


if __name__ == "__main__":
    import doctest

    raise SystemExit(doctest.testmod().failed)
