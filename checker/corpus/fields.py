"""Article metadata as files state it: the same coercion for front matter, JSON records,
HTML head tags and ``corpus.yaml``, so ``published: 2023-09-14`` means one thing everywhere.
"""

from __future__ import annotations

import datetime as dt
import re
import reprlib
import sys
from typing import Any

import yaml

from ..model import Article
from ..yamlsafe import only_true_and_false

# The metadata a file or the manifest may state about an article.
METADATA_FIELDS = ("language", "published", "outlet", "url")

_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


class MetadataLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML for metadata (libyaml's parser where PyYAML has it: a manifest may list
    tens of thousands of files), except that a scalar shaped like a date but not a real one
    (``2023-13-45``) stays a string: it is then reported as a bad date at its place
    instead of escaping YAML's constructor as a bare ``ValueError``."""

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


MetadataLoader.add_constructor("tag:yaml.org,2002:timestamp", MetadataLoader.construct_yaml_timestamp)
only_true_and_false(MetadataLoader)  # "language: no" is Norwegian


def parse_date(value: Any) -> dt.date:
    """A date from a YAML date, a datetime or an ISO 8601 string; datetimes reduce to the
    date as written (its own time zone), since publication dates are compared by day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
            try:
                parsed = parse(text)
            except ValueError:
                continue
            return parsed.date() if isinstance(parsed, dt.datetime) else parsed
    raise ValueError(f"{reprlib.repr(value)} is not a date (write YYYY-MM-DD)")


def normalise_language(value: Any) -> str:
    """The primary language subtag, lower case: ``hr-HR`` and ``sr_Latn`` become ``hr``
    and ``sr``, the form rule scopes and CLDR lookups use."""
    if isinstance(value, str):
        match = _LANGUAGE_TAG.fullmatch(value.strip())
        if match:
            return sys.intern(match.group(1).lower())  # one string per language, however many articles
    raise ValueError(f"{reprlib.repr(value)} is not a language code (such as hr, ro, en-GB)")


def language_locale(value: Any) -> str | None:
    """The whole language tag in CLDR's form when it states more than the language, a
    region or a script (``zh-TW``, ``zh-Hant``, ``en-ZA`` become ``zh_TW``, ``zh_Hant``,
    ``en_ZA``): what a figure's local currency is read by ("元" in Taipei's news is the
    Taiwan dollar). None for a bare language or a value that is no tag."""
    if not isinstance(value, str) or not _LANGUAGE_TAG.fullmatch(value.strip()):
        return None
    parts = re.split("[-_]", value.strip())
    if len(parts) < 2:
        return None
    return "_".join([parts[0].lower(), *(p.upper() if len(p) == 2 else p.title() for p in parts[1:])])


def coerce_field(name: str, value: Any) -> Any:
    """Check and convert one metadata value (``title`` or a :data:`METADATA_FIELDS` name).

    Raises :class:`ValueError` with a message fit for the user.
    """
    if name == "published":
        return parse_date(value)
    if name == "language":
        return normalise_language(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)  # ``title: 1984`` is a title, not a number
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise ValueError(f"{reprlib.repr(value)} is not a non-empty string")


def fill_missing(article: Article, values: dict[str, Any]) -> None:
    """Set each already coerced metadata value the article does not state itself:
    what a file says about itself wins over what is said about it from outside. The
    whole language tag, kept as ``locale`` beside the language, goes with it."""
    for name, value in values.items():
        if name == "locale":
            continue
        if getattr(article, name) is None:
            setattr(article, name, value)
            if name == "language" and values.get("locale"):
                article.meta["locale"] = values["locale"]
