"""``spacekg serve``: a read-only SPARQL endpoint that is safe to put on a network.

- ``guard``: what a query may do (no updates, no SERVICE unless allowed) and
  content negotiation, decided from the query text before any engine sees it;
- ``engine``: a pool of worker processes that evaluate queries in pyoxigraph,
  each with no network, a memory ceiling and one deadline (killed on overrun);
- ``app``: the HTTP routes (``/sparql``, ``/``, ``/id/…``, ``/ontology``,
  ``/view``);
- ``listener``: HTTP/1.1 on an asyncio protocol with llhttp (httptools), with
  the limits the endpoint needs (header and idle timeouts, bounded heads and
  bodies, a connection cap, strict parsing, pipelining in order).
"""
