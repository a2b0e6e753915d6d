"""A corpus named by URL: object storage (against moto's S3 server on 127.0.0.1) and
``file://``, read like a local folder, with source names as the URLs given."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.corpus import CorpusReader, LoadOptions
from checker.corpus.loaders import HtmlLoader, JsonLoader, MarkdownLoader, TextLoader
from checker.model import Article, SourceError

pytest.importorskip("fsspec")
pytest.importorskip("s3fs")
moto_server = pytest.importorskip("moto.server")

LOADERS = [TextLoader(), MarkdownLoader(), HtmlLoader(), JsonLoader()]


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(endpoint: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, object]]:
    """A new bucket, and the file system to fill it; dummy credentials and the endpoint
    as a user would give them."""
    import s3fs

    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                        "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("FACTCHECK_STORAGE_OPTIONS", json.dumps({"endpoint_url": endpoint}))
    name = f"corpus-{uuid.uuid4().hex[:12]}"
    fs = s3fs.S3FileSystem(endpoint_url=endpoint, skip_instance_cache=True)
    fs.mkdir(name)
    yield name, fs


def run(*args: str) -> tuple[int, dict, str]:
    result = CliRunner().invoke(main, ["run", "--format", "json", "--no-cache", *args])
    report = json.loads(result.stdout) if result.stdout.startswith("{") else {}
    report.get("summary", {}).pop("duration_s", None)
    return result.exit_code, report, result.stderr


def read(*urls: str, max_bytes: int = 1_000_000) -> tuple[CorpusReader, list[Article | SourceError]]:
    reader = CorpusReader(list(urls), LOADERS, LoadOptions(max_bytes=max_bytes))
    return reader, list(reader)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_the_sample_corpus_in_a_bucket_gives_the_local_report(bucket: tuple[str, object], root: Path,
                                                              monkeypatch: pytest.MonkeyPatch, workers: str) -> None:
    name, fs = bucket
    fs.put(str(root / "seeds") + "/", f"{name}/seeds/", recursive=True)  # type: ignore[attr-defined]
    monkeypatch.chdir(root)
    _, local, _ = run("rules/")
    code, report, err = run("rules/", "--corpus", f"s3://{name}/seeds/", "--workers", workers)
    assert (code, err) == (0, "")
    named = json.loads(json.dumps(local).replace('"seeds/', f'"s3://{name}/seeds/'))
    assert report == named and report["summary"]["languages"] == ["hr", "ro"]
    sources = {s["source"] for r in report["results"] for s in r["sources"]}
    assert sources == {f"s3://{name}/seeds/hr-kim-putin-invitation.txt", f"s3://{name}/seeds/ro-kim-putin-invitation.txt"}


def test_facts_and_explain_read_a_bucket_as_run_does(bucket: tuple[str, object], root: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule author debugs a rule on the corpus the run reads, wherever it lives."""
    name, fs = bucket
    fs.put(str(root / "seeds") + "/", f"{name}/seeds/", recursive=True)  # type: ignore[attr-defined]
    monkeypatch.chdir(root)
    url = f"s3://{name}/seeds/"
    result = CliRunner().invoke(main, ["facts", url, "--format", "json"])
    assert (result.exit_code, result.stderr) == (0, "")
    local = CliRunner().invoke(main, ["facts", "seeds/", "--format", "json"])
    assert json.loads(result.stdout) == json.loads(local.stdout.replace('"seeds/', f'"{url}'))
    result = CliRunner().invoke(main, ["explain", "venue", "--corpus", url])
    assert (result.exit_code, result.stderr) == (0, "")
    assert f"== {url}hr-kim-putin-invitation.txt [hr]" in result.stdout
    assert "value 'Vostochny' at 10:" in result.stdout and "outcome: passed" in result.stdout


def test_facts_of_a_missing_bucket_folder_is_a_source_error(bucket: tuple[str, object]) -> None:
    name, _ = bucket
    result = CliRunner().invoke(main, ["facts", f"s3://{name}/nowhere/"])
    assert result.exit_code == 1
    assert f"s3://{name}/nowhere/" in result.stdout and "no such file or directory" in result.stdout


