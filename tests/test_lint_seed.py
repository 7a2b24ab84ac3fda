"""The linter on the reference notice (format-rules.md §9.1), on real Party documents, on drafts
the parser would reject, and its robustness: parser or rule failures become findings."""
from __future__ import annotations

import types

import pytest

import tbparse
from tbparse.errors import NotPartyDocument
from tbparse.lint import lint_path, lint_text
from tbparse.lint.registry import RuleError, all_rules, get_rule, rule_from_module

from .conftest import FIXTURES, SEED, corpus_file

TEMPLATE = (FIXTURES / "lint" / "clean-2019.txt").read_text(encoding="utf-8")
SEED_LINES = SEED.read_text(encoding="utf-8").split("\n")


def _codes(found, exclude=("TB041",)):
    return sorted((f.line, f.code) for f in found if f.code not in exclude)


def test_seed_expected_findings_in_its_own_era():
    found = lint_path(str(SEED))
    # §9.1: double space in the date line, 87/2007-NĐ-CP, ";" terminators and one missing, tone marks
    assert _codes(found) == [(5, "TB018"), (69, "TB027"), (97, "TB036"), (105, "TB036")]
    assert not [f for f in found if f.severity == "error"]
    tb018 = next(f for f in found if f.code == "TB018")
    assert tb018.column == SEED_LINES[4].index("16  tháng") + 3  # the two spaces after "16"
    assert SEED_LINES[4][tb018.column - 1:tb018.end_column - 1] == "  "
    tb027 = next(f for f in found if f.code == "TB027")
    assert SEED_LINES[68][tb027.column - 1:tb027.end_column - 1] == "87/2007-NĐ-CP"
    missing = [f for f in found if f.code == "TB036" and f.line == 105]
    assert "without a terminator" in missing[0].message


def test_seed_tone_marks_minority_is_reported_everywhere():
    found = [f for f in lint_path(str(SEED)) if f.code == "TB041"]
    words = {SEED_LINES[f.line - 1][f.column - 1:f.end_column - 1] for f in found}
    assert words <= {"ỦY", "ủy"} and len(found) == 8  # 8 × new style against the old "uỷ"
    assert all(f.severity == "info" for f in found)


def test_seed_subject_case_only_in_the_2018_era():
    assert "TB020" not in {f.code for f in lint_path(str(SEED))}
    found = [f for f in lint_path(str(SEED), era="2018") if f.code == "TB020"]
    assert [(f.line, f.column) for f in found] == [(9, 1)]
    assert not [f for f in lint_path(str(SEED), era="2018") if f.severity == "error"]


def test_seed_era_auto_follows_the_date():
    # 2008 → 11-HD: "," expected; the 2026 guide expects ";" so only the missing terminator remains
    found = [f for f in lint_path(str(SEED), era="2026") if f.code == "TB036"]
    assert [(f.line, "without a terminator" in f.message) for f in found] == [(105, True)]


@pytest.mark.parametrize("name", ["001_qd-383-tw.txt", "003_kl-07-vptw.txt", "006_hd-45-btctw.txt"])
def test_corpus_party_documents_have_no_error_findings(name):
    found = lint_path(str(corpus_file(name)))
    assert [str(f) for f in found if f.severity == "error"] == []
    # the header and footer rules they satisfy report nothing at all
    header_footer = {"TB001", "TB002", "TB003", "TB004", "TB005", "TB006", "TB007", "TB008", "TB010", "TB011",
                     "TB014", "TB015", "TB016", "TB017", "TB019", "TB028", "TB029", "TB030", "TB031", "TB032",
                     "TB034", "TB035", "TB036", "TB037", "TB038"}
    assert [str(f) for f in found if f.code in header_footer] == []


def test_clean_synthetic_notice_has_no_error_finding():
    for era in ("auto", "2004", "2018"):
        assert [str(f) for f in lint_text(TEMPLATE, era=era) if f.severity == "error"] == []


