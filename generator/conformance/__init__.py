"""The conformance kit: cases (spec + scenarios), a recording loopback server and the runner.

See README.md beside this file; ``clientgen conformance --lang L`` runs it.
"""
