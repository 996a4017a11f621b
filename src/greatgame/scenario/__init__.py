"""Scenario files: greatgame YAML, KTAB SMP CSV/XML, Scholz CSV, decide exchange input."""
