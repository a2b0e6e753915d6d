"""Built-in rule types (the values of ``check:``), each a plugin module."""
