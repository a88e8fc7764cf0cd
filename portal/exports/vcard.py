"""A vCard (RFC 6350, version 4.0) per provider, so that readers can save the contact."""

from __future__ import annotations

import re
from typing import Any

from portal.rendering.render import plain, safe_url, tel_href


def _escape(value: Any) -> str:
    """Text value escaping of RFC 6350 section 3.4."""
    return plain(value).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (section 3.2)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def provider_vcard(record: dict[str, Any], page_url: str | None = None) -> bytes:
    """The provider as a vCard of kind "org"."""
    lines = ["BEGIN:VCARD", "VERSION:4.0", "KIND:org", f"FN:{_escape(record['name'])}", f"ORG:{_escape(record['name'])}"]
    address = record.get("address") or {}
    if address:
        parts = ["", "", _escape(address.get("street", "")), _escape(address.get("town", "")), _escape(record.get("land", "")), _escape(address.get("postal_code", "")), "Deutschland"]
        lines.append("ADR;TYPE=work:" + ";".join(parts))
    contact = record.get("contact") or {}
    if contact.get("phone") and tel_href(contact["phone"]):
        lines.append(f"TEL;VALUE=uri;TYPE=work,voice:{tel_href(contact['phone'])}")
    if contact.get("email"):
        lines.append(f"EMAIL;TYPE=work:{_escape(contact['email'])}")
    if safe_url(contact.get("website", "")):
        lines.append(f"URL:{safe_url(contact['website'])}")
    geo = record.get("geo")
    if geo:
        lines.append(f"GEO:geo:{geo['lat']},{geo['lon']}")
    if record.get("description"):
        lines.append(f"NOTE:{_escape(record['description'])}")
    if page_url:
        lines.append(f"SOURCE:{page_url}")
    lines.append(f"REV:{re.sub(r'-', '', str(record['checked']))}")
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(line) for line in lines) + "\r\n").encode("utf-8")
