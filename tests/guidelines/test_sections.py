"""Cited paragraphs: each question cites a heading that exists, and that heading's text is shown."""

from __future__ import annotations

import pytest

from srg_guide.crossref import load_citations
from srg_guide.errors import Location
from srg_guide.guidelines import (
    Citations,
    GuidelineRef,
    Question,
    load_library,
)
from srg_guide.guidelines.display import module_markdown
from srg_guide.guidelines.sections import markdown_as_text

LIBRARY = load_library()
CITATIONS, _ = load_citations()
ASKING = [q for q in CITATIONS.questions.values() if q.kind in ("question", "note")]


def test_the_shipped_tree_has_questions_and_notes() -> None:
    assert len([q for q in ASKING if q.kind == "question"]) >= 15
    assert any(q.kind == "note" for q in ASKING)


@pytest.mark.parametrize("question", ASKING, ids=lambda q: q.id)
def test_first_reference_is_an_anchored_paragraph_that_exists(question: Question) -> None:
    first = question.guidelines[0]
    assert first.anchor, f"{question.id} cites {first.reference}, not a paragraph"
    paragraph = LIBRARY.paragraph(first.reference)
    assert paragraph is not None and paragraph.section is not None, first.reference
    assert paragraph.section.anchor == first.anchor


@pytest.mark.parametrize("question", ASKING, ids=lambda q: q.id)
def test_shown_text_is_that_paragraph_and_no_other(question: Question) -> None:
    paragraph = LIBRARY.paragraph(question.guidelines[0].reference)
    assert paragraph is not None and paragraph.section is not None
    assert paragraph.title.endswith(f" – {paragraph.section.title}")
    assert paragraph.text.strip()
    module = paragraph.module
    for other in module.sections:
        if other is paragraph.section:
            continue
        other_paragraph = LIBRARY.paragraph(f"{module.id}#{other.anchor}")
        assert other_paragraph is not None
        shown_lines = paragraph.markdown.splitlines()
        assert module.text.splitlines()[other.line - 1] not in shown_lines, other.title
        first_line = other_paragraph.markdown.splitlines()[0]
        assert not first_line.strip() or first_line not in shown_lines, other.title


@pytest.mark.parametrize(
    ("reference", "inside", "outside"),
    [
        (
            "criterium-inzet#echte-inzet-of-gewone-dienstverlening",
            "wekelijks gesprek",
            "bemoeienis",
        ),
        ("criterium-inzet#wat-is-het", "bemoeienis", "wekelijks gesprek"),
        ("criterium-inzet#initiatief-van-de-inwoner", "oordelen", "Voorbeelden"),
        ("type-29#lijkt-erop-maar-telt-niet", "aparte voorziening", "werkervaringsplaats van een"),
        ("doel-inzet#wat-is-het", "Re-integratie", "sollicitatietraining"),
    ],
)
def test_paragraph_text_has_its_own_lines_only(reference: str, inside: str, outside: str) -> None:
    paragraph = LIBRARY.paragraph(reference)
    assert paragraph is not None
    assert inside in paragraph.text
    assert outside not in paragraph.text


def test_whole_module_reference_shows_the_opening() -> None:
    paragraph = LIBRARY.paragraph("type-29")
    assert paragraph is not None and paragraph.section is None
    assert paragraph.title == "Type 29: Overige werkplekken"
    assert paragraph.text == "Andere werkplekken, zoals een werkervaringsplaats."


def test_unknown_anchor_has_no_paragraph() -> None:
    assert LIBRARY.paragraph("type-29#bestaat-niet") is None
    assert LIBRARY.title_of("type-29#bestaat-niet") == "type-29#bestaat-niet"


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("Een **vet** woord en een [link](x.md).", "Een vet woord en een link."),
        ("- een\n- twee\n", "- een\n- twee"),
        ("1. een\n2. twee\n", "1. een\n2. twee"),
        ("Eerst.\n\nDan.\n", "Eerst.\n\nDan."),
        ("Zie:\n\n- a\n\nKlaar.\n", "Zie:\n\n- a\n\nKlaar."),
        ("| a | b |\n|---|---|\n| 1 | 2 |\n", "a | b\n1 | 2"),
        ('!!! lezing "Onze lezing"\n    Tekst.\n', "Onze lezing\n\nTekst."),
    ],
)
def test_markdown_as_text(markdown: str, text: str) -> None:
    assert markdown_as_text(markdown) == text


def _citations(*refs: tuple[str, str, str]) -> Citations:
    where = Location("trees/srg.yaml", 1, "guidelines")
    return Citations(
        {
            node_id: Question(node_id, text, (GuidelineRef(ref, where),), where)
            for node_id, text, ref in refs
        }
    )


def test_used_in_is_written_at_the_cited_paragraph() -> None:
    citations = _citations(
        ("a", "Vraag over inzet?", "criterium-inzet#echte-inzet-of-gewone-dienstverlening"),
        ("b", "Vraag over de module?", "criterium-inzet"),
    )
    text = module_markdown(LIBRARY.modules["criterium-inzet"], citations)
    note = text.index("*Gebruikt in vraag:* [Vraag over inzet?](vraag:a)")
    assert text.index("### Echte inzet of gewone dienstverlening") < note
    assert note < text.index("## Voorbeelden")
    closing = text.index("## Gebruikt in de beslisboom")
    assert text.index("- gebruikt in vraag [Vraag over de module?](vraag:b)") > closing
    assert "(vraag:a)" not in text[closing:]


def test_questions_with_the_same_text_share_one_line() -> None:
    citations = _citations(
        ("doel-1", "Waar is de inzet op gericht?", "doel-inzet#wat-is-het"),
        ("doel-2", "Waar is de inzet op gericht?", "doel-inzet#wat-is-het"),
    )
    text = module_markdown(LIBRARY.modules["doel-inzet"], citations)
    assert text.count("Waar is de inzet op gericht?") == 1
    assert "(vraag:doel-1) (2 keer in de beslisboom)" in text


def test_question_text_cannot_break_the_link() -> None:
    citations = _citations(("a", "Een [rare] vraag?", "criterium-inzet#wat-is-het"))
    text = module_markdown(LIBRARY.modules["criterium-inzet"], citations)
    assert "[Een \\[rare\\] vraag?](vraag:a)" in text
