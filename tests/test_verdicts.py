"""What a run keeps until the reports: every rule × source pair in the verdict store, in
memory or, past its limit, in a temporary file; and its articles, as compact rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from checker import verdicts as verdicts_module
from checker.model import Article, ArticleRecords, Evidence, RunReport, SourceVerdict
from checker.verdicts import StoredSources, VerdictStore


def _article(store: VerdictStore, name: str, wanted: list[int], stating: dict[int, str]) -> None:
    """Add article ``name`` read by the rules at ``wanted``; ``stating`` maps a rule's
    position to the value the article states for it."""
    silent = SourceVerdict(name, "en", "silent")
    raw: list[SourceVerdict | None] = []
    for position in wanted:
        if position in stating:
            evidence = Evidence(name, 1, 1, 0, 3, f"{name} says {stating[position]}.", stating[position])
            raw.append(SourceVerdict(name, "en", "agrees", [stating[position]], [evidence]))
        else:
            raw.append(None)
    store.add(wanted, raw, [v if v is not None else silent for v in raw])


def _fill(store: VerdictStore) -> None:
    _article(store, "a", [0, 1], {0: "x"})
    _article(store, "b", [0, 1], {1: "y"})
    _article(store, "c", [1], {1: "z"})  # rule 0 does not read c (a scope)
    _article(store, "d", [0, 1], {0: "x", 1: "y"})
    _article(store, "e", [0], {})
    _article(store, "f", [0, 1], {})


@pytest.mark.parametrize("held", [0, 1, 1000])
def test_each_rule_gets_the_verdicts_of_the_articles_it_read_in_corpus_order(held: int) -> None:
    store = VerdictStore(2, held=held)
    _fill(store)
    assert store.spilled == (held < 5)
    assert [store.count(0), store.count(1)] == [5, 5]
    first = store.verdicts(0)
    assert [(v.source, v.verdict, v.values) for v in first] == [
        ("a", "agrees", ["x"]), ("b", "silent", []), ("d", "agrees", ["x"]), ("e", "silent", []),
        ("f", "silent", [])]
    second = store.verdicts(1)
    assert [(v.source, v.verdict) for v in second] == [("a", "silent"), ("b", "agrees"), ("c", "agrees"),
                                                       ("d", "agrees"), ("f", "silent")]
    assert first[-1] is second[-1]  # one silent verdict per article, shared by the rules
    assert store.verdicts(0)[0].evidence[0].sentence == "a says x."


def test_judged_sources_on_disk_keep_what_judging_changed() -> None:
    store = VerdictStore(2, held=0)
    _fill(store)
    verdicts = store.verdicts(1)
    verdicts[2].verdict, verdicts[2].message = "contradicts", "outside the majority"
    verdicts[3].accepted = "baseline"
    judged = store.judged(1, verdicts)
    assert isinstance(judged, StoredSources) and len(judged) == 5
    for _ in range(2):  # read back from disk each time it is gone through
        assert [(v.source, v.verdict, v.message, v.accepted) for v in judged] == [
            ("a", "silent", None, None), ("b", "agrees", None, None),
            ("c", "contradicts", "outside the majority", None), ("d", "agrees", None, "baseline"),
            ("f", "silent", None, None)]
    assert judged[2].message == "outside the majority" and [v.source for v in judged[1:3]] == ["b", "c"]
    assert judged == verdicts


@pytest.mark.parametrize(("sources", "spills_at"), [(1000, 5), (14, 15), (None, 15)])
def test_a_run_bound_to_pass_the_limit_writes_early_and_holds_little(monkeypatch: pytest.MonkeyPatch,
                                                                      sources: int | None,
                                                                      spills_at: int) -> None:
    """Articles stating two values each, a limit of 30 held: a run of 1,000 articles is
    bound to pass it, so it writes once it holds more than 10 (and after that, every 10);
    a run said to have 14 articles (28 values), or of an unknown number, waits for the
    limit (here passed all the same, at the 16th article), then writes every 10."""
    monkeypatch.setattr(verdicts_module, "BETWEEN_WRITES", 10)
    store = VerdictStore(2, held=30, sources=sources)
    held = []
    for number in range(40):
        _article(store, f"s{number:02d}", [0, 1], {0: "x", 1: "y"})
        held.append(store.in_buffers)
    first = held.index(0)
    assert first == spills_at
    assert max(held[first:]) <= 12  # once writing, a run writes every BETWEEN_WRITES
    assert [v.source for v in store.verdicts(1)] == [f"s{number:02d}" for number in range(40)]


def test_judged_sources_in_memory_are_the_list_itself() -> None:
    store = VerdictStore(2, held=1000)
    _fill(store)
    verdicts = store.verdicts(0)
    assert store.judged(0, verdicts) is verdicts


def test_a_verdict_that_cannot_be_pickled_stays_in_memory() -> None:
    """A plugin's rule type may keep values pickle refuses (a lambda, a lock): the run
    keeps the block holding them in memory rather than failing."""
    store = VerdictStore(1, held=1)
    _article(store, "a", [0], {0: "w"})
    store.buffers[0][0][1].raw_values = [lambda: None]  # as a plugin might
    _article(store, "b", [0], {0: "x"})  # past the limit: a and b are one block, kept
    _article(store, "c", [0], {0: "y"})
    _article(store, "d", [0], {0: "z"})  # c and d are written
    assert store.spilled and isinstance(store.blocks[0][0], list) and isinstance(store.blocks[0][1], tuple)
    verdicts = store.verdicts(0)
    assert [v.values for v in verdicts] == [["w"], ["x"], ["y"], ["z"]] and callable(verdicts[0].raw_values[0])
    verdicts[0].verdict = verdicts[3].verdict = "contradicts"
    assert [v.verdict for v in store.judged(0, verdicts)] == ["contradicts", "agrees", "agrees", "contradicts"]


def test_only_the_rule_handed_out_for_judging_can_be_handed_back() -> None:
    store = VerdictStore(2, held=0)
    _fill(store)
    verdicts = store.verdicts(0)
    with pytest.raises(ValueError, match="rule 1 was not handed out"):
        store.judged(1, verdicts)
    store.judged(0, verdicts)
    with pytest.raises(ValueError, match="rule 0 was not handed out"):
        store.judged(0, verdicts)


def test_a_runs_articles_are_kept_as_rows_and_read_back_whole():
    """The report's articles are kept compact until the reports, and read back with every
    field but the released text; reading twice gives equal, separate articles."""
    articles = [
        Article("corpus/a.txt", "text", title="A", language="hr", published=dt.date(2023, 9, 13), outlet="Index",
                url="https://index.hr/a", path=Path("corpus/a.txt"), line_base=2, language_detected=True,
                warnings=["lone surrogate characters replaced by U+FFFD"], meta={"desk": "world"}),
        Article("feed.jsonl#b", "text", language="ro", path=Path("feed.jsonl")),
        Article("https://example.org/c.txt", "text"),
        Article("corpus/d.txt", "text", title="D", language="en", path=Path("corpus/d.txt")),
    ]
    records = ArticleRecords(articles)
    expected = [dataclasses.replace(article, text="") for article in articles]
    assert list(records) == expected
    assert (len(records), records[1], records[-1], records[:2]) == (4, expected[1], expected[3], expected[:2])
    assert records.languages() == {"en", "hr", "ro"}
    read = records[0]
    read.meta["desk"] = "sport"
    read.warnings.clear()
    assert records[0] == expected[0] and records[0] is not read
    report = RunReport(results=[], articles=records, source_errors=[], exit_code=0, duration_s=0.0)
    assert report.languages == ["en", "hr", "ro"] and report.summary()["sources"] == 4


def test_articles_verdicts_and_evidence_pickle_and_copy_whole() -> None:
    """What goes between processes, into the cache and to the temporary file comes back
    with every field; a copy is shallow, as a dataclass copy is."""
    import copy
    import pickle

    from checker.model import Finding

    evidence = Evidence("a.txt", 3, 5, 40, 52, "On 13 September 2023 they met.", "13 September", 96.5,
                        "2023-09-13", 37)
    verdict = SourceVerdict("a.txt", "en", "contradicts", ["2023-09-13"], [evidence], "off by a day", None,
                            "baseline", [dt.date(2023, 9, 13)])
    article = Article("a.txt", "", "Title", "en", dt.date(2023, 9, 14), "Wire", "https://example.org/a",
                      Path("corpus/a.txt"), 2, True, ["a warning"], {"desk": "world"})
    finding = Finding(dt.date(2023, 9, 13), evidence, "agrees", "a note")
    for item in (evidence, verdict, article, finding):
        assert pickle.loads(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)) == item
        assert copy.deepcopy(item) == item
    shallow = copy.copy(verdict)
    assert shallow == verdict and shallow is not verdict and shallow.values is verdict.values
