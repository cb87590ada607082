"""A request's JSON (a POST body, a GET's ``variables`` or ``extensions``): one object, or a 400.

Python's decoder meets hostile input with more than ``JSONDecodeError``: bytes that
are not UTF-8, an integer longer than ``int()`` converts (4,300 digits), nesting past
the interpreter's recursion limit. It also accepts what JSON does not (``NaN``,
``Infinity``, ``1e999`` as infinity) and escapes of lone surrogates, which no text
column stores. Each is the client's error, so each is refused here with its code.
Nesting is capped far below the recursion limit too, so nothing that walks the
values later (variable coercion, a JSON column, the response) can run out of stack.
"""

import json
import math
from typing import Any, NoReturn

from leadhub.graphql.refusals import Refusal, RefusalCode

# Counted from the JSON text's outermost object: a POST body is level 1 and its
# variables level 2. The schema's inputs nest a few levels and custom field values
# are flat, so this is generous for any client and shallow for the interpreter.
MAX_NESTING = 32


def decode_request_json(data: str | bytes) -> dict[str, Any]:
    """The JSON object ``data`` holds, of valid UTF-8 and Unicode and nested within limits."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise _bad_encoding() from None
    try:
        parsed = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except json.JSONDecodeError as error:
        raise Refusal(
            400, f"The request is not valid JSON: {error}.", RefusalCode.INVALID_JSON
        ) from None
    except RecursionError:
        raise _too_deep() from None
    except ValueError:
        # Past JSONDecodeError, only int() raises a plain ValueError here: its digit limit.
        raise _out_of_range() from None
    if not isinstance(parsed, dict):
        raise Refusal(400, "The request must be a JSON object.")
    _check_nesting_and_text(parsed)
    return parsed


def _check_nesting_and_text(document: dict[str, Any]) -> None:
    """Walk every value without recursion: arrays and objects within the cap, text encodable."""
    pending: list[tuple[object, int]] = [(document, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, str):
            _check_text(value)
        elif isinstance(value, dict | list):
            if depth > MAX_NESTING:
                raise _too_deep()
            if isinstance(value, dict):
                pending.extend((key, depth) for key in value)
                value = value.values()
            pending.extend((child, depth + 1) for child in value)


def _check_text(text: str) -> None:
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate, from a \ud800 escape
            raise _bad_encoding() from None


def _refuse_constant(name: str) -> NoReturn:
    raise _out_of_range(f"{name} is not a JSON number.")


def _finite_float(literal: str) -> float:
    number = float(literal)
    if not math.isfinite(number):
        raise _out_of_range()
    return number


def _out_of_range(reason: str = "The request holds a number too large to read.") -> Refusal:
    return Refusal(400, reason, RefusalCode.NUMBER_OUT_OF_RANGE)


def _bad_encoding() -> Refusal:
    return Refusal(400, "The request is not valid UTF-8 text.", RefusalCode.INVALID_ENCODING)


def _too_deep() -> Refusal:
    return Refusal(
        400,
        f"The request nests arrays and objects more than {MAX_NESTING} deep.",
        RefusalCode.NESTED_TOO_DEEPLY,
    )
