// Phones: the filter bar is one or two rows of bare selects (their labels stay for screen readers), at most a tenth of the screen.
export const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;max-width:1200px;color:#222}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
.finding{border-left:4px solid #999;padding:.25rem .75rem;margin:.75rem 0}.error{border-color:#c00}.warning{border-color:#e69f00}.info{border-color:#0072b2}
.finding.acknowledged{border-left-style:dashed;background:#f6f6f6}.ackmark{border:1px solid #595959;border-radius:3px;padding:0 .25rem;font-size:.85em}
.finding.current{outline:2px solid #0072b2;outline-offset:2px}
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd;z-index:1}.filters label{margin-right:1rem}.filters select{max-width:22rem}
.quote{font-family:Georgia,serif}.ack{color:#555}code{background:#f4f4f4;padding:0 .2rem}.keys{color:#555}.omitted{font-style:italic}
button.src{font:inherit;white-space:nowrap;cursor:pointer;background:#f4f4f4;border:1px solid #bbb;border-radius:3px}
pre.source{margin:0;white-space:pre-wrap;font:12px/1.4 ui-monospace,monospace;max-width:1100px}pre.source .n{display:inline-block;width:3.5em;color:#595959;user-select:none}
h3.fh{font-size:1em;font-weight:normal;margin:.4rem 0;scroll-margin-top:5rem}ol.start{padding-left:1.5rem}nav{margin:.5rem 0}
pre.source mark{background:#fde9b8;outline:1px solid #c98a00}figure{margin:1rem 0}#none{font-weight:bold}
.scroll{overflow-x:auto;max-width:100%}.scroll:focus-visible{outline:2px solid #0072b2}td{overflow-wrap:anywhere}td.date,td.v{white-space:nowrap}
@media (max-width:600px){body{margin:.5rem}.filters{display:flex;flex-wrap:wrap;gap:.25rem;padding:.25rem 0}.filters label{margin:0;font-size:0}.filters select{font-size:13px;max-width:46vw}.filters .ackbox{font-size:13px}.filters .help{display:none}.filters .count{font-size:13px}h3.fh{scroll-margin-top:5.5rem}}`;
