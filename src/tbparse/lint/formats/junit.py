"""``junit``: JUnit XML — one test suite per file, one failing test case per finding.

A file without findings is one passing test case (so a clean run is not an empty report), a file
that could not be read one test case with an ``<error>``. GitLab (``artifacts:reports:junit``),
Jenkins and most CI dashboards read it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

if TYPE_CHECKING:
    from ..report import Report
    from . import FormatOptions


def _attr(s) -> str:
    return quoteattr(_clean(str(s)))


def _clean(s: str) -> str:
    """XML 1.0 forbids most control characters even when escaped."""
    return "".join(ch if ch in "\t\n\r" or ord(ch) >= 0x20 else "?" for ch in s)


def render(report: Report, opts: FormatOptions) -> str:
    suites = []
    total = failures = errors = 0
    for res in report.files:
        path = report.relpath(res.path)
        cases = []
        if res.error:
            errors += 1
            cases.append(f'    <testcase name={_attr(path)} classname={_attr(path)}>\n'
                         f'      <error message={_attr(res.error)} type="InputError"/>\n    </testcase>')
        elif not res.findings:
            cases.append(f'    <testcase name={_attr(path)} classname={_attr(path)}/>')
        for f in res.findings:
            failures += 1
            name = f"{f.code} {f.name} at {f.line}:{f.column}"
            body = escape(_clean(f"{path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}"))
            cases.append(
                f'    <testcase name={_attr(name)} classname={_attr(path)} file={_attr(path)} line="{f.line}">\n'
                f'      <failure message={_attr(f.message)} type={_attr(f.severity)}>{body}</failure>\n    </testcase>'
            )
        n = len(cases)
        total += n
        nf = len(res.findings)
        suites.append(f'  <testsuite name={_attr(path)} tests="{n}" failures="{nf}" errors="{1 if res.error else 0}">\n'
                      + "\n".join(cases) + "\n  </testsuite>")
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuites name="tbparse check" tests="{total}" failures="{failures}" errors="{errors}">\n')
    return head + "\n".join(suites) + ("\n" if suites else "") + "</testsuites>\n"
