"""Table-driven tests of the normaliser on plain text: every kind of expression the issue lists.

Each row is a sentence, its publication date and *every* expression expected in it, as
(span text, TIMEX3 type, value), so a row fails on a wrong value, a wrong span and an extra
expression alike. Tense here comes from cue words; the stage tests cover the parse.
"""

from __future__ import annotations

import pytest

from detente.times.normaliser import normalise

Row = tuple[str, str | None, list[tuple[str, str, str | None]]]

WEEKDAYS: list[Row] = [
    # 2025-03-06 is a Thursday: the most recent one on or before is the day itself.
    ("The envoys met on Thursday.", "2025-03-06", [("Thursday", "DATE", "2025-03-06")]),
    ("The envoys met on Monday.", "2025-03-06", [("Monday", "DATE", "2025-03-03")]),
    ("The envoys will meet on Monday.", "2025-03-06", [("Monday", "DATE", "2025-03-10")]),
    ("Voting ends next Tuesday.", "2025-03-06", [("next Tuesday", "DATE", "2025-03-11")]),
    ("The blast came last Thursday.", "2025-03-06", [("last Thursday", "DATE", "2025-02-27")]),
    (
        "Crowds gathered on Saturday night.",
        "2025-03-06",
        [("Saturday night", "TIME", "2025-03-01TNI")],
    ),
]

RELATIVE: list[Row] = [
    ("Talks stalled last week.", "2025-03-04", [("last week", "DATE", "2025-W09")]),
    ("Talks resume next week.", "2025-03-04", [("next week", "DATE", "2025-W11")]),
    ("Exports fell last month.", "2025-03-04", [("last month", "DATE", "2025-02")]),
    ("A vote is due next month.", "2025-03-04", [("next month", "DATE", "2025-04")]),
    ("Turnout rose this year.", "2025-03-04", [("this year", "DATE", "2025")]),
    ("The party split last year.", "2025-01-10", [("last year", "DATE", "2024")]),
    (
        "Fighting flared earlier this month.",
        "2025-03-20",
        [("earlier this month", "DATE", "2025-03")],
    ),
    ("A summit follows later this month.", "2025-03-20", [("later this month", "DATE", "2025-03")]),
    ("The rebels struck yesterday.", "2025-03-01", [("yesterday", "DATE", "2025-02-28")]),
    ("The court rules today.", "2025-03-01", [("today", "DATE", "2025-03-01")]),
    ("Sirens sounded this morning.", "2025-03-01", [("this morning", "TIME", "2025-03-01TMO")]),
    ("Shelling went on over the weekend.", "2025-03-05", [("the weekend", "DATE", "2025-W09-WE")]),
    ("Polls open this weekend.", "2025-03-05", [("this weekend", "DATE", "2025-W10-WE")]),
    ("Profits fell in the last quarter.", "2025-05-02", [("the last quarter", "DATE", "2025-Q1")]),
    ("The junta seized power two years ago.", "2025-03-04", [("two years ago", "DATE", "2023")]),
    ("He resigned three days ago.", "2025-03-04", [("three days ago", "DATE", "2025-03-01")]),
    ("It began at the end of the year.", "2024-11-04", [("the end of the year", "DATE", "2024")]),
]

YEARLESS: list[Row] = [
    ("Shelling has gone on since January.", "2025-11-02", [("January", "DATE", "2025-01")]),
    ("No rain has fallen since December.", "2025-01-20", [("December", "DATE", "2024-12")]),
    (
        "The march began on June 16th of last year.",
        "2025-03-04",
        [("June 16th of last year", "DATE", "2024-06-16")],
    ),
    ("The ceasefire collapsed on June 18.", "2025-07-02", [("June 18", "DATE", "2025-06-18")]),
    (
        "Delegates will gather on 11 December.",
        "2025-07-02",
        [("11 December", "DATE", "2025-12-11")],
    ),
    (
        "The treaty was signed on 11 December.",
        "2025-07-02",
        [("11 December", "DATE", "2024-12-11")],
    ),
    ("Protests began in October.", "2025-11-24", [("October", "DATE", "2025-10")]),
    ("Elections were held in November.", "2025-02-10", [("November", "DATE", "2024-11")]),
    ("The strike started in early March.", "2025-03-20", [("early March", "DATE", "2025-03")]),
    ("The strike started in mid-March.", None, [("mid-March", "DATE", "XXXX-03")]),
    ("The talks ended late Friday.", "2025-03-04", [("late Friday", "DATE", "2025-02-28")]),
    (
        "The army will withdraw in January next year.",
        "2025-10-01",
        [("January next year", "DATE", "2026-01")],
    ),
    (
        "On the 16th of May the border reopened.",
        "2025-06-01",
        [("the 16th of May", "DATE", "2025-05-16")],
    ),
]

