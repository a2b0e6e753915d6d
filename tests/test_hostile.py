"""Hostile input: YAML that attacks the reader, paths that lead out of the project,
regular expressions built to backtrack, article text built to break reports, and
runs that must not write where they must not.

Everything runs in-process through click's ``CliRunner`` on a copy of the sample
project. Where an attack could hang the run, :func:`hang_detector` (SIGALRM, 10 s)
turns a hang into a test failure; it is never a speed assertion, only a detector.
"""

from __future__ import annotations

import hashlib
import html.parser
import json
import re
import socket
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fuzzing import invoke

ERROR_LINE = re.compile(r"factcheck: error: (?P<file>[^\n]+?):(?P<line>\d+):(?P<column>\d+): (?P<message>.+)")


def collection_error(project: Path, text: str | bytes, name: str = "rules/hostile.yaml") -> re.Match[str]:
    """Run a rule file that must be refused: exit 2, one line naming file:line:column."""
    path = project / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    code, _, err = invoke("run", name, "--format", "json")
    assert code == 2, (code, err[-1000:])
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err[-1000:]
    match = ERROR_LINE.fullmatch(err.rstrip("\n"))
    assert match and match["file"] == name, err[:500]
    return match


def bomb(levels: int, indent: str = "") -> str:
    """Nested anchors and aliases, each level ten aliases of the one below: ``levels``
    levels expand to 10**levels strings, with only ``10 * (levels - 1)`` aliases."""
    lines = [f"{indent}l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"{indent}l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


# -- 4. YAML cannot attack -------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("- id: a\n  check: !!python/object/apply:os.system [touch pwned]\n", "2:10"),
    ("- !!python/object/apply:subprocess.check_output [[touch, pwned]]\n", "1:3"),
    ("!!python/object/new:os.system [touch pwned]\n", "1:1"),
    ("- id: a\n  check: entity\n  expect: !!python/name:os.system\n", "3:11"),
    ("- id: a\n  check: entity\n  expect: !!python/module:os\n", "3:11"),
    ("- id: a\n  check: entity\n  expect: !!python/object:builtins.object {}\n", "3:11"),
    ("- id: a\n  check: entity\n  expect: !!python/tuple [a, b]\n", "3:11"),
    ("- id: a\n  check: entity\n  expect: !custom X\n", "3:11"),
    ("%TAG !e! tag:evil.example,2000:\n---\n- id: a\n  check: !e!run entity\n", "4:10"),
    ("- id: a\n  check: entity\n  expect: !<tag:yaml.org,2002:python/name:os.system> X\n", "3:11"),
])
def test_unsafe_and_unknown_tags_are_refused_with_their_place(project: Path, text: str, place: str) -> None:
    match = collection_error(project, text)
    assert f"{match['line']}:{match['column']}" == place
    assert "tag" in match["message"]
    assert not (project / "pwned").exists()


def test_a_python_tag_in_the_configuration_is_refused(project: Path) -> None:
    (project / "factcheck.yaml").write_text("rules: !!python/object/apply:os.system [touch pwned]\n")
    code, _, err = invoke("run", "-q")
    assert code == 2 and err.startswith("factcheck: error: factcheck.yaml:1:8: unsafe or unknown YAML tag")
    assert not (project / "pwned").exists()


def test_a_python_tag_in_the_corpus_manifest_is_refused(project: Path) -> None:
    (project / "seeds/corpus.yaml").write_text("hr-kim-putin-invitation.txt:\n"
                                               "  outlet: !!python/object/apply:os.system [touch pwned]\n")
    code, _, err = invoke("run", "rules/summit.yaml", "-q")
    assert code == 2 and err.startswith("factcheck: error: seeds/corpus.yaml:2:11: "), err
    assert not (project / "pwned").exists()


def test_the_classic_billion_laughs_is_refused_in_bounded_time(project: Path) -> None:
    # Nine levels: 10**9 strings once expanded, with 80 aliases.
    match = collection_error(project, bomb(9))
    assert "refused (alias expansion)" in match["message"] and match["line"] == "4"  # the alias over budget
    match = collection_error(project, "- id: a\n" + bomb(9, "  ") + "  check: entity\n")
    assert "refused (alias expansion)" in match["message"] and match["line"] == "5"


def test_a_bomb_with_more_aliases_than_allowed_is_refused_as_alias_expansion(project: Path) -> None:
    match = collection_error(project, "- id: a\n" + bomb(12, "  ") + "  check: entity\n")
    assert "refused (alias expansion)" in match["message"], match["message"]


