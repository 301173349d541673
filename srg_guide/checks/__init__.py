"""Bestandscontrole: check an SRG delivery file before it goes to CBS. No textual here."""
