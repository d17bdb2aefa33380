"""The meeting editor (minutes typed during the meeting), its documents and their preview."""
