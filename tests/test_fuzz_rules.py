"""Fuzzed rule files: whatever a rule file holds, ``factcheck run`` either runs it or
ends in exit 2 with one line naming ``file:line:column`` (exit 5 for a file without
rules); never a traceback, never exit 3.

Three generators, each a Hypothesis property run in-process through click's
``CliRunner`` against a copy of the sample project (a full run, so a rule that
collects but breaks the engine is caught too):

* random YAML documents: random data dumped as YAML (rule-shaped and not), random
  YAML-ish text built from the language's punctuation, anchors, tags and directives,
  and random bytes (not UTF-8);
* random mutations of the sample rules (``rules/*.yaml``): keys dropped, unknown and
  misspelt keys, wrong types, odd Unicode, huge values, duplicate ids, reshaped files,
  random tags written into the text.

Budget: the number of examples is fixed and derandomized so that CI is repeatable
and fast. ``FACTCHECK_FUZZ_EXAMPLES=N`` scales every property of the fuzz modules
(``test_fuzz_*.py``) so that the main properties run ``N`` examples where CI runs 100
(``FACTCHECK_FUZZ_EXAMPLES=2000`` is a 20x long run; costlier properties run
proportionally fewer). ``budget()`` below is the one place that turns it into numbers.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from fuzzing import fuzz_settings
from hypothesis import event, given
from hypothesis import strategies as st

from checker.cli import main
from checker.yamlsafe import load_yaml_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_RULES = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "rules").glob("*.yaml"))}
SAMPLE_DATA = {name: yaml.safe_load(text) for name, text in SAMPLE_RULES.items()}
FUZZ_FILE = "rules/fuzz.yaml"
ERROR_LINE = re.compile(r"factcheck: error: (?P<file>[^\n]+?):(?P<line>\d+):(?P<column>\d+): \S")


# -- inputs at the edges -----------------------------------------------------------------
# Integers far beyond float range are fair game: an expected number that large is a
# collection error, never a crash.
INT_LIMIT = 10**1000


# -- strategies ----------------------------------------------------------------------
RULE_KEYS = ("id", "title", "check", "about", "within", "expect", "require", "severity", "tags", "sources",
             "threshold", "xfail", "skip", "examples", "aliases", "alternatives", "contradicted_by", "regex",
             "unit", "units", "tolerance")
FILE_KEYS = ("rules", "defaults", "corpus", "tags")
CHECKS = ("date", "number", "entity", "phrase", "pattern")

# Text a newsroom's rule file may well contain, and text meant to break things.
ODD_TEXT = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40),
    st.sampled_from([
        "", " ", "\t", "\u200b", "\u202e\u202dreversed", "\u0600\u0601", "\ufeff", "\x00", "\x1b[31mred\x1b[0m",
        "Восточный", "Vostočni", "întâlnire", "סדר", "قمة", "会谈", "ครั้ง", "🚀🚀", "e\u0301" * 20, "ǅ", "ß",
        "İstanbul", "\U0010ffff", "a\nb", "---", "...", "*", "&", "!", "%", "@", "`", "|", ">", "?", "- x",
        "null", "~", "yes", "no", "on", "off", "1e400", ".nan", "-.inf", "0x1F", "0o17", "1_000",
        "2023-02-30", "2023-13-01", "--09-13", "2023-09", "{from: 2023-09-13}", ">= 18", "18-24", "<5",
        "(?P<value>\\d+)", "(?P<value>(a+)+$)", "[", "(?P<value>", "\\", "%(x)s", "{0}", "${HOME}",
    ]),
)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-INT_LIMIT, max_value=INT_LIMIT),
    st.floats(allow_nan=True, allow_infinity=True), ODD_TEXT,
    st.dates(min_value=dt.date(1, 1, 1)), st.datetimes(),
)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.one_of(st.sampled_from(RULE_KEYS), ODD_TEXT), children, max_size=4)),
    max_leaves=12,
)
HUGE = st.sampled_from([
    "x" * 30_000, "Восточный " * 3_000, ["cosmodrome"] * 500, list(range(500)), 10**299, -(10**299),
    1.7976931348623157e308, 5e-324, {f"k{i}": i for i in range(300)}, [[[[[[[[[[["deep"]]]]]]]]]]],
])

# Text that looks like YAML: its punctuation, indentation, anchors, aliases, tags and
# directives, with rule words, so that the parser and the schema both get exercised.
YAML_PIECES = st.sampled_from([
    "- ", "  ", "    ", "\n", "\n- ", ": ", ":", ",", "[", "]", "{", "}", "? ", "|", ">", "|-", ">+", "'", '"',
    "#", "# c", "&a ", "*a", "&b ", "*b", "<<: ", "<<: *a", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n",
    "!!python/object/apply:os.system ", "!!python/name:os.system", "!!python/module:os", "!!python/tuple ",
    "!foo ", "!<tag:x> ", "!!str ", "!!binary ", "!!set ", "!!omap ", "!!null ", "\t", "\ufeff", "\u2028",
    "\x85", "\u202e", "\\", "\\u0000", "id", "check", "expect", "about", "rules", "defaults", "tags", "corpus",
    "sources", "paths", "entity", "date", "number", "phrase", "pattern", "venue", "2023-09-13", "13",
    "Vostochny", "x", "true", "null", "~", "-1", "1e400", ".inf",
])


@st.composite
def rule_shaped(draw: st.DrawFn) -> Any:
    """Data shaped like a rule file: mostly known keys, random values."""
    def rule() -> dict[Any, Any]:
        item: dict[Any, Any] = {}
        if draw(st.booleans()):
            item["id"] = draw(st.one_of(st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True), VALUES))
        if draw(st.booleans()):
            item["check"] = draw(st.one_of(st.sampled_from(CHECKS), VALUES))
        for key in draw(st.lists(st.sampled_from(RULE_KEYS), max_size=5, unique=True)):
            item[key] = draw(VALUES)
        return item

    rules = [rule() for _ in range(draw(st.integers(0, 3)))]
    if draw(st.booleans()):
        return rules
    data: dict[Any, Any] = {"rules": rules}
    for key in draw(st.lists(st.sampled_from(FILE_KEYS[1:] + ("rulez", "version")), max_size=2, unique=True)):
        data[key] = draw(VALUES)
    return data


WORDS = st.one_of(
    ODD_TEXT.filter(str.strip),
    st.sampled_from(["cosmodrome", "Vostochny", "KCNA", "sastanak", "întâlnire", "встреча", "war", "rat", "poziv",
                     "Putin prihvatio poziv", "nu a acceptat", "Восточный", "met", "a", "13"]),
)
REGEXES = ("(?P<value>\\d{4})", "(?i)vladivostok\\D{0,30}?(?P<value>\\d+)", "(?P<value>(a+)+$)", "(?P<value>)",
           "(?P<value>.*)", "(?P<value>\\p{Cyrillic}+)", "(?P<value>[^\\x00-\\x7f]+)", "^(?P<value>\\w)")


@st.composite
def valid_rule(draw: st.DrawFn, index: int) -> dict[str, Any]:
    """A rule that collects, with odd values wherever the schema allows them."""
    check = draw(st.sampled_from(CHECKS))
    rule: dict[str, Any] = {"id": f"r{index}-{draw(st.from_regex(r'[a-z0-9_.-]{0,8}', fullmatch=True))}",
                            "check": check}
    about = draw(st.lists(WORDS, min_size=1, max_size=4))
    optional = draw(st.booleans())
    if check == "entity":
        rule.update(expect=draw(WORDS), about=about)
        if optional:
            rule.update(aliases=draw(st.lists(WORDS, min_size=1, max_size=3)),
                        alternatives=draw(st.lists(WORDS, min_size=1, max_size=3)))
    elif check == "phrase":
        phrasings = st.lists(WORDS, min_size=1, max_size=3)
        rule["expect"] = draw(st.one_of(phrasings, st.dictionaries(st.sampled_from(["hr", "ro", "en", "ru", "ar"]),
                                                                   phrasings, min_size=1, max_size=3)))
        if optional:
            rule["contradicted_by"] = draw(phrasings)
    elif check == "date":
        rule["about"] = about
        if optional:
            rule["expect"] = draw(st.one_of(st.dates(min_value=dt.date(1000, 1, 1)),
                                            st.sampled_from(["--09-13", "2023-09", "2023", "--02-29"])))
    elif check == "number":
        rule["about"] = about
        if optional:
            rule["expect"] = draw(st.one_of(st.integers(-10**12, 10**12), st.floats(-1e12, 1e12),
                                            st.sampled_from([">= 18", "18-24", "< 5", "~ 100", "0"])))
            rule["unit"] = draw(st.one_of(WORDS, st.sampled_from(["month", "day", "percent", "people"])))
    else:
        rule["regex"] = draw(st.sampled_from(REGEXES))
        if optional:
            rule["expect"] = draw(WORDS)
    for key, values in (("within", st.one_of(st.sampled_from(["sentence", "paragraph"]), st.integers(1, 10**9))),
                        ("require", st.one_of(st.sampled_from(["any", "all", "none"]), st.integers(0, 5))),
                        ("severity", st.sampled_from(["error", "warning", "info"])),
                        ("threshold", st.one_of(st.integers(0, 100), st.floats(0, 100))),
                        ("tags", st.lists(WORDS, min_size=1, max_size=3)),
                        ("sources", st.fixed_dictionaries({"language": st.lists(st.sampled_from(["hr", "ro", "en"]),
                                                                                min_size=1)})),
                        ("xfail", WORDS), ("skip", WORDS), ("title", WORDS)):
        if draw(st.integers(0, 4)) == 0:
            rule[key] = draw(values)
    return rule


@st.composite
def valid_file(draw: st.DrawFn) -> Any:
    rules = [draw(valid_rule(i)) for i in range(draw(st.integers(1, 4)))]
    return rules if draw(st.booleans()) else {"tags": draw(st.lists(WORDS, min_size=1, max_size=2)), "rules": rules}


def dump(data: Any) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # only the test's side: factcheck parses in Python
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)


RANDOM_DOCUMENTS = st.one_of(
    st.builds(dump, valid_file()),
    st.builds(dump, rule_shaped()),
    st.builds(dump, VALUES),
    st.lists(YAML_PIECES, max_size=40).map("".join),
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=200),
).map(lambda text: text.encode("utf-8", "surrogatepass"))
NOT_UTF8 = st.one_of(
    st.binary(min_size=1, max_size=300).filter(lambda b: not _is_utf8(b)),
    st.sampled_from([b"- id: a\n  check: entity\n  expect: \xff\xfe\n", "- id: č\n".encode("cp1250"),
                     "- id: a\n".encode("utf-16"), b"\xc0\x80"]),
)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# -- the project and the property ----------------------------------------------------
def run_rule_file(project: Path, content: bytes) -> tuple[int, str, str]:
    (project / FUZZ_FILE).write_bytes(content)
    result = CliRunner().invoke(main, ["run", FUZZ_FILE, "--format", "json", "--color", "no"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def assert_runs_or_names_the_place(project: Path, content: bytes) -> int:
    """The property: a report (exit 0 or 1), no rules (exit 5), or exit 2 with one line
    ``factcheck: error: rules/fuzz.yaml:LINE:COLUMN: message`` pointing into the file."""
    code, out, err = run_rule_file(project, content)
    assert "Traceback" not in err, err
    assert code in (0, 1, 2, 5), (code, err[-2000:])
    if code == 2:
        lines = err.splitlines()
        assert len(lines) == 1, err[:2000]
        match = ERROR_LINE.match(lines[0])
        assert match, lines[0][:500]
        assert match["file"] == FUZZ_FILE, lines[0][:500]
        line, column = int(match["line"]), int(match["column"])
        # YAML 1.1 (PyYAML) also breaks lines at CR, NEL, U+2028 and U+2029.
        text_lines = re.split("\r\n|[\n\r\x85\u2028\u2029]", content.decode("utf-8", "replace"))
        assert 1 <= line <= len(text_lines) + 1, (line, len(text_lines))
        assert column >= 1
        assert out == ""
    else:
        report = json.loads(out)
        assert report["version"] == 1 and report["exit_code"] == code
        assert all(r["outcome"] in ("passed", "failed", "error", "skipped", "xfailed", "xpassed")
                   for r in report["results"])
    if code == 5:
        data = load_yaml_text(content.decode("utf-8-sig"), FUZZ_FILE)
        assert data in (None, []) or (isinstance(data, dict) and not data.get("rules")), data
    return code


@fuzz_settings(100)
@given(content=RANDOM_DOCUMENTS)
def test_random_yaml_documents_run_or_name_file_line_and_column(project: Path, content: bytes) -> None:
    event(f"exit {assert_runs_or_names_the_place(project, content)}")


@fuzz_settings(20)
@given(content=NOT_UTF8)
def test_rule_files_that_are_not_utf8_are_a_collection_error(project: Path, content: bytes) -> None:
    assert assert_runs_or_names_the_place(project, content) == 2


# -- mutations of the sample rules -----------------------------------------------------
def _rules_of(doc: Any) -> list[Any]:
    if isinstance(doc, dict) and isinstance(doc.get("rules"), list):
        return doc["rules"]
    return doc if isinstance(doc, list) else []


def _pick_rule(data: st.DataObject, doc: Any) -> dict[Any, Any] | None:
    rules = [r for r in _rules_of(doc) if isinstance(r, dict)]
    return data.draw(st.sampled_from(rules)) if rules else None


def _pick_key(data: st.DataObject, mapping: dict[Any, Any]) -> Any:
    return data.draw(st.sampled_from(sorted(mapping, key=str))) if mapping else None


def drop_key(data: st.DataObject, doc: Any) -> Any:
    rule = _pick_rule(data, doc)
    key = _pick_key(data, rule) if rule else None
    if key is not None:
        del rule[key]
    return doc


def unknown_key(data: st.DataObject, doc: Any) -> Any:
    rule = _pick_rule(data, doc)
    if rule is not None:
        typo = data.draw(st.sampled_from(RULE_KEYS)).replace("e", "ee", 1)[::data.draw(st.sampled_from([1, -1]))]
        rule[data.draw(st.one_of(st.just(typo), ODD_TEXT, st.integers(), st.none(), st.booleans()))] = data.draw(VALUES)
    return doc


def wrong_type(data: st.DataObject, doc: Any) -> Any:
    rule = _pick_rule(data, doc)
    if rule is not None:
        rule[data.draw(st.sampled_from(RULE_KEYS))] = data.draw(VALUES)
    return doc


def odd_unicode(data: st.DataObject, doc: Any) -> Any:
    rule = _pick_rule(data, doc)
    if rule is not None:
        key = data.draw(st.sampled_from(["id", "title", "about", "expect", "aliases", "alternatives", "tags",
                                         "contradicted_by", "regex", "unit"]))
        value = data.draw(ODD_TEXT)
        rule[key] = [value, *rule[key]] if isinstance(rule.get(key), list) and data.draw(st.booleans()) else value
    return doc


def huge_value(data: st.DataObject, doc: Any) -> Any:
    rule = _pick_rule(data, doc)
    if rule is not None:
        rule[data.draw(st.sampled_from(RULE_KEYS))] = copy.deepcopy(data.draw(HUGE))
    return doc


def duplicate_rule(data: st.DataObject, doc: Any) -> Any:
    rules = _rules_of(doc)
    if rules:
        rules.append(copy.deepcopy(data.draw(st.sampled_from(rules))))
    return doc


def other_check(data: st.DataObject, doc: Any) -> Any:
    rule = _pick_rule(data, doc)
    if rule is not None:
        rule["check"] = data.draw(st.sampled_from(CHECKS))
    return doc


def reshape(data: st.DataObject, doc: Any) -> Any:
    choice = data.draw(st.integers(0, 5))
    rules = _rules_of(doc)
    if choice == 0:
        return rules  # the list form
    if choice == 1:
        return {"rules": rules, data.draw(st.sampled_from(FILE_KEYS[1:])): data.draw(VALUES)}
    if choice == 2:
        return {"rules": data.draw(VALUES)}
    if choice == 3:
        return {"defaults": data.draw(st.dictionaries(st.sampled_from(RULE_KEYS), VALUES, max_size=3)), "rules": rules}
    if choice == 4:
        # (an absolute path that is not there: "/" would read this machine's whole file system,
        # whose manifests are no part of the property)
        return {"corpus": data.draw(st.sampled_from(["../seeds", "../nowhere", "/nowhere-at-all/seeds", "",
                                                     "../seeds/corpus.yaml"])),
                "rules": rules}
    return data.draw(st.one_of(st.just([]), st.just({}), st.just(None), st.just({"rules": None})))


MUTATIONS = (drop_key, unknown_key, wrong_type, odd_unicode, huge_value, duplicate_rule, other_check, reshape)
TAGS = (
    "!!python/object/apply:os.system", "!!python/object:builtins.object", "!!python/name:os.system",
    "!!python/module:os", "!!python/tuple", "!!python/unicode", "!!python/str", "!foo", "!",
    "!<tag:example.com,2000:app/x>", "!!binary", "!!set", "!!omap", "!!pairs", "!!str", "!!null", "!!seq",
    "!!map", "!!merge", "!!value", "!!yaml", "!!float", "!!int", "!!bool", "!!timestamp",
)


def add_tags(data: st.DataObject, text: str) -> str:
    """Write random tags before random values (``key: !tag value``, ``- !tag item``)."""
    lines = text.split("\n")
    places = [i for i, line in enumerate(lines) if ": " in line or line.lstrip().startswith("- ")]
    for index in data.draw(st.lists(st.sampled_from(places), max_size=3, unique=True)) if places else ():
        tag = data.draw(st.sampled_from(TAGS))
        line = lines[index]
        cut = line.index(": ") + 2 if ": " in line else line.index("- ") + 2
        lines[index] = f"{line[:cut]}{tag} {line[cut:]}"
    return "\n".join(lines)


@fuzz_settings(100)
@given(data=st.data())
def test_mutated_sample_rules_run_or_name_file_line_and_column(project: Path, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(SAMPLE_RULES)), label="sample")
    doc = copy.deepcopy(SAMPLE_DATA[name])
    for mutation in data.draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4), label="mutations"):
        doc = mutation(data, doc)
    text = dump(doc)
    if data.draw(st.booleans(), label="tags"):
        text = add_tags(data, text)
    event(f"exit {assert_runs_or_names_the_place(project, text.encode('utf-8', 'surrogatepass'))}")


@pytest.mark.parametrize("where", ["id", "check", "expect", "about", "rules", "top"])
@pytest.mark.parametrize("tag", TAGS)
def test_any_tag_anywhere_is_collected_or_refused_with_its_place(project: Path, tag: str, where: str) -> None:
    fields = {"id": "venue", "check": "entity", "expect": "Vostochny", "about": "[cosmodrome]"}
    if where in fields:
        fields[where] = f"{tag} {fields[where]}"
    body = "\n".join(f"    {key}: {value}" for key, value in fields.items()).replace("    ", "  - ", 1)
    text = {"rules": f"rules: {tag}\n{body}\n", "top": f"{tag}\nrules:\n{body}\n"}.get(where, f"rules:\n{body}\n")
    code = assert_runs_or_names_the_place(project, text.encode("utf-8"))
    if tag.startswith(("!!python", "!<", "!foo", "!!merge", "!!value", "!!yaml")):
        assert code == 2


def test_the_sample_rules_themselves_pass_the_property(project: Path) -> None:
    for text in SAMPLE_RULES.values():
        assert assert_runs_or_names_the_place(project, text.encode("utf-8")) in (0, 1)


# -- open bugs found by the fuzzers (xfail until fixed) ------------------------------
@pytest.mark.parametrize("text", [
    "- id: !!float abc\n  check: entity\n  expect: X\n",
    "- id: !!int abc\n  check: entity\n  expect: X\n",
    "- id: a\n  check: !!bool maybe\n  expect: X\n",
    "- id: a\n  check: entity\n  expect: !!timestamp soon\n",
    "- id: a\n  check: entity\n  expect: X\n  about: !!seq cosmodrome\n",
], ids=["float", "int", "bool", "timestamp", "seq"])
def test_a_tagged_scalar_yaml_cannot_construct_is_a_collection_error(project: Path, text: str) -> None:
    code, _, err = run_rule_file(project, text.encode("utf-8"))
    assert code == 2 and ERROR_LINE.match(err), err[-500:]
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("character", ["\x00", "\x0c", "\x1b", "\x7f", "\x9b", "\ufffe"])
def test_a_control_character_in_a_rule_file_is_a_collection_error(project: Path, character: str) -> None:
    text = f"- id: venue\n  check: entity\n  title: pasted{character}from a PDF\n  expect: X\n"
    code, _, err = run_rule_file(project, text.encode("utf-8"))
    assert code == 2, err[-500:]
    assert err.startswith("factcheck: error: rules/fuzz.yaml:3:16: ") and len(err.splitlines()) == 1, err[-500:]


@pytest.mark.parametrize("expect", ["1" + "0" * 400, "{min: 1" + "0" * 400 + "}", "{max: -1" + "0" * 400 + "}"],
                         ids=["number", "min", "max"])
def test_an_expected_number_beyond_float_range_is_a_collection_error(project: Path, expect: str) -> None:
    text = f"- id: n\n  check: number\n  about: [war]\n  expect: {expect}\n"
    code, _, err = run_rule_file(project, text.encode("utf-8"))
    assert code == 2, err[-500:]
    assert err.startswith("factcheck: error: rules/fuzz.yaml:4:3: invalid 'expect'"), err[-500:]
