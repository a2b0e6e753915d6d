"""The corpus: reading article files into :class:`checker.model.Article` sources.

``load_corpus`` finds and decodes the files, hands each to the loader registered for
its suffix (the built-in ones live in :mod:`checker.corpus.loaders`), applies
``corpus.yaml`` manifests and detects missing languages.
"""

from __future__ import annotations

from .base import ArticleLoader, CorpusLoad, LoadOptions
from .collect import load_corpus

__all__ = ["ArticleLoader", "CorpusLoad", "LoadOptions", "load_corpus"]
