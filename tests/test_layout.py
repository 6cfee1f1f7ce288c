"""Export style and refined chunks (``gaoxin_parse.layout``)."""

from __future__ import annotations

from gaoxin_parse.blocks import split_chunks
from gaoxin_parse.layout import detect_style, refine_chunks, split_mixed_block

#: A page exported one line per paragraph: no blank lines, one empty line where a picture stood.
LINES_PAGE = "\n".join(
    [
        "园区举办创新大赛",
        "本报讯(记者 王明)5月1日,园区举办创新创业大赛，百家企业参加。",
        "大赛设置智能制造、生物医药等三个赛道，评选出优胜项目二十个。",
        "获奖项目将获得园区扶持资金，并优先入驻孵化器。",
        "",
        "5月1日,参赛选手在现场路演。",
        "李华 摄",
        "光谷职工运动会开幕",
        "5月2日,光谷职工运动会开幕，四千余名职工参加。",
    ]
)
#: The same kind of page in the blocks style: blank lines between blocks.
BLOCKS_PAGE = "\n\n".join(
    [
        "园区举办创新大赛",
        "本报讯(记者 王明)5月1日,园区举办创新创业大赛，百家企业参加。",
        "大赛设置智能制造、生物医药等三个赛道，评选出优胜项目二十个。",
        "获奖项目将获得园区扶持资金，并优先入驻孵化器。",
    ]
)


def one_chunk(text: str) -> list[str]:
    """``split_mixed_block`` on a text that is a single chunk, as the texts of its parts."""
    (chunk,) = split_chunks(text)
    return [part.span.slice(text) for part in split_mixed_block(text, chunk)]


class TestDetectStyle:
    """``detect_style`` (rule ``line_per_paragraph_export``)."""

    def test_lines_style(self) -> None:
        """Body lines that follow one another with no blank line: one line per paragraph."""
        assert detect_style(LINES_PAGE, split_chunks(LINES_PAGE)) == "lines"

    def test_blocks_style(self) -> None:
        """Body lines standing alone between blank lines: the blocks style."""
        assert detect_style(BLOCKS_PAGE, split_chunks(BLOCKS_PAGE)) == "blocks"

    def test_too_few_body_lines(self) -> None:
        """Two touching body lines are too few to tell a page's style: blocks, the default."""
        text = "园区举办创新大赛\n5月1日,园区举办大赛，百家企业参加。\n大赛评选出优胜项目二十个。"

        assert detect_style(text, split_chunks(text)) == "blocks"

    def test_cut_paragraph_is_not_lines(self) -> None:
        """A blocks page with one paragraph cut over two lines is still in the blocks style."""
        text = BLOCKS_PAGE + "\n\n园区将继续优化营商环境，\n为企业发展提供支持。"

        assert detect_style(text, split_chunks(text)) == "blocks"


class TestSplitMixedBlock:
    """``split_mixed_block``: a chunk is cut wherever a body line meets another line."""

    def test_heading_then_body(self) -> None:
        """A headline line and a body line in one chunk are two blocks."""
        expected = ["园区举办创新大赛", "5月1日,园区举办创新大赛，百家企业参加。"]

        assert expected == one_chunk("园区举办创新大赛\n5月1日,园区举办创新大赛，百家企业参加。")

    def test_body_then_byline(self) -> None:
        """A byline line under the last body line is a block of its own."""
        expected = ["获奖项目将获得园区扶持资金，并优先入驻孵化器。", "(本报记者 王明)"]

        assert expected == one_chunk(
            "获奖项目将获得园区扶持资金，并优先入驻孵化器。\n(本报记者 王明)"
        )

    def test_wrapped_headline(self) -> None:
        """A headline wrapped over two lines stays one block."""
        assert one_chunk("园区企业代表座谈\n为高质量发展建言献策") == [
            "园区企业代表座谈\n为高质量发展建言献策"
        ]

    def test_two_line_byline(self) -> None:
        """A byline printed over two lines stays one block."""
        assert one_chunk("□记者 王明\n通讯员 李华") == ["□记者 王明\n通讯员 李华"]

    def test_one_line(self) -> None:
        """A chunk of one line is left as it is."""
        assert one_chunk("5月1日,园区举办创新大赛。") == ["5月1日,园区举办创新大赛。"]


class TestPictureGap:
    """How many blank lines mark a picture depends on the page's style."""

    def test_one_empty_line_in_lines_style(self) -> None:
        """In the lines style the single empty line before the caption marks a picture."""
        style, chunks = refine_chunks(LINES_PAGE, split_chunks(LINES_PAGE))

        expected = ("lines", ["5月1日,参赛选手在现场路演。"])
        assert expected == (
            style,
            [c.span.slice(LINES_PAGE) for c in chunks if c.picture_before],
        )

    def test_lines_style_one_block_per_line(self) -> None:
        """In the lines style every line is a block."""
        _, chunks = refine_chunks(LINES_PAGE, split_chunks(LINES_PAGE))

        expected = [line for line in LINES_PAGE.split("\n") if line]
        assert expected == [c.span.slice(LINES_PAGE) for c in chunks]

    def test_one_blank_line_in_blocks_style(self) -> None:
        """In the blocks style one blank line only separates blocks: no picture."""
        style, chunks = refine_chunks(BLOCKS_PAGE, split_chunks(BLOCKS_PAGE))

        assert (style, [c for c in chunks if c.picture_before]) == ("blocks", [])

    def test_three_blank_lines_in_blocks_style(self) -> None:
        """In the blocks style three blank lines mark a picture."""
        text = BLOCKS_PAGE + "\n\n\n\n5月1日,参赛选手在现场路演。\n\n李华 摄"
        _, chunks = refine_chunks(text, split_chunks(text))

        expected = ["5月1日,参赛选手在现场路演。"]
        assert expected == [c.span.slice(text) for c in chunks if c.picture_before]
