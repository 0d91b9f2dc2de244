"""The default self-assessment content shipped with the platform, one module per language."""