def test_a_bomb_under_the_alias_limit_is_refused_as_alias_expansion(project: Path) -> None:
    # `check` is read before unknown keys are refused, so anchors written above it in the
    # same rule reach str(). Six levels (10**6 strings, 50 aliases) already make a 7 MB
    # message; nine levels (80 aliases, still under the limit) take gigabytes.
    match = collection_error(project, "- id: a\n" + bomb(6, "  ") + "  check: *l5\n")
    assert "alias" in match["message"] and len(match["message"]) < 500, match["message"][:300]


def test_a_bomb_in_an_articles_front_matter_is_refused(project: Path) -> None:
    # An article is less trusted than a rule file. Seven levels (60 aliases) already
    # give a 72 MB `facts` report and 190 MB of memory; nine would exhaust it.
    (project / "seeds/bomb.md").write_text("---\n" + bomb(6) + "title: *l5\nlanguage: en\n---\n"
                                           "The leaders met at the Vostochny cosmodrome.\n", encoding="utf-8")
    code, out, _ = invoke("run", "rules/summit.yaml", "--format", "json", "--no-cache")
    assert code in (0, 1) and len(out) < 100_000
    code, out, _ = invoke("facts", "seeds/bomb.md", "--format", "json")
    assert len(out) < 100_000, f"{len(out)} characters of facts for a one-sentence article"


@pytest.mark.parametrize("text", [
    "- id: a\n  check: entity\n  expect: " + "[" * 10_000 + "]" * 10_000 + "\n",
    "- id: a\n  check: entity\n  expect: " + "{a: " * 5_000 + "1" + "}" * 5_000 + "\n",
    "- id: a\n  check: entity\n  expect:\n" + "".join("  " * (i + 2) + "-\n" for i in range(500)),
    "- id: a\n  check: entity\n  expect:\n" + "".join("  " * (i + 2) + "a:\n" for i in range(500)),
    "- id: a\n  check: entity\n  expect:\n" + "".join("  " * (i + 2) + "- a:\n" for i in range(300)),
], ids=["flow-sequences", "flow-mappings", "block-sequences", "block-mappings", "block-mixed"])
def test_deep_nesting_is_refused_with_its_place(project: Path, text: str) -> None:
    match = collection_error(project, text)
    assert "nested deeper" in match["message"] and int(match["line"]) >= 3


def test_brackets_inside_strings_and_comments_are_not_nesting(project: Path) -> None:
    (project / "rules/brackets.yaml").write_text(
        "# " + "[" * 70 + " a banner\n"
        "- id: venue\n  check: entity\n  title: '" + "{" * 70 + "'\n  expect: Vostochny\n  about: [cosmodrome]\n")
    code, _, err = invoke("run", "rules/brackets.yaml", "-q")
    assert code == 0, err


def test_a_rule_file_over_5_mb_is_refused_without_being_parsed(project: Path) -> None:
    path = project / "rules/huge.yaml"
    with path.open("w", encoding="utf-8") as stream:
        stream.write("- id: a\n  check: entity\n  expect: X\n")
        padding = "# " + "x" * 1022 + "\n"
        for _ in range(5 * 1024 + 10):
            stream.write(padding)
    match = collection_error(project, path.read_bytes(), "rules/huge.yaml")
    assert (match["line"], match["column"]) == ("1", "1") and "limited to" in match["message"]


def test_a_control_character_in_the_corpus_manifest_is_a_collection_error(project: Path) -> None:
    (project / "seeds/corpus.yaml").write_text("hr-kim-putin-invitation.txt:\n  language: hr\n"
                                               "  outlet: \"pasted\x0cfrom a PDF\"\n")
    code, _, err = invoke("run", "rules/summit.yaml", "-q")
    assert code == 2 and err.startswith("factcheck: error: seeds/corpus.yaml:3:"), err[-500:]


# -- 5. Paths -----------------------------------------------------------------------------
@pytest.mark.parametrize("entry", ["../secret.txt", "/etc/passwd", "sub/../../secret.txt", "./../secret.txt", ".."])
def test_a_manifest_entry_outside_the_corpus_folder_is_refused(project: Path, entry: str) -> None:
    (project / "secret.txt").write_text("Putin declined the invitation.\n")
    manifest = project / "seeds/corpus.yaml"
    text = manifest.read_text()
    manifest.write_text(text + f"'{entry}':\n  language: en\n")
    code, out, err = invoke("run", "rules/summit.yaml", "--format", "json")
    assert code == 2 and out == ""
    line = text.count("\n") + 1
    assert re.fullmatch(rf"factcheck: error: seeds/corpus\.yaml:{line}:1: .*outside the corpus folder\n", err), err


