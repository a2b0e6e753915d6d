"""The command line, as a user runs it: exit codes, messages, reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.testing import article, run_rules


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_sample_run_reads_like_pytest(project: Path) -> None:
    code, out, _ = invoke("run", "rules/summit.yaml", "--color", "no")
    assert code == 0
    assert "factcheck session starts" in out
    assert "5 rules in 1 file, corpus of 2 files" in out
    assert "2 sources read (hr, ro)" in out
    assert "rules/summit.yaml ....F" in out
    assert "FAILURES" in out and "rules/summit.yaml::putin-visit-planned" in out
    assert "8:61: U srijedu je glasnogovornik Kremlja Dmitrij Peskov rekao da »ne postoji plan da Putin " \
           "posjeti Pjongjang«." in out
    assert out.rstrip().splitlines()[-1].strip("= ").startswith("1 failed, 4 passed in ")


def test_fail_on_warning_turns_the_warning_into_exit_1(project: Path) -> None:
    assert invoke("run", "rules/summit.yaml", "--fail-on", "warning")[0] == 1


def test_json_report_has_the_documented_shape(project: Path) -> None:
    code, out, _ = invoke("run", "rules/summit.yaml", "--format", "json")
    report = json.loads(out)
    assert code == 0 and report["version"] == 1 and report["exit_code"] == 0
    assert report["summary"]["sources"] == 2 and report["summary"]["languages"] == ["hr", "ro"]
    venue = next(r for r in report["results"] if r["rule"] == "venue")
    assert venue["id"] == "rules/summit.yaml::venue" and venue["outcome"] == "passed"
    hr = venue["sources"][0]
    assert hr["source"] == "seeds/hr-kim-putin-invitation.txt" and hr["verdict"] == "agrees"
    evidence = hr["evidence"][0]
    assert set(evidence) >= {"line", "column", "start", "end", "sentence", "text", "score"}
    text = (project / hr["source"]).read_text(encoding="utf-8")
    assert text[evidence["start"]:evidence["end"]] == evidence["text"] == "Vostočni"


def test_output_and_several_reports_at_once(project: Path) -> None:
    code, out, _ = invoke("run", "rules/summit.yaml", "--report", "json:out/r.json", "--report", "junit:out/r.xml",
                          "-q")
    assert code == 0
    assert json.loads((project / "out/r.json").read_text())["version"] == 1
    assert (project / "out/r.xml").read_text().startswith("<?xml")
    assert "1 failed, 4 passed" in out


def test_quiet_prints_only_the_summary(project: Path) -> None:
    _, out, _ = invoke("run", "rules/summit.yaml", "-q")
    assert out.strip().startswith("1 failed, 4 passed in")


def test_verbose_prints_a_line_per_rule_and_source(project: Path) -> None:
    _, out, _ = invoke("run", "rules/summit.yaml", "-v", "--color", "no")
    assert "rules/summit.yaml::venue PASSED" in out
    assert "seeds/ro-kim-putin-invitation.txt [ro] agrees Vostochny" in out


def test_a_failure_shows_the_sources_that_contradict_and_counts_the_others(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Of a rule's sources, a failure lists those that contradict; the agreeing and the
    silent ones are counted on one line, and listed with -v."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "venue.yaml").write_text(
        "- id: venue\n  check: entity\n  expect: Vostochny\n  alternatives: [Baikonur]\n  about: [cosmodrome]\n")
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("".join(f"{n}.txt: {{language: en}}\n" for n in "abcd"))
    for name, venue in (("a", "Vostochny"), ("b", "Vostochny"), ("c", "Baikonur")):
        (corpus / f"{name}.txt").write_text(f"Summit\nThe leaders met at the {venue} cosmodrome on Wednesday.\n")
    (corpus / "d.txt").write_text("Weather\nIt rained in Moscow.\n")
    monkeypatch.chdir(tmp_path)
    code, out, _ = invoke("run", "--color", "no")
    assert code == 1
    assert "seeds/c.txt [en]  contradicts (Baikonur)" in out
    assert "2 agreeing and 1 silent sources not shown (-v lists them)" in out
    assert "seeds/a.txt" not in out and "seeds/d.txt" not in out
    _, verbose, _ = invoke("run", "-v", "--color", "no")
    assert "seeds/a.txt [en]  agrees (Vostochny)" in verbose and "seeds/d.txt [en]  silent" in verbose
    assert "not shown" not in verbose


def test_a_majority_group_names_its_first_sources_and_counts_the_rest(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "date.yaml").write_text("- id: summit-date\n  check: date\n  about: [summit]\n")
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    names = [f"s{n}" for n in range(8)]
    (corpus / "corpus.yaml").write_text("".join(f"{n}.txt: {{language: en, published: 2023-10-01}}\n" for n in names))
    for name in names:
        day = 14 if name == "s7" else 13
        (corpus / f"{name}.txt").write_text(f"News\nThe summit was held on {day} September 2023.\n")
    monkeypatch.chdir(tmp_path)
    code, out, _ = invoke("run", "--color", "no")
    assert code == 1
    assert "  group 2023-09-13: seeds/s0.txt, seeds/s1.txt, seeds/s2.txt, seeds/s3.txt, seeds/s4.txt and 2 more\n" in out
    assert "  group 2023-09-14: seeds/s7.txt\n" in out
    _, verbose, _ = invoke("run", "-v", "--color", "no")
    assert "seeds/s4.txt, seeds/s5.txt, seeds/s6.txt\n" in verbose


def test_keyword_selects_rules_and_sources(project: Path) -> None:
    code, out, _ = invoke("run", "rules/summit.yaml", "-k", "venue and ro-kim", "--format", "json")
    report = json.loads(out)
    assert [r["rule"] for r in report["results"]] == ["venue"]
    assert [s["language"] for s in report["results"][0]["sources"]] == ["ro"]


def test_mark_expression_selects_by_tag(project: Path) -> None:
    code, out, _ = invoke("run", "rules/summit.yaml", "-m", "invitation and not sources", "--collect-only")
    assert code == 0
    assert "rules/summit.yaml::putin-accepted-invitation" in out and "venue" not in out


def test_no_rule_selected_exits_5(project: Path) -> None:
    assert invoke("run", "rules/summit.yaml", "-k", "nothing-matches-this")[0] == 5
    (project / "empty.yaml").write_text("# no rules yet\n")
    assert invoke("run", "empty.yaml")[0] == 5


def test_exitfirst_stops_after_the_first_failure(project: Path) -> None:
    _, out, _ = invoke("run", "rules/summit.yaml", "-x", "--fail-on", "warning", "--format", "json")
    assert len(json.loads(out)["results"]) == 5  # the failing rule is the last one


@pytest.mark.parametrize("args, message", [
    (["run", "rules/summit.yaml", "--corpus", "locked/seeds"],
     "factcheck: error: corpus path cannot be read (Permission denied): locked/seeds"),
    (["run", "locked/rules"], "factcheck: error: rule path cannot be read (Permission denied): locked/rules"),
    (["facts", "locked/seeds"], "factcheck: error: path cannot be read (Permission denied): locked/seeds"),
    (["run", "rules/mine.yaml"],
     "factcheck: error: rules/mine.yaml:1:1: corpus path cannot be read (Permission denied): rules/../locked/seeds"),
])
def test_a_path_that_cannot_be_looked_at_is_one_line(project: Path, monkeypatch: pytest.MonkeyPatch,
                                                     args: list[str], message: str) -> None:
    """A path behind a folder or a link the user may not look into (another user's
    home, /proc) is named with the reason, never a traceback."""
    import os

    (project / "rules/mine.yaml").write_text("corpus: [../locked/seeds]\nrules:\n- id: a\n  check: entity\n"
                                             "  expect: X\n  about: [y]\n")
    real_stat, real_realpath = os.stat, os.path.realpath
    locked = str(project / "locked")

    def guard(real):
        def denied(path, *args, **kwargs):
            if os.path.abspath(path).startswith(locked):
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *args, **kwargs)
        return denied

    monkeypatch.setattr(os, "stat", guard(real_stat))
    monkeypatch.setattr(os.path, "realpath", guard(real_realpath))
    code, out, err = invoke(*args)
    assert (code, err.strip()) == (2 if args == ["run", "rules/mine.yaml"] else 4, message), out
    assert "Traceback" not in out + err


def test_broken_rule_file_names_file_and_line_and_exits_2(project: Path) -> None:
    (project / "rules/broken.yaml").write_text("- id: a\n  check: entity\n  expect: X\n  abuot: [y]\n")
    code, out, err = invoke("run", "rules/")
    assert code == 2
    assert err.strip() == ("factcheck: error: rules/broken.yaml:4:3: unknown key 'abuot' for a 'entity' rule "
                           "(did you mean 'about'?)")
    assert "Traceback" not in out + err


@pytest.mark.parametrize("args, message", [
    (["run", "missing/"], "rule path not found: missing"),
    (["run", "rules/summit.yaml", "--corpus", "nowhere"], "corpus path not found: nowhere"),
    (["run", "rules/summit.yaml", "--format", "pdf"], "unknown report format 'pdf'"),
    (["run", "rules/summit.yaml", "--workers", "many"], "--workers must be 'auto' or a positive integer"),
    (["run", "rules/summit.yaml", "-k", "venue and"], "-k 'venue and': expression ends too early"),
    (["run", "--no-such-option"], "No such option '--no-such-option'"),
    (["run", "rules/summit.yaml", "-p", "no_such_plugin_module"], "plugin 'no_such_plugin_module' cannot be imported"),
])
def test_usage_errors_exit_4_with_one_line(project: Path, args: list[str], message: str) -> None:
    code, out, err = invoke(*args)
    assert code == 4, (out, err)
    assert message in err and "Traceback" not in err


def test_unreadable_source_fails_the_run_unless_allowed(project: Path) -> None:
    (project / "seeds/broken.txt").write_bytes(b"%PDF-1.7\x00\x00binary")
    code, out, _ = invoke("run", "rules/summit.yaml", "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["errors"][0]["source"] == "seeds/broken.txt"
    assert invoke("run", "rules/summit.yaml", "--allow-source-errors", "-q")[0] == 0


def test_collect_only_lists_rules(project: Path) -> None:
    code, out, _ = invoke("run", "rules/summit.yaml", "--collect-only")
    assert code == 0 and "rules/summit.yaml::venue  (entity)" in out and "5 rules collected" in out


def test_corpus_and_rule_files_are_never_written(project: Path) -> None:
    files = sorted(p for p in project.rglob("*") if p.is_file())
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}
    invoke("run", "rules/summit.yaml", "--report", "html:report.html", "--report", "sarif:r.sarif")
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files} == before


def test_facts_json_lists_language_published_and_names(project: Path) -> None:
    code, out, _ = invoke("facts", "seeds/", "--format", "json")
    data = json.loads(out)
    assert code == 0
    hr = data["sources"][0]
    assert (hr["source"], hr["language"], hr["published"]) == ("seeds/hr-kim-putin-invitation.txt", "hr",
                                                             "2023-09-14")
    names = {n["text"]: n["value"] for n in hr["names"]}
    assert names["Vladimira Putina"] == "vladimira putina"
    assert names["KCNA"] == "kcna" and "NASTAVAK" not in " ".join(names)


def test_explain_shows_anchors_values_and_verdicts(project: Path) -> None:
    code, out, _ = invoke("explain", "venue")
    assert code == 0
    assert "== seeds/hr-kim-putin-invitation.txt [hr]" in out
    assert "'kozmodromu' ~ 'kozmodrom'" in out
    assert "value 'Vostochny' at 10:" in out
    assert "verdict: agrees" in out and "outcome: passed" in out


def test_explain_says_why_a_figure_was_passed_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus/pl.txt").write_text("W rozmowach uczestniczyło ponad 1500 osób.\n", encoding="utf-8")
    (tmp_path / "corpus/hr.txt").write_text("Na prosvjedu je bilo 1500 ljudi.\n", encoding="utf-8")
    (tmp_path / "corpus/corpus.yaml").write_text("pl.txt: {language: pl}\nhr.txt: {language: hr}\n")
    (tmp_path / "rules.yaml").write_text("- id: crowd\n  check: number\n  unit: people\n  expect: '>= 1000'\n"
                                         "  about: [rozmowach, prosvjedu]\n")
    monkeypatch.chdir(tmp_path)
    code, out, _ = invoke("explain", "crowd", "--rules", "rules.yaml", "--corpus", "corpus")
    assert code == 0
    assert "passed over: 'ponad 1500 osób' at 1:27 is in 'osob', not 'people'" in out
    assert "passed over: '1500' at 1:22 may count 'ljudi', not 'people'" in out
    assert out.count("verdict: silent") == 2


def test_explain_unknown_rule_is_a_usage_error(project: Path) -> None:
    code, _, err = invoke("explain", "nope")
    assert code == 4 and "no rule 'nope'" in err


def test_plugins_lists_built_ins_and_what_they_add(project: Path) -> None:
    code, out, _ = invoke("plugins")
    assert code == 0
    assert "checker.ruletypes.entity  [built in]" in out and "rule type entity" in out
    assert "report formats: github, html, json, junit, sarif, text" in out


def test_version_and_bare_help() -> None:
    assert invoke("--version")[1].strip().startswith("factcheck ")
    code, out, _ = invoke()
    assert code == 0 and "Usage: factcheck" in out


def test_facts_json_reports_dates_and_numbers_as_documented(project: Path) -> None:
    code, out, _ = invoke("facts", "seeds/ro-kim-putin-invitation.txt", "--format", "json")
    [ro] = json.loads(out)["sources"]
    dates = {d["text"]: d["value"] for d in ro["dates"]}
    assert dates["13 septembrie"] == {"year": 2023, "month": 9, "day": 13, "weekday": 3, "iso": "2023-09-13"}
    assert dates["miercuri, 13 septemrbie"]["iso"] == "2023-09-13"
    assert dates["joi"] == {"year": 2023, "month": 9, "day": 14, "weekday": 4, "iso": "2023-09-14"}
    numbers = {n["text"]: n["value"] for n in ro["numbers"]}
    assert numbers["peste un an şi jumătate"] == {"min": 1.5, "max": None, "unit": "year"}
    item = ro["dates"][0]
    text = (project / ro["source"]).read_text(encoding="utf-8")
    assert text[item["start"]:item["end"]] == item["text"]
    assert set(item) == {"text", "start", "end", "line", "column", "value"}


def test_facts_shows_the_words_a_number_may_count(project: Path) -> None:
    (project / "crowd.txt").write_text("Na prosvjedu je bilo 1500 ljudi.\n超过1500人参加了会谈。\n", encoding="utf-8")
    code, out, _ = invoke("facts", "crowd.txt", "--format", "json")
    [source] = json.loads(out)["sources"]
    assert [(n["text"], n.get("counts")) for n in source["numbers"]] == [("1500", "ljudi"), ("超过1500", "人参加了会谈")]
    code, out, _ = invoke("facts", "crowd.txt")
    assert "'1500' -> {'min': 1500, 'max': 1500, 'unit': None}  (may count 'ljudi')" in out


def test_a_large_json_report_is_compact_and_the_same_data(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.reporters import json as json_reporter

    _, pretty, _ = invoke("run", "rules/", "--format", "json", "--no-cache")
    monkeypatch.setattr(json_reporter, "COMPACT_ABOVE", 1)
    _, compact, _ = invoke("run", "rules/", "--format", "json", "--no-cache")
    assert len(compact.splitlines()) < len(pretty.splitlines()) / 10
    first, second = json.loads(pretty), json.loads(compact)
    first["summary"].pop("duration_s"), second["summary"].pop("duration_s")
    assert first == second and list(first) == list(second)
    for batch in (1, 2):  # a rule's sources are written a batch at a time
        monkeypatch.setattr(json_reporter, "_BATCH", batch)
        _, batched, _ = invoke("run", "rules/", "--format", "json", "--no-cache")
        third = json.loads(batched)
        third["summary"].pop("duration_s")
        assert third == first


def test_the_compact_json_report_writes_every_kind_of_silent_verdict_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run's silent verdicts are written from a template; silent verdicts a plugin or
    an API caller builds otherwise (with lists, a message, no language, an escaped
    name) are written field by field, and all read back as they were."""
    import io

    from checker.model import Rule, RuleResult, RunReport, SourceVerdict
    from checker.reporters import json as json_reporter

    verdicts = [
        SourceVerdict("a.txt", "hr", "silent", (), (), raw_values=()),
        SourceVerdict("b \"quoted\" \u0161.txt", None, "silent", (), (), raw_values=()),
        SourceVerdict("c.txt", "ro", "silent"),
        SourceVerdict("d.txt", "ro", "silent", (), (), message="nothing in scope", raw_values=()),
        SourceVerdict("e.txt", "ro", "silent", (), (), accepted="baseline"),
        SourceVerdict("f.txt", "en", "agrees", ["2023-09-13"]),
    ]
    result = RuleResult(Rule("r", "date", "rules.yaml", 1), "passed", sources=verdicts)
    report = RunReport(results=[result], articles=[], source_errors=[], exit_code=0, duration_s=0.0)
    monkeypatch.setattr(json_reporter, "COMPACT_ABOVE", 0)
    stream = io.StringIO()
    json_reporter.JsonReporter(None, stream).factcheck_sessionfinish(report)
    assert json.loads(stream.getvalue())["results"][0]["sources"] == [v.to_json() for v in verdicts]


