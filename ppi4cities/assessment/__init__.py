"""Self-assessment questionnaires, scores, recommendations and benchmarks."""
