"""``spacekg serve``: a read-only SPARQL endpoint that is safe to put on a network.

- ``guard``: what a query may do (no updates, no SERVICE unless allowed) and
  content negotiation, decided from the query text before any engine sees it;
- ``engine``: a pool of worker processes that evaluate queries in pyoxigraph,
  each with no network, a memory ceiling and one deadline (killed on overrun);
- ``app``: the HTTP routes as an ASGI application (``/sparql``, ``/``,
  ``/id/…``, ``/ontology``, ``/view``);
- ``listener``: uvicorn with the limits the endpoint needs (header and idle
  timeouts, a connection cap, strict parsing).
"""
