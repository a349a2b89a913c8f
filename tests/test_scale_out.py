"""A back catalogue fanned out with .map() over a real Dask cluster of worker processes."""

from __future__ import annotations

import json

import pytest
from prefect_dask import DaskTaskRunner

from flows.import_catalogue import import_catalogue

from .conftest import SEED_SHOW
from .test_prefect_operations import short_audio, write_episode  # noqa: F401 (fixture)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def test_import_two_episodes_on_a_dask_cluster(prefect_server, tmp_path, short_audio, monkeypatch):  # noqa: F811
    from prefect.settings import PREFECT_API_URL

    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    # Dask's worker processes inherit the environment, not this process's Prefect settings.
    monkeypatch.setenv("PREFECT_API_URL", PREFECT_API_URL.value())
    catalogue, store = tmp_path / "catalogue", tmp_path / "public"
    for number in (1, 2):
        write_episode(catalogue / f"ep{number}", short_audio, title=f"Back catalogue {number}",
                      publish_at=f"2020-0{number}-01T00:00:00Z", episode=number)
    (catalogue / "ep3").mkdir()
    (catalogue / "ep3" / "episode.yaml").write_text("title: [broken\n")

    runner = DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True,
                                            "dashboard_address": None})
    state = import_catalogue.with_options(task_runner=runner)(
        folder=str(catalogue), show_file=str(SEED_SHOW), store=f"file://{store}", return_state=True)

    assert state.is_failed() and "ep3" in state.message and "not valid YAML" in state.message
    index = json.loads((store / "episodes.json").read_text())
    assert [e["title"] for e in index["episodes"]] == ["Back catalogue 2", "Back catalogue 1"]
    assert (store / "feed.xml").read_text().count("<item>") == 2