def test_the_compact_json_report_is_right_when_sources_are_read_back_as_new_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    """A large run's stating verdicts are read back from disk each time a reporter goes
    through a rule's sources: new objects, whose memory (and identity) the next rule's
    may reuse. A silent verdict's JSON remembered from one rule is never written for
    another rule's verdict that happens to take its place."""
    import io
    from collections.abc import Sequence

    from checker.model import Rule, RuleResult, RunReport, SourceVerdict
    from checker.reporters import json as json_reporter

    class ReadBack(Sequence):  # type: ignore[type-arg]
        def __init__(self, verdict: str) -> None:
            self.verdict = verdict

        def __len__(self) -> int:
            return 6

        def __getitem__(self, index):  # type: ignore[no-untyped-def]
            if isinstance(index, slice):
                return [self[i] for i in range(*index.indices(6))]
            if not 0 <= index < 6:
                raise IndexError(index)
            values = () if self.verdict == "silent" else (f"v{index}",)
            return SourceVerdict(f"{index}.txt", "hr", self.verdict, values, (), raw_values=())  # type: ignore[arg-type]

    rules = [Rule(f"r{n}", "date", "rules.yaml", n + 1) for n in range(6)]
    results = [RuleResult(rule, "passed", sources=ReadBack("silent" if n % 2 else "agrees"))  # type: ignore[arg-type]
               for n, rule in enumerate(rules)]
    report = RunReport(results=results, articles=[], source_errors=[], exit_code=0, duration_s=0.0)
    monkeypatch.setattr(json_reporter, "COMPACT_ABOVE", 0)
    for kept, batch in ((0, 2), (3, 2), (50, 4)):
        monkeypatch.setattr(json_reporter, "SILENT_KEPT", kept)
        monkeypatch.setattr(json_reporter, "_BATCH", batch)
        stream = io.StringIO()
        json_reporter.JsonReporter(None, stream).factcheck_sessionfinish(report)
        written = json.loads(stream.getvalue())["results"]
        assert [[s["verdict"] for s in r["sources"]] for r in written] == \
            [["silent" if n % 2 else "agrees"] * 6 for n in range(6)]
        assert [r["sources"] for r in written] == [[v.to_json() for v in r.sources] for r in results]


