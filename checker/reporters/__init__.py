"""Built-in report formats, each a plugin on ``factcheck_register_reporters``."""
