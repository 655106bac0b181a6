// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Print button on reports (hidden until script runs, since printing needs it).
  document.querySelectorAll('.js-print').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
  document.querySelectorAll('.print-hint').forEach(function (hint) { hint.hidden = true; });

  // Copy buttons for links (resume, invitation, share): the link itself stays on the page, selectable by hand.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    var target = document.querySelector(button.getAttribute('data-copy'));
    if (!target) return;
    var label = button.textContent;
    var status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    button.after(status);
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = 'value' in target ? target.value : target.textContent.trim();
      var done = function () {
        button.textContent = 'Copied';
        status.textContent = 'Link copied to the clipboard.';
        setTimeout(function () { button.textContent = label; }, 3000);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () { selectAndCopy(target) && done(); });
      } else if (selectAndCopy(target)) {
        done();
      }
    });
  });

  // Without the Clipboard API (plain http), select the link and use the older copy command.
  function selectAndCopy(target) {
    if ('select' in target) { target.select(); }
    else { var range = document.createRange(); range.selectNodeContents(target); var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range); }
    try { return document.execCommand('copy'); } catch (e) { return false; }
  }

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
