// The wall screen swaps in its figures every minute. When an answer is not the figures (the
// login page after the session ended), the whole page is loaded again instead of swapping it in;
// the charts of the figures swapped out are let go.
(function () {
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.target.id !== "wall-figures") {
      return;
    }
    var answer = event.detail.xhr.responseText || "";
    if (event.detail.xhr.status === 200 && answer.indexOf('id="wall-figures"') < 0) {
      event.detail.shouldSwap = false;
      window.location.reload();
      return;
    }
    if (event.detail.shouldSwap && typeof Chart !== "undefined") {
      event.detail.target.querySelectorAll("canvas").forEach(function (canvas) {
        var chart = Chart.getChart(canvas);
        if (chart) {
          chart.destroy();
        }
      });
    }
  });
})();
