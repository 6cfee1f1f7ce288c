"""Pages of many tiny blocks: the per-block cost, whatever the block's size (issues 12 and 16).

Three shapes, each in two variants:

* ``repeated``: one block printed again and again (``"左晓燕 摄\\n\\n" * n``);
* ``distinct``: the same shape with a different name or title in every block, drawn without
  repetition from a fixed ``random.Random``, and a fresh page for every timed run, so that no
  cache of text seen before (within a page or across calls) can flatter the figure.

Each page is parsed, then written with ``to_json()`` (what the command line does); wall time
(``perf_counter``) and CPU time of this process (``process_time``) are both kept, since on a
shared machine the CPU figure is the steadier one. The medians of the runs are reported.
"""

from __future__ import annotations

import gc
import math
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from inputs import MB
from machine import log, sample_other_runnable

import gaoxin_parse

#: Common surnames and given-name characters, and characters for made-up titles.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍"
    "鹏辉燕红晓春海波宁雪琳建国文斌志新宇浩思雨欣怡佳琪子轩梓涵俊凯"
)
TITLE_CHARS = (
    "新区园科技企业项目发展建设创产服务工作会议推进开举行签约投资人才高"
    "质量城市经济合交流论坛调研活动成果转化中心基地平台政策"
)
#: Blocks in a page, and timed runs of it (the figures are the runs' medians).
DEFAULT_BLOCKS = 50_000
DEFAULT_RUNS = 5


def distinct_strings(alphabets: Sequence[str], n: int, rng: random.Random) -> list[str]:
    """``n`` different strings, one character from each alphabet in turn, drawn without
    replacement from every such combination (so the order is random, the strings unique)."""
    population = math.prod(len(a) for a in alphabets)
    if n > population:
        raise ValueError(f"only {population} distinct strings, {n} asked for")
    strings = []
    for k in rng.sample(range(population), n):
        chars = []
        for alphabet in reversed(alphabets):
            k, i = divmod(k, len(alphabet))
            chars.append(alphabet[i])
        strings.append("".join(reversed(chars)))
    return strings


def distinct_names(n: int, rng: random.Random) -> list[str]:
    """``n`` different three-character names: a surname and two given-name characters."""
    return distinct_strings((SURNAMES, GIVEN, GIVEN), n, rng)


def distinct_titles(n: int, rng: random.Random) -> list[str]:
    """``n`` different three-character titles."""
    return distinct_strings((TITLE_CHARS,) * 3, n, rng)


#: shape → (the repeated block, the distinct page of n blocks drawn from an RNG)
SHAPES: dict[str, tuple[str, Callable[[int, random.Random], str]]] = {
    "credits": (
        "左晓燕 摄\n\n",
        lambda n, rng: "".join(f"{name} 摄\n\n" for name in distinct_names(n, rng)),
    ),
    "headings": (
        "## 标题\n\n",
        lambda n, rng: "".join(f"## {title}\n\n" for title in distinct_titles(n, rng)),
    ),
    "lead bylines": (
        "本报讯(记者王明)\n\n",
        lambda n, rng: "".join(f"本报讯(记者{name})\n\n" for name in distinct_names(n, rng)),
    ),
}


def time_page(text: str) -> dict[str, Any]:
    """One parse and one ``to_json()`` of ``text``: wall and CPU seconds of each, and the most
    common block kind with its share (to show the page reads as the shape it claims)."""
    gc.collect()
    sample_other_runnable()
    w0, c0 = time.perf_counter(), time.process_time()
    issue = gaoxin_parse.parse_issue(text)
    w1, c1 = time.perf_counter(), time.process_time()
    issue.to_json()
    w2, c2 = time.perf_counter(), time.process_time()
    kinds = Counter(block.kind.value for block in issue.blocks)
    kind, count = kinds.most_common(1)[0] if kinds else ("none", 0)
    return {
        "parse_s": w1 - w0,
        "parse_cpu_s": c1 - c0,
        "json_s": w2 - w1,
        "json_cpu_s": c2 - c1,
        "blocks_read": len(issue.blocks),
        "kind": kind,
        "kind_share": count / max(1, len(issue.blocks)),
    }


def measure_shape(name: str, variant: str, blocks: int, runs: int, rng_seed: int) -> dict[str, Any]:
    """Median figures of ``runs`` timed parses of one shape's page."""
    repeated, make_distinct = SHAPES[name]
    pages = (
        [repeated * blocks] * runs
        if variant == "repeated"
        else [make_distinct(blocks, random.Random(rng_seed + run)) for run in range(runs)]
    )
    nbytes = len(pages[0].encode("utf-8"))
    measured = [time_page(page) for page in pages]

    def median(key: str) -> float:
        return float(statistics.median(m[key] for m in measured))

    def median_sum(a: str, b: str) -> float:
        return float(statistics.median(m[a] + m[b] for m in measured))

    mb = nbytes / MB
    return {
        "input": f"{name}, {variant}",
        "example": pages[0][: pages[0].index("\n")],
        "blocks": blocks,
        "bytes": nbytes,
        "runs": runs,
        "parse_s": median("parse_s"),
        "parse_cpu_s": median("parse_cpu_s"),
        "parse_json_s": median_sum("parse_s", "json_s"),
        "parse_json_cpu_s": median_sum("parse_cpu_s", "json_cpu_s"),
        "mb_per_s": mb / median("parse_s"),
        "cpu_mb_per_s": mb / median("parse_cpu_s"),
        "mb_per_s_with_json": mb / median_sum("parse_s", "json_s"),
        "cpu_mb_per_s_with_json": mb / median_sum("parse_cpu_s", "json_cpu_s"),
        "us_per_block": 1e6 * median_sum("parse_s", "json_s") / blocks,
        "kind": measured[0]["kind"],
        "kind_share": measured[0]["kind_share"],
    }


def measure_tiny_blocks(blocks: int, runs: int, rng_seed: int) -> list[dict[str, Any]]:
    """Every shape, repeated and distinct, after one untimed warm-up parse of each."""
    for repeated, _ in SHAPES.values():
        gaoxin_parse.parse_issue(repeated * 100).to_json()
    rows = []
    for name in SHAPES:
        for variant in ("repeated", "distinct"):
            log(f"tiny blocks: {name}, {variant} ({blocks} blocks x {runs} runs) ...")
            rows.append(measure_shape(name, variant, blocks, runs, rng_seed))
    return rows
