"""The main window's pages: service users with their detail page, and the address book."""
