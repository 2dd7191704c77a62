// The few lines of script of the app (served as /static/app.js; the pages work without it).
// 1. A build's page asks for its progress every second and shows it; at the end it reloads.
// 2. A form being sent says so on its button, so that nobody sends it twice.
'use strict';

(function () {
  var box = document.querySelector('[data-poll]');
  if (box) {
    var url = box.getAttribute('data-poll');
    var bar = box.querySelector('progress');
    var line = box.querySelector('.line');
    var said = box.querySelector('.said');
    var tick = function () {
      fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then(function (r) {
          return r.json();
        })
        .then(function (s) {
          if (s.done) {
            window.location.reload();
            return;
          }
          if (bar) bar.value = s.percent;
          if (line && line.textContent !== s.line) {
            line.textContent = s.line;
            if (said && s.line) {
              var item = document.createElement('li');
              item.textContent = s.line;
              said.appendChild(item);
            }
          }
          window.setTimeout(tick, 1000);
        })
        .catch(function () {
          window.setTimeout(tick, 3000);
        });
    };
    window.setTimeout(tick, 1000);
  }

  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function () {
      var button = form.querySelector('button[data-sending]');
      if (!button) return;
      // Disabled after the browser has taken the form's values (the button carries none).
      window.setTimeout(function () {
        button.disabled = true;
        button.textContent = button.getAttribute('data-sending');
      }, 0);
    });
  });
})();
