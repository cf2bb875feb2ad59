"""Execute the notebooks in notebooks/ with nbclient; any failing cell fails the test.

The kernel is ``python3`` started with this interpreter: jupyter_client finds the kernelspec
that ipykernel installs under ``sys.prefix/share/jupyter/kernels`` and replaces its ``python``
with ``sys.executable``, so the notebooks run in the same environment as the tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("matplotlib")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def _execute(name: str, cwd: Path) -> "nbformat.NotebookNode":
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(cwd)}})
    client.execute()
    return nb


def _outputs(nb, kind: str) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", ()) if o.get("output_type") == kind]


@pytest.mark.parametrize("name", ["01_quickstart.ipynb", "02_corpus_analysis.ipynb"])
def test_notebook_is_stored_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{name}: stored with outputs"


def test_kernel_is_this_interpreter():
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec("python3")
    # "python" in a kernelspec is replaced by the launching interpreter (sys.executable).
    assert spec.argv[0] in ("python", "python3", sys.executable), spec.argv


@pytest.mark.model
def test_quickstart_runs_from_notebooks_folder():
    nb = _execute("01_quickstart.ipynb", NOTEBOOKS)
    errors = _outputs(nb, "error")
    assert not errors
    html = [o["data"]["text/html"] for o in _outputs(nb, "execute_result") if "text/html" in o.get("data", {})]
    # The rendered Result (visual review) and the DataFrames are displayed as HTML.
    assert any("ROLE defence_minister USA" in h for h in html)
    assert any("<table" in h for h in html)


@pytest.mark.model
def test_corpus_analysis_runs_from_repo_root():
    nb = _execute("02_corpus_analysis.ipynb", NOTEBOOKS.parent)
    images = [o for kind in ("display_data", "execute_result") for o in _outputs(nb, kind)
              if "image/png" in o.get("data", {})]
    assert len(images) >= 4  # forces, officials, quantities, timeline
    last = _outputs(nb, "execute_result")[-1]["data"]["text/plain"]
    for png in ("forces_by_owner_host.png", "officials_by_country_role.png", "quantities_by_category.png",
                "dates_timeline.png", "records.jsonl"):
        assert png in last


@pytest.mark.model
def test_a_failing_cell_fails(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import pipeline\npipeline.extract('')")])
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    client = nbclient.NotebookClient(nb, kernel_name="python3", timeout=60,
                                     resources={"metadata": {"path": str(tmp_path)}})
    with pytest.raises(nbclient.exceptions.CellExecutionError, match="IngestError"):
        client.execute()