@pytest.mark.parametrize("pattern", ["../x", "../secret/*", "/etc/*", "a/../../b", "[../x, '*.txt']"])
def test_a_rule_scope_path_outside_the_corpus_is_refused(project: Path, pattern: str) -> None:
    match = collection_error(project, "- id: a\n  check: entity\n  expect: X\n  about: [y]\n"
                                      f"  sources: {{paths: {pattern}}}\n")
    assert match["line"] == "5" and "outside the corpus" in match["message"]


def test_symbolic_links_out_of_the_corpus_are_not_followed(project: Path) -> None:
    secret = project / "private"
    secret.mkdir()
    (secret / "diary.txt").write_text("SECRET-DIARY The leaders met at the Baikonur cosmodrome.\n")
    (project / "seeds/leak.txt").symlink_to(secret / "diary.txt")
    (project / "seeds/leakdir").symlink_to(secret, target_is_directory=True)
    (project / "seeds/inside.txt").symlink_to(project / "seeds/hr-kim-putin-invitation.txt")

    code, out, _ = invoke("run", "rules/summit.yaml", "--format", "json")
    assert "SECRET-DIARY" not in out and "Baikonur" not in out
    report = json.loads(out)
    errors = {e["source"]: e["message"] for e in report["errors"]}
    assert set(errors) == {"seeds/leak.txt", "seeds/leakdir"}
    assert all("not followed" in message for message in errors.values())
    assert code == 1  # unreadable sources fail the run by default
    assert invoke("run", "rules/summit.yaml", "--allow-source-errors", "-q")[0] == 0
    code, out, _ = invoke("facts", "seeds/")
    assert code == 1 and "SECRET-DIARY" not in out


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every way out to the network raises, and is recorded."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access attempted during a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_html_with_external_resources_and_entities_is_read_without_network(project: Path,
                                                                           no_network: list[object]) -> None:
    (project / "seeds/remote.html").write_text(
        '<?xml version="1.0"?>\n'
        '<!DOCTYPE html [<!ENTITY ext SYSTEM "http://198.51.100.7/ext.txt"> '
        '<!ENTITY % param SYSTEM "http://198.51.100.7/evil.dtd"> %param;]>\n'
        '<html lang="en"><head><title>Remote</title>\n'
        '<link rel="stylesheet" href="http://198.51.100.7/style.css">\n'
        '<link rel="preload" href="https://198.51.100.7/font.woff2">\n'
        '<script src="http://198.51.100.7/app.js"></script>\n'
        '<meta http-equiv="refresh" content="0; url=http://198.51.100.7/">\n'
        '<base href="http://198.51.100.7/"></head>\n'
        '<body><article><p>The leaders met at the Vostochny cosmodrome &ext; on Wednesday.</p>\n'
        '<img src="http://198.51.100.7/pixel.gif" srcset="http://198.51.100.7/2x.gif 2x">\n'
        '<iframe src="http://198.51.100.7/frame"></iframe>\n'
        '<object data="http://198.51.100.7/x.swf"></object>\n'
        '<p style="background:url(http://198.51.100.7/bg.png)">Putin accepted the invitation.</p>\n'
        '<svg><image href="http://198.51.100.7/i.svg"/></svg></article></body></html>\n',
        encoding="utf-8")
    code, out, _ = invoke("run", "rules/summit.yaml", "--format", "json")
    report = json.loads(out)
    assert no_network == []
    assert "errors" not in report
    venue = next(r for r in report["results"] if r["rule"] == "venue")
    remote = next(s for s in venue["sources"] if s["source"] == "seeds/remote.html")
    assert remote["verdict"] == "agrees"
    code, out, _ = invoke("facts", "seeds/remote.html", "--format", "json")
    assert code == 0 and no_network == []


