// A refused form (issue 10): its summary at the top (Components/FormErrors.razor) takes the focus, each of its links
// names the field it leads to (the label's own words) and puts the cursor in that field. Without script the summary
// is still there, focused by autofocus, and its links still scroll to the field. Loaded with defer by App.razor.
(function () {
  'use strict';

  function control(label) {
    return label.querySelector('.ts-control input, input:not([type=hidden]), select, textarea');
  }

  function enhance(summary) {
    summary.querySelectorAll('a[href^="#field-"]').forEach(function (link) {
      var label = document.getElementById(link.getAttribute('href').slice(1));
      if (!label) {
        return;
      }

      var name = label.firstChild && label.firstChild.nodeType === Node.TEXT_NODE
        ? label.firstChild.textContent.trim() : '';
      if (name) {
        link.textContent = name + ': ' + link.textContent;
      }

      link.addEventListener('click', function (event) {
        var target = control(label);
        if (target) {
          event.preventDefault();
          label.scrollIntoView({ block: 'center' });
          target.focus();
        }
      });
    });
  }

  function start() {
    var summaries = document.querySelectorAll('.error-summary');
    summaries.forEach(enhance);
    if (summaries.length > 0) {
      summaries[0].focus();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
