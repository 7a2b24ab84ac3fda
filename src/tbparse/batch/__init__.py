"""``tbparse batch``: convert a whole archive of documents, in parallel, resumably, with a report.

The pieces, each with one job:

* :mod:`.discover` — which files are inputs (folders walked lazily, globs, lists) and where each
  one's output goes; refuses paths that could escape the output folder.
* :mod:`.worker` — one input → one record (and the output file, written atomically by the worker).
* :mod:`.ledger` — what the report says: the on-disk journal, the resume index, the sorted rewrite.
* :mod:`.runner` — the bounded process pool that ties them together.
* :mod:`.progress` — progress bar / plain lines on stderr and the closing summary.

Nothing here is imported by ``import tbparse``; the CLI loads it only for ``tbparse batch``.
"""
