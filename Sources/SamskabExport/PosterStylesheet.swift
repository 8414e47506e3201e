/// The posters' inline stylesheet. In print: one landscape A4 page per poster (each after the
/// first starts a page), post-its in a grid, large type that steps down with the amount of text
/// (`roomy` … `smallest`). For A3 the PDF of the pages is printed on A3 with "fit to page" (141 %):
/// the page size stays A4 here so that a plain A4 printer gets exactly one page per table. On screen: the
/// pages as landscape sheets, with the printing instructions above them.
enum PosterStylesheet {
    static let css = """
        :root { --ink: #111; --postit: #fff3a3; --key: #c9f2c7; --key-line: #1b5e20; }
        * { box-sizing: border-box; }
        html { font-family: system-ui, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); }
        body { margin: 0; background: #e8e6df; }
        .instructions { max-width: 277mm; margin: 1.5rem auto; font-size: 1rem; line-height: 1.4; }
        .instructions h1 { font-size: 1.4rem; margin: 0 0 .4rem; }
        .poster { width: 297mm; min-height: 210mm; margin: 0 auto 1.5rem; padding: 10mm 12mm; background: #fff;
                  box-shadow: 0 2px 8px rgba(0,0,0,.25); overflow-wrap: anywhere; }
        .poster > header { border-bottom: 1mm solid var(--ink); margin-bottom: 4mm; padding-bottom: 2mm; }
        .poster .item { margin: 0; font-size: 11pt; color: #444; }
        .poster h2 { margin: 0; font-size: 40pt; line-height: 1.1; }
        .poster .members { margin: 1mm 0 0; font-size: 13pt; line-height: 1.3; }
        .poster .empty { font-size: 20pt; color: #444; }
        .board { column-count: 3; column-gap: 6mm; column-fill: balance; }
        .question h3 { margin: 0 0 1.5mm; padding-top: 1mm; font-size: 10.5pt; line-height: 1.25; font-weight: 600;
                       break-inside: avoid; break-after: avoid; }
        .notes { list-style: none; margin: 0 0 3mm; padding: 0; }
        .note { background: var(--postit); border: .4mm solid #555; padding: 2mm 3mm; margin-bottom: 2.5mm; font-size: 18pt;
                line-height: 1.2; break-inside: avoid; -webkit-print-color-adjust: exact; }
        .note.long { break-inside: auto; -webkit-box-decoration-break: clone; box-decoration-break: clone; orphans: 2; widows: 2; }
        .note p { margin: 0; }
        .note .text { white-space: pre-wrap; }
        .note.key-point { background: var(--key); border: 1.2mm solid var(--key-line); }
        .note .mark { font-size: 10pt; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; margin-bottom: 1mm; }
        .note .group { font-size: 10pt; font-weight: 600; margin-bottom: 1mm; }
        .roomy .board { column-count: 2; column-gap: 8mm; }
        .roomy .note { font-size: 26pt; padding: 3mm 4mm; margin-bottom: 3.5mm; }
        .roomy .question h3 { font-size: 13pt; }
        .medium .note { font-size: 15pt; }
        .small .board { column-count: 4; column-gap: 5mm; }
        .small .note { font-size: 12pt; padding: 1.5mm 2.5mm; margin-bottom: 2mm; }
        .small .question h3 { font-size: 9.5pt; }
        .smallest .board { column-count: 5; column-gap: 4mm; }
        .smallest .note { font-size: 10pt; padding: 1.2mm 2mm; margin-bottom: 1.5mm; }
        .smallest .question h3 { font-size: 8.5pt; }
        .smallest .note .mark { font-size: 8pt; }
        @page { size: A4 landscape; margin: 10mm 12mm; }
        @media print {
          body { background: #fff; }
          .instructions { display: none; }
          .poster { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
          .poster + .poster { break-before: page; page-break-before: always; }
        }
        """
}
