// EclipseConformance dashboard: a dependency-free single page over the Eclipse API and the /sim/v1 control plane.
// Every value is rendered with textContent (never innerHTML), so nothing a channel sends can inject markup.
const API = '/eclipse-conductor/rest/v1';
const main = document.getElementById('main');
const session = { token: sessionStorage.getItem('token'), identity: sessionStorage.getItem('identity'), password: sessionStorage.getItem('password') };

// ---------- tiny DOM helpers ----------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'onclick' || k === 'onsubmit' || k === 'onchange') node[k] = v;
    else if (k === 'class') node.className = v;
    else if (v !== undefined && v !== null) node.setAttribute(k, v);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
const text = (v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const money = (v) => (v === null || v === undefined ? '' : Number(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 9 }));

/** A table of objects; columns: [key, title, format?]; onRow makes rows clickable. */
function table(rows, columns, onRow) {
  const head = el('tr', {}, columns.map(([, title]) => el('th', {}, title)));
  const body = rows.map((row) => {
    const tr = el('tr', { class: onRow ? 'link' : '' }, columns.map(([key, , format]) => {
      const value = typeof key === 'function' ? key(row) : row[key];
      return el('td', { class: format === money ? 'num' : '' }, value instanceof Node ? value : format ? format(value, row) : text(value));
    }));
    if (onRow) tr.onclick = () => onRow(row);
    return tr;
  });
  return el('table', {}, el('thead', {}, head), el('tbody', {}, body));
}
const card = (title, ...content) => el('section', { class: 'card' }, el('h2', {}, title), ...content);
const pre = (value) => el('pre', {}, typeof value === 'string' ? prettyJson(value) : JSON.stringify(value, null, 2));
function prettyJson(s) { try { return JSON.stringify(JSON.parse(s), null, 2); } catch { return s; } }

