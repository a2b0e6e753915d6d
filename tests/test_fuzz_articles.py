"""Bad, broken and hostile articles: each is a source error or is read (with a warning
when its encoding had to be guessed), and every other source and rule still runs: the
sample articles beside it keep exactly the verdicts, values and evidence they have
alone. A source that could not be read never passes silently.

Fixed cases (random bytes, invalid UTF-8, UTF-16/32 with and without a byte-order mark,
NUL bytes, mixed scripts, right-to-left text, a 1 MB single line, a 50 MB sparse file,
empty files, PDF/PNG/ZIP/gzip files renamed, a FIFO, a broken link, ...) run through the
command line beside the sample corpus; two Hypothesis properties fuzz file contents, one
through the command line and one (cheaper, more examples) through the corpus loader and
the engine directly.

Budget: fixed and derandomized for CI. ``FACTCHECK_FUZZ_EXAMPLES=N`` scales every
fuzzed property so that the main ones run ``N`` examples where CI runs 100
(``FACTCHECK_FUZZ_EXAMPLES=2000`` is a 20x long run); see ``budget()``.
"""

from __future__ import annotations

import codecs
import functools
import gzip
import json
import os
import random
import re
import shutil
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from fuzzing import fuzz_settings, hang_detector, invoke
from hypothesis import event, given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SOURCES = ("seeds/hr-kim-putin-invitation.txt", "seeds/ro-kim-putin-invitation.txt")
HR_TEXT = (ROOT / SAMPLE_SOURCES[0]).read_text(encoding="utf-8")
RO_TEXT = (ROOT / SAMPLE_SOURCES[1]).read_text(encoding="utf-8")
# Rules with `expect`: their verdict on a source depends on that source alone. Rules
# without it group sources by value, so another source may change their verdicts, but
# never what each source states (values and evidence).
def _sample_rule_data() -> list[dict[str, Any]]:
    rules = []
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        rules.extend(data["rules"] if isinstance(data, dict) else data)
    return rules


EXPECTING = {rule["id"] for rule in _sample_rule_data() if "expect" in rule}


def run_json(*args: str) -> tuple[int, dict[str, Any], str]:
    code, out, err = invoke("run", "--format", "json", "--no-cache", *args)
    assert "Traceback" not in err, err[-3000:]
    assert code in (0, 1), (code, err[-3000:])
    return code, json.loads(out), err


