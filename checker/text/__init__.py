"""Text handling shared by every extractor and rule type: one normaliser, one fuzzy
matcher, one sentence splitter."""