// ---------- HTTP ----------
async function login(identity, password) {
  const res = await fetch(`${API}/authentication/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ identity, password }) });
  const body = await res.json();
  if (!res.ok) throw new Error(body?.[0]?.description ?? `Login failed (${res.status})`);
  if (!body.roles.includes('SIMULATOR_ADMIN')) throw new Error('This identity is not a simulator administrator');
  Object.assign(session, { token: body.headerValue, identity, password });
  sessionStorage.setItem('token', session.token); sessionStorage.setItem('identity', identity); sessionStorage.setItem('password', password);
}
async function call(method, path, body) {
  const send = () => fetch(path, { method, headers: { 'Authorization': session.token, ...(body ? { 'Content-Type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  let res = await send();
  if (res.status === 401 && session.identity) { await login(session.identity, session.password); res = await send(); }
  const raw = await res.text();
  const json = raw ? JSON.parse(raw) : null;
  if (!res.ok) throw new Error(json?.[0] ? `${json[0].code}: ${json[0].description}` : `${method} ${path} → ${res.status}`);
  return json;
}
const get = (path) => call('GET', path);

// ---------- views ----------
const views = {
  async '/'() {
    const [health, clock, stats, invariants, tenants, sims] = await Promise.all([
      get('/sim/v1/health'), get('/sim/v1/clock'), get('/sim/v1/ledger/stats'), get('/sim/v1/ledger/invariants'), get('/sim/v1/tenants'), get('/sim/v1/simulators')]);
    const advance = (by) => el('button', { class: 'secondary', onclick: async () => { await call('POST', '/sim/v1/clock/advance', { by }); route(); } }, `+${by.replace('PT', '').replace('P', '').toLowerCase()}`);
    return [
      el('div', { class: 'grid' },
        card('Engine', el('p', {}, 'Status: ', el('span', { class: 'ok', id: 'health-status' }, health.status)), el('p', {}, `Store: ${health.store}`)),
        card('Virtual clock', el('p', { id: 'clock-now' }, clock.now), el('p', { class: 'muted' }, `Mode: ${clock.mode}`),
          el('div', { class: 'row' }, advance('PT1M'), advance('PT15M'), advance('PT1H'), advance('P1D'))),
        card('Ledger', el('p', { id: 'invariants', class: invariants.ok ? 'ok' : 'bad' }, invariants.ok ? 'Invariants hold' : 'Invariants VIOLATED'),
          el('p', {}, `${invariants.postings} postings, ${invariants.entries} entries`),
          el('p', { class: 'muted' }, `Group commit: ${stats.batches} batches, average ${stats.averageBatch.toFixed(1)}, largest ${stats.largestBatch}`),
          ...invariants.violations.map((v) => el('p', { class: 'error' }, v))),
        card('World', el('p', {}, `${tenants.length} tenants, ${tenants.reduce((n, t) => n + t.customers, 0)} customers, ${tenants.reduce((n, t) => n + t.wallets, 0)} wallets`),
          el('p', {}, `${sims.length} upstream simulators`),
          el('button', { class: 'secondary', onclick: async () => { if (confirm('Reset the whole world to its seed?')) { await call('POST', '/sim/v1/reset'); await login(session.identity, session.password); route(); } } }, 'Reset world'))),
      card('Money per currency (sums over all wallets; floats are negative, so each currency sums to zero)',
        table(invariants.currencies, [['currency', 'Currency'], ['sum', 'Sum', money], ['wallets', 'Wallets']])),
    ];
  },

  async '/tenants'() {
    const tenants = await get('/sim/v1/tenants');
    return [card('Tenants', table(tenants, [
      ['tenantId', 'Tenant'], ['name', 'Name'], ['country', 'Country'], ['kind', 'Kind'], ['customers', 'Customers'], ['wallets', 'Wallets'],
      [(t) => t.totals.map((x) => `${x.currency} ${money(x.balance)}`).join(', '), 'Money'],
    ], (t) => go(`/tenants/${t.tenantId}`)))];
  },

  async '/tenants/:tenant'({ tenant }) {
    const wallets = await get(`${API}/tenants/${tenant}/wallets?limit=500`);
    return [card(`Wallets of tenant ${tenant}`, table(wallets, [
      ['walletId', 'Wallet'], ['friendlyId', 'Friendly id'], ['name', 'Name'], ['customerId', 'Customer'], ['currency', 'Currency'], ['status', 'Status'],
      ['currentBalance', 'Current', money], ['availableBalance', 'Available', money], ['reservations', 'Reserved', money],
    ], (w) => go(`/tenants/${tenant}/wallets/${w.walletId}`)))];
  },

  async '/tenants/:tenant/wallets/:wallet'({ tenant, wallet }) {
    const [w, transactions] = await Promise.all([get(`${API}/tenants/${tenant}/wallets/${wallet}`), get(`${API}/tenants/${tenant}/wallets/${wallet}/transactions?limit=200`)]);
    const amount = el('input', { name: 'amount', value: '100.00', size: 10 });
    return [
      card(`Wallet ${w.walletId} (${w.friendlyId}) — ${w.name}`,
        el('p', {}, `Current ${money(w.currentBalance)} ${w.currency} · available ${money(w.availableBalance)} · reserved ${money(w.reservations)} · ${w.status}`),
        el('div', { class: 'row' }, 'Fund from the tenant float:', amount,
          el('button', { onclick: async () => { await call('POST', `/sim/v1/wallets/${wallet}/fund`, { amount: Number(amount.value) }); route(); } }, 'Fund'))),
      card('Ledger entries (newest first)', table(transactions, [
        ['transactionId', 'Entry'], ['date', 'Date'], ['type', 'Type'], ['amount', 'Amount', money], ['balance', 'Balance', money], ['otherWalletId', 'Other wallet'],
        ['externalUniqueId', 'externalUniqueId'], ['description', 'Description'],
      ])),
    ];
  },

  async '/callbacks'() {
    const callbacks = await get('/sim/v1/callbacks?limit=200');
    const rows = Array.isArray(callbacks) ? callbacks : callbacks.items ?? [];
    return [card('Callbacks (signed, retried on the documented schedule)', table(rows, [
      ['callbackId', 'Callback'], ['tenantId', 'Tenant'], ['kind', 'Kind'], ['reference', 'Reference'], ['status', 'Status'], ['attemptCount', 'Attempts'],
      ['nextAttemptAt', 'Next attempt'], ['url', 'Target'],
    ], (c) => go(`/callbacks/${c.callbackId}`)))];
  },

  async '/callbacks/:id'({ id }) {
    const c = await get(`/sim/v1/callbacks/${id}`);
    return [card(`Callback ${id} — ${c.status}`,
      el('div', { class: 'row' }, el('button', { onclick: async () => { await call('POST', `/sim/v1/callbacks/${id}/redeliver`); route(); } }, 'Redeliver now')),
      el('h3', {}, 'Body'), pre(c.body ?? ''),
      el('h3', {}, 'Attempts (retry timeline)'),
      table(c.attempts ?? [], [['number', '#'], ['startedAt', 'At'], ['outcome', 'Outcome'], ['responseStatus', 'Status'], ['latencyMs', 'Latency ms'],
        ['error', 'Error'], ['nextAttemptAt', 'Next attempt'], [(a) => (a.requestHeaders ?? {})['Eclipse-Signature'] ?? text(a.requestHeaders), 'Eclipse-Signature']]))];
  },

  async '/payments'() {
    const payments = await get('/sim/v1/payments?limit=200');
    return [card('VAS payments (newest first)', table(payments, [
      ['id', 'Payment'], ['tenantId', 'Tenant'], ['walletId', 'Wallet'], ['product', 'Product'], ['amount', 'Amount', money], ['currency', 'Currency'],
      ['status', 'Status'], ['state', 'State'], [(p) => (p.hasExtraInfo ? 'yes' : 'no'), 'extraInfo'], ['externalUniqueId', 'externalUniqueId'], ['lastModified', 'Last change'],
    ], (p) => go(`/payments/${p.id}`)))];
  },

  async '/payments/:id'({ id }) { return activity('payments', id); },

  async '/withdrawals'() {
    const withdrawals = await get('/sim/v1/withdrawals?limit=200');
    return [card('Withdrawals (newest first)', table(withdrawals, [
      ['id', 'Withdrawal'], ['tenantId', 'Tenant'], ['walletId', 'Wallet'], ['type', 'Type'], ['amount', 'Amount', money], ['fee', 'Fee', money], ['currency', 'Currency'],
      ['status', 'Status'], ['externalUniqueId', 'externalUniqueId'], ['created', 'Created'], ['lastModified', 'Last change'],
    ], (w) => go(`/withdrawals/${w.id}`)))];
  },

  async '/withdrawals/:id'({ id }) { return activity('withdrawals', id); },

  async '/sms'() {
    const messages = await get('/sim/v1/sms?limit=200');
    return [card('SMS inbox (the SMS gateway simulator, newest first)', table([...messages].reverse(), [
      ['receivedAt', 'Received'], ['to', 'To'], ['from', 'From'], ['message', 'Message'], ['reference', 'Reference'], ['segments', 'Segments'],
    ]))];
  },

  async '/conformance'(_, query) {
    const filter = new URLSearchParams(Object.fromEntries(Object.entries(query).filter(([, v]) => v)));
    const report = await get(`/sim/v1/conformance?${filter}`);
    const tenant = el('input', { placeholder: 'tenant id', size: 8, value: query.tenantId ?? '' });
    const since = el('input', { placeholder: 'since (ISO instant)', size: 26, value: query.since ?? '' });
    return [
      card('Channel conformance',
        el('p', { id: 'conformance-verdict', class: report.conformant ? 'ok' : 'bad' }, report.conformant ? 'No findings: the channel follows the documented guidance' : `${report.findingCount} finding(s)`),
        el('p', { class: 'muted' }, `${report.entriesExamined} journaled calls examined${report.oldestEntryAt ? ` since ${report.oldestEntryAt}` : ''} (journal keeps the last ${report.journalCapacity}); rules version ${report.policyVersion}; at ${report.generatedAt}`),
        el('div', { class: 'row' }, tenant, since, el('button', { onclick: () => go('/conformance', { tenantId: tenant.value, since: since.value }) }, 'Filter'))),
      ...report.rules.map((r) => card(`${r.rule} — ${r.title}`,
        el('p', { class: r.status === 'FAIL' ? 'bad' : r.status === 'PASS' ? 'ok' : 'muted', 'data-rule': r.rule }, r.status),
        el('blockquote', {}, `“${r.source.quote}” — ${r.source.document}, ${r.source.section}`),
        el('p', { class: 'muted' }, `Settings (policies.conformance.${r.rule}): ${text(r.settings)}`),
        r.findings.length ? table(r.findings, [['subject', 'Subject'], ['message', 'Finding'], ['tenantId', 'Tenant'], ['caller', 'Caller'], ['at', 'At'],
          [(f) => [...f.journalIds.map((i) => `#${i}`), ...(f.callbackIds ?? []).map((c) => `callback ${c}`)].join(' '), 'Evidence']]) : null)),
    ];
  },

  async '/journal'(_, query) {
    const filter = new URLSearchParams({ limit: '200', ...query });
    const entries = await get(`/sim/v1/journal?${filter}`);
    const path = el('input', { placeholder: 'path contains', value: query.path ?? '' });
    const status = el('input', { placeholder: 'status', size: 5, value: query.status ?? '' });
    const selected = el('div');
    return [card('Request journal (last calls, bodies redacted)',
      el('div', { class: 'row' }, path, status, el('button', { onclick: () => go('/journal', Object.fromEntries(Object.entries({ path: path.value, status: status.value }).filter(([, v]) => v))) }, 'Filter')),
      table(entries, [['id', '#'], ['at', 'At'], ['method', 'Method'], ['path', 'Path'], ['status', 'Status'], ['errorCode', 'Code'], ['latencyMs', 'ms'], ['caller', 'Caller']],
        (e) => selected.replaceChildren(el('h3', {}, `${e.method} ${e.path}`), el('p', {}, 'Request'), pre(e.requestBody ?? ''), el('p', {}, 'Response'), pre(e.responseBody ?? ''))),
      selected)];
  },

  async '/rules'() {
    const [rules, config, faults] = await Promise.all([get('/sim/v1/rules'), get('/sim/v1/config-items'), get('/sim/v1/faults')]);
    const conformance = Object.entries(rules.policies.conformance ?? {}).map(([rule, settings]) => ({ rule, ...settings }));
    return [
      card(`Active rules — version ${rules.version ?? ''}`, rules.lastError ? el('p', { class: 'error' }, text(rules.lastError)) : null,
        el('p', { class: 'muted' }, `Files: ${rules.files.map((f) => `${f.name} (${f.layer})`).join(', ')}${rules.runtimeDocument ? ` + runtime document ${rules.runtimeDocument}` : ''}`),
        el('h3', {}, 'Decision rules'), table(rules.rules, [['name', 'Name'], ['on', 'On'], ['when', 'When'], [(r) => text(r.then), 'Then'], ['enabled', 'Enabled'], ['source', 'File']]),
        el('h3', {}, 'Simulator behaviours'), table(rules.behaviours, [['name', 'Name'], ['upstream', 'Upstream'], ['enabled', 'Enabled'], ['applied', 'Applied'], ['source', 'File']]),
        el('h3', {}, 'Conformance rules (policies.conformance)'), table(conformance, [['rule', 'Rule'], ['enabled', 'Enabled'],
          [(c) => Object.entries(c).filter(([k]) => k !== 'rule' && k !== 'enabled').map(([k, v]) => `${k}: ${text(v)}`).join(', '), 'Thresholds']])),
      card('Active faults (all upstreams)', table(faults, [['upstream', 'Upstream'], ['id', 'Id'], ['source', 'Source'], ['kind', 'Kind'], [(f) => text(f.match), 'Match'], ['remainingCount', 'Left'], ['until', 'Until']])),
      card('Everything in force (policies, config items, rules, behaviours)', pre(rules)),
      card('Global config items', pre(config))];
  },

  async '/faults'() {
    const [sims, faults] = await Promise.all([get('/sim/v1/simulators'), get('/sim/v1/faults')]);
    const upstream = el('select', {}, sims.map((s) => el('option', {}, s.name)));
    const kind = el('select', {}, ['HttpStatus', 'Delay', 'Timeout', 'MalformedBody', 'EmptyResponse', 'ConnectionReset', 'BusinessError'].map((k) => el('option', {}, k)));
    const status = el('input', { value: '503', size: 4 });
    const operation = el('input', { placeholder: 'operation (e.g. Vend)', size: 14 });
    const count = el('input', { placeholder: 'count', size: 5 });
    const add = async () => {
      await call('POST', '/sim/v1/faults', { upstream: upstream.value, match: operation.value ? { operation: operation.value } : {}, outcome: { kind: kind.value, statusCode: Number(status.value) || 0 }, count: count.value ? Number(count.value) : null });
      route();
    };
    return [
      card('Upstream simulators', table(sims, [['name', 'Name'], ['baseUrl', 'Base URL'], ['faults', 'Faults'], ['journalEntries', 'Requests seen']])),
      card('Active faults', table(faults, [['upstream', 'Upstream'], ['id', 'Id'], ['source', 'Source'], ['kind', 'Kind'], [(f) => text(f.match), 'Match'],
        ['remainingCount', 'Left'], ['timesApplied', 'Applied'], ['until', 'Until'],
        [(f) => (f.source === 'api' ? el('button', { class: 'secondary', onclick: async (e) => { e.stopPropagation(); await call('DELETE', `/sim/v1/faults/${f.upstream}/${f.id}`); route(); } }, 'Remove') : 'rule file'), '']]),
        el('div', { class: 'row' }, 'Add:', upstream, kind, 'status', status, operation, count, el('button', { onclick: add }, 'Add fault'))),
    ];
  },
};

