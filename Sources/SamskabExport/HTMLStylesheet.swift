/// The HTML summary's inline stylesheet. On screen: post-its on a warm page, the gallery walk's
/// +1s and the votes as badges and its comments as a small indented list, a cluster as a dashed
/// box across the grid holding its post-its. In print (A4):
/// small type and four post-its a row, so a full day of 200 notes fits on about ten pages; each
/// discussion that has notes or tables starts a page, an item without any does not.
enum HTMLStylesheet {
    static let css = """
        :root { --ink: #1d1d1b; --paper: #fffdf5; --postit: #fff3a3; --key: #c9f2c7; --line: #d6d1c4; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem; font: 1rem/1.45 system-ui, "Segoe UI", Helvetica, Arial, sans-serif;
               color: var(--ink); background: var(--paper); }
        h1 { font-size: 2rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .5rem; }
        .facts, .kind, .byline, .merged, .empty { color: #555; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
        dt { font-weight: 600; margin-top: .4rem; }
        dd { margin: 0 0 0 1rem; }
        .key-points li { margin: .3rem 0; }
        .when { white-space: nowrap; }
        .tables > ul { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
                     gap: .5rem 1.2rem; }
        .tables strong { display: block; }
        .tables .members { font-size: .9rem; }
        .board { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .8rem; }
        .note { background: var(--postit); padding: .7rem .8rem; box-shadow: 0 1px 3px rgba(0,0,0,.25); transform: rotate(-.4deg);
                overflow-wrap: anywhere; }
        .note:nth-child(even) { transform: rotate(.5deg); }
        .note.key-point { background: var(--key); border-left: 6px solid #2f7d32; }
        .note .table { width: fit-content; max-width: 100%; margin: 0 0 .3rem; padding: 0 .35rem; font-size: .75rem; font-weight: 600;
                       border: 1px solid rgba(0,0,0,.4); border-radius: .25rem; background: rgba(255,255,255,.55); }
        .note .text { margin: 0 0 .4rem; white-space: pre-wrap; }
        .note .byline { margin: 0; font-size: .85rem; }
        .note .plus-ones { display: inline-block; margin: .3rem 0 0; padding: 0 .45rem; font-weight: 700; font-size: .85rem;
                           border: 1px solid rgba(0,0,0,.45); border-radius: 1rem; background: rgba(255,255,255,.6); }
        .note .votes, .cluster-name .votes { display: inline-block; margin: .3rem .3rem 0 0; padding: 0 .45rem; font-weight: 700;
                       font-size: .85rem; border-radius: 1rem; color: #fff; background: #8a3b12; }
        .cluster-name .votes { margin: 0 0 0 .5rem; }
        .cluster { grid-column: 1 / -1; padding: .5rem .7rem .8rem; border: 2px dashed #8a7f63; border-radius: .4rem; }
        .cluster-name { margin: 0 0 .5rem; }
        .cluster-name .label { color: #555; }
        .voting, .by-votes { color: #555; margin: 0 0 .5rem; }
        .key-points .votes { font-weight: 700; }
        .comments { list-style: none; margin: .35rem 0 0; padding: 0 0 0 .55rem; border-left: 2px solid rgba(0,0,0,.3); font-size: .85rem; }
        .comments li { margin: .15rem 0; }
        .comments .label { font-weight: 600; }
        .comments .text { white-space: pre-wrap; }
        .comments .byline { color: #555; }
        .pairs { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr));
                 gap: .4rem 1.2rem; }
        .pairs strong { margin-right: .4rem; }
        .pairs .route { display: block; color: #555; }
        .rounds { margin: 0 0 .5rem; }
        @media print {
          @page { size: A4; margin: 12mm 12mm 14mm; }
          html { font-size: 9pt; }
          body { background: #fff; max-width: none; padding: 0; line-height: 1.3; }
          h1 { font-size: 1.8rem; }
          h2 { font-size: 1.35rem; margin: 1.2rem 0 .4rem; }
          h3 { font-size: 1.05rem; margin: .8rem 0 .35rem; }
          th, td { padding: .15rem .4rem; }
          dt { margin-top: .2rem; }
          .key-points li { margin: .15rem 0; }
          .item:not(.quiet) { break-before: page; }
          .program + .item { break-before: auto; }
          .item:not(.quiet) > h2 { margin-top: 0; }
          .tables > ul { grid-template-columns: repeat(4, 1fr); gap: .3rem .8rem; }
          .pairs { grid-template-columns: repeat(3, 1fr); gap: .2rem .8rem; }
          .board { grid-template-columns: repeat(4, 1fr); gap: 2mm; }
          .note { box-shadow: none; border: 1px solid #bbb; transform: none; padding: 1.5mm 2mm; }
          .note:nth-child(even) { transform: none; }
          .note .table { margin-bottom: .15rem; }
          .note .text { margin: 0 0 .15rem; }
          .cluster { padding: 1.5mm 2mm 2mm; }
          .cluster-name { margin: 0 0 1.5mm; }
          .note .votes, .cluster-name .votes { color: #000; background: none; border: 1px solid #000; }
          .note, tr, .key-points li, .tables li, .pairs li { break-inside: avoid; }
          h2, h3, .item > .kind { break-after: avoid; }
        }
        """
}
