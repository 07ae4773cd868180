// Draws the dashboard's charts from data attributes (no inline script under the CSP); Chart.js is served locally.
(function () {
    var canvas = document.getElementById('awards-trend');
    if (!canvas || typeof Chart === 'undefined') { return; }
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: canvas.getAttribute('data-labels').split(','),
            datasets: [{ label: 'Lượt khen thưởng', data: canvas.getAttribute('data-values').split(',').map(Number), backgroundColor: '#2f5d8a' }]
        },
        options: { responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } } }
    });
})();
