"""Evidence spans shown in their source text, so a reader can check every value against the article."""

from __future__ import annotations

from rich.markup import escape

from polybius.model import Evidence, Incident

CONTEXT = 60


def incident_evidence(incident: Incident) -> list[tuple[str, Evidence]]:
    """Every (field, evidence span) of an incident, in text order."""
    pairs: list[tuple[str, Evidence]] = []
    for name in ("date", "location", "perpetrator_count"):
        part = getattr(incident, name)
        if part is not None:
            pairs += [(name, e) for e in part.evidence]
    for name in ("event_types", "weapons", "perpetrators", "targets", "victims", "figures", "statements"):
        for item in getattr(incident, name):
            label = getattr(item, "value", None) or getattr(item, "type", None) or getattr(item, "name", "")
            if name == "figures":
                label = f"{item.kind} {item.value} ({item.status})"
            pairs += [(f"{name}: {label}", e) for e in item.evidence]
    return sorted(pairs, key=lambda p: p[1].start)


def evidence_lines(incident: Incident, text: str, document_id: str | None = None) -> list[str]:
    """Rich-markup lines: each field with its span highlighted in a window of the source text.

    With `document_id`, only spans of that document (a fused incident cites many).
    """
    lines = []
    for field, ev in incident_evidence(incident):
        if document_id is not None and ev.document_id not in (None, document_id):
            continue
        if text[ev.start : ev.end] != ev.text:
            lines.append(f"  [red]{escape(field)}: evidence does not match the text[/red]")
            continue
        left = text[max(0, ev.start - CONTEXT) : ev.start].replace("\n", " ")
        right = text[ev.end : ev.end + CONTEXT].replace("\n", " ")
        lines.append(f"  [cyan]{escape(field)}[/cyan]: …{escape(left)}[bold yellow]{escape(ev.text)}"
                     f"[/bold yellow]{escape(right)}…")
    return lines
