"""Checks that turn a silently empty answer into an error naming what is wrong:
a named query's entity or property parameter that the graph does not know."""

from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox

from spacekg.core.names import unknown_name_message
from spacekg.errors import QueryError
from spacekg.query.named import NamedQuery
from spacekg.query.store import QUERY_PREFIXES, Store, Term, term_to_sparql

_KG = QUERY_PREFIXES["kg"]
_SKG = QUERY_PREFIXES["skg"]


def check_parameters(store: Store, named: NamedQuery, bindings: Mapping[str, Term]) -> None:
    """Refuse an entity parameter the graph never mentions, and a property
    parameter that is not one of the ontology's, with the nearest names."""
    for param in named.params:
        term = bindings.get(param.name)
        if not isinstance(term, ox.NamedNode):
            continue
        if param.kind == "property" and term.value.startswith(_SKG):
            from spacekg.model.vocabulary import vocabulary

            vocab = vocabulary()
            known = vocab.object_properties | set(vocab.datatype_properties)
            local = term.value[len(_SKG) :]
            if local not in known:
                raise QueryError(f"--param {param.name}: " + unknown_name_message(local, "relation", known))
        elif param.kind == "entity":
            iri = term_to_sparql(term)
            found = store.query(f"ASK {{ {{ {iri} ?p ?o }} UNION {{ ?s ?p {iri} }} }}")
            if found.boolean:
                continue
            shown = term.value[len(_KG) :] if term.value.startswith(_KG) else term.value
            ids = _entity_ids(store) if term.value.startswith(_KG) else []
            raise QueryError(
                f"--param {param.name}: "
                + unknown_name_message(
                    shown, "entity", ids, listing="(not in the graph; ids are as in the facts files)"
                )
            )


def _entity_ids(store: Store) -> list[str]:
    result = store.query(
        f"SELECT DISTINCT ?s WHERE {{ ?s a ?type FILTER(STRSTARTS(STR(?s), {term_to_sparql(ox.Literal(_KG))})) }}"
    )
    return [str(row[0].value)[len(_KG) :] for row in result.rows if isinstance(row[0], ox.NamedNode)]
