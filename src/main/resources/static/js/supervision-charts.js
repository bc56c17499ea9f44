// Supervision dashboard: every element .supervision-chart loads its data from data-src (JSON of
// /supervision/charts/{name}/data) and draws it with ECharts; a click on a bar or point opens the records behind it.
(function () {
  'use strict';

  function draw(element) {
    fetch(element.dataset.src, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (data) {
        if (data.empty) {
          element.textContent = element.dataset.empty;
          element.classList.add('text-muted', 'small');
          element.style.height = 'auto';
          return;
        }
        var chart = echarts.init(element);
        chart.setOption({
          tooltip: {trigger: 'axis'},
          legend: {top: 0},
          grid: {left: 50, right: 20, top: 40, bottom: 40, containLabel: true},
          xAxis: {type: 'category', data: data.categories, axisLabel: {interval: 0, rotate: data.categories.length > 6 ? 30 : 0}},
          yAxis: {type: 'value'},
          series: data.series.map(function (s) {
            return {name: s.name, type: data.type, data: s.data, smooth: data.type === 'line'};
          })
        });
        chart.on('click', function (params) {
          var link = data.links[params.dataIndex];
          if (link) {
            window.location.href = link;
          }
        });
        window.addEventListener('resize', function () {
          chart.resize();
        });
        element.dataset.rendered = 'true';
      })
      .catch(function () {
        element.textContent = element.dataset.empty;
      });
  }

  document.querySelectorAll('.supervision-chart').forEach(draw);
})();