/** A payment or withdrawal with its state history (store, journal, tasks, callbacks). */
async function activity(kind, id) {
  const item = await get(`/sim/v1/${kind}/${id}`);
  const facts = [['Tenant', item.tenantId], ['Wallet', item.walletId], ['externalUniqueId', item.externalUniqueId], ['Type', item.type], ['Product', item.product],
    ['Amount', `${money(item.amount)} ${item.currency} (fee ${money(item.fee)})`], ['Status', item.status], ['State', item.state], ['extraInfo', item.hasExtraInfo === null || item.hasExtraInfo === undefined ? null : item.hasExtraInfo ? 'present' : 'not yet'],
    ['Error', item.errorDescription], ['Callback URL', item.callbackUrl], ['Created', item.created]].filter(([, v]) => v !== null && v !== undefined);
  return [
    card(`${kind === 'payments' ? 'Payment' : 'Withdrawal'} ${item.id} — ${item.status}`, table(facts.map(([k, v]) => ({ k, v })), [['k', ''], ['v', '']])),
    card('State history (oldest first)', table(item.history, [['at', 'At'], ['source', 'Source'], ['what', 'What'], ['status', 'Status'],
      [(e) => (e.callbackId ? el('a', { href: `#/callbacks/${e.callbackId}` }, `callback ${e.callbackId}`) : e.journalId ? `#${e.journalId}` : ''), 'Link']])),
  ];
}

