"""The terminal preview: a header panel, the meeting, a tree of the body, signature and recipients,
and a certified copy's block under them.

Meant for a person checking a parse at a glance: every node shows the line it came from.
"""
from __future__ import annotations


def _short(s: str | None, n: int = 110) -> str:
    if not s:
        return ""
    return s if len(s) <= n else s[: n - 1] + "…"


def _due(entry: dict) -> str:
    """An item's deadline beside it; its text is the document's ("trước ngày [30/9]"), so escaped."""
    from rich.markup import escape

    due = entry.get("due")
    return f" [magenta](due {escape(due['by'] or due['text'])})[/]" if due else ""


_GAP = 4  # spaces between the footer's columns
_LIST_WIDTH = 40  # the "Nơi nhận" column reads well wrapped to this; wider lists need not fit whole


def _width(lines: list[str]) -> int:
    from rich.cells import cell_len

    return max((cell_len(x) for x in lines), default=0)


def _row(con, blocks: list[tuple[str, list[str]]]) -> None:  # noqa: ANN001 - rich.Console
    """Blocks side by side, as the document prints them: each a bold title over its lines."""
    from rich.markup import escape
    from rich.table import Table

    grid = Table.grid(padding=(0, _GAP))
    for _ in blocks:
        grid.add_column()
    grid.add_row(*(f"[bold]{title}[/]\n" + escape("\n".join(lines)) for title, lines in blocks))
    con.print(grid)


def _footer(con, d: dict) -> None:  # noqa: ANN001 - rich.Console
    """Recipients on the left, then each signature block (a joint document has one per body).

    Side by side when they fit the terminal; otherwise the list goes above the signatures, and
    the signatures go one under another when even they do not fit — a narrow terminal squeezed
    four columns to 15 cells, wrapping "- Thường / trực Tỉnh / ủy" over three lines."""
    sig = d.get("signature")
    left = ("Nơi nhận", ["- " + r for r in d.get("recipients", [])])
    sigs = []
    for block in [sig, *sig.get("cosigners", [])] if sig else []:
        lines = [f"{a['mode']} {a['body']}" for a in block.get("authority", [])]
        lines += [x for x in (block.get("position"), block.get("note"), block.get("signer")) if x]
        sigs.append(("Signature", lines))
    sig_width = sum(_width(lines) + _GAP for _, lines in sigs)
    if min(_width(left[1]), _LIST_WIDTH) + sig_width <= con.width:
        _row(con, [left, *sigs])
    elif sig_width - _GAP <= con.width:
        _row(con, [left])
        if sigs:
            _row(con, sigs)
    else:
        for block in (left, *sigs):
            _row(con, [block])


def _copy_panel(con, c: dict | None) -> None:  # noqa: ANN001 - rich.Console
    """A certified copy's block under the footer, as the copying office typed it: its issuer,
    number, place and date, signature and recipients in a small panel titled by its label."""
    if not c:
        return
    from rich.markup import escape
    from rich.panel import Panel

    iss = c.get("issuer") or {}
    sig = c.get("signature") or {}
    lines = [
        " / ".join(x for x in (iss.get("parent"), iss.get("name")) if x),
        "   ".join(x for x in ((c.get("number") or {}).get("raw"),
                               ", ".join(x for x in (c.get("place"), c.get("date")) if x)) if x),
        " · ".join([f"{a['mode']} {a['body']}" for a in sig.get("authority", [])]
                   + [x for x in (sig.get("position"), sig.get("note"), sig.get("signer")) if x]),
        *("- " + r for r in c.get("recipients", [])),
    ]
    body = "\n".join(escape(x) for x in lines if x) or "—"
    con.print(Panel(body, title=f"{escape(c['label'])} [dim](line {c['line']})[/]", expand=False))


def _annexes(con, d: dict) -> None:  # noqa: ANN001 - rich.Console
    """Appendices and footnotes under the signature, each under its label or mark."""
    from rich.markup import escape
    from rich.tree import Tree

    for a in d.get("appendices") or ():
        head = " – ".join(x for x in (a["label"], a.get("title")) if x)
        t = Tree(f"[dim]{a['line']:>4}[/] [bold]{escape(_short(head))}[/]")
        if a.get("attached"):
            t.add(f"[italic]({escape(_short(a['attached']))})[/]")
        for p in a.get("paragraphs") or ():
            t.add(f"[dim]{p['line']:>4}[/] {escape(_short(p['text']))}")
        con.print(t)
    notes = d.get("footnotes") or ()
    if notes:
        t = Tree("[bold]Footnotes[/]")
        for n in notes:
            t.add(f"[dim]{n['line']:>4}[/] ({escape(n['mark'])}) {escape(_short(n['text']))}")
        con.print(t)


