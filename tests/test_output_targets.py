"""`-o` on every kind of target: a regular file (new or old), a symbolic link, a device, a FIFO,
/dev/stdout, a directory, the input, the --job file, a folder that cannot be written, a full disk;
and standard output on a full disk.  Devices and pipes are written to, links are written
through, the rest is refused or fails with one line and exit 2, leaving the old file intact."""
from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from profilecheck import output
from profilecheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
RESUME = "Jane Doe\nIT Project Manager | PMP | Agile\n\nExperience\nIT Project Manager, Acme, 2019 - 2024\n- Led a cloud migration\n"
ARGS = ["--format", "markdown", "--fail-level", "never", "--as-of", "2026-11-25"]


@pytest.fixture()
def resume(tmp_path: Path) -> Path:
    path = tmp_path / "resume.md"
    path.write_text(RESUME, encoding="utf-8")
    return path


def check(capsys, *args) -> tuple[int, str, str]:
    code = main(["check", *map(str, args), *ARGS])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str, fragment: str) -> None:
    assert err.count("\n") == 1 and err.startswith("profilecheck: error: "), err
    assert fragment in err and "Traceback" not in err, err


def run_cli(args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "profilecheck", *map(str, args)], cwd=ROOT, capture_output=kwargs.pop("capture", True), **kwargs)


# ------------------------------------------------------------------ regular files


def test_new_file_gets_the_umask_permissions(resume, tmp_path, capsys):
    target = tmp_path / "report.md"
    previous = os.umask(0o022)
    try:
        code, out, err = check(capsys, resume, "-o", target)
    finally:
        os.umask(previous)
    assert code == 0 and out == "" and err == ""
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not mkstemp's 0600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md", "resume.md"]


def test_existing_file_is_replaced_keeping_its_permissions(resume, tmp_path, capsys):
    target = tmp_path / "report.md"
    target.write_text("old report")
    target.chmod(0o640)
    code, _, err = check(capsys, resume, "-o", target)
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_symlink_is_written_through(resume, tmp_path, capsys):
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    code, _, err = check(capsys, resume, "-o", link)
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("# ")
    # a dangling link: the file it names is created, the link stays
    dangling = tmp_path / "dangling.md"
    dangling.symlink_to(tmp_path / "new.md")
    code, _, err = check(capsys, resume, "-o", dangling)
    assert code == 0, err
    assert dangling.is_symlink() and (tmp_path / "new.md").read_text(encoding="utf-8").startswith("# ")


# ------------------------------------------------------------------ devices and pipes


# Only nodes made for the test are used as root: an -o that replaced the real /dev/null,
# /dev/full or /dev/stdout would break the machine the tests run on.
ROOT_CAN_REPLACE_DEV = os.access("/dev", os.W_OK)


def device(tmp_path: Path, name: str, minor: int) -> Path:
    node = tmp_path / name
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, minor))  # 1,3 is null; 1,7 is full
    except OSError as error:
        pytest.skip(f"cannot make a device node here: {error}")
    return node


def assert_still_device(node: Path, minor: int) -> None:
    assert stat.S_ISCHR(node.lstat().st_mode), "the device node was replaced by a file"
    assert os.major(node.stat().st_rdev) == 1 and os.minor(node.stat().st_rdev) == minor


def test_device_file_is_written_to_not_replaced(resume, tmp_path, capsys):
    node = device(tmp_path, "null", 3)
    code, _, err = check(capsys, resume, "-o", node)
    assert code == 0, err
    assert_still_device(node, 3)