// ---------- routing ----------
function go(path, query = {}) { const q = new URLSearchParams(query).toString(); location.hash = `#${path}${q ? `?${q}` : ''}`; }
function match(path) {
  for (const [pattern, view] of Object.entries(views)) {
    const names = []; const re = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, n) => { names.push(n); return '([^/]+)'; })}$`);
    const m = path.match(re);
    if (m) return [view, Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])]))];
  }
  return [null, {}];
}
async function route() {
  if (!session.token) return;
  const [path, queryString] = (location.hash.slice(1) || '/').split('?');
  const [view, params] = match(path);
  document.querySelectorAll('#nav a').forEach((a) => a.classList.toggle('active', a.getAttribute('href') === `#${path}`));
  try {
    const clock = await get('/sim/v1/clock');
    document.getElementById('clock').textContent = `Virtual time ${clock.now} (${clock.mode.toLowerCase()})`;
    main.replaceChildren(...(view ? await view(params, Object.fromEntries(new URLSearchParams(queryString))) : [card('Not found', el('p', {}, path))]));
  } catch (error) {
    main.replaceChildren(card('Could not load this page', el('p', { class: 'error' }, error.message)));
  }
}
function showApp() { document.getElementById('nav').hidden = false; document.getElementById('logout').hidden = false; route(); }

document.getElementById('login').onsubmit = async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  try { await login(form.get('identity'), form.get('password')); showApp(); } catch (error) { document.getElementById('login-error').textContent = error.message; }
};
document.getElementById('logout').onclick = () => { sessionStorage.clear(); location.hash = ''; location.reload(); };
window.addEventListener('hashchange', route);
if (session.token) showApp();