ABSOLUTE: list[Row] = [
    (
        "The accord dates from April 28, 2003.",
        "2025-03-04",
        [("April 28, 2003", "DATE", "2003-04-28")],
    ),
    ("It was signed on 28 April 2003.", "2025-03-04", [("28 April 2003", "DATE", "2003-04-28")]),
    ("It lapsed in May 2008.", "2025-03-04", [("May 2008", "DATE", "2008-05")]),
    (
        "Envoys met on Tuesday, January 14, 2020.",
        "2025-03-04",
        [("Tuesday, January 14, 2020", "DATE", "2020-01-14")],
    ),
    ("The memo is dated 7/8/07.", "2025-03-04", [("7/8/07", "DATE", "2007-07-08")]),
    ("The file is stamped 2019-11-05.", "2025-03-04", [("2019-11-05", "DATE", "2019-11-05")]),
    ("The regime fell in 1989.", "2025-03-04", [("1989", "DATE", "1989")]),
    ("The 2019 push for reform failed.", "2025-03-04", [("2019", "DATE", "2019")]),
    ("The dam was built in the 1990s.", "2025-03-04", [("the 1990s", "DATE", "199")]),
    ("Sales slumped in the late 1980's.", "2025-03-04", [("the late 1980's", "DATE", "198")]),
    (
        "Borders shifted in the early nineties.",
        "2025-03-04",
        [("the early nineties", "DATE", "199")],
    ),
    ("Empires fell in the 20th century.", "2025-03-04", [("the 20th century", "DATE", "19")]),
    ("Output rose in early 2009.", "2025-03-04", [("early 2009", "DATE", "2009")]),
    ("A hearing is set for mid-2026.", "2025-03-04", [("mid-2026", "DATE", "2026")]),
]

SEASONS_AND_QUARTERS: list[Row] = [
    ("Troops leave this summer.", "2025-03-04", [("this summer", "DATE", "2025-SU")]),
    ("Talks broke down last winter.", "2025-03-04", [("last winter", "DATE", "2024-WI")]),
    (
        "The offensive began in the autumn of 2022.",
        "2025-03-04",
        [("the autumn of 2022", "DATE", "2022-FA")],
    ),
    ("Growth slowed in Q3 2024.", "2025-03-04", [("Q3 2024", "DATE", "2024-Q3")]),
    (
        "Debt rose in the second quarter of 2023.",
        "2025-03-04",
        [("the second quarter of 2023", "DATE", "2023-Q2")],
    ),
    (
        "Sales rose in the first half of 2022.",
        "2025-03-04",
        [("the first half of 2022", "DATE", "2022-H1")],
    ),
    ("Fiscal 2024 ended badly.", "2025-03-04", [("Fiscal 2024", "DATE", "FY2024")]),
]

RANGES: list[Row] = [
    (
        "He governed from 2017 until 2021.",
        "2025-03-04",
        [("from 2017 until 2021", "DATE", "2017/2021")],
    ),
    ("The war lasted 1950 to 1953.", "2025-03-04", [("1950 to 1953", "DATE", "1950/1953")]),
    (
        "Rains fall between May and July.",
        "2025-03-04",
        [("between May and July", "DATE", "2025-05/2025-07")],
    ),
    ("The summit runs March 3-5.", "2025-02-20", [("March 3-5", "DATE", "2025-03-03/2025-03-05")]),
    ("The 2010-11 season was cut short.", "2025-03-04", [("2010-11", "DATE", "2010/2011")]),
]

