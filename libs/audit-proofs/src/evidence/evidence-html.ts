import type { EvidencePack } from './gather-evidence';
import type { StoryEntry } from './evidence-story';
import { EVENT, FIELD, SECTION, STATUS, type Label } from './evidence-labels';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const label = ([sv, en]: Label): string => `${esc(sv)} <span class="en" lang="en">${esc(en)}</span>`;
const labelOf = (table: Record<string, Label>, key: string): string => label(table[key] ?? [key, key]);

const STYLE = `
body { font: 10.5pt/1.45 system-ui, "Segoe UI", Arial, sans-serif; color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #999; } h3 { font-size: 1.05rem; }
.en { color: #555; font-weight: normal; font-size: .85em; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; } th, td { border: 1px solid #bbb; padding: .25rem .4rem; vertical-align: top; text-align: left; }
th { background: #eee; } td.pos { white-space: nowrap; font-variant-numeric: tabular-nums; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 0 .6rem; } dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
code, .hash { font: 8.5pt/1.3 ui-monospace, Consolas, monospace; overflow-wrap: anywhere; }
.status-adopted { color: #064; } .status-deviating { color: #940; } .status-behind { color: #a00; }
@media print { body { margin: 0; max-width: none; } h2 { break-before: page; } h2.first { break-before: avoid; } tr, dl { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
`;

function entryRow(e: StoryEntry): string {
  const fields = e.fields.filter(([, v]) => v !== '');
  return `<tr id="p${esc(e.position)}"><td class="pos">${esc(e.position)}</td><td>${esc(e.occurredAt)}<br>${esc(e.actor)}</td><td>${labelOf(EVENT, e.type)}</td><td><dl>${fields
    .map(([f, v]) => `<dt>${labelOf(FIELD, f)}</dt><dd>${esc(v)}</dd>`)
    .join('')}</dl></td></tr>`;
}

const entryTable = (entries: StoryEntry[]): string =>
  `<table><thead><tr><th>${label(SECTION.position)}</th><th>${label(SECTION.time)} / ${label(SECTION.actor)}</th><th>${label(SECTION.event)}</th><th>${label(SECTION.details)}</th></tr></thead><tbody>${entries.map(entryRow).join('')}</tbody></table>`;

/**
 * The evidence pack as one HTML document that prints well: the story in Swedish and English, and
 * the signed head, the public key and every entry's inclusion proof — as an appendix to read and
 * as JSON (`<script id="samsyn-evidence">`) for docs/verify-proof.py, so the pack is checked on
 * its own.
 */
export function renderEvidenceHtml(pack: EvidencePack): string {
  const { story, head } = pack;
  const status = story.status
    .map(
      (r) =>
        `<tr><td class="pos"><a href="#p${esc(r.position)}">${esc(r.position)}</a></td><td>${esc(r.occurredAt)}</td><td>${r.headRevision}</td><td>${
          r.stakeholders.length === 0 ? label(SECTION.none) : r.stakeholders.map((s) => `<span class="status-${s.status}">${esc(s.stakeholder)}: ${labelOf(STATUS, s.status)}${s.status === 'behind' && s.revision > 0 ? ` (${s.revision})` : ''}</span>`).join('<br>')
        }</td></tr>`,
    )
    .join('');
  const proofs = pack.entries
    .map((e) => `<tr><td class="pos">${esc(e.inclusion.position)}</td><td class="hash">${esc(e.inclusion.leafHash)}</td><td class="hash">${e.inclusion.proof.map(esc).join('<br>')}</td></tr>`)
    .join('');
  // JSON inside <script>: "<" escaped so no text can close the element.
  const json = JSON.stringify({ head, publicKey: pack.publicKey, entries: pack.entries }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>${esc(SECTION.title[0])} — ${esc(story.name)}</title><style>${STYLE}</style></head>
<body>
<h1>${label(SECTION.title)}: ${esc(story.name)} (${esc(story.processId)})</h1>
<p>${label(SECTION.asOf)}: ${esc(pack.asOf ?? '—')} · ${label(SECTION.generated)}: ${esc(pack.generatedAt)}</p>
<h2 class="first">${label(SECTION.head)}</h2>
<dl><dt>treeSize</dt><dd>${head.treeSize}</dd><dt>rootHash</dt><dd class="hash">${esc(head.rootHash)}</dd><dt>timestamp</dt><dd>${esc(head.timestamp)}</dd><dt>signature</dt><dd class="hash">${esc(head.signature)}</dd><dt>keyId</dt><dd class="hash">${esc(pack.keyId)}</dd></dl>
<pre class="hash">${esc(pack.publicKey)}</pre>
<h2>${label(SECTION.baseline)}</h2>
${entryTable(story.baseline)}
<h2>${label(SECTION.proposals)}</h2>
${story.proposals.length === 0 ? `<p>${label(SECTION.none)}</p>` : story.proposals.map((p) => `<h3>${label(SECTION.proposal)} ${esc(p.id)} (${esc(p.kind)})</h3>${entryTable(p.entries)}`).join('\n')}
<h2>${label(SECTION.status)}</h2>
<table><thead><tr><th>${label(SECTION.position)}</th><th>${label(SECTION.time)}</th><th>${label(SECTION.headRevision)}</th><th>${label(SECTION.stakeholders)}</th></tr></thead><tbody>${status}</tbody></table>
<h2>${label(SECTION.proofs)}</h2>
<p>${label(SECTION.check)}: <code>python3 docs/verify-proof.py evidence pack.html --public-key key.pem</code> — SHA-256(0x00 ‖ leafInput) ${esc('→')} RFC 9162 ${esc('→')} rootHash; Ed25519 (openssl) ${esc('→')} signature.</p>
<table><thead><tr><th>${label(SECTION.position)}</th><th>${label(SECTION.leafHash)}</th><th>${label(SECTION.path)}</th></tr></thead><tbody>${proofs}</tbody></table>
<script type="application/json" id="samsyn-evidence">${json}</script>
</body></html>
`;
}