def test_draft_the_parser_rejects_is_linted():
    draft = TEMPLATE.replace("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    draft = draft.replace("Số 05-TB/TU", "Số 05/TB-TU").replace("T/L BAN THƯỜNG VỤ", "TL. BAN THƯỜNG VỤ")
    with pytest.raises(NotPartyDocument):
        tbparse.parse_dict(draft)
    codes = {f.code for f in lint_text(draft)}
    assert {"TB001", "TB002", "TB007", "TB029"} <= codes


def test_package_level_lint():
    found = tbparse.lint(SEED.read_text(encoding="utf-8"), path="x.txt")
    assert {f.code for f in found} >= {"TB018", "TB027", "TB036", "TB041"}
    assert all(f.path == "x.txt" for f in found)


def test_garbage_gives_findings_not_exceptions():
    for text in ["", "\n\n\n", "xin chào", "|\n|\n**\n", "Số\nngày tháng năm\nNơi nhận:\n-\n", "- " * 500]:
        found = lint_text(text)
        assert isinstance(found, list)
        assert all(f.line >= 1 and f.column >= 1 and f.end_column >= f.column for f in found)


# --- the catalogue ----------------------------------------------------------------------------

PLAIN_TEXT_IDS = [f"TB{n:03d}" for n in range(0, 43) if n != 13]  # every ✓ row of §9 (TB013 needs a corpus)


def test_every_plain_text_rule_of_the_catalogue_is_implemented():
    ids = {r.id for r in all_rules()}
    assert set(PLAIN_TEXT_IDS) <= ids


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.id)
def test_rule_documentation(rule):
    assert rule.summary and rule.summary[0].isupper()
    assert "Fails" in rule.doc and "Passes" in rule.doc
    assert "format-rules.md" in rule.doc or rule.id == "TB000"
    assert get_rule(rule.id) is rule and get_rule(rule.name) is rule


def test_registry_rejects_malformed_rule_modules():
    def fake(**kw):
        mod = types.ModuleType("tbparse.lint.rules.tb099_fake")
        mod.__doc__ = "Fake.\n\nFails:: x\n\nPasses:: y"
        vals = dict(ID="TB099", NAME="fake", SEVERITY="info", ERA=("2004",), CHECKS="text", check=lambda *a: [])
        vals.update(kw)
        for k, v in vals.items():
            setattr(mod, k, v)
        return mod

    assert rule_from_module(fake()).id == "TB099"
    for bad in (dict(ID="X1"), dict(NAME="Not Kebab"), dict(SEVERITY="fatal"), dict(ERA=("1999",)),
                dict(CHECKS="pdf"), dict(check=None), dict(OPTIONS={"x": 1})):
        with pytest.raises(RuleError):
            rule_from_module(fake(**bad))


def test_user_docs_list_every_rule():
    from .conftest import ROOT

    doc = (ROOT / "README.md").read_text(encoding="utf-8")
    for r in all_rules():
        assert f"| {r.id} | `{r.name}` | {r.severity} |" in doc, r.id
    for heading in ("## Use in CI", "### GitHub Actions", "### GitLab CI", "#### The JSON contract", "### Baselines"):
        assert heading in doc


def test_pre_commit_hooks():
    import re

    import yaml

    from .conftest import ROOT

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["tbparse-check", "tbparse-check-strict"]
    for h in hooks:
        assert h["entry"].startswith("tbparse check") and h["language"] == "python"
        pat = re.compile(h["files"])
        assert pat.search("drafts/TB-12.TXT") and pat.search("a.docx") and not pat.search("notes.md")


def test_draft_without_a_date_is_checked_against_the_newest_guide():
    undated = TEMPLATE.replace("Phan Thiết, ngày 16 tháng 5 năm 2019", "")
    found = lint_text(undated)
    tb036 = [f for f in found if f.code == "TB036"]
    assert tb036 and "05-HD/VPTW (2026)" in tb036[0].message  # "," entries flagged under the 2026 guide
    assert "TB014" in {f.code for f in found}
