"""The `dondoc` command as a user runs it."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SEED
from helpers import count, outbox_files

DONDOC = [sys.executable, "-m", "dondoc.cli"]


@pytest.fixture
def bad_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    no_clauses = tmp_path / "no-clauses.txt"
    no_clauses.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\n\nSố: 12/UBND-TH\n\nĐắk Nông, ngày 02 tháng 3 năm 2020\n\n"
        "Kính gửi: Sở Nội vụ.\n\nỦy ban nhân dân tỉnh đã nhận được báo cáo của Sở Nội vụ về kết quả "
        "công tác năm 2019 và ghi nhận những kết quả đạt được.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
        "CHỦ TỊCH\n\nNguyễn Văn A\n", encoding="utf-8")
    return {"empty": empty, "binary": binary, "no_clauses": no_clauses}


def test_parse_json_is_one_object_per_file_and_bad_files_do_not_stop_the_batch(bad_files):
    run = subprocess.run(DONDOC + ["parse", "--json", str(bad_files["empty"]), str(SEED),
                                   str(bad_files["binary"])], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(bad_files["empty"]), str(SEED), str(bad_files["binary"])]
    assert "empty" in lines[0]["error"].lower()
    assert lines[2]["error"]
    seed = lines[1]
    assert seed["number"] == "2457/UBND-NC" and len(seed["tasks"]) == 9
    assert set(seed) >= {"number", "issuer", "place", "issued_on", "subject", "recipients",
                         "signer_title", "signer", "tasks"}
    assert set(seed["tasks"][0]) >= {"clause", "lead", "support", "deadline", "deadline_text",
                                     "recurrence", "action"}


def test_parse_does_not_import_prefect():
    code = ("import sys; from dondoc.cli import main; main(['parse', '--json', %r]); "
            "assert 'prefect' not in sys.modules, 'prefect imported'" % str(SEED))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr


@pytest.mark.usefixtures("prefect_harness")
def test_bad_letters_get_a_clear_error_and_store_nothing(home, bad_files, capsys):
    from dondoc.cli import main
    from models.tables import Assignment, Directive, FollowUp

    for name, path in bad_files.items():
        assert main(["ingest", str(path), "--now", "2020-03-02T08:00"]) == 1, name
        err = capsys.readouterr().err
        assert str(path) in err and "error:" in err, name
    assert "no clause" in err
    assert count(Directive) == count(Assignment) == count(FollowUp) == 0
    assert outbox_files(home) == []

    # a batch goes on past a bad file
    assert main(["ingest", str(bad_files["empty"]), str(SEED), "--now", "2018-05-25T08:00"]) == 1
    out = capsys.readouterr().out
    assert "stored 2457/UBND-NC" in out and count(Directive) == 1


@pytest.mark.usefixtures("prefect_harness")
def test_sweep_assignments_and_done(home, capsys):
    from dondoc.cli import main

    assert main(["ingest", str(SEED), "--now", "2018-05-25T08:00"]) == 0
    assert "stored 2457/UBND-NC" in capsys.readouterr().out
    assert main(["ingest", str(SEED)]) == 0
    assert "already stored; nothing changed" in capsys.readouterr().out

    assert main(["sweep", "--now", "2018-09-20T07:00"]) == 0
    assert "outside working hours: nothing sent" in capsys.readouterr().out
    assert main(["sweep", "--now", "2018-09-20T08:00"]) == 0
    out = capsys.readouterr().out
    reminders = [line for line in out.splitlines() if "  reminder " in line]
    assert len(reminders) == 2 and "reminder   → Sở Kế hoạch và Đầu tư" in out
    assert "status_request → Sở Nội vụ" in out  # the quarter's request on ongoing duties (15/6)
    assert main(["sweep", "--now", "2018-09-20T08:00"]) == 0
    assert "sent 0," in capsys.readouterr().out

    assert main(["assignments", "--agency", "Sở Nội vụ", "--json", "--now", "2019-02-01T09:00"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    lead = next(r for r in rows if r["clause"] == "5.4")
    assert lead["status"] == "overdue" and lead["due_on"] == "2019-01-31"

    assert main(["done", str(lead["id"]), "--at", "2019-02-12T10:00", "--note", "đã sơ kết"]) == 0
    assert "done_late" in capsys.readouterr().out
    assert main(["assignments", "--status", "done_late", "--json"]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == [lead["id"]]
    assert main(["done", str(lead["id"])]) == 1
    assert "already" in capsys.readouterr().err
    assert main(["done", "999999"]) == 1
    assert "no assignment #999999" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["review"], ["stats"], ["assignments"], ["extend", "list"],
                                     ["fix", "1"], ["done", "1"]])
def test_operator_commands_do_not_import_prefect(command, tmp_path):
    code = ("import sys; from dondoc.cli import main; main(%r); "
            "assert 'prefect' not in sys.modules, 'prefect imported'" % command)
    env = {**os.environ, "DONDOC_HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    assert "prefect imported" not in run.stderr and "Traceback" not in run.stderr, run.stderr


def test_review_fix_extend_and_stats_as_an_operator_does(home, capsys):
    from dondoc.cli import main
    from helpers import store_seed

    store_seed()
    assert main(["review", "--now", "2018-05-28T09:00"]) == 0
    out = capsys.readouterr().out
    assert "6 to review" in out and "các cơ quan báo chí" in out and "không có trong danh bạ" in out
    assert main(["review", "--json"]) == 0
    queue = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    press = next(r for r in queue if r["agency_text"] == "các cơ quan báo chí")

    assert main(["fix", str(press["id"]), "--agency", "Sở TT&TT", "--at", "2018-05-28T09:00"]) == 0
    out = capsys.readouterr().out
    assert "agency: các cơ quan báo chí → Sở Thông tin và Truyền thông" in out and "1 follow-ups planned" in out
    assert main(["fix", str(press["id"]), "--agency", "Sở Không Có"]) == 1
    assert "not in the agency directory" in capsys.readouterr().err
    assert main(["review", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 5

    lead = next(json.loads(line) for line in _out(main, capsys, ["assignments", "--agency", "so-noi-vu", "--json"])
                if json.loads(line)["clause"] == "5.4")
    assert main(["extend", "request", str(lead["id"]), "--to", "2019-02-20", "--reason", "chờ số liệu",
                 "--at", "2019-01-25T10:00"]) == 0
    assert "deadline still 2019-01-31" in capsys.readouterr().out
    assert main(["extend", "approve", str(lead["id"]), "--to", "2019-02-15", "--at", "2019-01-28T09:00"]) == 0
    assert "deadline 2019-02-15 (originally 2019-01-31)" in capsys.readouterr().out
    assert main(["extend", "refuse", str(lead["id"])]) == 1
    assert "no extension request waiting" in capsys.readouterr().err
    assert main(["extend", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert (listed["status"], listed["granted_on"], listed["previous_due_on"]) == ("approved", "2019-02-15", "2019-01-31")

    assert main(["stats", "--directive", "2457/UBND-NC", "--agency", "Sở Nội vụ", "--now", "2019-02-20T09:00",
                 "--json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["agency"], row["overdue"], row["extended"], row["days_overdue_max"]) == ("Sở Nội vụ", 1, 1, 5)
    assert main(["stats", "--directive", "9999/UBND"]) == 1
    assert "no directive" in capsys.readouterr().err
    assert main(["stats", "--now", "2019-02-20T09:00"]) == 0
    out = capsys.readouterr().out
    assert "Tổng cộng" in out and "Sở Nội vụ" in out


def _out(main, capsys, argv) -> list[str]:
    assert main(argv) == 0
    return capsys.readouterr().out.splitlines()


def test_commands_warn_when_the_coming_year_has_no_swap_decisions(home, capsys):
    from dondoc.cli import main

    assert main(["stats", "--now", "2026-11-26T09:00"]) == 0
    assert "warning: no working-day swap decisions entered for 2027" in capsys.readouterr().err
    assert main(["stats", "--now", "2018-11-26T09:00"]) == 0  # 2018 and 2019 are entered
    assert "warning" not in capsys.readouterr().err
