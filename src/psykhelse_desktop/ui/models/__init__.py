"""Qt item models that hold ids and fetch plain rows from the services lazily."""
