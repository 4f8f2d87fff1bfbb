"""Everyday defaults: --workers auto, and files that are plainly not articles."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.ingest import is_not_article, iter_files
from newsgraph.model import Problem, SourceDocument
from newsgraph.scale.auto import AUTO_WORKERS, parse_workers, plan_workers


def _documents(count: int, characters: int = 2_000) -> list[SourceDocument]:
    """``count`` documents of ``characters`` characters each (a BBC article is about 2,000)."""
    return [SourceDocument(id=f"d{i}", sha256="0", path=f"{i}.txt", text="x" * characters) for i in range(count)]


def test_auto_plan_takes_every_core_for_a_large_stream_and_gives_every_document_back():
    plan, documents = plan_workers(iter(_documents(500)), 32, cores=4, memory_workers=16)
    assert (plan.workers, plan.batch_size) == (4, 32)
    assert [d.id for d in documents] == [f"d{i}" for i in range(500)]


def test_auto_plan_runs_a_few_documents_in_this_process():
    plan, documents = plan_workers(iter(_documents(20)), 32, cores=2, memory_workers=16)
    assert plan.workers == 1  # 40,000 characters: a second worker would not earn its start-up
    assert plan.reason == "auto: 20 new documents, little text"
    assert len(list(documents)) == 20


def test_auto_plan_shares_a_small_job_of_long_articles_in_small_batches():
    plan, _ = plan_workers(iter(_documents(60, characters=2_800)), 32, cores=4, memory_workers=16)
    assert plan.workers == 3  # 168,000 characters: three workers' worth
    assert plan.batch_size == 7  # 60 documents, 3 workers, 3 batches each


def test_auto_plan_is_bounded_by_memory():
    plan, _ = plan_workers(iter(_documents(500)), 32, cores=8, memory_workers=3)
    assert plan.workers == 3
    assert plan.reason == "auto: 8 cores, memory"


def test_workers_values():
    assert parse_workers("auto") == AUTO_WORKERS
    assert parse_workers("3") == 3
    for bad in ("0", "-1", "two"):
        try:
            parse_workers(bad)
        except ValueError as error:
            assert "auto" in str(error)
        else:
            raise AssertionError(bad)


def test_build_rejects_a_bad_workers_value(tmp_path):
    result = CliRunner().invoke(app, ["build", str(tmp_path), "--workers", "many"])
    assert result.exit_code == 2
    assert "'auto' or a whole number" in result.output


def test_not_article_names():
    for name in ("README.TXT", "readme.md", "LICENSE", "LICENSE.txt", "CHANGELOG.md", "requirements.txt"):
        assert is_not_article(name), name
    for name in ("001.txt", "readers-letters.txt", "licensing-row.txt", "news-2016.md"):
        assert not is_not_article(name), name


def test_folder_readme_is_skipped_with_a_note_and_kept_with_include_all(tmp_path):
    (tmp_path / "README.TXT").write_text("About this dataset.\n")
    article = tmp_path / "001.txt"
    article.write_text("Minister resigns\n\nThe minister resigned on Monday.\n")
    found = list(iter_files([tmp_path]))
    assert found[0] == article
    assert isinstance(found[1], Problem) and found[1].path.endswith("README.TXT")
    assert "--include-all" in found[1].reason
    assert list(iter_files([tmp_path], include_all=True)) == [article, tmp_path / "README.TXT"]
    # named directly, it is read: the user asked for it
    assert list(iter_files([tmp_path / "README.TXT"])) == [tmp_path / "README.TXT"]


def test_cli_reference_matches_the_program():
    import subprocess
    import sys

    script = Path(__file__).resolve().parent.parent / "scripts" / "cli_docs.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_readme_is_a_front_door():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    assert "make demo" in readme and "make test" in readme
    for page in ("guide", "cli", "schema", "store", "accuracy", "performance", "design"):
        assert f"docs/{page}.md" in readme
        assert (Path(__file__).resolve().parent.parent / "docs" / f"{page}.md").is_file(), page
