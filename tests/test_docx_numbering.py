"""Word automatic numbering reaches the parser as printed: "I-", "1-", "a)", "1.2.", bullets."""
from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from tbparse.docx_numbering import bullet_mark, format_number
from tbparse.source import from_docx_bytes

from .docx_builders import add_instance, add_list, new_doc, number, para, to_bytes


def _texts(d) -> list[str]:
    return [ln.text for ln in from_docx_bytes(to_bytes(d)).lines if ln.text]


def test_party_style_levels_render_as_printed() -> None:
    d = new_doc()
    lst = add_list(d, [("upperRoman", "%1-"), ("decimal", "%2-"), ("lowerLetter", "%3)")])
    for text, level in [("Đánh giá", 0), ("Về chính trị", 1), ("Điểm một", 2), ("Điểm hai", 2),
                        ("Về tổ chức", 1), ("Điểm ba", 2), ("Nhiệm vụ", 0), ("Việc một", 1)]:
        number(para(d, text), lst, level)
    assert _texts(d) == [
        "I- Đánh giá", "1- Về chính trị", "a) Điểm một", "b) Điểm hai",
        "2- Về tổ chức", "a) Điểm ba", "II- Nhiệm vụ", "1- Việc một",
    ]


def test_multi_level_pattern_and_legal_numbering() -> None:
    d = new_doc()
    lst = add_list(d, [("decimal", "%1."), ("decimal", "%1.%2."), ("upperRoman", "%1.%2.%3.")])
    # level 3 is "legal": every counter in its pattern prints as a decimal
    numbering = d.part.numbering_part.element
    lvl = numbering.findall(qn("w:abstractNum"))[-1].findall(qn("w:lvl"))[2]
    lvl.append(parse_xml(f'<w:isLgl {nsdecls("w")}/>'))
    for text, level in [("A", 0), ("B", 1), ("C", 1), ("D", 2), ("E", 0), ("F", 1)]:
        number(para(d, text), lst, level)
    assert _texts(d) == ["1. A", "1.1. B", "1.2. C", "1.2.1. D", "2. E", "2.1. F"]


def test_bullet_levels() -> None:
    d = new_doc()
    lst = add_list(d, [("bullet", "-"), ("bullet", "+"), ("bullet", "\uf0b7"), ("bullet", "o"), ("bullet", "–")])
    for level, text in enumerate(["một", "hai", "ba", "bốn", "năm"]):
        number(para(d, text), lst, level)
    assert _texts(d) == ["- một", "+ hai", "• ba", "• bốn", "- năm"]


def test_instances_of_one_list_continue_and_restart_on_override() -> None:
    d = new_doc()
    lst = add_list(d, [("decimal", "%1-")])
    number(para(d, "a"), lst)
    number(para(d, "b"), lst)
    para(d, "Một đoạn văn giữa hai danh sách.")
    cont = add_instance(d, lst)  # Word: another instance of the same list continues it
    number(para(d, "c"), cont)
    restart = add_instance(d, lst, restart_level=0)  # "Restart at 1"
    number(para(d, "d"), restart)
    number(para(d, "e"), restart)
    assert _texts(d) == ["1- a", "2- b", "Một đoạn văn giữa hai danh sách.", "3- c", "1- d", "2- e"]


def test_separate_lists_count_separately() -> None:
    d = new_doc()
    one = add_list(d, [("decimal", "%1.")])
    two = add_list(d, [("lowerLetter", "%1)")])
    number(para(d, "x"), one)
    number(para(d, "y"), two)
    number(para(d, "z"), one)
    number(para(d, "w"), two)
    assert _texts(d) == ["1. x", "a) y", "2. z", "b) w"]


def test_start_value_and_no_restart_level() -> None:
    d = new_doc()
    lst = add_list(d, [("upperRoman", "%1."), ("decimal", "%2.")], start=3)
    numbering = d.part.numbering_part.element
    lvl1 = numbering.findall(qn("w:abstractNum"))[-1].findall(qn("w:lvl"))[1]
    lvl1.append(parse_xml(f'<w:lvlRestart {nsdecls("w")} w:val="0"/>'))  # never restart
    for text, level in [("p", 0), ("q", 1), ("r", 0), ("s", 1)]:
        number(para(d, text), lst, level)
    assert _texts(d) == ["III. p", "3. q", "IV. r", "4. s"]


def test_numbering_through_the_paragraph_style() -> None:
    d = new_doc()  # python-docx's template: "List Number" is numbered through its style
    para(d, "mục một").style = d.styles["List Number"]
    para(d, "mục hai").style = d.styles["List Number"]
    assert _texts(d) == ["1. mục một", "2. mục hai"]


def test_num_id_zero_and_unknown_list_print_no_label() -> None:
    d = new_doc()
    p = para(d, "không đánh số")
    p.style = d.styles["List Number"]
    number(p, "0")  # numId 0 switches the style's numbering off
    number(para(d, "danh sách không tồn tại"), "999")
    assert _texts(d) == ["không đánh số", "danh sách không tồn tại"]


def test_suffix_nothing_and_label_only_counts_once() -> None:
    d = new_doc()
    lst = add_list(d, [("decimal", "(%1)")])
    lvl = d.part.numbering_part.element.findall(qn("w:abstractNum"))[-1].find(qn("w:lvl"))
    lvl.append(parse_xml(f'<w:suff {nsdecls("w")} w:val="nothing"/>'))
    number(para(d, "Một"), lst)
    number(para(d, "Hai"), lst)
    lines = from_docx_bytes(to_bytes(d)).lines
    assert [ln.raw for ln in lines] == ["(1)Một", "(2)Hai"]
    assert lines[0].fmt["numbering"] == "(1)"


def test_format_number() -> None:
    assert [format_number(n, "upperRoman") for n in (1, 4, 9, 14, 40)] == ["I", "IV", "IX", "XIV", "XL"]
    assert format_number(3, "lowerRoman") == "iii"
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27, 28)] == ["a", "z", "aa", "bb"]
    assert format_number(2, "upperLetter") == "B"
    assert format_number(7, "decimalZero") == "07"
    assert format_number(3, "vietnameseCounting") == "ba"
    assert format_number(5, "none") == ""
    assert format_number(5, "ordinalText") == "5"  # unknown formats print as decimals


def test_bullet_mark() -> None:
    assert bullet_mark("-") == "-"
    assert bullet_mark("\u2013") == "-"
    assert bullet_mark("+") == "+"
    assert bullet_mark("*") == "*"
    assert bullet_mark("\uf0a7") == "•"  # Wingdings square
    assert bullet_mark("\uf0b7") == "•"  # Symbol bullet
    assert bullet_mark("") == ""
