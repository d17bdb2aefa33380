"""The person's rights in the window: who has seen the record, and the copy for innsyn."""
