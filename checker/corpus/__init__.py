"""The corpus: reading article files into :class:`checker.model.Article` sources.

``CorpusReader`` (one source at a time) and ``load_corpus`` (all at once) find and decodes the files, hands each to the loader registered for
its suffix (the built-in ones live in :mod:`checker.corpus.loaders`), applies
``corpus.yaml`` manifests and detects missing languages.
"""

from __future__ import annotations

from .base import ArticleLoader, CorpusLoad, LoadOptions
from .collect import CorpusReader, FileJob, JobQueue, load_corpus, load_job

__all__ = ["ArticleLoader", "CorpusLoad", "CorpusReader", "FileJob", "JobQueue", "LoadOptions", "load_corpus", "load_job"]
