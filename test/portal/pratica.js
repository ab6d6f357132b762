// Practice cases on the demo portal: lists the fictitious citizens of practice-cases.json and
// fills the reprint form with one of them in one click. Plain script like portal.js; it
// lives on across portal.js's in-page navigation, so it fills the form once it appears.
(function () {
  'use strict';

  var PENDING = 'sportello-pratica-caso'; // only the case id, never the data
  var cases = null;

  function loadCases() {
    if (cases) return Promise.resolve(cases);
    return fetch('/practice-cases.json')
      .then(function (response) { return response.json(); })
      .then(function (data) { cases = data.cases || []; return cases; });
  }

  function cell(row, text, tag) {
    var td = document.createElement('td');
    if (tag) {
      var inner = document.createElement(tag);
      inner.textContent = text;
      td.appendChild(inner);
    } else td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function renderList() {
    var body = document.querySelector('[data-pratica-casi] tbody');
    if (!body || body.childElementCount > 0) return;
    loadCases().then(function (list) {
      list.forEach(function (c) {
        var row = document.createElement('tr');
        var first = cell(row, c.title, 'strong');
        var lesson = document.createElement('span');
        lesson.className = 'lezione';
        lesson.textContent = c.lesson;
        first.appendChild(lesson);
        cell(row, c.fields.cognome + ' ' + c.fields.nome);
        cell(row, c.fields.codiceFiscale, 'code');
        cell(row, c.fields.numeroCarta, 'code');
        cell(row, c.fields.email || '(nessuna)');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'secondario';
        button.textContent = 'Compila il modulo';
        button.setAttribute('data-pratica-caso', c.id);
        button.setAttribute('aria-label', 'Compila il modulo: ' + c.title);
        cell(row, '').appendChild(button);
        body.appendChild(row);
      });
    }, function () {
      var outcome = document.getElementById('esitoCasi');
      if (outcome) outcome.textContent = 'Impossibile caricare i casi di esercitazione.';
    });
  }

  // "Compila il modulo": remember the case, then go to the form the way the menu does.
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[data-pratica-caso]') : null;
    if (!button) return;
    sessionStorage.setItem(PENDING, button.getAttribute('data-pratica-caso'));
    var link = document.querySelector('.menu a[data-spa][href="/ristampa.html"]');
    if (link) link.click();
    else location.href = '/ristampa.html';
  });

  function setValue(input, value) {
    if (!input) return;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function fillPending() {
    var form = document.getElementById('formRistampa');
    var id = sessionStorage.getItem(PENDING);
    if (!form || !id) return;
    sessionStorage.removeItem(PENDING);
    loadCases().then(function (list) {
      var c = list.filter(function (x) { return x.id === id; })[0];
      if (!c) return;
      Object.keys(c.fields).forEach(function (name) {
        setValue(form.querySelector('[name="' + name + '"]'), c.fields[name]);
      });
      var half = form.querySelector('[name="meta"][value="' + c.halves + '"]');
      if (half) {
        half.checked = true;
        half.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
  }

  function onPageChange() {
    renderList();
    fillPending();
  }
  new MutationObserver(onPageChange).observe(document.body, { childList: true, subtree: true });
  onPageChange();
})();