DURATIONS: list[Row] = [
    (
        "He served 27 years and three months.",
        "2025-03-04",
        [("27 years and three months", "DURATION", "P27Y3M")],
    ),
    ("The truce collapsed within hours.", "2025-03-04", [("within hours", "DURATION", "PTXH")]),
    ("After months of talks they signed.", "2025-03-04", [("months", "DURATION", "PXM")]),
    ("He may stay for five more years.", "2025-03-04", [("five more years", "DURATION", "P5Y")]),
    (
        "Aid is promised for the coming weeks.",
        "2025-03-04",
        [("the coming weeks", "DURATION", "PXW")],
    ),
    ("The siege lasted three years.", "2025-03-04", [("three years", "DURATION", "P3Y")]),
    ("He served 18 months in prison.", "2025-03-04", [("18 months", "DURATION", "P18M")]),
    ("The 27-year lease was signed.", "2025-03-04", [("27-year", "DURATION", "P27Y")]),
    ("The flight took twelve hours.", "2025-03-04", [("twelve hours", "DURATION", "PT12H")]),
    (
        "Talks took two and a half years.",
        "2025-03-04",
        [("two and a half years", "DURATION", "P2.5Y")],
    ),
    ("The truce held for several days.", "2025-03-04", [("several days", "DURATION", "PXD")]),
    ("Reform may take a few years.", "2025-03-04", [("a few years", "DURATION", "PXY")]),
    (
        "Prices doubled over the past decade.",
        "2025-03-04",
        [("the past decade", "DURATION", "P10Y")],
    ),
    (
        "Cuts are planned over the next four years.",
        "2025-03-04",
        [("the next four years", "DURATION", "P4Y")],
    ),
    ("The feud has run for decades.", "2025-03-04", [("decades", "DURATION", "PXY")]),
]

SETS: list[Row] = [
    ("Guards patrol every evening.", "2025-03-04", [("every evening", "SET", "P1D")]),
    ("Guards earn $12-an-hour.", "2025-03-04", [("an-hour", "SET", "PT1H")]),
    ("They earn $12 an hour in the north.", "2025-03-04", [("an hour", "SET", "PT1H")]),
    ("The council meets every year.", "2025-03-04", [("every year", "SET", "P1Y")]),
    ("Inspectors visit twice a month.", "2025-03-04", [("twice a month", "SET", "P1M")]),
    ("The plant builds 40 a year.", "2025-03-04", [("a year", "SET", "P1Y")]),
    ("Rations are handed out daily.", "2025-03-04", [("daily", "SET", "P1D")]),
    ("Protesters gather every Friday.", "2025-03-04", [("every Friday", "SET", "XXXX-WXX-5")]),
    ("Elections come every four years.", "2025-03-04", [("every four years", "SET", "P4Y")]),
]

REFERENCES: list[Row] = [
    ("The minister is now in Cairo.", "2025-03-04", [("now", "DATE", "PRESENT_REF")]),
    ("The border is currently closed.", "2025-03-04", [("currently", "DATE", "PRESENT_REF")]),
    ("Rebels recently seized the port.", "2025-03-04", [("recently", "DATE", "PAST_REF")]),
    ("Such deals failed in the past.", "2025-03-04", [("the past", "DATE", "PAST_REF")]),
    (
        "Talks may resume in the near future.",
        "2025-03-04",
        [("the near future", "DATE", "FUTURE_REF")],
    ),
]

ANCHORED: list[Row] = [
    (
        "The accord was signed on 12 May 2024. Two days later it collapsed.",
        "2025-03-04",
        [("12 May 2024", "DATE", "2024-05-12"), ("Two days later", "DATE", "2024-05-14")],
    ),
    (
        "Fighting began in 2011 and ended three years afterwards.",
        "2025-03-04",
        [("2011", "DATE", "2011"), ("three years afterwards", "DATE", "2014")],
    ),
    (
        "He was elected in 2001 and the following year he resigned.",
        "2025-03-04",
        [("2001", "DATE", "2001"), ("the following year", "DATE", "2002")],
    ),
    (
        "Two weeks later the rebels withdrew.",
        "2025-03-04",
        [("Two weeks later", "DATE", "XXXX-WXX")],
    ),
]

