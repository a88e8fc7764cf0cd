"""Core: strict YAML loading with line numbers, schema validation, German problems, the shared model, the clock."""
