"""Dialogs: unlock, forms for service users, next of kin, address book and record parts."""
