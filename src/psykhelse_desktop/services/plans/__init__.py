"""Individual plans: revisions, coordinators, snapshots, what changed."""
