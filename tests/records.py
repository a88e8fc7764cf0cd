"""One valid record per data schema that uses every field, for tests that break one thing at a time."""

BASE = {
    "providers.schema.json": {
        "providers": [
            {
                "id": "a",
                "name": "N",
                "kind": "Integrationsfachdienst",
                "land": "Hessen",
                "region_served": "R",
                "services": ["Jobcoaching"],
                "address": {"street": "S 1", "postal_code": "35578", "town": "Wetzlar"},
                "kreis": "K",
                "geo": {"lat": 50.5, "lon": 8.5},
                "contact": {"phone": "+49 1234 5678", "email": "a@example.org", "website": "https://example.org/", "contact_form": "https://example.org/kontakt"},
                "online": ["Beratung am Telefon"],
                "accessibility": ["Stufenloser Zugang"],
                "languages": ["Deutsch"],
                "hours": "H",
                "description": "D",
                "description_leichte_sprache": "L",
                "source": {"title": "Q", "url": "https://example.org/"},
                "checked": "2026-01-15",
            }
        ]
    },
    "good-practice.schema.json": {
        "title": "T",
        "summary": "S",
        "kind": "Modellprojekt",
        "perspective": "employer",
        "land": "Hessen",
        "region": "R",
        "period": {"start": "2021-01-01", "end": "2022-01-01"},
        "organisations": ["a"],
        "sector": "I – Gastgewerbe",
        "target_group": ["Werkstatt-Beschäftigte"],
        "what_happened": "W",
        "what_helped": ["H"],
        "obstacles": ["O"],
        "figures": ["reihe"],
        "quotes": [{"text": "Z", "by": "B", "date": "2025-05-01", "consent": True}],
        "title_leichte_sprache": "L",
        "summary_leichte_sprache": "L",
        "sources": [{"title": "Q", "url": "https://example.org/"}, {"title": "P", "seed": "002_df185232e2d71f9b.txt", "note": "N"}],
        "checked": "2026-01-15",
    },
    "event.schema.json": {
        "title": "T",
        "start": "2026-12-01T10:00:00+01:00",
        "end": "2026-12-01T11:00:00+01:00",
        "all_day": False,
        "recurrence": "FREQ=WEEKLY;COUNT=2",
        "format": "Hybrid",
        "place": {"provider": "a", "name": "N", "street": "S", "postal_code": "12345", "town": "T"},
        "online_url": "https://example.org/",
        "organiser": "a",
        "audience": ["Werkstatträte"],
        "accessibility": ["Schriftdolmetschung"],
        "registration": {"url": "https://example.org/anmeldung", "email": "a@example.org", "deadline": "2026-11-20"},
        "description": "D",
        "title_leichte_sprache": "L",
        "summary_leichte_sprache": "L",
        "source": {"title": "Q", "url": "https://example.org/"},
        "checked": "2026-01-15",
    },
}

BASE["statistics.schema.json"] = {
    "title": "T",
    "label": "L",
    "unit": "Personen",
    "programme": "Budget für Arbeit",
    "description": "D",
    "chart": {"id": "reihe", "title": "C"},
    "points": [{"date": "2020-12-31", "value": 1}, {"date": "2021-12-31", "value": 2}],
    "source": {"title": "Q", "url": "https://example.org/", "seed": "002_df185232e2d71f9b.txt", "note": "N"},
    "checked": "2026-01-15",
}
BASE["glossary.schema.json"] = {
    "terms": [
        {
            "id": "wfbm",
            "term": "Werkstatt für behinderte Menschen",
            "abbreviation": "WfbM",
            "variants": ["Werkstatt"],
            "everyday": ["Behindertenwerkstatt"],
            "page": "fuer/werkstatt-beschaeftigte.md",
            "explanation": "E",
            "explanation_leichte_sprache": "L",
            "source": {"title": "Q", "url": "https://example.org/"},
        }
    ]
}
BASE["facts.schema.json"] = {
    "facts": [
        {
            "id": "anteil",
            "value": 75,
            "unit": "Prozent",
            "label": "L",
            "valid_from": "2026-01-01",
            "source": {"title": "Q", "url": "https://example.org/"},
            "checked": "2026-01-15",
        },
        {
            "id": "rueckkehr",
            "label": "L",
            "text": "T",
            "text_leichte_sprache": "E",
            "source": {"title": "Q", "url": "https://example.org/"},
            "checked": "2026-01-15",
        },
    ]
}
