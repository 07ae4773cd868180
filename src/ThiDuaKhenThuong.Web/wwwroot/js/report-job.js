// Polls a report job's progress and updates the bar; no inline script (CSP), no external library.
(function () {
    var root = document.getElementById('report-job');
    if (!root) { return; }
    var url = root.getAttribute('data-status-url');
    var bar = root.querySelector('[data-role=bar]');
    var stage = root.querySelector('[data-role=stage]');
    var link = root.querySelector('[data-role=link]');
    function poll() {
        fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (job) {
                if (!job) { return; }
                bar.style.width = job.progress + '%';
                bar.textContent = job.progress + ' %';
                bar.parentElement.setAttribute('aria-valuenow', job.progress);
                stage.textContent = job.stage;
                if (job.link) { link.href = job.link; link.hidden = false; }
                if (!job.done) { setTimeout(poll, 1500); }
            })
            .catch(function () { setTimeout(poll, 5000); });
    }
    poll();
})();
