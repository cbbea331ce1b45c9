"""HTML pages via BeautifulSoup + lxml: the readable text, block elements as paragraphs.

Bytes are decoded with a BOM first, then the declared charset (``<meta charset>``,
``http-equiv`` Content-Type, XML declaration; labels mapped as browsers do, so
``iso-8859-9`` means windows-1254), then the plain-text fallbacks of
:func:`vakanuvis.read.text.decode`. Scripts, styles, navigation, headers and footers are
dropped; block elements (p, div, li, td, h1…) become paragraphs separated by ``"\\n\\n"``,
``<br>`` a line break, other whitespace collapses as a browser renders it.
"""

from __future__ import annotations

import re
from pathlib import Path

from vakanuvis.read.text import decode

DROP = frozenset("script style noscript template head nav header footer svg canvas iframe object embed "
                 "button select".split())
BLOCK = frozenset("address article aside blockquote body caption dd details div dl dt fieldset figcaption "
                  "figure form h1 h2 h3 h4 h5 h6 hr html li main ol p pre section summary table tbody td "
                  "tfoot th thead tr ul".split())

# WHATWG Encoding Standard: browsers decode these labels with the superset code page.
LABEL_ALIASES = {
    "iso-8859-9": "cp1254", "iso8859-9": "cp1254", "latin5": "cp1254", "l5": "cp1254",
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "l1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252",
}
CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)

PARA, LINE = "\x1e", "\x1f"  # separators while walking; never in decoded text (stripped)
SPACE = re.compile(r"[ \t\n\r\f\v]+")


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in its first 4 KB, as a codec name browsers would use."""
    head = data[:4096]
    m = XML_ENCODING.search(head) or CHARSET.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii", "replace").strip().lower()
    return LABEL_ALIASES.get(label, label)


def read_html(data: bytes, path: Path) -> tuple[str, dict]:
    """Readable text of a page; meta holds ``encoding`` and ``title`` (<title>, else <h1>)."""
    from bs4 import BeautifulSoup

    markup, meta = decode(data, declared=declared_charset(data))
    soup = BeautifulSoup(markup.replace(PARA, " ").replace(LINE, " "), "lxml")
    title = _title(soup)
    if title:
        meta["title"] = title
    parts: list[str] = []
    _walk(soup, parts, pre=False)
    return _assemble("".join(parts)), meta


def _title(soup) -> str:
    for tag in (soup.title, soup.find("h1")):
        if tag is not None:
            text = SPACE.sub(" ", tag.get_text()).strip()
            if text:
                return text
    return ""


def _walk(root, out: list[str], pre: bool) -> None:
    """Append the text of ``root``'s subtree to ``out`` in document order (an explicit
    stack, so deeply nested pages cannot exhaust the recursion limit)."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    stack: list = [(child, pre) for child in reversed(root.contents)]
    while stack:
        node, in_pre = stack.pop()
        if node is PARA:  # the end of a block element
            out.append(PARA)
        elif isinstance(node, PreformattedString):  # comments, doctype, CDATA, instructions
            continue
        elif isinstance(node, NavigableString):
            out.append(str(node).replace("\n", LINE) if in_pre else SPACE.sub(" ", str(node)))
        elif isinstance(node, Tag):
            name = node.name.lower()
            if name in DROP:
                continue
            if name == "br":
                out.append(LINE)
                continue
            block = name in BLOCK
            if block:
                out.append(PARA)
                stack.append((PARA, in_pre))
            inner = in_pre or name == "pre"
            stack.extend((child, inner) for child in reversed(node.contents))


def _assemble(flat: str) -> str:
    paragraphs = []
    for para in flat.split(PARA):
        lines = [re.sub(" {2,}", " ", line).strip() for line in para.split(LINE)]
        text = "\n".join(lines).strip("\n")
        if text.strip():
            paragraphs.append(re.sub(r"\n{2,}", "\n", text))
    return "\n\n".join(paragraphs)
