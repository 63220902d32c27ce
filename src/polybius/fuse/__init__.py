"""Fusion: many documents' reports of one incident become one incident.

Pure functions over model records (no database): `profile_of` and `best_match` decide which stored
incident a new report belongs to, `fuse_reports` builds the merged incident with low/best/high,
a timeline and conflict flags, and `near_duplicates` finds wire copies of a stored document.
"""

from polybius.fuse.match import best_match, score
from polybius.fuse.merge import fuse_reports, tag_evidence
from polybius.fuse.profile import Profile, profile_of

__all__ = ["Profile", "best_match", "fuse_reports", "profile_of", "score", "tag_evidence"]
