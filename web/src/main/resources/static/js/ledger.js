// The ledger's only script, loaded from its own origin (the Content-Security-Policy allows no
// inline script and no on*= attribute). Every page works without it; it only narrows long lists
// as one types, and follows a background job's progress.
(function () {
  'use strict';

  function matches(text, words) {
    var t = text.toLowerCase();
    for (var i = 0; i < words.length; i++) {
      if (t.indexOf(words[i]) < 0) { return false; }
    }
    return true;
  }

  function words(input) {
    return input.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  // <input data-filter-rows="#table">: hides the table's body rows that do not hold every typed word
  // (rows whose checkbox is ticked stay visible).
  function filterRows(input) {
    var table = document.querySelector(input.getAttribute('data-filter-rows'));
    if (!table) { return; }
    var wanted = words(input);
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var ticked = row.querySelector('input[type=checkbox]:checked, input[type=radio]:checked');
      row.hidden = !ticked && wanted.length > 0 && !matches(row.textContent, wanted);
    });
  }

  // <input data-filter-options="#select">: hides the options that do not hold every typed word
  // (the selected option and the empty one stay).
  function filterOptions(input) {
    var select = document.querySelector(input.getAttribute('data-filter-options'));
    if (!select) { return; }
    var wanted = words(input);
    Array.prototype.forEach.call(select.options, function (option) {
      option.hidden = !option.selected && option.value !== '' && wanted.length > 0
        && !matches(option.textContent + ' ' + option.value, wanted);
    });
  }

  // <div data-progress="/url">: reads the job's state every second and reloads the page when it is done.
  function followProgress(box) {
    var url = box.getAttribute('data-progress');
    var bar = box.querySelector('progress');
    var label = box.querySelector('.progress-text');
    function poll() {
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          if (bar) { bar.max = Math.max(job.total, 1); bar.value = job.done; }
          if (label) { label.textContent = job.done + ' / ' + job.total; }
          if (job.finished) { window.location.reload(); } else { window.setTimeout(poll, 1000); }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 500);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-filter-rows]').forEach(function (input) {
      input.addEventListener('input', function () { filterRows(input); });
      filterRows(input);
    });
    document.querySelectorAll('[data-filter-options]').forEach(function (input) {
      input.addEventListener('input', function () { filterOptions(input); });
      filterOptions(input);
    });
    document.querySelectorAll('[data-progress]').forEach(followProgress);
  });
}());
