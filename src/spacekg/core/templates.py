"""HTML and SVG from Jinja2 templates shipped in the package (``spacekg/templates``).

One environment for every page spacekg writes (the view, the ontology
documentation, the endpoint's pages): templates are package data, read with
importlib.resources, and autoescaping is on for HTML, SVG and XML, so a label
or quote can never become markup.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2


@cache
def environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("spacekg", "templates"),
        autoescape=jinja2.select_autoescape(["html", "svg", "xml"], default_for_string=True, default=True),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def render(name: str, **context: Any) -> str:
    """Render the packaged template ``name`` with ``context``."""
    return environment().get_template(name).render(**context)
