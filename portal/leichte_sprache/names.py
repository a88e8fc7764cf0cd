"""Short names that Leichte-Sprache texts use as names, not as abbreviations to explain.

The rule sources ask to avoid abbreviations or to explain them (Netzwerk Leichte Sprache:
"Verzichten Sie auf Abkürzungen"; Leichte Sprache Baden-Württemberg: "Gibt es Abkürzungen?
Dann werden sie erklärt."; BITV 2.0 Anlage 2 Teil 2 Nr. 1). Several guides make an exception
for short forms that readers know as words or names ("Benutzen Sie nur Abkürzungen, die bekannt
sind. Zum Beispiel: WC und LKW.", leichtlesen.de). Organisations, broadcasters and parties
call themselves by these letters; professionally checked texts name them so ("Der LVR ist …",
"Das sind Nachrichten vom MDR.") and explain what they do, not what the letters stand for.

The list is closed and short on purpose: a name is added only if it is an organisation's own
name or a short form the guides name as known. Everything else must be explained on the page
("Die Abkürzung ist: BTHG", "BTHG heißt: …"), in the glossary (data/glossary.yaml), or written out.
PROFILE.md lists the same names.
"""

from __future__ import annotations

# Public broadcasters (ARD and its Land broadcasters, ZDF, Deutschlandfunk).
BROADCASTERS = frozenset("ARD ZDF NDR MDR WDR SWR BR HR RBB SR DLF".split())
# Federal and Land bodies and social-security bodies in this portal's domain that use the
# letters as their name: Bundesministerium für Arbeit und Soziales, the Integrationsämter'
# federal association, the Landschaftsverbände Rheinland and Westfalen-Lippe, the
# Kommunalverband für Jugend und Soziales Baden-Württemberg, the Deutsche Rentenversicherung.
# The welfare associations that are known by their letters (Arbeiterwohlfahrt, Deutsches Rotes
# Kreuz, Sozialverband VdK, Arbeiter-Samariter-Bund).
ORGANISATIONS = frozenset("BMAS BIH LVR LWL KVJS DRV AWO DRK VdK ASB".split())
# Political parties, as named in news in Leichter Sprache.
PARTIES = frozenset("CDU CSU SPD FDP AfD BSW".split())
# States and unions known by their letters.
STATES = frozenset("EU UN UNO USA DDR".split())
# Short forms that the guides give as known words: leichtlesen.de "WC und LKW"; the Netzwerk's
# rule booklet lists WC, LKW, Dr. and ICE as examples under "Verzichten Sie auf Abkürzungen",
# next to "Fragen Sie Ihre Prüfer und Prüferinnen" (copy with a garbled font, see PROFILE.md).
KNOWN_SHORT_FORMS = frozenset("WC LKW Lkw PKW Pkw ICE Dr.".split())

NAMES: frozenset[str] = BROADCASTERS | ORGANISATIONS | PARTIES | STATES | KNOWN_SHORT_FORMS