def test_a_bucket_is_read_as_a_local_folder_is(bucket: tuple[str, object]) -> None:
    name, fs = bucket
    text = b"Headline\nThey met at the Vostochny cosmodrome.\n"
    fs.pipe({  # type: ignore[attr-defined]
        f"{name}/c/corpus.yaml": b"a.txt: {language: hr, outlet: Top}\nsub/b.txt: {language: ro, outlet: Top}\n"
                                 b"gone.txt: {language: de}\n",
        f"{name}/c/a.txt": text,
        f"{name}/c/sub/corpus.yaml": b"b.txt: {language: sr}\n",
        f"{name}/c/sub/b.txt": text,
        f"{name}/c/.hidden.txt": text,
        f"{name}/c/.git/x.txt": text,
        f"{name}/c/notes.pdfx": text,
        f"{name}/c/scan.txt": b"%PDF-1.7 binary",
        f"{name}/c/empty.txt": b"",
        f"{name}/c/big.txt": b"x" * 2048,
        f"{name}/d.txt": text,
    })
    reader, items = read(f"s3://{name}/c", f"s3://{name}/c/a.txt", f"s3://{name}/nowhere/", max_bytes=1024)
    assert [item.source for item in items] == [
        f"s3://{name}/nowhere/",
        f"s3://{name}/c/a.txt", f"s3://{name}/c/big.txt", f"s3://{name}/c/empty.txt", f"s3://{name}/c/scan.txt",
        f"s3://{name}/c/sub/b.txt"]
    errors = {item.source.rsplit("/", 1)[-1]: item.message for item in items if isinstance(item, SourceError)}
    assert errors == {"": "no such file or directory", "big.txt": "file is 2.0 KB, over the 1.0 KB limit",
                      "empty.txt": "empty file", "scan.txt": "binary file (PDF document), not text"}
    articles = {item.source.rsplit("/", 1)[-1]: item for item in items if isinstance(item, Article)}
    assert (articles["a.txt"].language, articles["a.txt"].outlet) == ("hr", "Top")
    assert (articles["b.txt"].language, articles["b.txt"].outlet) == ("sr", "Top")  # the nearest manifest wins
    assert articles["a.txt"].title == "Headline" and articles["a.txt"].path is None
    assert reader.warnings == [f"s3://{name}/c/corpus.yaml:3:1: 'gone.txt' names no file of the corpus"]
    _, [single] = read(f"s3://{name}/c/sub/b.txt")
    assert isinstance(single, Article) and single.language == "sr" and single.source == f"s3://{name}/c/sub/b.txt"


def test_a_malformed_manifest_in_a_bucket_is_a_collection_error(bucket: tuple[str, object], root: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    name, fs = bucket
    fs.pipe({f"{name}/c/corpus.yaml": b"a.txt:\n  langauge: hr\n", f"{name}/c/a.txt": b"A\nText.\n"})  # type: ignore[attr-defined]
    monkeypatch.chdir(root)
    code, _, err = run("rules/", "--corpus", f"s3://{name}/c/")
    assert code == 2
    assert err.startswith(f"factcheck: error: s3://{name}/c/corpus.yaml:2:3: unknown key 'langauge'")


def test_the_configuration_may_name_a_bucket(bucket: tuple[str, object], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    name, fs = bucket
    fs.pipe({f"{name}/news/a.txt": b"A\nThey met at the Baikonur cosmodrome.\n"})  # type: ignore[attr-defined]
    (tmp_path / "rules.yaml").write_text("- id: venue\n  check: entity\n  expect: Vostochny\n"
                                         "  alternatives: [Baikonur]\n  about: [cosmodrome]\n")
    (tmp_path / "factcheck.yaml").write_text(f"corpus: [s3://{name}/news]\n")
    monkeypatch.chdir(tmp_path)
    code, report, _ = run("rules.yaml")
    assert code == 1
    [venue] = report["results"]
    assert [(s["source"], s["verdict"]) for s in venue["sources"]] == [(f"s3://{name}/news/a.txt", "contradicts")]


@pytest.mark.parametrize("options, message", [
    ("{not json", ("FACTCHECK_STORAGE_OPTIONS is not valid JSON: Expecting property name enclosed in double quotes: "
                   "line 1 column 2 (char 1)")),
    ("[1]", "FACTCHECK_STORAGE_OPTIONS must be a JSON object of file system options"),
])
def test_bad_storage_options_are_a_usage_error(root: Path, monkeypatch: pytest.MonkeyPatch, options: str,
                                               message: str) -> None:
    monkeypatch.setenv("FACTCHECK_STORAGE_OPTIONS", options)
    monkeypatch.chdir(root)
    code, _, err = run("rules/", "--corpus", "s3://bucket/seeds/")
    assert (code, err) == (4, f"factcheck: error: {message}\n")


def test_an_unknown_scheme_is_a_usage_error(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    code, _, err = run("rules/", "--corpus", "nosuch://bucket/seeds/")
    assert code == 4 and err.startswith("factcheck: error: cannot open nosuch://bucket/seeds/: ")


def test_a_file_url_reads_a_local_folder_through_fsspec(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    _, local, _ = run("rules/")
    url = (root / "seeds").as_uri()
    code, report, err = run("rules/", "--corpus", url)
    assert (code, err) == (0, "")
    assert report == json.loads(json.dumps(local).replace('"seeds/', f'"{url}/'))


def test_facts_and_explain_take_an_unknown_scheme_as_run_does(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    for args in (["facts", "nosuch://bucket/seeds/"], ["explain", "venue", "--corpus", "nosuch://bucket/seeds/"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 4 and result.stderr.startswith("factcheck: error: cannot open nosuch://bucket/seeds/: ")


def test_without_fsspec_a_url_says_how_to_install_it(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "fsspec", None)  # as if not installed
    monkeypatch.setitem(sys.modules, "fsspec.core", None)
    monkeypatch.chdir(root)
    code, _, err = run("rules/", "--corpus", "s3://bucket/seeds/")
    assert (code, err) == (4, ('factcheck: error: reading s3://bucket/seeds/ needs fsspec: '
                               'pip install "factcheck-desk[dask]"\n'))
