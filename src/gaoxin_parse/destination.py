"""Where the parse command's output goes and how several issues share one stream: the format
follows ``--format`` or the ``-o`` file's suffix, never silently another; several issues in one
stream or file are JSON Lines, one TEI ``teiCorpus``, or markdown/text with a separator line."""

from __future__ import annotations

from pathlib import Path
from typing import Final
from xml.sax.saxutils import escape

import attrs

from .errors import OptionsError
from .tei import xml_text

#: The output file suffix of each format, and the formats each suffix may hold.
FORMAT_OF: Final = {
    ".json": ("json",),
    ".jsonl": ("jsonl", "json"),  # JSON Lines are how several JSON documents share a file
    ".md": ("markdown",),
    ".txt": ("text",),
    ".xml": ("tei",),
}
TEI_CORPUS_HEAD: Final = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xml:lang="zh">\n'
    "<teiHeader><fileDesc><titleStmt><title>{title}</title></titleStmt>"
    '<publicationStmt><p xml:lang="en">Converted by gaoxin_parse.</p></publicationStmt>'
    '<sourceDesc><p xml:lang="en">Issues parsed together, each named in its own header.</p>'
    "</sourceDesc></fileDesc></teiHeader>\n"
)
SEPARATOR: Final = {"markdown": "\n---\n\n", "text": "\n" + "=" * 40 + "\n\n"}


@attrs.frozen
class Destination:
    """The format each issue is rendered in, and the one file all go to (``None``: standard
    output, or one file per input below ``folder``)."""

    fmt: str
    file: Path | None = None
    folder: Path | None = None


def destination(output: str | None, fmt: str | None, inputs: int) -> Destination:
    """Check ``-o`` against ``--format`` before anything is parsed.

    Raises:
        OptionsError: a suffix that does not match the format, an unknown suffix, or several
            inputs into one ``.json`` file.

    Examples:
        >>> destination("out.xml", None, 1).fmt, destination("out", "text", 2).folder
        ('tei', PosixPath('out'))
        >>> destination("out.jsonl", "tei", 1)
        Traceback (most recent call last):
        gaoxin_parse.errors.OptionsError: --output out.jsonl holds jsonl, not --format tei; ...
    """
    if output is None:
        return Destination(_joined(fmt or "json", inputs))
    path = Path(output)
    if path.is_dir() or not path.suffix:
        return Destination(fmt or "json", folder=path)
    formats = FORMAT_OF.get(path.suffix.lower())
    if formats is None:
        known = ", ".join(FORMAT_OF)
        raise OptionsError(f"--output {output}: unknown suffix; use a folder or one of {known}")
    if fmt is not None and fmt not in formats:
        raise OptionsError(
            f"--output {output} holds {formats[0]}, not --format {fmt}; "
            f"change the suffix or the format"
        )
    chosen = fmt or formats[0]
    if path.suffix.lower() == ".json" and inputs > 1:
        raise OptionsError(
            f"--output {output}: {inputs} inputs cannot share one JSON document; "
            "use a .jsonl file or a folder"
        )
    return Destination(_joined(chosen, inputs), file=path)


def _joined(fmt: str, inputs: int) -> str:
    """Several JSON documents in one stream are JSON Lines."""
    return "jsonl" if fmt == "json" and inputs > 1 else fmt


def head(fmt: str, inputs: int, title: str | None = None) -> str:
    """What opens a stream of several issues: for TEI a ``teiCorpus`` header, its title
    ``title`` (default ``gaoxin_parse corpus``)."""
    if fmt != "tei" or inputs < 2:
        return ""
    return TEI_CORPUS_HEAD.format(title=escape(xml_text(title or "gaoxin_parse corpus")))


def piece(fmt: str, inputs: int, index: int, text: str) -> str:
    """One issue's rendering as the ``index``-th issue (from 0) written to its stream (files
    that failed are not counted: the first issue written has no separator before it)."""
    if inputs < 2:
        return text
    if fmt == "tei":
        return text.split("\n", 1)[1] if text.startswith("<?xml") else text
    return SEPARATOR[fmt] + text if fmt in SEPARATOR and index > 0 else text


def tail(fmt: str, inputs: int) -> str:
    """What closes a stream of several issues."""
    return "</teiCorpus>\n" if fmt == "tei" and inputs > 1 else ""