# -- 3. Regular expressions cannot hang ---------------------------------------------------
@pytest.mark.parametrize("regex", [
    "(?P<value>(a+)+$)",
    "(?P<value>(a|a)*b)",
    "(?P<value>(a|aa)+$)",
    "(?P<value>(.*a){25})",
    "(?P<value>(\\w+\\s?)*$)",
    "(?i)(?P<value>(x+x+)+y)",
])
def test_a_catastrophic_pattern_on_a_100_kb_article_ends(project: Path, regex: str) -> None:
    (project / "seeds/aaaa.txt").write_text("Headline\n" + "a" * 100_000 + "!\n" + "x" * 50_000 + "\n",
                                            encoding="utf-8")
    (project / "rules/redos.yaml").write_text(f"- id: redos\n  check: pattern\n  regex: '{regex}'\n",
                                              encoding="utf-8")
    code, out, err = invoke("run", "rules/redos.yaml", "--format", "json")
    assert code in (0, 1), err
    [result] = json.loads(out)["results"]
    assert result["outcome"] in ("passed", "failed")


# -- 6. Reports are safe ---------------------------------------------------------------------
SCRIPT = "<script>alert('pwned')</script>"
IMG = '<img src=x onerror="alert(1)">'
ANSI = "\x1b[2J\x1b[31mRED\x1b[0m\x1b]0;title\x07"
HOSTILE_SENTENCE = (f"The leaders met at the Baikonur cosmodrome {SCRIPT} {IMG} ]]> &amp; 100% done "
                    f"{ANSI} \x08\x0b\x0c\x7f\x9b31m \u202egnp.exe\u202c.")


@pytest.fixture
def hostile_project(project: Path) -> Path:
    """The sample beside articles whose text is built to break reports."""
    (project / "seeds/hostile.txt").write_text(
        f"Headline {SCRIPT}\n{HOSTILE_SENTENCE}\nPutin declined the invitation {SCRIPT}.\n", encoding="utf-8")
    records = [{"id": "nul", "language": "en",
                "text": "They met at the Plesetsk cosmodrome\u0000, %0A%25 sure ::error file=x.txt::injected "
                        "\u0085\u2028\x0b\x0c\x1b[1A\x1b[2K end."}]
    (project / "seeds/records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    manifest = project / "seeds/corpus.yaml"
    manifest.write_text(manifest.read_text() + "hostile.txt:\n  language: en\n")
    return project


def report_files(project: Path, *extra: str) -> dict[str, str]:
    formats = ("json", "junit", "sarif", "github", "html")
    args = [arg for name in formats for arg in ("--report", f"{name}:out/report.{name}")]
    code, out, err = invoke("run", "rules/summit.yaml", "--color", "no", "-v", *args, *extra)
    assert code == 1, err
    files = {name: (project / f"out/report.{name}").read_text(encoding="utf-8") for name in formats}
    files["text"] = out
    return files


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def test_html_report_shows_article_markup_as_text(hostile_project: Path) -> None:
    page = report_files(hostile_project)["html"]
    assert SCRIPT not in page and "<img src=x" not in page and "\x1b" not in page and "\x00" not in page
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    assert re.search(r'<meta http-equiv="Content-Security-Policy" content="default-src \'none\';', page)
    parser = _Tags()
    parser.feed(page)
    assert [tag for tag, _ in parser.tags].count("script") == 1  # the report's own, allowed by hash
    assert not [tag for tag, _ in parser.tags if tag in ("img", "iframe", "object", "embed", "base", "link")]
    assert not [(tag, name) for tag, attrs in parser.tags for name, _ in attrs if name.startswith("on")]


def test_machine_reports_escape_article_text(hostile_project: Path) -> None:
    files = report_files(hostile_project)
    tree = ET.fromstring(files["junit"])  # parses: every character escaped or dropped
    failures = "\n".join(f.text or "" for f in tree.iter("failure"))
    assert SCRIPT in failures and "Baikonur" in failures
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", files["junit"])
    sarif = json.loads(files["sarif"])
    messages = json.dumps(sarif, ensure_ascii=False)
    assert SCRIPT in messages and "Baikonur" in messages
    report = json.loads(files["json"])
    sentences = [e["sentence"] for r in report["results"] for s in r["sources"] for e in s["evidence"]]
    assert any(ANSI in sentence for sentence in sentences)  # JSON keeps the text exactly, escaped


def test_github_annotations_are_one_line_each_with_percent_cr_and_lf_escaped(hostile_project: Path) -> None:
    (hostile_project / "seeds/cr\rlf\n,name:%.txt").write_text("They met at the Baikonur cosmodrome.\n")
    output = report_files(hostile_project)["github"]
    assert "file=seeds/cr%0Dlf%0A%2Cname%3A%25.txt," in output
    assert "\r" not in output  # (the runner splits lines on CR and LF only; NEL and U+2028 are text to it)
    lines = output.rstrip("\n").split("\n")
    report = json.loads((hostile_project / "out/report.json").read_text(encoding="utf-8"))
    contradicting = sum(1 for r in report["results"] if r["outcome"] == "failed"
                        for s in r["sources"] if s["verdict"] == "contradicts")
    assert len(lines) == contradicting + len(report.get("errors", []))
    for line in lines:
        assert re.match(r"::(error|warning|notice) [^:]*::", line), line
        message = line.split("::", 2)[2]
        assert not re.search(r"%(?![0-9A-F]{2})", message), line  # every % is an escape
    assert any("100%25 done" in line for line in lines)
    assert any("%0A" in line for line in lines)  # the evidence sentence on its own line, escaped
    injected = [line for line in lines if "injected" in line]
    assert injected and all("%250A%2525 sure" in line and not line.startswith("::error file=x.txt")
                            for line in injected)


def test_text_report_strips_control_sequences(hostile_project: Path) -> None:
    text = report_files(hostile_project)["text"]
    assert "Baikonur" in text and SCRIPT in text
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text), \
        [c for c in text if ord(c) < 32 and c != "\n"]


