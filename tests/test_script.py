"""Scripts (``gaoxin_parse.script``): traditional input, conversion of output, simplified names."""

from __future__ import annotations

import subprocess
import sys

import opencc
import pytest

import gaoxin_parse as gx
from gaoxin_parse import chars, roles

from .invariants import check_all, check_blocks_tile

CONFIGS = ("s2t", "s2tw", "s2hk")


def structure(issue: gx.Issue) -> object:
    """Articles, bylines, paragraphs, photos and breaks as spans into the source: the same
    spans in a converted text of the same length mean the same structure."""
    return (
        [
            (
                [h.span for h in a.headlines],
                (len(a.kickers), a.title is not None, len(a.subtitles)),
                a.byline
                and (
                    a.byline.span,
                    a.byline.position,
                    len(a.byline.reporters),
                    len(a.byline.correspondents),
                ),
                [(p.kind, p.spans) for p in a.paragraphs],
            )
            for a in issue.articles
        ],
        [
            (p.span, p.title and p.title.span, p.credit and p.credit.span, len(p.photographers))
            for p in issue.photos
        ],
        [(b.span, b.decision, b.rule) for b in issue.breaks],
        [b.kind for b in issue.blocks],
    )


@pytest.mark.parametrize("config", CONFIGS)
def test_traditional_seed_parses_like_simplified(seed_text: str, config: str) -> None:
    """A seed converted to traditional script (same length) parses to the same structure:
    the same spans, kinds and roles, so the same texts once converted back."""
    traditional = opencc.OpenCC(config).convert(seed_text)
    assert len(traditional) == len(seed_text)

    issue = check_all(traditional)

    assert structure(issue) == structure(gx.parse_issue(seed_text))
    assert any("報" in a.byline.text for a in issue.articles if a.byline)


def test_traditional_byline_and_credit_keep_user_characters() -> None:
    """``本報訊(記者…)`` and ``… 攝`` are read; the output keeps the traditional characters."""
    issue = check_all("## 標題\n\n本報訊(記者高軼鵬 通訊員祿建海)正文。\n\n\n\n說明。\n\n左曉燕 攝")

    byline = issue.articles[0].byline
    assert byline is not None
    assert (byline.text, byline.source, byline.reporters, byline.correspondents) == (
        "本報訊(記者高軼鵬 通訊員祿建海)",
        "本報",
        ("高軼鵬",),
        ("祿建海",),
    )
    assert issue.photos[0].photographers == ("左曉燕",)


def test_simplified_names_option() -> None:
    """``simplified_names=True`` reports names in simplified script, other text untouched."""
    issue = gx.parse_issue(
        "本報訊(記者高軼鵬)正文。\n\n\n\n說明。\n\n左曉燕 攝", simplified_names=True
    )

    assert issue.articles[0].byline is not None
    assert issue.articles[0].byline.reporters == ("高轶鹏",)
    assert issue.articles[0].byline.text == "本報訊(記者高軼鵬)"
    assert issue.photos[0].photographers == ("左晓燕",)


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_convert_keeps_spans(seed_text: str, config: str) -> None:
    """``Issue.convert`` converts every text and keeps spans and source unchanged."""
    issue = gx.parse_issue(seed_text)

    converted = issue.convert(config)

    assert converted.source == issue.source
    assert converted.blocks == issue.blocks
    assert [p.spans for a in converted.articles for p in a.paragraphs] == [
        p.spans for a in issue.articles for p in a.paragraphs
    ]
    assert converted.articles[0].paragraphs[0].text == opencc.OpenCC(config).convert(
        issue.articles[0].paragraphs[0].text
    )
    check_blocks_tile(converted)


def test_unknown_configuration() -> None:
    """An unknown configuration is an options error naming it."""
    with pytest.raises(gx.OptionsError, match="nonsense"):
        gx.parse_issue("正文。").convert("nonsense")


@pytest.mark.parametrize(
    "words",
    [
        chars.NOTE_LABELS_BEFORE,
        chars.NOTE_LABELS_AFTER,
        tuple(roles.ROLE_WORDS),
        roles.PHOTO_ROLE,
        roles.OWN_SOURCES,
        roles.LABELS,
        tuple(roles.WORK_MARKS),
        tuple(roles.PREFIX_MARKS),
        roles.MEDIA_SUFFIXES,
        roles.SOURCE_EXTENSIONS,
        roles.ORG_SUFFIXES,
        tuple(roles.SURNAMES),
        tuple(roles.NON_NAME_CHARS),
    ],
)
@pytest.mark.parametrize("config", CONFIGS)
def test_word_lists_hold_traditional_forms(words: tuple[str, ...], config: str) -> None:
    """Every word list holds the traditional form of each of its words."""
    convert = opencc.OpenCC(config).convert

    assert {convert(w) for w in words} <= set(words)


def test_import_loads_no_opencc_configuration() -> None:
    """``import gaoxin_parse`` does not import opencc (a configuration costs ~120 ms)."""
    code = "import sys, gaoxin_parse; print('opencc' in sys.modules)"

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert out.stdout.strip() == "False"


def test_convert_keeps_lone_surrogates_and_converts_around_them() -> None:
    """Text with lone surrogates (undecodable bytes kept by ``surrogateescape``) converts:
    the surrogates stay, the characters between them are converted."""
    issue = gx.parse_issue("\ud800体制\udfff机制。")

    assert issue.convert("s2t").articles[0].paragraphs[0].text == "\ud800體制\udfff機制。"
