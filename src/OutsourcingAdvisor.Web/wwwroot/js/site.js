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

  // Filter the task list as you type (the search button does the same on the server), opening the groups that
  // match and saying so when nothing does.
  document.querySelectorAll('[data-filter]').forEach(function (input) {
    var list = document.querySelector(input.getAttribute('data-filter'));
    if (!list) return;
    var status = list.querySelector('[data-filter-status]');
    var groups = list.querySelectorAll('[data-group]');
    var initiallyOpen = Array.prototype.map.call(groups, function (g) { return g.open; });
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      var shown = 0;
      list.querySelectorAll('[data-filter-text]').forEach(function (item) {
        var match = !q || item.getAttribute('data-filter-text').toLowerCase().indexOf(q) >= 0 || item.querySelector('input:checked');
        item.hidden = !match;
        if (match && q) shown++;
      });
      groups.forEach(function (group, i) {
        var any = !!group.querySelector('[data-filter-text]:not([hidden])');
        group.hidden = !any;
        group.open = q ? any : initiallyOpen[i];
      });
      if (!status) return;
      if (!q) status.textContent = '';
      else if (shown === 0) status.textContent = 'No kind of work matches \u201c' + input.value.trim() + '\u201d. Try another word, or choose \u201cMy work is not listed\u201d below.';
      else status.textContent = shown + (shown === 1 ? ' kind of work matches.' : ' kinds of work match.');
    });
  });

  // Move focus to the error summary so screen readers announce it.
  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();
})();