def _encoding(src: dict) -> str:
    """The encoding as read, and the mojibake repaired on the way: a repaired file must not look
    like plain UTF-8 ("utf-8, repaired from tcvn3-as-cp1252")."""
    enc = str(src.get("encoding"))
    return f"{enc}, repaired from {src['repaired_from']}" if src.get("repaired_from") else enc


def render(d: dict, *, console=None) -> None:  # noqa: ANN001 - rich.Console, imported lazily
    from rich.console import Console
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table
    from rich.tree import Tree

    con = console or Console()
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold cyan")
    head.add_column()
    iss = d.get("issuer") or {}
    num = d.get("number") or {}
    rows = [
        ("Party", d.get("party")),
        ("Issuer", " / ".join(x for x in (iss.get("parent"), iss.get("name")) if x)),
        ("Number", num.get("raw")),
        ("Place, date", ", ".join(x for x in (d.get("place"), d.get("date")) if x)),
        ("Type", " ".join(x for x in (d.get("doc_type"), d.get("author") and "CỦA " + d["author"]) if x)),
        ("Subject", d.get("subject")),
        *([("Markings", ", ".join(d["markings"]))] if d.get("markings") else []),  # most documents have none
        ("Source", f"{d['source'].get('path') or '<stdin>'} ({_encoding(d['source'])})"),
    ]
    for k, v in rows:
        head.add_row(k, escape(v or "—"))
    con.print(Panel(head, title="tbparse", expand=False))

    m = d.get("meeting")
    if m or d.get("attendees"):
        t = Tree("[bold]Meeting[/]")
        if m:
            t.add(f"date: {escape(m.get('date') or '—')}" + (f" – {escape(m['end'])}" if m.get("end") else ""))
            for c in m.get("chair", []):
                t.add(f"chair: {escape(c['name'])}" + (f" – {escape(c['title'])}" if c.get("title") else ""))
            if m.get("with"):
                t.add(f"with: {escape(m['with'])}")
        if d.get("attendees"):
            t.add("attendees: " + escape("; ".join(d["attendees"])))
        con.print(t)

    body = Tree("[bold]Body[/]")
    for p in d.get("preamble", []):
        body.add(f"[dim]{p['line']:>4}[/] {escape(_short(p['text']))}")

    def add_held(node, x: dict) -> None:  # noqa: ANN001
        # what a node holds in the order of the text: a paragraph that left a list follows it
        held = [c for k in ("paragraphs", "bullets", "items") for c in x.get(k) or ()]
        for c in sorted(held, key=lambda c: c["line"]):
            if "marker" in c:
                n = node.add(f"[dim]{c['line']:>4}[/] {escape(c['marker'])} {escape(_short(c['text']))}{_due(c)}")
            elif "number" in c:
                n = node.add(f"[dim]{c['line']:>4}[/] [bold]{escape(c['number'])}[/] {escape(_short(c['text']))}{_due(c)}")
            else:  # (a section's paragraph may state a deadline)
                node.add(f"[dim]{c['line']:>4}[/] {escape(_short(c['text']))}{_due(c)}")
                continue
            add_held(n, c)

    for s in d.get("sections", []):
        label = " ".join(x for x in (s.get("number"), s.get("title")) if x) or "(unnumbered)"
        n = body.add(f"[dim]{s['line']:>4}[/] [bold green]{escape(_short(label))}[/] [dim]{escape(s['role'])}[/]")
        add_held(n, s)
    if d.get("closing"):
        body.add(f"[italic]{escape(_short(d['closing']))}[/]")
    con.print(body)

    _footer(con, d)
    _copy_panel(con, d.get("copy"))
    _annexes(con, d)

    refs = d.get("references") or []
    if refs:
        t = Tree("[bold]References[/]")
        for r in refs:
            t.add(f"{escape(r.get('number') or r.get('text') or '')} [dim]{escape(r.get('kind') or '')} lines {r.get('lines')}[/]")
        con.print(t)
    if d.get("warnings"):
        t = Tree("[bold yellow]Warnings[/]")
        for w in d["warnings"]:
            t.add(f"[yellow]{escape(w['code'])}[/] line {w.get('line') or '—'}: {escape(w['message'])}")
        con.print(t)