def test_explain_reads_the_corpus_as_the_run_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``follow_symlinks: true`` in the configuration: explain follows the link out of the
    corpus folder, as ``factcheck run`` does."""
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere/wire.txt").write_text("Wire\nThey met at the Vostochny cosmodrome.\n")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus/linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "rules.yaml").write_text("- id: venue\n  check: entity\n  expect: Vostochny\n  about: [cosmodrome]\n")
    monkeypatch.chdir(tmp_path)
    args = ("explain", "venue", "--rules", "rules.yaml", "--corpus", "corpus")
    assert "corpus/linked/wire.txt" not in invoke(*args)[1]
    (tmp_path / "factcheck.yaml").write_text("follow_symlinks: true\n")
    code, out, _ = invoke(*args)
    assert code == 0 and "== corpus/linked/wire.txt" in out and "verdict: agrees" in out


def test_a_very_long_evidence_sentence_is_shown_around_its_matched_words() -> None:
    # a table or a page without full stops is read as one sentence: the report shows
    # the words around the value, not a screenful of the rest
    head = " ".join(f"row {n} counted {n * 7} visitors," for n in range(300))
    tail = " ".join(f"and hall {n} held {n * 3} seats" for n in range(300))
    text = f"{head} and the summit was held on 14 September 2023 {tail}."
    report = run_rules("rules:\n  - id: meet\n    check: date\n    about: [summit]\n    expect: 2023-09-13\n",
                       [article(text, "en", "2023-09-20")], fmt="text")
    line = next(line for line in report.output.splitlines() if "»" in line)
    assert "the summit was held on »14 September 2023« and hall 0 held 0 seats" in line
    assert line.strip().split(": ", 1)[1].startswith("…") and line.endswith("…")
    assert len(line) < 700
    assert "row 0 counted" not in line and "hall 299" not in line
