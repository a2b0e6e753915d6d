"""Per-article extraction, done once per article and shared by every rule: tokens,
sentences, paragraphs, phrase hits, dates, numbers and names."""
