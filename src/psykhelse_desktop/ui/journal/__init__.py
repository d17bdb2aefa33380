"""The contact journal of a service user: the list, the editor, addenda, extract and search."""
