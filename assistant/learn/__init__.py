"""Training the answer selector: data builders and the one-command trainer."""
