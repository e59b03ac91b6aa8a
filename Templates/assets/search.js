// Site search, in the browser, from the files the build writes under search/: the index in shards,
// one text per article, the district and year lists. Each is a script that hands its data to
// window.JianbaoSearch, because a page opened from file:// may load scripts but not fetch files.
(function () {
  'use strict';
  var config = document.getElementById('search-config');
  var form = document.getElementById('search-form');
  if (!config || !form) return;
  var shardCount = Number(config.getAttribute('data-shards')) || 1;
  var articleCount = Number(config.getAttribute('data-articles')) || 0;
  var pageSize = Number(config.getAttribute('data-page-size')) || 20;
  var longestRun = Number(config.getAttribute('data-longest-run')) || 0;
  var input = document.getElementById('search-q');
  var districtSelect = document.getElementById('search-district');
  var yearSelect = document.getElementById('search-year');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var pager = document.getElementById('search-pages');

  var shards = {};
  var texts = {};
  var facets = null;
  window.JianbaoSearch = {
    shard: function (number, grams) { shards[number] = grams; },
    text: function (number, doc) { texts[number] = doc; },
    facets: function (lists) { facets = lists; },
    // Every file this page has loaded, for the browser test's count of bytes.
    loaded: []
  };

  var loading = {};
  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = path;
        window.JianbaoSearch.loaded.push(path);
        script.onload = function () { script.remove(); resolve(); };
        script.onerror = function () { script.remove(); delete loading[path]; reject(new Error('不能载入 ' + path)); };
        document.head.appendChild(script);
      });
    }
    return loading[path];
  }

  // The same folding as the build's SearchText: whitespace runs become one space, ASCII capitals small.
  var spaces = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
  function fold(text) { return text.replace(/[A-Z]+/g, function (run) { return run.toLowerCase(); }); }
  function normalize(text) { return fold(text.replace(spaces, ' ').replace(/^ | $/g, '')); }

  // One character is its own gram; so is a query of three to `longestRun` ASCII letters and digits
  // (the build lists every such piece of a word or number); any other needs every pair of characters.
  function isRun(query) { return query.length >= 3 && query.length <= longestRun && /^[0-9a-z]+$/.test(query); }

  function grams(query) {
    if (isRun(query)) return [query];
    var chars = Array.from(query);
    if (chars.length === 1) return chars[0] === ' ' ? [] : chars;
    var result = [];
    for (var i = 0; i + 1 < chars.length; i++) {
      var gram = chars[i] + chars[i + 1];
      if (result.indexOf(gram) < 0) result.push(gram);
    }
    return result;
  }

  // FNV-1a over the gram's code points, as SearchIndex.shard(of:count:) computes it.
  function shardOf(gram) {
    var hash = 2166136261;
    Array.from(gram).forEach(function (char) { hash = Math.imul(hash ^ char.codePointAt(0), 16777619) >>> 0; });
    return hash & (shardCount - 1);
  }

  // A list is `v` and LEB128 gaps less one, or `b` and a bitmap, in base64 (PostingList).
  function decode(encoded) {
    var bytes = atob(encoded.slice(1));
    var out = [];
    if (encoded.charAt(0) === 'b') {
      for (var i = 0; i < bytes.length; i++) {
        var byte = bytes.charCodeAt(i);
        for (var bit = 0; bit < 8; bit++) if (byte & (1 << bit)) out.push(i * 8 + bit);
      }
      return out;
    }
    var article = -1, value = 0, scale = 1;
    for (var j = 0; j < bytes.length; j++) {
      var part = bytes.charCodeAt(j);
      value += (part & 127) * scale;
      scale *= 128;
      if (part < 128) { article += value + 1; out.push(article); value = 0; scale = 1; }
    }
    return out;
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  function contains(doc, query) {
    return doc.f.some(function (field) { return fold(field).indexOf(query) >= 0; });
  }

  // The articles in the index that have every gram: all of them contain a query of one or two
  // characters; a longer one's are candidates to check against their text.
  function candidates(query) {
    var needed = grams(query);
    return Promise.all(needed.map(function (gram) { return load('search/index/' + shardOf(gram) + '.js'); })).then(function () {
      var body = null, title = null;
      for (var i = 0; i < needed.length; i++) {
        var entry = (shards[shardOf(needed[i])] || {})[needed[i]];
        if (!entry) return { body: [], title: [] };
        var inBody = decode(entry[0]), inTitle = entry[1] ? decode(entry[1]) : [];
        body = body ? intersect(body, inBody) : inBody;
        title = title ? intersect(title, inTitle) : inTitle;
      }
      return { body: body || [], title: title || [] };
    });
  }

  function filtered(found, district, year) {
    if (district === null && !year) return Promise.resolve(found);
    return load('search/facets.js').then(function () {
      [district !== null ? facets.d[district] : null, year ? (facets.y[year] || 'v') : null].forEach(function (encoded) {
        if (encoded === null) return;
        var members = decode(encoded);
        found = { body: intersect(found.body, members), title: intersect(found.title, members) };
      });
      return found;
    });
  }

  function loadTexts(numbers) {
    return Promise.all(numbers.map(function (number) { return load('search/text/' + number + '.js'); }));
  }

  // Title matches first, each group newest first (the articles' numbers are the site's order).
  function ranked(found) {
    var inTitle = new Set(found.title);
    return found.title.concat(found.body.filter(function (number) { return !inTitle.has(number); }));
  }

  // The page's results. A short query's candidates are its results. A longer one's are checked in
  // order from where this page starts (the address's `from`, the candidates before it checked by
  // the pages before), a page's worth at a time, until the page is full or it has read two pages'
  // worth of texts, so no page loads much more than forty of them.
  function results(order, query, exact, page, from) {
    if (exact) {
      var shown = order.slice((page - 1) * pageSize, page * pageSize);
      return loadTexts(shown).then(function () { return { shown: shown, total: order.length }; });
    }
    var matches = [], next = from, checked = 0;
    function step() {
      if (matches.length >= pageSize || checked >= 2 * pageSize || next >= order.length) {
        var done = next >= order.length;
        return { shown: matches, total: done && from === 0 ? matches.length : null, next: done ? null : next, last: done };
      }
      var batch = order.slice(next, next + pageSize);
      next += batch.length;
      checked += batch.length;
      return loadTexts(batch).then(function () {
        batch.forEach(function (number) { if (contains(texts[number], query)) matches.push(number); });
        return step();
      });
    }
    return Promise.resolve().then(step);
  }

  function marked(parent, text, query) {
    var folded = fold(text), from = 0, at;
    while (query && (at = folded.indexOf(query, from)) >= 0) {
      parent.appendChild(document.createTextNode(text.slice(from, at)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(at, at + query.length);
      parent.appendChild(mark);
      from = at + query.length;
    }
    parent.appendChild(document.createTextNode(text.slice(from)));
    return parent;
  }

  // About forty characters before the first match in the body and a hundred after it.
  function snippet(doc, query) {
    var body = doc.f.slice(1);
    var field = body.find(function (text) { return fold(text).indexOf(query) >= 0; });
    if (field === undefined) {
      // A title match: the text's first paragraph, not the kicker or the byline before it.
      var lead = body.find(function (text) { return text.length > 30; }) || body[0] || '';
      return lead.slice(0, 120) + (lead.length > 120 ? '…' : '');
    }
    var at = fold(field).indexOf(query);
    var start = Math.max(0, at - 40), end = Math.min(field.length, at + query.length + 100);
    if (start > 0 && /[\udc00-\udfff]/.test(field.charAt(start))) start--;
    if (end < field.length && /[\ud800-\udbff]/.test(field.charAt(end - 1))) end++;
    return (start > 0 ? '…' : '') + field.slice(start, end) + (end < field.length ? '…' : '');
  }

  function item(number, query) {
    var doc = texts[number];
    var li = document.createElement('li');
    li.className = 'search-result';
    li.setAttribute('data-article', String(number));
    var heading = document.createElement('h2');
    var link = document.createElement('a');
    link.href = doc.u;
    heading.appendChild(marked(link, doc.f[0], query));
    li.appendChild(heading);
    var meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [doc.d, doc.p].filter(Boolean).join(' · ');
    li.appendChild(meta);
    var text = document.createElement('p');
    text.className = 'search-result__snippet';
    li.appendChild(marked(text, snippet(doc, query), query));
    return li;
  }

  // A checked query's pages carry where each began (`from`: the first page's start is 0), so a page
  // never reads again what the pages before it read.
  var starts = [];

  function pageURL(number) {
    var params = new URLSearchParams(location.search);
    if (number > 1) params.set('page', String(number)); else params.delete('page');
    if (number > 1 && starts.length) params.set('from', starts.slice(1, number).join('.')); else params.delete('from');
    return '?' + params.toString();
  }

  function link(label, number, rel) {
    var a = document.createElement('a');
    a.href = pageURL(number);
    a.textContent = label;
    if (rel) a.rel = rel;
    return a;
  }

  // Page numbers as the site's lists show them: the first, the last, and two either side of this one.
  function paginate(page, last, more) {
    pager.textContent = '';
    if (last <= 1 && !more) { pager.hidden = true; return; }
    pager.hidden = false;
    if (page > 1) pager.appendChild(link('‹ 上一页', page - 1, 'prev'));
    var numbers = document.createElement('ol');
    var gap = false;
    for (var number = 1; number <= last; number++) {
      if (number !== 1 && number !== last && Math.abs(number - page) > 2) {
        if (!gap) { var dots = document.createElement('li'); dots.textContent = '…'; numbers.appendChild(dots); }
        gap = true;
        continue;
      }
      gap = false;
      var li = document.createElement('li');
      if (number === page) {
        var current = document.createElement('span');
        current.setAttribute('aria-current', 'page');
        current.textContent = String(number);
        li.appendChild(current);
      } else {
        li.appendChild(link(String(number), number));
      }
      numbers.appendChild(li);
    }
    pager.appendChild(numbers);
    if (page < last || more) pager.appendChild(link('下一页 ›', page + 1, 'next'));
  }

  function show(outcome, query, page) {
    list.textContent = '';
    outcome.shown.forEach(function (number) { list.appendChild(item(number, query)); });
    if (outcome.total !== null) {
      list.setAttribute('data-total', String(outcome.total));
      status.textContent = outcome.total === 0 ? '没有找到含“' + query + '”的报道。' : '找到 ' + outcome.total + ' 篇含“' + query + '”的报道。';
      paginate(page, Math.ceil(outcome.total / pageSize), false);
    } else {
      list.removeAttribute('data-total');
      if (outcome.next !== null) starts[page] = outcome.next;
      status.textContent = outcome.last
        ? '本页列出含“' + query + '”的最后 ' + outcome.shown.length + ' 篇报道。'
        : '本页列出 ' + outcome.shown.length + ' 篇含“' + query + '”的报道;还有 ' + (outcome.candidates - outcome.next) + ' 篇可能含有,翻页继续核对。';
      paginate(page, page, outcome.next !== null);
    }
  }

  function selectedDistrict() {
    var option = districtSelect.options[districtSelect.selectedIndex];
    return option && option.value ? Number(option.getAttribute('data-number')) : null;
  }

  function search() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    districtSelect.value = params.get('district') || '';
    if (districtSelect.selectedIndex < 0) districtSelect.value = '';
    yearSelect.value = params.get('year') || '';
    if (yearSelect.selectedIndex < 0) yearSelect.value = '';
    var query = normalize(input.value);
    if (!query) { status.textContent = articleCount + ' 篇报道可搜索。'; return; }
    var page = Math.max(1, parseInt(params.get('page'), 10) || 1);
    var exact = Array.from(query).length <= 2 || isRun(query);
    status.textContent = '正在搜索…';
    list.setAttribute('aria-busy', 'true');
    candidates(query).then(function (found) {
      return filtered(found, selectedDistrict(), yearSelect.value);
    }).then(function (found) {
      var order = ranked(found);
      // Where each page so far began, from the address: `from=23.47` on page 3.
      var from = (params.get('from') || '').split('.').filter(Boolean).map(Number);
      starts = [0].concat(from).slice(0, page);
      if (!exact && starts.length < page) { page = starts.length; }
      return results(order, query, exact, page, exact ? 0 : starts[page - 1]).then(function (outcome) {
        outcome.candidates = order.length;
        show(outcome, query, page);
      });
    }).catch(function (error) {
      status.textContent = '搜索出错:' + error.message;
    }).then(function () {
      list.removeAttribute('aria-busy');
    });
  }

  // The site's policy allows no form submissions; the query goes into the address instead.
  function submit(event) {
    if (event) event.preventDefault();
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    if (districtSelect.value) params.set('district', districtSelect.value);
    if (yearSelect.value) params.set('year', yearSelect.value);
    location.search = params.toString();
  }

  form.addEventListener('submit', submit);
  districtSelect.addEventListener('change', function () { if (input.value.trim()) submit(); });
  yearSelect.addEventListener('change', function () { if (input.value.trim()) submit(); });
  search();
})();
