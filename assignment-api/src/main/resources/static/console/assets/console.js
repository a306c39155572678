// The console's only script: shows times in the reader's zone, copies text, and on the work page
// keeps the agent's presence alive and the lists fresh without a reload.
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function post(url) {
    var headers = { 'Accept': 'application/json' };
    var header = meta('_csrf_header');
    if (header) {
      headers[header] = meta('_csrf');
    }
    return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin', redirect: 'manual' });
  }

  function localTimes(root) {
    root.querySelectorAll('time[datetime]').forEach(function (element) {
      var when = new Date(element.getAttribute('datetime'));
      if (!isNaN(when.getTime())) {
        element.textContent = when.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
      }
    });
  }

  function copyButtons(root) {
    root.querySelectorAll('[data-copy]').forEach(function (button) {
      button.addEventListener('click', function () {
        var source = document.getElementById(button.getAttribute('data-copy'));
        if (source && navigator.clipboard) {
          navigator.clipboard.writeText(source.textContent.trim()).then(function () {
            button.textContent = 'Copied';
          });
        }
      });
    });
  }

  function work(page) {
    var timers = [];
    var status = document.getElementById('status');

    function signedOut() {
      timers.forEach(clearInterval);
      document.getElementById('signed-out').hidden = false;
    }

    function show(response) {
      if (response.type === 'opaqueredirect' || !response.ok) {
        signedOut();
        return;
      }
      response.json().then(function (beat) {
        status.textContent = beat.status;
        status.className = 'badge ' + beat.status.toLowerCase();
      });
    }

    function refresh() {
      fetch(page.dataset.listsUrl, { credentials: 'same-origin', redirect: 'manual' }).then(function (response) {
        if (response.type === 'opaqueredirect' || !response.ok) {
          signedOut();
          return null;
        }
        return response.text();
      }).then(function (html) {
        var lists = document.getElementById('lists');
        if (html && lists) {
          lists.outerHTML = html;
          localTimes(document.getElementById('lists'));
        }
      }).catch(function () { /* the next round tries again */ });
    }

    post(page.dataset.arriveUrl).then(show);
    timers.push(setInterval(function () {
      post(page.dataset.heartbeatUrl).then(show).catch(function () { /* the next beat tries again */ });
    }, Number(page.dataset.heartbeatMs)));
    timers.push(setInterval(refresh, Number(page.dataset.refreshMs)));
  }

  document.addEventListener('DOMContentLoaded', function () {
    localTimes(document);
    copyButtons(document);
    var page = document.getElementById('work');
    if (page) {
      work(page);
    }
  });
}());
