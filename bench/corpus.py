"""Synthetic news for benchmarks, from templates of our own writing (no copied text).

Articles mix the shapes that matter to extraction cost: named actors, reported speech, dates,
numbers and subordinate clauses, at roughly the length of a wire story.
"""

from __future__ import annotations

import random

COUNTRIES = [
    ("Chile", "Santiago", "Chilean"),
    ("Peru", "Lima", "Peruvian"),
    ("Kenya", "Nairobi", "Kenyan"),
    ("Ghana", "Accra", "Ghanaian"),
    ("Norway", "Oslo", "Norwegian"),
    ("Japan", "Tokyo", "Japanese"),
    ("Egypt", "Cairo", "Egyptian"),
    ("Poland", "Warsaw", "Polish"),
    ("Canada", "Ottawa", "Canadian"),
    ("India", "New Delhi", "Indian"),
    ("Brazil", "Brasilia", "Brazilian"),
    ("Turkey", "Ankara", "Turkish"),
    ("Vietnam", "Hanoi", "Vietnamese"),
    ("Mexico", "Mexico City", "Mexican"),
    ("Nigeria", "Abuja", "Nigerian"),
    ("Germany", "Berlin", "German"),
    ("Indonesia", "Jakarta", "Indonesian"),
    ("Morocco", "Rabat", "Moroccan"),
]
PEOPLE = [
    "Maria Lindqvist",
    "Daniel Okafor",
    "Hiroshi Tanaka",
    "Amina Haddad",
    "Pavel Novak",
    "Lucia Ferreira",
    "Samuel Mensah",
    "Ingrid Solberg",
    "Ravi Menon",
    "Elena Cruz",
]
ROLES = ["foreign minister", "defence minister", "prime minister", "trade envoy", "president"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = [
    "fishing rights",
    "a border dispute",
    "grain exports",
    "a rail corridor",
    "refugees",
    "water sharing",
    "a gas pipeline",
    "visa rules",
    "a customs union",
    "port fees",
]

LEADS = [
    "{a} and {b} agreed on {day} to resume talks on {topic}, officials in {ca} said.",
    "The {ademo} {role} met her {bdemo} counterpart in {cb} on {day} to discuss {topic}.",
    "{a} accused {b} of breaking an agreement on {topic}, the latest dispute between them.",
    "{a} sent a delegation to {cb} on {day} after weeks of tension over {topic}.",
    "Thousands of people marched in {ca} on {day} to protest against a deal with {b}.",
]
BODY = [
    '"We want a fair outcome for both peoples," {person}, the {ademo} {role}, told reporters.',
    "{person} said {a} would consider sanctions if {b} did not withdraw the new rules by {month}.",
    "The talks, which began in {year}, collapsed last spring when {b} recalled its ambassador.",
    "Analysts in {cb} said the two governments were under pressure to reach a deal before the "
    "elections in {month}.",
    "According to the {bdemo} news agency, about {n} officials took part in the meetings.",
    "{b} denied the accusation and said it had always respected the terms of the treaty.",
    "The {role} of {b} is expected to visit {ca} next week, a spokesperson confirmed on {day}.",
    "Trade between {a} and {b} fell by {pct} percent last year, according to official figures.",
    "{person} warned that {a} could close its airspace to {bdemo} flights if the talks failed.",
    "Both sides promised to publish a joint statement once the negotiations on {topic} ended.",
    "Police in {ca} said {n} people had been detained after clashes near the {bdemo} embassy.",
    "The United Nations urged {a} and {b} to settle their differences peacefully.",
]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def article(rng: random.Random, sentences: int = 14) -> str:
    (a, ca, ademo), (b, cb, bdemo) = rng.sample(COUNTRIES, 2)
    values = {
        "a": a,
        "b": b,
        "ca": ca,
        "cb": cb,
        "ademo": ademo,
        "bdemo": bdemo,
        "role": rng.choice(ROLES),
        "day": rng.choice(DAYS),
        "topic": rng.choice(TOPICS),
        "person": rng.choice(PEOPLE),
        "month": rng.choice(MONTHS),
        "year": rng.randint(1995, 2024),
        "n": rng.randint(3, 900),
        "pct": rng.randint(2, 40),
    }
    parts = [rng.choice(LEADS)] + [rng.choice(BODY) for _ in range(sentences - 1)]
    return " ".join(p.format(**values) for p in parts)


def articles(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article(rng) for _ in range(count)]
