import type { BodyEntry } from '@samsyn/projections/directory/directory.projection';
import type { MinutesView } from '@samsyn/projections/management/management.view';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const LEVEL: Record<string, string> = { object: 'objektnivå', administration: 'förvaltningsnivå', portfolio: 'portföljnivå' };
const OUTCOME: Record<string, string> = { approve: 'Godkänt', reject: 'Avslaget' };
const KIND: Record<string, string> = { proposal: 'Ändringsförslag', plan: 'Förvaltningsplan' };

const CSS = [
  'body{font-family:Georgia,"Times New Roman",serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.45}',
  'h1{font-size:1.5rem;margin:0 0 .25rem}',
  'h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #999}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}',
  'dt{font-weight:bold}',
  'table{border-collapse:collapse;width:100%}',
  'th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}',
  'footer{margin-top:2rem;font-size:.85rem;color:#444}',
].join('');

/**
 * The minutes as an archive accepts them: plain HTML5, UTF-8, Swedish, no scripts, no external
 * resources, the CSS inline. The layout is stable (the same minutes render to the same bytes), so
 * a copy filed today can be compared with one rendered later (docs/management-objects.md).
 */
export const minutesHtml = (m: MinutesView, body: BodyEntry | null): string => {
  const name = body?.name ?? m.body;
  const rows = m.decisions
    .map(
      (d, i) =>
        `<tr><td>§ ${i + 1}</td><td>${escape(KIND[d.kind] ?? d.kind)}</td><td>${escape(d.ref)}</td><td>${escape(OUTCOME[d.outcome] ?? d.outcome)}</td><td>${escape(d.motivation)}</td><td>${escape(d.decidedBy)}</td></tr>`,
    )
    .join('\n');
  const decisions = m.decisions.length
    ? `<table>\n<thead><tr><th scope="col">Paragraf</th><th scope="col">Ärende</th><th scope="col">Referens</th><th scope="col">Beslut</th><th scope="col">Motivering</th><th scope="col">Beslutat av</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`
    : '<p>Inga beslut fattades vid mötet.</p>';
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Beslutsprotokoll ${escape(name)} ${escape(m.date)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Beslutsprotokoll</h1>
<p>${escape(name)}${body ? ` (${escape(LEVEL[body.level] ?? body.level)})` : ''}</p>
</header>
<main>
<h2>Mötet</h2>
<dl>
<dt>Styrgrupp</dt><dd>${escape(m.body)}</dd>
<dt>Möte</dt><dd>${escape(m.meeting)}</dd>
<dt>Datum</dt><dd><time datetime="${escape(m.date)}">${escape(m.date)}</time></dd>
<dt>Närvarande</dt><dd>${m.present.map(escape).join(', ')}</dd>
</dl>
<h2>Beslut</h2>
${decisions}
</main>
<footer>
<p>Protokollet fördes av ${escape(m.recordedBy)} och registrerades ${escape(m.recordedAt)} i Samsyn.</p>
</footer>
</body>
</html>
`;
};
