"""The format rules of ``tbparse check`` — one module per rule, found automatically.

Adding a rule is adding one file to this package; nothing else needs editing. The registry
(:mod:`tbparse.lint.registry`) imports every module named ``tbNNN_<words>.py`` (``NNN`` = the
rule's number; modules with other names, e.g. ``_helpers.py``, are not rules) via
:func:`pkgutil.iter_modules` and checks its metadata. IDs follow the catalogue of
``format-rules.md`` §9 (TB001–TB045); a rule that is not in the catalogue takes the next free
number from TB046 on. An ID is never reused, not even after a rule is removed.

A rule module holds::

    \"\"\"What the rule flags, in one line (``tbparse rules`` shows this line).

    Why — the rule and where it comes from (format-rules.md section, guide and article).

    Fails::

        <a short Vietnamese example that is flagged>

    Passes::

        <the same example, corrected>
    \"\"\"
    ID = "TB046"                      # never reuse an ID
    NAME = "kebab-case-name"           # unique; selectable like the ID
    SEVERITY = "warning"               # error | warning | info (a finding may set its own)
    ERA = ("2004", "2018", "2026")     # guides it applies under (tbparse.lint.era)
    CHECKS = "text"                    # "text": plain text (and .docx); "docx": needs Line.fmt / Source.page
    OPTIONS = {"max-lines": (3, "help")}  # optional: name -> (default, help[, choices]);
                                          # set in [tool.tbparse.options.TB046], read with ctx.opt("max-lines")

    def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
        yield ctx.hit(line_no, "message", find="offending text")

``notice`` is the parse contract dict (``parse_source(src, reject=False)``, with ``layout``),
``source`` the :class:`tbparse.source.Source` (``source.lines`` — ``Line.raw`` is the line as
read, ``Line.fmt`` is formatting for .docx lines and ``None`` for text, ``source.page`` the .docx
page setup), ``ctx`` a :class:`tbparse.lint.context.Ctx` (era, options, zone helpers,
``ctx.hit``). The module docstring is the rule's only documentation: ``tbparse rules TB046``
prints it. A "docx" rule is skipped on plain text; a "text" rule runs on both, so a rule that can
be approximated on text and checked exactly on .docx branches on ``source.kind``.

A corpus rule (``CHECKS = "corpus"``, e.g. TB013 numbering continuity) compares the documents of
one run with each other instead: it defines ``check_corpus(docs, ctx)`` in place of ``check``.
``docs`` are :class:`tbparse.lint.engine.CorpusDoc` records (path, header facts, header lines) of
every file checked, ``ctx`` a :class:`tbparse.lint.engine.CorpusCtx` whose ``ctx.hit(doc, line,
message, find=…)`` puts a finding on one document. It runs once, after all files, when two or
more were checked.
"""