@pytest.mark.skipif(ROOT_CAN_REPLACE_DEV, reason="could replace the machine's /dev/null; the node test covers it")
def test_dev_null_stays_a_device(resume, capsys):
    before = os.stat("/dev/null")
    code, _, err = check(capsys, resume, "-o", "/dev/null")
    assert code == 0, err
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_fifo_is_written_to(resume, tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []

    def reader():
        with open(fifo, "rb") as handle:
            received.append(handle.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    code, _, err = check(capsys, resume, "-o", fifo)
    thread.join(30)
    assert code == 0, err
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the FIFO was replaced by a file"
    assert received and received[0].decode("utf-8").startswith("# ")


def test_a_link_to_standard_output_prints_the_report(resume, tmp_path):
    """What /dev/stdout is: a link to /proc/self/fd/1 (here one of our own, in tmp_path)."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    done = run_cli(["check", resume, "-o", link, *ARGS])
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").startswith("# ") and done.stderr == b""
    assert link.is_symlink()


@pytest.mark.skipif(ROOT_CAN_REPLACE_DEV, reason="could replace the machine's /dev/stdout; the link test covers it")
def test_dev_stdout_prints_the_report(resume, tmp_path):
    done = run_cli(["check", resume, "-o", "/dev/stdout", *ARGS])
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").startswith("# ") and done.stderr == b""
    target = tmp_path / "out.md"
    with open(target, "wb") as handle:
        done = run_cli(["check", resume, "-o", "/dev/stdout", *ARGS], stdout=handle, stderr=subprocess.PIPE, capture=False)
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8").startswith("# ")


# ------------------------------------------------------------------ refused


def test_directory_is_refused(resume, tmp_path, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    code, out, err = check(capsys, resume, "-o", folder)
    assert code == 2 and out == ""
    one_line_error(err, "is a directory")
    assert list(folder.iterdir()) == []


def test_the_input_is_refused(resume, tmp_path, capsys):
    before = resume.read_bytes()
    code, _, err = check(capsys, resume, "-o", resume)
    assert code == 2
    one_line_error(err, "refusing to overwrite")
    assert resume.read_bytes() == before
    # also through a link to it
    link = tmp_path / "link.md"
    link.symlink_to(resume)
    code, _, err = check(capsys, resume, "-o", link)
    assert code == 2 and resume.read_bytes() == before and link.is_symlink()


def test_the_job_file_is_refused(resume, tmp_path, capsys):
    posting = tmp_path / "posting.txt"
    posting.write_text("IT Project Manager. Required: PMP, Jira, Scrum, ServiceNow.")
    before = posting.read_bytes()
    code, _, err = check(capsys, resume, "--job", posting, "-o", posting)
    assert code == 2
    one_line_error(err, "refusing to overwrite")
    assert posting.read_bytes() == before


def test_missing_folder_is_one_line(resume, tmp_path, capsys):
    code, _, err = check(capsys, resume, "-o", tmp_path / "nowhere" / "report.md")
    assert code == 2
    one_line_error(err, "the output folder does not exist")


def test_proc_and_unwritable_places_are_one_line(resume, capsys):
    for target in ("/proc/self/profilecheck-report.md", "/proc/profilecheck-report.md"):
        code, _, err = check(capsys, resume, "-o", target)
        assert code == 2
        one_line_error(err, target)


def test_read_only_folder(resume, capsys):
    folder = Path(tempfile.mkdtemp(prefix="profilecheck-ro-"))
    try:
        (folder / "resume.md").write_text(RESUME, encoding="utf-8")
        (folder / "report.md").write_text("old report")
        folder.chmod(0o555)
        (folder / "resume.md").chmod(0o644)
        (folder / "report.md").chmod(0o666)
        args = ["check", folder / "resume.md", "-o", folder / "report.md", *ARGS]
        if os.geteuid() == 0:
            # root writes anywhere: run without the capabilities that let it
            done = run_cli(args, preexec_fn=_drop_file_capabilities)
            if done.returncode == 0:
                pytest.skip("cannot drop root's file capabilities here")
            code, err = done.returncode, done.stderr.decode()
        else:
            code = main([str(item) for item in args])
            err = capsys.readouterr().err
        assert code == 2, err
        one_line_error(err, "cannot write the report: permission denied")
        assert (folder / "report.md").read_text() == "old report"
        assert sorted(p.name for p in folder.iterdir()) == ["report.md", "resume.md"]
    finally:
        folder.chmod(0o755)
        for item in folder.iterdir():
            item.unlink()
        folder.rmdir()


def _drop_file_capabilities() -> None:
    """In the child before exec: drop CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER
    from the bounding set, so root meets file permissions like anyone else."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    PR_CAPBSET_DROP = 24
    for capability in (1, 2, 3):
        libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0)


# ------------------------------------------------------------------ full disks


def test_full_device(resume, tmp_path, capsys):
    node = device(tmp_path, "full", 7)
    code, _, err = check(capsys, resume, "-o", node)
    assert code == 2
    one_line_error(err, "no space left on device")
    assert_still_device(node, 7)


def test_full_disk_leaves_the_old_file_intact(resume, tmp_path, capsys, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("old report")

    def half_then_full(handle, data):
        os.write(handle, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output, "_write_all", half_then_full)
    code, _, err = check(capsys, resume, "-o", target)
    assert code == 2
    one_line_error(err, "no space left on device")
    assert target.read_text() == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md", "resume.md"]  # no temporary left


def test_standard_output_on_a_full_disk(resume, tmp_path):
    with open(device(tmp_path, "full", 7), "wb") as full:
        done = run_cli(["check", resume, *ARGS], stdout=full, stderr=subprocess.PIPE, capture=False)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    one_line_error(err, "standard output: cannot write the report: no space left on device")
