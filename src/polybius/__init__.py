"""polybius: news reports of violent incidents to an evidence-linked incident database."""

__version__ = "0.1.0"
