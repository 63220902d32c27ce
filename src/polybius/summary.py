"""Readable one-screen summaries of incidents, shared by the CLI and `make run`."""

from __future__ import annotations

from polybius.model import DocumentRecord, Incident


def _place(incident: Incident) -> str:
    loc = incident.location
    parts = [p for p in (loc.facility, loc.name, loc.admin1, loc.country_code) if p]
    return ", ".join(dict.fromkeys(parts)) or "place unknown"


def _totals(incident: Incident) -> str:
    parts = []
    for kind in ("killed", "injured", "hospitalized", "hostages", "arrested"):
        rng = incident.totals.get(kind)
        if rng is not None and rng.best is not None:
            span = f" ({rng.low}-{rng.high})" if rng.high not in (None, rng.low) else ""
            parts.append(f"{kind} {rng.best}{span}")
    return ", ".join(parts) or "no casualty figures"


def incident_lines(incident: Incident) -> list[str]:
    """A few lines: when, where, what, who, how many, and what was said."""
    date = incident.date.value or "date unknown"
    kinds = ", ".join(e.value for e in incident.event_types) or "attack"
    lines = [f"{date}  {_place(incident)}  [{kinds}]", f"  {_totals(incident)}"]
    if incident.perpetrators:
        who = ", ".join(p.name + (" (claimed)" if p.claimed else " (suspected)" if p.suspected else "")
                        for p in incident.perpetrators)
        lines.append(f"  perpetrators: {who}")
    if incident.weapons:
        lines.append("  weapons: " + ", ".join(w.type for w in incident.weapons))
    for s in incident.statements:
        target = f" -> {s.target}" if s.target else ""
        hedge = " (hedged)" if s.hedged else ""
        lines.append(f"  {s.type}: {s.speaker or '?'}{target}{hedge}")
    for c in incident.conflicts:
        lines.append(f"  conflict ({c.field}): {c.detail}")
    return lines


def history_lines(incident: Incident) -> list[str]:
    """The sources in publication order and each figure's timeline: what a fact-checker reads."""
    lines = ["sources:"]
    for s in incident.sources:
        when = s.published.isoformat() if s.published else "undated"
        copy = f" (copy of {s.duplicate_of[:12]})" if s.duplicate_of else ""
        lines.append(f"  {when}  {s.source or '-'}  {s.url or s.document_id[:12]}{copy}")
    if incident.timeline:
        lines.append("timeline:")
    for p in incident.timeline:
        when = p.as_of.isoformat() if p.as_of else "undated"
        qualifier = "" if p.qualifier == "exact" else f" ({p.qualifier})"
        lines.append(f"  {when}  {p.kind} {p.value}{qualifier}  {p.status}  {p.source or p.document_id[:12]}")
    return lines


def record_summary(record: DocumentRecord) -> str:
    """The summary of one document's record."""
    doc = record.document
    head = doc.title or doc.url or doc.id[:12]
    if not record.incidents:
        return f"{head}: no incident reported"
    lines = [f"{head}: {len(record.incidents)} incident(s)"]
    for incident in record.incidents:
        lines += incident_lines(incident)
    return "\n".join(lines)
