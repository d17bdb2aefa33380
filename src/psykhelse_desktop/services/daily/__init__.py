"""Daily work: the journal and its search, decisions, requests, low-threshold help, the radar."""
