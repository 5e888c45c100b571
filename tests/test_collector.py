"""The garbage collector is paused only while a process starts (profilecheck/collector.py) and is
always running again once the pipeline is built, a document is read, or the command returns."""
from __future__ import annotations

import gc

import pytest

from profilecheck import collector


@pytest.fixture(autouse=True)
def collector_running():
    gc.enable()
    yield
    gc.enable()


def test_a_build_pauses_collection_and_freezes_nothing():
    frozen_before = gc.get_freeze_count()
    with collector.paused_while_building():
        assert not gc.isenabled()
        kept = [[index] for index in range(1000)]  # long-lived objects of the build
    assert gc.isenabled() and len(kept) == 1000
    assert gc.get_freeze_count() == frozen_before  # a library caller's garbage is never kept


def test_a_caller_that_turned_the_collector_off_keeps_it_off():
    gc.disable()
    with collector.paused_while_building():
        pass
    collector.resume()
    assert not gc.isenabled()


def test_the_command_line_collects_again_when_it_returns(capsys):
    from profilecheck.cli import main

    assert main(["headline", "IT Project Manager | Agile delivery | PMP", "--fail-level", "never"]) == 0
    assert gc.isenabled()
    assert main(["rule", "PC999"]) == 2  # an error path too
    assert gc.isenabled()


def test_reading_a_document_collects_again_after_freezing_the_start_up():
    from profilecheck.options import Options
    from profilecheck.readers import read_bytes

    frozen_before = gc.get_freeze_count()
    collector.pause(whole_process=True)
    assert not gc.isenabled()
    made = [[index] for index in range(1000)]
    read_bytes(b"Jane Doe\nIT Project Manager\n", "resume.txt", Options())
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen_before + len(made)
    gc.unfreeze()


def test_long_running_commands_collect_from_the_start(monkeypatch):
    from profilecheck import cli

    seen = []
    monkeypatch.setattr(cli, "_run_rules", lambda args: seen.append(gc.isenabled()) or 0)
    assert cli.main(["rules"]) == 0
    assert seen == [True]
