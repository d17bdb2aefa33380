"""Figures for the municipal office and the ledger of files that left the program."""
