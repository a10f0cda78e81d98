"""
pytest hooks for the kestrel suite: build/test-logs/ exists, and a last
line "N passed, N failed" after pytest's own summary (errors count
as failed). With xdist these run on the controller only.
"""

import os

import pytest

import kestrel


def _is_controller(config):
    return not hasattr(config, "workerinput")


def pytest_configure(config):
    # Logs are overwritten test by test, not wiped: another `make test` may
    # be running in the same tree.
    if _is_controller(config):
        os.makedirs(kestrel.LOGDIR, exist_ok=True)


def _counts(stats):
    """Returns (passed, failed, skipped) test ids from the reporter's stats."""
    failed = {r.nodeid for key in ("failed", "error")
              for r in stats.get(key, [])}
    passed = {r.nodeid for key in ("passed", "xpassed")
              for r in stats.get(key, []) if r.when == "call"}
    skipped = {r.nodeid for r in stats.get("skipped", [])}
    return passed - failed, failed, skipped - failed


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_sessionfinish(session):
    """Prints the count line after the terminal reporter's own summary."""
    yield
    config = session.config
    tr = config.pluginmanager.get_plugin("terminalreporter")
    if tr is None or not _is_controller(config):
        return
    passed, failed, skipped = _counts(tr.stats)
    if skipped:
        tr.write_line("(%d skipped, counted in neither)" % len(skipped))
    tr.write_line("%d passed, %d failed" % (len(passed), len(failed)))
