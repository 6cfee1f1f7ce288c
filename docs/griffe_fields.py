"""A Griffe extension for the API reference (mkdocs.yml loads it; not part of the package).

The code documents a field with a ``#:`` comment, on the line above it or at the end of its
line, as Sphinx reads them; Griffe reads only docstrings, so here such a comment becomes the
field's docstring. And an ``attrs`` class has an ``__init__`` only once attrs made it: here it
is given one from its fields (their order, defaults and ``kw_only``), so that the page shows
the class's signature as Python sees it; each field shows its default, not the
``attrs.field(…)`` call that sets it.
"""

from __future__ import annotations

import ast
from typing import Any

import griffe

#: Decorators that make an attrs class (written as in this project's sources).
ATTRS_DECORATORS = {"attrs.frozen", "attrs.define", "attrs.mutable", "attr.s", "attr.attrs"}
#: The constructor parameters of builtins the package's classes derive from without one of their
#: own: a message for an exception, a value for an enumeration.
BUILTIN_SIGNATURES = {
    "Exception": ("*args", "object", griffe.ParameterKind.var_positional),
    "ValueError": ("*args", "object", griffe.ParameterKind.var_positional),
    "StrEnum": ("value", "str", griffe.ParameterKind.positional_or_keyword),
    "Enum": ("value", "object", griffe.ParameterKind.positional_or_keyword),
}


def _comment(attr: griffe.Attribute) -> str | None:
    """The ``#:`` comment of an attribute, at the end of its line or on the lines above."""
    path = attr.filepath
    if isinstance(path, list) or attr.lineno is None or path not in attr.lines_collection:
        return None
    lines = attr.lines_collection[path]
    own = lines[attr.lineno - 1]
    if "#:" in own:
        return own.split("#:", 1)[1].strip()
    above: list[str] = []
    number = attr.lineno - 2
    while number >= 0 and lines[number].strip().startswith("#:"):
        above.insert(0, lines[number].strip()[2:].strip())
        number -= 1
    return " ".join(above) or None


def _decorator(node: ast.expr) -> tuple[str, dict[str, ast.expr]]:
    """A decorator's dotted name and its keyword arguments."""
    call = node if isinstance(node, ast.Call) else None
    target = call.func if call else node
    return ast.unparse(target), {k.arg: k.value for k in call.keywords if k.arg} if call else {}


def _true(keywords: dict[str, ast.expr], name: str, default: bool = False) -> bool:
    """A keyword argument written as a constant, taken as true or false."""
    value = keywords.get(name)
    return bool(value.value) if isinstance(value, ast.Constant) else default


def _field(value: ast.expr | None) -> tuple[bool, str | None, bool]:
    """Of a field's right-hand side: whether it is in ``__init__``, its default (``None``:
    required) and whether it is keyword-only."""
    if value is None:
        return True, None, False
    if isinstance(value, ast.Call) and ast.unparse(value.func) in ("attrs.field", "attr.ib"):
        keywords = {k.arg: k.value for k in value.keywords if k.arg}
        init, kw_only = _true(keywords, "init", default=True), _true(keywords, "kw_only")
        if "default" in keywords:
            return init, ast.unparse(keywords["default"]), kw_only
        if "factory" in keywords:
            return init, f"{ast.unparse(keywords['factory'])}()", kw_only
        return init, None, kw_only
    return True, ast.unparse(value), False


def _builtin_base(cls: griffe.Class) -> str | None:
    """The builtin whose ``__init__`` the class inherits (``Exception``, ``StrEnum``), if every
    class between them is one of this module's without an ``__init__`` of its own."""
    for base in map(str, cls.bases):
        name = base.rsplit(".", 1)[-1]
        if name in BUILTIN_SIGNATURES:
            return name
        parent = cls.parent.members.get(base) if cls.parent else None
        if isinstance(parent, griffe.Class) and "__init__" not in parent.members:
            return _builtin_base(parent)
    return None


class AttrsFields(griffe.Extension):
    """``#:`` comments as attribute docstrings; attrs classes with their ``__init__``."""

    def on_attribute_instance(self, *, attr: griffe.Attribute, **kwargs: Any) -> None:
        """Give an attribute without a docstring its ``#:`` comment."""
        if attr.docstring is None and (text := _comment(attr)):
            attr.docstring = griffe.Docstring(text, lineno=attr.lineno, parent=attr)

    def on_class_members(self, *, node: ast.AST | Any, cls: griffe.Class, **kwargs: Any) -> None:
        """Give an attrs class the ``__init__`` attrs writes for it."""
        if not isinstance(node, ast.ClassDef) or "__init__" in cls.members:
            return
        decorators = [_decorator(d) for d in node.decorator_list]
        options = next((kw for name, kw in decorators if name in ATTRS_DECORATORS), None)
        if options is None:
            self._builtin_init(cls)
            return
        all_kw_only = _true(options, "kw_only")
        parameters = [griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword)]
        for statement in node.body:
            if not isinstance(statement, ast.AnnAssign) or not isinstance(
                statement.target, ast.Name
            ):
                continue
            name = statement.target.id
            if "ClassVar" in ast.unparse(statement.annotation):
                continue
            init, default, kw_only = _field(statement.value)
            member = cls.members.get(name)
            if isinstance(member, griffe.Attribute):  # shown as ``name: type = default``
                member.value = default
            if not init:
                continue
            keyword = all_kw_only or kw_only
            parameters.append(
                griffe.Parameter(
                    name.lstrip("_"),
                    annotation=member.annotation if isinstance(member, griffe.Attribute) else None,
                    kind=griffe.ParameterKind.keyword_only
                    if keyword
                    else griffe.ParameterKind.positional_or_keyword,
                    default=default,
                )
            )
        init_function = griffe.Function(
            "__init__",
            lineno=node.lineno,
            endlineno=node.lineno,
            parameters=griffe.Parameters(*parameters),
            returns="None",
        )
        cls.set_member("__init__", init_function)

    @staticmethod
    def _builtin_init(cls: griffe.Class) -> None:
        """Give a class that inherits a builtin's constructor that constructor's signature."""
        builtin = _builtin_base(cls)
        if builtin is None:
            return
        name, annotation, kind = BUILTIN_SIGNATURES[builtin]
        parameters = griffe.Parameters(
            griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword),
            griffe.Parameter(name.lstrip("*"), annotation=annotation, kind=kind),
        )
        init = griffe.Function("__init__", lineno=cls.lineno, parameters=parameters, returns="None")
        cls.set_member("__init__", init)
