"""The lexicon's long tail: each class of trigger words added from a PLOVER category definition
(or a CAMEO verb category) codes an event of that category in a sentence written for detente.
One word of each class is enough to show the rows load, match and keep their type."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.model import Document
from tests.events.conftest import described

CASES = [
    # ACCUSE 'disapprove': "express disapprovals ... condemn, decry ... criticize".
    ("Peru castigated Chile over the fishing quotas.", ["Peru", "Chile"], "castigated", "ACCUSE"),
    ("Ghana lamented the decision by Togo.", ["Ghana", "Togo"], "lamented", "ACCUSE"),
    ("Opposition deputies heckled the premier.", ["premier"], "heckled", "ACCUSE"),
    (
        "Canada expressed deep disappointment with India.",
        ["Canada", "India"],
        "disappointment",
        "ACCUSE",
    ),
    # ACCUSE 'investigate': a summons to testify opens an inquiry into the recipient.
    ("The Senate subpoenaed the governor.", ["Senate", "governor"], "subpoenaed", "ACCUSE"),
    # SANCTION: punishing a party reduces relations with it.
    ("The commission penalised Hungary.", ["commission", "Hungary"], "penalised", "SANCTION"),
    # MOBILIZE 'troops': "all military or police moves that fall short of the actual use of force".
    ("Armenia moved troops to the border.", ["Armenia"], "moved", "MOBILIZE"),
    (
        "Russian tanks were moving toward Kyiv.",
        ["Russian tanks=Russia", "Kyiv"],
        "moving",
        "MOBILIZE",
    ),
    ("Rwandan troops entered Goma.", ["Rwandan troops=Rwanda", "Goma"], "entered", "MOBILIZE"),
    ("Serbia amassed soldiers near Kosovo.", ["Serbia", "Kosovo"], "amassed", "MOBILIZE"),
    ("Estonia beefed up its border garrison.", ["Estonia"], "beefed", "MOBILIZE"),
    ("Pakistan redeployed two brigades.", ["Pakistan"], "redeployed", "MOBILIZE"),
    ("Turkey sent reinforcements to Idlib.", ["Turkey", "Idlib"], "reinforcements", "MOBILIZE"),
    # ASSAULT: uses of force, aimed at people and places.
    ("Militants targeted a hospital in Mosul.", ["Militants", "Mosul"], "targeted", "ASSAULT"),
    ("Jets strafed the convoy.", ["Jets"], "strafed", "ASSAULT"),
    ("The insurgents beheaded a police officer.", ["insurgents"], "beheaded", "ASSAULT"),
    ("A barrage of Hamas rockets hit Sderot.", ["Hamas", "Sderot"], "barrage", "ASSAULT"),
    (
        "A shootout between police and smugglers left five dead.",
        ["police", "smugglers"],
        "shootout",
        "ASSAULT",
    ),
    # AID 'humanitarian': emergency assistance, however it travels.
    ("Qatar shipped medicine to Gaza.", ["Qatar", "Gaza"], "shipped", "AID"),
    ("Jordan airdropped food to Gaza.", ["Jordan", "Gaza"], "airdropped", "AID"),
    # RETREAT 'withdraw': pulling forces back.
    ("The army announced a pullback from the ridge.", ["army"], "pullback", "RETREAT"),
    # SUPPORT 'praise': public approval of the recipient.
    ("Chile lauded Argentina for the border deal.", ["Chile", "Argentina"], "lauded", "SUPPORT"),
    # AID 'military': "military and police assistance including arms and personnel".
    ("Britain trained Ukrainian soldiers.", ["Britain", "Ukrainian=Ukraine"], "trained", "AID"),
    # RETREAT 'release': "the actual release or exchange of prisoners".
    ("Armenia and Azerbaijan swapped prisoners.", ["Armenia", "Azerbaijan"], "swapped", "RETREAT"),
    # REQUEST: appeals; REJECT: refusals of an approach.
    ("Sudan pleaded for food aid.", ["Sudan"], "pleaded", "REQUEST"),
    ("Beijing snubbed the invitation from Manila.", ["Beijing", "Manila"], "snubbed", "REJECT"),
    # COERCE: seizure of property, imprisonment, censorship.
    ("Bolivia nationalised the gas fields and mines.", ["Bolivia"], "nationalised", "COERCE"),
    ("The regime incarcerated three bloggers.", ["regime"], "incarcerated", "COERCE"),
    ("The junta muzzled the press.", ["junta"], "muzzled", "COERCE"),
    # ASSAULT 'repression': "use violent repression".
    ("Police quelled the riots in Dhaka.", ["Police", "Dhaka"], "quelled", "ASSAULT"),
    # CONCEDE: easing restrictions, acquittals and pardons, yielding to pressure.
    ("Kenya rescinded the curfew in Mombasa.", ["Kenya", "Mombasa"], "rescinded", "CONCEDE"),
    ("Parliament repealed the protest ban.", ["Parliament"], "repealed", "CONCEDE"),
    ("The junta scrapped the restrictions on rallies.", ["junta"], "scrapped", "CONCEDE"),
    ("A court overturned the conviction of the activist.", ["court"], "overturned", "CONCEDE"),
    ("The tribunal exonerated the general.", ["tribunal", "general"], "exonerated", "CONCEDE"),
    ("The minister caved in to the strikers.", ["minister", "strikers"], "caved", "CONCEDE"),
    ("The cabinet climbed down over fuel prices.", ["cabinet"], "climbed", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "actors", "trigger", "type_"), CASES)
def test_added_trigger_codes_its_category(
    code: Callable[..., Document], text: str, actors: list[str], trigger: str, type_: str
) -> None:
    doc = code(text, actors=actors)
    events = [described(doc, e) for e in doc.events]
    assert any(e["type"] == type_ and trigger in e["trigger"] for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The ministry set a target for growth.",
        "A barrage of criticism followed the vote.",
        "The crowd was moving slowly home.",
    ],
)
def test_a_constrained_word_outside_its_sense_codes_nothing(
    code: Callable[..., Document], text: str
) -> None:
    assert code(text).events == []