def test_text_report_strips_control_sequences_from_source_names(project: Path) -> None:
    (project / "seeds/\x1b[2Jcleared.txt").write_text("The leaders met at the Baikonur cosmodrome.\n")
    (project / "seeds/records.jsonl").write_text(json.dumps(
        {"id": "\x1b]0;owned\x07\x1b[31m", "language": "en", "text": "They met at the Plesetsk cosmodrome."}) + "\n"
        + json.dumps({"id": "\x1b[5mblink", "language": "en"}) + "\n")
    for args in ([], ["-v"]):
        code, out, _ = invoke("run", "rules/summit.yaml", "--color", "no", *args)
        assert code == 1 and "Plesetsk" in out
        assert "\x1b" not in out and "\x07" not in out


# -- 7. Nothing written where it must not be ---------------------------------------------
def snapshot(*folders: Path) -> dict[str, tuple[str, int]]:
    """Content hash and modification time of every file under ``folders``."""
    return {str(path): (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
            for folder in folders for path in sorted(folder.rglob("*")) if path.is_file() and not path.is_symlink()}


FORMATS = ("text", "json", "junit", "sarif", "github", "html")
RUNS = [
    *[["run", "--format", name, "--output", f"out/only.{name}"] for name in FORMATS],
    ["run", "-v", "--color", "yes", *[a for name in FORMATS for a in ("--report", f"{name}:out/all.{name}")]],
    ["run", "rules/summit.yaml", "--format", "json", "--output", "out/deep/er/r.json", "--report", "html:out/r.html"],
    ["run", "-q", "--no-cache", "-k", "venue or date", "-m", "not history", "--fail-on", "info"],
    ["run", "--workers", "2", "--maxfail", "1", "--allow-source-errors"],
    ["run", "--collect-only"],
    ["facts", "seeds/", "--format", "json"],
    ["explain", "venue"],
    ["test", "rules/"],
    ["plugins"],
]


@pytest.mark.parametrize("args", RUNS, ids=[" ".join(args[:3]) for args in RUNS])
def test_no_run_writes_to_the_corpus_or_the_rules(project: Path, args: list[str]) -> None:
    (project / "seeds/broken.txt").write_bytes(b"%PDF-1.7\n")
    before = snapshot(project / "rules", project / "seeds")
    code, _, err = invoke(*args)
    assert code in (0, 1, 5), err  # 5: `factcheck test` finds no rule with examples
    assert snapshot(project / "rules", project / "seeds") == before
    outputs = [arg.split(":", 1)[-1] for arg in args if arg.startswith("out/") or ":out/" in arg]
    written = sorted(str(p.relative_to(project)) for p in (project / "out").rglob("*") if p.is_file()) \
        if (project / "out").exists() else []
    assert written == sorted(outputs)  # reports were written atomically: no temporary file is left


@pytest.mark.parametrize("args", [
    ["--format", "json", "--output", "seeds/hr-kim-putin-invitation.txt"],
    ["--report", "json:rules/dates-and-figures.yaml"],
    ["--report", "html:seeds/corpus.yaml"],
])
def test_a_report_is_never_written_over_a_rule_or_corpus_file(project: Path, args: list[str]) -> None:
    before = snapshot(project / "rules", project / "seeds")
    code, _, err = invoke("run", "rules/summit.yaml", *args)
    assert snapshot(project / "rules", project / "seeds") == before
    assert code == 4 and "factcheck: error:" in err
