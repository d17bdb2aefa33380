"""The individual plan's window: the plan page, its dialogs, the evaluation and printing."""
