"""The record itself: service users, next of kin, GPs, the address book, import."""
