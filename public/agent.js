// The agent console: sign in, watch the queue, open a case, claim, reply, give a coupon, hand back or close.
// Everything from the server is inserted with textContent, never parsed as HTML: shopper text cannot run.
// Changes arrive over a WebSocket (/agent/api/stream says which case changed, and the page fetches
// it at once); polling goes on, slower, for changes made by other instances or if the stream drops.
/* global document, window, location, fetch, setTimeout, clearTimeout, WebSocket */
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const state = {
    csrf: '',
    agent: null,
    caseId: '',
    lastSeq: 0,
    timer: 0,
    queueTimer: 0,
    current: null,
    offersFor: '',
    stream: null,
    streamRetry: 0,
  };
  /** Poll intervals (ms) with and without the live stream. */
  const POLL = { case: [700, 5000], queue: [2000, 10000] };
  const every = (kind) => POLL[kind][state.stream && state.stream.readyState === 1 ? 1 : 0];
  const REASONS = {
    requested: 'asked for a person',
    misunderstood: 'the bot misunderstood twice in a row',
    frustrated: 'the shopper sounds frustrated',
    order_problem: 'an order problem the bot cannot solve',
  };

  /** A new element with text (and optional class). */
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  async function api(method, path, body) {
    const headers = { accept: 'application/json' };
    if (method !== 'GET') {
      headers['content-type'] = 'application/json';
      headers['x-csrf-token'] = state.csrf;
    }
    const res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await res.json().catch(() => ({}));
    if (res.status === 401 && path !== '/agent/api/session') showSignIn();
    if (!res.ok)
      throw Object.assign(new Error((data.error && data.error.message) || res.statusText), {
        status: res.status,
      });
    return data;
  }

  function showSignIn() {
    state.agent = null;
    clearTimeout(state.timer);
    clearTimeout(state.queueTimer);
    clearTimeout(state.streamRetry);
    if (state.stream) state.stream.close();
    $('console-view').hidden = true;
    $('sign-out').hidden = true;
    $('who').textContent = '';
    $('sign-in-view').hidden = false;
  }

  function showConsole(data) {
    state.agent = data.agent;
    state.csrf = data.csrfToken;
    $('who').textContent = 'Signed in as ' + data.agent.name;
    $('sign-out').hidden = false;
    $('sign-in-view').hidden = true;
    $('console-view').hidden = false;
    pollQueue();
    openStream();
  }

  /** The live stream: a changed case is fetched at once (the queue too); reconnects while signed in. */
  function openStream() {
    if (state.stream || !('WebSocket' in window)) return;
    const ws = new WebSocket(
      (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/agent/api/stream',
    );
    state.stream = ws;
    ws.onmessage = (event) => {
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (data.changed && data.changed === state.caseId) pollCase();
      pollQueue();
    };
    ws.onclose = () => {
      state.stream = null;
      if (state.agent) state.streamRetry = setTimeout(openStream, 5000);
    };
  }

  async function pollQueue() {
    clearTimeout(state.queueTimer);
    try {
      const data = await api('GET', '/agent/api/cases');
      renderQueue(data.cases);
      $('online').textContent = '· ' + data.online + ' online';
    } catch (err) {
      if (err.status === 401) return;
    }
    state.queueTimer = setTimeout(pollQueue, every('queue'));
  }

  function renderQueue(cases) {
    const list = $('queue');
    list.replaceChildren();
    $('queue-empty').hidden = cases.length > 0;
    for (const c of cases) {
      const item = el('li');
      item.dataset.caseId = c.id;
      if (c.id === state.caseId) item.classList.add('selected');
      const head = el('div');
      head.append(
        el(
          'span',
          c.state === 'queued' ? '#' + c.position + ' waiting' : c.heldByMe ? 'yours' : 'with ' + c.agentName,
          'tag',
        ),
      );
      if (c.priority === 'high') head.append(el('span', 'high', 'tag high'));
      head.append(el('strong', c.shopper));
      head.append(el('span', ' · ' + c.channelId));
      item.append(head, el('div', REASONS[c.reason] || c.reason), el('div', c.lastText, 'last'));
      item.addEventListener('click', () => openCase(c.id));
      list.append(item);
    }
  }

  function openCase(id) {
    state.caseId = id;
    state.lastSeq = 0;
    $('transcript').replaceChildren();
    $('case-error').textContent = '';
    $('case').hidden = false;
    for (const li of $('queue').children) li.classList.toggle('selected', li.dataset.caseId === id);
    pollCase();
  }

  async function pollCase() {
    clearTimeout(state.timer);
    const id = state.caseId;
    if (!id) return;
    try {
      const data = await api('GET', '/agent/api/cases/' + encodeURIComponent(id) + '?after=' + state.lastSeq);
      if (id === state.caseId) renderCase(data.case);
    } catch (err) {
      if (err.status === 401) return;
      $('case-error').textContent = err.message;
    }
    state.timer = setTimeout(pollCase, every('case'));
  }

  function renderCase(c) {
    state.current = c;
    $('case-title').textContent = (c.shopper.name || c.shopper.userId) + ' · ' + c.channelId;
    const meta = [c.state === 'queued' ? 'waiting, #' + c.position + ' in the queue' : c.state];
    if (c.agentName) meta.push('agent: ' + c.agentName);
    meta.push('opened ' + new Date(c.createdAt).toLocaleTimeString());
    if (c.rating) meta.push('rated ' + c.rating + '/5');
    $('case-meta').textContent = meta.join(' · ');
    $('case-reason').textContent =
      'Why the bot escalated: ' + (REASONS[c.reason] || c.reason) + (c.detail ? ' — “' + c.detail + '”' : '');
    $('claim').hidden = c.state !== 'queued';
    $('hand-back').hidden = !c.heldByMe;
    $('close-case').hidden = !c.heldByMe;
    $('reply').hidden = !c.heldByMe;
    $('coupon').hidden = !c.heldByMe;
    if (c.heldByMe && state.offersFor !== c.id) loadOffers();
    const list = $('transcript');
    if (state.lastSeq === 0) {
      for (const line of c.transcript) list.append(lineItem(line));
      if (c.transcript.length) list.append(el('li', '— handed to a person —', 'divider'));
      renderContext(c.context);
    }
    // A fetch that overlapped another may bring lines already shown: only newer ones are added.
    const shown = state.lastSeq;
    for (const line of c.lines) if (line.seq > shown) list.append(lineItem(line));
    const all = c.transcript.concat(c.lines);
    if (all.length) state.lastSeq = Math.max(state.lastSeq, all[all.length - 1].seq);
    if (c.lines.length) list.scrollTop = list.scrollHeight;
  }

  function lineItem(line) {
    const item = el('li', null, line.from);
    item.dataset.seq = line.seq;
    const who =
      line.from === 'agent'
        ? line.agentName || 'Agent'
        : line.from === 'shopper'
          ? 'Shopper'
          : line.from === 'bot'
            ? 'Bot'
            : '';
    if (who) item.append(el('span', who, 'who'));
    item.append(el('span', line.text, 'text'));
    if (line.product) item.append(el('span', ' [product: ' + line.product.name + ']', 'product'));
    if (line.coupon) item.append(el('span', ' [code ' + line.coupon.code + ']', 'coupon'));
    item.title = new Date(line.at).toLocaleString();
    return item;
  }

  function renderContext(sections) {
    const box = $('context');
    box.replaceChildren();
    for (const s of sections) {
      const section = el('section');
      section.append(el('h4', s.title));
      if (!s.rows.length) section.append(el('p', s.empty || 'none', 'empty'));
      else {
        const dl = el('dl');
        for (const row of s.rows) dl.append(el('dt', row.label), el('dd', row.value));
        section.append(dl);
      }
      box.append(section);
    }
  }

  async function act(path, body) {
    $('case-error').textContent = '';
    try {
      await api('POST', '/agent/api/cases/' + encodeURIComponent(state.caseId) + path, body);
    } catch (err) {
      $('case-error').textContent = err.message;
    }
    pollCase();
    pollQueue();
  }

  /**
   * The catalog's offers judged against the shopper's cart (which cannot change while a person holds the
   * conversation); offers that cannot be given are shown disabled with the reason.
   */
  async function loadOffers() {
    const id = state.caseId;
    state.offersFor = id;
    try {
      const data = await api('GET', '/agent/api/cases/' + encodeURIComponent(id) + '/offers');
      if (id !== state.caseId) return;
      const pick = $('offer-pick');
      pick.replaceChildren(el('option', '(choose an offer)'));
      pick.firstChild.value = '';
      for (const o of data.offers) {
        const option = el(
          'option',
          o.title +
            (o.eligible
              ? ' — $' + (o.discountCents / 100).toFixed(2) + ' off now'
              : ' — not now: ' + o.reason),
        );
        option.value = o.id;
        option.disabled = !o.eligible;
        option.title = o.description;
        pick.append(option);
      }
    } catch (err) {
      $('case-error').textContent = err.message;
    }
  }

  let searchTimer = 0;
  async function searchProducts() {
    const q = $('product-search').value;
    const pick = $('product-pick');
    try {
      const data = await api('GET', '/agent/api/products?q=' + encodeURIComponent(q));
      pick.replaceChildren(el('option', '(no product)'));
      pick.firstChild.value = '';
      for (const p of data.products) {
        const option = el('option', p.name + ' — $' + p.price.toFixed(2));
        option.value = p.id;
        pick.append(option);
      }
      if (data.products.length) pick.value = data.products[0].id;
    } catch (err) {
      $('case-error').textContent = err.message;
    }
  }

  window.addEventListener('DOMContentLoaded', () => {
    $('sign-in').addEventListener('submit', async (event) => {
      event.preventDefault();
      $('sign-in-error').textContent = '';
      try {
        const data = await api('POST', '/agent/api/session', {
          id: $('agent-id').value,
          password: $('agent-password').value,
        });
        $('agent-password').value = '';
        showConsole(data);
      } catch (err) {
        $('sign-in-error').textContent = err.message;
      }
    });
    $('sign-out').addEventListener('click', async () => {
      await api('DELETE', '/agent/api/session').catch(() => undefined);
      state.caseId = '';
      showSignIn();
    });
    $('claim').addEventListener('click', () => act('/claim'));
    $('hand-back').addEventListener('click', () => act('/handback'));
    $('close-case').addEventListener('click', () => act('/close'));
    $('reply').addEventListener('submit', async (event) => {
      event.preventDefault();
      const text = $('reply-text').value;
      const productId = $('product-pick').value || undefined;
      if (!text.trim() && !productId) return;
      $('reply-text').value = '';
      $('product-pick').value = '';
      await act('/messages', productId ? { text, productId } : { text });
    });
    $('coupon').addEventListener('submit', async (event) => {
      event.preventDefault();
      const offerId = $('offer-pick').value;
      if (!offerId) return;
      await act('/coupons', { offerId });
      loadOffers();
    });
    $('reply-text').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        $('reply').requestSubmit();
      }
    });
    $('product-search').addEventListener('input', () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(searchProducts, 250);
    });
    api('GET', '/agent/api/session').then(showConsole, showSignIn);
  });
})();
