"""The responsibility-group tab (ansvarsgruppe): members, meetings and their dialogs."""
