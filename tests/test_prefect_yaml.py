"""prefect.yaml against a real local Prefect server: `prefect deploy --all` registers both
deployments with their schedules, and a process worker runs the ingest deployment."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, SEED, free_port

PREFECT = str(Path(sys.executable).with_name("prefect"))


def _get(url: str, body: dict | None = None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"},
                                 method="POST" if body is not None else "GET")
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("prefect-server")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_LOGGING_LEVEL="WARNING", PREFECT_SERVER_UI_ENABLED="false")
    proc = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    api = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 90
    while True:
        try:
            _get(f"{api}/health")
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("prefect server did not start")
            time.sleep(0.5)
    env["PREFECT_API_URL"] = api
    yield api, env
    proc.terminate()
    proc.wait(20)


def test_deploy_all_and_run_with_a_process_worker(server, tmp_path):
    api, env = server
    run = lambda *args: subprocess.run([PREFECT, *args], env=env, cwd=ROOT, capture_output=True,  # noqa: E731
                                       text=True, timeout=180)
    created = run("work-pool", "create", "dondoc", "--type", "process")
    assert created.returncode == 0, created.stdout + created.stderr
    deployed = run("--no-prompt", "deploy", "--all")
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr

    deployments = {d["name"]: d for d in _get(f"{api}/deployments/filter", {})}
    assert set(deployments) == {"ingest", "working-hours"}
    sweep = deployments["working-hours"]
    assert sweep["entrypoint"] == "flows/sweep.py:sweep"
    assert sweep["work_pool_name"] == "dondoc"
    crons = {(s["schedule"]["cron"], s["schedule"]["timezone"]) for s in sweep["schedules"]}
    assert crons == {("30,45 7 * * 1-6", "Asia/Ho_Chi_Minh"), ("*/15 8-16 * * 1-6", "Asia/Ho_Chi_Minh")}
    assert sweep["global_concurrency_limit"]["limit"] == 1
    assert sweep["concurrency_options"]["collision_strategy"] == "CANCEL_NEW"

    # a worker picks up a run of the ingest deployment and stores the seed letter
    data = tmp_path / "data"
    env = {**env, "DONDOC_HOME": str(data)}
    started = run("deployment", "run", "ingest-letter/ingest", "-p", f"path={SEED}")
    assert started.returncode == 0, started.stdout + started.stderr
    worker = subprocess.run([PREFECT, "worker", "start", "--pool", "dondoc", "--run-once"], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=240)
    assert worker.returncode == 0, worker.stdout[-2000:] + worker.stderr[-2000:]
    runs = _get(f"{api}/flow_runs/filter", {"deployments": {"id": {"any_": [deployments["ingest"]["id"]]}}})
    assert [r["state_type"] for r in runs] == ["COMPLETED"], runs
    with sqlite3.connect(data / "dondoc.db") as db:  # notices wait for working hours: look in the table
        assert db.execute("select number from directive").fetchall() == [("2457/UBND-NC",)]
        assert db.execute("select count(*) from followup where kind = 'assigned'").fetchone()[0] > 0


def test_serve_builds_the_same_deployments_from_prefect_yaml():
    from dondoc.serve import PROJECT, deployments_from_yaml

    deployments = {d.name: d for d in deployments_from_yaml(PROJECT / "prefect.yaml")}
    assert set(deployments) == {"ingest", "working-hours"}
    sweep = deployments["working-hours"]
    assert sweep.flow_name == "sweep"
    assert {(s.schedule.cron, s.schedule.timezone) for s in sweep.schedules} == {
        ("30,45 7 * * 1-6", "Asia/Ho_Chi_Minh"), ("*/15 8-16 * * 1-6", "Asia/Ho_Chi_Minh")}
    assert sweep.concurrency_limit == 1
    assert deployments["ingest"].flow_name == "ingest-letter"