def per_source(report: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """``{(rule, source): verdict entry}`` of a JSON report."""
    return {(r["rule"], s["source"]): s for r in report["results"] for s in r["sources"]}


@functools.cache
def baseline() -> dict[tuple[str, str], dict[str, Any]]:
    """What the sample corpus alone gives (source names are relative: any copy will do)."""
    project = Path(os.getcwd())
    assert (project / "seeds").is_dir()
    _, report, _ = run_json()
    return per_source(report)


def assert_sample_unaffected(report: dict[str, Any]) -> None:
    """The sample articles keep their verdicts (rules with `expect`), values and evidence,
    and every rule still ran."""
    alone = baseline()
    found = per_source(report)
    for (rule, source), entry in alone.items():
        assert (rule, source) in found, f"{rule} no longer read {source}"
        now = found[(rule, source)]
        assert (now["values"], now["evidence"]) == (entry["values"], entry["evidence"]), (rule, source)
        if rule in EXPECTING:
            assert now["verdict"] == entry["verdict"], (rule, source, now["verdict"], entry["verdict"])
    assert {r["rule"] for r in report["results"]} == {rule for rule, _ in alone}
    assert all(r["outcome"] != "error" for r in report["results"]), \
        [(r["rule"], r["message"]) for r in report["results"] if r["outcome"] == "error"]


def fate(report: dict[str, Any], source: str) -> str:
    """``error`` (one clear line in ``errors``), ``read`` (among every rule's sources), or
    ``lost`` (neither: a source that vanished)."""
    errors = [e for e in report.get("errors", []) if e["source"] == source or e["source"].startswith(source + "#")]
    read = {s["source"] for r in report["results"] for s in r["sources"]}
    is_read = source in read or any(s.startswith(source + "#") for s in read)
    for error in errors:
        assert error["message"].strip() and "\n" not in error["message"] and "Traceback" not in error["message"]
    if errors and not is_read:
        return "error"
    if is_read and not errors:
        return "read"
    return "mixed" if errors else "lost"


# -- the fixed hostile files -------------------------------------------------------------
ENGLISH = "The leaders met at the Vostochny cosmodrome on Wednesday, 13 September 2023.\n" \
          "Putin accepted the invitation, the agency KCNA reported.\n"
MIXED_SCRIPTS = ("Mixed: Путин met Kim at Восточный (Vostochny) cosmodrome; Ελληνικά, 金正恩, 普京, "
                 "पुतिन, ปูติน, 푸틴, Ⓟⓤⓣⓘⓝ, 𝐏𝐮𝐭𝐢𝐧, ＰＵＴＩＮ, e\u0301\u0301\u0301, 🇰🇵🇷🇺 👨‍👩‍👧, ﷽, Z̴̡͝a̸l̷g̶o̵.\n")
RTL = ("\u202bقمة كيم وبوتين في قاعدة فوستوشني الفضائية يوم الأربعاء 13 سبتمبر 2023.\u202c\n"
       "\u2067הפגישה התקיימה בקוסמודרום ווסטוצ'ני.\u2069 \u202egnp.exe\u202c מ-2023\n"
       "ملتقى \u200f13\u200e/09/2023 \u061c٢٠٢٣ ۱۳ سپتامبر\n")


def _one_line_megabyte(anchors: bool = True) -> bytes:
    # Sentences in several languages, no line break, no run of capitals (see the
    # acronym test below): a paste of a whole site into one line. With ``anchors``, the
    # sentences name the sample rules' facts (meeting, cosmodrome) every 190 characters.
    sentence = ("Kim je rekao Putinu da je sastanak podigao veze na novu razinu, 13. rujna 2023. "
                "Liderii s-au întâlnit la cosmodromul Vostocinîi miercuri. Встреча прошла в среду. ") if anchors \
        else ("Vrijeme je bilo lijepo i sunčano, a ulice su bile pune ljudi 14. rujna 2023. Afară a plouat "
              "toată ziua, peste 18 grade. Погода была тёплой, около 20 градусов. ")
    return (sentence * (1_000_000 // len(sentence.encode()) + 1)).encode("utf-8")[:1_000_000].rsplit(b" ", 1)[0]


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as stream:
        stream.write(ENGLISH.encode())
        stream.truncate(size)


def _png() -> bytes:
    raw = zlib.compress(b"\x00\xff\x00\x00" * 4)
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR\x00\x00\x00\x02\x00\x00\x00\x02\x08\x02\x00\x00\x00" + raw


def _zip() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", ENGLISH)
    return buffer.getvalue()


Writer = Callable[[Path], None]


def content(data: bytes) -> Writer:
    return lambda path: path.write_bytes(data)


HOSTILE: dict[str, tuple[str, Writer, str]] = {
    # id: (file name, how to write it, "error" | "read" | "either")
    "random-bytes": ("random.txt", content(random.Random(7).randbytes(4096)), "either"),
    "invalid-utf8": ("invalid.txt", content(ENGLISH.encode() + b"\xff\xfe\xc3\x28 \xa0\xa1 \xed\xa0\x80 end.\n"),
                     "either"),
    "overlong-utf8": ("overlong.txt", content(b"The meeting \xc0\xaf\xe0\x80\xaf at the cosmodrome.\n"), "either"),
    "utf16-bom": ("utf16.txt", content(ENGLISH.encode("utf-16")), "read"),
    "utf16-be-bom": ("utf16be.txt", content(codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be")), "read"),
    "utf16-no-bom": ("utf16nobom.txt", content(ENGLISH.encode("utf-16-le")), "error"),
    "utf32-bom": ("utf32.txt", content(ENGLISH.encode("utf-32")), "read"),
    "utf8-bom": ("utf8bom.txt", content(codecs.BOM_UTF8 + ENGLISH.encode()), "read"),
    "bad-utf16": ("badutf16.txt", content(codecs.BOM_UTF16_LE + b"\x00\xd8a\x00"), "error"),
    "nul-bytes": ("nul.txt", content(ENGLISH.encode() + b"\x00\x00\x00 more"), "error"),
    "mixed-scripts": ("mixed.txt", content(MIXED_SCRIPTS.encode()), "read"),
    "right-to-left": ("rtl.txt", content(RTL.encode()), "read"),
    "control-characters": ("controls.txt", content(b"\x1b[2J\x07\x08" + ENGLISH.encode() + b"\x1b]0;x\x07\x7f\x0c"),
                           "read"),
    "crlf-and-cr": ("newlines.txt", content(ENGLISH.replace("\n", "\r\n").encode() + b"Lone\rCR\r"), "read"),
    "one-line-1mb": ("oneline.txt", content(_one_line_megabyte(anchors=False)), "read"),
    "one-line-1mb-of-facts": ("facts.txt", content(_one_line_megabyte()), "read"),
    "sparse-50mb": ("huge.txt", lambda path: _sparse(path, 50 * 1024 * 1024), "error"),
    "empty": ("empty.txt", content(b""), "error"),
    "whitespace": ("blank.txt", content(" \n\t\r\n\u3000 \n".encode()), "error"),
    "pdf-as-txt": ("paper.txt", content(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
                   "error"),
    "png-as-txt": ("image.txt", content(_png()), "error"),
    "zip-as-md": ("document.md", content(_zip()), "error"),
    "gzip-as-html": ("page.html", content(gzip.compress(b"<html><body><p>" + ENGLISH.encode() + b"</p></body></html>")),
                     "error"),
    "windows-1250": ("cp1250.txt", content(HR_TEXT.encode("cp1250", "replace")), "read"),
    "koi8-r": ("koi8.txt", content(("Встреча Путина и Ким Чен Ына прошла на космодроме Восточный в среду, "
                                    "13 сентября 2023 года. Путин принял приглашение.\n" * 3).encode("koi8-r")),
               "read"),
    "not-json": ("broken.json", content(b'{"id": 1, "text": "The meeting'), "error"),
    "json-deep-nesting": ("deep.json", content(b'{"text": "x", "a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
                          "error"),
    "json-array-of-junk": ("junk.json", content(b'[1, "x", null, {"text": 5}, {"text": ""}]'), "error"),
    "jsonl-half-good": ("half.jsonl", content(json.dumps({"id": "ok", "language": "en", "text": ENGLISH}).encode()
                                              + b"\n{not json\n\xff\xfe\n"), "mixed"),
    "md-unclosed-front-matter": ("unclosed.md", content(b"---\ntitle: x\n\n" + ENGLISH.encode()), "error"),
    "md-python-tag": ("tagged.md", content(b"---\ntitle: !!python/object/apply:os.system [touch pwned]\n---\n"
                                           + ENGLISH.encode()), "error"),
    "html-only-script": ("script.html", content(b"<html><script>document.write('The meeting')</script></html>"),
                         "error"),
    "html-unclosed-everything": ("tags.html", content(b"<html><body><article><p>" + ENGLISH.encode()
                                                      + b"<div><span><b><i><table><tr><td>" * 500), "read"),
    "fifo": ("pipe.txt", lambda path: os.mkfifo(path), "error"),
    "broken-link": ("dangling.txt", lambda path: path.symlink_to(path.parent / "missing-target.txt"), "error"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_file_is_a_source_error_or_read_and_the_rest_still_runs(project: Path, case: str) -> None:
    baseline()
    name, write, expected = HOSTILE[case]
    if case == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    write(project / "seeds" / name)
    code, report, _ = run_json()
    what = fate(report, f"seeds/{name}")
    assert what != "lost"
    assert what == expected or (expected == "either" and what in ("error", "read")), what
    assert_sample_unaffected(report)
    assert code == (1 if report.get("errors") else code)
    assert not (project / "pwned").exists()


def test_an_unreadable_source_fails_the_run_unless_allowed(project: Path) -> None:
    for case in ("pdf-as-txt", "empty", "nul-bytes", "sparse-50mb"):
        name, write, _ = HOSTILE[case]
        write(project / "seeds" / name)
    code, report, _ = run_json()
    assert code == 1 and len(report["errors"]) == 4
    assert_sample_unaffected(report)  # the sample alone exits 0: the errors alone make it 1
    code, report, _ = run_json("--allow-source-errors")
    assert code == 0 and len(report["errors"]) == 4
    code, out, _ = invoke("run", "--color", "no", "--no-cache")
    assert code == 1 and "SOURCE ERRORS" in out and "seeds/huge.txt: file is 50.0 MB" in out


def test_a_guessed_encoding_is_reported_by_facts(project: Path) -> None:
    HOSTILE["windows-1250"][1](project / "seeds/cp1250.txt")
    code, out, _ = invoke("facts", "seeds/cp1250.txt", "--format", "json")
    [source] = json.loads(out)["sources"]
    assert code == 0 and any("not UTF-8" in warning for warning in source["warnings"])
    assert "Vladimira Putina" in [name["text"] for name in source["names"]]


def test_a_guessed_encoding_is_reported_by_run(project: Path) -> None:
    HOSTILE["windows-1250"][1](project / "seeds/cp1250.txt")
    _, out, _ = invoke("run", "--color", "no", "--no-cache")
    assert any("seeds/cp1250.txt" in line and "UTF-8" in line for line in out.splitlines()), out[:2000]


# -- no silent pass ------------------------------------------------------------------------
@pytest.mark.parametrize("scoped", [False, True])
def test_a_rule_whose_sources_all_errored_is_an_error_not_a_pass(project: Path, scoped: bool) -> None:
    if scoped:
        (project / "seeds/zz-broken.txt").write_bytes(b"%PDF-1.4 not an article")
        (project / "rules/scoped.yaml").write_text("- id: scoped-venue\n  check: entity\n  expect: Vostochny\n"
                                                   "  about: [cosmodrome]\n  sources: {paths: zz-broken.txt}\n")
        args = ["rules/scoped.yaml"]
    else:
        broken = project / "broken"
        broken.mkdir()
        (broken / "a.txt").write_bytes(b"%PDF-1.4 not an article")
        (broken / "b.txt").write_bytes(b"")
        args = ["rules/summit.yaml", "--corpus", "broken"]
    for extra in ([], ["--allow-source-errors"]):
        code, out, _ = invoke("run", *args, "--format", "json", "--no-cache", *extra)
        report = json.loads(out)
        assert report["errors"]
        assert all(r["outcome"] == "error" for r in report["results"]), \
            [(r["rule"], r["outcome"], r["message"]) for r in report["results"]]
        assert code == 1


# -- huge articles cannot hang the run ---------------------------------------------------
def test_a_long_line_of_acronyms_cannot_hang_facts(project: Path) -> None:
    # 400 KB: well under a second of work once linear; hours while quadratic.
    line = "Summit: " + "NATO EU UN KCNA DNRK TASS " * 15_000
    (project / "seeds/acronyms.txt").write_text(line + "\n", encoding="utf-8")
    code, out, _ = invoke("facts", "seeds/acronyms.txt", "--format", "json")
    assert code == 0 and json.loads(out)["sources"][0]["names"]


# -- fuzzed contents -------------------------------------------------------------------------
SUFFIXES = (".txt", ".md", ".html", ".json", ".jsonl")
FRAGMENTS = st.sampled_from([
    HR_TEXT[:400], RO_TEXT[:400], ENGLISH, MIXED_SCRIPTS, RTL, "\n", "\n\n", " ", "\t", "\r\n", "\r", "\x00", "\ufeff",
    "\u202e", "\u200b", "\x1b[31m", "\x85", "\u2028", "---\n", "title: x\n", "<p>", "</p>", "<script>", "<article>",
    "<html lang=hr>", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "<!--", "-->", "<![CDATA[", "{", "}", '"text": "',
    '"id": ', '"', ",", "[", "]", "13. rujna 2023.", "13 septembrie", "1.000,5", "više od 18 mjeseci", "KCNA",
    "Vostočni", "Восточный", "🚀", "e\u0301", "%PDF-", "\x89PNG", "\xff", "\udc80",
])
TEXTS = st.one_of(
    st.lists(FRAGMENTS, max_size=20).map("".join),
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1250",
                             "cp1251", "koi8-r", "latin-1", "shift_jis", "gb18030", "iso-8859-7"])


@st.composite
def file_contents(draw: st.DrawFn, suffix: str) -> bytes:
    """Bytes for a corpus file of ``suffix``: encoded text (JSON records for .json and
    .jsonl), raw bytes, or text with binary damage."""
    kind = draw(st.sampled_from(["text", "text", "records", "bytes", "damaged"]))
    text = draw(TEXTS)
    if kind == "records" or (kind == "text" and suffix in (".json", ".jsonl") and draw(st.booleans())):
        records = [{"id": draw(st.one_of(st.integers(), st.text(max_size=5))),
                    "text": (draw(TEXTS)),
                    "language": draw(st.sampled_from(["hr", "ro", "en", "xx", "", None, 5])),
                    "published": draw(st.sampled_from(["2023-09-14", "2023-02-30", "yesterday", None, 0]))}
                   for _ in range(draw(st.integers(1, 3)))]
        text = "\n".join(json.dumps(r, ensure_ascii=draw(st.booleans())) for r in records) if suffix == ".jsonl" \
            else json.dumps(records if len(records) > 1 else records[0])
    if kind == "bytes":
        return draw(st.binary(max_size=600))
    if draw(st.booleans()):
        data = text.encode("utf-8", "surrogatepass")  # lone surrogates become invalid UTF-8
    else:
        data = text.encode(draw(ENCODINGS), "replace")
    if kind == "damaged":
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(min_size=1, max_size=20)) + data[cut:]
    return data


@fuzz_settings(40)
@given(data=st.data(), suffix=st.sampled_from(SUFFIXES))
def test_any_file_content_beside_the_sample_is_an_error_or_read_and_the_rest_still_runs(
        project: Path, data: st.DataObject, suffix: str) -> None:
    baseline()
    raw = data.draw(file_contents(suffix), label="content")
    name = f"fuzz{suffix}"
    (project / "seeds" / name).write_bytes(raw)
    _, report, _ = run_json()
    what = fate(report, f"seeds/{name}")
    event(what)
    assert what != "lost"
    assert_sample_unaffected(report)


@fuzz_settings(100)
@given(data=st.data(), suffix=st.sampled_from(SUFFIXES))
def test_any_file_content_loads_and_every_sample_rule_checks_it(tmp_path: Path, data: st.DataObject,
                                                                suffix: str) -> None:
    from checker.corpus import LoadOptions, load_corpus
    from checker.engine import check_article
    from checker.facts.article import ArticleFacts

    raw = data.draw(file_contents(suffix), label="content")
    folder = tmp_path / "corpus"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / f"fuzz{suffix}").write_bytes(raw)
    host, rules, index = _sample_rules()
    loaders = list(dict.fromkeys(host.loaders.values()))
    with hang_detector():
        loaded = load_corpus([folder], loaders, LoadOptions(root=tmp_path, languages=["hr", "ro", "en", "ru"]))
        assert loaded.articles or loaded.errors
        for error in loaded.errors:
            assert error.message.strip() and "\n" not in error.message
        for article in loaded.articles:
            assert article.text.strip()
            facts = ArticleFacts(article, index)
            verdicts = check_article(facts, rules, host.rule_types)
            assert [v.verdict for v in verdicts if v.verdict == "error"] == [], \
                [v.message for v in verdicts if v.verdict == "error"]
            for verdict in verdicts:
                for evidence in verdict.evidence:
                    assert article.text[evidence.start:evidence.end] == evidence.text
    event("read" if loaded.articles else "error")


@functools.cache
def _sample_rules() -> tuple[Any, list[Any], Any]:
    from checker.session import build_index
    from checker.testing import load_rules, make_host

    host = make_host()
    rules = [rule for path in sorted((ROOT / "rules").glob("*.yaml"))
             for rule in load_rules(path.read_text(encoding="utf-8"), host=host, name=f"rules/{path.name}")]
    return host, rules, build_index(rules, host.rule_types)


# Sanity: the helpers see what they should (a broken helper would make every test pass).
def test_fate_tells_errors_reads_and_losses_apart() -> None:
    report = {"errors": [{"source": "a.txt", "message": "empty file"}],
              "results": [{"sources": [{"source": "b.txt"}, {"source": "c.jsonl#1"}]}]}
    assert [fate(report, s) for s in ("a.txt", "b.txt", "c.jsonl", "d.txt")] == ["error", "read", "read", "lost"]
    assert re.fullmatch(r"[a-z-]+", "venue") and EXPECTING >= {"venue", "meeting-date"}