EVENTS: list[Row] = [
    # "N units after X" dates the event of its own clause: the date before it, else the day
    # of publication.
    (
        "Talks resumed on Monday, two days after the vote.",
        "2025-03-06",
        [("Monday", "DATE", "2025-03-03"), ("two days after", "DATE", "2025-03-03")],
    ),
    (
        "The army struck two weeks after the coup.",
        "2025-03-06",
        [("two weeks after", "DATE", "2025-03-06")],
    ),
    (
        "He ruled for at most two years before stepping down.",
        "2025-03-06",
        [("two years", "DURATION", "P2Y")],
    ),
]

CLOCK: list[Row] = [
    ("Shelling went on overnight.", "2025-03-06", [("overnight", "TIME", "2025-03-05TNI")]),
    (
        "They struck at dawn on Sunday.",
        "2025-03-06",
        [("dawn", "TIME", "2025-03-02TMO"), ("Sunday", "DATE", "2025-03-02")],
    ),
    (
        "09:15 - Troops entered the city on Tuesday.",
        "2025-03-06",
        [("09:15", "TIME", "2025-03-06T09:15"), ("Tuesday", "DATE", "2025-03-04")],
    ),
    (
        "The vote closed on Tuesday at 18:00 UTC.",
        "2025-03-06",
        [("Tuesday", "DATE", "2025-03-04"), ("18:00 UTC", "TIME", "2025-03-04T18:00Z")],
    ),
    ("Shots rang out at 6:40 p.m.", "2025-03-06", [("6:40 p.m.", "TIME", "2025-03-06T18:40")]),
]

NOT_TIMES: list[Row] = [
    ("A night-time curfew was imposed.", "2025-03-04", []),
    ("Winds reached 170 km per hour.", "2025-03-04", []),
    ("Leave as soon as possible.", "2025-03-04", []),
    ("Aid arrives on a day-to-day basis.", "2025-03-04", []),
    ("May I ask a question?", "2025-03-04", []),
    ("The plant employs 2000 workers.", "2025-03-04", []),
    ("The bill cost $2019 in fees.", "2025-03-04", []),
    ("A second convoy arrived.", "2025-03-04", []),
    ("Turnout was 1.5 times higher.", "2025-03-04", []),
    ("The future of the accord is unclear.", "2025-03-04", []),
]

UNANCHORED: list[Row] = [
    ("The envoys met on Thursday.", None, [("Thursday", "DATE", "XXXX-WXX-4")]),
    ("Talks stalled last week.", None, [("last week", "DATE", "XXXX-WXX")]),
    ("Exports fell last month.", None, [("last month", "DATE", "XXXX-XX")]),
    ("The rebels struck yesterday.", None, [("yesterday", "DATE", "XXXX-XX-XX")]),
    ("The ceasefire collapsed on June 18.", None, [("June 18", "DATE", "XXXX-06-18")]),
    ("The junta seized power two years ago.", None, [("two years ago", "DATE", "XXXX")]),
    ("It was signed on 28 April 2003.", None, [("28 April 2003", "DATE", "2003-04-28")]),
    ("He governed from 2017 until 2021.", None, [("from 2017 until 2021", "DATE", "2017/2021")]),
    ("The siege lasted three years.", None, [("three years", "DURATION", "P3Y")]),
    ("Shots rang out at 6:40 p.m.", None, [("6:40 p.m.", "TIME", "XXXX-XX-XXT18:40")]),
]

TABLE = (
    WEEKDAYS
    + RELATIVE
    + YEARLESS
    + ABSOLUTE
    + SEASONS_AND_QUARTERS
    + RANGES
    + DURATIONS
    + SETS
    + REFERENCES
    + ANCHORED
    + EVENTS
    + CLOCK
    + NOT_TIMES
    + UNANCHORED
)


@pytest.mark.parametrize(("text", "published", "expected"), TABLE, ids=[r[0] for r in TABLE])
def test_normalise(text: str, published: str | None, expected: list[tuple[str, str, str]]) -> None:
    found = normalise(text, published)
    assert [(t.span.text, t.type, t.value) for t in found] == expected
    for t in found:
        assert text[t.span.start : t.span.end] == t.span.text


def test_relative_values_name_their_anchor() -> None:
    found = normalise(
        "It was signed on 12 May 2024. Two days later it collapsed. Yesterday too.", "2025-03-04"
    )
    signed, later, yesterday = found
    assert signed.anchor is None
    assert later.anchor == f"{signed.span.start}:{signed.span.end}"
    assert yesterday.anchor == "published"
