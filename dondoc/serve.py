"""`dondoc serve`: the deployments of prefect.yaml, served from this process without a worker
(the single-machine way to run dondoc for real)."""
from __future__ import annotations

import os
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent


def deployments_from_yaml(path: Path):
    """RunnerDeployments for each deployment of prefect.yaml: same names, entrypoints,
    parameters, tags, schedules and concurrency limits."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig
    from prefect.client.schemas.schedules import CronSchedule
    from prefect.flows import load_flow_from_entrypoint

    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for d in config.get("deployments") or []:
        entry = d["entrypoint"]
        file, func = entry.split(":", 1)
        flow = load_flow_from_entrypoint(f"{path.parent / file}:{func}")
        schedules = [
            CronSchedule(cron=s["cron"], timezone=s.get("timezone", "UTC"))
            for s in d.get("schedules") or []
        ]
        limit = d.get("concurrency_limit")
        if isinstance(limit, dict):
            limit = ConcurrencyLimitConfig(**limit)
        out.append(flow.to_deployment(
            name=d["name"], description=d.get("description"), parameters=d.get("parameters") or {},
            tags=d.get("tags") or [], schedules=schedules or None, concurrency_limit=limit,
        ))
    return out


def serve(prefect_yaml: str | None = None) -> int:
    from prefect import serve as prefect_serve

    path = Path(prefect_yaml) if prefect_yaml else PROJECT / "prefect.yaml"
    if not path.exists():
        print(f"no prefect.yaml at {path}")
        return 2
    os.chdir(path.parent)
    deployments = deployments_from_yaml(path)
    prefect_serve(*deployments)
    return 0
