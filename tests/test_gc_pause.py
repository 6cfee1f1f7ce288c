"""A parse pauses the cyclic garbage collector and gives the caller back its own setting."""

from __future__ import annotations

import gc

import pytest

import gaoxin_parse as gx
from gaoxin_parse.pipeline import gc_paused


@pytest.fixture
def restore_gc():  # type: ignore[no-untyped-def]
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_parse_keeps_the_callers_setting(restore_gc: None, enabled: bool) -> None:
    gc.enable() if enabled else gc.disable()
    seen: list[bool] = []
    with gc_paused():
        seen.append(gc.isenabled())
    gx.parse_issue("## 标题\n\n本报讯(记者王明)高新区今天开会。\n")
    assert seen == [False]
    assert gc.isenabled() is enabled


def test_restored_after_an_error(restore_gc: None) -> None:
    gc.enable()

    def fail() -> None:
        with gc_paused():
            assert not gc.isenabled()
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        fail()
    assert gc.isenabled()
    with pytest.raises(gx.NotTextError):
        gx.parse_issue(b"bytes")  # type: ignore[arg-type]
    assert gc.isenabled()
