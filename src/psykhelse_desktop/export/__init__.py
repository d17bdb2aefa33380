"""Writers that hand the record's data to other programs: calendar files (.ics)."""
