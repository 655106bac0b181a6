// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Print button on reports (hidden until script runs, since printing needs it).
  document.querySelectorAll('.js-print').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
  document.querySelectorAll('.print-hint').forEach(function (hint) { hint.hidden = true; });

  // Copy the resume link.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    var target = document.querySelector(button.getAttribute('data-copy'));
    if (!target || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(target.value).then(function () { button.textContent = 'Copied'; });
    });
  });

  // Filter the task list as you type (the search button does the same on the server).
  document.querySelectorAll('[data-filter]').forEach(function (input) {
    var list = document.querySelector(input.getAttribute('data-filter'));
    if (!list) return;
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      list.querySelectorAll('[data-filter-text]').forEach(function (item) {
        var match = !q || item.getAttribute('data-filter-text').toLowerCase().indexOf(q) >= 0 || item.querySelector('input:checked');
        item.hidden = !match;
      });
      list.querySelectorAll('[data-group]').forEach(function (group) {
        group.hidden = !group.querySelector('[data-filter-text]:not([hidden])');
      });
    });
  });

  // Move focus to the error summary so screen readers announce it.
  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();
})();
